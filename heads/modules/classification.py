"""Classification modules: global pools, an MLP, the classifier layer and a conv layer.

The ``nn.Module`` s of the blocks :mod:`heads.blocks.classification` describes. Like every module
in :mod:`heads.modules`, each takes plain values (ints, floats, strings, tuples) and uses only
torch, torchvision and :mod:`heads.layers`, so the code generator can copy its source.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn

from heads.layers import ConvNormAct, make_act, make_norm

# ---------------------------------------------------------------------------------------------
# Modules
# ---------------------------------------------------------------------------------------------


def as_map(x: Tensor) -> Tensor:
    """View tokens ``(N, L, C)`` as a map ``(N, C, L, 1)``; maps pass through."""
    if x.ndim == 3:
        return x.transpose(1, 2).unsqueeze(-1)  # (N, L, C) -> (N, C, L, 1)
    return x


class AvgPool(nn.Module):
    """Global average pool. Shape: (N, C, H, W) or (N, L, C) -> (N, C)."""

    def forward(self, x: Tensor) -> Tensor:
        return as_map(x).mean(dim=(2, 3))


class MaxPool(nn.Module):
    """Global max pool. Shape: (N, C, H, W) or (N, L, C) -> (N, C)."""

    def forward(self, x: Tensor) -> Tensor:
        return as_map(x).amax(dim=(2, 3))


class AvgMaxPool(nn.Module):
    """Mean of the global average and max pools. Shape: (N, C, H, W) -> (N, C)."""

    def forward(self, x: Tensor) -> Tensor:
        x = as_map(x)
        return 0.5 * (x.mean(dim=(2, 3)) + x.amax(dim=(2, 3)))


class CatAvgMaxPool(nn.Module):
    """Global average and max pools concatenated. Shape: (N, C, H, W) -> (N, 2C)."""

    def forward(self, x: Tensor) -> Tensor:
        x = as_map(x)
        return torch.cat([x.mean(dim=(2, 3)), x.amax(dim=(2, 3))], dim=1)


class GeMPool(nn.Module):
    """Generalised-mean pool with a learnable exponent ``p`` (p=1 average, large p max).

    Shape: (N, C, H, W) -> (N, C)
    """

    def __init__(self, p: float = 3.0, eps: float = 1e-6) -> None:
        super().__init__()
        self.p = nn.Parameter(torch.tensor(float(p)))
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        x = as_map(x).clamp(min=self.eps).pow(self.p)
        return x.mean(dim=(2, 3)).pow(1.0 / self.p)


class LSEPool(nn.Module):
    """Log-sum-exp pool, ``log(mean(exp(r * x))) / r``: between average (small r) and max.

    Shape: (N, C, H, W) -> (N, C)
    """

    def __init__(self, r: float = 10.0) -> None:
        super().__init__()
        self.r = r

    def forward(self, x: Tensor) -> Tensor:
        x = as_map(x).flatten(2)  # (N, C, H, W) -> (N, C, HW)
        hw = x.shape[-1]
        return (torch.logsumexp(self.r * x, dim=-1) - math.log(hw)) / self.r


class AttentionPool(nn.Module):
    """Attention pool: a 1x1 conv scores every position, softmax weights the average.

    Shape: (N, C, H, W) -> (N, C)
    """

    def __init__(self, in_channels: int) -> None:
        super().__init__()
        self.score = nn.Conv2d(in_channels, 1, kernel_size=1)

    def forward(self, x: Tensor) -> Tensor:
        x = as_map(x)
        w = self.score(x).flatten(2).softmax(dim=-1)  # (N, 1, H, W) -> (N, 1, HW)
        return (x.flatten(2) * w).sum(dim=-1)  # (N, C, HW) -> (N, C)


class TokenPool(nn.Module):
    """The class token of ViT tokens. Shape: (N, L, C) -> (N, C)."""

    def forward(self, x: Tensor) -> Tensor:
        return x[:, 0]


POOLS = {
    "avg": lambda c, p, r: AvgPool(),
    "max": lambda c, p, r: MaxPool(),
    "avgmax": lambda c, p, r: AvgMaxPool(),
    "catavgmax": lambda c, p, r: CatAvgMaxPool(),
    "gem": lambda c, p, r: GeMPool(p),
    "lse": lambda c, p, r: LSEPool(r),
    "attention": lambda c, p, r: AttentionPool(c),
    "token": lambda c, p, r: TokenPool(),
}


class GlobalPool(nn.Module):
    """Pools each input level to a vector and concatenates them.

    Args:
        in_channels: channels of each input level.
        pool_type: one of ``avg, max, avgmax, catavgmax, gem, lse, attention, token``.
        gem_p: GeM's initial exponent.
        lse_r: LSE's sharpness.

    Shape:
        [(N, C_i, H_i, W_i) or (N, L, C_i)] -> (N, sum(C_i)) (twice that for ``catavgmax``)

    Example:
        >>> pool = GlobalPool((64, 128), "gem")
        >>> pool([torch.randn(2, 64, 8, 8), torch.randn(2, 128, 4, 4)]).shape
        torch.Size([2, 192])
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        pool_type: str = "avg",
        gem_p: float = 3.0,
        lse_r: float = 10.0,
    ):
        super().__init__()
        self.pools = nn.ModuleList(POOLS[pool_type](c, gem_p, lse_r) for c in in_channels)

    def forward(self, xs: list[Tensor]) -> Tensor:
        if len(xs) == 1:
            return self.pools[0](xs[0])
        return torch.cat([pool(x) for pool, x in zip(self.pools, xs)], dim=1)


