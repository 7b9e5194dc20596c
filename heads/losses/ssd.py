"""SSD's loss (torchvision's ``SSD.compute_loss``): default boxes matched by IoU
(:func:`heads.assigners.ssd_match`), smooth L1 on the positives' box offsets, and softmax
cross-entropy on the positives plus the hardest negatives, ``neg_to_pos_ratio`` of them per
positive (hard negative mining); both sums divided by the batch's positives.

Labels are 0-based object classes; the softmax's first column is the background (the head's
``aux_background_logits``).

Example:
    >>> anchors = torch.tensor([[0.0, 0, 10, 10], [10, 0, 20, 10], [0, 10, 10, 20], [10, 10, 20, 20]])
    >>> out = {"cls_logits": torch.zeros(1, 4, 2), "bbox_regression": torch.zeros(1, 4, 4),
    ...        "aux_background_logits": torch.zeros(1, 4, 1)}
    >>> targets = [{"boxes": torch.tensor([[0.0, 0, 10, 10]]), "labels": torch.tensor([1])}]
    >>> {k: round(float(v), 3) for k, v in ssd_loss(out, anchors, targets).items()}
    {'bbox_regression': 0.0, 'classification': 4.394}
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor

from heads.assigners import ssd_match
from heads.box_coding import DeltaBoxCoder
from heads.ssd import BACKGROUND_KEY


def hard_negatives(losses: Tensor, positive: Tensor, ratio: float) -> Tensor:
    """The negatives with the highest losses, ``ratio`` per positive in each image
    (torchvision's sort-of-a-sort selection, ties broken the same way).

    Shape:
        losses (N, M), positive (N, M) bool -> (N, M) bool

    Example:
        >>> hard_negatives(torch.tensor([[0.1, 0.9, 0.5, 0.7]]), torch.tensor([[0, 1, 0, 0]]).bool(), 2)
        tensor([[False, False,  True,  True]])
    """
    count = ratio * positive.sum(dim=1, keepdim=True)  # (N, 1)
    ranked = losses.clone()
    ranked[positive] = -float("inf")  # positives rank last
    _, order = ranked.sort(dim=1, descending=True)
    return order.sort(dim=1)[1] < count  # each anchor's rank among the negatives


def ssd_loss(
    head_outputs: dict[str, Tensor],
    anchors: Tensor,
    targets: Sequence[dict[str, Tensor]],
    *,
    coder: DeltaBoxCoder | None = None,
    iou_threshold: float = 0.5,
    neg_to_pos_ratio: float = 3.0,
) -> dict[str, Tensor]:
    """SSD's loss over a batch, with torchvision's defaults (IoU 0.5, 3 negatives per positive).

    Args:
        head_outputs: ``cls_logits`` (N, M, K), ``bbox_regression`` (N, M, 4),
            ``aux_background_logits`` (N, M, 1).
        anchors: (M, 4) default boxes, ``xyxy`` pixels.
        targets: per image ``boxes`` (G, 4) and 0-based ``labels`` (G,).
        coder: default ``DeltaBoxCoder((10, 10, 5, 5))``.

    Returns:
        ``{"bbox_regression", "classification"}`` scalars.

    Raises:
        KeyError: when the outputs lack the background logits.
    """
    if BACKGROUND_KEY not in head_outputs:
        raise KeyError(
            f"the SSD loss needs the head's background logits as output {BACKGROUND_KEY!r} "
            f"(the ssd_head's background_logits port); got {', '.join(head_outputs)}"
        )
    coder = coder or DeltaBoxCoder((10.0, 10.0, 5.0, 5.0))
    # torchvision's layout: background first, then the classes (label + 1)
    logits = torch.cat([head_outputs[BACKGROUND_KEY], head_outputs["cls_logits"]], -1).float()
    regression = head_outputs["bbox_regression"].float()
    N, M, C = logits.shape
    anchors = anchors.float()
    box_losses = []
    classes = torch.zeros((N, M), dtype=torch.int64, device=logits.device)
    num_fg = 0
    for i, target in enumerate(targets):
        matched = ssd_match(target["boxes"], anchors, iou_threshold)
        fg = torch.where(matched >= 0)[0]
        num_fg += len(fg)
        gt = target["boxes"][matched[fg]].float()
        box_losses.append(
            F.smooth_l1_loss(regression[i, fg], coder.encode(gt, anchors[fg]), reduction="sum")
        )
        classes[i, fg] = target["labels"][matched[fg]].long() + 1
    ce = F.cross_entropy(logits.view(-1, C), classes.view(-1), reduction="none").view(N, M)
    positive = classes > 0
    negative = hard_negatives(ce, positive, neg_to_pos_ratio)
    n = max(1, num_fg)
    return {
        "bbox_regression": torch.stack(box_losses).sum() / n,
        "classification": (ce[positive].sum() + ce[negative].sum()) / n,
    }


__all__ = ["hard_negatives", "ssd_loss"]
