"""Primitive modules: the small pieces heads are composed of on the canvas (sum, concat,
separable conv, squeeze-and-excitation, dropout, identity). :mod:`heads.blocks.primitives`
describes the blocks; ``conv`` and ``resize`` are in the classification and segmentation
families.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn
from torchvision.ops import SqueezeExcitation

from heads.layers import ACTIVATIONS, ConvNormAct


class Sum(nn.Module):
    """Element-wise sum of tensors of one shape (an FPN's lateral plus top-down, a residual).

    Shape:
        [(N, C, H, W)] * k -> (N, C, H, W) (or vectors ``(N, C)``)

    Example:
        >>> Sum()([torch.ones(1, 2, 3, 3), torch.ones(1, 2, 3, 3)]).sum().item()
        36.0
    """

    def forward(self, xs: list[Tensor]) -> Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Concat(nn.Module):
    """Concatenation along the channels.

    Shape:
        [(N, C_i, H, W)] -> (N, sum(C_i), H, W) (or vectors ``(N, sum(C_i))``)

    Example:
        >>> Concat()([torch.zeros(1, 2, 4, 4), torch.zeros(1, 3, 4, 4)]).shape
        torch.Size([1, 5, 4, 4])
    """

    def forward(self, xs: list[Tensor]) -> Tensor:
        return torch.cat(xs, dim=1)


class DepthwiseSeparableConv(nn.Module):
    """A depthwise ``k x k`` conv (one filter per channel), then a pointwise 1x1 conv, norm and
    activation (MobileNet's separable convolution).

    Children: ``depthwise`` (``nn.Conv2d``, no bias) and ``pointwise`` (:class:`ConvNormAct`).

    Shape:
        (N, C_in, H, W) -> (N, C_out, ceil(H / stride), ceil(W / stride))

    Example:
        >>> DepthwiseSeparableConv(8, 16, kernel_size=5, stride=2)(torch.randn(1, 8, 9, 9)).shape
        torch.Size([1, 16, 5, 5])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int = 3,
        stride: int = 1,
        dilation: int = 1,
        norm: str = "batch",
        act: str = "relu",
    ) -> None:
        super().__init__()
        padding = (kernel_size - 1) // 2 * dilation
        self.depthwise = nn.Conv2d(
            in_channels,
            in_channels,
            kernel_size,
            stride=stride,
            padding=padding,
            dilation=dilation,
            groups=in_channels,
            bias=False,
        )
        self.pointwise = ConvNormAct(in_channels, out_channels, 1, norm=norm, act=act)

    def forward(self, x: Tensor) -> Tensor:
        return self.pointwise(self.depthwise(x))


class SqueezeExcite(SqueezeExcitation):
    """Squeeze-and-excitation (Hu et al., 2018): a global average pool, a 1x1 conv down to
    ``squeeze_channels``, an activation, a 1x1 conv back and a sigmoid gate on each channel.
    torchvision's ``SqueezeExcitation`` (children ``fc1``, ``fc2``) with the activation by name.

    Shape:
        (N, C, H, W) -> (N, C, H, W)

    Example:
        >>> SqueezeExcite(16, 4)(torch.randn(2, 16, 5, 5)).shape
        torch.Size([2, 16, 5, 5])
    """

    def __init__(self, channels: int, squeeze_channels: int, act: str = "relu") -> None:
        super().__init__(channels, squeeze_channels, activation=ACTIVATIONS[act])


def _element_dropout(p: float) -> nn.Module:
    return nn.Dropout(p)


def _channel_dropout(p: float) -> nn.Module:
    return nn.Dropout2d(p)


#: Dropout layers by :class:`heads.params.DropoutKind`.
DROPOUTS = {"element": _element_dropout, "channel": _channel_dropout}


class Dropout(nn.Module):
    """Dropout of single values (``element``) or of whole channels of a map (``channel``).

    Shape:
        (N, C, H, W) or (N, C) -> the same

    Example:
        >>> Dropout(0.5, "channel").eval()(torch.ones(1, 3, 2, 2)).sum().item()
        12.0
    """

    def __init__(self, p: float = 0.1, kind: str = "element") -> None:
        super().__init__()
        self.dropout = DROPOUTS[kind](p)

    def forward(self, x: Tensor) -> Tensor:
        return self.dropout(x)


class Identity(nn.Module):
    """Passes its input on (a named point of the graph: a fork, a second output).

    Shape:
        any -> the same

    Example:
        >>> Identity()(torch.ones(2, 3)).shape
        torch.Size([2, 3])
    """

    def forward(self, x: Tensor) -> Tensor:
        return x


__all__ = [
    "DROPOUTS",
    "Concat",
    "DepthwiseSeparableConv",
    "Dropout",
    "Identity",
    "SqueezeExcite",
    "Sum",
]
