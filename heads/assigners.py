"""Target assignment for the YOLO-style and SSD heads (the RetinaNet, ATSS and FCOS rules are
in :mod:`heads.matching`).

- :func:`task_aligned_assign`: TOOD's task-aligned assigner as YOLOv8 uses it. Each object
  takes the ``topk`` locations inside it with the highest alignment ``s^alpha * IoU^beta`` (the
  predicted score of its class times the overlap of the predicted box, CIoU at least 0 as
  YOLOv8 measures it), a location claimed by several objects keeps the one its predicted box
  overlaps most, and each positive's soft class target is its alignment normalised so that an
  object's best location gets that object's best overlap.
- :func:`ssd_match`: SSD's matcher (torchvision's ``SSDMatcher``): default boxes with IoU of
  at least a threshold, and each object's best default box whatever its IoU.

Both return ``matched (M,)`` int64: a ground-truth index, or ``-1`` for background.

Example:
    >>> points = torch.tensor([[4.0, 4.0], [12.0, 4.0], [40.0, 40.0]])
    >>> pred = torch.tensor([[0.0, 0, 10, 10], [0, 0, 16, 10], [30, 30, 50, 50]])
    >>> scores = torch.full((3, 2), 0.5)
    >>> gt, labels = torch.tensor([[0.0, 0, 16, 10]]), torch.tensor([1])
    >>> matched, target = task_aligned_assign(scores, pred, points, gt, labels, topk=1)
    >>> matched.tolist(), [round(v, 3) for v in target.tolist()]
    ([-1, 0, -1], [0.0, 1.0, 0.0])
"""

from __future__ import annotations

import torch
from torch import Tensor
from torchvision import ops

from heads.matching import BELOW_LOW


def points_inside(points: Tensor, boxes: Tensor, eps: float = 1e-9) -> Tensor:
    """Whether each point lies strictly inside each box.

    Shape:
        points (M, 2), boxes (G, 4) -> (G, M) bool
    """
    x, y = points[None, :, 0], points[None, :, 1]  # (1, M)
    # (G, 1) box edges against (1, M) points -> (G, M, 4) distances to the four edges
    dist = torch.stack(
        (x - boxes[:, 0:1], y - boxes[:, 1:2], boxes[:, 2:3] - x, boxes[:, 3:4] - y), dim=2
    )
    return dist.amin(dim=2) > eps


def task_aligned_assign(
    scores: Tensor,
    pred_boxes: Tensor,
    points: Tensor,
    gt_boxes: Tensor,
    gt_labels: Tensor,
    *,
    topk: int = 10,
    alpha: float = 0.5,
    beta: float = 6.0,
    eps: float = 1e-9,
) -> tuple[Tensor, Tensor]:
    """The task-aligned assignment of one image (TOOD; YOLOv8's settings by default).

    Args:
        scores: predicted class probabilities (sigmoid), detached.
        pred_boxes: predicted boxes ``xyxy`` pixels, detached.
        points: each location's centre in pixels.
        gt_boxes: the objects' boxes; gt_labels: their classes.
        topk: candidates per object.
        alpha, beta: exponents of the score and the IoU in the alignment metric.

    Returns:
        ``matched (M,)`` (object index or ``-1``) and ``target (M,)``, the soft target of the
        matched object's class (0 for background).

    Shape:
        scores (M, K), pred_boxes (M, 4), points (M, 2), gt_boxes (G, 4), gt_labels (G,)
        -> matched (M,), target (M,)
    """
    M, G = len(points), len(gt_boxes)
    matched = torch.full((M,), BELOW_LOW, dtype=torch.int64, device=points.device)
    target = points.new_zeros((M,), dtype=torch.float32)
    if G == 0 or M == 0:
        return matched, target
    gt_boxes, pred_boxes = gt_boxes.float(), pred_boxes.float()
    inside = points_inside(points.float(), gt_boxes, eps)  # (G, M)
    # YOLOv8 measures the overlap by CIoU (IoU less centre distance and aspect terms), at least 0
    iou = ops.complete_box_iou(gt_boxes, pred_boxes).clamp(min=0) * inside  # (G, M)
    class_scores = scores.float().index_select(1, gt_labels.long()).T  # (M, G) -> (G, M)
    align = class_scores.pow(alpha) * iou.pow(beta) * inside  # (G, M)
    # the topk locations of each object by alignment; those outside it are dropped below
    top = align.topk(min(topk, M), dim=1).indices  # (G, k)
    positive = torch.zeros_like(inside).scatter_(1, top, True) & inside  # (G, M)
    # a location several objects claim keeps the one its predicted box overlaps most
    claimed = positive.sum(dim=0)  # (M,)
    best = iou.argmax(dim=0)  # (M,)
    several = claimed > 1
    positive[:, several] = False
    positive[best[several], several.nonzero().squeeze(1)] = True
    fg = positive.any(dim=0)  # (M,)
    matched[fg] = positive.float().argmax(dim=0)[fg]
    # soft targets: alignment scaled so each object's best location reaches its best overlap
    align = align * positive
    scale = (iou * positive).amax(dim=1, keepdim=True) / (align.amax(dim=1, keepdim=True) + eps)
    target = (align * scale).amax(dim=0)  # (G, M) -> (M,)
    return matched, target


def ssd_match(gt_boxes: Tensor, anchors: Tensor, iou_threshold: float = 0.5) -> Tensor:
    """SSD's matching of one image: torchvision's ``SSDMatcher`` (``Matcher(t, t)`` plus each
    object's best default box, which takes that object even when another claims it).

    Shape:
        gt_boxes (G, 4), anchors (M, 4) -> (M,) int64

    Example:
        >>> anchors = torch.tensor([[0.0, 0, 10, 10], [0, 0, 9, 10], [50, 50, 60, 60]])
        >>> ssd_match(torch.tensor([[0.0, 0, 10, 10], [48.0, 48, 70, 70]]), anchors).tolist()
        [0, 0, 1]
    """
    M = len(anchors)
    if len(gt_boxes) == 0:
        return torch.full((M,), BELOW_LOW, dtype=torch.int64, device=anchors.device)
    quality = ops.box_iou(gt_boxes.float(), anchors.float())  # (G, M)
    values, matched = quality.max(dim=0)
    matched[values < iou_threshold] = BELOW_LOW
    best = quality.argmax(dim=1)  # (G,): each object's best default box
    matched[best] = torch.arange(len(best), device=anchors.device)
    return matched


__all__ = ["points_inside", "ssd_match", "task_aligned_assign"]
