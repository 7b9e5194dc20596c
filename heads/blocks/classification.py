"""Classification blocks: global pools, an MLP, the classifier layer, and a conv layer.

Block files follow one pattern (read this one first when adding blocks):

1. the ``nn.Module`` takes plain values (ints, floats, strings, tuples) and uses only torch,
   torchvision and :mod:`heads.layers`, so the code generator can copy its source;
2. a frozen parameter dataclass with :func:`heads.spec.param` fields (ranges, help texts) and
   enums for closed choices;
3. a plan function registered with :func:`heads.registry.register_block` that checks the
   inputs, returns the module's keyword arguments and the output types.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from heads.layers import ConvNormAct, make_act, make_norm
from heads.params import Act, LabelMode, Norm, PoolType
from heads.registry import register_block
from heads.spec import BlockPlan, Kind, SpecError, Task, TensorType, expect_kind, param

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


# ---------------------------------------------------------------------------------------------
# Parameters and plans
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolParams:
    """Global pooling of each input level, concatenated."""

    pool_type: PoolType = param(PoolType.AVG, doc="how to pool each level to a vector")
    gem_p: float = param(3.0, min=1.0, max=16.0, doc="GeM's initial exponent")
    lse_r: float = param(10.0, min=0.01, max=100.0, doc="LSE sharpness")


@register_block(
    "pool",
    params=PoolParams,
    module=GlobalPool,
    multi_input=True,
    tasks=[Task.CLASSIFICATION],
    role="pool",
)
def _plan_pool(inputs: tuple[TensorType, ...], p: PoolParams) -> BlockPlan:
    """Global pool: each input level to a vector, concatenated."""
    expect_kind(inputs, Kind.MAP, Kind.TOKENS)
    pool = PoolType(p.pool_type)
    if pool is PoolType.TOKEN and any(t.kind is not Kind.TOKENS for t in inputs):
        raise SpecError(
            "'token' pooling takes ViT tokens (N, L, C); use avg for maps", field="pool_type"
        )
    width = sum(t.channels for t in inputs) * (2 if pool is PoolType.CATAVGMAX else 1)
    kwargs = {"in_channels": tuple(t.channels for t in inputs), "pool_type": pool.value}
    if pool is PoolType.GEM:
        kwargs["gem_p"] = p.gem_p
    if pool is PoolType.LSE:
        kwargs["lse_r"] = p.lse_r
    return BlockPlan(kwargs, (TensorType(Kind.VECTOR, width, 0, "pooled"),))


@dataclass(frozen=True)
class MLPParams:
    """Pre-logits MLP."""

    hidden_features: tuple[int, ...] = param(
        (512,), min=1, max=16384, doc="width of each hidden layer"
    )
    norm: Norm = param(Norm.BATCH, doc="norm after each linear layer")
    act: Act = param(Act.RELU, doc="activation")
    dropout: float = param(0.0, min=0.0, max=0.95, doc="dropout after each layer")
    input_norm: Norm = param(Norm.NONE, doc="norm of the input vector (norm-MLP heads)")


@register_block("mlp", params=MLPParams, module=MLP, tasks=[Task.CLASSIFICATION], role="mlp")
def _plan_mlp(inputs: tuple[TensorType, ...], p: MLPParams) -> BlockPlan:
    """MLP pre-logits: linear, norm, activation, dropout per hidden layer."""
    expect_kind(inputs, Kind.VECTOR, count=1)
    if not p.hidden_features:
        raise SpecError("needs at least one hidden layer", field="hidden_features")
    if Norm(p.norm) is Norm.GROUP or Norm(p.input_norm) is Norm.GROUP:
        raise SpecError(
            "'group' norm needs a feature map; choose none, batch or layer", field="norm"
        )
    kwargs = {
        "in_features": inputs[0].channels,
        "hidden_features": tuple(p.hidden_features),
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
        "dropout": p.dropout,
        "input_norm": Norm(p.input_norm).value,
    }
    return BlockPlan(kwargs, (TensorType(Kind.VECTOR, p.hidden_features[-1], 0, "features"),))


@dataclass(frozen=True)
class ClassifierParams:
    """The final linear layer."""

    num_classes: int = param(10, min=1, max=100000, doc="number of classes")
    dropout: float = param(0.0, min=0.0, max=0.95, doc="dropout before the linear layer")
    label_mode: LabelMode = param(
        LabelMode.SINGLE, doc="single-label (softmax) or multi-label (sigmoid)"
    )
    prior_prob: float = param(
        0.0, min=0.0, max=0.5, doc="multi-label: initial positive probability (0 = none)"
    )


@register_block(
    "classifier",
    params=ClassifierParams,
    module=Classifier,
    tasks=[Task.CLASSIFICATION],
    role="head",
)
def _plan_classifier(inputs: tuple[TensorType, ...], p: ClassifierParams) -> BlockPlan:
    """Dropout and a linear layer to class logits."""
    expect_kind(inputs, Kind.VECTOR, count=1)
    kwargs = {"in_features": inputs[0].channels, "num_classes": p.num_classes, "dropout": p.dropout}
    if p.prior_prob > 0:
        kwargs["prior_prob"] = p.prior_prob
    return BlockPlan(kwargs, (TensorType(Kind.VECTOR, p.num_classes, 0, "logits"),))


@dataclass(frozen=True)
class ConvParams:
    """A conv -> norm -> act layer."""

    out_channels: int = param(128, min=1, max=8192, doc="output channels")
    kernel_size: int = param(3, min=1, max=11, doc="kernel size (odd: the map keeps its size)")
    stride: int = param(1, min=1, max=4, doc="stride")
    dilation: int = param(1, min=1, max=36, doc="dilation")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block("conv", params=ConvParams, module=Conv, role="conv")
def _plan_conv(inputs: tuple[TensorType, ...], p: ConvParams) -> BlockPlan:
    """A conv -> norm -> act layer on one feature map."""
    expect_kind(inputs, Kind.MAP, count=1)
    if p.kernel_size % 2 == 0:
        # "same" padding needs an odd kernel: an even one shrinks the map by one pixel, which
        # breaks the stride rule every later node and the decoding rely on.
        raise SpecError(
            f"kernel_size must be odd (1, 3, 5 ...) to keep the map's size, got {p.kernel_size}",
            field="kernel_size",
        )
    kwargs = {
        "in_channels": inputs[0].channels,
        "out_channels": p.out_channels,
        "kernel_size": p.kernel_size,
        "stride": p.stride,
        "dilation": p.dilation,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
    }
    return BlockPlan(
        kwargs, (TensorType(Kind.MAP, p.out_channels, inputs[0].stride * p.stride, "features"),)
    )


__all__ = [
    "AttentionPool", "AvgMaxPool", "AvgPool", "CatAvgMaxPool", "Classifier", "ClassifierParams",
    "Conv", "ConvParams", "GeMPool", "GlobalPool", "LSEPool", "MLP", "MLPParams", "MaxPool",
    "PoolParams", "TokenPool",
]  # fmt: skip
