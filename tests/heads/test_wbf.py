"""Weighted Box Fusion equals the reference implementation (the ``ensemble-boxes`` package):
several models' lists with weights, every ``conf_type``, ``skip_box_thr``, matching against the
running fused box, on crowded scenes."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from heads.nms import Suppression, suppress, weighted_boxes_fusion
from heads.params import WBFConf

ensemble_boxes = pytest.importorskip("ensemble_boxes")


def _crowd(n_models: int, seed: int, objects: int = 25, per_model: int = 60, classes: int = 3):
    """Jittered copies of a few objects per model (so boxes of one object overlap a lot and
    objects overlap each other), plus clutter; coordinates in [0, 1] as the reference wants."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0.15, 0.85, (objects, 2))
    sizes = rng.uniform(0.05, 0.3, (objects, 2))
    cls = rng.integers(0, classes, objects)
    out = []
    for _ in range(n_models):
        pick = rng.integers(0, objects, per_model)
        c = centres[pick] + rng.normal(0, 0.02, (per_model, 2))
        s = sizes[pick] * rng.uniform(0.8, 1.25, (per_model, 2))
        boxes = np.clip(np.concatenate([c - s / 2, c + s / 2], 1), 0, 1)
        scores = rng.uniform(0.01, 1.0, per_model)
        labels = np.where(
            rng.uniform(size=per_model) < 0.1, rng.integers(0, classes, per_model), cls[pick]
        )
        out.append((boxes, scores, labels.astype(float)))
    return out


def _ours(lists, **kw):
    res = weighted_boxes_fusion(
        [torch.tensor(b, dtype=torch.float32) for b, _, _ in lists],
        [torch.tensor(s, dtype=torch.float32) for _, s, _ in lists],
        [torch.tensor(lab, dtype=torch.int64) for _, _, lab in lists],
        **kw,
    )
    return res.boxes.double().numpy(), res.scores.double().numpy(), res.labels.numpy()


def _reference(
    lists,
    weights=None,
    iou_threshold=0.55,
    skip_box_thr=0.0,
    conf_type="avg",
    allows_overflow=False,
):
    # The reference computes in float64 from the float32 inputs we give ours.
    f32 = [(b.astype(np.float32), s.astype(np.float32), lab) for b, s, lab in lists]
    return ensemble_boxes.weighted_boxes_fusion(
        [b for b, _, _ in f32], [s for _, s, _ in f32], [lab for _, _, lab in f32],
        weights=weights, iou_thr=iou_threshold, skip_box_thr=skip_box_thr,
        conf_type=conf_type, allows_overflow=allows_overflow,
    )  # fmt: skip


def _assert_same(ours, ref):
    ob, os_, ol = ours
    rb, rs, rl = ref
    assert len(ob) == len(rb) > 0
    # Both sort by score; compare in (score, box) order so equal scores cannot swap rows.
    o = np.lexsort((ob[:, 0], -os_))
    r = np.lexsort((rb[:, 0], -rs))
    np.testing.assert_allclose(os_[o], rs[r], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(ob[o], rb[r], rtol=0, atol=2e-6)  # the reference fuses in float32
    np.testing.assert_array_equal(ol[o], rl[r].astype(int))


@pytest.mark.parametrize("conf_type", [c.value for c in WBFConf])
@pytest.mark.parametrize("seed", [0, 1])
def test_several_weighted_models_equal_the_reference(conf_type, seed):
    lists = _crowd(3, seed)
    weights = [2.0, 1.0, 0.5]
    kw = {"weights": weights, "iou_threshold": 0.55, "skip_box_thr": 0.1, "conf_type": conf_type}
    _assert_same(_ours(lists, **kw), _reference(lists, **kw))


@pytest.mark.parametrize("iou_threshold", [0.3, 0.55, 0.8])
def test_thresholds_and_overflow_equal_the_reference(iou_threshold):
    lists = _crowd(4, 5, objects=15, per_model=80)
    for skip in (0.0, 0.35):
        for overflow in (False, True):
            kw = {"iou_threshold": iou_threshold, "skip_box_thr": skip, "allows_overflow": overflow}
            _assert_same(_ours(lists, **kw), _reference(lists, **kw))


def test_one_model_through_suppress_equals_the_reference():
    ((boxes, scores, labels),) = _crowd(1, 3, objects=30, per_model=400)
    b, s, lab = (
        torch.tensor(boxes, dtype=torch.float32),
        torch.tensor(scores, dtype=torch.float32),
        torch.tensor(labels, dtype=torch.int64),
    )
    res = suppress(b, s, lab, "wbf", iou_threshold=0.55, score_threshold=0.2)
    ref = _reference([(boxes, scores, labels)], iou_threshold=0.55, skip_box_thr=0.2)
    _assert_same((res.boxes.double().numpy(), res.scores.double().numpy(), res.labels.numpy()), ref)
    # indices point at each cluster's best box, of the fused box's label
    assert torch.equal(lab[res.indices], res.labels)
    # The NMS-cluster variant is another function: on a crowd its clusters differ.
    nms_wbf = suppress(b, s, lab, Suppression.WBF_NMS, iou_threshold=0.55, score_threshold=0.2)
    assert len(nms_wbf.boxes) != len(res.boxes) or not torch.allclose(nms_wbf.boxes, res.boxes)


def test_matching_follows_the_running_fused_box():
    # Box 1 overlaps box 0 enough to join it; the fused box moves right, so box 2 (which does
    # not overlap box 0 above the threshold) now matches the cluster. Matching against the
    # cluster's first box instead would start a second cluster.
    boxes = torch.tensor([[0.0, 0.0, 10.0, 10.0], [3.0, 0.0, 13.0, 10.0], [4.5, 0.0, 14.5, 10.0]])
    scores = torch.tensor([0.9, 0.85, 0.8])
    res = weighted_boxes_fusion([boxes], [scores], iou_threshold=0.5)
    first = 4.5 / 14.5  # IoU of box 2 with box 0, below 0.5
    assert first < 0.5
    assert len(res.boxes) == 1 and res.indices.tolist() == [0]
    ref = _reference(
        [(boxes.numpy().astype(float) / 20, scores.numpy(), np.zeros(3))], iou_threshold=0.5
    )
    assert len(ref[0]) == 1
    np.testing.assert_allclose(res.boxes.numpy() / 20, ref[0], atol=1e-6)


def test_bad_arguments_are_named():
    b, s = torch.zeros(1, 4), torch.ones(1)
    with pytest.raises(ValueError, match="conf_type: 'mean' is not valid; choose one of: avg, max"):
        weighted_boxes_fusion([b], [s], conf_type="mean")
    with pytest.raises(ValueError, match="expected 2 positive model weights"):
        weighted_boxes_fusion([b, b], [s, s], weights=[1.0])
    with pytest.raises(ValueError, match="model 1: expected boxes"):
        weighted_boxes_fusion([b, torch.zeros(2, 3)], [s, s])
    empty = weighted_boxes_fusion([torch.zeros(0, 4)], [torch.zeros(0)])
    assert empty.boxes.shape == (0, 4) and empty.indices.dtype == torch.int64
    # zero-area and low boxes are dropped before fusing
    res = weighted_boxes_fusion(
        [torch.tensor([[1.0, 1, 1, 5], [0, 0, 2, 2]])],
        [torch.tensor([0.9, 0.05])],
        skip_box_thr=0.1,
    )
    assert len(res.boxes) == 0
