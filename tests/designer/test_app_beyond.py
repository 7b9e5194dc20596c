"""The app's comparison, anchor fitting, measured cost and test-time augmentation, driven through
its public API with gradio_client (a tiny injected backbone)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

gr = pytest.importorskip("gradio")
from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from designer.app import create_demo  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"
PNG = b"\x89PNG\r\n\x1a\n"
# /predict's inputs after the image: score, iou, suppression, top-k, opacity, hidden classes,
# then flip, scales, sliced, tile, overlap, whole-image pass.
POST = (0.05, 0.5, "class_aware", 3, 0.5, [])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def url():
    demo = create_demo(Predictor(backbone=TinyBackbone()), train_backbone=TinyBackbone())
    port = _free_port()
    demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture
def client(url):
    return Client(url, verbose=False)


def _spec(client) -> dict:
    _, text = client.predict(api_name="/save_json")
    return json.loads(text)


def _image() -> str:
    path = EXAMPLES / "shapes_0.png"
    if not path.is_file():
        pytest.skip("no bundled example image")
    return handle_file(str(path))


# ---------------------------------------------------------------------------------------------
# Measured cost per node
# ---------------------------------------------------------------------------------------------


def test_measure_gives_each_nodes_cost_and_is_cached(client):
    client.predict("classification", "tiny", "mlp", 7, api_name="/new_design")
    msg, data = client.predict(2, 2, api_name="/measure")
    assert msg.startswith("Measured 'mlp' at 224×224, batch 2 (median of 2 runs)"), msg
    assert set(data["per_node"]) == {"pool", "mlp", "classifier"}
    assert data["batch"] == 2 and data["runs"] == 2 and not data["cached"]
    # The classifier returns 2 images x 7 float32 logits.
    assert data["per_node"]["classifier"]["output_bytes"] == 2 * 7 * 4
    assert all(n["ms"] > 0 for n in data["per_node"].values()) and data["whole_ms"] > 0
    assert data["flops_note"] == "a multiply-add counts as two FLOPs"
    _, again = client.predict(2, 2, api_name="/measure")
    assert again["cached"] and again["whole_ms"] == data["whole_ms"]
    # Measuring is not a design step: undo still names the design's last action.
    _, design = client.predict(api_name="/undo")
    assert design["spec"]["nodes"][-1]["params"]["num_classes"] == 10


def test_measure_refuses_an_unbuildable_design_with_a_message(client):
    client.predict("classification", "tiny", "mlp", 3, api_name="/new_design")
    client.predict("classifier", api_name="/select_node")
    client.predict(api_name="/remove_node")
    msg, data = client.predict(1, 2, api_name="/measure")
    assert msg.startswith("Not measured: The design is not buildable yet") and data is None
    client.predict(api_name="/undo")
    msg, _ = client.predict(65, 2, api_name="/measure")
    assert "batch 65 is outside 1..64" in msg


# ---------------------------------------------------------------------------------------------
# Compare
# ---------------------------------------------------------------------------------------------


def test_compare_with_the_preset_marks_the_changed_node_and_changes_nothing(client):
    client.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    client.predict("head", '{"num_convs": 3}', api_name="/set_params")
    before = _spec(client)
    png, svg, report, data, caption = client.predict(False, api_name="/compare_preset")
    assert Path(png).read_bytes()[:8] == PNG and b"<svg" in Path(svg).read_bytes()
    assert [(n["name"], n["status"]) for n in data["nodes"]] == [("neck", "same"),
                                                                 ("head", "changed")]  # fmt: skip
    head = next(n for n in data["nodes"] if n["name"] == "head")
    assert head["params"] == [{"field": "num_convs", "a": 2, "b": 3}]
    params = next(r for r in data["summary"] if r["quantity"] == "params")
    assert params["delta"] > 0 and params["b"] - params["a"] == params["delta"]
    assert "num_convs: 2 → 3" in report and "preset 'fcos_lite'" in caption
    assert "No Δ metrics" in report
    assert _spec(client) == before  # read-only


def test_compare_with_an_earlier_step_and_out_of_range(client):
    client.predict("classification", "tiny", "mlp", 4, api_name="/new_design")
    client.predict("mlp", '{"hidden_features": [64]}', api_name="/set_params")
    client.predict("mlp", api_name="/select_node")
    client.predict("dropout", api_name="/add_node")
    _, _, report, data, caption = client.predict(1, False, api_name="/compare_history")
    assert [n["name"] for n in data["nodes"] if n["status"] == "added"] == ["dropout"]
    assert "1 step back" in caption and "Added 'dropout'" in caption
    _, _, _, data2, _ = client.predict(2, False, api_name="/compare_history")
    changed = {n["name"]: n["params"] for n in data2["nodes"] if n["status"] == "changed"}
    assert changed["mlp"] == [{"field": "hidden_features", "a": [512], "b": [64]}]
    with pytest.raises(AppError, match="steps back must be between 1 and"):
        client.predict(50, False, api_name="/compare_history")


def test_compare_with_a_pasted_spec_and_bad_text(client, tmp_path):
    client.predict("detection", "tiny", "retinanet_lite", 3, api_name="/new_design")
    retina = _spec(client)
    client.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    _, _, report, data, _ = client.predict(json.dumps(retina), None, None, False,
                                           api_name="/compare_spec")  # fmt: skip
    head = next(n for n in data["nodes"] if n["name"] == "head")
    assert (head["block_a"], head["block_b"]) == ("retinanet_head", "fcos_head")
    assert data["a"]["name"] == "retinanet_lite" and data["b"]["name"] == "fcos_lite"
    with pytest.raises(AppError, match="the pasted spec"):
        client.predict("{not json", None, None, False, api_name="/compare_spec")
    seg = dict(retina, task="segmentation")
    with pytest.raises(AppError, match="compare designs of one task|segmentation"):
        client.predict(json.dumps(seg), None, None, False, api_name="/compare_spec")
    f = tmp_path / "other.json"
    f.write_text(json.dumps(retina))
    *_, data_file, caption = client.predict("", handle_file(str(f)), None, False,
                                            api_name="/compare_spec")  # fmt: skip
    assert data_file["nodes"] == data["nodes"] and "other.json" in caption
    assert str(tmp_path) not in caption  # the file's name, never the server folder


@pytest.mark.slow
def test_compare_two_trained_designs_gives_metric_deltas(url, tmp_path):
    c = Client(url, verbose=False)
    c.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    _, _, summary, _, _ = c.predict("shapes", None, 16, 1, 0, 8, 1e-3, 0, api_name="/train")
    spec = _spec(c)
    metrics = tmp_path / "metrics.json"
    metrics.write_text(json.dumps({"metrics": {"map_50": 0.5, "map": 0.25}}))
    other = tmp_path / "head.json"
    other.write_text(json.dumps(spec))
    *_, data, _ = c.predict("", handle_file(str(other)), handle_file(str(metrics)), True,
                            api_name="/compare_spec")  # fmt: skip
    rows = {r["quantity"]: r for r in data["summary"]}
    trained = summary["metrics"]["map_50"]
    assert rows["map_50"]["a"] == 0.5 and rows["map_50"]["b"] == pytest.approx(trained)
    assert rows["map_50"]["delta"] == pytest.approx(trained - 0.5)
    assert rows["latency_ms"]["a"] > 0 and rows["latency_ms"]["b"] > 0  # measured both
    assert data["identical"]


# ---------------------------------------------------------------------------------------------
# Fit anchors
# ---------------------------------------------------------------------------------------------


def test_fit_anchors_apply_and_undo(client):
    client.predict("detection", "tiny", "retinanet_lite", 3, api_name="/new_design")
    original = _spec(client)["nodes"][-1]["params"]
    report, picture, fit = client.predict("shapes", None, 24, 0, 40, api_name="/fit_anchors")
    assert Path(picture).read_bytes()[:8] == PNG
    assert fit["after"]["recall"] >= fit["before"]["recall"] and fit["boxes"] > 20
    assert fit["before"]["anchor_sizes"] == original["anchor_sizes"]
    assert "recall" in report and "Shapes (24 images)" in report
    msg, design = client.predict(api_name="/apply_anchors")
    head = design["spec"]["nodes"][-1]["params"]
    if fit["improved"]:
        assert msg.startswith("Fitted anchors to Shapes (24 images)"), msg
        assert head["anchor_sizes"] == pytest.approx(fit["after"]["anchor_sizes"])
        assert head["aspect_ratios"] == pytest.approx(fit["after"]["aspect_ratios"])
        assert design["undo"].startswith("Fitted anchors")
        msg, design = client.predict(api_name="/undo")
        assert design["spec"]["nodes"][-1]["params"] == original
    else:
        assert msg.startswith("Nothing to apply") and head == original


def test_fit_anchors_refuses_an_anchor_free_head_and_a_changed_design(client):
    client.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    with pytest.raises(AppError, match="anchor-based head"):
        client.predict("shapes", None, 16, 0, 10, api_name="/fit_anchors")
    client.predict("detection", "tiny", "retinanet_lite", 3, api_name="/new_design")
    client.predict("shapes", None, 16, 0, 10, api_name="/fit_anchors")
    client.predict("head", '{"num_convs": 1}', api_name="/set_params")
    msg, design = client.predict(api_name="/apply_anchors")
    assert msg.startswith("Not applied: the design changed since the fit")
    with pytest.raises(AppError, match="upload a zip"):
        client.predict("upload", None, 16, 0, 10, api_name="/fit_anchors")


# ---------------------------------------------------------------------------------------------
# Test-time augmentation and sliced inference
# ---------------------------------------------------------------------------------------------


def test_tta_views_are_cached_and_post_processing_reruns_from_them(client):
    client.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    image = _image()
    tta = (True, [1.0, 1.25], False, 256, 0.2, True)
    *_, result, _ = client.predict(image, *POST, *tta, api_name="/predict")
    assert result["tta"]["mode"] == "tta" and len(result["tta"]["views"]) == 4
    assert [(v["scale"], v["hflip"]) for v in result["tta"]["views"]] == [
        (1.0, False), (1.0, True), (1.25, False), (1.25, True)]  # fmt: skip
    assert not result["cached"]["outputs"]
    strict = (0.5, *POST[1:])
    *_, again, _ = client.predict(*strict, *tta, api_name="/postprocess")
    assert again["cached"]["outputs"] and again["count"] <= result["count"]
    assert all(d["score"] > 0.5 for d in again["detections"])
    # Other views are another run of the network.
    *_, plain, _ = client.predict(*strict, False, [1.0], False, 256, 0.2, True,
                                     api_name="/postprocess")  # fmt: skip
    assert "tta" not in plain or plain["tta"] is None
    assert not plain["cached"]["outputs"]


def test_sliced_inference_for_dense_tasks_only(client):
    client.predict("segmentation", "tiny", "lite_unet", 3, api_name="/new_design")
    sliced = (False, [1.0], True, 128, 0.2, True)
    _, _, notes, _, result, mask = client.predict(_image(), *POST, *sliced, api_name="/predict")
    assert result["tta"]["mode"] == "sliced" and result["tta"]["tiles"] == 9
    assert "sliced inference: 9 tiles of 128 px" in notes
    assert sum(c["fraction"] for c in result["classes"]) == pytest.approx(1.0, abs=1e-4)
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    with pytest.raises(AppError, match="sliced inference is for detection and segmentation"):
        client.predict(_image(), *POST, *sliced, api_name="/predict")


# ---------------------------------------------------------------------------------------------
# The agents' tools over the API (each carries its design)
# ---------------------------------------------------------------------------------------------


def test_tools_carry_the_design_and_leave_the_session_alone(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    mine = _spec(client)
    msg, design = client.predict("segmentation", "lite_unet", "tiny", 4,
                                 api_name="/design_from_preset")  # fmt: skip
    assert msg.startswith("Started segmentation preset 'lite_unet' on tiny")
    msg, design = client.predict(design, "upsample", "to_image", api_name="/design_rename_node")
    assert msg == "Renamed 'upsample' to 'to_image'." and '"mask_logits": "to_image"' in design
    msg, code, files = client.predict(design, "SegHead", api_name="/design_export")
    assert "class SegHead(" in code and {Path(f).suffix for f in files} >= {".py", ".json"}
    report, data = client.predict(design, json.dumps(mine), 224, api_name="/design_compare")
    assert json.loads(data)["a"]["task"] == "segmentation"
    assert _spec(client) == mine  # the page's session is untouched
    with pytest.raises(AppError, match="task 'counting' is unknown"):
        client.predict("counting", api_name="/list_presets")
