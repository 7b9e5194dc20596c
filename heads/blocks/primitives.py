"""Primitive blocks: the pieces a head is composed of when it is drawn rather than picked.

``sum`` and ``concat`` merge maps of one stride (or vectors); ``separable_conv`` is a depthwise
and a pointwise conv; ``se`` gates channels (squeeze-and-excitation); ``dropout`` and
``identity`` pass their input on. With ``conv`` (a conv, norm, activation layer), ``resize``
(to a reference's size), ``pool``, ``mlp`` and ``classifier`` from the other families they build
the necks and heads the macro blocks give: an FPN drawn from ``conv``, ``resize`` and ``sum``
nodes computes what the ``fpn`` block computes with the same weights (tests check it). All are
task-agnostic. The modules live in :mod:`heads.modules.primitives`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from heads.params import Act, DropoutKind, Norm
from heads.registry import ONE_MAP, Port, Ports, register_block
from heads.spec import BlockPlan, Kind, SpecError, TensorType, expect_kind, param

_MODULES = "heads.modules.primitives"
#: Kinds that merge along the channels (maps ``(N, C, H, W)``, vectors ``(N, C)``).
_MERGEABLE = (Kind.MAP, Kind.VECTOR)


def _merge_inputs(inputs: Sequence[TensorType]) -> None:
    """Two or more inputs of one kind; maps of one stride (so of one size)."""
    expect_kind(inputs, *_MERGEABLE, at_least=2)
    kinds = {t.kind for t in inputs}
    desc = ", ".join(f"{t.name or '?'} ({t.describe()})" for t in inputs)
    if len(kinds) > 1:
        raise SpecError(f"inputs must all be maps or all vectors, got {desc}", field="inputs")
    if inputs[0].kind is Kind.MAP and len({t.stride for t in inputs}) > 1:
        raise SpecError(
            f"maps must have one stride (one size) to merge, got {desc}; resize one to the other "
            "first (a 'resize' node with the other as reference)",
            field="inputs",
        )


@dataclass(frozen=True)
class SumParams:
    """Element-wise sum (no parameters)."""


@register_block(
    "sum",
    params=SumParams,
    module=f"{_MODULES}:Sum",
    multi_input=True,
    role="merge",
    ports=Ports((Port("x", _MERGEABLE, min=2, max=None, doc="equal shapes"),), ("sum",)),
)
def _plan_sum(inputs: tuple[TensorType, ...], p: SumParams) -> BlockPlan:
    """Sum: adds maps (or vectors) of equal shape."""
    _merge_inputs(inputs)
    chans = {t.channels for t in inputs}
    if len(chans) > 1:
        desc = ", ".join(t.describe() for t in inputs)
        raise SpecError(
            f"inputs must have equal channels to add, got {desc}; project them first (a 1x1 conv)",
            field="inputs",
        )
    first = inputs[0]
    return BlockPlan({}, (TensorType(first.kind, first.channels, first.stride, "sum"),))


@dataclass(frozen=True)
class ConcatParams:
    """Concatenation along the channels (no parameters)."""


@register_block(
    "concat",
    params=ConcatParams,
    module=f"{_MODULES}:Concat",
    multi_input=True,
    role="merge",
    ports=Ports((Port("x", _MERGEABLE, min=2, max=None, doc="one stride"),), ("concat",)),
)
def _plan_concat(inputs: tuple[TensorType, ...], p: ConcatParams) -> BlockPlan:
    """Concat: joins maps (or vectors) along the channels."""
    _merge_inputs(inputs)
    first = inputs[0]
    width = sum(t.channels for t in inputs)
    return BlockPlan({}, (TensorType(first.kind, width, first.stride, "concat"),))


@dataclass(frozen=True)
class SeparableConvParams:
    """A depthwise conv, then a pointwise conv, norm and activation."""

    out_channels: int = param(128, min=1, max=8192, doc="output channels")
    kernel_size: int = param(3, min=1, max=11, doc="depthwise kernel size (odd)")
    stride: int = param(1, min=1, max=4, doc="stride")
    dilation: int = param(1, min=1, max=36, doc="depthwise dilation")
    norm: Norm = param(Norm.BATCH, doc="normalisation after the pointwise conv")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "separable_conv",
    params=SeparableConvParams,
    module=f"{_MODULES}:DepthwiseSeparableConv",
    role="conv",
    ports=Ports(ONE_MAP.inputs, ("features",)),
)
def _plan_separable_conv(inputs: tuple[TensorType, ...], p: SeparableConvParams) -> BlockPlan:
    """Separable conv: depthwise k x k, pointwise 1x1, norm, activation (MobileNet)."""
    expect_kind(inputs, Kind.MAP, count=1)
    if p.kernel_size % 2 == 0:
        raise SpecError(
            f"kernel_size must be odd (1, 3, 5 ...) to keep the map's size, got {p.kernel_size}",
            field="kernel_size",
        )
    x = inputs[0]
    kwargs = {
        "in_channels": x.channels,
        "out_channels": p.out_channels,
        "kernel_size": p.kernel_size,
        "stride": p.stride,
        "dilation": p.dilation,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
    }
    out = TensorType(Kind.MAP, p.out_channels, x.stride * p.stride, "features")
    return BlockPlan(kwargs, (out,))


@dataclass(frozen=True)
class SEParams:
    """Squeeze-and-excitation."""

    reduction: int = param(16, min=1, max=256, doc="channels over squeezed channels")
    act: Act = param(Act.RELU, doc="activation between the two 1x1 convs")


@register_block(
    "se",
    params=SEParams,
    module=f"{_MODULES}:SqueezeExcite",
    role="attention",
    ports=Ports(ONE_MAP.inputs, ("gated",)),
)
def _plan_se(inputs: tuple[TensorType, ...], p: SEParams) -> BlockPlan:
    """Squeeze-and-excitation: channels gated by a sigmoid of their pooled, squeezed values."""
    expect_kind(inputs, Kind.MAP, count=1)
    x = inputs[0]
    if Act(p.act) is Act.NONE:
        raise SpecError("needs an activation between its convs", field="act")
    kwargs = {
        "channels": x.channels,
        "squeeze_channels": max(1, x.channels // p.reduction),
        "act": Act(p.act).value,
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, x.channels, x.stride, "gated"),))


@dataclass(frozen=True)
class DropoutParams:
    """Dropout."""

    p: float = param(0.1, min=0.0, max=0.95, doc="probability of zeroing")
    kind: DropoutKind = param(DropoutKind.ELEMENT, doc="zero single values, or whole channels")


@register_block(
    "dropout",
    params=DropoutParams,
    module=f"{_MODULES}:Dropout",
    role="regularise",
    ports=Ports((Port("x", _MERGEABLE),), ("dropped",)),
)
def _plan_dropout(inputs: tuple[TensorType, ...], p: DropoutParams) -> BlockPlan:
    """Dropout of values or of channels (training only)."""
    expect_kind(inputs, *_MERGEABLE, count=1)
    x = inputs[0]
    kind = DropoutKind(p.kind)
    if kind is DropoutKind.CHANNEL and x.kind is not Kind.MAP:
        raise SpecError("'channel' dropout takes a map; use 'element' for vectors", field="kind")
    kwargs = {"p": p.p, "kind": kind.value}
    return BlockPlan(kwargs, (TensorType(x.kind, x.channels, x.stride, "dropped"),))


@dataclass(frozen=True)
class IdentityParams:
    """Identity (no parameters)."""


@register_block(
    "identity",
    params=IdentityParams,
    module=f"{_MODULES}:Identity",
    role="identity",
    ports=Ports((Port("x", tuple(Kind)),), ("out",)),
)
def _plan_identity(inputs: tuple[TensorType, ...], p: IdentityParams) -> BlockPlan:
    """Identity: passes its input on."""
    expect_kind(inputs, *Kind, count=1)
    x = inputs[0]
    return BlockPlan({}, (TensorType(x.kind, x.channels, x.stride, "out"),))


__all__ = [
    "ConcatParams",
    "DropoutParams",
    "IdentityParams",
    "SEParams",
    "SeparableConvParams",
    "SumParams",
]
