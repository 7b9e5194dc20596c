"""The YOLOv8-style head's loss: task-aligned targets, BCE classification, CIoU and distribution
focal loss (DFL) on the positives, each normalised by the sum of the soft targets.

Example:
    >>> anchors = torch.tensor([[0.0, 0, 8, 8], [8, 0, 16, 8], [0, 8, 8, 16], [8, 8, 16, 16]])
    >>> dist = torch.zeros(1, 4, 4 * 8)
    >>> out = {"cls_logits": torch.zeros(1, 4, 2), "bbox_regression": torch.full((1, 4, 4), 3.5),
    ...        "aux_bbox_distribution": dist}
    >>> targets = [{"boxes": torch.tensor([[2.0, 2, 14, 14]]), "labels": torch.tensor([1])}]
    >>> sorted(yolo_loss(out, anchors, targets, reg_max=8))
    ['bbox_distribution', 'bbox_regression', 'classification']
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor
from torchvision import ops

from heads.assigners import task_aligned_assign
from heads.box_coding import LTRBBoxCoder

#: The output key of the head's box distributions (the DFL loss reads them).
DISTRIBUTION_KEY = "aux_bbox_distribution"


def distribution_focal_loss(logits: Tensor, target: Tensor) -> Tensor:
    """DFL (Li et al., Generalized Focal Loss): cross-entropy towards the two bins around a
    continuous target, weighted by its distance to each, averaged over the four sides.

    Args:
        logits: each side's bin logits.
        target: each side's distance in bins, within ``[0, R - 1)``.

    Shape:
        logits (P, 4, R), target (P, 4) -> (P,)

    Example:
        >>> logits = torch.tensor([[[0.0, 9.0, 9.0, 0.0]] * 4])
        >>> round(float(distribution_focal_loss(logits, torch.full((1, 4), 1.5))), 3)
        0.693
    """
    P, S, R = logits.shape
    left = target.long().clamp(max=R - 2)  # (P, 4): the bin at or below the target
    w_right = target - left  # (P, 4)
    flat = logits.reshape(P * S, R).float()  # (P, 4, R) -> (P*4, R)
    ce_left = F.cross_entropy(flat, left.reshape(-1), reduction="none").view(P, S)
    ce_right = F.cross_entropy(flat, (left + 1).reshape(-1), reduction="none").view(P, S)
    return (ce_left * (1 - w_right) + ce_right * w_right).mean(dim=1)


def yolo_loss(
    head_outputs: dict[str, Tensor],
    anchors: Tensor,
    targets: Sequence[dict[str, Tensor]],
    *,
    reg_max: int,
    coder: LTRBBoxCoder | None = None,
    topk: int = 10,
    alpha: float = 0.5,
    beta: float = 6.0,
    cls_weight: float = 0.5,
    box_weight: float = 7.5,
    dfl_weight: float = 1.5,
) -> dict[str, Tensor]:
    """YOLOv8's loss over a batch (its default gains ``box 7.5, cls 0.5, dfl 1.5``).

    Targets come from :func:`heads.assigners.task_aligned_assign` on the detached predictions;
    the class loss is the BCE of every logit against the soft targets, the box losses weigh
    each positive by its soft target; all three are divided by the batch's sum of soft targets
    (at least 1).

    Args:
        head_outputs: ``cls_logits`` (N, M, K), ``bbox_regression`` (N, M, 4) expected
            distances in strides, ``aux_bbox_distribution`` (N, M, 4 * R) their bin logits.
        anchors: (M, 4) one square anchor per location, one stride wide, centred on it.
        targets: per image ``boxes`` (G, 4) ``xyxy`` pixels and ``labels`` (G,).
        reg_max: bins ``R`` per side.
        coder: the head's coder (default ``LTRBBoxCoder(normalize_by_size=True)``).
        topk, alpha, beta: the assigner's.
        cls_weight, box_weight, dfl_weight: the terms' gains.

    Returns:
        ``{"classification", "bbox_regression", "bbox_distribution"}`` scalars.

    Raises:
        KeyError: when the outputs lack the box distributions.
    """
    if DISTRIBUTION_KEY not in head_outputs:
        raise KeyError(
            f"the YOLO loss needs the head's box distributions as output {DISTRIBUTION_KEY!r} "
            f"(the yolo_head's bbox_distribution port); got {', '.join(head_outputs)}"
        )
    coder = coder or LTRBBoxCoder(normalize_by_size=True)
    cls_logits = head_outputs["cls_logits"].float()
    ltrb = head_outputs["bbox_regression"].float()
    dist = head_outputs[DISTRIBUTION_KEY].float()
    N, M, K = cls_logits.shape
    anchors = anchors.float()
    points = (anchors[:, :2] + anchors[:, 2:]) / 2  # (M, 2)
    pred_boxes = coder.decode(ltrb, anchors)  # (N, M, 4) pixels
    with torch.no_grad():
        probs = cls_logits.sigmoid()
    cls_target = torch.zeros_like(cls_logits)
    gt_boxes = anchors.new_zeros((N, M, 4))
    weights = anchors.new_zeros((N, M))
    for i, target in enumerate(targets):
        matched, score = task_aligned_assign(
            probs[i], pred_boxes[i].detach(), points, target["boxes"], target["labels"],
            topk=topk, alpha=alpha, beta=beta,
        )  # fmt: skip
        fg = matched >= 0
        cls_target[i, fg, target["labels"][matched[fg]]] = score[fg]
        gt_boxes[i, fg] = target["boxes"][matched[fg]].float()
        weights[i] = score
    fg = weights > 0  # (N, M): positives with a non-zero soft target
    total = cls_target.sum().clamp(min=1.0)
    loss_cls = F.binary_cross_entropy_with_logits(cls_logits, cls_target, reduction="sum")
    w = weights[fg]
    loss_box = (ops.complete_box_iou_loss(pred_boxes[fg], gt_boxes[fg], reduction="none") * w).sum()
    # DFL targets: the distances to the object's edges in strides, just below the last bin
    sides = coder.encode(gt_boxes[fg], anchors.expand(N, M, 4)[fg]).clamp(0, reg_max - 1 - 0.01)
    loss_dfl = (distribution_focal_loss(dist[fg].view(-1, 4, reg_max), sides) * w).sum()
    return {
        "classification": cls_weight * loss_cls / total,
        "bbox_regression": box_weight * loss_box / total,
        "bbox_distribution": dfl_weight * loss_dfl / total,
    }


__all__ = ["DISTRIBUTION_KEY", "distribution_focal_loss", "yolo_loss"]
