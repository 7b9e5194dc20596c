"""After-training reports (confusion matrix, per-class AP and IoU, worst-images gallery) and the
Predict tab's per-class tables."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from PIL import Image

from designer.data.formats import load_shapes
from designer.reports import (
    Evaluation,
    confusion_matrix,
    per_class_ap,
    report_training,
    result_rows,
    worst_images,
    write_reports,
)
from designer.training import TinyBackbone, TrainConfig, train_head


def _png(path) -> np.ndarray:
    with Image.open(path) as im:
        assert im.width > 200 and im.height > 100
        return np.asarray(im.convert("RGB"))


def test_confusion_matrix_counts_and_worst_first(tmp_path):
    names = ["a", "b", "c"]
    probs = torch.tensor([[0.8, 0.1, 0.1], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8]])
    ev = Evaluation(
        "classification", names, [Image.new("RGB", (32, 32))] * 4, [0, 1, 1, 2],
        list(probs), [0.8, 0.7, 0.3, 0.8], ["0", "1", "2", "3"],
    )  # fmt: skip
    cm = confusion_matrix(ev)
    assert cm.tolist() == [[1, 0, 0], [1, 1, 0], [0, 0, 1]]
    assert worst_images(ev, 2) == [2, 1]
    paths = write_reports(ev, tmp_path)
    report = json.loads(paths["report"].read_text())
    assert report["accuracy"] == 0.75 and report["per_class_accuracy"]["b"] == 0.5
    assert report["worst"][0] == {"image": "2", "score": 0.3}
    assert _png(paths["confusion_matrix"]).std() > 10 and _png(paths["worst"]).std() > 10


def test_per_class_ap_from_torchmetrics():
    boxes = torch.tensor([[0.0, 0, 10, 10], [20.0, 20, 40, 40]])
    target = {"boxes": boxes, "labels": torch.tensor([0, 1])}
    # Class 0 found exactly; class 1 missed (the box is elsewhere).
    pred = {
        "boxes": torch.tensor([[0.0, 0, 10, 10], [50.0, 50, 60, 60]]),
        "scores": torch.tensor([0.9, 0.8]),
        "labels": torch.tensor([0, 1]),
    }
    ev = Evaluation("detection", ["cat", "dog", "owl"], [], [target], [pred], [0.5])
    aps = per_class_ap(ev)
    assert set(aps) == {"cat", "dog"}  # no owl in the truth: left out
    assert aps["cat"]["ap"] == pytest.approx(1.0) and aps["dog"]["ap_50"] == 0.0


@pytest.mark.parametrize("task, design, figure", [
    ("classification", "linear", "confusion_matrix"),
    ("detection", "fcos_lite", "per_class_ap"),
    ("segmentation", "lite_unet", "per_class_iou"),
])  # fmt: skip
def test_report_training_writes_every_file(tmp_path, task, design, figure):
    ds = load_shapes(task, n=24, seed=3, size=64)
    bb = TinyBackbone()
    cfg = TrainConfig(epochs=2, image_size=64, batch_size=8, flip=False, val_fraction=0.25)
    if task != "classification":
        from designer.training import resolve_design

        design = resolve_design(design, task, bb.feature_info, ds.num_classes)
        if task == "detection":
            design = design.with_params("neck", out_channels=16).with_params("head", width=16)
    res = train_head(design, ds, bb, cfg)
    paths = report_training(res, ds, bb, tmp_path, cfg)
    assert {figure, "worst", "report"} <= set(paths)
    report = json.loads(paths["report"].read_text())
    assert report["task"] == task and report["images"] == 6
    assert len(report["worst"]) == 6
    scores = [w["score"] for w in report["worst"]]
    assert scores == sorted(scores)
    _png(paths[figure])
    _png(paths["worst"])


def test_result_rows_per_task():
    cls = SimpleNamespace(task="classification", data={"topk": [
        {"name": "cheetah", "score": 0.83}, {"name": "leopard", "score": 0.1}]})  # fmt: skip
    assert result_rows(cls) == [
        {"rank": 1, "class": "cheetah", "score": 0.83},
        {"rank": 2, "class": "leopard", "score": 0.1},
    ]
    seg = SimpleNamespace(task="segmentation", data={"classes": [
        {"name": "background", "fraction": 0.7}, {"name": "cat", "fraction": 0.3}]})  # fmt: skip
    assert result_rows(seg) == [
        {"class": "background", "area %": 70.0},
        {"class": "cat", "area %": 30.0},
    ]


def test_result_rows_of_a_real_prediction():
    import heads
    from designer.inference import Predictor
    from designer.inference import TinyBackbone as PredictBackbone

    p = Predictor(backbone=PredictBackbone())
    spec = heads.get_preset("linear", p.backbone.feature_info, num_classes=4)
    pred = p.predict(Image.new("RGB", (64, 64), "red"), spec, class_names=list("abcd"), topk=3)
    rows = result_rows(pred)
    assert [r["rank"] for r in rows] == [1, 2, 3] and {r["class"] for r in rows} <= set("abcd")
    assert rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]


def test_cli_train_writes_the_reports_and_the_card(tmp_path, capsys):
    from designer.cli import main
    from designer.inference import HeadBundle

    argv = ["train", "--task", "classification", "--data", "shapes", "--design", "linear"]
    argv += ["--backbone", "tiny", "--out", str(tmp_path), "--epochs", "2"]
    assert main([*argv, "--image-size", "64", "--shapes-images", "20"]) == 0
    out = capsys.readouterr().out
    assert "confusion_matrix:" in out and "worst:" in out
    for name in ("head.safetensors", "confusion_matrix.png", "worst.png", "report.json"):
        assert (tmp_path / name).is_file(), name
    bundle = HeadBundle.load(tmp_path / "head.safetensors")
    assert bundle.card["synthetic"] and bundle.card["image_count"] == 20
    assert json.loads((tmp_path / "report.json").read_text())["images"] == 4
