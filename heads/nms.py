"""Suppression of duplicate detections: one dispatcher over nine methods.

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
- ``matrix``: SOLOv2's Matrix-NMS, every decay at once from the pairwise IoUs (no sequential
  loop).
- ``wbf``: Weighted Box Fusion with the reference implementation's semantics (each box joins
  the cluster whose running fused box it overlaps most), each cluster becomes its score-weighted
  mean box; :func:`weighted_boxes_fusion` fuses several models' lists with weights.
- ``topk``: no suppression, the highest scores only (for heads trained one-to-one).
- ``wbf_nms``: WBF over NMS clusters (a box joins the NMS leader it overlaps most): vectorised,
  several times faster than ``wbf``, not the reference's clusters.

Every method except ``hard`` works per label; pass ``labels=None`` for one class.

Speed: pairwise work goes only where boxes can interact. An overlap sweep (boxes sorted by left
edge, labels apart) lists the pairs that overlap, so DIoU-NMS, Matrix-NMS and ``wbf_nms`` work
on a sparse pair list; ``wbf`` places every label's ``t``-th box at step ``t``; Soft-NMS runs
the labels (linear decay: the overlap components) side by side in padded ``(G, S, S)`` blocks, one vectorised step per pick of every group at once. Class-aware
NMS over more than :data:`BATCHED_NMS_BOXES` boxes runs its labels side by side in the same
blocks too, where torchvision's ``batched_nms`` would loop over them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

import torch
from torch import Tensor
from torchvision import ops

from heads.params import Decay, Suppression, WBFConf, parse_choice


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


#: Dense pairwise blocks (Soft-NMS, DIoU-NMS with a negative threshold) hold at most this many
#: entries: groups of similar sizes share a ``(G, S, S)`` block; one group with ``S * S`` above
#: it goes in row chunks (Soft-NMS: one row per pick), so 10k boxes of one label never allocate
#: a 400 MB matrix.
MATRIX_LIMIT = 3000 * 3000

#: torch's parallel grain: element-wise ops on fewer elements run on the calling thread.
SERIAL_ENTRIES = 32768

#: Candidate pairs of the overlap sweep are processed this many at a time (below the parallel
#: grain, for the same reason).
PAIR_CHUNK = SERIAL_ENTRIES


def _empty(boxes: Tensor, scores: Tensor) -> Suppressed:
    idx = torch.zeros(0, dtype=torch.int64, device=boxes.device)
    return Suppressed(boxes.new_zeros((0, 4)), scores.new_zeros((0,)), idx, idx.clone())


def _rows(t: Tensor, idx: Tensor) -> Tensor:
    """``t[idx]`` for an integer index of any shape, through ``index_select``: advanced indexing
    of a 2-D tensor starts the thread pool however small it is, which on a busy machine costs
    milliseconds per call.

    Shape:
        t (B, ...), idx (...) -> (*idx.shape, ...)
    """
    return t.index_select(0, idx.reshape(-1)).view(*idx.shape, *t.shape[1:])


def _nonzero(mask: Tensor) -> Tensor:
    """Positions where a 1-D mask is true (select with :func:`_rows`, not ``t[mask]``)."""
    return torch.nonzero(mask).squeeze(1)


def _gather(boxes: Tensor, scores: Tensor, labels: Tensor, idx: Tensor) -> Suppressed:
    return Suppressed(_rows(boxes, idx), _rows(scores, idx), _rows(labels, idx), idx)


def _finish(res: Suppressed, score_threshold: float, max_detections: int | None) -> Suppressed:
    """Drops scores not above the threshold, sorts by score, keeps ``max_detections``."""
    keep = res.scores > score_threshold
    if not bool(keep.all()):
        keep = torch.nonzero(keep).squeeze(1)
        res = Suppressed(*(_rows(t, keep) for t in res))
    order = torch.argsort(res.scores, descending=True, stable=True)
    if max_detections is not None:
        order = order[:max_detections]
    return Suppressed(*(_rows(t, order) for t in res))


def _hard(boxes, scores, labels, cfg) -> Suppressed:
    keep = ops.nms(boxes, scores, cfg["iou_threshold"])
    return _gather(boxes, scores, labels, keep)


#: Up to this many boxes, class-aware NMS is torchvision's ``batched_nms`` (one ``nms`` over
#: label-offset boxes); above it torchvision loops over labels on a CPU, and the labels are run
#: side by side in padded blocks instead (:func:`_greedy_blocks`).
BATCHED_NMS_BOXES = 1000


#: Labels with more boxes than this run torchvision's kernel one by one: the block iteration's
#: ``S x S`` work per step outgrows the per-label call it saves.
BLOCK_LABEL_BOXES = 128

#: Steps of the block iteration before a block falls back to the sequential kernel (each step
#: settles one link of the longest chain of suppressions; real detections need a few).
GREEDY_STEPS = 32


def _class_aware(boxes, scores, labels, cfg) -> Suppressed:
    if len(boxes) <= BATCHED_NMS_BOXES or boxes.device.type != "cpu":
        keep = ops.batched_nms(boxes, scores, labels, cfg["iou_threshold"])
        return _gather(boxes, scores, labels, keep)
    order, b, lab = _sorted(boxes, scores, labels)
    keep = _greedy_blocks(b, _rows(scores, order), lab, cfg["iou_threshold"])
    return _gather(boxes, scores, labels, _rows(order, _nonzero(keep)))


def _greedy_blocks(b: Tensor, s: Tensor, labels: Tensor, thr: float) -> Tensor:
    """Greedy NMS per label, every label of a block at once; boxes in score order.

    Within a label, box ``j`` is kept when no kept box before it overlaps it by more than
    ``thr``. With ``S[i, j]`` "``i`` comes first and overlaps ``j``", the kept set is the fixed
    point of ``keep_j = not any_i(keep_i and S[i, j])`` iterated from "all kept" (Cluster-NMS,
    Zheng et al. 2020): the boxes' chains of suppression are settled one link per step, so it
    ends with exactly the greedy result, in as many steps as the longest chain; a block whose
    chains are longer than :data:`GREEDY_STEPS` runs torchvision's kernel instead. IoUs are
    computed in the same order of operations as torchvision's kernel, so thresholds compare the
    same numbers.

    Shape:
        b (B, 4) in score order, s (B,), labels (B,) -> keep (B,) bool
    """
    keep = torch.zeros(len(b), dtype=torch.bool, device=b.device)
    for block in _label_blocks(labels):
        G, S = block.shape
        if S > BLOCK_LABEL_BOXES or G * S * S > MATRIX_LIMIT:  # large labels: one by one
            _greedy_rows(b, s, block, thr, keep)
            continue
        valid = block >= 0
        bb = _rows(b, block.clamp(min=0))  # (G, S, 4)
        over = pairwise_iou(bb, bb).gt_(thr).logical_and_(_upper(block, 0, S))  # (G, S, S)
        alive = valid
        for _ in range(GREEDY_STEPS):
            hit = over.logical_and(alive[:, :, None]).any(dim=1)  # (G, S): suppressed by a keeper
            nxt = valid & ~hit
            if torch.equal(nxt, alive):
                keep[_rows(block.reshape(-1), _nonzero(alive.reshape(-1)))] = True
                break
            alive = nxt
        else:  # a long chain of suppressions: torchvision's sequential kernel instead
            _greedy_rows(b, s, block, thr, keep)
    return keep


def _greedy_rows(b: Tensor, s: Tensor, block: Tensor, thr: float, keep: Tensor) -> None:
    """torchvision's NMS on each label (row) of a block, marking the kept boxes in ``keep``."""
    for row in block:
        pos = _rows(row, _nonzero(row >= 0))
        keep[_rows(pos, ops.nms(_rows(b, pos), _rows(s, pos), thr))] = True


