"""End-to-end export: a photo through the exported predictor gives the app's predictions.

The exported Python file runs in a separate interpreter where ``designer`` and ``heads`` cannot
be imported; the ONNX file runs under onnxruntime (slow: tracing the backbone takes a minute).
Both are compared with :class:`designer.inference.Predictor` on the bundled example images,
for each task, and on a larger copy of a Shapes image, so that resizing is exercised too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

import heads
from designer.end_to_end import (
    Decoding,
    Preprocess,
    build_module,
    export_end_to_end,
    resolve,
    to_onnx,
    to_python,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "assets" / "examples"
CASES = {
    "classification": ["grace_hopper.jpg"],
    "detection": ["shapes_0.png", "shapes_2.png", "large"],
    "segmentation": ["shapes_1.png", "large"],
}

#: Runs exported model.py files with designer and heads unimportable; prints their results as
#: JSON keyed by "<job> <image>". Its argument: [[model.py, model.pt, [image, ...]], ...].
RUNNER = """
import importlib.abc, importlib.util, json, sys

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("designer", "heads"):
            raise ImportError(f"the exported file imported {name}")
        return None

sys.meta_path.insert(0, Refuse())
out = {}
for i, (code, weights, images) in enumerate(json.loads(sys.argv[1])):
    spec = importlib.util.spec_from_file_location(f"model{i}", code)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.load(weights)
    for path in images:
        out[f"{i} {path}"] = {k: v.tolist() for k, v in module.predict(model, path).items()}
out["modules"] = sorted(m for m in sys.modules if m.split(".")[0] in ("designer", "heads"))
print(json.dumps(out))
"""


def _image(name: str, tmp: Path) -> Path:
    if name != "large":
        return EXAMPLES / name
    path = tmp / "large.png"  # a Shapes scene at 1.5 times its size: both pipelines shrink it
    if not path.exists():
        image = Image.open(EXAMPLES / "shapes_0.png").convert("RGB")
        image.resize((384, 384), Image.BICUBIC).save(path)
    return path


@pytest.fixture(scope="module")
def predictor():
    from designer.inference import Predictor

    return Predictor()


def _iou(a, b):
    from torchvision.ops import box_iou

    return box_iou(torch.as_tensor(a, dtype=torch.float32), torch.as_tensor(b, dtype=torch.float32))


def check_like_the_app(task: str, results: dict, prediction, names) -> None:
    """The exported predictor's results are the app's, up to the resize's rounding."""
    if task == "classification":
        scores = np.asarray(results["scores"])
        app = prediction.data["topk"]
        assert names[int(scores.argmax())] == app[0]["name"]
        for entry in app:
            assert abs(scores[entry["label"]] - entry["score"]) < 0.01, entry
        return
    if task == "segmentation":
        mask = np.asarray(results["mask"])
        assert mask.shape == prediction.mask.shape
        assert (mask == prediction.mask).mean() > 0.98
        assert len(np.unique(prediction.mask)) > 1
        return
    app = prediction.data["detections"]
    boxes = np.asarray(results["boxes"]).reshape(-1, 4)
    labels = np.asarray(results["labels"])
    scores = np.asarray(results["scores"])
    assert app, "the app finds objects in the example"
    # Every clear detection of the app (well above the threshold) is found, with its label.
    clear = [d for d in app if d["score"] > 0.4]
    assert clear
    iou = _iou([d["box"] for d in clear], boxes) if len(boxes) else torch.zeros(len(clear), 0)
    for i, d in enumerate(clear):
        j = int(iou[i].argmax())
        assert iou[i, j] > 0.9 and labels[j] == d["label"], (d, boxes[j], labels[j])
        assert abs(scores[j] - d["score"]) < 0.02
    # and nothing clear that the app does not have
    assert sum(s > 0.45 for s in scores) <= len(clear) + sum(d["score"] > 0.35 for d in app)


@pytest.fixture(scope="module")
def python_exports(tmp_path_factory):
    out = {}
    for task in CASES:
        folder = tmp_path_factory.mktemp(task)
        paths = export_end_to_end(task, folder, formats="python")
        assert [p.name for p in paths] == ["model.py", "model.pt"]
        out[task] = folder
    return out


@pytest.fixture(scope="module")
def python_results(python_exports, tmp_path_factory):
    """Every task's exported file run on its images in one fresh interpreter."""
    tmp = tmp_path_factory.mktemp("images")
    jobs = [
        [str(python_exports[task] / "model.py"), str(python_exports[task] / "model.pt"),
         [str(_image(name, tmp)) for name in names]]
        for task, names in CASES.items()
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, json.dumps(jobs)],
        capture_output=True, text=True, cwd=tmp, env=env, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        task: [f"{i} {p}" for p in job[2]] for i, (task, job) in enumerate(zip(CASES, jobs))
    }, results


@pytest.mark.parametrize("task", list(CASES))
def test_exported_python_gives_the_app_s_predictions(task, python_results, predictor):
    images, results = python_results
    assert results["modules"] == []
    names = resolve(task).contract.class_names
    for key in images[task]:
        image = key.split(" ", 1)[1]
        prediction = predictor.predict(Image.open(image).convert("RGB"), task)
        check_like_the_app(task, results[key], prediction, names)


