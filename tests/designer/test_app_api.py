"""The designer app driven through its public API with gradio_client (a tiny injected backbone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

gr = pytest.importorskip("gradio")
from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"

ENDPOINTS = {
    "/new_design", "/set_task", "/choose_preset", "/set_backbone", "/set_classes",
    "/select_node", "/add_node", "/insert_node", "/remove_node", "/move_up", "/move_down",
    "/undo", "/redo", "/reset", "/rename_node", "/set_inputs", "/set_params", "/load_json",
    "/load_json_file", "/save_json", "/canvas_edit", "/diagram", "/export", "/predict", "/predict_drawing",
    "/postprocess", "/train", "/cancel_training", "/measure", "/compare_preset",
    "/compare_history", "/compare_spec", "/fit_anchors", "/apply_anchors",
    # the agents' tools (designer.tools): a design in, a design out
    "/list_presets", "/list_blocks", "/list_backbones", "/design_from_preset", "/design_add_node",
    "/design_remove_node", "/design_set_params", "/design_set_inputs", "/design_rename_node",
    "/design_set_classes", "/design_analyze", "/design_measure", "/design_compare",
    "/design_diagram", "/design_export",
    "/list_pretrained", "/choose_pretrained", "/download_weights", "/photos_add_class",
    "/photos_rename_class", "/photos_remove_class", "/photos_clear", "/photos_add",
    "/export_onnx", "/export_predictor",
}  # fmt: skip
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "images"


@pytest.fixture
def client(url):
    """A fresh client: a session of its own."""
    return Client(url, verbose=False)


def _example(name: str = "shapes_0.png") -> str:
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"no bundled example {name}")
    return str(path)


def test_every_action_is_a_named_endpoint(client):
    named = set(client.view_api(return_format="dict", print_info=False)["named_endpoints"])
    assert ENDPOINTS <= named
    # Nothing else: no page-only helper (a session reset, a redraw) is callable over the API.
    assert named == ENDPOINTS


def test_design_edits_round_trip(client):
    msg, design = client.predict("classification", "tiny", "mlp", 4, api_name="/new_design")
    assert "mlp" in msg and design["valid"]
    assert [n["name"] for n in design["spec"]["nodes"]] == ["pool", "mlp", "classifier"]
    msg, design = client.predict("mlp", api_name="/select_node")
    assert design["selected"] == "mlp"
    msg, design = client.predict("mlp", '{"hidden_features": [64, 32]}', api_name="/set_params")
    assert design["spec"]["nodes"][1]["params"]["hidden_features"] == [64, 32], msg
    msg, design = client.predict("mlp", '{"dropout": 3}', api_name="/set_params")
    assert "node 'mlp'" in msg and "field 'dropout'" in msg
    assert design["spec"]["nodes"][1]["params"]["dropout"] == 0.2  # unchanged
    msg, design = client.predict("classifier", api_name="/select_node")
    msg, design = client.predict("head_fc", api_name="/rename_node")
    assert design["spec"]["outputs"] == {"logits": "head_fc"}
    msg, design = client.predict(api_name="/move_up")
    assert [n["name"] for n in design["spec"]["nodes"]] == ["pool", "head_fc", "mlp"]
    assert not design["valid"] and design["problem"]["node"] == "mlp"
    msg, design = client.predict(api_name="/undo")
    assert design["valid"] and [n["name"] for n in design["spec"]["nodes"]][-1] == "head_fc"
    msg, design = client.predict("conv", api_name="/insert_node")  # before head_fc
    msg, design = client.predict(api_name="/remove_node")
    assert [n["name"] for n in design["spec"]["nodes"]] == ["pool", "mlp", "head_fc"]
    msg, design = client.predict("c4, c5", api_name="/select_node")  # not a node
    assert "no node" in msg
    client.predict("pool", api_name="/select_node")
    msg, design = client.predict("c4, c5", api_name="/set_inputs")
    assert design["spec"]["nodes"][0]["inputs"] == ["c4", "c5"] and design["valid"]
    msg, design = client.predict(api_name="/reset")
    assert design["spec"]["nodes"][0]["inputs"] == ["c5"]
    assert design["spec"]["nodes"][1]["params"]["hidden_features"] == [512]


def test_parameters_take_form_style_values(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    # Strings, as a browser's widgets send them, are typed by the block's parameter dataclass.
    msg, design = client.predict(
        "classifier", '{"num_classes": "7", "dropout": "0.1"}', api_name="/set_params"
    )
    params = design["spec"]["nodes"][1]["params"]
    assert params["num_classes"] == 7 and params["dropout"] == 0.1, msg
    msg, design = client.predict(api_name="/undo")
    assert design["spec"]["nodes"][1]["params"]["num_classes"] == 3 and design["redo"]
    msg, design = client.predict(api_name="/redo")
    assert design["spec"]["nodes"][1]["params"]["num_classes"] == 7, msg


def test_sessions_do_not_share_designs(url):
    a, b = Client(url, verbose=False), Client(url, verbose=False)
    a.predict("detection", "tiny", "fcos", 3, api_name="/new_design")
    _, design_b = b.predict(api_name="/undo")
    assert design_b["task"] == "classification"
    _, design_a = a.predict("mlp", api_name="/select_node")
    assert design_a["task"] == "detection"


def test_save_and_load_json_and_bad_specs(client, tmp_path):
    client.predict("classification", "tiny", "mlp", 5, api_name="/new_design")
    path, text = client.predict(api_name="/save_json")
    saved = json.loads(Path(path).read_text())
    assert saved == json.loads(text) and saved["nodes"][-1]["params"]["num_classes"] == 5
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    msg, design = client.predict(text, api_name="/load_json")
    assert "3 nodes" in msg and design["spec"] == saved
    msg, design = client.predict("{not json", api_name="/load_json")
    assert msg.startswith("Not loaded") and "not valid JSON" in msg
    assert design["spec"] == saved  # the design is kept
    bad = dict(saved, task="counting")
    msg, _ = client.predict(json.dumps(bad), api_name="/load_json")
    assert "field 'task'" in msg and "classification, detection, segmentation" in msg
    f = tmp_path / "broken.json"
    f.write_bytes(b"\x00\xff garbage")
    msg, design = client.predict(handle_file(str(f)), api_name="/load_json_file")
    assert msg.startswith("Not loaded") and design["spec"] == saved


def test_diagram_and_analysis(client):
    client.predict("classification", "tiny", "mlp", 10, api_name="/new_design")
    png, svg, table, totals, data = client.predict(224, api_name="/diagram")
    assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in Path(svg).read_bytes()
    assert [r[0] for r in table["data"]] == ["pool", "mlp", "classifier"]
    assert data["outputs"] == {"logits": [1, 10]}
    assert data["total_params"] == sum(n["params"] for n in data["nodes"]) > 0
    _, _, _, _, data_big = client.predict(448, api_name="/diagram")
    assert data_big["total_flops"] == data["total_flops"]  # pooled: size-independent
    client.predict("mlp", api_name="/select_node")
    client.predict(api_name="/remove_node")
    client.predict(api_name="/remove_node")  # the classifier: no output left
    # Not buildable: the last valid design's diagram and table stay, marked stale.
    png, svg, table, totals, data = client.predict(224, api_name="/diagram")
    assert not data["valid"] and data["stale"] and "output" in data["problem"]
    assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and "Stale" in totals
    assert [r[0] for r in table["data"]] == ["pool", "classifier"]


def test_export_code_runs_and_loads_weights(client):
    import torch
    from safetensors.torch import load_file

    client.predict("classification", "tiny", "mlp", 6, api_name="/new_design")
    code, files, msg = client.predict("MyHead", api_name="/export")
    names = {Path(p).suffix for p in files}
    assert {".py", ".json", ".safetensors", ".svg", ".png"} <= names, msg
    py = next(p for p in files if p.endswith(".py"))
    assert Path(py).read_text().strip() == code.strip()
    ns: dict = {}
    exec(compile(code, py, "exec"), ns)
    head = ns["MyHead"]()
    weights = next(p for p in files if p.endswith(".safetensors"))
    head.load_state_dict(load_file(weights), strict=True)
    out = head.eval()({"c4": torch.randn(2, 16, 4, 4), "c5": torch.randn(2, 32, 2, 2)})
    assert out["logits"].shape == (2, 6)
    with pytest.raises(AppError, match="class name|identifier"):
        client.predict("not a name", api_name="/export")


def test_predict_classification_and_bad_images(client, tmp_path):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    image = handle_file(_example())
    overlay, label, notes, times, result, mask = client.predict(
        image, 0.3, 0.5, "class_aware", 2, api_name="/predict"
    )
    assert result["task"] == "classification" and len(result["topk"]) == 2
    assert "random weights" in notes
    assert "backbone" in times and result["timings"]["total"] > 0
    assert Path(overlay).is_file()
    # Thresholds re-run post-processing only: raw outputs come from the cache.
    *_, result2, _ = client.predict(0.3, 0.5, "class_aware", 3, api_name="/postprocess")
    assert len(result2["topk"]) == 3 and result2["cached"]["outputs"]
    assert result2["topk"][:2] == result["topk"]
    bad = tmp_path / "corrupt.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(AppError) as e:
        client.predict(handle_file(str(bad)), 0.3, 0.5, "class_aware", 2, api_name="/predict")
    assert "corrupt.png" in str(e.value) or "image" in str(e.value).lower()
    text = tmp_path / "notes.png"
    text.write_text("hello, not an image")
    with pytest.raises(AppError, match="(?i)image"):
        client.predict(handle_file(str(text)), 0.3, 0.5, "class_aware", 2, api_name="/predict")
    # The app keeps serving.
    *_, result3, _ = client.predict(image, 0.3, 0.5, "class_aware", 1, api_name="/predict")
    assert len(result3["topk"]) == 1


def test_predict_on_invalid_design_is_a_clear_error(client):
    client.predict("classification", "tiny", "mlp", 3, api_name="/new_design")
    client.predict("classifier", api_name="/select_node")
    client.predict(api_name="/remove_node")
    with pytest.raises(AppError, match="not buildable"):
        client.predict(handle_file(_example()), 0.3, 0.5, "class_aware", 2, api_name="/predict")


def test_predict_drawing(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    picture = handle_file(_example())
    drawing = {"background": picture, "layers": [], "composite": picture}
    *_, result, _ = client.predict(drawing, 0.3, 0.5, "class_aware", 3, api_name="/predict_drawing")
    assert result["task"] == "classification" and len(result["topk"]) == 3


@pytest.mark.parametrize(
    "task, preset, key",
    [("detection", "fcos", "detections"), ("segmentation", "fcn", "classes")],
)
def test_predict_dense_tasks_return_data(client, task, preset, key):
    msg, design = client.predict(task, "tiny", preset, 3, api_name="/new_design")
    if not design["valid"]:
        pytest.skip(f"preset {preset} does not fit the tiny backbone: {msg}")
    overlay, label, notes, times, result, mask = client.predict(
        handle_file(_example()), 0.0, 0.5, "class_aware", 5, api_name="/predict"
    )
    assert result["task"] == task and key in result
    assert Path(overlay).is_file()
    if task == "detection":
        for det in result["detections"]:
            x0, y0, x1, y1 = det["box"]
            assert 0 <= x0 <= x1 <= result["image_size"][0] and 0 <= y0 <= y1
        *_, tight, _ = client.predict(0.99, 0.5, "class_aware", 5, api_name="/postprocess")
        assert len(tight["detections"]) <= len(result["detections"])
    else:
        from PIL import Image

        m = Image.open(mask)
        assert m.mode == "L" and m.size[0] > 0


# ---------------------------------------------------------------------------------------------
# What a person hit in the browser, checked through the API
# ---------------------------------------------------------------------------------------------


def test_switching_backbone_keeps_a_segmentation_design_whole(client):
    msg, design = client.predict(
        "segmentation", "efficientnet_lite0", "deeplabv3plus", 4, api_name="/new_design"
    )
    assert design["valid"], msg
    msg, design = client.predict("resnet50", api_name="/set_backbone")
    assert design["backbone"] == "resnet50" and design["valid"], msg
    upsample = next(n for n in design["spec"]["nodes"] if n["name"] == "upsample")
    assert upsample["inputs"] == ["classifier", "image"]
    assert "image stays the image" in msg
    *_, data = client.predict(224, api_name="/diagram")
    assert data["outputs"]["mask_logits"] == [1, 4, 224, 224]  # not a 7x7 grid
    msg, design = client.predict("vit_b_16", api_name="/set_backbone")
    assert msg.startswith("Not switched") and design["backbone"] == "resnet50"
    msg, design = client.predict(api_name="/undo")
    assert design["backbone"] == "efficientnet_lite0"


def test_the_task_is_the_designs(client):
    client.predict("segmentation", "tiny", "fcn", 3, api_name="/new_design")
    msg, design = client.predict("detection", api_name="/set_task")
    assert design["task"] == "detection" and design["valid"], msg
    blocks = {n["block"] for n in design["spec"]["nodes"]}
    assert blocks & {"fcos_head", "retinanet_head"} and not blocks & {"fcn_head", "resize"}
    msg, design = client.predict(api_name="/undo")
    assert design["task"] == "segmentation"
    msg, design = client.predict("bifpn", api_name="/add_node")
    assert "'bifpn' is a detection block" in msg
    assert not any(n["block"] == "bifpn" for n in design["spec"]["nodes"])


def _huge_bmp(path: Path) -> Path:
    import struct

    # A 54-byte BMP header declaring 60000 x 60000 pixels, 24 bits: a bomb by its header.
    header = b"BM" + struct.pack("<IHHI", 54, 0, 0, 54)
    header += struct.pack("<IiiHHIIiiII", 40, 60000, 60000, 1, 24, 0, 0, 2835, 2835, 0, 0)
    path.write_bytes(header)
    return path


@pytest.mark.parametrize("name", ["truncated.png", "svg.png", "bomb_header.png", "huge.bmp"])
def test_bad_drawings_get_the_apps_message(client, tmp_path, name):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    path = _huge_bmp(tmp_path / name) if name == "huge.bmp" else CORPUS / name
    picture = handle_file(str(path))
    drawing = {"background": picture, "layers": [], "composite": picture}
    with pytest.raises(AppError) as e:
        client.predict(drawing, 0.3, 0.5, "class_aware", 3, api_name="/predict_drawing")
    text = str(e.value)
    assert name in text, text  # the app's loader names the file ...
    assert "/tmp" not in text and "gradio" not in text  # ... and never the server's folder


def test_image_messages_never_show_a_server_path(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    for name in ("zero_bytes.png", "text.png", "bomb_64mpx.png"):
        with pytest.raises(AppError) as e:
            client.predict(handle_file(str(CORPUS / name)), 0.3, 0.5, "class_aware", 2,
                           api_name="/predict")  # fmt: skip
        assert str(e.value).startswith(name) and "/tmp" not in str(e.value), str(e.value)


def test_train_and_cancel_over_the_api(url):
    import time

    c = Client(url, verbose=False)
    c.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    # Built-in Shapes, 16 images, 2 epochs at the app's size over the tiny backbone.
    status, curves, metrics, reports, files = c.predict(
        "shapes", None, 16, 2, 0, 8, 1e-3, 0, api_name="/train"
    )
    assert status.startswith("Done") and metrics["task"] == "classification", status
    # Weights, spec, metrics; the reports' figures and their numbers.
    assert {Path(f).suffix for f in files} == {".safetensors", ".json", ".png"}
    assert reports[0]["caption"].startswith("Confusion matrix")
    k = len(metrics["class_names"])
    _, design = c.predict(api_name="/undo")  # the class count came from the data: a step
    assert design["spec"]["nodes"][-1]["params"]["num_classes"] == 3 and not design["trained"]
    _, design = c.predict(api_name="/redo")
    assert design["trained"] and design["spec"]["nodes"][-1]["params"]["num_classes"] == k
    *_, result, _ = c.predict(handle_file(_example()), 0.3, 0.5, "class_aware", 2,
                              api_name="/predict")  # fmt: skip
    assert "head is untrained (random weights)" not in result["notes"]
    # A long run (400 images to cache first), cancelled from another request of the session.
    job = c.submit("shapes", None, 400, 500, 0, 8, 1e-3, 0, api_name="/train")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not job.outputs():
        time.sleep(0.1)
    assert c.predict(api_name="/cancel_training").startswith("Cancelling")
    status, *_ = job.result(timeout=120)
    assert status.startswith("Cancelled")
    _, design = c.predict(api_name="/undo")
    assert design["trained"] is False or design["spec"]["nodes"][-1]["params"]["num_classes"] == 3
    assert c.predict(api_name="/cancel_training") == "No training run is going."


def test_the_preset_box_replaces_only_on_another_preset(client):
    client.predict("segmentation", "tiny", "unet", 3, api_name="/new_design")
    client.predict("classifier", api_name="/select_node")
    _, edited = client.predict("cls_out", api_name="/rename_node")
    for same in ("unet", ""):
        msg, design = client.predict(same, 3, api_name="/choose_preset")
        assert design["spec"] == edited["spec"], msg
    msg, design = client.predict("fcn", 3, api_name="/choose_preset")
    assert design["preset"] == "fcn" and design["undo"].startswith("Replaced design 'unet'")
    msg, design = client.predict(api_name="/undo")
    assert design["spec"] == edited["spec"] and design["preset"] == "unet"
    # A loaded design started from no preset: the box says so.
    msg, design = client.predict(json.dumps(edited["spec"]), api_name="/load_json")
    assert design["preset"] is None and msg.startswith("Replaced design")


def test_canvas_edits_over_the_api_are_undoable_steps(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    msg, design = client.predict(json.dumps({"op": "add", "block": "mlp"}), api_name="/canvas_edit")
    assert msg.startswith("Added mlp 'mlp'.") and design["undo"] == "Added mlp 'mlp'"
    edits = [{"op": "connect", "source": "pool", "target": "mlp"},
             {"op": "connect", "source": "mlp", "target": "classifier", "slot": 0}]  # fmt: skip
    for edit in edits:
        msg, design = client.predict(json.dumps(edit), api_name="/canvas_edit")
    assert msg == "Wired mlp -> classifier." and design["valid"]
    refused = {"op": "connect", "source": "in:c5", "target": "classifier"}
    msg, after = client.predict(json.dumps(refused), api_name="/canvas_edit")
    assert "takes vector inputs, got map" in msg and after["spec"] == design["spec"]
    msg, _ = client.predict("{not json", api_name="/canvas_edit")
    assert "not valid JSON" in msg
    huge = json.dumps({"op": "move", "positions": {}, "pad": "x" * 2_000_001})
    msg, _ = client.predict(huge, api_name="/canvas_edit")
    assert "over the limit" in msg
    _, back = client.predict(api_name="/undo")
    assert back["spec"]["nodes"][1]["inputs"] == ["pool"]
