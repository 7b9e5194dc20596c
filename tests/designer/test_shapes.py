"""Shapes data: deterministic by seed, annotations consistent with each other and the image."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from designer.data.shapes import (
    CLASS_NAMES,
    SEGMENTATION_CLASS_NAMES,
    ShapesDataset,
    generate,
    make_sample,
)


def _same(a, b) -> bool:
    return (
        a.image.tobytes() == b.image.tobytes()
        and np.array_equal(a.boxes, b.boxes)
        and np.array_equal(a.labels, b.labels)
        and np.array_equal(a.masks, b.masks)
        and np.array_equal(a.semantic, b.semantic)
    )


def test_deterministic_by_seed_and_index():
    a = generate(6, seed=5)
    b = generate(6, seed=5)
    assert all(_same(x, y) for x, y in zip(a, b))
    # A sample does not depend on the ones before it.
    assert _same(make_sample(5, 4), a[4])
    assert _same(generate(2, seed=5, start=4)[0], a[4])
    # Another seed gives other images.
    c = generate(6, seed=6)
    assert sum(x.image.tobytes() == y.image.tobytes() for x, y in zip(a, c)) == 0


@pytest.fixture(scope="module")
def scenes():
    return generate(40, seed=1)


def test_annotations_are_consistent(scenes):
    for s in scenes:
        H, W = s.semantic.shape
        assert s.image.size == (W, H) == (256, 256)
        M = len(s.labels)
        assert 1 <= M <= 5
        assert s.boxes.shape == (M, 4) and s.masks.shape == (M, H, W)
        assert s.boxes.dtype == np.float32 and s.labels.dtype == np.int64 and s.masks.dtype == bool
        assert ((s.labels >= 0) & (s.labels < len(CLASS_NAMES))).all()
        # Instances are disjoint (visible parts) and each covers some pixels.
        assert s.masks.sum(0).max() <= 1
        assert (s.masks.sum((1, 2)) >= 16).all()
        for box, mask, label in zip(s.boxes, s.masks, s.labels):
            x0, y0, x1, y1 = box.astype(int)
            assert 0 <= x0 < x1 <= W and 0 <= y0 < y1 <= H
            # The box is the tight pixel-edge box of the mask.
            inside = np.zeros_like(mask)
            inside[y0:y1, x0:x1] = True
            assert not (mask & ~inside).any()
            assert (
                mask[y0].any()
                and mask[y1 - 1].any()
                and mask[:, x0].any()
                and mask[:, x1 - 1].any()
            )
            assert max(x1 - x0, y1 - y0) <= 121
            # The semantic mask gives the instance's class + 1 wherever the instance is.
            assert (s.semantic[mask] == label + 1).all()
        union = s.masks.any(0)
        assert (s.semantic[~union] == 0).all()


def test_shapes_are_visible_in_the_image(scenes):
    # Each shape's pixels differ from the pixels just around its box (it was drawn there).
    diffs = []
    for s in scenes[:20]:
        img = np.asarray(s.image).astype(np.float32)
        for mask in s.masks:
            inner = img[mask].mean(0)
            ring = img[~s.masks.any(0)].mean(0)
            diffs.append(np.abs(inner - ring).sum())
    assert np.median(diffs) > 30


def test_variety(scenes):
    labels = np.concatenate([s.labels for s in scenes])
    assert set(labels.tolist()) == set(range(len(CLASS_NAMES)))
    sides = np.concatenate(
        [np.maximum(s.boxes[:, 2] - s.boxes[:, 0], s.boxes[:, 3] - s.boxes[:, 1]) for s in scenes]
    )
    assert sides.min() < 40 and sides.max() > 90
    backgrounds = {tuple(np.asarray(s.image)[0, 0]) for s in scenes}
    assert len(backgrounds) > 20


def test_classification_label_is_the_dominant_shape():
    for s in generate(30, seed=2, classification=True, max_distractors=2):
        assert 0 <= s.label < len(CLASS_NAMES)
        areas = s.masks.sum((1, 2))
        assert s.labels[int(areas.argmax())] == s.label


@pytest.mark.parametrize("task", ["detection", "segmentation", "classification"])
def test_dataset_items(task):
    ds = ShapesDataset(5, seed=3, task=task, size=128, max_size=60)
    assert len(ds) == 5
    image, target = ds[2]
    assert image.shape == (3, 128, 128) and image.dtype == torch.float32
    assert 0.0 <= float(image.min()) and float(image.max()) <= 1.0
    s = ds.sample(2)
    if task == "detection":
        assert torch.equal(target["boxes"], torch.from_numpy(s.boxes))
        assert target["masks"].shape[1:] == (128, 128)
    elif task == "segmentation":
        assert target["semantic"].dtype == torch.int64
        assert int(target["semantic"].max()) < len(SEGMENTATION_CLASS_NAMES)
    else:
        assert int(target["label"]) == s.label
    with pytest.raises(IndexError):
        ds[5]
