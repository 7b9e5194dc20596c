"""Classification blocks: global pools, an MLP, the classifier layer, and a conv layer.

A block's description is torch-free: its frozen parameter dataclass, its plan function and its
registration (module, ports, capabilities); the ``nn.Module`` it builds lives in
:mod:`heads.modules.classification`. Block files follow one pattern (read this one first when
adding blocks):

1. a frozen parameter dataclass with :func:`heads.spec.param` fields (ranges, help texts) and
   enums for closed choices: the schema parsing, validation and the app's forms read;
2. a plan function registered with :func:`heads.registry.register_block` that checks the
   inputs, returns the module's keyword arguments and the output types;
3. the registration names the module (a class, or ``"package.module:Class"`` imported on first
   use), the typed ports and any capabilities (see :class:`heads.registry.BlockDef`).

The module takes plain values (ints, floats, strings, tuples) and uses only torch, torchvision
and :mod:`heads.layers`, so the code generator can copy its source.
"""

from __future__ import annotations

from dataclasses import dataclass

from heads.params import Act, LabelMode, Norm, PoolType
from heads.registry import ONE_MAP, Port, Ports, module_attributes, register_block
from heads.spec import BlockPlan, Kind, SpecError, Task, TensorType, expect_kind, param


@dataclass(frozen=True)
class PoolParams:
    """Global pooling of each input level, concatenated."""

    pool_type: PoolType = param(PoolType.AVG, doc="how to pool each level to a vector")
    gem_p: float = param(3.0, min=1.0, max=16.0, doc="GeM's initial exponent")
    lse_r: float = param(10.0, min=0.01, max=100.0, doc="LSE sharpness")


@register_block(
    "pool",
    params=PoolParams,
    module="heads.modules.classification:GlobalPool",
    multi_input=True,
    tasks=[Task.CLASSIFICATION],
    role="pool",
    ports=Ports((Port("levels", (Kind.MAP, Kind.TOKENS), max=None),), ("pooled",)),
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


@register_block(
    "mlp",
    params=MLPParams,
    module="heads.modules.classification:MLP",
    tasks=[Task.CLASSIFICATION],
    role="mlp",
    ports=Ports((Port("x", (Kind.VECTOR,)),), ("features",)),
)
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
    module="heads.modules.classification:Classifier",
    tasks=[Task.CLASSIFICATION],
    role="head",
    ports=Ports((Port("x", (Kind.VECTOR,)),), ("logits",)),
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


@register_block(
    "conv",
    params=ConvParams,
    module="heads.modules.classification:Conv",
    role="conv",
    ports=Ports(ONE_MAP.inputs, ("features",)),
)
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


__all__ = ["ClassifierParams", "ConvParams", "MLPParams", "PoolParams"]

#: The modules (torch) live in heads.modules.classification; these names still import from here.
__getattr__ = module_attributes("heads.modules.classification")
