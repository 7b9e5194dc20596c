"""The bundled Shapes heads (assets/heads) reach their quality on a fresh Shapes split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

import heads
from designer.features import cache_features
from designer.training import detection_decode, image_tensor

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "heads"
FRESH_SEED = 12345  # never used for training (assets_train uses seed 0)
N = 200


def _load(task: str) -> tuple[heads.HeadSpec, dict]:
    from safetensors.torch import load_file

    spec_path, weights = ASSETS / f"{task}.json", ASSETS / f"{task}.safetensors"
    if not spec_path.is_file() or not weights.is_file():
        pytest.skip(f"{weights} not built (python -m designer.assets_train)")
    return heads.HeadSpec.from_json(spec_path.read_text()), load_file(weights)


def test_bundled_weights_are_small_and_load():
    files = list(ASSETS.glob("*.safetensors"))
    if not files:
        pytest.skip("no bundled heads")
    assert sum(f.stat().st_size for f in files) <= 25 * 1024 * 1024
    for task in ("detection", "segmentation"):
        spec, state = _load(task)
        assert spec.task.value == task
        heads.GraphHead(spec).load_state_dict(state, strict=True)
        metrics = json.loads((ASSETS / f"{task}_metrics.json").read_text())
        assert metrics["backbone"] == "efficientnet_lite0"


@pytest.fixture(scope="module")
def fresh_features():
    """Lite0 features (c2..c5) of a fresh Shapes split, with its boxes and masks."""
    from designer.backbones import load_backbone
    from designer.data.shapes import generate

    if not (ASSETS / "detection.json").is_file():
        pytest.skip("bundled heads not built")
    bb = load_backbone("efficientnet_lite0")
    samples = generate(N, seed=FRESH_SEED)
    images = torch.stack(
        [image_tensor(s.image, 256, bb.config.mean, bb.config.std) for s in samples]
    )
    levels = ("c2", "c3", "c4", "c5")
    cache = cache_features(lambda x: bb(x, levels), images, N, batch_size=20)
    return cache, samples


@pytest.mark.slow
def test_detection_map50(fresh_features):
    from designer.metrics import detection_metrics

    cache, samples = fresh_features
    spec, state = _load("detection")
    head = heads.GraphHead(spec).eval()
    head.load_state_dict(state)
    preds = []
    with torch.no_grad():
        for i in range(0, N, 50):
            preds.extend(detection_decode(spec, head(cache.get(range(i, min(N, i + 50)))), 256))
    targets = [
        {"boxes": torch.from_numpy(s.boxes), "labels": torch.from_numpy(s.labels)} for s in samples
    ]
    m = detection_metrics(preds, targets)
    assert m["map_50"] >= 0.9, m


@pytest.mark.slow
def test_segmentation_miou(fresh_features):
    from designer.metrics import segmentation_metrics

    cache, samples = fresh_features
    spec, state = _load("segmentation")
    head = heads.GraphHead(spec).eval()
    head.load_state_dict(state)
    preds = []
    with torch.no_grad():
        for i in range(0, N, 25):
            feats = cache.get(range(i, min(N, i + 25)))
            feats["image"] = torch.zeros(()).expand(len(feats["c2"]), 3, 256, 256)
            preds.append(head(feats)["mask_logits"].argmax(dim=1))
    target = torch.stack([torch.from_numpy(s.semantic.astype("int64")) for s in samples])
    m = segmentation_metrics(torch.cat(preds), target, 6)
    assert m["miou"] >= 0.85, m
