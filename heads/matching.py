"""Target assignment: which ground-truth box each anchor (or point) learns.

Three rules, each returning ``matched (M,)`` int64: a ground-truth index, or a negative code.

- :class:`Matcher`: IoU thresholds (RetinaNet, Faster R-CNN), equal to torchvision's ``Matcher``;
  ``BELOW_LOW = -1`` is background, ``BETWEEN = -2`` is ignored by the loss.
- :func:`atss_assign`: ATSS (Zhang et al. 2020), the ``topk`` anchors per level closest to each
  box, kept when their IoU reaches that box's mean + std and their centre lies inside it.
- :func:`fcos_assign`: FCOS points inside a box (and within a centre radius), on the level whose
  size range holds the box's largest regression distance; ties go to the smallest box.

Example:
    >>> anchors = torch.tensor([[0.0, 0, 10, 10], [0, 0, 15, 15], [50, 50, 60, 60]])
    >>> gt = torch.tensor([[0.0, 0, 10, 11]])
    >>> Matcher(0.5, 0.4)(gt, anchors)
    tensor([ 0, -2, -1])
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import Tensor
from torchvision import ops

BELOW_LOW = -1
BETWEEN = -2


class Matcher:
    """IoU matcher with high/low thresholds (torchvision's ``det_utils.Matcher`` semantics).

    Args:
        high_threshold: IoU at or above which an anchor is foreground.
        low_threshold: IoU below which it is background; in between it is ignored (``-2``).
        allow_low_quality_matches: also match, for each box, the anchors with its highest IoU
            (ties included), even below the threshold, so every box gets an anchor.

    Shape:
        call with boxes (G, 4) and anchors (M, 4), or :meth:`match` with a quality matrix (G, M)
        -> (M,) int64.
    """

    BELOW_LOW = BELOW_LOW
    BETWEEN = BETWEEN

    def __init__(
        self, high_threshold: float, low_threshold: float, allow_low_quality_matches: bool = False
    ):
        if low_threshold > high_threshold:
            raise ValueError(
                f"low_threshold ({low_threshold}) must be <= high_threshold ({high_threshold})"
            )
        self.high_threshold = high_threshold
        self.low_threshold = low_threshold
        self.allow_low_quality_matches = allow_low_quality_matches

    def __call__(self, boxes: Tensor, anchors: Tensor) -> Tensor:
        """Matches anchors to boxes by IoU; no boxes gives all background."""
        if len(boxes) == 0:
            return torch.full((len(anchors),), BELOW_LOW, dtype=torch.int64, device=anchors.device)
        return self.match(ops.box_iou(boxes.float(), anchors.float()))

    def match(self, quality: Tensor) -> Tensor:
        """Matches from a (G, M) quality matrix (ground truth x anchors)."""
        G, M = quality.shape
        if G == 0 or M == 0:
            return torch.full((M,), BELOW_LOW, dtype=torch.int64, device=quality.device)
        vals, matches = quality.max(dim=0)
        best = matches.clone()
        matches[vals < self.low_threshold] = BELOW_LOW
        matches[(vals >= self.low_threshold) & (vals < self.high_threshold)] = BETWEEN
        if self.allow_low_quality_matches:
            highest = quality.max(dim=1).values  # (G,)
            _, anchor_idx = torch.nonzero(quality == highest[:, None], as_tuple=True)
            matches[anchor_idx] = best[anchor_idx]
        return matches


def _centres(boxes: Tensor) -> Tensor:
    return (boxes[..., :2] + boxes[..., 2:]) / 2


def atss_assign(
    anchors: Tensor, num_anchors_per_level: Sequence[int], boxes: Tensor, topk: int = 9
) -> Tensor:
    """ATSS: adaptive IoU threshold per box from its closest anchors on every level.

    Args:
        anchors: (M, 4) anchors of all levels, concatenated level by level.
        num_anchors_per_level: M_l per level (sums to M).
        boxes: (G, 4) ground-truth boxes.
        topk: candidates per level per box (fewer where a level has fewer anchors).

    Returns:
        (M,) int64: the matched box, or ``-1`` for background. An anchor that qualifies for
        several boxes takes the one it overlaps most.

    Example:
        >>> anchors = torch.tensor([[0.0, 0, 8, 8], [20, 20, 28, 28], [0, 0, 16, 16]])
        >>> atss_assign(anchors, [2, 1], torch.tensor([[0.0, 0, 14, 14]]), topk=2)
        tensor([-1, -1,  0])
    """
    M = len(anchors)
    out = torch.full((M,), BELOW_LOW, dtype=torch.int64, device=anchors.device)
    if len(boxes) == 0 or M == 0:
        return out
    anchors, boxes = anchors.float(), boxes.float()
    iou = ops.box_iou(anchors, boxes)  # (M, G)
    dist = torch.cdist(_centres(anchors), _centres(boxes))  # (M, G)
    candidates = []
    start = 0
    for count in num_anchors_per_level:
        if count > 0:
            k = min(topk, count)
            idx = dist[start : start + count].topk(k, dim=0, largest=False).indices  # (k, G)
            candidates.append(idx + start)
        start += count
    cand = torch.cat(candidates, dim=0)  # (C, G)
    cand_iou = iou.gather(0, cand)  # (C, G)
    std = cand_iou.std(dim=0) if len(cand) > 1 else torch.zeros_like(cand_iou[0])
    threshold = cand_iou.mean(dim=0) + std  # (G,)
    positive = cand_iou >= threshold[None, :]
    # the candidate's centre must lie inside the box
    ctr = _centres(anchors)[cand]  # (C, G, 2)
    inside = (ctr[..., 0] > boxes[None, :, 0]) & (ctr[..., 0] < boxes[None, :, 2])
    inside &= (ctr[..., 1] > boxes[None, :, 1]) & (ctr[..., 1] < boxes[None, :, 3])
    positive &= inside
    # among the boxes an anchor is positive for, keep the highest IoU
    score = torch.full_like(iou, -1.0)
    gt_idx = torch.arange(len(boxes), device=anchors.device).expand_as(cand)
    score[cand[positive], gt_idx[positive]] = iou[cand[positive], gt_idx[positive]]
    best, arg = score.max(dim=1)
    out[best >= 0] = arg[best >= 0]
    return out


def fcos_size_ranges(
    num_levels: int, min_size: float = 20.0, max_size: float = 120.0
) -> tuple[tuple[float, float], ...]:
    """Per-level ranges of the largest regression distance, spreading objects over levels.

    An object of side ``s`` has its largest distance near ``s / 2`` at its centre; the range
    ``[min_size / 2, max_size / 2]`` is split evenly in log space, the first level open below and
    the last open above. (torchvision's FCOS uses ``[4, 8]`` anchor sizes per level, tuned for
    COCO's 800 px images: on small images it puts nearly everything on the first level.)

    Example:
        >>> [tuple(round(v, 1) for v in r) for r in fcos_size_ranges(3, 20, 120)]
        [(0.0, 18.2), (18.2, 33.0), (33.0, inf)]
    """
    if num_levels < 1:
        raise ValueError(f"num_levels must be >= 1, got {num_levels}")
    lo, hi = math.log(min_size / 2), math.log(max_size / 2)
    cuts = [math.exp(lo + (hi - lo) * i / num_levels) for i in range(1, num_levels)]
    edges = [0.0, *cuts, math.inf]
    return tuple((edges[i], edges[i + 1]) for i in range(num_levels))


def fcos_assign(
    anchors: Tensor,
    num_anchors_per_level: Sequence[int],
    boxes: Tensor,
    center_sampling_radius: float = 1.5,
    size_ranges: Sequence[tuple[float, float]] | None = None,
) -> Tensor:
    """FCOS assignment (torchvision's ``FCOS.compute_loss`` rule, ranges configurable).

    Args:
        anchors: (M, 4) one square anchor per point, one stride wide, levels concatenated.
        num_anchors_per_level: M_l per level.
        boxes: (G, 4) ground truth.
        center_sampling_radius: a point matches when its centre is within this many strides of the
            box centre (and inside the box).
        size_ranges: ``(low, high)`` per level of the largest ``l, t, r, b`` distance in pixels;
            ``None``: torchvision's ``(4, 8)`` strides, first level from 0, last level to inf.

    Returns:
        (M,) int64: matched box (the smallest-area one on ties) or ``-1``.
    """
    M = len(anchors)
    if len(boxes) == 0 or M == 0:
        return torch.full((M,), BELOW_LOW, dtype=torch.int64, device=anchors.device)
    anchors, boxes = anchors.float(), boxes.float()
    centres = _centres(anchors)  # (M, 2)
    sizes = anchors[:, 2] - anchors[:, 0]  # (M,)
    match = (centres[:, None, :] - _centres(boxes)[None, :, :]).abs().amax(dim=2)
    match = match < center_sampling_radius * sizes[:, None]  # (M, G)
    x, y = centres[:, 0:1], centres[:, 1:2]  # (M, 1)
    dist = torch.stack([x - boxes[:, 0], y - boxes[:, 1], boxes[:, 2] - x, boxes[:, 3] - y], dim=2)
    match &= dist.amin(dim=2) > 0  # (M, G, 4) -> (M, G)
    if size_ranges is None:
        lower, upper = sizes * 4, sizes * 8
        lower[: num_anchors_per_level[0]] = 0
        upper[M - num_anchors_per_level[-1] :] = math.inf
    else:
        if len(size_ranges) != len(num_anchors_per_level):
            raise ValueError(
                f"size_ranges needs one (low, high) per level: {len(num_anchors_per_level)} levels, "
                f"got {len(size_ranges)}"
            )
        counts = torch.tensor(list(num_anchors_per_level), device=anchors.device)
        ranges = torch.tensor(
            [list(r) for r in size_ranges], dtype=torch.float32, device=anchors.device
        )
        lower, upper = ranges.repeat_interleave(counts, dim=0).unbind(1)  # (L, 2) -> (M,) x 2
    largest = dist.amax(dim=2)  # (M, G)
    match &= (largest > lower[:, None]) & (largest < upper[:, None])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    # smallest box wins: score = 1e8 - area where matched (torchvision's tie rule)
    score = match.float() * (1e8 - areas[None, :])
    best, idx = score.max(dim=1)
    idx[best < 1e-5] = BELOW_LOW
    return idx


__all__ = ["BELOW_LOW", "BETWEEN", "Matcher", "atss_assign", "fcos_assign", "fcos_size_ranges"]
