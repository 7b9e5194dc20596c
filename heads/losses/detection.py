"""Detection losses: focal, smooth L1, IoU-family box losses, centerness, and whole-head losses.

Every loss casts its inputs to float32 first, so fp16/bf16 autocast with extreme logits stays
finite. :func:`retinanet_loss` and :func:`fcos_loss` compute a head's loss from its outputs the way
torchvision's ``RetinaNetHead.compute_loss`` / ``FCOS.compute_loss`` do (same values), with the
matcher, box loss and FCOS size ranges as arguments.

Example:
    >>> logits = torch.full((1, 4, 3), -4.0)
    >>> anchors = torch.tensor([[0.0, 0, 10, 10], [10, 0, 20, 10], [0, 10, 10, 20], [10, 10, 20, 20]])
    >>> targets = [{"boxes": torch.tensor([[0.0, 0, 10, 10]]), "labels": torch.tensor([1])}]
    >>> out = {"cls_logits": logits, "bbox_regression": torch.zeros(1, 4, 4)}
    >>> {k: round(float(v), 3) for k, v in retinanet_loss(out, [anchors], targets).items()}
    {'classification': 0.969, 'bbox_regression': 0.0}
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor
from torchvision import ops

from heads.box_coding import DeltaBoxCoder, LTRBBoxCoder
from heads.matching import BETWEEN, Matcher, fcos_assign
from heads.params import BoxLoss


def sigmoid_focal_loss(
    logits: Tensor, targets: Tensor, alpha: float = 0.25, gamma: float = 2.0, reduction: str = "sum"
) -> Tensor:
    """Focal loss on sigmoid outputs (torchvision.ops), in float32. Shape: (*) , (*) -> scalar."""
    return ops.sigmoid_focal_loss(
        logits.float(), targets.float(), alpha=alpha, gamma=gamma, reduction=reduction
    )


def smooth_l1_loss(
    pred: Tensor, target: Tensor, beta: float = 1.0 / 9, reduction: str = "sum"
) -> Tensor:
    """Smooth L1 (Huber below ``beta``), in float32. Shape: (*, 4), (*, 4) -> scalar."""
    return F.smooth_l1_loss(pred.float(), target.float(), beta=beta, reduction=reduction)


def giou_loss(pred: Tensor, target: Tensor, reduction: str = "sum") -> Tensor:
    """``1 - GIoU`` of ``xyxy`` boxes. Shape: (*, 4), (*, 4) -> scalar."""
    return ops.generalized_box_iou_loss(pred.float(), target.float(), reduction=reduction)


def diou_loss(pred: Tensor, target: Tensor, reduction: str = "sum") -> Tensor:
    """``1 - DIoU`` (IoU minus normalised centre distance). Shape: (*, 4), (*, 4) -> scalar."""
    return ops.distance_box_iou_loss(pred.float(), target.float(), reduction=reduction)


def ciou_loss(pred: Tensor, target: Tensor, reduction: str = "sum") -> Tensor:
    """``1 - CIoU`` (DIoU plus an aspect-ratio term). Shape: (*, 4), (*, 4) -> scalar."""
    return ops.complete_box_iou_loss(pred.float(), target.float(), reduction=reduction)


def centerness_targets(ltrb: Tensor) -> Tensor:
    """FCOS centerness ``sqrt(min(l,r)/max(l,r) * min(t,b)/max(t,b))``. Shape: (*, 4) -> (*)."""
    ltrb = ltrb.float()
    lr, tb = ltrb[..., 0::2], ltrb[..., 1::2]
    ratio = (lr.amin(-1) / lr.amax(-1)) * (tb.amin(-1) / tb.amax(-1))
    return torch.sqrt(ratio.clamp(min=0))


def centerness_loss(logits: Tensor, targets: Tensor, reduction: str = "sum") -> Tensor:
    """Binary cross-entropy of centerness logits, in float32. Shape: (*), (*) -> scalar."""
    return F.binary_cross_entropy_with_logits(logits.float(), targets.float(), reduction=reduction)


def _box_loss(
    kind: BoxLoss, coder, anchors: Tensor, gt: Tensor, regression: Tensor, beta: float
) -> Tensor:
    kind = BoxLoss(kind)
    if kind in (BoxLoss.L1, BoxLoss.SMOOTH_L1):
        target = coder.encode(gt, anchors)
        if kind is BoxLoss.L1:
            return F.l1_loss(regression.float(), target.float(), reduction="sum")
        return smooth_l1_loss(regression, target, beta=beta)
    pred = coder.decode(regression.float(), anchors.float())
    return IOU_LOSSES[kind](pred, gt.float())


IOU_LOSSES = {BoxLoss.GIOU: giou_loss, BoxLoss.DIOU: diou_loss, BoxLoss.CIOU: ciou_loss}


def _stack_anchors(anchors, n: int) -> Tensor:
    if isinstance(anchors, Tensor):
        return anchors.expand(n, -1, -1) if anchors.ndim == 2 else anchors
    return torch.stack([torch.cat(list(a)) if isinstance(a, (list, tuple)) else a for a in anchors])


def retinanet_loss(
    head_outputs: dict[str, Tensor],
    anchors: Tensor | Sequence[Tensor],
    targets: Sequence[dict[str, Tensor]],
    *,
    matcher: Matcher | None = None,
    coder: DeltaBoxCoder | None = None,
    box_loss: BoxLoss | str = BoxLoss.L1,
    alpha: float = 0.25,
    gamma: float = 2.0,
    smooth_l1_beta: float = 1.0,
) -> dict[str, Tensor]:
    """RetinaNet's loss: IoU matching, focal loss on non-ignored anchors, box loss on positives.

    Each image's sums are divided by its number of positives (at least 1), then averaged over
    images, as torchvision does.

    Args:
        head_outputs: ``cls_logits`` (N, M, K) and ``bbox_regression`` (N, M, 4).
        anchors: (M, 4) shared, (N, M, 4), or one (M, 4) (or per-level list) per image.
        targets: per image ``boxes`` (G, 4) ``xyxy`` and ``labels`` (G,).
        matcher: default ``Matcher(0.5, 0.4, allow_low_quality_matches=True)``.
        coder: default ``DeltaBoxCoder((1, 1, 1, 1))``.
        box_loss: ``l1`` (torchvision v1), ``giou`` (v2), ``smooth_l1``, ``diou`` or ``ciou``.

    Returns:
        ``{"classification": scalar, "bbox_regression": scalar}``
    """
    matcher = matcher or Matcher(0.5, 0.4, allow_low_quality_matches=True)
    coder = coder or DeltaBoxCoder()
    cls_logits = head_outputs["cls_logits"].float()
    regression = head_outputs["bbox_regression"].float()
    N, M, K = cls_logits.shape
    anchors = _stack_anchors(anchors, N).float()
    cls_losses, box_losses = [], []
    for i, target in enumerate(targets):
        matched = matcher(target["boxes"], anchors[i])
        fg = matched >= 0
        num_fg = max(1, int(fg.sum()))
        gt_cls = torch.zeros_like(cls_logits[i])
        gt_cls[fg, target["labels"][matched[fg]]] = 1.0
        valid = matched != BETWEEN
        cls_losses.append(
            sigmoid_focal_loss(cls_logits[i][valid], gt_cls[valid], alpha, gamma) / num_fg
        )
        gt_boxes = target["boxes"][matched[fg]].float()
        box_losses.append(
            _box_loss(box_loss, coder, anchors[i][fg], gt_boxes, regression[i][fg], smooth_l1_beta)
            / num_fg
        )
    n = max(1, len(targets))
    return {
        "classification": torch.stack(cls_losses).sum() / n,
        "bbox_regression": torch.stack(box_losses).sum() / n,
    }


def fcos_loss(
    head_outputs: dict[str, Tensor],
    anchors: Tensor | Sequence[Tensor],
    num_anchors_per_level: Sequence[int],
    targets: Sequence[dict[str, Tensor]],
    *,
    center_sampling_radius: float = 1.5,
    size_ranges: Sequence[tuple[float, float]] | None = None,
    coder: LTRBBoxCoder | None = None,
    box_loss: BoxLoss | str = BoxLoss.GIOU,
    alpha: float = 0.25,
    gamma: float = 2.0,
) -> dict[str, Tensor]:
    """FCOS's loss: focal classification, IoU-family box loss and centerness BCE on positives.

    All three sums are divided by the number of positives in the whole batch (at least 1), as
    torchvision does. Pass ``size_ranges`` (e.g. :func:`heads.matching.fcos_size_ranges`) when
    objects are small next to COCO's: the default ranges put 20-120 px objects on one level.

    Args:
        head_outputs: ``cls_logits`` (N, M, K), ``bbox_regression`` (N, M, 4),
            ``bbox_ctrness`` (N, M, 1).
        anchors: one square anchor per point (one stride wide), as for :func:`retinanet_loss`.
        num_anchors_per_level: M_l per level.
        targets: per image ``boxes`` and ``labels``.

    Returns:
        ``{"classification", "bbox_regression", "bbox_ctrness"}`` scalars.
    """
    coder = coder or LTRBBoxCoder(normalize_by_size=True)
    cls_logits = head_outputs["cls_logits"].float()
    regression = head_outputs["bbox_regression"].float()
    ctrness = head_outputs["bbox_ctrness"].float()
    N, M, K = cls_logits.shape
    anchors = _stack_anchors(anchors, N).float()
    gt_boxes = anchors.new_zeros((N, M, 4))
    gt_labels = torch.full((N, M), -1, dtype=torch.int64, device=anchors.device)
    for i, target in enumerate(targets):
        matched = fcos_assign(
            anchors[i], num_anchors_per_level, target["boxes"], center_sampling_radius, size_ranges
        )
        fg = matched >= 0
        gt_boxes[i, fg] = target["boxes"][matched[fg]].float()
        gt_labels[i, fg] = target["labels"][matched[fg]]
    fg = gt_labels >= 0  # (N, M)
    num_fg = max(1, int(fg.sum()))
    gt_cls = torch.zeros_like(cls_logits)
    gt_cls[fg, gt_labels[fg]] = 1.0
    loss_cls = sigmoid_focal_loss(cls_logits, gt_cls, alpha, gamma)
    loss_box = _box_loss(box_loss, coder, anchors[fg], gt_boxes[fg], regression[fg], 1.0 / 9)
    ctr_targets = centerness_targets(coder.encode(gt_boxes[fg], anchors[fg]))
    loss_ctr = centerness_loss(ctrness.squeeze(-1)[fg], ctr_targets)
    return {
        "classification": loss_cls / num_fg,
        "bbox_regression": loss_box / num_fg,
        "bbox_ctrness": loss_ctr / num_fg,
    }


__all__ = [
    "BoxLoss",
    "centerness_loss",
    "centerness_targets",
    "ciou_loss",
    "diou_loss",
    "fcos_loss",
    "giou_loss",
    "retinanet_loss",
    "sigmoid_focal_loss",
    "smooth_l1_loss",
]
