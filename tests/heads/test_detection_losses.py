"""Whole-head losses equal torchvision's compute_loss; every loss stays finite under autocast."""

from types import SimpleNamespace

import pytest
import torch
from torchvision.models.detection import FCOS, RetinaNet
from torchvision.models.detection._utils import BoxCoder, BoxLinearCoder
from torchvision.models.detection._utils import Matcher as TVMatcher
from torchvision.models.detection.fcos import FCOSHead
from torchvision.models.detection.retinanet import (
    RetinaNetClassificationHead,
    RetinaNetRegressionHead,
)

from heads.anchors import Anchors
from heads.losses import detection as L
from heads.matching import fcos_size_ranges

IMAGE, FEATS = (128, 128), [(16, 16), (8, 8), (4, 4)]


def _targets(K):
    return [
        {
            "boxes": torch.tensor([[10.0, 12, 60, 70], [70, 20, 120, 50]]),
            "labels": torch.tensor([1, K - 1]),
        },
        {"boxes": torch.tensor([[30.0, 30, 100, 110]]), "labels": torch.tensor([0])},
        {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.int64)},
    ]


@pytest.mark.parametrize("box_loss", ["l1", "giou", "smooth_l1"])
def test_retinanet_loss_equals_torchvision(box_loss):
    K = 4
    anchors = torch.cat(Anchors((32, 64, 128)).for_image(IMAGE, FEATS))
    N, M = 3, len(anchors)
    out = {"cls_logits": torch.randn(N, M, K), "bbox_regression": torch.randn(N, M, 4) * 0.2}
    targets = _targets(K)
    cls_head = RetinaNetClassificationHead.__new__(RetinaNetClassificationHead)
    cls_head.BETWEEN_THRESHOLDS = -2
    reg_head = SimpleNamespace(box_coder=BoxCoder((1.0, 1.0, 1.0, 1.0)), _loss_type=box_loss)
    head = SimpleNamespace(
        compute_loss=lambda t, o, a, m: {
            "classification": RetinaNetClassificationHead.compute_loss(cls_head, t, o, m),
            "bbox_regression": RetinaNetRegressionHead.compute_loss(reg_head, t, o, a, m),
        }
    )
    model = SimpleNamespace(proposal_matcher=TVMatcher(0.5, 0.4, True), head=head)
    theirs = RetinaNet.compute_loss(model, targets, out, [anchors] * N)
    ours = L.retinanet_loss(out, anchors, targets, box_loss=box_loss)
    for k in theirs:
        torch.testing.assert_close(ours[k], theirs[k])
    assert ours["classification"] > 0 and ours["bbox_regression"] > 0


def test_fcos_loss_equals_torchvision():
    K = 3
    levels = Anchors((8, 16, 32), aspect_ratios=(1.0,), scales_per_octave=1).for_image(IMAGE, FEATS)
    counts = [len(a) for a in levels]
    anchors = torch.cat(levels)
    N, M = 3, len(anchors)
    out = {
        "cls_logits": torch.randn(N, M, K),
        "bbox_regression": torch.rand(N, M, 4) + 0.2,
        "bbox_ctrness": torch.randn(N, M, 1),
    }
    targets = _targets(K)
    head = SimpleNamespace(
        compute_loss=lambda *a: FCOSHead.compute_loss(
            SimpleNamespace(box_coder=BoxLinearCoder(True)), *a
        )
    )
    model = SimpleNamespace(center_sampling_radius=1.5, head=head)
    theirs = FCOS.compute_loss(model, targets, out, [anchors] * N, counts)
    ours = L.fcos_loss(out, anchors, counts, targets)
    for k in theirs:
        torch.testing.assert_close(ours[k], theirs[k])
    spread = L.fcos_loss(out, anchors, counts, targets, size_ranges=fcos_size_ranges(3, 20, 120))
    assert all(torch.isfinite(v) for v in spread.values())


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_losses_finite_with_extreme_half_precision_logits(dtype):
    K = 3
    levels = Anchors((8, 16, 32), aspect_ratios=(1.0,), scales_per_octave=1).for_image(IMAGE, FEATS)
    counts, anchors = [len(a) for a in levels], torch.cat(levels)
    M = len(anchors)
    big = torch.tensor(6e4 if dtype is torch.float16 else 1e30)
    cls = (torch.randn(3, M, K).sign() * big).to(dtype)
    out = {
        "cls_logits": cls,
        "bbox_regression": torch.full((3, M, 4), 50.0, dtype=dtype),
        "bbox_ctrness": cls[..., :1],
    }
    targets = _targets(K)
    with torch.autocast("cpu", dtype=dtype):
        losses = {
            **L.fcos_loss(out, anchors, counts, targets),
            **L.retinanet_loss(out, anchors, targets, box_loss="ciou"),
        }
    for k, v in losses.items():
        assert v.dtype == torch.float32 and torch.isfinite(v), k


def test_box_losses_match_torchvision_ops_and_are_zero_on_perfect_boxes():
    boxes = torch.tensor([[0.0, 0, 10, 10], [5, 5, 20, 30]])
    for fn in (L.giou_loss, L.diou_loss, L.ciou_loss):
        assert float(fn(boxes, boxes)) == pytest.approx(0.0, abs=1e-6)
        assert float(fn(boxes, boxes + 3)) > 0
    assert L.centerness_targets(
        torch.tensor([[1.0, 2, 1, 2], [1, 1, 3, 1]])
    ).tolist() == pytest.approx([1.0, (1 / 3) ** 0.5])
