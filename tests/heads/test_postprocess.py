"""Batched post-processing equals torchvision's RetinaNet / FCOS post-processing."""

from types import SimpleNamespace

import pytest
import torch
from torchvision.models.detection import FCOS, RetinaNet
from torchvision.models.detection._utils import BoxCoder, BoxLinearCoder

from heads.anchors import Anchors
from heads.box_coding import LTRBBoxCoder
from heads.postprocess import postprocess_detections

FEATS = [(16, 16), (8, 8), (4, 4)]
IMAGE = (128, 128)


def _inputs(anchors: Anchors, K: int, N: int = 2, ctr: bool = False):
    levels = anchors.for_image(IMAGE, FEATS)
    counts = [len(a) for a in levels]
    M = sum(counts)
    cls = torch.randn(N, M, K) * 2 - 3
    reg = torch.randn(N, M, 4) * 0.3
    ctrness = torch.randn(N, M, 1) if ctr else None
    return levels, counts, cls, reg, ctrness


def _split(t, counts):
    return list(t.split(counts, dim=1))


def _assert_same(ours, theirs):
    for a, b in zip(ours, theirs):
        assert torch.equal(a["labels"], b["labels"])
        torch.testing.assert_close(a["scores"], b["scores"])
        torch.testing.assert_close(a["boxes"], b["boxes"])


def test_retinanet_postprocess_equals_torchvision():
    # torchvision's method on a stand-in holding only the attributes it reads (no ResNet build)
    model = SimpleNamespace(score_thresh=0.2, detections_per_img=50, topk_candidates=100, nms_thresh=0.5,
                            box_coder=BoxCoder((1.0, 1.0, 1.0, 1.0)))  # fmt: skip
    anchors = Anchors((32, 64, 128))
    levels, counts, cls, reg, _ = _inputs(anchors, 5)
    sizes = [(128, 128), (100, 90)]
    theirs = RetinaNet.postprocess_detections(
        model,
        {"cls_logits": _split(cls, counts), "bbox_regression": _split(reg, counts)},
        [levels] * 2,
        sizes,
    )
    ours = postprocess_detections(
        cls,
        reg,
        levels,
        counts,
        sizes,
        score_threshold=0.2,
        topk_candidates=100,
        detections_per_img=50,
    )
    assert sum(len(d["scores"]) for d in ours) > 20
    _assert_same(ours, theirs)


def test_fcos_postprocess_equals_torchvision():
    model = SimpleNamespace(score_thresh=0.3, detections_per_img=100, topk_candidates=60, nms_thresh=0.6,
                            box_coder=BoxLinearCoder(normalize_by_size=True))  # fmt: skip
    anchors = Anchors((8, 16, 32), aspect_ratios=(1.0,), scales_per_octave=1)
    levels, counts, cls, reg, ctr = _inputs(anchors, 4, ctr=True)
    reg = reg.abs() + 0.5
    sizes = [(128, 128), (128, 100)]
    outs = {
        "cls_logits": _split(cls, counts),
        "bbox_regression": _split(reg, counts),
        "bbox_ctrness": _split(ctr, counts),
    }
    theirs = FCOS.postprocess_detections(model, outs, [levels] * 2, sizes)
    ours = postprocess_detections(
        cls, reg, [torch.cat(levels)] * 2, counts, sizes, coder=LTRBBoxCoder(), bbox_ctrness=ctr,
        score_threshold=0.3, topk_candidates=60, detections_per_img=100, iou_threshold=0.6,
    )  # fmt: skip
    assert sum(len(d["scores"]) for d in ours) > 10
    _assert_same(ours, theirs)


@pytest.mark.parametrize("method", ["soft_gaussian", "matrix", "wbf", "diou", "topk", "hard"])
def test_other_suppressions_run_and_respect_limits(method):
    levels, counts, cls, reg, _ = _inputs(Anchors((32, 64, 128)), 3)
    out = postprocess_detections(
        cls, reg, torch.cat(levels), counts, [IMAGE] * 2, suppression=method, detections_per_img=20
    )
    for det in out:
        assert len(det["scores"]) <= 20
        assert (det["scores"][:-1] >= det["scores"][1:]).all()
        assert (det["boxes"] >= 0).all() and (det["boxes"] <= 128).all()


def test_empty_cases():
    levels, counts, cls, reg, _ = _inputs(Anchors((32, 64, 128)), 3)
    none = postprocess_detections(torch.full_like(cls, -20.0), reg, levels, counts, [IMAGE] * 2)
    assert [len(d["boxes"]) for d in none] == [0, 0] and none[0]["boxes"].shape == (0, 4)
    zero = postprocess_detections(cls, reg, levels, counts, [(0, 0), IMAGE])
    assert len(zero[0]["boxes"]) == 0 and len(zero[1]["boxes"]) > 0
    # a level with zero area
    anchors = Anchors((32, 64), scales_per_octave=1)
    lv = anchors.for_image((64, 64), [(8, 8), (0, 0)])
    n = [len(a) for a in lv]
    out = postprocess_detections(
        torch.randn(1, n[0], 2), torch.zeros(1, n[0], 4), lv, n, [(64, 64)]
    )
    assert out[0]["boxes"].shape[1] == 4
    assert (
        postprocess_detections(
            torch.zeros(0, 5, 2), torch.zeros(0, 5, 4), torch.zeros(5, 4), [5], []
        )
        == []
    )


