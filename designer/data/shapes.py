"""Shapes: a procedural detection / segmentation / classification dataset, deterministic by seed.

Each image (default 256x256) shows 1-5 filled shapes of :data:`CLASS_NAMES` at sizes of 20-120
px, in varied colours, on a varied background (solid colour, smooth noise, stripes, a checker
board, a gradient, or a crop of a photo that ships with matplotlib). Shapes may overlap a little
(each keeps most of itself visible); the annotations describe what is visible:

- ``boxes``: ``(M, 4)`` float32 ``xyxy`` in pixel-edge coordinates (a mask covering columns
  ``x0..x1`` inclusive has box ``x0, ..., x1 + 1``), the tight box of the instance mask;
- ``labels``: ``(M,)`` int64 class indices into :data:`CLASS_NAMES` (0-based);
- ``masks``: ``(M, H, W)`` bool visible instance masks;
- ``semantic``: ``(H, W)`` uint8, ``0`` background and ``label + 1`` for each class.

The classification variant draws one dominant shape (its class is the label) and optionally a few
small distractors.

Sample ``i`` of seed ``s`` depends only on ``(s, i)``: datasets can be indexed in any order and
split across workers.

Example:
    >>> s = generate(2, seed=0)[0]
    >>> s.image.size, s.boxes.shape[1], s.masks.shape[1:], int(s.semantic.max()) <= len(CLASS_NAMES)
    ((256, 256), 4, (256, 256), True)
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image, ImageDraw
from torch import Tensor

#: The shape classes, in label order.
CLASS_NAMES: tuple[str, ...] = ("circle", "square", "triangle", "star", "hexagon")
#: Semantic-segmentation class names: background first, then :data:`CLASS_NAMES`.
SEGMENTATION_CLASS_NAMES: tuple[str, ...] = ("background", *CLASS_NAMES)


class ShapesTask(str, enum.Enum):
    """Which annotations a :class:`ShapesDataset` returns."""

    DETECTION = "detection"
    SEGMENTATION = "segmentation"
    CLASSIFICATION = "classification"


@dataclass
class ShapeSample:
    """One generated image and its annotations (see the module doc for the conventions)."""

    image: Image.Image
    boxes: np.ndarray
    labels: np.ndarray
    masks: np.ndarray
    semantic: np.ndarray
    label: int = -1  # the classification label (the dominant shape), -1 for scenes


# ---------------------------------------------------------------------------------------------
# Shape outlines: polygons (or an ellipse) inside a box of side ``size`` centred at (cx, cy)
# ---------------------------------------------------------------------------------------------


def _regular(n: int, cx: float, cy: float, r: float, rot: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(rot + 2 * math.pi * k / n), cy + r * math.sin(rot + 2 * math.pi * k / n))
        for k in range(n)
    ]


def _star(cx: float, cy: float, r: float, rot: float) -> list[tuple[float, float]]:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else 0.45 * r
        a = rot + math.pi * k / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def _draw_circle(d: ImageDraw.ImageDraw, cx, cy, size, rot, aspect) -> None:
    rx, ry = size / 2, size / 2 * aspect
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)


def _draw_square(d: ImageDraw.ImageDraw, cx, cy, size, rot, aspect) -> None:
    # A square rotated by at most 30 degrees keeps reading as a square, not a diamond.
    d.polygon(_regular(4, cx, cy, size / 2 * math.sqrt(2) * 0.8, math.pi / 4 + rot * 0.5), fill=255)


def _draw_triangle(d: ImageDraw.ImageDraw, cx, cy, size, rot, aspect) -> None:
    d.polygon(_regular(3, cx, cy + size * 0.08, size * 0.58, -math.pi / 2 + rot), fill=255)


def _draw_star(d: ImageDraw.ImageDraw, cx, cy, size, rot, aspect) -> None:
    d.polygon(_star(cx, cy, size / 2, -math.pi / 2 + rot), fill=255)


def _draw_hexagon(d: ImageDraw.ImageDraw, cx, cy, size, rot, aspect) -> None:
    d.polygon(_regular(6, cx, cy, size / 2, rot), fill=255)


_DRAW: dict[str, Callable[..., None]] = {
    "circle": _draw_circle,
    "square": _draw_square,
    "triangle": _draw_triangle,
    "star": _draw_star,
    "hexagon": _draw_hexagon,
}


# ---------------------------------------------------------------------------------------------
# Backgrounds
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _photo(name: str) -> np.ndarray | None:
    try:
        import matplotlib.cbook as cbook

        with cbook.get_sample_data(name) as f:
            return np.asarray(Image.open(f).convert("RGB"))
    except Exception:  # noqa: BLE001  (a missing sample file only removes one background kind)
        return None


_PHOTOS = ("grace_hopper.jpg", "Minduka_Present_Blue_Pack.png")


def _bg_solid(rng: np.random.Generator, size: int) -> np.ndarray:
    return np.broadcast_to(rng.integers(0, 256, 3, dtype=np.uint8), (size, size, 3)).copy()


def _bg_noise(rng: np.random.Generator, size: int) -> np.ndarray:
    cells = int(rng.integers(2, 12))
    small = rng.integers(0, 256, (cells, cells, 3), dtype=np.uint8)
    smooth = np.asarray(Image.fromarray(small).resize((size, size), Image.BICUBIC), dtype=np.int16)
    grain = rng.integers(-12, 13, (size, size, 1), dtype=np.int16)
    return np.clip(smooth + grain, 0, 255).astype(np.uint8)


def _bg_stripes(rng: np.random.Generator, size: int) -> np.ndarray:
    a, b = rng.integers(0, 256, (2, 3))
    period = int(rng.integers(6, 40))
    angle = rng.uniform(0, math.pi)
    r = np.arange(size, dtype=np.float32)
    phase = (r[None, :] * math.cos(angle) + r[:, None] * math.sin(angle)) / period
    t = (np.sin(2 * math.pi * phase) > 0)[..., None]
    return np.where(t, a, b).astype(np.uint8)


def _bg_checker(rng: np.random.Generator, size: int) -> np.ndarray:
    a, b = rng.integers(0, 256, (2, 3))
    cell = int(rng.integers(8, 48))
    r = np.arange(size) // cell
    t = ((r[None, :] + r[:, None]) % 2 == 0)[..., None]
    return np.where(t, a, b).astype(np.uint8)


def _bg_gradient(rng: np.random.Generator, size: int) -> np.ndarray:
    a, b = rng.integers(0, 256, (2, 3)).astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    r = np.arange(size, dtype=np.float32) / max(1, size - 1)
    t = r[None, :] * math.cos(angle) + r[:, None] * math.sin(angle)
    t = ((t - t.min()) / max(1e-6, float(t.max() - t.min())))[..., None]
    return (a * (1 - t) + b * t).astype(np.uint8)


def _bg_photo(rng: np.random.Generator, size: int) -> np.ndarray:
    photo = _photo(_PHOTOS[int(rng.integers(len(_PHOTOS)))])
    if photo is None:
        return _bg_noise(rng, size)
    h, w = photo.shape[:2]
    side = int(rng.integers(min(h, w) // 3, min(h, w) + 1))
    y, x = int(rng.integers(0, h - side + 1)), int(rng.integers(0, w - side + 1))
    crop = Image.fromarray(photo[y : y + side, x : x + side])
    return np.asarray(crop.resize((size, size), Image.BILINEAR), dtype=np.uint8).copy()


_BACKGROUNDS: tuple[Callable[[np.random.Generator, int], np.ndarray], ...] = (
    _bg_solid, _bg_noise, _bg_stripes, _bg_checker, _bg_gradient, _bg_photo,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------


def _colour(rng: np.random.Generator, avoid: np.ndarray) -> np.ndarray:
    # A fill that stands out from the background under the shape (mean colour distance >= 90).
    best, best_d = None, -1.0
    for _ in range(8):
        c = rng.integers(0, 256, 3)
        d = float(np.abs(c - avoid).sum())
        if d >= 90 * 3 / 1.7:
            return c.astype(np.uint8)
        if d > best_d:
            best, best_d = c, d
    return (255 - avoid).astype(np.uint8) if best_d < 60 else best.astype(np.uint8)


def _overlap_ok(
    box: tuple[int, int, int, int], boxes: list[tuple[int, int, int, int]], max_frac: float
) -> bool:
    x0, y0, x1, y1 = box
    area = (x1 - x0) * (y1 - y0)
    for a0, b0, a1, b1 in boxes:
        iw = min(x1, a1) - max(x0, a0)
        ih = min(y1, b1) - max(y0, b0)
        if iw > 0 and ih > 0:
            inter = iw * ih
            if inter > max_frac * area or inter > max_frac * (a1 - a0) * (b1 - b0):
                return False
    return True


def make_sample(
    seed: int,
    index: int,
    *,
    size: int = 256,
    min_objects: int = 1,
    max_objects: int = 5,
    min_size: int = 20,
    max_size: int = 120,
    max_overlap: float = 0.25,
    classification: bool = False,
    max_distractors: int = 0,
) -> ShapeSample:
    """Generate sample ``index`` of the dataset with ``seed`` (see the module doc).

    Args:
        size: image side in pixels.
        min_objects, max_objects: number of shapes in a scene.
        min_size, max_size: shape size range (pixels, the side of the shape's square).
        max_overlap: the largest fraction of either box that two shapes' boxes may share.
        classification: draw one dominant shape (``max_size`` bounds it; at least 45% of the
            range) plus up to ``max_distractors`` small ones; ``label`` is the dominant class.
    """
    rng = np.random.default_rng([seed, index])
    canvas = _BACKGROUNDS[int(rng.integers(len(_BACKGROUNDS)))](rng, size)
    if classification:
        big_lo = max(min_size, int(min_size + 0.45 * (max_size - min_size)))
        sizes = [int(rng.integers(big_lo, max_size + 1))]
        sizes += [
            int(rng.integers(max(8, min_size // 2), max(9, big_lo // 3)))
            for _ in range(int(rng.integers(0, max_distractors + 1)))
        ]
    else:
        sizes = [
            int(rng.integers(min_size, max_size + 1))
            for _ in range(int(rng.integers(min_objects, max_objects + 1)))
        ]
    placed: list[tuple[int, int, int, int]] = []
    drawn: list[int] = []
    # owner[y, x]: index of the shape painted last at a pixel (-1: background). Each shape is
    # drawn in the crop of its box, so the work scales with the shapes, not the image.
    owner = np.full((size, size), -1, dtype=np.int16)
    for k, s in enumerate(sizes):
        for _attempt in range(20):
            x0 = int(rng.integers(0, max(1, size - s + 1)))
            y0 = int(rng.integers(0, max(1, size - s + 1)))
            box = (x0, y0, min(size, x0 + s), min(size, y0 + s))
            if _overlap_ok(box, placed, max_overlap):
                break
        else:
            if k:
                continue
        cls = int(rng.integers(len(CLASS_NAMES)))
        rot = float(rng.uniform(-math.pi / 6, math.pi / 6))
        aspect = float(rng.uniform(0.8, 1.0))
        x0, y0, x1, y1 = box
        mask_img = Image.new("L", (x1 - x0, y1 - y0), 0)
        _DRAW[CLASS_NAMES[cls]](
            ImageDraw.Draw(mask_img), (s - 1) / 2, (s - 1) / 2, s - 1, rot, aspect
        )
        mask = np.asarray(mask_img) > 127
        if mask.sum() < 16:
            continue
        region = canvas[y0:y1, x0:x1]
        fill = _colour(rng, region[mask].mean(axis=0))
        grain = rng.integers(-10, 11, (int(mask.sum()), 1), dtype=np.int16) * int(
            rng.random() < 0.5
        )
        region[mask] = np.clip(fill.astype(np.int16) + grain, 0, 255).astype(np.uint8)
        owner[y0:y1, x0:x1][mask] = len(drawn)
        placed.append(box)
        drawn.append(cls)
    # Visible masks: a later shape hides what it covers of the earlier ones.
    keep = [
        i for i, (x0, y0, x1, y1) in enumerate(placed) if (owner[y0:y1, x0:x1] == i).sum() >= 16
    ]
    m = np.zeros((len(keep), size, size), dtype=bool)
    boxes = np.zeros((len(keep), 4), dtype=np.float32)
    labels = np.asarray([drawn[i] for i in keep], dtype=np.int64)
    semantic = np.zeros((size, size), dtype=np.uint8)
    for j, i in enumerate(keep):
        x0, y0, x1, y1 = placed[i]
        crop = owner[y0:y1, x0:x1] == i
        m[j, y0:y1, x0:x1] = crop
        semantic[y0:y1, x0:x1][crop] = drawn[i] + 1
        ys = np.flatnonzero(crop.any(axis=1))
        xs = np.flatnonzero(crop.any(axis=0))
        boxes[j] = (x0 + xs[0], y0 + ys[0], x0 + xs[-1] + 1, y0 + ys[-1] + 1)
    # The dominant shape is drawn first; distractors are small and may only clip it.
    label = drawn[0] if classification and drawn else -1
    return ShapeSample(Image.fromarray(canvas), boxes, labels, m, semantic, label)


def generate(n: int, seed: int = 0, *, start: int = 0, **options) -> list[ShapeSample]:
    """Samples ``start .. start + n - 1`` of the dataset with ``seed`` (options: :func:`make_sample`)."""
    return [make_sample(seed, i, **options) for i in range(start, start + n)]


def image_to_tensor(image: Image.Image) -> Tensor:
    """An RGB PIL image -> float ``(3, H, W)`` in [0, 1]."""
    arr = torch.from_numpy(np.asarray(image, dtype=np.uint8).copy())
    return arr.permute(2, 0, 1).float().div_(255.0)  # (H, W, 3) -> (3, H, W)


class ShapesDataset(torch.utils.data.Dataset):
    """A torch dataset over :func:`make_sample`: ``(image (3, H, W) in [0, 1], target)``.

    ``target`` holds torch tensors: detection ``boxes, labels, masks``; segmentation
    ``semantic (H, W) int64``; classification ``label`` (a 0-d int64). ``sample(i)`` gives the
    :class:`ShapeSample` itself (the PIL image).

    Example:
        >>> ds = ShapesDataset(4, seed=1, task="segmentation", size=64, max_size=30)
        >>> image, target = ds[0]
        >>> tuple(image.shape), tuple(target["semantic"].shape)
        ((3, 64, 64), (64, 64))
    """

    def __init__(
        self, n: int, seed: int = 0, task: ShapesTask | str = ShapesTask.DETECTION, **options
    ) -> None:
        self.n = n
        self.seed = seed
        self.task = ShapesTask(task)
        if self.task is ShapesTask.CLASSIFICATION:
            options.setdefault("classification", True)
        self.options = options
        self.class_names = (
            SEGMENTATION_CLASS_NAMES if self.task is ShapesTask.SEGMENTATION else CLASS_NAMES
        )

    def __len__(self) -> int:
        return self.n

    def sample(self, index: int) -> ShapeSample:
        if not 0 <= index < self.n:
            raise IndexError(index)
        return make_sample(self.seed, index, **self.options)

    def __getitem__(self, index: int) -> tuple[Tensor, dict[str, Tensor]]:
        s = self.sample(index)
        target: dict[str, Tensor] = {}
        if self.task is ShapesTask.DETECTION:
            target = {
                "boxes": torch.from_numpy(s.boxes),
                "labels": torch.from_numpy(s.labels),
                "masks": torch.from_numpy(s.masks),
            }
        elif self.task is ShapesTask.SEGMENTATION:
            target = {"semantic": torch.from_numpy(s.semantic.astype(np.int64))}
        else:
            target = {"label": torch.tensor(s.label, dtype=torch.int64)}
        return image_to_tensor(s.image), target


__all__ = [
    "CLASS_NAMES", "SEGMENTATION_CLASS_NAMES", "ShapeSample", "ShapesDataset", "ShapesTask",
    "generate", "image_to_tensor", "make_sample",
]  # fmt: skip
