"""Suppression of duplicate detections: one dispatcher over eight methods.

:func:`suppress` returns the same :class:`Suppressed` tuple for every method, because Soft-NMS
and Matrix-NMS change scores and Weighted Box Fusion changes boxes. Results are sorted by score,
highest first.

Which one to pick (see docs/tasks/detection_ops.md):

- ``hard`` / ``class_aware``: greedy NMS (torchvision's kernels), the default for RetinaNet/FCOS;
  ``hard`` lets boxes of different labels suppress each other, ``class_aware`` does not.
- ``soft_linear`` / ``soft_gaussian``: Soft-NMS decays the scores of overlapping boxes instead of
  dropping them; better recall on crowded scenes, more low-score boxes out.
- ``diou``: greedy NMS whose overlap is IoU minus the normalised centre distance, so two boxes
  whose centres differ (side-by-side objects) survive.
- ``matrix``: SOLOv2's Matrix-NMS, every decay at once from the IoU matrix (no sequential loop).
- ``wbf``: Weighted Box Fusion, each cluster becomes its score-weighted mean box.
- ``topk``: no suppression, the highest scores only (for heads trained one-to-one).

Every method except ``hard`` works per label; pass ``labels=None`` for one class.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import NamedTuple

import torch
from torch import Tensor
from torchvision import ops


class Suppression(str, enum.Enum):
    """How detections that cover the same object are reduced to one."""

    HARD = "hard"
    CLASS_AWARE = "class_aware"
    SOFT_LINEAR = "soft_linear"
    SOFT_GAUSSIAN = "soft_gaussian"
    DIOU = "diou"
    MATRIX = "matrix"
    WBF = "wbf"
    TOPK = "topk"


class Decay(str, enum.Enum):
    """Matrix-NMS's decay function of the IoU."""

    LINEAR = "linear"
    GAUSSIAN = "gaussian"


class Suppressed(NamedTuple):
    """Kept detections, highest score first.

    Attributes:
        boxes: (D, 4) ``xyxy`` (WBF: the fused boxes).
        scores: (D,) scores (Soft-/Matrix-NMS: decayed; WBF: the cluster's mean score).
        labels: (D,) int64 labels.
        indices: (D,) int64 index into the input of each kept box (WBF: the cluster's best box).
    """

    boxes: Tensor
    scores: Tensor
    labels: Tensor
    indices: Tensor


#: Pairwise matrices up to this many entries are built whole; larger inputs go row by row or
#: in column chunks, so 10k boxes never allocate a 400 MB matrix.
MATRIX_LIMIT = 3000 * 3000


def _empty(boxes: Tensor, scores: Tensor) -> Suppressed:
    idx = torch.zeros(0, dtype=torch.int64, device=boxes.device)
    return Suppressed(boxes.new_zeros((0, 4)), scores.new_zeros((0,)), idx, idx.clone())


def _gather(boxes: Tensor, scores: Tensor, labels: Tensor, idx: Tensor) -> Suppressed:
    return Suppressed(boxes[idx], scores[idx], labels[idx], idx)


def _finish(res: Suppressed, score_threshold: float, max_detections: int | None) -> Suppressed:
    """Drops scores not above the threshold, sorts by score, keeps ``max_detections``."""
    keep = res.scores > score_threshold
    if not bool(keep.all()):
        res = Suppressed(*(t[keep] for t in res))
    order = torch.argsort(res.scores, descending=True, stable=True)
    if max_detections is not None:
        order = order[:max_detections]
    return Suppressed(*(t[order] for t in res))


def _hard(boxes, scores, labels, cfg) -> Suppressed:
    keep = ops.nms(boxes, scores, cfg["iou_threshold"])
    return _gather(boxes, scores, labels, keep)


def _class_aware(boxes, scores, labels, cfg) -> Suppressed:
    keep = ops.batched_nms(boxes, scores, labels, cfg["iou_threshold"])
    return _gather(boxes, scores, labels, keep)


