"""The Export tab's ONNX and end-to-end downloads through the app's API (gradio_client).

The downloaded ONNX file runs under onnxruntime and gives the live head's outputs (the bundled
trained heads, whose weights the app holds); decoding inside the graph returns the decoded
outputs; the predictor zip's ``model.py`` and ``model.pt`` load and predict what the app
predicts. Errors name the node or the missing package.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch

gr = pytest.importorskip("gradio")
ort = pytest.importorskip("onnxruntime")
from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from designer import session as ss  # noqa: E402
from heads.graph import GraphHead  # noqa: E402
from heads.spec import HeadSpec, Task  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "assets" / "examples"


@pytest.fixture
def client(url):
    return Client(url, verbose=False)


def _session(path: str) -> ort.InferenceSession:
    return ort.InferenceSession(path, providers=["CPUExecutionProvider"])


def _features(spec: HeadSpec, names: list[str], size: int, seed: int = 0) -> dict[str, np.ndarray]:
    g = torch.Generator().manual_seed(seed)
    out = {}
    for name in names:
        info = spec.input_levels[name]
        side = size // info.stride
        out[name] = torch.randn(1, info.channels, side, side, generator=g).numpy()
    return out


def _bundled(task: Task):
    bundle = ss.bundled_head(task)
    if bundle is None:
        pytest.skip(f"no bundled {task.value} head with weights")
    return bundle


def test_onnx_download_equals_the_live_head(client):
    bundle = _bundled(Task.DETECTION)
    msg, design = client.predict(
        "detection", bundle.backbone, ss.BUNDLED, 0, api_name="/new_design"
    )
    assert design["spec"] == json.loads(bundle.spec.to_json()), msg
    path, msg = client.predict(False, api_name="/export_onnx")
    assert path.endswith(".onnx") and "trained weights" in msg and "dynamic dimensions" in msg
    sess = _session(path)
    inputs = [i.name for i in sess.get_inputs()]
    outputs = [o.name for o in sess.get_outputs()]
    assert outputs == [k for k, _ in bundle.spec.outputs] or set(outputs) == set(
        dict(bundle.spec.outputs)
    ), outputs
    head = GraphHead(bundle.spec).eval()
    head.load_state_dict(bundle.state_dict, strict=True)
    # Dynamic sizes: a size other than the one traced at.
    for size in (256, 320):
        feats = _features(bundle.spec, inputs, size)
        got = dict(zip(outputs, sess.run(None, feats), strict=True))
        with torch.no_grad():
            want = head({k: torch.from_numpy(v) for k, v in feats.items()})
        for key in outputs:
            np.testing.assert_allclose(got[key], want[key].numpy(), atol=1e-4, rtol=1e-4)
    # The contract travels in the file's metadata.
    meta = {p.key: p.value for p in __import__("onnx").load(path).metadata_props}
    assert json.loads(meta["model_heads.spec"])["name"] == bundle.spec.name
    assert bundle.backbone in json.dumps(meta)


@pytest.mark.parametrize("example", ["shapes_0.png", "shapes_1.png", "shapes_2.png"])
def test_onnx_download_decodes_inside_the_graph(client, example, tmp_path_factory):
    """The download's detections are the library's on the example images, with the app's
    threshold, suppression and detection count in the graph."""
    from PIL import Image

    from designer.onnx_export import OnnxOptions, read_contract
    from heads.detector import decode_detections
    from tests.designer.onnx_checks import lite0_levels, same_detections

    bundle = _bundled(Task.DETECTION)
    path = _DECODED_DOWNLOADS.get(bundle.spec)
    if path is None:  # one export for the three images
        client.predict("detection", bundle.backbone, ss.BUNDLED, 0, api_name="/new_design")
        download, _ = client.predict(True, api_name="/export_onnx")
        path = tmp_path_factory.mktemp("decoded") / Path(download).name
        path.write_bytes(Path(download).read_bytes())  # the app's output folder is pruned
        _DECODED_DOWNLOADS[bundle.spec] = path = str(path)
    sess = _session(path)
    names = [o.name for o in sess.get_outputs()]
    assert names == ["boxes", "scores", "labels", "batch_index"], names
    assert read_contract(path).class_names == bundle.class_names
    image = Image.open(EXAMPLES / example).convert("RGB")
    levels, meta = lite0_levels([i.name for i in sess.get_inputs()], image)
    # The image, and a mirrored copy as the batch's second: two different results.
    batch = {k: torch.cat([v, v.flip(-1)]) for k, v in levels.items()}
    got = sess.run(None, {k: v.numpy() for k, v in batch.items()})
    head = GraphHead(bundle.spec).eval()
    head.load_state_dict(bundle.state_dict)
    with torch.no_grad():
        out = head(batch)
    app = OnnxOptions()  # the thresholds the app exports with
    w, h = meta.input_size
    refs = decode_detections(
        bundle.spec, out, None, [(h, w)] * 2, score_threshold=app.score_threshold,
        iou_threshold=app.iou_threshold, detections_per_img=app.max_detections,
    )  # fmt: skip
    assert len(refs[0]["labels"]) >= 1 and (got[1] >= app.score_threshold).all()
    same_detections(got, refs)


#: The decoded download of each design, exported once for the examples above.
_DECODED_DOWNLOADS: dict = {}


def test_onnx_of_an_untrained_design_on_a_test_backbone(client):
    msg, design = client.predict("classification", "tiny", "mlp", 4, api_name="/new_design")
    path, msg = client.predict(True, api_name="/export_onnx")
    assert "randomly initialised" in msg and "not one of the zoo's backbones" in msg, msg
    sess = _session(path)
    spec = HeadSpec.from_json(json.dumps(design["spec"]))
    scores = sess.run(None, _features(spec, [i.name for i in sess.get_inputs()], 224))[0]
    assert scores.shape == (1, 4) and np.allclose(scores.sum(-1), 1, atol=1e-5)


def test_onnx_errors_name_the_node_or_the_package(client, monkeypatch):
    client.predict("classification", "tiny", "mlp", 3, api_name="/new_design")
    client.predict("mlp", api_name="/select_node")
    msg, design = client.predict(api_name="/move_up")  # mlp before pool: not buildable
    assert not design["valid"]
    with pytest.raises(AppError, match=r"Cannot export to ONNX: node '\w+'"):
        client.predict(False, api_name="/export_onnx")
    client.predict(api_name="/undo")
    # Without the onnx extra (the server runs in this process).
    monkeypatch.setitem(sys.modules, "onnxscript", None)
    with pytest.raises(AppError, match=r"needs onnxscript: pip install 'model-heads\[onnx\]'"):
        client.predict(False, api_name="/export_onnx")
    with pytest.raises(AppError, match="decoded: expected true or false"):
        client.predict("yes", api_name="/export_onnx")


def test_predictor_needs_a_zoo_backbone(client):
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    with pytest.raises(AppError, match=r"backbone 'tiny' is not one of the zoo's \(.*resnet18"):
        client.predict(False, api_name="/export_predictor")


def _load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_predictor_zip_loads_and_predicts_what_the_app_does(client, tmp_path):
    bundle = _bundled(Task.CLASSIFICATION)
    image = EXAMPLES / "grace_hopper.jpg"
    if not image.is_file():
        pytest.skip("no bundled example grace_hopper.jpg")
    client.predict("classification", bundle.backbone, ss.BUNDLED, 0, api_name="/new_design")
    archive, msg = client.predict(False, api_name="/export_predictor")
    assert archive.endswith("_predictor.zip") and "model.py, model.pt" in msg, msg
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["model.pt", "model.py"]
        z.extractall(tmp_path)
    module = _load_module(tmp_path / "model.py")
    model = module.load(str(tmp_path / "model.pt"))
    scores = module.predict(model, str(image))["scores"]
    *_, result, _ = client.predict(handle_file(str(image)), 0.3, 0.5, "class_aware", 3,
                                   api_name="/predict")  # fmt: skip
    top = result["topk"][0]
    assert bundle.class_names[int(scores.argmax())] == top["name"]
    assert abs(float(scores.max()) - top["score"]) < 0.01


@pytest.mark.slow
def test_predictor_zip_with_onnx_runs_in_onnxruntime(client, tmp_path):
    bundle = _bundled(Task.CLASSIFICATION)
    client.predict("classification", bundle.backbone, ss.BUNDLED, 0, api_name="/new_design")
    archive, msg = client.predict(True, api_name="/export_predictor")
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["model.onnx", "model.pt", "model.py"]
        z.extractall(tmp_path)
    from PIL import Image

    image = np.asarray(Image.open(EXAMPLES / "grace_hopper.jpg").convert("RGB"))
    from designer import end_to_end as e2e
    from designer.onnx_export import read_contract

    # The file is the end-to-end export of the bundled classifier (test_end_to_end.py checks
    # model.py against the app's predictions, so this equality makes the ONNX file the app's):
    # dynamic image sides, the contract in its metadata.
    sess = _session(str(tmp_path / "model.onnx"))
    assert [i.name for i in sess.get_inputs()] == ["image"]
    assert sess.get_inputs()[0].shape[1:] == ["height", "width"]
    assert read_contract(tmp_path / "model.onnx") == e2e.resolve("classification").contract
    (scores,) = sess.run(None, {"image": np.ascontiguousarray(image.transpose(2, 0, 1))})
    module = _load_module(tmp_path / "model.py")
    want = module.predict(
        module.load(str(tmp_path / "model.pt")), str(EXAMPLES / "grace_hopper.jpg")
    )
    assert int(scores.argmax()) == int(want["scores"].argmax())
    np.testing.assert_allclose(scores, want["scores"].numpy(), atol=1e-3)
