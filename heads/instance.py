"""Instance masks for detections: a Mask R-CNN style mask head on RoIAlign features.

Each detected box's features are pooled from the feature pyramid by
RoIAlign (``torchvision.ops.roi_align``, half-pixel aligned; the level chosen by the box's size
with ``MultiScaleRoIAlign``'s rule), a conv tower and a
2x transposed conv give ``(2R, 2R)`` mask logits per class, and
:func:`paste_instance_masks` pastes each box's mask back at the image's resolution.

Example:
    >>> import torch
    >>> head = InstanceMaskHead(("p3", "p4"), 16, num_classes=3, channels=8, num_convs=1).eval()
    >>> feats = {"p3": torch.randn(1, 16, 13, 17), "p4": torch.randn(1, 16, 7, 9)}
    >>> dets = [{"boxes": torch.tensor([[10.0, 20.0, 60.0, 70.0]]), "labels": torch.tensor([2])}]
    >>> out = head.predict(feats, dets, [(100, 130)])
    >>> out[0]["masks"].shape
    torch.Size([1, 1, 100, 130])
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torchvision import ops

from heads.layers import ConvNormAct


class MaskHead(nn.Module):
    """Conv tower, a 2x transposed conv and a 1x1 predictor over RoI features.

    Args:
        in_channels: channels of the RoI features.
        num_classes: classes ``K`` (one mask per class; 1 for class-agnostic masks).
        channels: tower width.
        num_convs: 3x3 convs in the tower (4 in Mask R-CNN).
        norm, act: the tower's norm and activation.

    Shape:
        (R, C, S, S) -> (R, K, 2S, 2S)

    Example:
        >>> MaskHead(16, 3, channels=8, num_convs=2)(torch.randn(5, 16, 14, 14)).shape
        torch.Size([5, 3, 28, 28])
    """

    def __init__(
        self,
        in_channels: int,
        num_classes: int,
        channels: int = 256,
        num_convs: int = 4,
        norm: str = "none",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.convs = nn.Sequential(
            *(
                ConvNormAct(in_channels if i == 0 else channels, channels, 3, norm=norm, act=act)
                for i in range(num_convs)
            )
        )
        width = channels if num_convs else in_channels
        self.deconv = nn.ConvTranspose2d(width, channels, kernel_size=2, stride=2)
        self.predictor = nn.Conv2d(channels, num_classes, 1)

    def forward(self, x: Tensor) -> Tensor:
        return self.predictor(F.relu(self.deconv(self.convs(x))))


class MultiScaleRoIAlignAligned(nn.Module):
    """RoIAlign over a feature pyramid with the FPN level rule of ``ops.MultiScaleRoIAlign``
    (``k = floor(4 + log2(sqrt(area) / 224))``, clamped to the levels given) but half-pixel
    aligned (``aligned=True``): torchvision's pooler samples half a feature pixel off, which
    shifts masks by half a stride.

    Shape:
        features ``{name: (N, C, H_l, W_l)}``, boxes ``[(R_i, 4)]`` -> ``(sum R_i, C, S, S)``
    """

    def __init__(
        self, featmap_names: tuple[str, ...], output_size: int, sampling_ratio: int = 2
    ) -> None:
        super().__init__()
        self.featmap_names = tuple(featmap_names)
        self.output_size = output_size
        self.sampling_ratio = sampling_ratio

    def forward(
        self, features: dict[str, Tensor], boxes: list[Tensor], image_sizes: list[tuple[int, int]]
    ) -> Tensor:
        feats = [features[n] for n in self.featmap_names]
        max_h = max(s[0] for s in image_sizes)
        # Each level's scale is the power of 2 nearest its size ratio to the image (torchvision's rule).
        scales = [2.0 ** round(math.log2(f.shape[-2] / max_h)) for f in feats]
        k_min, k_max = -math.log2(scales[0]), -math.log2(scales[-1])
        rois = torch.cat(
            [torch.cat([torch.full_like(b[:, :1], i), b], dim=1) for i, b in enumerate(boxes)],
            dim=0,
        )  # (R, 5): batch index, x1, y1, x2, y2
        R, C, S = rois.shape[0], feats[0].shape[1], self.output_size
        area = ((rois[:, 3] - rois[:, 1]) * (rois[:, 4] - rois[:, 2])).clamp_min(1e-6)
        k = torch.floor(4 + torch.log2(area.sqrt() / 224) + 1e-6).clamp(k_min, k_max)
        level = (k - k_min).long()
        out = feats[0].new_zeros(R, C, S, S)
        for i, (feat, scale) in enumerate(zip(feats, scales)):
            idx = torch.where(level == i)[0]
            if idx.numel():
                out[idx] = ops.roi_align(
                    feat, rois[idx].to(feat.dtype), (S, S), scale, self.sampling_ratio, aligned=True
                )
        return out


class InstanceMaskHead(nn.Module):
    """Masks for detected boxes: RoIAlign over named levels, then a :class:`MaskHead`.

    Args:
        featmap_names: the pyramid levels to pool from (their scales are inferred from the
            image size, as in torchvision).
        in_channels: channels of those levels (all equal, as in an FPN).
        num_classes: classes ``K``; masks are predicted per class and the detected label's is
            kept (``class_agnostic``: one mask per box).
        roi_size: RoIAlign output size ``S`` (masks are ``2S x 2S``).
        sampling_ratio: RoIAlign's samples per bin.

    Shape:
        features ``{name: (N, C, H_l, W_l)}``, boxes ``[(R_i, 4)]`` in image pixels
        ``(x1, y1, x2, y2)`` -> mask logits ``(sum R_i, K, 2S, 2S)``
    """

    def __init__(
        self,
        featmap_names: tuple[str, ...],
        in_channels: int,
        num_classes: int,
        channels: int = 256,
        num_convs: int = 4,
        roi_size: int = 14,
        sampling_ratio: int = 2,
        class_agnostic: bool = False,
        norm: str = "none",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.roi_align = MultiScaleRoIAlignAligned(tuple(featmap_names), roi_size, sampling_ratio)
        outs = 1 if class_agnostic else num_classes
        self.mask_head = MaskHead(in_channels, outs, channels, num_convs, norm, act)

    def forward(
        self, features: dict[str, Tensor], boxes: list[Tensor], image_sizes: list[tuple[int, int]]
    ) -> Tensor:
        return self.mask_logits(features, boxes, image_sizes)

    def mask_logits(
        self, features: dict[str, Tensor], boxes: list[Tensor], image_sizes: list[tuple[int, int]]
    ) -> Tensor:
        """Mask logits ``(sum R_i, K, 2S, 2S)`` of the boxes (image pixels) of each image."""
        rois = self.roi_align(features, boxes, image_sizes)  # (R, C, S, S)
        return self.mask_head(rois)

    @torch.no_grad()
    def predict(
        self,
        features: dict[str, Tensor],
        detections: list[dict[str, Tensor]],
        image_sizes: list[tuple[int, int]],
    ) -> list[dict[str, Tensor]]:
        """Add ``masks`` ``(R_i, 1, H, W)`` probabilities at image resolution to each image's
        detections (``boxes`` and ``labels``), as torchvision's Mask R-CNN returns them."""
        boxes = [d["boxes"] for d in detections]
        logits = self.mask_logits(features, boxes, image_sizes)
        labels = torch.cat([d["labels"] for d in detections]) if detections else None
        probs = select_class_masks(logits, labels).sigmoid()
        out = []
        for det, p, size in zip(detections, probs.split([len(b) for b in boxes]), image_sizes):
            out.append({**det, "masks": paste_instance_masks(p, det["boxes"], size)})
        return out