def _topk(boxes, scores, labels, cfg) -> Suppressed:
    return _gather(boxes, scores, labels, torch.arange(len(scores), device=boxes.device))


def pairwise_iou(a: Tensor, b: Tensor) -> Tensor:
    """IoU of every box in ``a`` with every box in ``b``, in place on two (..., A, B) buffers.

    Same values as ``torchvision.ops.box_iou`` with fewer temporaries (it is the inner cost of
    every suppression method here), and batched over leading dimensions.

    Shape:
        a (..., A, 4), b (..., B, 4) -> (..., A, B)

    Example:
        >>> a = torch.tensor([[0.0, 0, 10, 10]])
        >>> pairwise_iou(a, torch.tensor([[0.0, 0, 10, 10], [5, 0, 15, 10]]))
        tensor([[1.0000, 0.3333]])
    """
    inter = torch.minimum(a[..., :, None, 2], b[..., None, :, 2])
    inter = inter.sub_(torch.maximum(a[..., :, None, 0], b[..., None, :, 0])).clamp_(min=0)
    h = torch.minimum(a[..., :, None, 3], b[..., None, :, 3])
    h = h.sub_(torch.maximum(a[..., :, None, 1], b[..., None, :, 1])).clamp_(min=0)
    inter = inter.mul_(h)
    area_a = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1])
    area_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    union = torch.add(area_a[..., :, None], area_b[..., None, :]).sub_(inter)
    return inter.div_(union)


def pairwise_diou(a: Tensor, b: Tensor) -> Tensor:
    """Distance-IoU: IoU minus the squared centre distance over the enclosing box's diagonal.

    Same values as ``torchvision.ops.distance_box_iou`` (its ``eps`` included), batched over
    leading dimensions.

    Shape:
        a (..., A, 4), b (..., B, 4) -> (..., A, B)

    Example:
        >>> a = torch.tensor([[0.0, 0, 10, 10]])
        >>> pairwise_diou(a, torch.tensor([[4.0, 0, 14, 10]]))
        tensor([[0.3745]])
    """
    iou = pairwise_iou(a, b)
    centre_a = (a[..., :2] + a[..., 2:]) / 2  # (..., A, 2)
    centre_b = (b[..., :2] + b[..., 2:]) / 2
    dx = centre_a[..., :, None, 0] - centre_b[..., None, :, 0]  # (..., A, B)
    dy = centre_a[..., :, None, 1] - centre_b[..., None, :, 1]
    cw = torch.maximum(a[..., :, None, 2], b[..., None, :, 2])
    cw = cw.sub_(torch.minimum(a[..., :, None, 0], b[..., None, :, 0]))
    ch = torch.maximum(a[..., :, None, 3], b[..., None, :, 3])
    ch = ch.sub_(torch.minimum(a[..., :, None, 1], b[..., None, :, 1]))
    diagonal = cw.square_().add_(ch.square_()).add_(1e-7)
    return iou.sub_(dx.square_().add_(dy.square_()).div_(diagonal))


