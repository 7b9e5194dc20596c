"""Segmentation modules: ASPP, decoders (U-Net, DeepLabV3+, semantic FPN, UPerNet, all-MLP),
LR-ASPP, the FCN head, a per-pixel classifier and the resize to a reference's size.

Upsampling inside decoders is one of :class:`heads.params.Upsample`; learned upsamplers
(transposed conv, pixel shuffle) scale by the integer stride ratio and crop to the skip's size,
because a level at stride ``s`` has ``ceil(H / s)`` rows, which is not always half the next
level's. The blocks are described in :mod:`heads.blocks.segmentation`.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from heads.layers import ConvNormAct

# ---------------------------------------------------------------------------------------------
# Resizing and upsampling
# ---------------------------------------------------------------------------------------------

#: ``align_corners`` per interpolation mode (``nearest`` takes none).
ALIGN_CORNERS = {"bilinear": False, "nearest": None}


def resize_to(x: Tensor, size: tuple[int, int], mode: str = "bilinear") -> Tensor:
    """Interpolate a map to ``size`` (``bilinear`` or ``nearest``; half-pixel centres).

    Example:
        >>> resize_to(torch.randn(1, 3, 5, 7), (10, 13)).shape
        torch.Size([1, 3, 10, 13])
    """
    return F.interpolate(x, size=size, mode=mode, align_corners=ALIGN_CORNERS[mode])


def match_size(x: Tensor, size: tuple[int, int], mode: str = "bilinear") -> Tensor:
    """Crop a map that is at least ``size`` to ``size``; interpolate one that is smaller.

    A map upsampled by 2 from ``ceil(H / 2s)`` rows has one row more than ``ceil(H / s)`` when
    ``H / s`` is odd; cropping keeps its pixels aligned with the skip's.
    """
    h, w = size
    if x.shape[-2] >= h and x.shape[-1] >= w:
        return x[..., :h, :w]
    return resize_to(x, (h, w), mode)


def _interp_layer(channels: int, scale: int) -> nn.Module:
    return nn.Identity()


def _transposed_layer(channels: int, scale: int) -> nn.Module:
    return nn.ConvTranspose2d(channels, channels, kernel_size=scale, stride=scale)


def _shuffle_layer(channels: int, scale: int) -> nn.Module:
    return nn.Sequential(nn.Conv2d(channels, channels * scale * scale, 1), nn.PixelShuffle(scale))


UPSAMPLE_LAYERS = {
    "bilinear": _interp_layer,
    "nearest": _interp_layer,
    "transposed": _transposed_layer,
    "pixel_shuffle": _shuffle_layer,
}
#: The interpolation that finishes each upsampler (learned ones only fix a size mismatch).
UPSAMPLE_INTERP = {
    "bilinear": "bilinear",
    "nearest": "nearest",
    "transposed": "bilinear",
    "pixel_shuffle": "bilinear",
}


class Upsampler(nn.Module):
    """Upsample a map to a given size: interpolation, transposed conv or pixel shuffle.

    Args:
        channels: channels of the map (kept).
        scale: the integer factor of the learned upsamplers (the stride ratio).
        mode: one of ``bilinear, nearest, transposed, pixel_shuffle``.

    Shape:
        (N, C, h, w) -> (N, C, H, W) with ``(H, W) = size``

    Example:
        >>> up = Upsampler(8, 2, "pixel_shuffle")
        >>> up(torch.randn(1, 8, 4, 5), (7, 9)).shape
        torch.Size([1, 8, 7, 9])
    """

    def __init__(self, channels: int, scale: int, mode: str = "bilinear") -> None:
        super().__init__()
        self.layer = UPSAMPLE_LAYERS[mode](channels, scale)
        self.interp = UPSAMPLE_INTERP[mode]

    def forward(self, x: Tensor, size: tuple[int, int]) -> Tensor:
        return match_size(self.layer(x), size, self.interp)


# ---------------------------------------------------------------------------------------------
# Attention and fusion
# ---------------------------------------------------------------------------------------------


class SCSE(nn.Module):
    """Concurrent spatial and channel squeeze-and-excitation (Roy et al., 2018).

    Shape:
        (N, C, H, W) -> (N, C, H, W)

    Example:
        >>> SCSE(32)(torch.randn(2, 32, 5, 6)).shape
        torch.Size([2, 32, 5, 6])
    """

    def __init__(self, channels: int, reduction: int = 16) -> None:
        super().__init__()
        hidden = max(1, channels // reduction)
        self.cse = nn.Sequential(
            nn.AdaptiveAvgPool2d(1),
            nn.Conv2d(channels, hidden, 1),
            nn.ReLU(inplace=True),
            nn.Conv2d(hidden, channels, 1),
            nn.Sigmoid(),
        )
        self.sse = nn.Sequential(nn.Conv2d(channels, 1, 1), nn.Sigmoid())

    def forward(self, x: Tensor) -> Tensor:
        return x * self.cse(x) + x * self.sse(x)


def _no_attention(channels: int) -> nn.Module:
    return nn.Identity()


ATTENTION_LAYERS = {"none": _no_attention, "scse": SCSE}


def _fuse_sum(xs: list[Tensor]) -> Tensor:
    out = xs[0]
    for x in xs[1:]:
        out = out + x
    return out


def _fuse_concat(xs: list[Tensor]) -> Tensor:
    return torch.cat(xs, dim=1)


FUSE = {"sum": _fuse_sum, "concat": _fuse_concat}


def _skip_sum(skip_channels: int, channels: int, norm: str) -> nn.Module:
    # A sum needs equal widths: project the skip to the upsampled map's width.
    return ConvNormAct(skip_channels, channels, 1, norm=norm, act="none")


def _skip_concat(skip_channels: int, channels: int, norm: str) -> nn.Module:
    return nn.Identity()


SKIP_LAYERS = {"sum": _skip_sum, "concat": _skip_concat}
SKIP_WIDTH = {"sum": lambda skip, up: up, "concat": lambda skip, up: skip + up}


# ---------------------------------------------------------------------------------------------
# ASPP and the classic heads
# ---------------------------------------------------------------------------------------------


class ASPPPooling(nn.Module):
    """ASPP's image-pooling branch: global average, 1x1 conv, norm, act, upsampled back.

    Shape:
        (N, C_in, H, W) -> (N, C_out, H, W)
    """

    def __init__(self, in_channels: int, out_channels: int, norm: str = "batch", act: str = "relu"):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.conv = ConvNormAct(in_channels, out_channels, 1, norm=norm, act=act)

    def forward(self, x: Tensor) -> Tensor:
        N, _, H, W = x.shape
        return resize_to(self.conv(self.pool(x)), (H, W))


class ASPP(nn.Module):
    """Atrous spatial pyramid pooling (DeepLabV3): parallel 1x1, dilated 3x3 and pooled branches,
    concatenated and projected.

    Args:
        in_channels: input channels.
        out_channels: width of every branch and of the output.
        rates: dilation of each 3x3 branch.
        pooling: add the image-pooling branch.
        dropout: dropout after the projection (0.5 in DeepLabV3).
        norm, act: norm and activation of every conv.

    Shape:
        (N, C_in, H, W) -> (N, C_out, H, W)

    Example:
        >>> aspp = ASPP(64, 32, rates=(2, 4)).eval()
        >>> aspp(torch.randn(1, 64, 9, 11)).shape
        torch.Size([1, 32, 9, 11])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int = 256,
        rates: tuple[int, ...] = (12, 24, 36),
        pooling: bool = True,
        dropout: float = 0.5,
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        branches: list[nn.Module] = [ConvNormAct(in_channels, out_channels, 1, norm=norm, act=act)]
        branches += [
            ConvNormAct(in_channels, out_channels, 3, dilation=r, norm=norm, act=act) for r in rates
        ]
        if pooling:
            branches.append(ASPPPooling(in_channels, out_channels, norm, act))
        self.convs = nn.ModuleList(branches)
        self.project = ConvNormAct(
            len(branches) * out_channels, out_channels, 1, norm=norm, act=act
        )
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: Tensor) -> Tensor:
        x = torch.cat([branch(x) for branch in self.convs], dim=1)
        return self.dropout(self.project(x))