class InstanceMaskBlock(InstanceMaskHead):
    """The instance mask head as a graph block: it holds the mask head's weights and passes the
    pyramid levels it pools from on as its outputs; masks are made after decoding, from those
    outputs and the detections (:meth:`predict_levels`, :func:`heads.detector.instance_masks`),
    because RoIAlign needs the boxes.

    Args:
        in_channels: channels of the levels (equal, as a neck gives them).
        num_levels: levels it reads (their scales are inferred from the image size).
        num_classes, channels, num_convs, roi_size, sampling_ratio, class_agnostic, norm, act:
            as :class:`InstanceMaskHead`.

    Shape:
        [(N, C, H_l, W_l)] * L -> the same levels; ``predict_levels`` ->
        per image ``masks (R_i, 1, H, W)``

    Example:
        >>> m = InstanceMaskBlock(16, 2, num_classes=3, channels=8, num_convs=1).eval()
        >>> levels = m([torch.randn(1, 16, 13, 17), torch.randn(1, 16, 7, 9)])
        >>> dets = [{"boxes": torch.tensor([[10.0, 20.0, 60.0, 70.0]]), "labels": torch.tensor([2])}]
        >>> m.predict_levels(levels, dets, [(100, 130)])[0]["masks"].shape
        torch.Size([1, 1, 100, 130])
    """

    def __init__(
        self,
        in_channels: int,
        num_levels: int,
        num_classes: int,
        channels: int = 256,
        num_convs: int = 4,
        roi_size: int = 14,
        sampling_ratio: int = 2,
        class_agnostic: bool = False,
        norm: str = "none",
        act: str = "relu",
    ) -> None:
        names = tuple(str(i) for i in range(num_levels))
        super().__init__(
            names, in_channels, num_classes, channels, num_convs, roi_size, sampling_ratio,
            class_agnostic, norm, act,
        )  # fmt: skip

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, ...]:
        return tuple(xs)

    def _named(self, levels: list[Tensor] | tuple[Tensor, ...]) -> dict[str, Tensor]:
        return {str(i): x for i, x in enumerate(levels)}

    def level_mask_logits(
        self,
        levels: list[Tensor] | tuple[Tensor, ...],
        boxes: list[Tensor],
        image_sizes: list[tuple[int, int]],
    ) -> Tensor:
        """Mask logits ``(sum R_i, K, 2S, 2S)`` (training: with :func:`project_masks_on_boxes`
        targets and :func:`instance_mask_loss`)."""
        return self.mask_logits(self._named(levels), boxes, image_sizes)

    @torch.no_grad()
    def predict_levels(
        self,
        levels: list[Tensor] | tuple[Tensor, ...],
        detections: list[dict[str, Tensor]],
        image_sizes: list[tuple[int, int]],
    ) -> list[dict[str, Tensor]]:
        """:meth:`InstanceMaskHead.predict` from the block's outputs (the levels)."""
        return self.predict(self._named(levels), detections, image_sizes)


