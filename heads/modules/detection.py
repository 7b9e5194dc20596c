"""Detection modules: feature pyramid necks (FPN, PAN, BiFPN), the conv tower, and the dense
RetinaNet (anchor-based) and FCOS (anchor-free) heads.

Necks take any number of levels with any channels (strides strictly increasing) and return one
level per input level plus optional extra levels, all of ``out_channels`` channels. Dense heads
take the levels of a neck (equal channels) and return predictions for every anchor of every
level in torchvision's layout, levels concatenated in order: ``cls_logits (N, HWA, K)``,
``bbox_regression (N, HWA, 4)`` and, for FCOS, ``bbox_ctrness (N, HWA, 1)``. The blocks are
described (parameters, plans, anchors and decoding) in :mod:`heads.blocks.detection`.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from heads.layers import ConvNormAct, make_act

# ---------------------------------------------------------------------------------------------
# Modules
# ---------------------------------------------------------------------------------------------


def _extra_maxpool(in_channels: int, out_channels: int) -> nn.Module:
    return nn.MaxPool2d(kernel_size=1, stride=2, padding=0)


def _extra_conv(in_channels: int, out_channels: int) -> nn.Module:
    return nn.Conv2d(in_channels, out_channels, kernel_size=3, stride=2, padding=1)


#: Extra pyramid levels by mode: (layer factory, first level reads the input?, ReLU between).
EXTRA_LEVELS = {
    "conv_output": (_extra_conv, False, True),
    "conv_input": (_extra_conv, True, True),
    "maxpool": (_extra_maxpool, False, False),
}


def kaiming_init_(module: nn.Module) -> None:
    """Kaiming-uniform (a=1) weights and zero biases for every conv (torchvision's FPN init)."""
    for m in module.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_uniform_(m.weight, a=1)
            if m.bias is not None:
                nn.init.constant_(m.bias, 0)


class FPN(nn.Module):
    """Feature pyramid network: 1x1 laterals, nearest top-down upsampling, 3x3 output convs.

    Matches ``torchvision.ops.FeaturePyramidNetwork`` (with ``LastLevelP6P7`` or
    ``LastLevelMaxPool`` as extra levels) layer for layer.

    Args:
        in_channels: channels of each input level, shallow to deep.
        out_channels: channels ``C`` of every output level.
        extra_levels: levels added above the deepest input, each at twice the stride.
        extra_mode: ``conv_output`` (P6 from P5), ``conv_input`` (P6 from C5) or ``maxpool``.
        norm: norm after each lateral and output conv (``none`` as torchvision).
        norm_groups: group norm's group count (0: :func:`heads.layers.auto_groups`).

    Shape:
        [(N, C_i, H_i, W_i)] * L -> [(N, C, H_i, W_i)] * L + extra levels
        (N, C, ceil(H_top / 2^j), ceil(W_top / 2^j)), j = 1..extra_levels

    Example:
        >>> fpn = FPN((64, 128), 32, extra_levels=2)
        >>> [tuple(p.shape) for p in fpn([torch.randn(1, 64, 16, 16), torch.randn(1, 128, 8, 8)])]
        [(1, 32, 16, 16), (1, 32, 8, 8), (1, 32, 4, 4), (1, 32, 2, 2)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        out_channels: int,
        extra_levels: int = 0,
        extra_mode: str = "conv_output",
        norm: str = "none",
        norm_groups: int = 0,
    ) -> None:
        super().__init__()
        self.lateral = nn.ModuleList(
            ConvNormAct(c, out_channels, 1, norm=norm, act="none", norm_groups=norm_groups)
            for c in in_channels
        )
        self.output = nn.ModuleList(
            ConvNormAct(
                out_channels, out_channels, 3, norm=norm, act="none", norm_groups=norm_groups
            )
            for _ in in_channels
        )
        factory, self.extra_from_input, self.extra_relu = EXTRA_LEVELS[extra_mode]
        first_in = in_channels[-1] if self.extra_from_input else out_channels
        self.extra = nn.ModuleList(
            factory(first_in if i == 0 else out_channels, out_channels) for i in range(extra_levels)
        )
        kaiming_init_(self)

    def forward(self, xs: list[Tensor]) -> list[Tensor]:
        last = self.lateral[-1](xs[-1])
        outs = [self.output[-1](last)]
        for i in range(len(xs) - 2, -1, -1):
            _, _, H, W = xs[i].shape
            top_down = F.interpolate(last, size=(H, W), mode="nearest")
            last = self.lateral[i](xs[i]) + top_down
            outs.insert(0, self.output[i](last))
        y = xs[-1] if self.extra_from_input else outs[-1]
        for i, layer in enumerate(self.extra):
            y = layer(F.relu(y) if self.extra_relu and i > 0 else y)
            outs.append(y)
        return outs


class PAN(nn.Module):
    """Path aggregation network: an FPN, then a bottom-up path of stride-2 convs.

    ``N_0 = P_0``; ``N_i = fuse_i(P_i + down_i(N_{i-1}))``. Consecutive levels must differ by a
    stride of 2.

    Args:
        in_channels, out_channels, extra_levels, extra_mode, norm, norm_groups: as :class:`FPN`.
        act: activation of the bottom-up convs.

    Shape:
        as :class:`FPN`.

    Example:
        >>> pan = PAN((64, 128, 256), 32, norm="batch")
        >>> xs = [torch.randn(1, 64, 16, 16), torch.randn(1, 128, 8, 8), torch.randn(1, 256, 4, 4)]
        >>> [tuple(p.shape) for p in pan(xs)]
        [(1, 32, 16, 16), (1, 32, 8, 8), (1, 32, 4, 4)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        out_channels: int,
        extra_levels: int = 0,
        extra_mode: str = "conv_output",
        norm: str = "none",
        act: str = "relu",
        norm_groups: int = 0,
    ) -> None:
        super().__init__()
        self.fpn = FPN(in_channels, out_channels, extra_levels, extra_mode, norm, norm_groups)
        levels = len(in_channels) + extra_levels
        cna = {"norm": norm, "act": act, "norm_groups": norm_groups}
        self.down = nn.ModuleList(
            ConvNormAct(out_channels, out_channels, 3, stride=2, **cna) for _ in range(levels - 1)
        )
        self.fuse = nn.ModuleList(
            ConvNormAct(out_channels, out_channels, 3, **cna) for _ in range(levels - 1)
        )

    def forward(self, xs: list[Tensor]) -> list[Tensor]:
        ps = self.fpn(xs)
        outs = [ps[0]]
        for i in range(1, len(ps)):
            outs.append(self.fuse[i - 1](ps[i] + self.down[i - 1](outs[-1])))
        return outs


def fast_normalized_fusion(weights: Tensor, xs: list[Tensor], eps: float = 1e-4) -> Tensor:
    """EfficientDet's fusion: ``sum(relu(w_i) * x_i) / (sum(relu(w)) + eps)``."""
    w = F.relu(weights)
    w = w / (w.sum() + eps)
    out = w[0] * xs[0]
    for i in range(1, len(xs)):
        out = out + w[i] * xs[i]
    return out


class SeparableConv(nn.Module):
    """Activation, depthwise 3x3 conv, pointwise 1x1 conv and norm (BiFPN's fusion conv).

    Shape:
        (N, C, H, W) -> (N, C, H, W)
    """

    def __init__(self, channels: int, norm: str = "batch", act: str = "silu") -> None:
        super().__init__()
        self.act = make_act(act)
        self.depthwise = nn.Conv2d(channels, channels, 3, padding=1, groups=channels, bias=False)
        self.pointwise = ConvNormAct(channels, channels, 1, norm=norm, act="none")

    def forward(self, x: Tensor) -> Tensor:
        return self.pointwise(self.depthwise(self.act(x)))


class BiFPNLayer(nn.Module):
    """One bidirectional fusion layer over ``L`` levels of ``C`` channels (EfficientDet).

    Top-down: ``T_i = conv(fuse(P_i, up(T_{i+1})))`` with ``T_{L-1} = P_{L-1}``; bottom-up:
    ``O_0 = T_0``, ``O_i = conv(fuse(P_i, T_i, down(O_{i-1})))``. Each fusion has learnable
    non-negative weights normalised to sum to one.

    Shape:
        [(N, C, H_i, W_i)] * L -> [(N, C, H_i, W_i)] * L
    """

    def __init__(
        self, num_levels: int, channels: int, norm: str = "batch", act: str = "silu"
    ) -> None:
        super().__init__()
        self.td_weights = nn.Parameter(torch.ones(num_levels - 1, 2))
        self.out_weights = nn.Parameter(torch.ones(num_levels - 1, 3))
        self.td_convs = nn.ModuleList(
            SeparableConv(channels, norm, act) for _ in range(num_levels - 1)
        )
        self.out_convs = nn.ModuleList(
            SeparableConv(channels, norm, act) for _ in range(num_levels - 1)
        )

    def forward(self, xs: list[Tensor]) -> list[Tensor]:
        L = len(xs)
        td = list(xs)
        for i in range(L - 2, -1, -1):
            _, _, H, W = xs[i].shape
            up = F.interpolate(td[i + 1], size=(H, W), mode="nearest")
            td[i] = self.td_convs[i](fast_normalized_fusion(self.td_weights[i], [xs[i], up]))
        outs = [td[0]]
        for i in range(1, L):
            down = F.max_pool2d(outs[-1], kernel_size=3, stride=2, padding=1)
            fused = fast_normalized_fusion(self.out_weights[i - 1], [xs[i], td[i], down])
            outs.append(self.out_convs[i - 1](fused))
        return outs


class BiFPN(nn.Module):
    """BiFPN neck: 1x1 projections to ``C``, max-pooled extra levels, ``num_repeats`` layers.

    Args:
        in_channels: channels of each input level, shallow to deep (strides x2 apart).
        out_channels: channels ``C`` of every level.
        num_repeats: stacked :class:`BiFPNLayer` s.
        extra_levels: levels added by 3x3 stride-2 max pooling of the top level.
        norm, act: of the separable fusion convs (and norm of the projections).

    Shape:
        [(N, C_i, H_i, W_i)] * L -> [(N, C, H_i, W_i)] * (L + extra_levels)

    Example:
        >>> neck = BiFPN((40, 112, 320), 64, num_repeats=2, extra_levels=1)
        >>> xs = [torch.randn(1, 40, 16, 16), torch.randn(1, 112, 8, 8), torch.randn(1, 320, 4, 4)]
        >>> [tuple(p.shape) for p in neck(xs)]
        [(1, 64, 16, 16), (1, 64, 8, 8), (1, 64, 4, 4), (1, 64, 2, 2)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        out_channels: int,
        num_repeats: int = 3,
        extra_levels: int = 0,
        norm: str = "batch",
        act: str = "silu",
    ) -> None:
        super().__init__()
        self.extra_levels = extra_levels
        self.proj = nn.ModuleList(
            ConvNormAct(c, out_channels, kernel_size=1, norm=norm, act="none") for c in in_channels
        )
        levels = len(in_channels) + extra_levels
        self.layers = nn.ModuleList(
            BiFPNLayer(levels, out_channels, norm, act) for _ in range(num_repeats)
        )

    def forward(self, xs: list[Tensor]) -> list[Tensor]:
        ps = [proj(x) for proj, x in zip(self.proj, xs)]
        for _ in range(self.extra_levels):
            ps.append(F.max_pool2d(ps[-1], kernel_size=3, stride=2, padding=1))
        for layer in self.layers:
            ps = layer(ps)
        return ps


class ConvTower(nn.Sequential):
    """``num_convs`` x (3x3 conv -> norm -> act) at ``width`` channels: every dense head's tower.

    Convs keep their bias whatever the norm (as torchvision's FCOS head) and start from
    N(0, 0.01) weights and zero biases (as torchvision's RetinaNet and FCOS heads).

    Shape:
        (N, C_in, H, W) -> (N, width, H, W)

    Example:
        >>> ConvTower(32, 64, num_convs=2, norm="group")(torch.randn(1, 32, 8, 8)).shape
        torch.Size([1, 64, 8, 8])
    """

    def __init__(
        self,
        in_channels: int,
        width: int,
        num_convs: int,
        norm: str = "none",
        act: str = "relu",
        norm_groups: int = 0,
    ):
        cna = {"norm": norm, "act": act, "bias": True, "norm_groups": norm_groups}
        super().__init__(
            *[
                ConvNormAct(in_channels if i == 0 else width, width, 3, **cna)
                for i in range(num_convs)
            ]
        )
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.normal_(m.weight, std=0.01)
                nn.init.constant_(m.bias, 0)


def dense_conv(in_channels: int, out_channels: int, bias: float = 0.0) -> nn.Conv2d:
    """A 3x3 prediction conv with N(0, 0.01) weights and a constant bias."""
    conv = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1)
    nn.init.normal_(conv.weight, std=0.01)
    nn.init.constant_(conv.bias, bias)
    return conv


def prior_bias(prior_prob: float) -> float:
    """The logit bias that makes the initial sigmoid equal ``prior_prob`` (focal loss init)."""
    return -math.log((1 - prior_prob) / prior_prob)


class RetinaNetHead(nn.Module):
    """RetinaNet's dense head: class and box towers shared over levels, A anchors per location.

    Matches ``torchvision.models.detection.retinanet.RetinaNetHead`` (``norm="none"``: v1;
    ``norm="group"``: v2) after :func:`heads.detector.transplant_from_torchvision`.

    Args:
        in_channels: channels of every input level.
        num_anchors: anchors per location ``A``.
        num_classes: classes ``K``.
        num_convs: convs in each tower.
        width: tower width.
        norm, act: the towers' norm and activation.
        prior_prob: initial foreground probability of every class logit.
        norm_groups: group norm's group count (0: :func:`heads.layers.auto_groups`;
            torchvision's v2 head: 32).

    Shape:
        [(N, C, H_l, W_l)] * L -> cls_logits (N, M, K), bbox_regression (N, M, 4),
        M = sum(H_l * W_l * A)

    Example:
        >>> head = RetinaNetHead(32, num_anchors=9, num_classes=5, num_convs=2, width=32)
        >>> cls, box = head([torch.randn(2, 32, 8, 8), torch.randn(2, 32, 4, 4)])
        >>> tuple(cls.shape), tuple(box.shape)
        ((2, 720, 5), (2, 720, 4))
    """

    def __init__(
        self,
        in_channels: int,
        num_anchors: int,
        num_classes: int,
        num_convs: int = 4,
        width: int = 256,
        norm: str = "none",
        act: str = "relu",
        prior_prob: float = 0.01,
        norm_groups: int = 0,
    ) -> None:
        super().__init__()
        self.num_anchors = num_anchors
        self.num_classes = num_classes
        self.cls_tower = ConvTower(in_channels, width, num_convs, norm, act, norm_groups)
        self.box_tower = ConvTower(in_channels, width, num_convs, norm, act, norm_groups)
        self.cls_logits = dense_conv(width, num_anchors * num_classes, prior_bias(prior_prob))
        self.bbox_pred = dense_conv(width, num_anchors * 4)

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, Tensor]:
        A, K = self.num_anchors, self.num_classes
        # One branch over every level, then the other: each tower's weights stay in cache (on a
        # GPU, alternating the towers level by level measured about 7% slower).
        all_cls = []
        for x in xs:
            N, _, H, W = x.shape
            cls = self.cls_logits(self.cls_tower(x))
            cls = cls.view(N, A, K, H, W)  # (N, A*K, H, W) -> (N, A, K, H, W)
            cls = cls.permute(0, 3, 4, 1, 2)  # (N, A, K, H, W) -> (N, H, W, A, K)
            all_cls.append(cls.reshape(N, H * W * A, K))  # (N, H, W, A, K) -> (N, HWA, K)
        all_box = []
        for x in xs:
            N, _, H, W = x.shape
            box = self.bbox_pred(self.box_tower(x))
            box = box.view(N, A, 4, H, W)  # (N, A*4, H, W) -> (N, A, 4, H, W)
            box = box.permute(0, 3, 4, 1, 2)  # (N, A, 4, H, W) -> (N, H, W, A, 4)
            all_box.append(box.reshape(N, H * W * A, 4))  # (N, H, W, A, 4) -> (N, HWA, 4)
        return torch.cat(all_cls, dim=1), torch.cat(all_box, dim=1)


class FCOSHead(nn.Module):
    """FCOS's dense head: a class tower, and a box tower that also predicts centerness.

    Box regressions are non-negative distances (a ReLU, as torchvision) to the left, top,
    right and bottom box edges, in units of the level's anchor size. Matches
    ``torchvision.models.detection.fcos.FCOSHead`` after
    :func:`heads.detector.transplant_from_torchvision`.

    Args:
        in_channels: channels of every input level.
        num_classes: classes ``K``.
        num_convs: convs in each tower.
        width: tower width.
        norm, act: the towers' norm and activation.
        prior_prob: initial foreground probability of every class logit.
        norm_groups: group norm's group count (0: :func:`heads.layers.auto_groups`;
            torchvision's head: 32).

    Shape:
        [(N, C, H_l, W_l)] * L -> cls_logits (N, M, K), bbox_regression (N, M, 4),
        bbox_ctrness (N, M, 1), M = sum(H_l * W_l)

    Example:
        >>> head = FCOSHead(32, num_classes=3, num_convs=2, width=32, norm="group")
        >>> [tuple(t.shape) for t in head([torch.randn(2, 32, 8, 8), torch.randn(2, 32, 4, 4)])]
        [(2, 80, 3), (2, 80, 4), (2, 80, 1)]
    """

    def __init__(
        self,
        in_channels: int,
        num_classes: int,
        num_convs: int = 4,
        width: int = 256,
        norm: str = "group",
        act: str = "relu",
        prior_prob: float = 0.01,
        norm_groups: int = 0,
    ) -> None:
        super().__init__()
        self.num_classes = num_classes
        self.cls_tower = ConvTower(in_channels, width, num_convs, norm, act, norm_groups)
        self.box_tower = ConvTower(in_channels, width, num_convs, norm, act, norm_groups)
        self.cls_logits = dense_conv(width, num_classes, prior_bias(prior_prob))
        self.bbox_pred = dense_conv(width, 4)
        self.ctrness = dense_conv(width, 1)

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, Tensor, Tensor]:
        K = self.num_classes
        # The class branch over every level, then the box branch (as RetinaNetHead: cache reuse).
        all_cls = []
        for x in xs:
            N, _, H, W = x.shape
            cls = self.cls_logits(self.cls_tower(x)).permute(0, 2, 3, 1)  # -> (N, H, W, K)
            all_cls.append(cls.reshape(N, H * W, K))  # (N, H, W, K) -> (N, HW, K)
        all_box, all_ctr = [], []
        for x in xs:
            N, _, H, W = x.shape
            feat = self.box_tower(x)
            box = F.relu(self.bbox_pred(feat)).permute(0, 2, 3, 1)  # -> (N, H, W, 4)
            all_box.append(box.reshape(N, H * W, 4))  # (N, H, W, 4) -> (N, HW, 4)
            ctr = self.ctrness(feat)
            all_ctr.append(ctr.reshape(N, H * W, 1))  # (N, 1, H, W) -> (N, HW, 1)
        return torch.cat(all_cls, dim=1), torch.cat(all_box, dim=1), torch.cat(all_ctr, dim=1)


__all__ = [
    "EXTRA_LEVELS",
    "FPN",
    "PAN",
    "BiFPN",
    "BiFPNLayer",
    "ConvTower",
    "FCOSHead",
    "RetinaNetHead",
    "SeparableConv",
    "dense_conv",
    "fast_normalized_fusion",
    "kaiming_init_",
    "prior_bias",
]
