"""Fit a RetinaNet-style head's anchors to the boxes of a dataset.

A RetinaNet head describes its anchors with a base size per level, aspect ratios shared by all
levels and scales per octave (``A = len(aspect_ratios) * scales_per_octave`` anchors at each
location; see :mod:`heads.anchors`). :func:`fit_anchors` chooses new base sizes and ratios for
the boxes a head will be trained on, keeping ``A`` (so the head's weights keep their shapes):

1. Each box goes to the level whose anchors fit its shape best (centred IoU), the level the
   matcher would pick.
2. Per level, k-means over the boxes' ``(w, h)`` with the IoU distance ``1 - IoU`` of the
   shapes centred on each other gives the level's ``A`` ideal anchors. The spec's form is fitted
   to them: the ratios by a weighted 1-D k-means over all ideal anchors' ``log(h / w)``, each
   level's base size from the geometric mean of its ideal anchors' sides.
3. A short evolutionary search (mutate sizes and ratios in log space, keep what improves)
   refines that start (sizes of levels no box prefers stay as they are) against the fitness ``mean(best IoU * [best IoU >= threshold])``, as
   YOLOv5's autoanchor does, but with the anchors where the head puts them: each box is compared
   with the anchors at the grid point nearest its centre on every level (anchor centres are at
   ``j * stride``, as :func:`heads.anchors.grid_anchors` places them). Centred shapes alone
   overrate large strides: a 20-pixel anchor on a stride-32 grid rarely sits on an object.

The result reports, before and after, the *best possible recall* (the fraction of boxes whose
best anchor reaches the matcher's foreground IoU, 0.5 for RetinaNet) and the mean best IoU, both
on the grid and for centred shapes. The fitted configuration is kept only when it does not lower
the recall on the grid; otherwise the head's own anchors are returned unchanged. Writing it back
is a pure function (:func:`apply_anchors`), and :func:`draw_anchors` draws a box's best anchor
on an image.

Example:
    >>> import torch, heads
    >>> spec = heads.get_preset("retinanet_lite", num_classes=2)
    >>> g = torch.Generator().manual_seed(0)
    >>> wh = torch.stack([torch.empty(200).uniform_(10, 20, generator=g),
    ...                   torch.empty(200).uniform_(30, 60, generator=g)], 1)  # tall boxes
    >>> xy = torch.rand(200, 2, generator=g) * 200
    >>> fit = fit_anchors(spec, torch.cat([xy, xy + wh], 1), generations=50)
    >>> fit.after.recall >= fit.before.recall, min(fit.fitted.aspect_ratios) > 1.5
    (True, True)
    >>> apply_anchors(spec, fit.fitted).node("head").params.aspect_ratios == fit.fitted.aspect_ratios
    True
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from heads.anchors import Anchors
from heads.spec import HeadSpec, SpecError

#: RetinaNet's matcher: anchors at or above this IoU with a box are its foreground.
MATCHER_IOU = 0.5


@dataclass(frozen=True)
class AnchorConfig:
    """The anchor parameters of a RetinaNet head and the strides of its levels.

    Attributes:
        sizes: base anchor size per level (pixels of the head's input).
        aspect_ratios: ``height / width`` ratios, shared by the levels.
        scales_per_octave: sizes ``size * 2 ** (i / n)`` per base size.
        strides: each level's stride.
    """

    sizes: tuple[float, ...]
    aspect_ratios: tuple[float, ...]
    scales_per_octave: int
    strides: tuple[int, ...]

    def cells(self) -> list[Tensor]:
        """Each level's zero-centred anchors ``(A, 4)`` xyxy, exactly as the head uses them."""
        return Anchors(self.sizes, self.aspect_ratios, self.scales_per_octave).cells

    def shapes(self) -> Tensor:
        """``(L, A, 2)`` anchor widths and heights."""
        cells = torch.stack(self.cells())  # (L, A, 4)
        return cells[..., 2:] - cells[..., :2]


@dataclass(frozen=True)
class AnchorQuality:
    """How well a configuration's anchors fit a set of boxes.

    Attributes:
        recall: best possible recall on the grid: the fraction of boxes whose best anchor (at
            the grid point nearest the box's centre, any level) has IoU >= ``threshold``.
        mean_iou: the mean of that best IoU.
        recall_centred, mean_iou_centred: the same for shapes centred on each other (the
            YOLOv5 measure; an upper bound of the grid figures).
        fitness: ``mean(best IoU * [best IoU >= threshold])`` on the grid (what the search
            maximises).
        level_counts: boxes whose best anchor is on each level.
    """

    recall: float
    mean_iou: float
    recall_centred: float
    mean_iou_centred: float
    fitness: float
    level_counts: tuple[int, ...]


@dataclass(frozen=True)
class AnchorFit:
    """The result of :func:`fit_anchors`.

    Attributes:
        original, fitted: the configurations before and after (``fitted`` is ``original``
            when no candidate kept the recall).
        before, after: their quality on the boxes.
        ideal: per level, the k-means anchors ``(k, 2)`` (w, h) before fitting the spec's form.
        threshold: the matcher IoU the recall counts.
        boxes: how many boxes were used (after dropping degenerate ones and subsampling).
        improved: whether the fitted configuration differs from the original.
    """

    original: AnchorConfig
    fitted: AnchorConfig
    before: AnchorQuality
    after: AnchorQuality
    ideal: tuple[Tensor, ...]
    threshold: float
    boxes: int

    @property
    def improved(self) -> bool:
        return self.fitted != self.original

    def summary(self) -> dict:
        """A JSON-ready summary (sizes, ratios and both qualities)."""

        def q(a: AnchorQuality) -> dict:
            return {
                "recall": a.recall,
                "mean_iou": a.mean_iou,
                "recall_centred": a.recall_centred,
                "mean_iou_centred": a.mean_iou_centred,
                "fitness": a.fitness,
                "level_counts": list(a.level_counts),
            }

        return {
            "threshold": self.threshold,
            "boxes": self.boxes,
            "strides": list(self.original.strides),
            "scales_per_octave": self.original.scales_per_octave,
            "before": {
                "anchor_sizes": list(self.original.sizes),
                "aspect_ratios": list(self.original.aspect_ratios),
                **q(self.before),
            },
            "after": {
                "anchor_sizes": list(self.fitted.sizes),
                "aspect_ratios": list(self.fitted.aspect_ratios),
                **q(self.after),
            },
            "improved": self.improved,
        }


# ---------------------------------------------------------------------------------------------
# Reading and writing the spec
# ---------------------------------------------------------------------------------------------


def _anchor_node(spec: HeadSpec):
    from heads.detector import dense_head_node

    node = dense_head_node(spec)
    fields = (
        {f.name for f in dataclasses.fields(node.params)}
        if dataclasses.is_dataclass(node.params)
        else set()
    )
    if not {"anchor_sizes", "aspect_ratios"} <= fields:
        raise SpecError(
            f"anchor fitting needs an anchor-based head (one with anchor_sizes and aspect_ratios, "
            f"such as retinanet_head); node '{node.name}' is "
            f"a {node.block}, which has one point per location and no anchor shapes to fit",
            node=node.name,
        )
    return node


def anchor_config(spec: HeadSpec) -> AnchorConfig:
    """The anchor configuration of a spec's RetinaNet head.

    Raises:
        heads.SpecError: when the spec's dense head is not anchor-based.

    Example:
        >>> import heads
        >>> anchor_config(heads.get_preset("retinanet_lite", num_classes=2))
        AnchorConfig(sizes=(32.0, 64.0, 128.0), aspect_ratios=(0.5, 1.0, 2.0), scales_per_octave=3, strides=(8, 16, 32))
    """
    from heads.detector import head_levels

    p = _anchor_node(spec).params
    strides = tuple(lv.stride for lv in head_levels(spec))
    return AnchorConfig(tuple(p.anchor_sizes), tuple(p.aspect_ratios), p.scales_per_octave, strides)


def apply_anchors(spec: HeadSpec, config: AnchorConfig) -> HeadSpec:
    """A copy of ``spec`` whose RetinaNet head has ``config``'s sizes and ratios.

    ``A`` must stay the same (the head's layers keep their shapes, so trained weights load;
    they then predict offsets from the new anchors and need training again).

    Raises:
        heads.SpecError: for a head without anchors, another number of levels or of anchors.
    """
    node = _anchor_node(spec)
    p = node.params
    if len(config.sizes) != len(p.anchor_sizes):
        raise SpecError(
            f"{len(config.sizes)} anchor sizes for a head of {len(p.anchor_sizes)} levels",
            node=node.name,
            field="anchor_sizes",
        )
    if len(config.aspect_ratios) * config.scales_per_octave != len(p.aspect_ratios) * (
        p.scales_per_octave
    ):
        raise SpecError(
            "the fitted anchors must keep the number of anchors per location",
            node=node.name,
            field="aspect_ratios",
        )
    return spec.with_params(
        node.name,
        anchor_sizes=tuple(float(s) for s in config.sizes),
        aspect_ratios=tuple(float(r) for r in config.aspect_ratios),
        scales_per_octave=config.scales_per_octave,
    )


# ---------------------------------------------------------------------------------------------
# IoU of shapes and of boxes against the grid
# ---------------------------------------------------------------------------------------------


def shape_iou(wh: Tensor, anchors: Tensor) -> Tensor:
    """IoU of box shapes with anchor shapes, each pair centred on each other.

    Shape:
        wh (B, 2), anchors (K, 2) -> (B, K)

    Example:
        >>> shape_iou(torch.tensor([[10.0, 20.0]]), torch.tensor([[10.0, 20.0], [20.0, 10.0]]))
        tensor([[1.0000, 0.3333]])
    """
    inter = torch.minimum(wh[:, None], anchors[None]).prod(-1)  # (B, K)
    union = wh.prod(-1)[:, None] + anchors.prod(-1)[None] - inter
    return inter / union


def _relative(boxes: Tensor, strides: Sequence[int], limits: Tensor | None) -> Tensor:
    """Each box relative to the grid point nearest its centre on every level.

    Shape:
        boxes (B, 4) xyxy; limits (B, 2) the image's (W, H) or None -> (B, L, 4)
    """
    s = torch.tensor(strides, dtype=boxes.dtype)[:, None]  # (L, 1)
    centre = (boxes[:, :2] + boxes[:, 2:]) / 2  # (B, 2)
    grid = torch.round(centre[:, None] / s) * s  # (B, L, 2)
    if limits is not None:
        # the last grid point of a level lies at (ceil(W / s) - 1) * s
        last = (torch.ceil(limits[:, None] / s) - 1) * s
        grid = torch.minimum(grid.clamp(min=0), last)
    return boxes[:, None, :] - grid.repeat(1, 1, 2)  # (B, L, 4)


def _iou_at(rel: Tensor, config: AnchorConfig) -> Tensor:
    """IoU of boxes placed relative to their grid points with each level's cell anchors.

    Shape:
        rel (B, L, 4) -> (B, L, A)
    """
    cells = torch.stack(config.cells()).to(rel)  # (L, A, 4), centred on their grid point
    lo = torch.maximum(rel[:, :, None, :2], cells[None, :, :, :2])  # (B, L, A, 2)
    hi = torch.minimum(rel[:, :, None, 2:], cells[None, :, :, 2:])
    inter = (hi - lo).clamp(min=0).prod(-1)  # (B, L, A)
    area_b = (rel[:, :1, 2:] - rel[:, :1, :2]).prod(-1)[..., None]  # (B, 1, 1)
    area_a = (cells[..., 2:] - cells[..., :2]).prod(-1)[None]  # (1, L, A)
    return inter / (area_b + area_a - inter)


def _grid_iou(boxes: Tensor, config: AnchorConfig, limits: Tensor | None) -> Tensor:
    """IoU of each box with every anchor at the grid point nearest its centre, per level.

    Shape:
        boxes (B, 4) xyxy; limits (B, 2) the image's (W, H) or None -> (B, L, A)
    """
    return _iou_at(_relative(boxes, config.strides, limits), config)


#: Element-wise ops on fewer entries than torch's parallel grain (32768) run on the calling
#: thread. The search's tensors are small, and on a busy machine waking the thread pool for each
#: of them costs more than the work (fitting 1,754 Shapes boxes took 27 s on two threads in one
#: piece, 1.9 s in chunks), so boxes are scored in chunks that stay below it. Reductions use
#: ``amax``/``argmax``: ``max(dim)`` with indices was 10-100x slower at these sizes.
SERIAL_ENTRIES = 32768


def _best_on_grid(rel: Tensor, config: AnchorConfig) -> Tensor:
    """Each box's best IoU over the anchors at its grid points. Shape: (B, L, 4) -> (B,)"""
    L, A = len(config.sizes), len(config.aspect_ratios) * config.scales_per_octave
    chunk = max(1, SERIAL_ENTRIES // (2 * L * A))
    return torch.cat([_iou_at(part, config).amax((1, 2)) for part in rel.split(chunk)])


def _fitness(rel: Tensor, config: AnchorConfig, threshold: float) -> float:
    """``mean(best IoU * [best IoU >= threshold])`` on the grid (what the search maximises)."""
    best = _best_on_grid(rel, config)
    return float((best * (best >= threshold)).mean())


def quality(
    config: AnchorConfig,
    boxes: Tensor,
    threshold: float = MATCHER_IOU,
    limits: Tensor | None = None,
) -> AnchorQuality:
    """How well ``config``'s anchors fit ``boxes`` (see :class:`AnchorQuality`).

    Args:
        config: the anchors.
        boxes: ``(B, 4)`` xyxy boxes in the head's input pixels.
        threshold: the matcher's foreground IoU.
        limits: ``(B, 2)`` the ``(W, H)`` of each box's (input) image, to keep grid points
            inside it; ``None`` for unbounded grids.
    """
    boxes = boxes.float()
    best = _best_on_grid(_relative(boxes, config.strides, limits), config)
    A = len(config.aspect_ratios) * config.scales_per_octave
    centred = shape_iou(boxes[:, 2:] - boxes[:, :2], config.shapes().reshape(-1, 2).to(boxes))
    best_c, arg_c = centred.amax(1), centred.argmax(1)
    counts = torch.bincount(arg_c // A, minlength=len(config.sizes))
    return AnchorQuality(
        float((best >= threshold).float().mean()),
        float(best.mean()),
        float((best_c >= threshold).float().mean()),
        float(best_c.mean()),
        float((best * (best >= threshold)).mean()),
        tuple(int(c) for c in counts),
    )


# ---------------------------------------------------------------------------------------------
# k-means with the IoU distance
# ---------------------------------------------------------------------------------------------


def kmeans_shapes(wh: Tensor, k: int, *, iters: int = 100, seed: int = 0) -> Tensor:
    """k-means over box shapes with the distance ``1 - IoU`` (shapes centred on each other).

    Starts from k-means++ seeding (deterministic for a ``seed``); a centroid is its members'
    mean width and height. With fewer distinct shapes than ``k`` the distinct shapes are
    returned.

    Shape:
        wh (B, 2) -> (min(k, distinct shapes), 2), sorted by area.

    Example:
        >>> wh = torch.tensor([[10.0, 10], [11, 11], [40, 20], [42, 21]])
        >>> kmeans_shapes(wh, 2).round().tolist()
        [[10.0, 10.0], [41.0, 20.0]]
    """
    unique = torch.unique(wh, dim=0)
    if len(unique) <= k:
        return unique[unique.prod(-1).argsort()]
    g = torch.Generator().manual_seed(seed)
    centres = [wh[torch.randint(len(wh), (1,), generator=g)].squeeze(0)]
    for _ in range(1, k):
        d = 1 - shape_iou(wh, torch.stack(centres)).amax(1)  # (B,)
        weights = d * d
        idx = (
            torch.multinomial(weights, 1, generator=g)
            if weights.sum() > 0
            else torch.randint(len(wh), (1,), generator=g)
        )
        centres.append(wh[idx].squeeze(0))
    c = torch.stack(centres)
    assign = None
    for _ in range(iters):
        new = shape_iou(wh, c).argmax(1)
        if assign is not None and torch.equal(new, assign):
            break
        assign = new
        for j in range(k):
            members = wh[assign == j]
            if len(members):
                c[j] = members.mean(0)
    return c[c.prod(-1).argsort()]


def _kmeans_1d(x: Tensor, w: Tensor, k: int, iters: int = 50) -> Tensor:
    """Weighted 1-D k-means, started at the weighted quantiles. Shape: (n,), (n,) -> (k,)."""
    order = x.argsort()
    x, w = x[order], w[order]
    cum = torch.cumsum(w, 0) / w.sum()
    qs = (torch.arange(k, dtype=x.dtype) + 0.5) / k
    c = x[torch.searchsorted(cum, qs).clamp(max=len(x) - 1)]
    for _ in range(iters):
        assign = (x[:, None] - c[None]).abs().argmin(1)
        new = c.clone()
        for j in range(k):
            m = assign == j
            if m.any():
                new[j] = (x[m] * w[m]).sum() / w[m].sum()
        if torch.allclose(new, c):
            break
        c = new
    return c.sort().values


# ---------------------------------------------------------------------------------------------
# Fitting
# ---------------------------------------------------------------------------------------------

_SIZE_RANGE = (1.0, 4096.0)
_RATIO_RANGE = (0.05, 20.0)


def _config(base: AnchorConfig, log_sizes: Tensor, log_ratios: Tensor) -> AnchorConfig:
    """A configuration from log parameters: sizes whole pixels (ascending), ratios to 3
    decimals, both within the parameters' ranges."""
    sizes = log_sizes.exp().clamp(*_SIZE_RANGE).round().sort().values
    ratios = log_ratios.exp().clamp(*_RATIO_RANGE).sort().values
    return AnchorConfig(
        tuple(float(s) for s in sizes),
        tuple(round(float(r), 3) for r in ratios),
        base.scales_per_octave,
        base.strides,
    )


def _kmeans_start(
    config: AnchorConfig, wh: Tensor, seed: int
) -> tuple[AnchorConfig, tuple[Tensor, ...]]:
    """Step 2 of the module doc: per-level k-means, then the spec's form fitted to it."""
    L, S = len(config.sizes), config.scales_per_octave
    A = len(config.aspect_ratios) * S
    level = shape_iou(wh, config.shapes().reshape(-1, 2)).argmax(1) // A  # (B,)
    ideal: list[Tensor] = []
    ratios, weights = [], []
    log_sizes = torch.tensor(config.sizes).log()
    octave = math.log(2) * (S - 1) / (2 * S)  # the mean of log(2 ** (i / S)), i < S
    for lv in range(L):
        members = wh[level == lv]
        if len(members) == 0:
            ideal.append(torch.zeros(0, 2))
            continue
        c = kmeans_shapes(members, A, seed=seed + lv)
        ideal.append(c)
        counts = torch.bincount(shape_iou(members, c).argmax(1), minlength=len(c)).float()
        ratios.append((c[:, 1] / c[:, 0]).log())
        weights.append(counts)
        side = c.prod(-1).sqrt().log()
        log_sizes[lv] = (side * counts).sum() / counts.sum() - octave
    R = len(config.aspect_ratios)
    log_ratios = _kmeans_1d(torch.cat(ratios), torch.cat(weights) + 1e-6, R)
    return _config(config, log_sizes, log_ratios), tuple(ideal)


def fit_anchors(
    spec: HeadSpec,
    boxes: Tensor | Sequence[Sequence[float]],
    *,
    image_sizes: Tensor | Sequence[Sequence[int]] | None = None,
    threshold: float = MATCHER_IOU,
    generations: int = 300,
    mutation_prob: float = 0.9,
    sigma: float = 0.1,
    max_boxes: int = 20000,
    min_side: float = 2.0,
    seed: int = 0,
) -> AnchorFit:
    """Fit the anchors of ``spec``'s RetinaNet head to ``boxes`` (see the module doc).

    Args:
        spec: a detection spec with a ``retinanet_head``.
        boxes: ``(B, 4)`` xyxy boxes of the training data, in pixels of the head's input (the
            images resized as the model sees them).
        image_sizes: ``(B, 2)`` the ``(W, H)`` of each box's input image (keeps grid points
            inside the image); ``None``: unbounded grids.
        threshold: the matcher's foreground IoU (RetinaNet: 0.5).
        generations: evolutionary steps after k-means (0: k-means only).
        mutation_prob, sigma: each parameter mutates with this probability by a log-normal
            factor of up to this spread.
        max_boxes: at most this many boxes are used (a seeded subsample).
        min_side: boxes narrower or lower than this are left out.
        seed: makes the result deterministic.

    Returns:
        an :class:`AnchorFit`; ``fitted`` has the spec's number of levels and anchors.

    Raises:
        heads.SpecError: for a head without anchors.
        ValueError: when no box is left.
    """
    original = anchor_config(spec)
    b = torch.as_tensor(boxes, dtype=torch.float32).reshape(-1, 4)
    limits = None if image_sizes is None else torch.as_tensor(image_sizes, dtype=torch.float32)
    if limits is not None and limits.shape != (len(b), 2):
        raise ValueError(
            f"image_sizes must be (B, 2) for {len(b)} boxes, got {tuple(limits.shape)}"
        )
    wh = b[:, 2:] - b[:, :2]
    keep = (wh >= min_side).all(1) & torch.isfinite(b).all(1)
    b, wh = b[keep], wh[keep]
    limits = None if limits is None else limits[keep]
    if len(b) == 0:
        raise ValueError(f"no boxes to fit anchors to (boxes at least {min_side} px on each side)")
    g = torch.Generator().manual_seed(seed)
    if len(b) > max_boxes:
        pick = torch.randperm(len(b), generator=g)[:max_boxes]
        b, wh = b[pick], wh[pick]
        limits = None if limits is None else limits[pick]

    def score(c: AnchorConfig) -> AnchorQuality:
        return quality(c, b, threshold, limits)

    # The boxes' offsets from their grid points depend on the strides only: computed once.
    rel = _relative(b, original.strides, limits)
    before = score(original)
    start, ideal = _kmeans_start(original, wh, seed)
    candidates = [(original, before), (start, score(start))]
    best_c, best_q = max(candidates, key=lambda t: t[1].fitness)
    best_f = best_q.fitness
    log_s = torch.tensor(best_c.sizes).log()
    log_r = torch.tensor(best_c.aspect_ratios).log()
    # A level no box prefers keeps its size: nothing there to fit, and its size would drift.
    used = torch.tensor([len(c) > 0 for c in ideal] + [True] * len(log_r))
    for _ in range(generations):
        params = torch.cat([log_s, log_r])
        mask = (torch.rand(params.shape, generator=g) < mutation_prob) & used
        if not mask.any():
            continue
        spread = sigma * float(torch.rand((), generator=g))
        step = torch.randn(params.shape, generator=g) * spread * mask
        cand = _config(original, log_s + step[: len(log_s)], log_r + step[len(log_s) :])
        f = _fitness(rel, cand, threshold)
        if f > best_f:
            best_c, best_f = cand, f
            log_s = torch.tensor(cand.sizes).log()
            log_r = torch.tensor(cand.aspect_ratios).log()
    candidates.append((best_c, score(best_c)))
    # The fit must not lose recall the head had: the best fitness among those that keep it.
    fitted, after = max(
        (t for t in candidates if t[1].recall >= before.recall), key=lambda t: t[1].fitness
    )
    return AnchorFit(original, fitted, before, after, ideal, float(threshold), len(b))


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------

#: Colour per level (fine to coarse) of drawn anchors.
LEVEL_COLORS = ((0, 200, 255), (255, 170, 0), (255, 60, 160), (120, 230, 80), (180, 120, 255))


def best_anchors(config: AnchorConfig, boxes: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """Each box's best anchor on the grid: its ``xyxy`` box, its level and its IoU.

    Shape:
        boxes (B, 4) -> anchors (B, 4), levels (B,), ious (B,)
    """
    boxes = boxes.float()
    iou = _grid_iou(boxes, config, None)  # (B, L, A)
    B, L, A = iou.shape
    flat = iou.flatten(1)  # (B, L*A)
    best, idx = flat.amax(1), flat.argmax(1)
    level, a = idx // A, idx % A
    strides = torch.tensor(config.strides, dtype=boxes.dtype)[level]  # (B,)
    centre = (boxes[:, :2] + boxes[:, 2:]) / 2
    grid = torch.round(centre / strides[:, None]) * strides[:, None]  # (B, 2)
    cells = torch.stack(config.cells()).to(boxes)[level, a]  # (B, 4)
    return cells + grid.repeat(1, 2), level, best


def draw_anchors(
    image: Tensor,
    boxes: Tensor,
    config: AnchorConfig,
    *,
    scale: float = 1.0,
    width: int = 2,
    font: str | None = None,
    font_size: int | None = None,
) -> Tensor:
    """Draw boxes (white) and each box's best anchor on the grid (coloured by level, labelled
    with its stride, size and IoU) with ``torchvision.utils.draw_bounding_boxes``.

    Args:
        image: the image, ``scale`` times the size of the input the boxes are given in (an
            enlarged picture keeps the labels legible; labels stay in input pixels).
        boxes: ``(B, 4)`` xyxy in input pixels.
        config: the anchors.
        width, font, font_size: passed to ``draw_bounding_boxes``.

    Shape:
        image (3, H, W) uint8, boxes (B, 4) -> (3, H, W) uint8

    Example:
        >>> cfg = AnchorConfig((32.0,), (1.0,), 1, (8,))
        >>> out = draw_anchors(torch.zeros(3, 64, 64, dtype=torch.uint8),
        ...                    torch.tensor([[10.0, 10, 40, 40]]), cfg)
        >>> out.shape, out.dtype, int(out.max())
        (torch.Size([3, 64, 64]), torch.uint8, 255)
    """
    from torchvision.utils import draw_bounding_boxes

    if len(boxes) == 0:
        return image.clone()
    anchors, levels, ious = best_anchors(config, boxes)
    sizes = (anchors[:, 2:] - anchors[:, :2]).round().int().tolist()
    H, W = image.shape[-2:]
    limit = torch.tensor([W, H, W, H], dtype=anchors.dtype) - 1
    anchors = torch.minimum((anchors * scale).clamp(min=0), limit)
    out = draw_bounding_boxes(image, boxes.float() * scale, colors="white", width=width)
    labels = [
        f"s{config.strides[lv]} {w}x{h} IoU {iou:.2f}"
        for lv, (w, h), iou in zip(levels.tolist(), sizes, ious.tolist())
    ]
    colors = [LEVEL_COLORS[lv % len(LEVEL_COLORS)] for lv in levels.tolist()]
    # Labels in black on the level's colour: legible on any background.
    return draw_bounding_boxes(
        out, anchors, labels=labels, colors=colors, width=width, font=font, font_size=font_size,
        label_colors="black", label_background_colors=colors, fill_labels=True,
    )  # fmt: skip


__all__ = [
    "LEVEL_COLORS", "MATCHER_IOU", "AnchorConfig", "AnchorFit", "AnchorQuality", "anchor_config",
    "apply_anchors", "best_anchors", "draw_anchors", "fit_anchors", "kmeans_shapes", "quality",
    "shape_iou",
]  # fmt: skip
