"""Layer factories shared by every block: one factory per layer kind, keyed by name.

Module constructors take plain values (``norm="group"``, ``act="relu"``) so that the code
generator can print them; the enums in :mod:`heads.params` list the valid names, and these
factories resolve them. Everything here uses only torch, so the code generator can copy it into
an exported module as it is.
"""

from __future__ import annotations

from collections.abc import Callable

import torch  # noqa: F401  (used by the doctests)
from torch import Tensor, nn


class LayerNorm2d(nn.LayerNorm):
    """LayerNorm over the channels of an ``(N, C, H, W)`` map.

    Shape:
        (N, C, H, W) -> (N, C, H, W)

    Example:
        >>> LayerNorm2d(8)(torch.randn(2, 8, 4, 4)).shape
        torch.Size([2, 8, 4, 4])
    """

    def forward(self, x: Tensor) -> Tensor:
        x = x.permute(0, 2, 3, 1)  # (N, C, H, W) -> (N, H, W, C)
        x = nn.functional.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)
        return x.permute(0, 3, 1, 2)  # (N, H, W, C) -> (N, C, H, W)


def auto_groups(channels: int) -> int:
    """The group count of a group norm whose count is not given (``norm_groups=0``).

    32 groups where the channels allow it (the detection heads' convention), else the largest
    divisor of the channels not above 32 that leaves two channels per group: one channel per
    group cannot be normalised on a 1x1 map (pooled branches at batch 1). torchvision's heads
    use ``GroupNorm(32, C)`` at every width, so at 32 channels the two differ: designs that load
    torchvision's weights give the count explicitly.

    Example:
        >>> auto_groups(256), auto_groups(32), auto_groups(24)
        (32, 16, 12)
    """
    return max(g for g in range(1, 33) if channels % g == 0 and (channels // g >= 2 or g == 1))


def _group_norm(channels: int, groups: int = 0) -> nn.Module:
    return nn.GroupNorm(groups or auto_groups(channels), channels)


def _no_norm(channels: int, groups: int = 0) -> nn.Module:
    return nn.Identity()


def _batch_norm_2d(channels: int, groups: int = 0) -> nn.Module:
    return nn.BatchNorm2d(channels)


def _batch_norm_1d(channels: int, groups: int = 0) -> nn.Module:
    return nn.BatchNorm1d(channels)


def _layer_norm_2d(channels: int, groups: int = 0) -> nn.Module:
    return LayerNorm2d(channels)


def _layer_norm_1d(channels: int, groups: int = 0) -> nn.Module:
    return nn.LayerNorm(channels)


#: Norm layers by name: ``(channels, groups) -> module``; ``groups`` is read by group norm only
#: (0: :func:`auto_groups`).
NORM_2D: dict[str, Callable[[int, int], nn.Module]] = {
    "none": _no_norm,
    "batch": _batch_norm_2d,
    "group": _group_norm,
    "layer": _layer_norm_2d,
}
NORM_1D: dict[str, Callable[[int, int], nn.Module]] = {
    "none": _no_norm,
    "batch": _batch_norm_1d,
    "group": _group_norm,
    "layer": _layer_norm_1d,
}
ACTIVATIONS: dict[str, Callable[[], nn.Module]] = {
    "none": nn.Identity,
    "relu": lambda: nn.ReLU(inplace=True),
    "relu6": lambda: nn.ReLU6(inplace=True),
    "gelu": nn.GELU,
    "silu": lambda: nn.SiLU(inplace=True),
    "hardswish": lambda: nn.Hardswish(inplace=True),
    "leaky_relu": lambda: nn.LeakyReLU(0.1, inplace=True),
    "mish": lambda: nn.Mish(inplace=True),
}


def make_norm(kind: str, channels: int, dims: int = 2, groups: int = 0) -> nn.Module:
    """A normalisation layer by name (``none``, ``batch``, ``group``, ``layer``).

    Args:
        kind: the norm's name.
        channels: channels normalised.
        dims: 2 for maps ``(N, C, H, W)``, 1 for vectors ``(N, C)``.
        groups: group norm's group count (0: :func:`auto_groups`); other norms ignore it.

    Example:
        >>> make_norm("group", 64)
        GroupNorm(32, 64, eps=1e-05, affine=True, bias=True)
        >>> make_norm("group", 32), make_norm("group", 32, groups=32)
        (GroupNorm(16, 32, eps=1e-05, affine=True, bias=True), GroupNorm(32, 32, eps=1e-05, affine=True, bias=True))
    """
    table = NORM_2D if dims == 2 else NORM_1D
    return table[kind](channels, groups)


def make_act(kind: str) -> nn.Module:
    """An activation layer by name (``relu``, ``gelu``, ``silu`` ...; ``none`` is identity).

    Example:
        >>> make_act("silu")
        SiLU(inplace=True)
    """
    return ACTIVATIONS[kind]()


class ConvNormAct(nn.Sequential):
    """Conv2d, then a norm layer, then an activation; the conv has a bias only without norm.

    Children are named ``conv``, ``norm``, ``act`` (``state_dict`` keys ``conv.weight`` ...);
    ``norm_groups`` is a group norm's group count (0: :func:`auto_groups`).

    Shape:
        (N, C_in, H, W) -> (N, C_out, ceil(H / stride), ceil(W / stride))

    Example:
        >>> m = ConvNormAct(16, 32, kernel_size=3, stride=2, norm="batch", act="relu")
        >>> m(torch.randn(1, 16, 9, 9)).shape
        torch.Size([1, 32, 5, 5])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int = 3,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
        norm: str = "batch",
        act: str = "relu",
        bias: bool | None = None,
        norm_groups: int = 0,
    ) -> None:
        padding = (kernel_size - 1) // 2 * dilation
        super().__init__()
        self.conv = nn.Conv2d(
            in_channels,
            out_channels,
            kernel_size,
            stride=stride,
            padding=padding,
            dilation=dilation,
            groups=groups,
            bias=(norm == "none") if bias is None else bias,
        )
        self.norm = make_norm(norm, out_channels, groups=norm_groups)
        self.act = make_act(act)


__all__ = [
    "ACTIVATIONS",
    "NORM_1D",
    "NORM_2D",
    "ConvNormAct",
    "LayerNorm2d",
    "auto_groups",
    "make_act",
    "make_norm",
]