def _label_blocks(labels: Tensor) -> list[Tensor]:
    """Positions of each label's elements, ascending, as rows of padded blocks.

    Labels of similar sizes (within 2x) share a ``(G, S)`` block padded with -1, so that a
    method works on all their pairs at once as ``(G, S, S)`` tensors; a block holds at most
    :data:`MATRIX_LIMIT` pair entries unless it is a single label.

    Shape:
        labels (B,) -> blocks [(G, S)], every position 0..B-1 once
    """
    n = len(labels)
    pos = torch.argsort(labels, stable=True)  # grouped by label, ascending inside a group
    _, counts = torch.unique_consecutive(_rows(labels, pos), return_counts=True)
    starts = torch.cumsum(counts, 0) - counts
    by_size = torch.argsort(counts, descending=True, stable=True)
    counts, starts = _rows(counts, by_size), _rows(starts, by_size)
    sizes = counts.tolist()
    blocks = []
    g0 = 0
    while g0 < len(sizes):
        S = sizes[g0]
        g1 = g0 + 1
        while g1 < len(sizes) and (g1 - g0 + 1) * S * S <= MATRIX_LIMIT and 2 * sizes[g1] > S:
            g1 += 1
        col = torch.arange(S, device=labels.device)
        at = starts[g0:g1, None] + col  # (G, S) positions in pos
        inside = col < counts[g0:g1, None]
        blocks.append(torch.where(inside, _rows(pos, at.clamp(max=n - 1)), -1))
        g0 = g1
    return blocks