def _topk(boxes, scores, labels, cfg) -> Suppressed:
    return _gather(boxes, scores, labels, torch.arange(len(scores), device=boxes.device))


def pairwise_iou(a: Tensor, b: Tensor) -> Tensor:
    """IoU of every box in ``a`` with every box in ``b``, in place on two (A, B) buffers.

    Same values as ``torchvision.ops.box_iou`` with fewer temporaries (it is the inner cost of
    every suppression method here).

    Shape:
        a (A, 4), b (B, 4) -> (A, B)
    """
    inter = torch.minimum(a[:, None, 2], b[None, :, 2])
    inter.sub_(torch.maximum(a[:, None, 0], b[None, :, 0])).clamp_(min=0)
    h = torch.minimum(a[:, None, 3], b[None, :, 3])
    h.sub_(torch.maximum(a[:, None, 1], b[None, :, 1])).clamp_(min=0)
    inter.mul_(h)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    torch.add(area_a[:, None], area_b[None, :], out=h)
    return inter.div_(h.sub_(inter))


def _edges(
    b: Tensor,
    labels: Tensor,
    pair_fn: Callable[[Tensor, Tensor], Tensor],
    threshold: float,
    forward_only: bool,
) -> tuple[Tensor, Tensor, Tensor]:
    """Sparse overlap graph: pairs ``(i, j)`` of the same label, ``i != j``, overlap > threshold.

    Built in row chunks of at most :data:`MATRIX_LIMIT` entries. ``forward_only`` keeps ``i < j``
    (boxes sorted by score: a better box pointing at a worse one). Edges come sorted by ``i``.

    Shape:
        b (B, 4), labels (B,) -> src (E,), dst (E,), overlap (E,)
    """
    n = len(b)
    step = max(1, MATRIX_LIMIT // max(n, 1))
    cols = torch.arange(n, device=b.device)
    src, dst, val = [], [], []
    for r0 in range(0, n, step):
        r1 = min(r0 + step, n)
        m = pair_fn(b[r0:r1], b)  # (c, B)
        rows = torch.arange(r0, r1, device=b.device)[:, None]
        sel = (m > threshold) & (labels[r0:r1, None] == labels[None, :])
        sel &= (rows < cols[None, :]) if forward_only else (rows != cols[None, :])
        nz = sel.nonzero()  # (e, 2), row-major so sorted by source
        src.append(nz[:, 0] + r0)
        dst.append(nz[:, 1])
        val.append(m[sel])
    return torch.cat(src), torch.cat(dst), torch.cat(val)


def _csr(src: Tensor, n: int) -> list[int]:
    """Offsets of each source's edges in a source-sorted edge list."""
    counts = torch.bincount(src, minlength=n)
    return [0, *torch.cumsum(counts, 0).tolist()]


#: Below this many decisions in a round, rounds cost more than a sequential step: switch.
_MIN_ROUND = 3


def _diou(boxes, scores, labels, cfg) -> Suppressed:
    """Greedy NMS with DIoU > threshold as the suppression test, per label.

    Decided in rounds over the sparse graph of better-box -> worse-box suppressions: a box is
    kept once every box that could suppress it is removed, removed once one of them is kept.
    Long suppression chains finish sequentially.
    """
    order = torch.argsort(scores, descending=True, stable=True)
    b, l = boxes[order].float(), labels[order]
    n = len(order)
    src, dst, _ = _edges(b, l, ops.distance_box_iou, cfg["iou_threshold"], forward_only=True)
    ptr = _csr(src, n)
    state = torch.zeros(n, dtype=torch.int8, device=b.device)  # 0 undecided, 1 kept, 2 removed
    s_, d_ = src, dst
    while True:
        und = state == 0
        e = und[d_] & (state[s_] != 2)
        s_, d_ = s_[e], d_[e]
        removed = torch.zeros(n, dtype=torch.bool, device=b.device)
        removed[d_[state[s_] == 1]] = True
        waiting = torch.zeros(n, dtype=torch.bool, device=b.device)
        waiting[d_[state[s_] == 0]] = True
        kept = und & ~removed & ~waiting
        state[removed] = 2
        state[kept] = 1
        decided = int(kept.sum()) + int(removed.sum())
        if decided == 0 or decided < _MIN_ROUND:
            break
    # boxes kept in the last round remove their children before the sequential finish
    from_kept = state[src] == 1
    state[dst[from_kept & (state[dst] == 0)]] = 2
    for i in torch.nonzero(state == 0).squeeze(1).tolist():
        if state[i] == 0:
            state[i] = 1
            children = dst[ptr[i] : ptr[i + 1]]
            state[children] = torch.where(state[children] == 0, 2, state[children]).to(state.dtype)
    idx = order[torch.nonzero(state == 1).squeeze(1)]
    return _gather(boxes, scores, labels, idx)


def _linear_decay(iou: Tensor, cfg) -> Tensor:
    return torch.where(iou > cfg["iou_threshold"], 1.0 - iou, torch.ones_like(iou))


def _gaussian_decay(iou: Tensor, cfg) -> Tensor:
    return torch.exp(-(iou * iou) / cfg["sigma"])


def _soft(decay_fn: Callable[[Tensor, dict], Tensor], min_overlap: Callable[[dict], float]):
    def run(boxes, scores, labels, cfg) -> Suppressed:
        """Soft-NMS: repeatedly take the best box and decay the others' scores by their IoU.

        Exact, but in rounds: a live box that beats every live neighbour in the overlap graph is
        taken by the sequential algorithm with its current score (only a neighbour's pick could
        change it, and neighbours only lose score), so all such boxes are taken at once and their
        decays applied together. Rounds that take few boxes (one dense cluster) switch to the
        sequential loop over the remaining boxes.
        """
        # Decayed scores never go below zero, so picking stops at the first max <= threshold.
        thr = max(float(cfg["score_threshold"]), 0.0)
        b = boxes.float()
        n = len(b)
        src, dst, iou = _edges(b, labels, pairwise_iou, min_overlap(cfg), forward_only=False)
        decay = decay_fn(iou, cfg)
        live = scores.float().clone()
        active = live > thr
        picked: list[Tensor] = []
        values: list[Tensor] = []
        s_, d_, v_ = src, dst, decay
        while True:
            e = active[s_] & active[d_]
            s_, d_, v_ = s_[e], d_[e], v_[e]
            ls, ld = live[s_], live[d_]
            beaten = torch.zeros(n, dtype=torch.bool, device=b.device)
            beaten[d_[(ls > ld) | ((ls == ld) & (s_ < d_))]] = True
            pick = torch.nonzero(active & ~beaten).squeeze(1)
            if len(pick) == 0:
                break
            picked.append(pick)
            values.append(live[pick])
            active[pick] = False
            m = ~active[s_] & active[d_]  # edges out of this round's picks
            live.scatter_reduce_(0, d_[m], v_[m], "prod")
            active &= live > thr
            if len(pick) < _MIN_ROUND:
                break
        rest = torch.nonzero(active).squeeze(1)
        if len(rest):
            idx, val = _soft_sequential(b[rest], labels[rest], live[rest], thr, decay_fn, cfg)
            picked.append(rest[idx])
            values.append(val)
        idx = torch.cat(picked) if picked else torch.zeros(0, dtype=torch.int64, device=b.device)
        new_scores = (torch.cat(values) if values else live[:0]).to(scores.dtype)
        return Suppressed(boxes[idx], new_scores, labels[idx], idx)

    return run


def _soft_sequential(b: Tensor, labels: Tensor, live: Tensor, thr: float, decay_fn, cfg):
    """Plain sequential Soft-NMS over few boxes (a precomputed decay matrix) or many (by row)."""
    n = len(b)
    full = n * n <= MATRIX_LIMIT
    if full:
        decay = decay_fn(pairwise_iou(b, b), cfg)
        decay = torch.where(labels[:, None] == labels[None, :], decay, torch.ones_like(decay))
        decay.fill_diagonal_(0.0)  # a picked box leaves the pool
    kept: list[int] = []
    values: list[float] = []
    for _ in range(n):
        v, i = live.max(0)
        v = float(v)
        if v <= thr:
            break
        i = int(i)
        kept.append(i)
        values.append(v)
        if full:
            live.mul_(decay[i])
        else:
            row = decay_fn(pairwise_iou(b[i : i + 1], b)[0], cfg)
            row = torch.where(labels == labels[i], row, torch.ones_like(row))
            row[i] = 0.0
            live.mul_(row)
    idx = torch.tensor(kept, dtype=torch.int64, device=b.device)
    return idx, torch.tensor(values, dtype=live.dtype, device=b.device)


def _matrix(boxes, scores, labels, cfg) -> Suppressed:
    """Matrix-NMS (SOLOv2): ``decay_j = min_i f(iou_ij) / f(comp_i)`` over better boxes ``i``.

    ``comp_i`` is the largest IoU of box ``i`` with a better box. Pairs that do not overlap give a
    ratio >= 1 and the best box's row gives <= 1, so only overlapping pairs (a sparse graph)
    matter: ``decay_j = min(1, min over overlapping better i)``.
    """
    order = torch.argsort(scores, descending=True, stable=True)
    b, s, l = boxes[order].float(), scores[order].float(), labels[order]
    n = len(b)
    src, dst, iou = _edges(b, l, pairwise_iou, 0.0, forward_only=True)
    comp = torch.zeros(n, device=b.device).scatter_reduce_(0, dst, iou, "amax")
    if Decay(cfg["matrix_decay"]) is Decay.LINEAR:
        ratio = (1.0 - iou) / (1.0 - comp[src]).clamp(min=1e-6)
    else:
        ratio = torch.exp(-(iou * iou - comp[src] ** 2) / cfg["sigma"])
    coeff = torch.ones(n, device=b.device).scatter_reduce_(0, dst, ratio, "amin")
    new_scores = (s * coeff).to(scores.dtype)
    return Suppressed(boxes[order], new_scores, labels[order], order)


def _wbf(boxes, scores, labels, cfg) -> Suppressed:
    """Weighted Box Fusion: clusters around greedy-NMS leaders, fused by score-weighted mean.

    A box joins the same-label leader it overlaps most (leaders are the boxes class-aware hard
    NMS keeps, so every other box overlaps at least one above the threshold). The cluster's box
    is the score-weighted mean of its members, its score their mean score.
    """
    leaders = ops.batched_nms(boxes, scores, labels, cfg["iou_threshold"])
    b, s = boxes.float(), scores.float()
    n, k = len(b), len(leaders)
    lb, ll = b[leaders], labels[leaders]
    assign = torch.empty(n, dtype=torch.int64, device=b.device)
    step = max(1, MATRIX_LIMIT // max(k, 1))
    for j0 in range(0, n, step):
        j1 = min(j0 + step, n)
        iou = pairwise_iou(lb, b[j0:j1])  # (K, c)
        iou = torch.where(ll[:, None] == labels[None, j0:j1], iou, torch.full_like(iou, -1.0))
        assign[j0:j1] = iou.argmax(dim=0)
    assign[leaders] = torch.arange(k, device=b.device)  # ties between identical leaders
    weight_sum = torch.zeros(k, device=b.device).index_add_(0, assign, s)
    count = torch.zeros(k, device=b.device).index_add_(0, assign, torch.ones_like(s))
    fused = torch.zeros(k, 4, device=b.device).index_add_(0, assign, b * s[:, None])
    fused = fused / weight_sum.clamp(min=1e-12)[:, None]
    return Suppressed(fused.to(boxes.dtype), (weight_sum / count).to(scores.dtype), ll, leaders)


METHODS: dict[Suppression, Callable[..., Suppressed]] = {
    Suppression.HARD: _hard,
    Suppression.CLASS_AWARE: _class_aware,
    Suppression.SOFT_LINEAR: _soft(_linear_decay, lambda cfg: cfg["iou_threshold"]),
    Suppression.SOFT_GAUSSIAN: _soft(_gaussian_decay, lambda cfg: 0.0),
    Suppression.DIOU: _diou,
    Suppression.MATRIX: _matrix,
    Suppression.WBF: _wbf,
    Suppression.TOPK: _topk,
}

#: Methods whose output scores are the input scores of kept boxes: the score threshold can be
#: applied before suppressing (less work, same result).
_PREFILTER = {Suppression.HARD, Suppression.CLASS_AWARE, Suppression.DIOU, Suppression.TOPK}


def suppress(
    boxes: Tensor,
    scores: Tensor,
    labels: Tensor | None = None,
    method: Suppression | str = Suppression.CLASS_AWARE,
    *,
    iou_threshold: float = 0.5,
    score_threshold: float = 0.0,
    max_detections: int | None = None,
    sigma: float = 0.5,
    matrix_decay: Decay | str = Decay.GAUSSIAN,
) -> Suppressed:
    """Reduces overlapping detections with the chosen method.

    Args:
        boxes: ``xyxy`` boxes.
        scores: non-negative scores (probabilities).
        labels: class per box; ``None`` treats all boxes as one class.
        method: a :class:`Suppression` (or its value).
        iou_threshold: overlap above which a box is suppressed (hard, class-aware, DIoU), decayed
            (Soft-NMS linear) or joins a cluster (WBF). Unused by Matrix-NMS, Gaussian Soft-NMS
            and top-k.
        score_threshold: boxes whose (decayed) score is not above this are dropped.
        max_detections: keep at most this many (``None``: all).
        sigma: Gaussian decay ``exp(-iou ** 2 / sigma)`` of Soft-NMS and Matrix-NMS.
        matrix_decay: Matrix-NMS's decay function.

    Shape:
        boxes (B, 4), scores (B,), labels (B,) -> :class:`Suppressed` with D <= B rows.

    Example:
        >>> boxes = torch.tensor([[0.0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60]])
        >>> scores = torch.tensor([0.9, 0.8, 0.7])
        >>> suppress(boxes, scores, method="hard").indices
        tensor([0, 2])
        >>> suppress(boxes, scores, method="soft_gaussian").scores
        tensor([0.9000, 0.7000, 0.3167])
    """
    try:
        method = Suppression(method)
    except ValueError:
        choices = ", ".join(m.value for m in Suppression)
        raise ValueError(
            f"unknown suppression method {method!r}; choose one of: {choices}"
        ) from None
    try:
        matrix_decay = Decay(matrix_decay)
    except ValueError:
        choices = ", ".join(m.value for m in Decay)
        raise ValueError(
            f"unknown matrix_decay {matrix_decay!r}; choose one of: {choices}"
        ) from None
    if boxes.ndim != 2 or boxes.shape[-1] != 4 or scores.shape != boxes.shape[:1]:
        raise ValueError(
            f"expected boxes (B, 4) and scores (B,), got {tuple(boxes.shape)} and {tuple(scores.shape)}"
        )
    if labels is None:
        labels = torch.zeros(len(scores), dtype=torch.int64, device=boxes.device)
    labels = labels.to(torch.int64)
    index = None
    if method in _PREFILTER:
        index = torch.nonzero(scores > score_threshold).squeeze(1)
        boxes, scores, labels = boxes[index], scores[index], labels[index]
    if len(scores) == 0:
        return _empty(boxes, scores)
    cfg = {
        "iou_threshold": float(iou_threshold),
        "score_threshold": float(score_threshold),
        "sigma": float(sigma),
        "matrix_decay": matrix_decay,
    }
    res = _finish(METHODS[method](boxes, scores, labels, cfg), score_threshold, max_detections)
    if index is not None:
        res = res._replace(indices=index[res.indices])
    return res


__all__ = [
    "MATRIX_LIMIT",
    "METHODS",
    "Decay",
    "Suppressed",
    "Suppression",
    "pairwise_iou",
    "suppress",
]
