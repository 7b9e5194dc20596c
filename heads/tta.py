"""Test-time augmentation and sliced inference for large images, for all three tasks.

Both run a backbone and a head on transformed copies of the input and map every result back to
the input's coordinates before merging:

- **TTA** (:func:`tta_outputs`): views at several scales, each optionally flipped left-right.
  Classification averages the views' logits; segmentation flips each view's ``mask_logits``
  back, resizes them to the input size (bilinear) and averages them; detection decodes each view,
  maps its boxes back (un-flip, then undo the scale) and merges the views' boxes with a
  suppression method of :mod:`heads.nms`, by default Weighted Box Fusion with each view as one
  of the fused lists (:func:`heads.nms.weighted_boxes_fusion`).
- **Sliced inference** (:func:`sliced_outputs`): tiles of a fixed size with overlap that cover
  the image (:func:`tile_grid`), run in batches; detection shifts each tile's boxes to image
  coordinates and merges them (optionally with a pass over the whole image at tile size, for
  objects larger than a tile); segmentation blends the tiles' logits with weights that fall off
  towards the tile edges inside the overlap, so seams do not show.

Running the network and merging are separate steps: :func:`tta_outputs` and
:func:`sliced_outputs` return the raw head outputs of every view or tile (:class:`TTARaw`,
:class:`SlicedRaw`), and the ``tta_*`` / ``sliced_*`` functions turn them into results. A change
of score threshold, IoU or suppression method re-runs only the merge, from cached raw outputs.

The network is two callables: ``features_fn(images (N, 3, H, W)) -> {level: tensor}`` (the
backbone; for segmentation heads reading the ``image`` level it includes the images under that
name) and ``head(features) -> {output key: tensor}`` (a :class:`heads.GraphHead` or anything
returning the same keys). Images are what the backbone takes (normalised, padded); view and
tile sizes are multiples of ``size_multiple`` (32 for backbones whose deepest stride is 32).

Example:
    >>> import torch, heads
    >>> spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(3, 32)}, num_classes=4)
    >>> head = heads.build_head(None, spec).eval()
    >>> features = lambda x: {"c5": torch.nn.functional.avg_pool2d(x, 32)}
    >>> raw = tta_outputs(torch.rand(2, 3, 64, 96), features, head, TTA(scales=(1.0, 1.5)))
    >>> [(v.view.scale, v.view.hflip, v.input_size) for v in raw.views]
    [(1.0, False, (64, 96)), (1.0, True, (64, 96)), (1.5, False, (96, 160)), (1.5, True, (96, 160))]
    >>> tta_classify(raw).shape
    torch.Size([2, 4])
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from heads.nms import Suppression, suppress, weighted_boxes_fusion
from heads.params import WBFConf
from heads.spec import HeadSpec, Task

FeaturesFn = Callable[[Tensor], Mapping[str, Tensor]]
HeadFn = Callable[[Mapping[str, Tensor]], Mapping[str, Any]]


# ---------------------------------------------------------------------------------------------
# Views and coordinate mapping
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """One augmented copy of the input: a scale and an optional left-right flip."""

    scale: float = 1.0
    hflip: bool = False


@dataclass(frozen=True)
class TTA:
    """Which views test-time augmentation runs.

    Args:
        scales: input scales (1.0 is the input itself).
        hflip: also run each scale flipped left-right.
        size_multiple: view sides are rounded to a multiple of this (the backbone's stride).
    """

    scales: tuple[float, ...] = (1.0,)
    hflip: bool = True
    size_multiple: int = 32

    def __post_init__(self) -> None:
        scales = tuple(float(s) for s in self.scales)
        if not scales or any(not (0.1 <= s <= 4.0) for s in scales):
            raise ValueError(f"scales must be between 0.1 and 4, got {self.scales}")
        if self.size_multiple < 1:
            raise ValueError(f"size_multiple must be at least 1, got {self.size_multiple}")
        object.__setattr__(self, "scales", scales)

    def views(self) -> tuple[View, ...]:
        """Every (scale, flip) pair, scales in order, unflipped first."""
        flips = (False, True) if self.hflip else (False,)
        return tuple(View(s, f) for s, f in itertools.product(self.scales, flips))


def view_size(size: Sequence[int], scale: float, multiple: int = 32) -> tuple[int, int]:
    """``(H, W)`` of a view: each side times ``scale``, rounded to a multiple (at least one).

    Example:
        >>> view_size((256, 320), 1.25)
        (320, 416)
    """
    # halves round up (Python's round() would send 12.5 to 12)
    return tuple(
        max(multiple, math.floor(int(s) * scale / multiple + 0.5) * multiple) for s in size
    )


def apply_view(images: Tensor, view: View, size: Sequence[int]) -> Tensor:
    """The view of ``images``: resized to ``size`` (bilinear, antialiased when shrinking), then
    flipped left-right when the view says so.

    Shape:
        (N, 3, H, W) -> (N, 3, size[0], size[1])
    """
    H, W = images.shape[-2:]
    out = images
    if (H, W) != tuple(size):
        shrink = size[0] < H or size[1] < W
        out = F.interpolate(images, size=tuple(size), mode="bilinear", align_corners=False,
                            antialias=shrink)  # fmt: skip
    return torch.flip(out, dims=[-1]) if view.hflip else out


def boxes_to_input(
    boxes: Tensor, view: View, view_size: Sequence[int], input_size: Sequence[int]
) -> Tensor:
    """Map ``xyxy`` boxes predicted on a view back to the input's pixels: un-flip, then undo the
    view's resize (per axis, since sides are rounded).

    Shape:
        (D, 4) -> (D, 4)

    Example:
        >>> b = torch.tensor([[10.0, 20.0, 30.0, 60.0]])
        >>> boxes_to_input(b, View(2.0, hflip=True), (128, 128), (64, 64))
        tensor([[49., 10., 59., 30.]])
    """
    vh, vw = (float(v) for v in view_size)
    h, w = (float(v) for v in input_size)
    if view.hflip:
        boxes = torch.stack([vw - boxes[:, 2], boxes[:, 1], vw - boxes[:, 0], boxes[:, 3]], 1)
    scale = boxes.new_tensor([w / vw, h / vh, w / vw, h / vh])
    return boxes * scale


def boxes_to_view(
    boxes: Tensor, view: View, view_size: Sequence[int], input_size: Sequence[int]
) -> Tensor:
    """The inverse of :func:`boxes_to_input`: input boxes as they lie on the view.

    Shape:
        (D, 4) -> (D, 4)
    """
    vh, vw = (float(v) for v in view_size)
    h, w = (float(v) for v in input_size)
    boxes = boxes * boxes.new_tensor([vw / w, vh / h, vw / w, vh / h])
    if view.hflip:
        boxes = torch.stack([vw - boxes[:, 2], boxes[:, 1], vw - boxes[:, 0], boxes[:, 3]], 1)
    return boxes


def map_to_input(logits: Tensor, view: View, input_size: Sequence[int]) -> Tensor:
    """A view's dense ``(N, K, h, w)`` logits on the input's grid: un-flipped, resized
    (bilinear) to ``input_size``.

    Shape:
        (N, K, h, w) -> (N, K, input_size[0], input_size[1])
    """
    if view.hflip:
        logits = torch.flip(logits, dims=[-1])
    if tuple(logits.shape[-2:]) != tuple(input_size):
        logits = F.interpolate(logits, size=tuple(input_size), mode="bilinear", align_corners=False)
    return logits


# ---------------------------------------------------------------------------------------------
# Running the network: raw outputs, kept for post-processing
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ViewOutput:
    """A view and the head's raw outputs on it (tensors only), at ``input_size = (H, W)``."""

    view: View
    input_size: tuple[int, int]
    outputs: dict[str, Tensor]


@dataclass(frozen=True)
class TTARaw:
    """The raw outputs of every view of a batch (what the merge functions read).

    Attributes:
        spec: the head's spec (task, and for detection its decoding).
        input_size: ``(H, W)`` of the images given.
        views: one :class:`ViewOutput` per view.
    """

    spec: HeadSpec
    input_size: tuple[int, int]
    views: tuple[ViewOutput, ...]

    @property
    def task(self) -> Task:
        return self.spec.task


def _spec_of(head: Any, spec: HeadSpec | None) -> HeadSpec:
    spec = spec if spec is not None else getattr(head, "spec", None)
    if not isinstance(spec, HeadSpec):
        raise ValueError("pass the head's spec (the head has no 'spec' attribute)")
    return spec


def _run(images: Tensor, features_fn: FeaturesFn, head: HeadFn) -> dict[str, Tensor]:
    with torch.inference_mode():
        out = head(features_fn(images))
    return {k: v for k, v in out.items() if isinstance(v, Tensor)}


def _check_images(images: Tensor) -> None:
    if not isinstance(images, Tensor) or images.ndim != 4 or images.shape[1] != 3:
        shape = tuple(images.shape) if isinstance(images, Tensor) else type(images).__name__
        raise ValueError(f"images must be a (N, 3, H, W) tensor, got {shape}")


def tta_outputs(
    images: Tensor,
    features_fn: FeaturesFn,
    head: HeadFn,
    tta: TTA = TTA(),
    *,
    spec: HeadSpec | None = None,
) -> TTARaw:
    """Run the backbone and head on every view of ``images`` (the expensive step).

    Args:
        images: ``(N, 3, H, W)`` input images, as the backbone takes them.
        features_fn: the backbone, ``images -> {level: tensor}``.
        head: ``features -> outputs``.
        tta: the views.
        spec: the head's spec (default: ``head.spec``).
    """
    _check_images(images)
    spec = _spec_of(head, spec)
    size = (int(images.shape[-2]), int(images.shape[-1]))
    views = []
    for view in tta.views():
        vsize = view_size(size, view.scale, tta.size_multiple) if view.scale != 1.0 else size
        out = _run(apply_view(images, view, vsize), features_fn, head)
        views.append(ViewOutput(view, vsize, out))
    return TTARaw(spec, size, tuple(views))


def _expect(raw: Any, task: Task) -> None:
    if raw.task is not task:
        raise ValueError(f"these are outputs of a {raw.task.value} head, not a {task.value} head")


def tta_classify(raw: TTARaw) -> Tensor:
    """The views' ``logits`` averaged. Shape: ``(N, K)``."""
    _expect(raw, Task.CLASSIFICATION)
    return torch.stack([v.outputs["logits"] for v in raw.views]).mean(0)


def tta_segment(raw: TTARaw, key: str = "mask_logits") -> Tensor:
    """The views' ``mask_logits`` mapped back to the input and averaged.

    Shape:
        ``(N, K, H, W)`` at the input size.
    """
    _expect(raw, Task.SEGMENTATION)
    maps = [map_to_input(v.outputs[key].float(), v.view, raw.input_size) for v in raw.views]
    return torch.stack(maps).mean(0)


@dataclass(frozen=True)
class DetectOptions:
    """How detections are decoded per view or tile and merged.

    Attributes:
        score_threshold: boxes scoring at most this are dropped (per view, and after merging).
        iou_threshold: the per-view suppression's IoU.
        suppression: per-view suppression (a :class:`heads.nms.Suppression`).
        merge: how the views' boxes are merged (default Weighted Box Fusion).
        merge_iou: the merge's IoU (a box joins a cluster above it).
        detections_per_img: at most this many boxes per image, per view and after merging.
        wbf_conf: TTA merged by WBF: how fused boxes are scored (:class:`heads.params.WBFConf`;
            ``avg`` lowers the score of an object some views missed).
        view_weights: TTA merged by WBF: one weight per view (default 1 each).
    """

    score_threshold: float = 0.05
    iou_threshold: float = 0.5
    suppression: Suppression | str = Suppression.CLASS_AWARE
    merge: Suppression | str = Suppression.WBF
    merge_iou: float = 0.55
    detections_per_img: int = 100
    wbf_conf: WBFConf | str = WBFConf.AVG
    view_weights: tuple[float, ...] | None = None


def _decode(spec: HeadSpec, outputs: Mapping[str, Tensor], size: Sequence[int],
            opts: DetectOptions) -> list[dict[str, Tensor]]:  # fmt: skip
    from heads.detector import decode_detections

    N = outputs["cls_logits"].shape[0]
    return decode_detections(
        spec,
        dict(outputs),
        None,
        [tuple(size)] * N,
        input_size=tuple(size),
        score_threshold=opts.score_threshold,
        suppression=opts.suppression,
        iou_threshold=opts.iou_threshold,
        detections_per_img=opts.detections_per_img,
    )


def _merge(
    parts: Sequence[dict[str, Tensor]], opts: DetectOptions, *, views: bool = False
) -> dict[str, Tensor]:
    """One image's boxes from several views or tiles, merged by ``opts.merge``.

    Views are separate predictions of the same objects: with WBF each view is one of the
    fusion's model lists (an object some views missed scores lower). Tiles each see a part of
    the image, so their boxes are one list.
    """
    if views and Suppression(opts.merge) is Suppression.WBF and len(parts) > 1:
        res = weighted_boxes_fusion(
            [p["boxes"] for p in parts],
            [p["scores"] for p in parts],
            [p["labels"] for p in parts],
            opts.view_weights,
            iou_threshold=opts.merge_iou,
            conf_type=opts.wbf_conf,
        )
        keep = torch.nonzero(res.scores > opts.score_threshold).squeeze(1)
        keep = keep[: opts.detections_per_img]  # fused boxes come highest score first
        return {"boxes": res.boxes[keep], "scores": res.scores[keep], "labels": res.labels[keep]}
    boxes = torch.cat([p["boxes"] for p in parts])
    scores = torch.cat([p["scores"] for p in parts])
    labels = torch.cat([p["labels"] for p in parts])
    if len(parts) == 1 or len(boxes) == 0:
        keep = torch.argsort(scores, descending=True, stable=True)[: opts.detections_per_img]
        return {"boxes": boxes[keep], "scores": scores[keep], "labels": labels[keep]}
    res = suppress(
        boxes,
        scores,
        labels,
        opts.merge,
        iou_threshold=opts.merge_iou,
        score_threshold=opts.score_threshold,
        max_detections=opts.detections_per_img,
    )
    return {"boxes": res.boxes, "scores": res.scores, "labels": res.labels}


def tta_detect(raw: TTARaw, options: DetectOptions = DetectOptions()) -> list[dict[str, Tensor]]:
    """Each view decoded, its boxes mapped back to the input, the views merged.

    Returns:
        one dict per image: ``boxes (D, 4)`` xyxy input pixels, ``scores (D,)``, ``labels (D,)``,
        highest score first.
    """
    _expect(raw, Task.DETECTION)
    per_view = []
    for v in raw.views:
        dets = _decode(raw.spec, v.outputs, v.input_size, options)
        for d in dets:
            d["boxes"] = boxes_to_input(d["boxes"], v.view, v.input_size, raw.input_size)
        per_view.append(dets)
    N = len(per_view[0])
    return [_merge([dets[i] for dets in per_view], options, views=True) for i in range(N)]


# ---------------------------------------------------------------------------------------------
# Sliced inference
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """A tile of the image: rows ``y0:y1`` and columns ``x0:x1`` (pixels)."""

    y0: int
    x0: int
    y1: int
    x1: int

    @property
    def size(self) -> tuple[int, int]:
        return (self.y1 - self.y0, self.x1 - self.x0)


def _starts(length: int, tile: int, step: int) -> list[int]:
    if length <= tile:
        return [0]
    starts = list(range(0, length - tile, step))
    return starts + [length - tile]  # the last tile ends at the image's edge


def tile_grid(
    image_size: Sequence[int], tile: int | Sequence[int], overlap: float = 0.2
) -> list[Tile]:
    """Tiles of ``tile`` pixels that cover an image, neighbours overlapping by at least
    ``overlap`` of a tile; the last row and column end at the image's edges. A side shorter
    than the tile gets one tile of that side.

    Example:
        >>> [(t.x0, t.x1) for t in tile_grid((100, 600), 256, 0.25) if t.y0 == 0]
        [(0, 256), (192, 448), (344, 600)]
    """
    th, tw = (
        (int(tile), int(tile)) if isinstance(tile, int | float) else (int(tile[0]), int(tile[1]))
    )
    if th < 1 or tw < 1:
        raise ValueError(f"the tile size must be positive, got {tile}")
    if not 0.0 <= overlap < 1.0:
        raise ValueError(f"overlap is a fraction of the tile in [0, 1), got {overlap}")
    H, W = (int(v) for v in image_size)
    ys = _starts(H, th, max(1, th - math.ceil(th * overlap)))
    xs = _starts(W, tw, max(1, tw - math.ceil(tw * overlap)))
    return [Tile(y, x, min(H, y + th), min(W, x + tw)) for y in ys for x in xs]


@dataclass(frozen=True)
class SlicedRaw:
    """Raw head outputs of every tile (and of the optional whole-image pass).

    Attributes:
        spec: the head's spec.
        input_size: ``(H, W)`` of the image.
        tiles: the tiles, in the order of ``outputs``.
        outputs: per tile, the head's outputs for a batch of one.
        whole: the whole image's view at tile size (:class:`ViewOutput`), or ``None``.
    """

    spec: HeadSpec
    input_size: tuple[int, int]
    tiles: tuple[Tile, ...]
    outputs: tuple[dict[str, Tensor], ...]
    whole: ViewOutput | None = None

    @property
    def task(self) -> Task:
        return self.spec.task


def sliced_outputs(
    image: Tensor,
    features_fn: FeaturesFn,
    head: HeadFn,
    tile: int | Sequence[int] = 512,
    overlap: float = 0.2,
    *,
    batch: int = 4,
    whole_image: bool = False,
    size_multiple: int = 32,
    spec: HeadSpec | None = None,
) -> SlicedRaw:
    """Run the backbone and head on overlapping tiles of one image (the expensive step).

    Args:
        image: ``(1, 3, H, W)`` or ``(3, H, W)``, as the backbone takes it.
        features_fn, head: the network (see the module doc).
        tile: tile size (a multiple of ``size_multiple``).
        overlap: fraction of a tile neighbours share.
        batch: tiles per backbone call.
        whole_image: detection: also run the whole image resized to fit one tile, so objects
            larger than the overlap are found whole.
        size_multiple: the backbone's size multiple (tiles and the whole view keep to it).
        spec: the head's spec (default: ``head.spec``).
    """
    if image.ndim == 3:
        image = image[None]
    _check_images(image)
    if image.shape[0] != 1:
        raise ValueError(f"sliced inference takes one image, got a batch of {image.shape[0]}")
    spec = _spec_of(head, spec)
    size = (int(image.shape[-2]), int(image.shape[-1]))
    tiles = tile_grid(size, tile, overlap)
    if any(t % size_multiple for t in tiles[0].size) and len(tiles) > 1:
        raise ValueError(f"the tile size must be a multiple of {size_multiple}, got {tile}")
    outputs: list[dict[str, Tensor]] = []
    for i in range(0, len(tiles), max(1, batch)):
        group = tiles[i : i + max(1, batch)]
        crops = torch.cat([image[..., t.y0 : t.y1, t.x0 : t.x1] for t in group])  # (B, 3, th, tw)
        out = _run(crops, features_fn, head)
        outputs += [{k: v[j : j + 1] for k, v in out.items()} for j in range(len(group))]
    whole = None
    if whole_image and len(tiles) > 1:
        th, tw = tiles[0].size
        scale = min(th / size[0], tw / size[1])
        view = View(scale)
        vsize = view_size(size, scale, size_multiple)
        whole = ViewOutput(view, vsize, _run(apply_view(image, view, vsize), features_fn, head))
    return SlicedRaw(spec, size, tuple(tiles), tuple(outputs), whole)


def _uncut(boxes: Tensor, tile: Tile, image_size: Sequence[int], margin: float) -> Tensor:
    """Which boxes (tile pixels) keep clear of the tile's edges that lie inside the image."""
    H, W = (int(v) for v in image_size)
    th, tw = tile.size
    keep = torch.ones(len(boxes), dtype=torch.bool, device=boxes.device)
    if tile.x0 > 0:
        keep &= boxes[:, 0] > margin
    if tile.y0 > 0:
        keep &= boxes[:, 1] > margin
    if tile.x1 < W:
        keep &= boxes[:, 2] < tw - margin
    if tile.y1 < H:
        keep &= boxes[:, 3] < th - margin
    return keep


def sliced_detect(
    raw: SlicedRaw, options: DetectOptions = DetectOptions(), *, cut_margin: float | None = 1.0
) -> dict[str, Tensor]:
    """Each tile decoded, its boxes shifted to image pixels, all merged (with the whole-image
    pass's boxes when it ran) by ``options.merge``.

    Args:
        raw: from :func:`sliced_outputs`.
        options: decoding and merging.
        cut_margin: a box reaching within this many pixels of a tile edge inside the image is
            a piece of an object the tile cuts; it is dropped, since the overlap shows the
            object whole in a neighbouring tile when it is smaller than the overlap (larger
            objects need the whole-image pass). ``None`` keeps every box.

    Returns:
        ``boxes (D, 4)`` xyxy image pixels, ``scores (D,)``, ``labels (D,)``.
    """
    _expect(raw, Task.DETECTION)
    parts = []
    for t, out in zip(raw.tiles, raw.outputs):
        d = _decode(raw.spec, out, t.size, options)[0]
        if cut_margin is not None and len(raw.tiles) > 1:
            keep = _uncut(d["boxes"], t, raw.input_size, cut_margin)
            d = {k: v[keep] for k, v in d.items()}
        d["boxes"] = d["boxes"] + d["boxes"].new_tensor([t.x0, t.y0, t.x0, t.y0])
        parts.append(d)
    if raw.whole is not None:
        w = raw.whole
        d = _decode(raw.spec, w.outputs, w.input_size, options)[0]
        d["boxes"] = boxes_to_input(d["boxes"], w.view, w.input_size, raw.input_size)
        parts.append(d)
    return _merge(parts, options)


def blend_weights(tile: Tile, image_size: Sequence[int], ramp: int) -> Tensor:
    """A tile's blending weights: 1 inside, falling linearly to ``1 / (ramp + 1)`` over the
    last ``ramp`` pixels before an edge that lies inside the image (image edges keep 1).

    Shape:
        returns (th, tw)
    """
    H, W = (int(v) for v in image_size)
    th, tw = tile.size

    def axis(n: int, start_inside: bool, end_inside: bool) -> Tensor:
        pos = torch.arange(n, dtype=torch.float32)
        w = torch.ones(n)
        if ramp > 0:
            if start_inside:
                w = torch.minimum(w, (pos + 1) / (ramp + 1))
            if end_inside:
                w = torch.minimum(w, (n - pos) / (ramp + 1))
        return w

    wy = axis(th, tile.y0 > 0, tile.y1 < H)
    wx = axis(tw, tile.x0 > 0, tile.x1 < W)
    return wy[:, None] * wx[None, :]  # (th, 1) * (1, tw) -> (th, tw)


def sliced_segment(raw: SlicedRaw, key: str = "mask_logits", ramp: int | None = None) -> Tensor:
    """The tiles' logits blended into one map of the image.

    Each tile's logits (resized to the tile when the head gives them smaller) are weighted by
    :func:`blend_weights` and the weighted sum divided by the summed weights; ``ramp`` defaults
    to half the smallest overlap between neighbouring tiles.

    Shape:
        returns (1, K, H, W)
    """
    _expect(raw, Task.SEGMENTATION)
    H, W = raw.input_size
    if ramp is None:
        ramp = _half_overlap(raw.tiles)
    first = raw.outputs[0][key]
    K = first.shape[1]
    acc = torch.zeros(1, K, H, W, dtype=torch.float32)
    total = torch.zeros(H, W, dtype=torch.float32)
    for t, out in zip(raw.tiles, raw.outputs):
        logits = map_to_input(out[key].float(), View(), t.size)  # (1, K, th, tw)
        w = blend_weights(t, (H, W), ramp)
        acc[..., t.y0 : t.y1, t.x0 : t.x1] += logits * w
        total[t.y0 : t.y1, t.x0 : t.x1] += w
    return acc / total


def _half_overlap(tiles: Sequence[Tile]) -> int:
    overlaps = []
    for a, b in itertools.combinations(tiles, 2):
        if a.y0 == b.y0 and a.x1 > b.x0 > a.x0:
            overlaps.append(a.x1 - b.x0)
        if a.x0 == b.x0 and a.y1 > b.y0 > a.y0:
            overlaps.append(a.y1 - b.y0)
    return min(overlaps) // 2 if overlaps else 0


__all__ = [
    "TTA", "DetectOptions", "SlicedRaw", "TTARaw", "Tile", "View", "ViewOutput", "apply_view",
    "blend_weights", "boxes_to_input", "boxes_to_view", "map_to_input", "sliced_detect",
    "sliced_outputs", "sliced_segment", "tile_grid", "tta_classify", "tta_detect", "tta_outputs",
    "tta_segment", "view_size",
]  # fmt: skip