def _pair_chunks(b: Tensor, block: Tensor, pair_fn: Callable[[Tensor, Tensor], Tensor]):
    """Yields ``(r0, r1, m)`` with ``m = pair_fn`` of the block's rows ``r0:r1`` and all its
    columns, chunked so that ``m`` has at most :data:`MATRIX_LIMIT` entries (one chunk for a
    block that fits).

    Shape:
        b (B, 4), block (G, S) -> m (G, r1 - r0, S)
    """
    G, S = block.shape
    bb = _rows(b, block.clamp(min=0))  # (G, S, 4)
    step = max(1, MATRIX_LIMIT // max(G * S, 1))
    for r0 in range(0, S, step):
        r1 = min(S, r0 + step)
        yield r0, r1, pair_fn(bb[:, r0:r1], bb)


def _upper(block: Tensor, r0: int, r1: int) -> Tensor:
    """Mask of pairs (row i, column j) of real elements with ``i < j``.

    Shape:
        block (G, S) -> (G, r1 - r0, S)
    """
    valid = block >= 0
    rows = torch.arange(r0, r1, device=block.device)[:, None]
    cols = torch.arange(block.shape[1], device=block.device)[None, :]
    return (rows < cols) & valid[:, r0:r1, None] & valid[:, None, :]


def _sorted(boxes: Tensor, scores: Tensor, labels: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """Score order (highest first, ties by index), boxes and labels in that order."""
    order = torch.argsort(scores, descending=True, stable=True)
    dtype = torch.promote_types(boxes.dtype, torch.float32)
    return order, _rows(boxes, order).to(dtype), _rows(labels, order)


def _overlap_pairs(
    b: Tensor, labels: Tensor, pair_fn: Callable[[Tensor, Tensor], Tensor]
) -> tuple[Tensor, Tensor, Tensor]:
    """Pairs ``(i, j)``, ``i < j``, of the same label whose boxes overlap along x, with
    ``pair_fn`` of each pair: every pair with a positive IoU is among them.

    Sweep and prune: boxes sorted by left edge (labels shifted apart along x, so that different
    labels never meet); a box's candidates are the next boxes whose left edge lies left of its
    right edge. Work grows with the pairs that overlap along x, not with ``B ** 2``; candidates
    are processed :data:`PAIR_CHUNK` at a time.

    Shape:
        b (B, 4), labels (B,) -> i (E,), j (E,), value (E,)
    """
    n = len(b)
    x = b[:, 0::2].double()  # (B, 2) left and right edges
    span = float(x[:, 1].max() - x[:, 0].min()) + 1.0
    x = x + (labels.double() * (2 * span))[:, None]
    by_left = torch.argsort(x[:, 0], stable=True)
    x = _rows(x, by_left)
    left = x[:, 0].contiguous()
    # end[k]: number of left edges <= box k's right edge (a small slack keeps touching boxes
    # in: pair_fn decides); one merge sort instead of searchsorted, which runs in parallel at
    # any size
    edges = torch.cat([left, x[:, 1] + 1e-6 * span])  # (2B,) left edges first: ties count
    merged = torch.argsort(edges, stable=True)
    lefts_so_far = torch.cumsum((merged < n).long(), 0)  # (2B,)
    at_right = torch.empty_like(merged).index_copy_(0, merged, torch.arange(2 * n, device=b.device))
    end = _rows(lefts_so_far, at_right[n:])  # (B,)
    count = (end - torch.arange(1, n + 1, device=b.device)).clamp_(min=0)  # (B,) candidates
    bounds = torch.cumsum(count, 0).tolist()
    src, dst, val = [], [], []
    k0, done = 0, 0
    while k0 < n:
        k1 = k0 + 1  # boxes k0:k1 bring at most PAIR_CHUNK candidates (or one box's)
        while k1 < n and bounds[k1] - done <= PAIR_CHUNK:
            k1 += 1
        c = count[k0:k1]
        start = torch.cumsum(c, 0) - c  # (k1 - k0,) offset of each box's candidates
        # (P,) box of each candidate: marks at every box's first candidate, summed (what
        # repeat_interleave does, without its thread pool)
        has = _nonzero(c > 0)
        mark = torch.zeros(int(c.sum()), dtype=torch.int64, device=b.device)
        mark.index_fill_(0, _rows(start, has)[1:], 1)
        box = _rows(has, torch.cumsum(mark, 0))  # (P,) in 0..k1-k0-1
        first = box + k0
        step = torch.arange(len(first), device=b.device) - _rows(start, box)
        i, j = _rows(by_left, first), _rows(by_left, first + 1 + step)  # score positions
        same = _nonzero(_rows(labels, i) == _rows(labels, j))
        i, j = _rows(torch.minimum(i, j), same), _rows(torch.maximum(i, j), same)
        src.append(i)
        dst.append(j)
        val.append(
            pair_fn(_rows(b, i)[:, None], _rows(b, j)[:, None])[:, 0, 0]
        )  # (P, 1, 1) -> (P,)
        done = bounds[k1 - 1]
        k0 = k1
    return torch.cat(src), torch.cat(dst), torch.cat(val)


def _components(n: int, src: Tensor, dst: Tensor) -> Tensor:
    """Connected components of a graph: each node's smallest node id in its component.

    Min-label propagation along edges with pointer jumping; rounds grow with the log of the
    component diameter.

    Shape:
        src (E,), dst (E,) -> (n,)
    """
    comp = torch.arange(n, device=src.device)
    while True:
        low = torch.minimum(_rows(comp, src), _rows(comp, dst))
        new = comp.scatter_reduce(0, src, low, "amin").scatter_reduce_(0, dst, low, "amin")
        new = _rows(new, new)  # jump: a node takes its representative's representative
        if torch.equal(new, comp):
            return comp
        comp = new


def _greedy(n: int, src: Tensor, dst: Tensor) -> list[int]:
    """Greedy NMS over an overlap graph of boxes in score order: edges from a better box to the
    worse boxes it suppresses. One pass in O(n + edges)."""
    by_src = torch.argsort(src, stable=True)
    counts = torch.bincount(src, minlength=n)
    ptr = [0, *torch.cumsum(counts, 0).tolist()]
    targets = _rows(dst, by_src).tolist()
    removed = bytearray(n)
    kept = []
    for i in range(n):
        if removed[i]:
            continue
        kept.append(i)
        for j in targets[ptr[i] : ptr[i + 1]]:
            removed[j] = 1
    return kept


def _diou(boxes, scores, labels, cfg) -> Suppressed:
    """Greedy NMS with DIoU > threshold as the suppression test, per label.

    The overlap graph comes from a sweep over overlapping pairs (a non-negative threshold needs
    a positive IoU) or, for a negative threshold, from batched ``(G, S, S)`` DIoU blocks of
    every label; the greedy pass over it is sequential (each decision depends on the better
    boxes' decisions) but touches each edge once.
    """
    thr = cfg["iou_threshold"]
    order, b, lab = _sorted(boxes, scores, labels)
    if thr >= 0:
        src, dst, diou = _overlap_pairs(b, lab, pairwise_diou)
        over = _nonzero(diou > thr)
        src, dst = _rows(src, over), _rows(dst, over)
    else:
        src, dst = [], []
        for block in _label_blocks(lab):
            for r0, r1, m in _pair_chunks(b, block, pairwise_diou):
                g, r, c = torch.nonzero((m > thr) & _upper(block, r0, r1), as_tuple=True)
                flat, S = block.reshape(-1), block.shape[1]
                src.append(_rows(flat, g * S + r + r0))
                dst.append(_rows(flat, g * S + c))
        src, dst = torch.cat(src), torch.cat(dst)
    kept = _greedy(len(order), src, dst)
    idx = _rows(order, torch.tensor(kept, dtype=torch.int64, device=boxes.device))
    return _gather(boxes, scores, labels, idx)


def _linear_decay(iou: Tensor, cfg) -> Tensor:
    return torch.where(iou > cfg["iou_threshold"], 1.0 - iou, torch.ones_like(iou))


def _gaussian_decay(iou: Tensor, cfg) -> Tensor:
    # exp(-iou**2 / sigma) as a power of a constant: torch.exp runs in parallel from 2,048
    # elements (a thread-pool wake-up per call), pow with a scalar base does not
    return torch.pow(math.exp(-1.0 / cfg["sigma"]), iou * iou)


def _soft_block(b: Tensor, live: Tensor, block: Tensor, thr: float, decay_fn, cfg):
    """Sequential Soft-NMS for every label of a block at once.

    Each step takes every label's best live box and multiplies its label's live scores by the
    box's decay row (a precomputed ``(G, S, S)`` decay matrix); a label too large for one matrix
    computes one row per step instead. Labels never interact, so the result is the sequential
    algorithm's.

    Shape:
        b (B, 4), live (B,), block (G, S) -> picked positions (P,), their scores (P,)
    """
    G, S = block.shape
    valid = block >= 0
    pos = block.clamp(min=0)
    scores = torch.where(valid, _rows(live, pos), -1.0)  # (G, S); padding is never picked
    picks, values = [], []
    if G * S * S <= MATRIX_LIMIT:
        bb = _rows(b, pos)  # (G, S, 4)
        # in row chunks below torch's parallel grain: each op stays on this thread (a pool
        # wake-up per op costs more than these small ops on a busy machine)
        step = max(1, SERIAL_ENTRIES // max(G * S, 1))
        decay = torch.empty(G, S, S, dtype=b.dtype, device=b.device)
        for r0 in range(0, S, step):
            part = decay_fn(pairwise_iou(bb[:, r0 : r0 + step], bb), cfg)  # (G, r, S)
            decay[:, r0 : r0 + step] = part.masked_fill_(~valid[:, None, :], 1.0)
        decay.diagonal(dim1=1, dim2=2).fill_(0.0)  # a picked box leaves the pool
        decay = decay.view(G * S, S)  # (G, S, S) -> (G*S, S): row g*S + i is box i's decay
        rows = torch.arange(G, device=b.device)
        first_row = rows * S
        for _ in range(S):
            # argmax and amax, not max(dim=): that one starts a thread pool per call
            i, v = scores.argmax(dim=1), scores.amax(dim=1)  # (G,), (G,)
            if float(v.max()) <= thr:
                break
            picks.append(i)
            values.append(v)
            scores.mul_(decay.index_select(0, first_row + i))  # (G, S)
        if not picks:
            return block.new_zeros(0), live.new_zeros(0)
        i, v = torch.stack(picks), torch.stack(values)  # (T, G)
        ok = v > thr
        ok = _nonzero(ok.flatten())
        return _rows(block.reshape(-1), _rows((first_row + i).flatten(), ok)), _rows(
            v.flatten(), ok
        )
    bb, scores = _rows(b, pos[0]), scores[0]  # a single label, S * S > MATRIX_LIMIT
    for _ in range(S):
        i = scores.argmax()
        v = scores[i].clone()  # a copy: the view would follow the update below
        if float(v) <= thr:
            break
        picks.append(i)
        values.append(v)
        row = decay_fn(pairwise_iou(_rows(bb, i.view(1)), bb)[0], cfg)  # (S,)
        scores.mul_(row.index_fill_(0, i[None], 0.0))
    if not picks:
        return block.new_zeros(0), live.new_zeros(0)
    return _rows(block[0], torch.stack(picks)), torch.stack(values)


def _overlap_groups(b: Tensor, labels: Tensor, decay_fn, cfg) -> Tensor:
    """Group of each box: its connected component of pairs whose decay is below 1."""
    src, dst, iou = _overlap_pairs(b, labels, pairwise_iou)
    interacts = decay_fn(iou, cfg) < 1.0
    interacts = _nonzero(interacts)
    return _components(len(b), _rows(src, interacts), _rows(dst, interacts))


def _label_groups(b: Tensor, labels: Tensor, decay_fn, cfg) -> Tensor:
    """Group of each box: its label."""
    return labels


def _soft(boxes, scores, labels, cfg, decay_fn, group_fn) -> Suppressed:
    """Soft-NMS: repeatedly take the best box and decay its label's other scores by the IoU.

    Boxes interact only through decays below 1, so groups that no decay links (labels, or the
    connected components of the overlap graph) run on their own, side by side in padded blocks.
    """
    # Decayed scores never go below zero, so picking stops at the first max <= threshold.
    thr = max(float(cfg["score_threshold"]), 0.0)
    order, b, lab = _sorted(boxes, scores, labels)
    groups = group_fn(b, lab, decay_fn, cfg)
    live = _rows(scores, order).to(b.dtype)
    parts = [_soft_block(b, live, blk, thr, decay_fn, cfg) for blk in _label_blocks(groups)]
    idx = _rows(order, torch.cat([p for p, _ in parts]))
    values = torch.cat([v for _, v in parts]).to(scores.dtype)
    by_index = torch.argsort(idx)  # equal scores: the lower index first, as the sequential loop
    idx, values = _rows(idx, by_index), _rows(values, by_index)
    return Suppressed(_rows(boxes, idx), values, _rows(labels, idx), idx)


def _soft_linear(boxes, scores, labels, cfg) -> Suppressed:
    # only IoU above the threshold decays: the overlap components are small
    return _soft(boxes, scores, labels, cfg, _linear_decay, _overlap_groups)


def _soft_gaussian(boxes, scores, labels, cfg) -> Suppressed:
    # every overlap decays: in a crowded image the components are whole labels, so finding
    # them would cost more than it saves
    return _soft(boxes, scores, labels, cfg, _gaussian_decay, _label_groups)


def _matrix(boxes, scores, labels, cfg) -> Suppressed:
    """Matrix-NMS (SOLOv2): ``decay_j = min(1, min_i f(iou_ij) / f(comp_i))`` over better boxes
    ``i``, ``comp_i`` the largest IoU of box ``i`` with a better box.

    Pairs that do not overlap (other labels included) give ratios >= 1, so two scatter
    reductions over the overlapping pairs give every decay at once, no loop over boxes.
    """
    order, b, lab = _sorted(boxes, scores, labels)
    n = len(order)
    src, dst, iou = _overlap_pairs(b, lab, pairwise_iou)
    over = _nonzero(iou > 0)
    src, dst, iou = _rows(src, over), _rows(dst, over), _rows(iou, over)
    comp = torch.zeros(n, dtype=b.dtype, device=b.device).scatter_reduce_(0, dst, iou, "amax")
    c = _rows(comp, src)  # (E,) compensation of each pair's better box
    if Decay(cfg["matrix_decay"]) is Decay.LINEAR:
        ratio = (1.0 - iou) / (1.0 - c).clamp(min=1e-6)
    else:
        ratio = torch.pow(math.exp(-1.0 / cfg["sigma"]), iou * iou - c * c)  # see _gaussian_decay
    coeff = torch.ones(n, dtype=b.dtype, device=b.device).scatter_reduce_(0, dst, ratio, "amin")
    new_scores = (_rows(scores, order).to(b.dtype) * coeff).to(scores.dtype)
    return Suppressed(_rows(boxes, order), new_scores, _rows(labels, order), order)


def _wbf_nms(boxes, scores, labels, cfg) -> Suppressed:
    """WBF over NMS clusters (``wbf_nms``): clusters around greedy-NMS leaders, fused by
    score-weighted mean.

    A box joins the same-label leader it overlaps most, the better leader on ties (leaders are
    the boxes class-aware hard NMS keeps, so every other box overlaps one). The cluster's box
    is the score-weighted mean of its members, its score their mean score. Unlike the
    reference ``wbf`` a box is matched against a cluster's leader, not its running fused box,
    and the clusters are those of NMS, so every step is vectorised.
    """
    leaders = ops.batched_nms(boxes, scores, labels, cfg["iou_threshold"])
    order, b, lab = _sorted(boxes, scores, labels)
    n, k = len(order), len(leaders)
    rank = torch.empty_like(order).index_copy_(0, order, torch.arange(n, device=order.device))
    lead_pos = _rows(rank, leaders)  # original index -> score position
    is_leader = torch.zeros(n, dtype=torch.bool, device=b.device).index_fill_(0, lead_pos, True)
    src, dst, iou = _overlap_pairs(b, lab, pairwise_iou)
    # both directions of each pair, leader -> other box
    rows, cols, iou = torch.cat([src, dst]), torch.cat([dst, src]), torch.cat([iou, iou])
    keep = _nonzero(_rows(is_leader, rows) & ~_rows(is_leader, cols) & (iou > 0))
    rows, cols, iou = _rows(rows, keep), _rows(cols, keep), _rows(iou, keep)
    # best leader per box: sort by (box, IoU descending, leader position)
    o = torch.argsort(rows, stable=True)
    o = _rows(o, torch.argsort(_rows(iou, o), descending=True, stable=True))
    o = _rows(o, torch.argsort(_rows(cols, o), stable=True))
    rows, cols = _rows(rows, o), _rows(cols, o)
    first = torch.ones(len(o), dtype=torch.bool, device=b.device)
    first[1:] = cols[1:] != cols[:-1]
    first = _nonzero(first)
    # a box that overlaps no leader (only with a negative threshold) joins its label's best
    # leader, or the best box of all (always a leader) when its label has none
    best_of_label = torch.full((int(lab.max()) + 1,), n, dtype=torch.int64, device=b.device)
    best_of_label = best_of_label.scatter_reduce_(0, _rows(lab, lead_pos), lead_pos, "amin")
    assign = _rows(best_of_label, lab) % n  # (n,) position -> leader position
    assign.index_copy_(0, _rows(cols, first), _rows(rows, first))
    assign.index_copy_(0, lead_pos, lead_pos)
    cluster = torch.empty(n, dtype=torch.int64, device=b.device)
    cluster.index_copy_(0, lead_pos, torch.arange(k, device=b.device))
    member = _rows(cluster, assign)  # (n,) cluster of each box in score order
    s = _rows(scores, order).to(b.dtype)
    weight_sum = torch.zeros(k, dtype=b.dtype, device=b.device).index_add_(0, member, s)
    count = torch.zeros(k, dtype=b.dtype, device=b.device).index_add_(0, member, torch.ones_like(s))
    fused = torch.zeros(k, 4, dtype=b.dtype, device=b.device).index_add_(0, member, b * s[:, None])
    fused = fused / weight_sum.clamp(min=1e-12)[:, None]
    mean = (weight_sum / count).to(scores.dtype)
    return Suppressed(fused.to(boxes.dtype), mean, _rows(labels, leaders), leaders)


# -- Weighted Box Fusion (the reference semantics) ----------------------------------------------


def _fused_iou(fused: Tensor, box: Tensor) -> Tensor:
    """IoU of each group's running fused boxes with that group's current box.

    Shape:
        fused (G, S, 4), box (G, 4) -> (G, S)
    """
    b = box[:, None, :]  # (G, 4) -> (G, 1, 4)
    wh = (
        torch.minimum(fused[..., 2:], b[..., 2:]) - torch.maximum(fused[..., :2], b[..., :2])
    ).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    area_f = (fused[..., 2] - fused[..., 0]) * (fused[..., 3] - fused[..., 1])
    area_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return inter / (area_f + area_b - inter).clamp(min=1e-12)


def _avg_conf(st: dict[str, Tensor], total: float, top: float, overflow: bool) -> Tensor:
    n = st["count"] if overflow else st["count"].clamp(max=st["models"])
    return st["sum"] / st["count"] * n / total


def _max_conf(st: dict[str, Tensor], total: float, top: float, overflow: bool) -> Tensor:
    return st["max"] / top


def _box_and_model_conf(st: dict[str, Tensor], total: float, top: float, overflow: bool) -> Tensor:
    return st["sum"] / st["weight"] * st["present"] / total


def _absent_aware_conf(st: dict[str, Tensor], total: float, top: float, overflow: bool) -> Tensor:
    return st["sum"] / (st["weight"] + (total - st["present"]))


#: A fused box's score per :class:`heads.params.WBFConf` from its cluster's statistics: ``sum``
#: and ``max`` of the weighted scores, ``count`` of boxes, ``weight`` (their models' weights
#: summed), ``present`` (the weights of the models in the cluster, each once) and ``models``.
WBF_SCORES: dict[WBFConf, Callable[..., Tensor]] = {
    WBFConf.AVG: _avg_conf,
    WBFConf.MAX: _max_conf,
    WBFConf.BOX_AND_MODEL_AVG: _box_and_model_conf,
    WBFConf.ABSENT_MODEL_AWARE_AVG: _absent_aware_conf,
}


def _wbf_clusters(b: Tensor, ws: Tensor, labels: Tensor, iou_threshold: float) -> Tensor:
    """The cluster of every box (boxes sorted by label, weighted score descending).

    Each box joins the same-label cluster whose *running fused box* it overlaps most, when that
    IoU is above the threshold (the first such cluster on ties), or starts a cluster. The
    labels are independent, so they run side by side: step ``t`` places the ``t``-th box of
    every label that has one, ``max(boxes per label)`` steps in all. Labels are laid out by
    decreasing box count, so the labels of a step are a leading slice, and all indexing is on
    flat views (advanced indexing would start the thread pool at every step).

    Shape:
        b (n, 4), ws (n,), labels (n,) -> (n,) cluster index, numbered label by label.
    """
    n, dev = len(ws), b.device
    # (n,) label number of each box: the sorted labels' changes, summed (what
    # repeat_interleave gives, without its thread pool)
    label_of = torch.zeros(n, dtype=torch.int64, device=dev)
    label_of[1:] = torch.cumsum((labels[1:] != labels[:-1]).to(torch.int64), 0)
    G = int(label_of[-1]) + 1
    counts = torch.zeros(G, dtype=torch.int64, device=dev).index_add_(
        0, label_of, torch.ones_like(label_of)
    )
    starts = torch.cumsum(counts, 0) - counts
    by_size = torch.argsort(counts, descending=True, stable=True)  # label of each row
    row_of = torch.empty_like(by_size).index_copy_(0, by_size, torch.arange(G, device=dev))
    S = int(counts.max())
    sizes = _rows(counts, by_size).tolist()
    # (n,) slot of each box in the padded (G, S) layout: its label's row, its place in the label
    flat_in = _rows(row_of, label_of) * S + torch.arange(n, device=dev) - _rows(starts, label_of)
    boxes = b.new_zeros(G * S, 4).index_copy_(0, flat_in, b).view(G, S, 4)
    weights = ws.new_zeros(G * S).index_copy_(0, flat_in, ws).view(G, S)
    fused = b.new_zeros(G * S, 4)  # running fused box of each (label row, cluster) slot
    coord_sum = b.new_zeros(G * S, 4)  # sum of weighted score * box
    score_sum = ws.new_zeros(G * S)
    made = torch.zeros(G, dtype=torch.int64, device=dev)  # clusters so far per label row
    slot = torch.zeros(G, S, dtype=torch.int64, device=dev)
    rows = torch.arange(G, device=dev) * S
    active = G
    for t in range(S):
        while sizes[active - 1] <= t:
            active -= 1
        box, w = boxes[:active, t], weights[:active, t]  # (A, 4), (A,)
        if t:
            # a label has at most t clusters before its t-th box
            iou = _fused_iou(fused.view(G, S, 4)[:active, :t], box)  # (A, t)
            cols = torch.arange(t, device=dev)[None, :]
            iou = iou.masked_fill(cols >= made[:active, None], -1.0)
            # argmax (the first maximum, as the reference's) and amax, not max(dim=): that one
            # starts a thread pool per call
            best, best_iou = iou.argmax(dim=1), iou.amax(dim=1)
            matched = best_iou > iou_threshold
            target = torch.where(matched, best, made[:active])
        else:
            matched = torch.zeros(active, dtype=torch.bool, device=dev)
            target = made[:active].clone()  # made changes below
        at = rows[:active] + target
        coord_sum.index_add_(0, at, w[:, None] * box)
        score_sum.index_add_(0, at, w)
        mean = coord_sum.index_select(0, at) / score_sum.index_select(0, at)[:, None]
        fused.index_copy_(0, at, torch.where(matched[:, None], mean, box))
        made[:active] += (~matched).to(made.dtype)
        slot[:active, t] = target
    offsets = _rows(torch.cumsum(made, 0) - made, row_of)  # first cluster number of each label
    return slot.view(-1).index_select(0, flat_in) + _rows(offsets, label_of)


def weighted_boxes_fusion(
    boxes_list: Sequence[Tensor],
    scores_list: Sequence[Tensor],
    labels_list: Sequence[Tensor] | None = None,
    weights: Sequence[float] | None = None,
    *,
    iou_threshold: float = 0.55,
    skip_box_thr: float = 0.0,
    conf_type: WBFConf | str = WBFConf.AVG,
    allows_overflow: bool = False,
) -> Suppressed:
    """Weighted Box Fusion of several models' detections (Solovyev et al., 2021), with the
    semantics of the reference implementation (the ``ensemble-boxes`` package).

    Boxes with a score under ``skip_box_thr`` or no area are dropped. Per label, boxes are taken
    by weighted score (score times the model's weight), highest first; each joins the cluster
    whose running fused box it overlaps most with an IoU above ``iou_threshold``, or starts a
    new cluster. A cluster's box is the weighted-score-weighted mean of its boxes, its score
    set by ``conf_type`` (:class:`heads.params.WBFConf`; ``avg`` lowers the score of an object
    that some models missed). Unlike the reference, boxes are not clipped to ``[0, 1]``: any
    coordinates work (pixels too); inverted corners are swapped as the reference does.

    Args:
        boxes_list: one ``(B_t, 4)`` ``xyxy`` tensor per model.
        scores_list: one ``(B_t,)`` tensor per model.
        labels_list: one ``(B_t,)`` tensor per model; ``None``: one class.
        weights: one weight per model (default: 1 each).
        iou_threshold: IoU above which a box joins a cluster.
        skip_box_thr: input boxes scoring below this are dropped.
        conf_type: how fused boxes are scored.
        allows_overflow: ``avg`` only: scale by the cluster's size even beyond the number of
            models (scores may exceed 1).

    Returns:
        :class:`Suppressed` fused boxes, highest score first; ``indices`` point into the
        models' boxes concatenated in order, at each cluster's best box.

    Shape:
        T x (B_t, 4), T x (B_t,) -> D fused boxes, D <= sum(B_t).

    Example:
        >>> a = torch.tensor([[0.0, 0.0, 10.0, 10.0]]), torch.tensor([0.9])
        >>> b = torch.tensor([[1.0, 0.0, 11.0, 10.0], [50.0, 50.0, 60.0, 60.0]]), torch.tensor([0.6, 0.8])
        >>> out = weighted_boxes_fusion([a[0], b[0]], [a[1], b[1]])
        >>> [[round(v, 3) for v in box] for box in out.boxes.tolist()]
        [[0.4, 0.0, 10.4, 10.0], [50.0, 50.0, 60.0, 60.0]]
        >>> [round(v, 3) for v in out.scores.tolist()]  # 0.8 from one of two models: 0.4
        [0.75, 0.4]
    """
    T = len(boxes_list)
    if len(scores_list) != T or (labels_list is not None and len(labels_list) != T):
        raise ValueError(
            f"one boxes, scores and labels tensor per model: got {T}, {len(scores_list)} and "
            f"{len(labels_list) if labels_list is not None else 'no'} labels"
        )
    weights = [1.0] * T if weights is None else [float(w) for w in weights]
    if len(weights) != T or min(weights, default=1.0) <= 0:
        raise ValueError(f"expected {T} positive model weights, got {weights}")
    conf = parse_choice(WBFConf, conf_type, "conf_type", error=ValueError)
    for t, (bx, sc) in enumerate(zip(boxes_list, scores_list)):
        n_labels = None if labels_list is None else labels_list[t].shape
        if (
            bx.ndim != 2
            or bx.shape[-1] != 4
            or sc.shape != bx.shape[:1]
            or n_labels not in (None, sc.shape)
        ):
            raise ValueError(
                f"model {t}: expected boxes (B, 4), scores (B,) and labels (B,), got "
                f"{tuple(bx.shape)}, {tuple(sc.shape)} and {tuple(n_labels) if n_labels else None}"
            )
    if T == 0 or sum(len(sc) for sc in scores_list) == 0:
        empty = torch.zeros((0, 4)) if T == 0 else boxes_list[0].new_zeros((0, 4))
        return _empty(empty, empty.new_zeros((0,)))
    device, out_dtype = boxes_list[0].device, boxes_list[0].dtype
    raw = torch.cat(list(boxes_list)).to(torch.float64)
    scores = torch.cat(list(scores_list)).to(torch.float64)
    if labels_list is None:
        labels = torch.zeros(len(scores), dtype=torch.int64, device=device)
    else:
        labels = torch.cat(list(labels_list)).to(torch.int64)
    model = torch.cat(
        [torch.full((len(sc),), t, device=device) for t, sc in enumerate(scores_list)]
    )
    # inverted corners swapped, as the reference does
    b = torch.cat([torch.minimum(raw[:, :2], raw[:, 2:]), torch.maximum(raw[:, :2], raw[:, 2:])], 1)
    w_model = torch.tensor(weights, dtype=torch.float64, device=device)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep = _nonzero((scores >= skip_box_thr) & (area > 0))
    if len(keep) == 0:
        return _empty(raw.to(out_dtype), scores.to(out_dtype))
    b, labels, model = _rows(b, keep), _rows(labels, keep), _rows(model, keep)
    ws = _rows(scores, keep) * _rows(w_model, model)  # weighted scores
    order = torch.argsort(ws, descending=True, stable=True)
    order = _rows(order, torch.argsort(_rows(labels, order), stable=True))  # label, then score
    b, ws, labels, model = (
        _rows(b, order),
        _rows(ws, order),
        _rows(labels, order),
        _rows(model, order),
    )
    cluster = _wbf_clusters(b, ws, labels, float(iou_threshold))
    k = int(cluster.max()) + 1
    total = ws.new_zeros(k)
    stats = {
        "sum": total.index_add(0, cluster, ws),
        "count": total.index_add(0, cluster, torch.ones_like(ws)),
        "weight": total.index_add(0, cluster, _rows(w_model, model)),
        "max": total.scatter_reduce(0, cluster, ws, "amax", include_self=False),
        "models": torch.full_like(total, float(T)),
    }
    present = torch.zeros(k, T, dtype=torch.bool, device=device).index_put_(
        (cluster, model), torch.ones_like(cluster, dtype=torch.bool)
    )
    stats["present"] = present.to(torch.float64) @ w_model
    fused = b.new_zeros(k, 4).index_add_(0, cluster, b * ws[:, None]) / stats["sum"][:, None]
    fused_scores = WBF_SCORES[conf](
        stats, float(w_model.sum()), max(weights), bool(allows_overflow)
    )
    # each cluster's first box is its best (boxes come by weighted score within a label)
    first = torch.full((k,), len(cluster), dtype=torch.int64, device=device)
    first = first.scatter_reduce(0, cluster, torch.arange(len(cluster), device=device), "amin")
    index = _rows(_rows(keep, order), first)
    res = Suppressed(fused.to(out_dtype), fused_scores.to(out_dtype), _rows(labels, first), index)
    rank = torch.argsort(res.scores, descending=True, stable=True)
    return Suppressed(*(_rows(t, rank) for t in res))


def _wbf(boxes, scores, labels, cfg) -> Suppressed:
    """Weighted Box Fusion of one list (:func:`weighted_boxes_fusion` with one model): boxes
    not above the score threshold are dropped first (the reference's ``skip_box_thr``)."""
    keep = _nonzero(scores > cfg["score_threshold"])
    res = weighted_boxes_fusion(
        [_rows(boxes, keep)], [_rows(scores, keep)], [_rows(labels, keep)],
        iou_threshold=cfg["iou_threshold"],
    )  # fmt: skip
    return res._replace(indices=_rows(keep, res.indices))


METHODS: dict[Suppression, Callable[..., Suppressed]] = {
    Suppression.HARD: _hard,
    Suppression.CLASS_AWARE: _class_aware,
    Suppression.SOFT_LINEAR: _soft_linear,
    Suppression.SOFT_GAUSSIAN: _soft_gaussian,
    Suppression.DIOU: _diou,
    Suppression.MATRIX: _matrix,
    Suppression.WBF: _wbf,
    Suppression.TOPK: _topk,
    Suppression.WBF_NMS: _wbf_nms,
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
        score_threshold: boxes whose (decayed) score is not above this are dropped (WBF: input
            boxes, before fusing, as the reference's ``skip_box_thr``).
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
    method = parse_choice(Suppression, method, "suppression method", error=ValueError)
    matrix_decay = parse_choice(Decay, matrix_decay, "matrix_decay", error=ValueError)
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
        boxes, scores, labels = _rows(boxes, index), _rows(scores, index), _rows(labels, index)
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
        res = res._replace(indices=_rows(index, res.indices))
    return res


__all__ = [
    "MATRIX_LIMIT",
    "METHODS",
    "PAIR_CHUNK",
    "Decay",
    "WBF_SCORES",
    "Suppressed",
    "Suppression",
    "WBFConf",
    "pairwise_diou",
    "pairwise_iou",
    "suppress",
    "weighted_boxes_fusion",
]
