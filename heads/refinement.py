"""Boundary refinement for any segmentation head: PointRend (Kirillov et al., 2020).

A point head predicts class logits at chosen points from fine features and the coarse logits
sampled there. In training the points are mostly the most uncertain ones (smallest margin
between the two best classes) among ``oversample_ratio`` times more random points, plus random
ones; at inference the coarse logits are upsampled 2x per step and the most uncertain
``subdivision_points`` are re-predicted, until the image's size.

:class:`PointRend` wraps a head that returns coarse logits (``aux_low_res``, see
:mod:`heads.segmenter`) and reads one finer feature level; its outputs keep the head's keys, with
``mask_logits`` refined and ``aux_point_logits`` ``(N, K, P)``/``aux_point_coords`` ``(N, P, 2)``
(``x, y`` in ``[0, 1]``) for :func:`point_loss`.

Example:
    >>> import torch, heads
    >>> levels = {"c2": heads.FeatureInfo(8, 4), "c3": heads.FeatureInfo(16, 8)}
    >>> head = heads.get_preset("unet", levels, num_classes=3, decoder_channels=(8,), low_res_logits=True)
    >>> model = PointRend(heads.GraphHead(head), "c2", 8, 3, channels=16, subdivision_points=64).eval()
    >>> feats = {"c2": torch.randn(1, 8, 25, 33), "c3": torch.randn(1, 16, 13, 17), "image": torch.randn(1, 3, 97, 131)}
    >>> out = model(feats)
    >>> out["mask_logits"].shape, out["aux_point_logits"].shape
    (torch.Size([1, 3, 97, 131]), torch.Size([1, 3, 64]))
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn


def point_sample(x: Tensor, coords: Tensor, mode: str = "bilinear") -> Tensor:
    """Values of a map at points ``coords`` ``(N, P, 2)`` given as ``(x, y)`` in ``[0, 1]``
    (pixel centres at ``(i + 0.5) / size``, the ``align_corners=False`` convention).

    Shape:
        (N, C, H, W), (N, P, 2) -> (N, C, P)

    Example:
        >>> m = torch.arange(4.0).view(1, 1, 2, 2)
        >>> point_sample(m, torch.tensor([[[0.25, 0.25], [0.75, 0.75]]])).tolist()
        [[[0.0, 3.0]]]
    """
    grid = 2.0 * coords[:, :, None, :] - 1.0  # (N, P, 2) -> (N, P, 1, 2) in [-1, 1]
    out = F.grid_sample(x, grid.to(x.dtype), mode=mode, align_corners=False)  # (N, C, P, 1)
    return out[..., 0]  # (N, C, P, 1) -> (N, C, P)


def uncertainty(logits: Tensor) -> Tensor:
    """Uncertainty of per-pixel (or per-point) logits: minus the margin between the two best
    classes (minus ``|logit|`` for one class). Higher is more uncertain.

    Shape:
        (N, K, ...) -> (N, 1, ...)

    Example:
        >>> uncertainty(torch.tensor([[[3.0, 0.1], [1.0, 0.0]]])).tolist()
        [[[-2.0, -0.10000000149011612]]]
    """
    if logits.shape[1] == 1:
        return -logits.abs()
    top2 = logits.topk(2, dim=1).values
    return -(top2[:, :1] - top2[:, 1:2])


def sample_uncertain_points(
    logits: Tensor,
    num_points: int,
    oversample_ratio: float = 3.0,
    importance_ratio: float = 0.75,
    generator: torch.Generator | None = None,
) -> Tensor:
    """Training points: ``importance_ratio`` of them the most uncertain among
    ``oversample_ratio * num_points`` random points, the rest uniformly random.

    Shape:
        (N, K, H, W) -> (N, num_points, 2) as ``(x, y)`` in ``[0, 1]``

    Example:
        >>> sample_uncertain_points(torch.randn(2, 3, 8, 8), 16).shape
        torch.Size([2, 16, 2])
    """
    N = logits.shape[0]
    num_sampled = max(num_points, int(num_points * oversample_ratio))
    dev = logits.device
    coords = torch.rand(N, num_sampled, 2, device=dev, generator=generator)
    unc = uncertainty(point_sample(logits.float(), coords))[:, 0]  # (N, 1, S) -> (N, S)
    num_uncertain = int(importance_ratio * num_points)
    idx = unc.topk(num_uncertain, dim=1).indices  # (N, num_uncertain)
    chosen = coords.gather(1, idx[:, :, None].expand(-1, -1, 2))
    rest = torch.rand(N, num_points - num_uncertain, 2, device=dev, generator=generator)
    return torch.cat([chosen, rest], dim=1)


def uncertain_grid_points(logits: Tensor, num_points: int) -> tuple[Tensor, Tensor]:
    """The ``num_points`` most uncertain pixels of a logit map: flat indices and centres.

    Shape:
        (N, K, H, W) -> indices (N, P) into ``H * W``, coords (N, P, 2) as ``(x, y)`` in [0, 1]

    Example:
        >>> logits = torch.zeros(1, 2, 2, 3); logits[0, 0] = 5.0; logits[0, 0, 1, 2] = 0.2
        >>> idx, xy = uncertain_grid_points(logits, 1)
        >>> idx.tolist(), xy.tolist()
        ([[5]], [[[0.8333333134651184, 0.75]]])
    """
    N, _, H, W = logits.shape
    unc = uncertainty(logits.float()).view(N, H * W)  # (N, 1, H, W) -> (N, HW)
    # in pixel order: the same points come out in the same order whatever order topk gives
    idx = unc.topk(min(num_points, H * W), dim=1).indices.sort(dim=1).values
    x = (idx % W).to(torch.float32) + 0.5
    y = torch.div(idx, W, rounding_mode="floor").to(torch.float32) + 0.5
    return idx, torch.stack([x / W, y / H], dim=2)


class PointHead(nn.Module):
    """PointRend's point head: an MLP (1x1 Conv1d) over fine features and coarse logits at each
    point, with the coarse logits fed again to every layer.

    Shape:
        fine (N, C, P), coarse (N, K, P) -> (N, K, P)

    Example:
        >>> PointHead(8, 3, channels=16)(torch.randn(2, 8, 10), torch.randn(2, 3, 10)).shape
        torch.Size([2, 3, 10])
    """

    def __init__(
        self, in_channels: int, num_classes: int, channels: int = 256, num_fc: int = 3
    ) -> None:
        super().__init__()
        width = in_channels + num_classes
        layers = []
        for _ in range(num_fc):
            layers.append(nn.Conv1d(width, channels, 1))
            width = channels + num_classes
        self.fcs = nn.ModuleList(layers)
        self.predictor = nn.Conv1d(width, num_classes, 1)

    def forward(self, fine: Tensor, coarse: Tensor) -> Tensor:
        x = torch.cat([fine, coarse], dim=1)
        for fc in self.fcs:
            x = torch.cat([F.relu(fc(x)), coarse], dim=1)
        return self.predictor(x)


def train_points(
    point_head: nn.Module,
    coarse: Tensor,
    fine: Tensor,
    num_points: int,
    oversample_ratio: float = 3.0,
    importance_ratio: float = 0.75,
) -> tuple[Tensor, Tensor]:
    """Training: point logits at points picked by :func:`sample_uncertain_points`.

    Shape:
        coarse (N, K, h, w), fine (N, C, H_f, W_f) -> logits (N, K, P), coords (N, P, 2)
    """
    coords = sample_uncertain_points(
        coarse.detach(), num_points, oversample_ratio, importance_ratio
    )
    return point_head(point_sample(fine, coords), point_sample(coarse, coords)), coords


def subdivide(
    point_head: nn.Module, coarse: Tensor, fine: Tensor, size: tuple[int, int], num_points: int
) -> tuple[Tensor, Tensor, Tensor]:
    """Inference: upsample 2x and re-predict the ``num_points`` most uncertain points, until
    ``size``.

    Returns:
        the refined logits ``(N, K, H, W)`` and the last step's point logits ``(N, K, P)`` and
        coords ``(N, P, 2)`` (none when the coarse logits are at ``size`` already).
    """
    H, W = size
    x = coarse
    N, K, h, w = x.shape
    point_logits = x.new_zeros(N, K, 0)
    coords = x.new_zeros(N, 0, 2)
    while h < H or w < W:
        h, w = min(2 * h, H), min(2 * w, W)
        x = F.interpolate(x, size=(h, w), mode="bilinear", align_corners=False)
        idx, coords = uncertain_grid_points(x, num_points)
        point_logits = point_head(point_sample(fine, coords), point_sample(coarse, coords))
        flat = x.reshape(N, K, h * w)  # (N, K, h, w) -> (N, K, hw)
        flat = flat.scatter(2, idx[:, None, :].expand(-1, K, -1), point_logits.to(flat.dtype))
        x = flat.view(N, K, h, w)  # (N, K, hw) -> (N, K, h, w)
    return x, point_logits, coords


class PointRendRefiner(nn.Module):
    """PointRend as a graph block: refines coarse logits with a point head on fine features, up
    to the size of a reference (the image).

    In training the refined logits are the coarse ones upsampled (bilinear) and the point
    logits are at :func:`sample_uncertain_points` (for :func:`point_loss`); at inference the
    refined logits come from :func:`subdivide` and the point logits are its last step's. Point
    logits and coordinates are returned per point, ``(N, P, K)`` and ``(N, P, 2)``, so every
    output has the same layout in both modes.

    Args:
        num_classes: classes ``K`` of the coarse logits.
        fine_channels: channels of the fine features.
        channels, num_fc: the point head's width and depth.
        num_points: training points per image.
        oversample_ratio, importance_ratio: training point selection.
        subdivision_points: points re-predicted per subdivision step at inference.

    Shape:
        [coarse (N, K, h, w), fine (N, C, H_f, W_f), reference (N, *, H, W)] ->
        refined (N, K, H, W), point logits (N, P, K), point coords (N, P, 2)

    Example:
        >>> r = PointRendRefiner(3, 8, channels=16, subdivision_points=64).eval()
        >>> out = r([torch.randn(1, 3, 25, 33), torch.randn(1, 8, 25, 33), torch.zeros(1, 3, 97, 131)])
        >>> [tuple(t.shape) for t in out]
        [(1, 3, 97, 131), (1, 64, 3), (1, 64, 2)]
    """

    def __init__(
        self,
        num_classes: int,
        fine_channels: int,
        channels: int = 256,
        num_fc: int = 3,
        num_points: int = 2048,
        oversample_ratio: float = 3.0,
        importance_ratio: float = 0.75,
        subdivision_points: int = 8192,
    ) -> None:
        super().__init__()
        self.point_head = PointHead(fine_channels, num_classes, channels, num_fc)
        self.num_points = num_points
        self.oversample_ratio = oversample_ratio
        self.importance_ratio = importance_ratio
        self.subdivision_points = subdivision_points

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, Tensor, Tensor]:
        coarse, fine, reference = xs
        size = (reference.shape[-2], reference.shape[-1])
        if self.training:
            point_logits, coords = train_points(
                self.point_head, coarse, fine, self.num_points, self.oversample_ratio,
                self.importance_ratio,
            )  # fmt: skip
            refined = F.interpolate(coarse, size=size, mode="bilinear", align_corners=False)
        else:
            refined, point_logits, coords = subdivide(
                self.point_head, coarse, fine, size, self.subdivision_points
            )
        if coarse.dim() == 4 and coarse.is_contiguous(memory_format=torch.channels_last):
            refined = refined.contiguous(memory_format=torch.channels_last)  # the layout given
        # (N, K, P) -> (N, P, K)
        return refined, point_logits.transpose(1, 2).contiguous(), coords


class PointRend(nn.Module):
    """A segmentation head with PointRend refinement.

    Args:
        head: a segmentation head returning coarse logits under ``coarse_key``.
        fine_level: the feature level the point head reads (e.g. the stride-4 level).
        fine_channels: its channels.
        num_classes: classes ``K`` of the head.
        coarse_key: the head's output with the coarse logits (``aux_low_res``).
        channels, num_fc: the point head's width and depth.
        num_points: training points per image.
        oversample_ratio, importance_ratio: training point selection.
        subdivision_points: points re-predicted per subdivision step at inference.
        image_level: the input carrying the image (its size is the output size).

    Shape:
        features with ``image`` ``(N, 3, H, W)`` -> ``mask_logits`` ``(N, K, H, W)``,
        ``aux_point_logits`` ``(N, K, P)``, ``aux_point_coords`` ``(N, P, 2)`` and the head's
        other outputs.
    """

    def __init__(
        self,
        head: nn.Module,
        fine_level: str,
        fine_channels: int,
        num_classes: int,
        coarse_key: str = "aux_low_res",
        channels: int = 256,
        num_fc: int = 3,
        num_points: int = 2048,
        oversample_ratio: float = 3.0,
        importance_ratio: float = 0.75,
        subdivision_points: int = 8192,
        image_level: str = "image",
    ) -> None:
        super().__init__()
        self.head = head
        self.point_head = PointHead(fine_channels, num_classes, channels, num_fc)
        self.fine_level = fine_level
        self.coarse_key = coarse_key
        self.num_points = num_points
        self.oversample_ratio = oversample_ratio
        self.importance_ratio = importance_ratio
        self.subdivision_points = subdivision_points
        self.image_level = image_level

    def forward(self, features: dict[str, Tensor]) -> dict[str, Tensor]:
        out = dict(self.head(features))
        if self.coarse_key not in out:
            raise KeyError(
                f"the head returns no {self.coarse_key!r} (got {', '.join(out)}); build it with "
                "low_res_logits=True"
            )
        coarse = out[self.coarse_key]
        fine = features[self.fine_level]
        N, _, H, W = features[self.image_level].shape
        if self.training:
            point_logits, coords = train_points(
                self.point_head, coarse, fine, self.num_points, self.oversample_ratio,
                self.importance_ratio,
            )  # fmt: skip
            out["aux_point_logits"], out["aux_point_coords"] = point_logits, coords
            return out
        refined, point_logits, coords = self.subdivide(coarse, fine, (H, W))
        out["mask_logits"] = refined
        out["aux_point_logits"], out["aux_point_coords"] = point_logits, coords
        return out

    def subdivide(
        self, coarse: Tensor, fine: Tensor, size: tuple[int, int]
    ) -> tuple[Tensor, Tensor, Tensor]:
        """Upsample 2x and re-predict the most uncertain points until ``size`` (:func:`subdivide`).

        Returns:
            the refined logits ``(N, K, H, W)`` and the last step's point logits and coords.
        """
        return subdivide(self.point_head, coarse, fine, size, self.subdivision_points)


def point_loss(
    point_logits: Tensor, point_coords: Tensor, target: Tensor, ignore_index: int = 255
) -> Tensor:
    """Cross-entropy of point logits ``(N, K, P)`` against the labels at the points (nearest),
    in float32. The ``pointrend`` block returns them per point, ``(N, P, K)``: pass
    ``point_logits.transpose(1, 2)``.

    Example:
        >>> target = torch.zeros(1, 4, 4, dtype=torch.long)
        >>> loss = point_loss(torch.zeros(1, 2, 5), torch.rand(1, 5, 2), target)
        >>> round(loss.item(), 4)
        0.6931
    """
    labels = point_sample(target[:, None].float(), point_coords, mode="nearest")[:, 0]  # (N, P)
    return F.cross_entropy(point_logits.float(), labels.long(), ignore_index=ignore_index)


__all__ = [
    "PointHead", "PointRend", "PointRendRefiner", "point_loss", "point_sample",
    "sample_uncertain_points", "subdivide", "train_points", "uncertain_grid_points", "uncertainty",
]  # fmt: skip