def test_exported_python_is_deterministic_lint_clean_and_states_its_contract(python_exports):
    from designer.codegen import ruff_binary

    folder = python_exports["detection"]
    code = (folder / "model.py").read_text()
    assert to_python(resolve("detection")) == code
    assert "efficientnet-lite-pytorch" in code.split('"""')[1]
    for line in ("backbone: efficientnet_lite0", "levels read: c3 (40 channels, stride 8)",
                 "sides divisible by 32", "classes (5): circle, square"):  # fmt: skip
        assert line in code
    ns: dict = {}
    exec(compile(code, "model.py", "exec"), ns)  # noqa: S102
    assert ns["CONTRACT"]["class_names"] == ["circle", "square", "triangle", "star", "hexagon"]
    state = torch.load(folder / "model.pt", weights_only=True)
    assert json.loads(state["contract"]) == ns["CONTRACT"]
    ruff = ruff_binary()
    if ruff is None:
        pytest.skip("ruff is not installed")
    proc = subprocess.run(
        [ruff, "check", "--config", str(ROOT / "pyproject.toml"), str(folder / "model.py")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:]
    proc = subprocess.run(
        [ruff, "format", "--check", "--config", str(ROOT / "pyproject.toml"), str(folder / "model.py")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_torchvision_backbone_exports_with_its_feature_extractor(tmp_path):
    from designer.backbones import backbone_info

    levels = backbone_info("regnet_y_400mf").feature_info
    spec = heads.get_preset("fcos_lite", levels, num_classes=2)
    parts = resolve(spec, backbone="regnet_y_400mf", class_names=("a", "b"))
    code = to_python(parts, Decoding(score_threshold=0.01))
    assert "create_feature_extractor" in code and "efficientnet" not in code
    paths = export_end_to_end(
        spec, tmp_path, backbone="regnet_y_400mf", state_dict=parts.head_state,
        class_names=("a", "b"), formats="python", decoding=Decoding(score_threshold=0.01),
    )  # fmt: skip
    ns: dict = {"__name__": "model"}
    exec(compile(paths[0].read_text(), "model.py", "exec"), ns)  # noqa: S102
    model = ns["load"](paths[1])
    image = torch.randint(0, 256, (3, 200, 300), dtype=torch.uint8)
    module = build_module(parts, Decoding(score_threshold=0.01))
    with torch.no_grad():
        mine, theirs = module(image), model(image)
    assert len(mine[0]) > 0
    for a, b in zip(mine, theirs, strict=True):
        assert a.shape == b.shape and torch.allclose(a.float(), b.float(), atol=1e-3)


def test_preprocess_matches_the_app_s_sizes():
    from designer.backbones import PreprocessConfig, preprocess_image

    cfg = PreprocessConfig()
    pre = Preprocess("shrink", cfg.max_side, cfg.min_side, cfg.multiple, cfg.mean, cfg.std)
    for w, h in [(640, 480), (50, 20), (320, 100), (256, 256), (1001, 333)]:
        image = Image.new("RGB", (w, h), (120, 30, 200))
        want, meta = preprocess_image(image, cfg)
        got, resized = pre(torch.from_numpy(np.asarray(image).copy()).permute(2, 0, 1))
        assert resized == (meta.resized_size[1], meta.resized_size[0])
        assert got.shape[1:] == want.shape
        assert (got[0] - want).abs().max() < 0.02  # one grey level in [0, 255], normalised


def test_errors_name_what_does_not_fit(tmp_path):
    spec = heads.get_preset("fcos_lite", {"c3": heads.FeatureInfo(7, 8), "c4": heads.FeatureInfo(9, 16),
                                          "c5": heads.FeatureInfo(11, 32)}, num_classes=2)  # fmt: skip
    with pytest.raises(ValueError, match="no zoo backbone gives the levels"):
        resolve(spec)
    with pytest.raises(ValueError, match="which backbone 'resnet18' does not give"):
        resolve(spec, backbone="resnet18")
    with pytest.raises(ValueError, match="format 'zip' is unknown"):
        export_end_to_end("detection", tmp_path, formats="zip")


def test_cli_export_model(tmp_path, capsys):
    from designer import cli

    code = cli.main(["export-model", "segmentation", "-o", str(tmp_path), "--format", "python"])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "model.py").is_file() and (tmp_path / "model.pt").is_file()
    code = cli.main(["export-model", "fcos_lite", "--backbone", "vit_b_16", "-o", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1 and "error:" in err and "Traceback" not in err


@pytest.mark.slow
#: Classification's end-to-end ONNX file is the app's predictor zip's, checked against its
#: model.py there (test_app_export.py); each export traces the backbone, for most of a minute.
@pytest.mark.parametrize("task", [t for t in CASES if t != "classification"])
def test_exported_onnx_gives_the_app_s_predictions(task, predictor, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    from designer.onnx_export import read_contract

    parts = resolve(task)
    result = to_onnx(parts)
    assert result.inputs == ("image",) and result.dynamic == ("height", "width")
    assert read_contract(result.model) == parts.contract
    sess = ort.InferenceSession(result.model, providers=["CPUExecutionProvider"])
    for name in CASES[task]:
        image = Image.open(_image(name, tmp_path)).convert("RGB")
        array = torch.from_numpy(np.asarray(image).copy()).permute(2, 0, 1).numpy()
        results = dict(zip(result.outputs, sess.run(None, {"image": array}), strict=True))
        check_like_the_app(
            task, results, predictor.predict(image, task), parts.contract.class_names
        )
