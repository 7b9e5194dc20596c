"""Test-time augmentation and sliced inference inside the prediction pipeline.

:class:`designer.inference.Predictor` runs a design on one image; with :class:`TTAOptions` it
runs the backbone and the head on several views of the image (scales, each optionally flipped
left-right; :func:`heads.tta.tta_outputs`) or on overlapping tiles of the image at its own
resolution (:func:`heads.tta.sliced_outputs`), and keeps their raw outputs in its cache keyed by
the options. Merging them (:func:`merge`: logits and masks averaged or blended, boxes decoded per
view or tile and fused) happens with the post-processing, so a threshold or suppression change
re-runs only the merge, from the cached views.

Example:
    >>> opts = check_tta(TTAOptions(hflip=True, scales=(1.25, 1.0)), "detection")
    >>> opts.scales, opts.plain, describe(opts)
    ((1.0, 1.25), False, '4 views: scales 1, 1.25, each also flipped left-right')
    >>> describe(TTAOptions(sliced=True), 9, (1024, 768))
    'sliced inference: 9 tiles of 256 px, 20% overlap of the image at 1024×768'
    >>> check_tta(TTAOptions(sliced=True), "classification")
    Traceback (most recent call last):
    ...
    ValueError: sliced inference is for detection and segmentation (a classifier sees the whole image); turn it off or use flip and scales
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from torch import Tensor

from heads.segmenter import IMAGE_LEVEL
from heads.spec import HeadSpec, Task

#: Scales a view may have (of the size the backbone normally sees).
SCALE_RANGE = (0.5, 2.0)
#: At most this many scales (each is one more backbone pass, two with the flip).
MAX_SCALES = 4
#: Sliced inference works on the image at its own size, down-scaled to this longest side.
SLICED_MAX_SIDE = 2048
#: Tile sides (pixels) and the most tiles one image may take.
TILE_RANGE = (64, 1024)
MAX_TILES = 256
#: Tiles per backbone call.
TILE_BATCH = 4


@dataclass(frozen=True)
class TTAOptions:
    """How the network runs on an image (each change re-runs the network; thresholds do not).

    Attributes:
        hflip: also run each scale flipped left-right (outputs flipped back and averaged).
        scales: view sizes relative to what the backbone normally sees (1.0 is the image).
        sliced: run overlapping tiles of the image at its own resolution (up to
            :data:`SLICED_MAX_SIDE`) instead of the whole image shrunk (detection and
            segmentation); flip and scales do not apply then.
        tile: tile side in pixels (a multiple of the backbone's 32).
        overlap: fraction of a tile that neighbours share.
        whole_image: detection, sliced: also run the whole image resized to one tile, for
            objects larger than the overlap.
    """

    hflip: bool = False
    scales: tuple[float, ...] = (1.0,)
    sliced: bool = False
    tile: int = 256
    overlap: float = 0.2
    whole_image: bool = True

    @property
    def plain(self) -> bool:
        """Whether these options are plain inference (one pass over the whole image)."""
        return not self.sliced and not self.hflip and self.scales == (1.0,)


def check_tta(opts: TTAOptions, task: Task | str, *, fixed_size: bool = False) -> TTAOptions:
    """The options checked and normalised (scales sorted, without repeats).

    Args:
        opts: the options.
        task: the design's task.
        fixed_size: the backbone takes one input size only (a ViT), so no other scale or tile.

    Raises:
        ValueError: naming the option, its valid range and what to do.
    """
    task = Task(task)
    try:
        scales = tuple(sorted({round(float(s), 4) for s in opts.scales or (1.0,)}))
    except (TypeError, ValueError):
        raise ValueError(f"scales must be numbers, got {opts.scales!r}") from None
    lo, hi = SCALE_RANGE
    if any(not lo <= s <= hi for s in scales):
        raise ValueError(f"scales must be between {lo:g} and {hi:g}, got {list(scales)}")
    if len(scales) > MAX_SCALES:
        raise ValueError(f"at most {MAX_SCALES} scales (one backbone pass each), got {len(scales)}")
    tile = int(opts.tile)
    if opts.sliced:
        if task is Task.CLASSIFICATION:
            raise ValueError(
                "sliced inference is for detection and segmentation (a classifier sees the "
                "whole image); turn it off or use flip and scales"
            )
        if not TILE_RANGE[0] <= tile <= TILE_RANGE[1] or tile % 32:
            raise ValueError(
                f"the tile size must be a multiple of 32 in {TILE_RANGE[0]}..{TILE_RANGE[1]}, "
                f"got {opts.tile}"
            )
        if not 0.0 <= float(opts.overlap) <= 0.5:
            raise ValueError(f"the tile overlap must be between 0 and 0.5, got {opts.overlap}")
    out = dataclasses.replace(opts, scales=scales, tile=tile, overlap=float(opts.overlap))
    if fixed_size and (out.sliced or out.scales != (1.0,)):
        raise ValueError(
            "this backbone takes one input size only: other scales and sliced inference need "
            "a convolutional backbone (flip works)"
        )
    return out


def describe(opts: TTAOptions, tiles: int | None = None, size: Any = None) -> str:
    """What ran, in words (the Predict tab's note); ``size`` is the working ``(W, H)``."""
    if opts.sliced:
        where = f" of the image at {size[0]}×{size[1]}" if size else ""
        count = f"{tiles} tiles" if tiles is not None else "tiles"
        share = f"{100 * opts.overlap:.0f}%"
        return f"sliced inference: {count} of {opts.tile} px, {share} overlap{where}"
    views = len(opts.scales) * (2 if opts.hflip else 1)
    scales = ", ".join(f"{s:g}" for s in opts.scales)
    flip = ", each also flipped left-right" if opts.hflip else ""
    return f"{views} views: scale{'s' if len(opts.scales) > 1 else ''} {scales}{flip}"


def sliced_config(config: Any, image_size: tuple[int, int]) -> Any:
    """The preprocessing of sliced inference: the image at its own size (at most
    :data:`SLICED_MAX_SIDE` on its longest side), padded to the backbone's multiple."""
    from designer.backbones import ResizePolicy

    side = min(max(image_size), SLICED_MAX_SIDE)
    return dataclasses.replace(config, policy=ResizePolicy.SHRINK, max_side=side,
                               min_side=min(config.min_side, side))  # fmt: skip


def _features_fn(backbone: Any, spec: HeadSpec, clock: dict[str, float]):
    levels = tuple(k for k in spec.input_levels if k != IMAGE_LEVEL)

    def features(images: Tensor) -> dict[str, Tensor]:
        t0 = time.perf_counter()
        feats = backbone(images, levels)
        clock["backbone"] += (time.perf_counter() - t0) * 1000.0
        out = {k: feats[k] for k in levels}
        if IMAGE_LEVEL in spec.input_levels:
            # Segmentation heads read the view itself for its size (the ``image`` level).
            out[IMAGE_LEVEL] = images
        return out

    return features


def run_views(
    opts: TTAOptions, x: Tensor, backbone: Any, head: Any, spec: HeadSpec
) -> tuple[Any, dict[str, float]]:
    """Run the network on every view or tile of one preprocessed image ``x (3, H, W)``.

    Returns:
        the raw outputs (:class:`heads.tta.TTARaw` or :class:`heads.tta.SlicedRaw`) and the
        milliseconds spent, ``{"backbone", "head"}``.

    Raises:
        ValueError: when the tiles would be more than :data:`MAX_TILES`.
    """
    from heads.tta import TTA, sliced_outputs, tile_grid, tta_outputs

    clock = {"backbone": 0.0}
    features = _features_fn(backbone, spec, clock)
    multiple = int(getattr(backbone.config, "multiple", 32))
    t0 = time.perf_counter()
    images = x[None]  # (3, H, W) -> (1, 3, H, W)
    if opts.sliced:
        n = len(tile_grid(images.shape[-2:], opts.tile, opts.overlap))
        if n > MAX_TILES:
            raise ValueError(
                f"{n} tiles of {opts.tile} px is over the limit of {MAX_TILES}: choose larger "
                "tiles or less overlap"
            )
        raw = sliced_outputs(
            images, features, head, opts.tile, opts.overlap, batch=TILE_BATCH, spec=spec,
            whole_image=opts.whole_image and spec.task is Task.DETECTION, size_multiple=multiple,
        )  # fmt: skip
    else:
        tta = TTA(scales=opts.scales, hflip=opts.hflip, size_multiple=multiple)
        raw = tta_outputs(images, features, head, tta, spec=spec)
    total = (time.perf_counter() - t0) * 1000.0
    return raw, {"backbone": round(clock["backbone"], 2),
                 "head": round(max(0.0, total - clock["backbone"]), 2)}  # fmt: skip


def merge(raw: Any, post: Any) -> dict[str, Tensor]:
    """The views or tiles merged into the outputs post-processing reads.

    Classification: ``{"logits"}`` averaged; segmentation: ``{"mask_logits"}`` averaged (views)
    or blended (tiles) at the input's size; detection: ``{"boxes", "scores", "labels"}`` of the
    one image in input pixels, each view or tile decoded with ``post``'s thresholds and
    suppression, then fused by weighted box fusion.

    Args:
        raw: from :func:`run_views`.
        post: a :class:`designer.inference.PostOptions`.
    """
    from heads import tta

    sliced = isinstance(raw, tta.SlicedRaw)
    if raw.task is Task.CLASSIFICATION:
        return {"logits": tta.tta_classify(raw)}
    if raw.task is Task.SEGMENTATION:
        return {"mask_logits": tta.sliced_segment(raw) if sliced else tta.tta_segment(raw)}
    opts = tta.DetectOptions(
        score_threshold=float(post.score_threshold), iou_threshold=float(post.iou_threshold),
        suppression=post.suppression, detections_per_img=int(post.max_detections),
    )  # fmt: skip
    return tta.sliced_detect(raw, opts) if sliced else tta.tta_detect(raw, opts)[0]


def summary(opts: TTAOptions, raw: Any, size: tuple[int, int]) -> dict[str, Any]:
    """What ran, as data: the mode, the views or the tiles, and ``text`` in words (``size`` is
    the working image's ``(W, H)``)."""
    from heads.tta import SlicedRaw

    if isinstance(raw, SlicedRaw):
        return {"mode": "sliced", "tile": opts.tile, "overlap": opts.overlap,
                "tiles": len(raw.tiles), "whole_image_pass": raw.whole is not None,
                "working_size": list(size), "text": describe(opts, len(raw.tiles), size)}  # fmt: skip
    views = [{"scale": v.view.scale, "hflip": v.view.hflip, "size": list(v.input_size)}
             for v in raw.views]  # fmt: skip
    return {"mode": "tta", "views": views, "text": "test-time augmentation, " + describe(opts)}


def raw_bytes(obj: Any) -> int:
    """Bytes of the tensors in cached outputs: views, tiles and plain dicts alike."""
    from designer.backbones import module_bytes

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return sum(raw_bytes(getattr(obj, f.name)) for f in dataclasses.fields(obj))
    if isinstance(obj, Mapping):
        return sum(raw_bytes(v) for v in obj.values())
    if isinstance(obj, list | tuple):
        return sum(raw_bytes(v) for v in obj)
    return module_bytes(obj)


__all__ = [
    "MAX_SCALES", "MAX_TILES", "SLICED_MAX_SIDE", "TTAOptions", "check_tta", "describe", "merge",
    "raw_bytes", "run_views", "sliced_config", "summary",
]  # fmt: skip