class MLP(nn.Module):
    """Pre-logits MLP: optional input norm, then ``Linear -> norm -> act -> dropout`` per layer.

    Shape:
        (N, C_in) -> (N, hidden_features[-1])

    Example:
        >>> MLP(64, (128, 32), norm="batch", act="gelu")(torch.randn(4, 64)).shape
        torch.Size([4, 32])
    """

    def __init__(
        self,
        in_features: int,
        hidden_features: tuple[int, ...],
        norm: str = "none",
        act: str = "relu",
        dropout: float = 0.0,
        input_norm: str = "none",
    ) -> None:
        super().__init__()
        self.input_norm = make_norm(input_norm, in_features, dims=1)
        layers: list[nn.Module] = []
        width = in_features
        for hidden in hidden_features:
            layers += [
                nn.Linear(width, hidden, bias=norm == "none"),
                make_norm(norm, hidden, dims=1),
                make_act(act),
                nn.Dropout(dropout),
            ]
            width = hidden
        self.layers = nn.Sequential(*layers)

    def forward(self, x: Tensor) -> Tensor:
        return self.layers(self.input_norm(x))


class Classifier(nn.Module):
    """Dropout, then the linear layer that gives class logits.

    Shape:
        (N, C) -> (N, K)

    Example:
        >>> Classifier(2048, 10, dropout=0.2)(torch.randn(3, 2048)).shape
        torch.Size([3, 10])
    """

    def __init__(
        self, in_features: int, num_classes: int, dropout: float = 0.0, prior_prob: float = 0.0
    ):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(in_features, num_classes)
        if prior_prob > 0:
            # Multi-label heads start near the label prior, so early sigmoid losses stay small.
            nn.init.constant_(self.fc.bias, -math.log((1 - prior_prob) / prior_prob))

    def forward(self, x: Tensor) -> Tensor:
        return self.fc(self.dropout(x))


class Conv(ConvNormAct):
    """One ``conv -> norm -> act`` layer on a feature map (a small spatial head before pooling).

    Shape:
        (N, C_in, H, W) -> (N, C_out, ceil(H / stride), ceil(W / stride))
    """


__all__ = [
    "MLP",
    "POOLS",
    "AttentionPool",
    "AvgMaxPool",
    "AvgPool",
    "CatAvgMaxPool",
    "Classifier",
    "Conv",
    "GeMPool",
    "GlobalPool",
    "LSEPool",
    "MaxPool",
    "TokenPool",
    "as_map",
]
