"""Anchor fitting: IoU k-means, grid-aware quality, the fit on Shapes and on tall boxes."""

from __future__ import annotations

import pytest
import torch
from torchvision.ops import box_iou

import heads
from designer.data.shapes import generate
from heads.anchor_fit import (
    AnchorConfig,
    anchor_config,
    apply_anchors,
    best_anchors,
    draw_anchors,
    fit_anchors,
    kmeans_shapes,
    quality,
    shape_iou,
)
from heads.detector import anchors_for, feature_sizes_for
from heads.spec import FeatureInfo

SPEC = heads.get_preset("retinanet_lite", num_classes=5)


@pytest.fixture(scope="module")
def shapes_boxes() -> torch.Tensor:
    return torch.cat([torch.from_numpy(s.boxes) for s in generate(120, seed=3)])


def _boxes(wh: torch.Tensor, seed: int = 0, size: float = 256.0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    xy = torch.rand(len(wh), 2, generator=g) * (size - wh)
    return torch.cat([xy, xy + wh], 1)


def test_shape_iou_and_kmeans():
    assert shape_iou(torch.tensor([[4.0, 4]]), torch.tensor([[2.0, 8]])).item() == pytest.approx(
        8 / 24
    )
    g = torch.Generator().manual_seed(0)
    small = torch.tensor([10.0, 30]) + torch.randn(50, 2, generator=g)
    large = torch.tensor([80.0, 40]) + torch.randn(50, 2, generator=g)
    c = kmeans_shapes(torch.cat([small, large]), 2, seed=1)
    assert torch.allclose(c, torch.stack([small.mean(0), large.mean(0)]), atol=1e-4)
    assert torch.equal(c, kmeans_shapes(torch.cat([small, large]), 2, seed=1))
    assert kmeans_shapes(torch.tensor([[5.0, 5], [5, 5]]), 3).tolist() == [[5.0, 5.0]]


def test_grid_quality_equals_the_real_anchors_best_iou(shapes_boxes):
    # The best IoU against the grid point nearest each centre is the best over every anchor the
    # head really has at this image size.
    boxes = shapes_boxes
    anchors = torch.cat(anchors_for(SPEC, feature_sizes_for(SPEC, 256)))
    real = box_iou(boxes, anchors).max(1).values
    cfg = anchor_config(SPEC)
    limits = torch.full((len(boxes), 2), 256.0)
    q = quality(cfg, boxes, 0.5, limits)
    assert q.mean_iou == pytest.approx(float(real.mean()), abs=1e-5)
    assert q.recall == pytest.approx(float((real >= 0.5).float().mean()), abs=1e-6)
    _, _, ious = best_anchors(cfg, boxes)
    assert torch.allclose(ious, real, atol=1e-5)
    assert q.recall_centred >= q.recall - 1e-6 and q.mean_iou_centred >= q.mean_iou


def test_fit_on_shapes_keeps_recall_and_improves_the_fit(shapes_boxes):
    limits = torch.full((len(shapes_boxes), 2), 256.0)
    fit = fit_anchors(SPEC, shapes_boxes, image_sizes=limits, generations=60, seed=0)
    assert fit.after.recall >= fit.before.recall
    assert fit.after.fitness > fit.before.fitness and fit.after.mean_iou > fit.before.mean_iou
    assert fit.improved and fit.boxes == len(shapes_boxes)
    assert list(fit.fitted.sizes) == sorted(fit.fitted.sizes)
    assert len(fit.fitted.aspect_ratios) == 3 and fit.fitted.scales_per_octave == 3
    # Shapes are about square: the ratios gather round 1 instead of 0.5 and 2
    assert all(0.6 < r < 1.6 for r in fit.fitted.aspect_ratios)
    # the reported figures are the quality of the reported anchors
    assert fit.after == quality(fit.fitted, shapes_boxes, 0.5, limits)


def test_levels_without_boxes_keep_their_sizes(shapes_boxes):
    five = {"c3": FeatureInfo(40, 8), "c4": FeatureInfo(112, 16), "c5": FeatureInfo(320, 32),
            "c6": FeatureInfo(320, 64), "c7": FeatureInfo(320, 128)}  # fmt: skip
    spec = heads.detection_spec(five, 5, head="retinanet", channels=16, num_levels=5,
                                extra_levels=0, num_convs=1)  # fmt: skip
    fit = fit_anchors(spec, shapes_boxes, generations=40)
    assert fit.before.level_counts[3:] == (0, 0)  # Shapes boxes are at most 120 px
    assert fit.fitted.sizes[3:] == (256.0, 512.0)
    assert fit.after.recall >= fit.before.recall


def test_fit_is_deterministic_with_a_seed(shapes_boxes):
    a = fit_anchors(SPEC, shapes_boxes, generations=30, seed=5)
    b = fit_anchors(SPEC, shapes_boxes, generations=30, seed=5)
    assert a.fitted == b.fitted and a.after == b.after
    assert all(torch.equal(x, y) for x, y in zip(a.ideal, b.ideal))


def test_tall_boxes_give_tall_anchors():
    g = torch.Generator().manual_seed(1)
    w = torch.empty(400).uniform_(12, 40, generator=g)
    wh = torch.stack([w, w * torch.empty(400).uniform_(2.0, 3.5, generator=g)], 1)
    fit = fit_anchors(SPEC, _boxes(wh), generations=60)
    assert min(fit.fitted.aspect_ratios) > 1.5
    assert fit.after.recall > fit.before.recall


def test_recall_never_drops_even_when_nothing_fits_better():
    # boxes exactly the head's own 32 px square anchors, centred on stride-8 grid points
    centres = torch.arange(8, 200, 24.0)
    c = torch.stack(torch.meshgrid(centres, centres, indexing="ij"), -1).reshape(-1, 2)
    boxes = torch.cat([c - 16, c + 16], 1)
    fit = fit_anchors(SPEC, boxes, generations=40)
    assert fit.before.recall == 1.0 and fit.after.recall == 1.0
    assert fit.after.fitness >= fit.before.fitness


def test_apply_anchors_is_pure_and_keeps_the_weights_shapes():
    cfg = AnchorConfig((24.0, 60.0, 100.0), (0.8, 1.0, 1.25), 3, (8, 16, 32))
    new = apply_anchors(SPEC, cfg)
    assert anchor_config(SPEC).sizes == (32.0, 64.0, 128.0)  # the input is unchanged
    assert anchor_config(new) == cfg
    old_head, new_head = heads.build_head(None, SPEC), heads.build_head(None, new)
    new_head.load_state_dict(old_head.state_dict(), strict=True)
    with pytest.raises(heads.SpecError, match="number of anchors per location"):
        apply_anchors(SPEC, AnchorConfig((24.0, 60.0, 100.0), (1.0,), 3, (8, 16, 32)))
    with pytest.raises(heads.SpecError, match="2 anchor sizes for a head of 3 levels"):
        apply_anchors(SPEC, AnchorConfig((24.0, 60.0), (0.8, 1.0, 1.25), 3, (8, 16)))


def test_anchor_free_heads_and_empty_data_are_refused():
    with pytest.raises(heads.SpecError, match="anchor-based head.*fcos_head"):
        fit_anchors(heads.get_preset("fcos_lite", num_classes=2), torch.tensor([[0, 0, 9, 9.0]]))
    with pytest.raises(ValueError, match="no boxes"):
        fit_anchors(SPEC, torch.tensor([[0, 0, 1, 1.0]]))


def test_draw_anchors_marks_the_best_anchor():
    cfg = anchor_config(SPEC)
    image = torch.zeros(3, 128, 128, dtype=torch.uint8)
    box = torch.tensor([[40.0, 40, 80, 72]])
    out = draw_anchors(image, box, cfg)
    anchor, level, _ = best_anchors(cfg, box)
    x1, y1 = (int(v) for v in anchor[0, :2])
    colour = torch.tensor((0, 200, 255) if int(level) == 0 else (255, 170, 0), dtype=torch.uint8)
    assert torch.equal(out[:, y1 + 20, x1], colour)  # the anchor's left edge, in its colour
    assert torch.equal(out[:, 56, 40], torch.full((3,), 255, dtype=torch.uint8))  # the box
    big = draw_anchors(torch.zeros(3, 256, 256, dtype=torch.uint8), box, cfg, scale=2)
    assert torch.equal(big[:, 2 * 56, 80], torch.full((3,), 255, dtype=torch.uint8))