def select_class_masks(mask_logits: Tensor, labels: Tensor | None) -> Tensor:
    """Each box's mask for its label (or the only one for class-agnostic masks).

    Shape:
        (R, K, M, M), (R,) -> (R, 1, M, M)

    Example:
        >>> select_class_masks(torch.arange(6.0).view(2, 3, 1, 1), torch.tensor([2, 0])).flatten().tolist()
        [2.0, 3.0]
    """
    if mask_logits.shape[1] == 1 or labels is None:
        return mask_logits[:, :1]
    idx = torch.arange(mask_logits.shape[0], device=mask_logits.device)
    return mask_logits[idx, labels.long()][:, None]  # (R, M, M) -> (R, 1, M, M)


def paste_instance_masks(masks: Tensor, boxes: Tensor, image_size: tuple[int, int]) -> Tensor:
    """Paste ``(R, 1, M, M)`` box-relative masks into ``(R, 1, H, W)`` image-size masks.

    Every image pixel's centre is mapped into its box's mask and sampled bilinearly (zero
    outside), so the mask's outer edges fall exactly on the box's edges; torchvision's
    ``paste_masks_in_image`` rounds the box to whole pixels and widens it by one.

    Example:
        >>> m = paste_instance_masks(torch.ones(1, 1, 28, 28), torch.tensor([[2.0, 3.0, 9.0, 7.0]]), (12, 12))
        >>> on = (m[0, 0] > 0.5).nonzero()  # rows 3..6, columns 2..8: the pixels inside the box
        >>> on.min(0).values.tolist(), on.max(0).values.tolist()
        ([3, 2], [6, 8])
    """
    R = masks.shape[0]
    H, W = image_size
    boxes = boxes.to(torch.float32)
    x1, y1, x2, y2 = boxes.unbind(1)  # (R,) each
    xs = torch.arange(W, device=masks.device, dtype=torch.float32) + 0.5
    ys = torch.arange(H, device=masks.device, dtype=torch.float32) + 0.5
    gx = (xs[None] - x1[:, None]) / (x2 - x1).clamp_min(1e-6)[:, None] * 2 - 1  # (R, W) in [-1, 1]
    gy = (ys[None] - y1[:, None]) / (y2 - y1).clamp_min(1e-6)[:, None] * 2 - 1  # (R, H)
    grid = torch.stack([gx[:, None, :].expand(R, H, W), gy[:, :, None].expand(R, H, W)], dim=3)
    return F.grid_sample(
        masks.float(), grid, mode="bilinear", padding_mode="zeros", align_corners=False
    )


def project_masks_on_boxes(
    gt_masks: Tensor, boxes: Tensor, matched_idxs: Tensor, size: int
) -> Tensor:
    """Training targets: each box's matched ground-truth mask cropped and resized to
    ``size x size`` with RoIAlign (the way Mask R-CNN builds them).

    Shape:
        gt masks (G, H, W), boxes (R, 4), matched indices (R,) -> (R, size, size) in [0, 1]
    """
    rois = torch.cat([matched_idxs[:, None].to(boxes), boxes], dim=1)
    out = ops.roi_align(
        gt_masks[:, None].float(), rois, (size, size), 1.0, sampling_ratio=0, aligned=True
    )
    return out[:, 0]


def instance_mask_loss(mask_logits: Tensor, labels: Tensor, targets: Tensor) -> Tensor:
    """Binary cross-entropy of each box's mask for its label against its target, in float32.

    Example:
        >>> instance_mask_loss(torch.zeros(2, 3, 4, 4), torch.tensor([1, 2]), torch.ones(2, 4, 4)).item()
        0.6931471824645996
    """
    if targets.numel() == 0:
        return mask_logits.sum() * 0.0
    logits = select_class_masks(mask_logits.float(), labels)[:, 0]
    return F.binary_cross_entropy_with_logits(logits, targets.float())


__all__ = [
    "InstanceMaskBlock", "InstanceMaskHead", "MaskHead", "MultiScaleRoIAlignAligned", "instance_mask_loss", "paste_instance_masks",
    "project_masks_on_boxes", "select_class_masks",
]  # fmt: skip
