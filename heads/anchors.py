"""Anchor boxes: per-level cell anchors and their grid over a feature map.

The layout is torchvision's ``AnchorGenerator`` (so weights trained there decode the same way):
anchors are ``xyxy`` in input-image pixels, ordered location-major (row by row, left to right)
and, at each location, aspect-ratio-major then size (``A = len(ratios) * len(sizes)``). An aspect
ratio is ``height / width``.

Example:
    >>> anchors = Anchors()  # RetinaNet: 5 levels, 3 sizes per octave x 3 ratios
    >>> anchors.num_anchors_per_location()
    [9, 9, 9, 9, 9]
    >>> levels = anchors.for_image((256, 256), [(32, 32), (16, 16), (8, 8), (4, 4), (2, 2)])
    >>> [tuple(a.shape) for a in levels][:2]
    [(9216, 4), (2304, 4)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch
from torch import Tensor

from heads.params import AnchorStride

#: RetinaNet's base anchor size per level (strides 8 to 128).
RETINANET_SIZES = (32, 64, 128, 256, 512)
#: RetinaNet's aspect ratios (height / width).
RETINANET_ASPECT_RATIOS = (0.5, 1.0, 2.0)
#: RetinaNet's sizes per octave: ``size * 2 ** (i / 3)`` for ``i`` in 0, 1, 2.
RETINANET_SCALES_PER_OCTAVE = 3


def octave_sizes(
    base_sizes: Sequence[int], scales_per_octave: int = 3
) -> tuple[tuple[int, ...], ...]:
    """Sizes per level: each base size times ``2 ** (i / scales_per_octave)``, truncated to int.

    Truncation matches torchvision's RetinaNet (``int(32 * 2 ** (1 / 3)) == 40``).

    Example:
        >>> octave_sizes((32, 64), 3)
        ((32, 40, 50), (64, 80, 101))
    """
    if scales_per_octave < 1:
        raise ValueError(f"scales_per_octave must be >= 1, got {scales_per_octave}")
    return tuple(
        tuple(int(s * 2 ** (i / scales_per_octave)) for i in range(scales_per_octave))
        for s in base_sizes
    )


def cell_anchors(
    sizes: Sequence[float],
    aspect_ratios: Sequence[float],
    dtype: torch.dtype = torch.float32,
    device: torch.device | str | None = None,
) -> Tensor:
    """Zero-centred anchors of one level, rounded to whole pixels like torchvision.

    Args:
        sizes: anchor sides (the square root of the area) at this level.
        aspect_ratios: ``height / width`` ratios.

    Shape:
        returns (len(aspect_ratios) * len(sizes), 4), ratio-major, in ``xyxy``.

    Example:
        >>> cell_anchors((32,), (0.5, 1.0, 2.0)).tolist()
        [[-23.0, -11.0, 23.0, 11.0], [-16.0, -16.0, 16.0, 16.0], [-11.0, -23.0, 11.0, 23.0]]
    """
    scales = torch.as_tensor(sizes, dtype=dtype, device=device)
    ratios = torch.as_tensor(aspect_ratios, dtype=dtype, device=device)
    h_ratios = torch.sqrt(ratios)
    w_ratios = 1 / h_ratios
    ws = (w_ratios[:, None] * scales[None, :]).reshape(-1)  # (R, S) -> (R*S,)
    hs = (h_ratios[:, None] * scales[None, :]).reshape(-1)  # (R, S) -> (R*S,)
    return (torch.stack([-ws, -hs, ws, hs], dim=1) / 2).round()


def _pair(v: int | Sequence[int]) -> tuple[int, int]:
    if isinstance(v, (int, float)):
        return int(v), int(v)
    return int(v[0]), int(v[1])


def grid_anchors(
    feature_sizes: Sequence[Sequence[int]],
    strides: Sequence[int | Sequence[int]],
    cell_anchors: Sequence[Tensor],
) -> list[Tensor]:
    """Shifts each level's cell anchors to every location of its feature map.

    Args:
        feature_sizes: ``(H, W)`` per level.
        strides: stride per level, an int or ``(stride_h, stride_w)``.
        cell_anchors: ``(A, 4)`` zero-centred anchors per level (from :func:`cell_anchors`).

    Shape:
        returns one (H * W * A, 4) tensor per level, ``xyxy``, location-major.

    Example:
        >>> cells = [cell_anchors((16,), (1.0,))]
        >>> grid_anchors([(2, 2)], [8], cells)[0].tolist()
        [[-8.0, -8.0, 8.0, 8.0], [0.0, -8.0, 16.0, 8.0], [-8.0, 0.0, 8.0, 16.0], [0.0, 0.0, 16.0, 16.0]]
    """
    if not len(feature_sizes) == len(strides) == len(cell_anchors):
        raise ValueError(
            f"one feature size, stride and cell per level: got {len(feature_sizes)}, "
            f"{len(strides)} and {len(cell_anchors)}"
        )
    out = []
    for (H, W), stride, cells in zip(feature_sizes, strides, cell_anchors):
        stride_h, stride_w = _pair(stride)
        device = cells.device
        shifts_x = torch.arange(int(W), dtype=torch.int32, device=device) * stride_w
        shifts_y = torch.arange(int(H), dtype=torch.int32, device=device) * stride_h
        shift_y, shift_x = torch.meshgrid(shifts_y, shifts_x, indexing="ij")
        shift_x, shift_y = shift_x.reshape(-1), shift_y.reshape(-1)  # (H, W) -> (HW,)
        shifts = torch.stack((shift_x, shift_y, shift_x, shift_y), dim=1)  # (HW, 4)
        # (HW, 1, 4) + (1, A, 4) -> (HW, A, 4) -> (HWA, 4)
        out.append((shifts.view(-1, 1, 4) + cells.view(1, -1, 4)).reshape(-1, 4))
    return out


def _spec_strides(
    feature_sizes: Sequence[Sequence[int]], strides: Sequence[int], input_size: Sequence[int]
) -> list[tuple[int, int]]:
    return [(int(s), int(s)) for s in strides]


def _image_over_feature(
    feature_sizes: Sequence[Sequence[int]], strides: Sequence[int], input_size: Sequence[int]
) -> list[tuple[int, int]]:
    # torchvision's AnchorGenerator: image_size // feature_size, per axis, in integers.
    H, W = int(input_size[0]), int(input_size[1])
    return [(H // max(int(h), 1), W // max(int(w), 1)) for h, w in feature_sizes]


#: The grid spacing of each level by :class:`heads.params.AnchorStride` rule.
STRIDE_RULES: dict[AnchorStride, Callable[..., list[tuple[int, int]]]] = {
    AnchorStride.SPEC: _spec_strides,
    AnchorStride.IMAGE_OVER_FEATURE: _image_over_feature,
}


def level_strides(
    feature_sizes: Sequence[Sequence[int]],
    strides: Sequence[int],
    rule: AnchorStride | str = AnchorStride.SPEC,
    input_size: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """``(stride_h, stride_w)`` of each level's anchor grid under a :class:`AnchorStride` rule.

    Args:
        feature_sizes: ``(H_l, W_l)`` per level.
        strides: each level's stride in the spec.
        rule: ``spec`` (the spec's strides) or ``image_over_feature`` (torchvision's
            ``input_size // feature_size``).
        input_size: ``(H, W)`` of the padded input the backbone ran on. Default: the finest
            level's map size times its stride, which is exact whenever the padded input is a
            multiple of the finest stride (torchvision pads to multiples of 32).

    Example:
        >>> sizes = [(44, 68), (22, 34), (11, 17), (6, 9), (3, 5)]  # a 352x544 input
        >>> level_strides(sizes, (8, 16, 32, 64, 128), "image_over_feature", (352, 544))[3:]
        [(58, 60), (117, 108)]
        >>> level_strides(sizes, (8, 16, 32, 64, 128))[3:]
        [(64, 64), (128, 128)]
    """
    if len(feature_sizes) != len(strides):
        raise ValueError(
            f"one feature size per level: got {len(feature_sizes)} for {len(strides)} levels"
        )
    if input_size is None:
        finest = min(range(len(strides)), key=lambda i: strides[i])
        h, w = feature_sizes[finest]
        input_size = (int(h) * int(strides[finest]), int(w) * int(strides[finest]))
    return STRIDE_RULES[AnchorStride(rule)](feature_sizes, strides, input_size)


class Anchors:
    """Anchor generator: sizes per level, aspect ratios and sizes per octave.

    Args:
        sizes_per_level: base size per level (expanded by ``scales_per_octave``), or explicit
            sizes per level as tuples (then ``scales_per_octave`` is ignored).
        aspect_ratios: ``height / width`` ratios, the same at every level.
        scales_per_octave: sizes per octave at each level.

    Example:
        >>> fcos_points = Anchors((8, 16, 32), aspect_ratios=(1.0,), scales_per_octave=1)
        >>> fcos_points.num_anchors_per_location()
        [1, 1, 1]
        >>> fcos_points.at(0, 0, 1, image_size=(64, 64), feature_sizes=[(8, 8), (4, 4), (2, 2)])
        [{'box': [4.0, -4.0, 12.0, 4.0], 'size': 8.0, 'aspect_ratio': 1.0, 'stride': [8, 8]}]
    """

    def __init__(
        self,
        sizes_per_level: Sequence[int] | Sequence[Sequence[int]] = RETINANET_SIZES,
        aspect_ratios: Sequence[float] = RETINANET_ASPECT_RATIOS,
        scales_per_octave: int = RETINANET_SCALES_PER_OCTAVE,
    ) -> None:
        if len(sizes_per_level) == 0:
            raise ValueError("sizes_per_level needs at least one level")
        if isinstance(sizes_per_level[0], (list, tuple)):
            self.sizes = tuple(tuple(s) for s in sizes_per_level)
        else:
            self.sizes = octave_sizes(sizes_per_level, scales_per_octave)
        self.aspect_ratios = tuple(float(r) for r in aspect_ratios)
        if not self.aspect_ratios or min(self.aspect_ratios) <= 0:
            raise ValueError(f"aspect_ratios must be positive, got {aspect_ratios}")
        self.cells = [cell_anchors(s, self.aspect_ratios) for s in self.sizes]

    @property
    def num_levels(self) -> int:
        return len(self.sizes)

    def num_anchors_per_location(self) -> list[int]:
        """``A`` per level: ``len(aspect_ratios) * len(sizes)``."""
        return [len(s) * len(self.aspect_ratios) for s in self.sizes]

    def num_anchors_per_level(self, feature_sizes: Sequence[Sequence[int]]) -> list[int]:
        """``H * W * A`` per level."""
        return [
            int(h) * int(w) * a for (h, w), a in zip(feature_sizes, self.num_anchors_per_location())
        ]

    def strides(
        self, image_size: Sequence[int], feature_sizes: Sequence[Sequence[int]]
    ) -> list[tuple[int, int]]:
        """Stride per level as torchvision infers it: ``image_size // feature_size``."""
        self._check_levels(feature_sizes)
        return [
            (int(image_size[0]) // max(int(h), 1), int(image_size[1]) // max(int(w), 1))
            for h, w in feature_sizes
        ]

    def for_image(
        self,
        image_size: Sequence[int],
        feature_sizes: Sequence[Sequence[int]],
        dtype: torch.dtype = torch.float32,
        device: torch.device | str | None = None,
    ) -> list[Tensor]:
        """Anchors of every level for a (padded) input of ``image_size = (H, W)``.

        Shape:
            returns one (H_l * W_l * A, 4) tensor per level; ``torch.cat`` gives (M, 4).
        """
        strides = self.strides(image_size, feature_sizes)
        cells = [c.to(dtype=dtype, device=device) for c in self.cells]
        return grid_anchors(feature_sizes, strides, cells)

    def at(
        self,
        level: int,
        y: int,
        x: int,
        image_size: Sequence[int],
        feature_sizes: Sequence[Sequence[int]],
    ) -> list[dict]:
        """The anchors at one location of one level, as plain data (for drawing).

        Returns:
            one dict per anchor, in the order the head predicts them: ``box`` (``xyxy`` pixels),
            ``size``, ``aspect_ratio`` and the level's ``stride``.
        """
        self._check_levels(feature_sizes)
        if not 0 <= level < self.num_levels:
            raise ValueError(f"level must be in 0..{self.num_levels - 1}, got {level}")
        H, W = (int(v) for v in feature_sizes[level])
        if not (0 <= y < H and 0 <= x < W):
            raise ValueError(f"location ({y}, {x}) is outside level {level}'s {H}x{W} grid")
        stride_h, stride_w = self.strides(image_size, feature_sizes)[level]
        shift = torch.tensor(
            [x * stride_w, y * stride_h, x * stride_w, y * stride_h], dtype=torch.float32
        )
        boxes = self.cells[level] + shift
        pairs = [(r, s) for r in self.aspect_ratios for s in self.sizes[level]]
        return [
            {"box": box, "size": float(s), "aspect_ratio": r, "stride": [stride_h, stride_w]}
            for box, (r, s) in zip(boxes.tolist(), pairs)
        ]

    def _check_levels(self, feature_sizes: Sequence[Sequence[int]]) -> None:
        if len(feature_sizes) != self.num_levels:
            raise ValueError(
                f"expected {self.num_levels} feature sizes (one per level), got {len(feature_sizes)}"
            )


def anchor_sides(anchors: Tensor) -> Tensor:
    """Side of each anchor as ``sqrt(area)``. Shape: (..., 4) -> (...)."""
    return torch.sqrt((anchors[..., 2] - anchors[..., 0]) * (anchors[..., 3] - anchors[..., 1]))


__all__ = [
    "RETINANET_ASPECT_RATIOS",
    "RETINANET_SCALES_PER_OCTAVE",
    "RETINANET_SIZES",
    "Anchors",
    "anchor_sides",
    "cell_anchors",
    "STRIDE_RULES",
    "grid_anchors",
    "level_strides",
    "octave_sizes",
]