def _as_sets(dets):
    """Detections as sorted (score, label, box) rows: equal-score detections may come in any
    order (torchvision's own sort is not stable)."""
    return [
        sorted(
            zip(
                [round(v, 5) for v in d["scores"].tolist()],
                d["labels"].tolist(),
                [tuple(round(v, 3) for v in b) for b in d["boxes"].tolist()],
            )
        )
        for d in dets
    ]


@pytest.mark.parametrize("topk", [7, 40, 5000])
def test_top_k_among_top_anchors_equals_torchvision(topk):
    # many classes and a low threshold: the per-level top-k binds on every level (7, 40), or
    # exceeds a level's anchors (5000); per-image anchors (N, M, 4)
    model = SimpleNamespace(score_thresh=0.02, detections_per_img=400, topk_candidates=topk, nms_thresh=0.5,
                            box_coder=BoxCoder((1.0, 1.0, 1.0, 1.0)))  # fmt: skip
    levels, counts, cls, reg, _ = _inputs(Anchors((32, 64, 128)), 40, N=3)
    g = torch.Generator().manual_seed(1)
    hot = torch.randint(0, cls.shape[1], (3, 30), generator=g)
    cls[torch.arange(3)[:, None], hot, torch.randint(0, 40, (3, 30), generator=g)] += 5.0
    per_image = torch.stack([torch.cat(levels) + i for i in range(3)])  # (N, M, 4)
    sizes = [(128, 128), (90, 128), (128, 70)]
    theirs = RetinaNet.postprocess_detections(
        model,
        {"cls_logits": _split(cls, counts), "bbox_regression": _split(reg, counts)},
        [[lv + i for lv in levels] for i in range(3)],
        sizes,
    )
    ours = postprocess_detections(
        cls, reg, per_image, counts, sizes,
        score_threshold=0.02, topk_candidates=topk, detections_per_img=400,
    )  # fmt: skip
    assert all(len(d["scores"]) > 5 for d in ours)
    assert _as_sets(ours) == _as_sets(theirs)


def test_fcos_top_k_binding_equals_torchvision():
    # centerness reorders anchors: the best anchors come from sqrt(sigmoid(max cls) * ctr)
    model = SimpleNamespace(score_thresh=0.05, detections_per_img=200, topk_candidates=9, nms_thresh=0.6,
                            box_coder=BoxLinearCoder(normalize_by_size=True))  # fmt: skip
    anchors = Anchors((8, 16, 32), aspect_ratios=(1.0,), scales_per_octave=1)
    levels, counts, cls, reg, ctr = _inputs(anchors, 12, ctr=True)
    ctr = ctr * 4
    reg = reg.abs() + 0.5
    sizes = [(128, 128), (128, 100)]
    outs = {
        "cls_logits": _split(cls, counts),
        "bbox_regression": _split(reg, counts),
        "bbox_ctrness": _split(ctr, counts),
    }
    theirs = FCOS.postprocess_detections(model, outs, [levels] * 2, sizes)
    ours = postprocess_detections(
        cls, reg, levels, counts, sizes, coder=LTRBBoxCoder(), bbox_ctrness=ctr,
        score_threshold=0.05, topk_candidates=9, detections_per_img=200, iou_threshold=0.6,
    )  # fmt: skip
    assert all(len(d["scores"]) > 5 for d in ours)
    assert _as_sets(ours) == _as_sets(theirs)


def test_candidates_come_from_the_best_anchors_only():
    # one anchor holds a level's k best scores; k other anchors each hold one score just below:
    # the top-k is the first anchor's k classes, not one class of each of the others
    K, k = 6, 4
    logits = torch.full((1, 32, K), -9.0)
    logits[0, 3, :k] = torch.tensor([4.0, 3.9, 3.8, 3.7])
    logits[0, 10 : 10 + k, 0] = 3.6
    boxes = torch.arange(32.0)[:, None] * 3 + torch.tensor([0.0, 0.0, 2.0, 2.0])  # disjoint
    out = postprocess_detections(
        logits, torch.zeros(1, 32, 4), boxes, [32], [(200, 200)], topk_candidates=k
    )[0]
    assert out["labels"].tolist() == [0, 1, 2, 3]
    assert torch.equal(out["boxes"], boxes[[3, 3, 3, 3]])
