"""Per-class photo training: two clearly different classes are learned and predicted."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from designer.cards import knowledge_note
from designer.data.formats import DataError
from designer.inference import Predictor, TinyBackbone
from designer.photos import photo_dataset, train_on_photos
from designer.training import TrainConfig


def _photo(kind: str, seed: int) -> Image.Image:
    """Noisy 'photos' of random sizes and textures: reddish ("fire") or bluish ("sky")."""
    rng = np.random.default_rng(seed)
    h, w = rng.integers(80, 160, 2)
    base = np.array([200, 60, 30] if kind == "fire" else [40, 90, 210], dtype=float)
    texture = rng.normal(0, 1, (h // 8 + 1, w // 8 + 1, 1)).repeat(8, 0).repeat(8, 1)[:h, :w]
    img = base * (0.7 + 0.25 * texture) + rng.normal(0, 15, (h, w, 3))
    return Image.fromarray(img.clip(0, 255).astype(np.uint8))


def test_two_classes_are_learned_and_predicted(tmp_path):
    paths = {}
    for k, kind in enumerate(("fire", "sky")):
        paths[kind] = []
        for i in range(8):
            p = tmp_path / f"{kind}_{i}.png"
            _photo(kind, 10 * k + i).save(p)
            paths[kind].append(str(p))  # uploads arrive as files
    bb = TinyBackbone()
    cfg = TrainConfig(epochs=60, image_size=128, lr=0.03, patience=0, flip=True)
    bundle = train_on_photos(paths, bb, config=cfg)
    assert bundle.class_names == ("fire", "sky")
    assert knowledge_note(bundle) == "this head knows: fire, sky — your photos (16 images)"
    predictor = Predictor(backbone=bb)
    right = 0
    for kind in ("fire", "sky"):
        for seed in range(100, 106):  # new photos
            pred = predictor.predict(_photo(kind, seed), bundle)
            right += pred.data["topk"][0]["name"] == kind
    assert right >= 11, f"{right} of 12 new photos recognised"


def test_bad_photo_sets_name_the_problem(tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not an image")
    red = Image.new("RGB", (8, 8), "red")
    with pytest.raises(DataError) as e:
        photo_dataset({"cat": [red], "dog": [], "": [red], "bird": [str(bad)]})
    text = str(e.value)
    assert "dog: has no images" in text and "class 3: has no name" in text
    assert "bird/broken.jpg: cannot be read" in text
    with pytest.raises(DataError, match="at least two classes"):
        photo_dataset({"cat": [red]})