class FCNHead(nn.Module):
    """FCN head: 3x3 conv layers, dropout and a 1x1 conv to class logits.

    With ``channels = in_channels // 4``, one conv and dropout 0.1 it is torchvision's
    ``FCNHead`` (also DeepLabV3's auxiliary classifier).

    Shape:
        (N, C_in, H, W) -> (N, K, H, W)

    Example:
        >>> FCNHead(64, 5).eval()(torch.randn(2, 64, 9, 7)).shape
        torch.Size([2, 5, 9, 7])
    """

    def __init__(
        self,
        in_channels: int,
        num_classes: int,
        channels: int = 0,
        num_convs: int = 1,
        dropout: float = 0.1,
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        width = channels or in_channels // 4
        self.convs = nn.Sequential(
            *(
                ConvNormAct(in_channels if i == 0 else width, width, 3, norm=norm, act=act)
                for i in range(num_convs)
            )
        )
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Conv2d(width if num_convs else in_channels, num_classes, 1)

    def forward(self, x: Tensor) -> Tensor:
        return self.classifier(self.dropout(self.convs(x)))


class SegClassifier(nn.Module):
    """Dropout and a conv to per-pixel class logits.

    Shape:
        (N, C, H, W) -> (N, K, H, W)

    Example:
        >>> SegClassifier(32, 4)(torch.randn(1, 32, 5, 5)).shape
        torch.Size([1, 4, 5, 5])
    """

    def __init__(
        self, in_channels: int, num_classes: int, dropout: float = 0.0, kernel_size: int = 1
    ):
        super().__init__()
        self.dropout = nn.Dropout2d(dropout)
        self.conv = nn.Conv2d(in_channels, num_classes, kernel_size, padding=kernel_size // 2)

    def forward(self, x: Tensor) -> Tensor:
        return self.conv(self.dropout(x))


class ResizeLike(nn.Module):
    """Interpolate the first map to the size of the second (the image, for image-size logits).

    Only the reference's shape is read, so passing the image costs nothing.

    Shape:
        [(N, K, h, w), (N, *, H, W)] -> (N, K, H, W)

    Example:
        >>> ResizeLike()([torch.randn(1, 4, 13, 17), torch.randn(1, 3, 97, 131)]).shape
        torch.Size([1, 4, 97, 131])
    """

    def __init__(self, mode: str = "bilinear") -> None:
        super().__init__()
        self.mode = mode

    def forward(self, xs: list[Tensor]) -> Tensor:
        x, ref = xs
        return resize_to(x, (ref.shape[-2], ref.shape[-1]), self.mode)


class LRASPPHead(nn.Module):
    """Lite R-ASPP (MobileNetV3 segmentation): a gated 1x1 branch on the deep level, upsampled to
    the low level, and class logits from both, summed.

    Attribute names follow torchvision's ``LRASPPHead`` (``cbr``, ``scale``,
    ``low_classifier``, ``high_classifier``).

    Shape:
        [(N, C_low, H, W), (N, C_high, h, w)] -> (N, K, H, W)

    Example:
        >>> head = LRASPPHead(16, 64, 3, 32).eval()
        >>> head([torch.randn(1, 16, 13, 17), torch.randn(1, 64, 7, 9)]).shape
        torch.Size([1, 3, 13, 17])
    """

    def __init__(
        self,
        low_channels: int,
        high_channels: int,
        num_classes: int,
        inter_channels: int = 128,
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.cbr = ConvNormAct(high_channels, inter_channels, 1, norm=norm, act=act)
        self.scale = nn.Sequential(
            nn.AdaptiveAvgPool2d(1),
            nn.Conv2d(high_channels, inter_channels, 1, bias=False),
            nn.Sigmoid(),
        )
        self.low_classifier = nn.Conv2d(low_channels, num_classes, 1)
        self.high_classifier = nn.Conv2d(inter_channels, num_classes, 1)

    def forward(self, xs: list[Tensor]) -> Tensor:
        low, high = xs
        N, _, H, W = low.shape
        x = self.cbr(high) * self.scale(high)
        x = resize_to(x, (H, W))
        return self.low_classifier(low) + self.high_classifier(x)


# ---------------------------------------------------------------------------------------------
# Decoders
# ---------------------------------------------------------------------------------------------


class UNetStage(nn.Module):
    """One U-Net decoder stage: upsample to the skip, fuse, attention, convs.

    Shape:
        (N, C_in, h, w), skip (N, C_skip, H, W) -> (N, C_out, H, W)
    """

    def __init__(
        self,
        in_channels: int,
        skip_channels: int,
        out_channels: int,
        scale: int,
        upsample: str = "bilinear",
        fusion: str = "concat",
        num_convs: int = 2,
        norm: str = "batch",
        act: str = "relu",
        attention: str = "none",
    ) -> None:
        super().__init__()
        self.fusion = fusion
        self.up = Upsampler(in_channels, scale, upsample)
        self.skip = SKIP_LAYERS[fusion](skip_channels, in_channels, norm)
        fused = SKIP_WIDTH[fusion](skip_channels, in_channels)
        self.attention = ATTENTION_LAYERS[attention](fused)
        self.convs = nn.Sequential(
            *(
                ConvNormAct(fused if i == 0 else out_channels, out_channels, 3, norm=norm, act=act)
                for i in range(num_convs)
            )
        )

    def forward(self, x: Tensor, skip: Tensor) -> Tensor:
        N, _, H, W = skip.shape
        x = FUSE[self.fusion]([self.up(x, (H, W)), self.skip(skip)])
        return self.convs(self.attention(x))


class UNetDecoder(nn.Module):
    """U-Net skip decoder over any number of levels: from the deepest level up, each stage
    upsamples, fuses the next shallower level and refines.

    Args:
        in_channels: channels of each level, shallow to deep.
        strides: stride of each level, shallow to deep.
        decoder_channels: output width of each stage, deep to shallow (``len(levels) - 1``).
        upsample, fusion, attention: see :mod:`heads.params`.
        num_convs: 3x3 convs per stage.

    Shape:
        [(N, C_l, H_l, W_l) for each level] -> one map per stage, deep to shallow; the last is
        ``(N, decoder_channels[-1], H_0, W_0)`` at the shallowest level's size.

    Example:
        >>> dec = UNetDecoder((8, 16, 32), (4, 8, 16), (24, 12))
        >>> xs = [torch.randn(1, 8, 25, 33), torch.randn(1, 16, 13, 17), torch.randn(1, 32, 7, 9)]
        >>> [tuple(o.shape) for o in dec(xs)]
        [(1, 24, 13, 17), (1, 12, 25, 33)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        strides: tuple[int, ...],
        decoder_channels: tuple[int, ...],
        upsample: str = "bilinear",
        fusion: str = "concat",
        num_convs: int = 2,
        norm: str = "batch",
        act: str = "relu",
        attention: str = "none",
    ) -> None:
        super().__init__()
        stages = []
        width = in_channels[-1]
        for i, out in enumerate(decoder_channels):
            level = len(in_channels) - 2 - i  # the skip this stage fuses
            scale = max(1, strides[level + 1] // strides[level])
            stages.append(
                UNetStage(
                    width,
                    in_channels[level],
                    out,
                    scale,
                    upsample,
                    fusion,
                    num_convs,
                    norm,
                    act,
                    attention,
                )
            )
            width = out
        self.stages = nn.ModuleList(stages)

    def forward(self, xs: list[Tensor]) -> list[Tensor]:
        x = xs[-1]
        outs = []
        for i, stage in enumerate(self.stages):
            x = stage(x, xs[len(xs) - 2 - i])
            outs.append(x)
        return outs


class DeepLabV3PlusDecoder(nn.Module):
    """DeepLabV3+ decoder: project the low-level skip to a few channels, upsample the ASPP output
    to it, concatenate and refine with 3x3 convs.

    Shape:
        [(N, C_low, H, W), (N, C_high, h, w)] -> (N, C_out, H, W)

    Example:
        >>> dec = DeepLabV3PlusDecoder(16, 32, 4, low_proj=8, channels=24)
        >>> dec([torch.randn(1, 16, 25, 33), torch.randn(1, 32, 7, 9)]).shape
        torch.Size([1, 24, 25, 33])
    """

    def __init__(
        self,
        low_channels: int,
        high_channels: int,
        scale: int,
        low_proj: int = 48,
        channels: int = 256,
        num_convs: int = 2,
        upsample: str = "bilinear",
        norm: str = "batch",
        act: str = "relu",
        attention: str = "none",
    ) -> None:
        super().__init__()
        self.project = ConvNormAct(low_channels, low_proj, 1, norm=norm, act=act)
        self.up = Upsampler(high_channels, scale, upsample)
        self.attention = ATTENTION_LAYERS[attention](low_proj + high_channels)
        self.convs = nn.Sequential(
            *(
                ConvNormAct(
                    low_proj + high_channels if i == 0 else channels,
                    channels,
                    3,
                    norm=norm,
                    act=act,
                )
                for i in range(num_convs)
            )
        )

    def forward(self, xs: list[Tensor]) -> Tensor:
        low, high = xs
        N, _, H, W = low.shape
        x = torch.cat([self.up(high, (H, W)), self.project(low)], dim=1)
        return self.convs(self.attention(x))


class SemanticBranch(nn.Module):
    """Panoptic-FPN semantic branch of one level: ``n`` rounds of 3x3 conv + 2x upsample (one
    conv and no upsampling for the finest level).

    Shape:
        (N, C_in, h, w) -> (N, C_out, H, W) with ``(H, W) = size``
    """

    def __init__(
        self, in_channels: int, out_channels: int, num_ups: int, upsample: str, norm: str, act: str
    ) -> None:
        super().__init__()
        n = max(1, num_ups)
        self.convs = nn.ModuleList(
            ConvNormAct(
                in_channels if i == 0 else out_channels, out_channels, 3, norm=norm, act=act
            )
            for i in range(n)
        )
        self.ups = nn.ModuleList(Upsampler(out_channels, 2, upsample) for _ in range(num_ups))

    def forward(self, x: Tensor, size: tuple[int, int]) -> Tensor:
        H, W = size
        n = len(self.ups)
        for i, conv in enumerate(self.convs):
            x = conv(x)
            if i < n:
                f = 2 ** (n - 1 - i)  # the remaining factor after this upsampling
                x = self.ups[i](x, (math.ceil(H / f), math.ceil(W / f)))
        return x


class SemanticFPN(nn.Module):
    """Panoptic-FPN semantic head: an FPN (1x1 laterals, top-down sums, 3x3 outputs), then per
    level conv + 2x upsample rounds down to the finest stride, merged by sum or concat.

    Shape:
        [(N, C_l, H_l, W_l) for each level] -> (N, C, H_0, W_0) (``L * C`` channels for concat)

    Example:
        >>> fpn = SemanticFPN((8, 16, 32), (4, 8, 16), fpn_channels=16, channels=8)
        >>> xs = [torch.randn(1, 8, 25, 33), torch.randn(1, 16, 13, 17), torch.randn(1, 32, 7, 9)]
        >>> fpn(xs).shape
        torch.Size([1, 8, 25, 33])
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        strides: tuple[int, ...],
        fpn_channels: int = 256,
        channels: int = 128,
        fusion: str = "sum",
        upsample: str = "bilinear",
        norm: str = "group",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.fusion = fusion
        self.lateral = nn.ModuleList(
            ConvNormAct(c, fpn_channels, 1, norm="none", act="none") for c in in_channels
        )
        self.output = nn.ModuleList(
            ConvNormAct(fpn_channels, fpn_channels, 3, norm="none", act="none") for _ in in_channels
        )
        self.top_down = nn.ModuleList(
            Upsampler(fpn_channels, max(1, strides[i + 1] // strides[i]), upsample)
            for i in range(len(in_channels) - 1)
        )
        self.branches = nn.ModuleList(
            SemanticBranch(
                fpn_channels, channels, round(math.log2(s / strides[0])), upsample, norm, act
            )
            for s in strides
        )

    def forward(self, xs: list[Tensor]) -> Tensor:
        N, _, H, W = xs[0].shape
        lat = [layer(x) for layer, x in zip(self.lateral, xs)]
        for i in range(len(lat) - 2, -1, -1):
            _, _, h, w = lat[i].shape
            lat[i] = lat[i] + self.top_down[i](lat[i + 1], (h, w))
        outs = [branch(conv(x), (H, W)) for branch, conv, x in zip(self.branches, self.output, lat)]
        return FUSE[self.fusion](outs)


class PPM(nn.Module):
    """Pyramid pooling module (PSPNet): the map, and its average pools at several grid sizes
    each through a 1x1 conv and upsampled back, concatenated and fused by a 3x3 conv.

    Shape:
        (N, C_in, H, W) -> (N, C_out, H, W)

    Example:
        >>> PPM(32, 16, (1, 2, 3, 6)).eval()(torch.randn(1, 32, 7, 9)).shape
        torch.Size([1, 16, 7, 9])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        pool_scales: tuple[int, ...] = (1, 2, 3, 6),
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.pools = nn.ModuleList(nn.AdaptiveAvgPool2d(s) for s in pool_scales)
        self.convs = nn.ModuleList(
            ConvNormAct(in_channels, out_channels, 1, norm=norm, act=act) for _ in pool_scales
        )
        width = in_channels + len(pool_scales) * out_channels
        self.bottleneck = ConvNormAct(width, out_channels, 3, norm=norm, act=act)

    def forward(self, x: Tensor) -> Tensor:
        N, _, H, W = x.shape
        pooled = [resize_to(conv(pool(x)), (H, W)) for pool, conv in zip(self.pools, self.convs)]
        return self.bottleneck(torch.cat([x, *pooled], dim=1))


class UPerNetDecoder(nn.Module):
    """UPerNet decoder: PPM on the deepest level, an FPN over the others, every level upsampled
    to the finest, concatenated and fused by a 3x3 conv.

    Shape:
        [(N, C_l, H_l, W_l) for each level] -> (N, C, H_0, W_0)

    Example:
        >>> dec = UPerNetDecoder((8, 16, 32), (4, 8, 16), channels=16).eval()
        >>> xs = [torch.randn(1, 8, 25, 33), torch.randn(1, 16, 13, 17), torch.randn(1, 32, 7, 9)]
        >>> dec(xs).shape
        torch.Size([1, 16, 25, 33])
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        strides: tuple[int, ...],
        channels: int = 512,
        pool_scales: tuple[int, ...] = (1, 2, 3, 6),
        upsample: str = "bilinear",
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.ppm = PPM(in_channels[-1], channels, pool_scales, norm, act)
        self.lateral = nn.ModuleList(
            ConvNormAct(c, channels, 1, norm=norm, act=act) for c in in_channels[:-1]
        )
        self.output = nn.ModuleList(
            ConvNormAct(channels, channels, 3, norm=norm, act=act) for _ in in_channels[:-1]
        )
        self.top_down = nn.ModuleList(
            Upsampler(channels, max(1, strides[i + 1] // strides[i]), upsample)
            for i in range(len(in_channels) - 1)
        )
        self.fuse = ConvNormAct(len(in_channels) * channels, channels, 3, norm=norm, act=act)

    def forward(self, xs: list[Tensor]) -> Tensor:
        N, _, H, W = xs[0].shape
        lat = [layer(x) for layer, x in zip(self.lateral, xs[:-1])] + [self.ppm(xs[-1])]
        for i in range(len(lat) - 2, -1, -1):
            _, _, h, w = lat[i].shape
            lat[i] = lat[i] + self.top_down[i](lat[i + 1], (h, w))
        outs = [conv(x) for conv, x in zip(self.output, lat[:-1])] + [lat[-1]]
        outs = [resize_to(x, (H, W)) for x in outs]
        return self.fuse(torch.cat(outs, dim=1))


class MLPDecoder(nn.Module):
    """All-MLP decoder (SegFormer): a linear layer (1x1 conv) per level to one width, all upsampled
    to the finest level, concatenated deep first and fused by a 1x1 conv.

    Shape:
        [(N, C_l, H_l, W_l) for each level] -> (N, C, H_0, W_0)

    Example:
        >>> dec = MLPDecoder((8, 16, 32), 12)
        >>> xs = [torch.randn(1, 8, 25, 33), torch.randn(1, 16, 13, 17), torch.randn(1, 32, 7, 9)]
        >>> dec(xs).shape
        torch.Size([1, 12, 25, 33])
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        embed_dim: int = 256,
        upsample: str = "bilinear",
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        self.mode = UPSAMPLE_INTERP[upsample]
        self.proj = nn.ModuleList(nn.Conv2d(c, embed_dim, 1) for c in in_channels)
        self.fuse = ConvNormAct(len(in_channels) * embed_dim, embed_dim, 1, norm=norm, act=act)

    def forward(self, xs: list[Tensor]) -> Tensor:
        N, _, H, W = xs[0].shape
        outs = [resize_to(proj(x), (H, W), self.mode) for proj, x in zip(self.proj, xs)]
        return self.fuse(torch.cat(outs[::-1], dim=1))


__all__ = [
    "ALIGN_CORNERS",
    "ASPP",
    "ATTENTION_LAYERS",
    "FUSE",
    "PPM",
    "SCSE",
    "SKIP_LAYERS",
    "SKIP_WIDTH",
    "UPSAMPLE_INTERP",
    "UPSAMPLE_LAYERS",
    "ASPPPooling",
    "DeepLabV3PlusDecoder",
    "FCNHead",
    "LRASPPHead",
    "MLPDecoder",
    "ResizeLike",
    "SegClassifier",
    "SemanticBranch",
    "SemanticFPN",
    "UNetDecoder",
    "UNetStage",
    "UPerNetDecoder",
    "Upsampler",
    "match_size",
    "resize_to",
]
