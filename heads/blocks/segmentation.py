"""Segmentation blocks: ASPP, decoders (U-Net, DeepLabV3+, semantic FPN, UPerNet, all-MLP),
LR-ASPP, the FCN head, a per-pixel classifier and the resize to the image's size.

Decoders read several levels (shallow to deep) and give maps at the finest level's stride; the
``seg_classifier`` turns a map into class logits ``(N, K, H, W)`` and ``resize`` brings logits to
the size of a reference input, normally the ``image`` level (``FeatureInfo(3, 1)``), so a head
returns image-size logits for any image size (see ``docs/tasks.md, Segmentation``). ASPP and
UPerNet register size checks: design warnings at an analysed input size. The modules live in
:mod:`heads.modules.segmentation`; this description imports no torch.
"""

from __future__ import annotations

from dataclasses import dataclass

from heads.params import Act, Attention, Fusion, Norm, Upsample
from heads.registry import LEVELS, ONE_MAP, Port, Ports, module_attributes, register_block
from heads.spec import BlockPlan, Kind, SpecError, Task, TensorType, expect_kind, param


def _fused_width(fusion: str, widths: tuple[int, ...]) -> int:
    return FUSED_WIDTH[fusion](widths)


def _sum_width(widths: tuple[int, ...]) -> int:
    return widths[0]


def _concat_width(widths: tuple[int, ...]) -> int:
    return sum(widths)


#: The width of maps merged by :class:`heads.params.Fusion`.
FUSED_WIDTH = {"sum": _sum_width, "concat": _concat_width}


def _maps(inputs: tuple[TensorType, ...], at_least: int = 1, count: int | None = None) -> None:
    expect_kind(inputs, Kind.MAP, at_least=at_least, count=count)


def _shallow_to_deep(inputs: tuple[TensorType, ...]) -> None:
    strides = [t.stride for t in inputs]
    if strides != sorted(strides):
        desc = ", ".join(t.describe() for t in inputs)
        raise SpecError(
            f"levels must be given shallow to deep (increasing stride), got {desc}", field="inputs"
        )
    for a, b in zip(inputs, inputs[1:]):
        if b.stride % a.stride:
            raise SpecError(
                f"each level's stride must be a multiple of the previous one, got {a.describe()} then "
                f"{b.describe()}",
                field="inputs",
            )


# ---------------------------------------------------------------------------------------------
# Size checks (the plan functions do not know the image size; the analysis does)
# ---------------------------------------------------------------------------------------------


def check_aspp_size(kwargs: dict, input_shapes: list[tuple[int, ...]]) -> list[str]:
    """Messages for atrous rates that reach past the feature map at an analysed size.

    A 3x3 conv with dilation ``r`` on an ``h x w`` map reads its off-centre taps ``r`` pixels
    away; when ``r >= h`` (or ``w``) those taps fall into the zero padding for every output
    pixel, so along that axis the branch sees nothing but its centre and is a 1x1 conv.

    Example:
        >>> check_aspp_size({"rates": (6, 36)}, [(1, 2048, 7, 7)])[0][:60]
        'atrous rate 36 does not fit the 7x7 feature map: its 3x3 tap'
    """
    _, _, h, w = input_shapes[0]
    msgs = []
    for r in kwargs["rates"]:
        if r >= h or r >= w:
            msgs.append(
                f"atrous rate {r} does not fit the {h}x{w} feature map: its 3x3 taps {r} pixels from "
                f"the centre fall into zero padding, so the branch degrades to a 1x1 conv; use rates "
                f"below {min(h, w)}, a larger input image or a smaller output stride"
            )
    return msgs


def check_ppm_size(kwargs: dict, input_shapes: list[tuple[int, ...]]) -> list[str]:
    """Messages for pyramid-pooling grids finer than the deepest feature map."""
    _, _, h, w = input_shapes[-1]
    return [
        f"pool scale {s} is finer than the {h}x{w} deepest feature map: the pooled grid only "
        f"repeats pixels; use scales up to {min(h, w)} or a larger input image"
        for s in kwargs["pool_scales"]
        if s > h or s > w
    ]


def _common(p) -> dict:
    return {"norm": Norm(p.norm).value, "act": Act(p.act).value}


@dataclass(frozen=True)
class ASPPParams:
    """Atrous spatial pyramid pooling."""

    out_channels: int = param(256, min=1, max=4096, doc="width of every branch and of the output")
    rates: tuple[int, ...] = param((12, 24, 36), min=1, max=64, doc="dilation of each 3x3 branch")
    pooling: bool = param(True, doc="add the image-pooling branch")
    dropout: float = param(0.5, min=0.0, max=0.95, doc="dropout after the projection")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "aspp",
    params=ASPPParams,
    module="heads.modules.segmentation:ASPP",
    tasks=[Task.SEGMENTATION],
    role="neck",
    ports=Ports(ONE_MAP.inputs, ("aspp",)),
    size_check=check_aspp_size,
)
def _plan_aspp(inputs: tuple[TensorType, ...], p: ASPPParams) -> BlockPlan:
    """ASPP: parallel dilated convs and image pooling (DeepLabV3)."""
    _maps(inputs, count=1)
    if len(set(p.rates)) != len(p.rates):
        raise SpecError(f"rates must differ, got {list(p.rates)}", field="rates")
    kwargs = {
        "in_channels": inputs[0].channels,
        "out_channels": p.out_channels,
        "rates": tuple(p.rates),
        "pooling": p.pooling,
        "dropout": p.dropout,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.out_channels, inputs[0].stride, "aspp"),))


@dataclass(frozen=True)
class FCNHeadParams:
    """FCN head: conv layers, dropout and a 1x1 classifier."""

    num_classes: int = param(21, min=1, max=100000, doc="number of classes")
    channels: int = param(0, min=0, max=8192, doc="conv width (0: a quarter of the input)")
    num_convs: int = param(1, min=0, max=8, doc="3x3 conv layers")
    dropout: float = param(0.1, min=0.0, max=0.95, doc="dropout before the classifier")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "fcn_head",
    params=FCNHeadParams,
    module="heads.modules.segmentation:FCNHead",
    tasks=[Task.SEGMENTATION],
    role="head",
    ports=Ports(ONE_MAP.inputs, ("logits",)),
)
def _plan_fcn(inputs: tuple[TensorType, ...], p: FCNHeadParams) -> BlockPlan:
    """FCN head: 3x3 convs, dropout, 1x1 conv to class logits."""
    _maps(inputs, count=1)
    if p.num_convs and not (p.channels or inputs[0].channels // 4):
        raise SpecError(
            f"a quarter of {inputs[0].channels} channels is 0; set channels", field="channels"
        )
    kwargs = {
        "in_channels": inputs[0].channels,
        "num_classes": p.num_classes,
        "channels": p.channels,
        "num_convs": p.num_convs,
        "dropout": p.dropout,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.num_classes, inputs[0].stride, "logits"),))


@dataclass(frozen=True)
class SegClassifierParams:
    """Per-pixel classifier."""

    num_classes: int = param(21, min=1, max=100000, doc="number of classes")
    dropout: float = param(0.0, min=0.0, max=0.95, doc="channel dropout before the conv")
    kernel_size: int = param(1, min=1, max=7, doc="kernel size (odd)")


@register_block(
    "seg_classifier",
    params=SegClassifierParams,
    module="heads.modules.segmentation:SegClassifier",
    tasks=[Task.SEGMENTATION],
    role="head",
    ports=Ports(ONE_MAP.inputs, ("logits",)),
)
def _plan_seg_classifier(inputs: tuple[TensorType, ...], p: SegClassifierParams) -> BlockPlan:
    """Per-pixel classifier: dropout and a conv to class logits."""
    _maps(inputs, count=1)
    if p.kernel_size % 2 == 0:
        raise SpecError(
            f"kernel_size must be odd to keep the size, got {p.kernel_size}", field="kernel_size"
        )
    kwargs = {
        "in_channels": inputs[0].channels,
        "num_classes": p.num_classes,
        "dropout": p.dropout,
        "kernel_size": p.kernel_size,
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.num_classes, inputs[0].stride, "logits"),))


@dataclass(frozen=True)
class ResizeParams:
    """Resize to a reference's size."""

    mode: Upsample = param(Upsample.BILINEAR, doc="interpolation: bilinear or nearest")


_RESIZE_MODES = (Upsample.BILINEAR, Upsample.NEAREST)


@register_block(
    "resize",
    params=ResizeParams,
    module="heads.modules.segmentation:ResizeLike",
    multi_input=True,
    role="resize",
    ports=Ports((Port("x"), Port("reference", doc="its size is the output's")), ("resized",)),
)
def _plan_resize(inputs: tuple[TensorType, ...], p: ResizeParams) -> BlockPlan:
    """Resize a map to the size of a reference input (the image: image-size logits)."""
    _maps(inputs, count=2)
    mode = Upsample(p.mode)
    if mode not in _RESIZE_MODES:
        raise SpecError(
            f"{mode.value!r} is not an interpolation; choose one of: bilinear, nearest",
            field="mode",
        )
    x, ref = inputs
    return BlockPlan(
        {"mode": mode.value}, (TensorType(Kind.MAP, x.channels, ref.stride, "resized"),)
    )


@dataclass(frozen=True)
class LRASPPParams:
    """Lite R-ASPP."""

    num_classes: int = param(21, min=1, max=100000, doc="number of classes")
    inter_channels: int = param(128, min=1, max=4096, doc="width of the gated deep branch")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "lraspp",
    params=LRASPPParams,
    module="heads.modules.segmentation:LRASPPHead",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="head",
    ports=Ports((Port("low"), Port("high")), ("logits",)),
)
def _plan_lraspp(inputs: tuple[TensorType, ...], p: LRASPPParams) -> BlockPlan:
    """Lite R-ASPP over a low and a high level (MobileNetV3 segmentation)."""
    _maps(inputs, count=2)
    low, high = inputs
    if high.stride < low.stride:
        raise SpecError(
            f"takes [low, high] with the low level shallower, got {low.describe()}, {high.describe()}",
            field="inputs",
        )
    kwargs = {
        "low_channels": low.channels,
        "high_channels": high.channels,
        "num_classes": p.num_classes,
        "inter_channels": p.inter_channels,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.num_classes, low.stride, "logits"),))


@dataclass(frozen=True)
class UNetParams:
    """U-Net skip decoder."""

    decoder_channels: tuple[int, ...] = param(
        (256, 128, 64),
        min=1,
        max=4096,
        doc="width of each stage, deep to shallow (one per skip; one value: all)",
    )
    num_convs: int = param(2, min=1, max=4, doc="3x3 convs per stage")
    upsample: Upsample = param(Upsample.BILINEAR, doc="how each stage upsamples")
    fusion: Fusion = param(Fusion.CONCAT, doc="how the skip joins the upsampled map")
    attention: Attention = param(Attention.NONE, doc="attention on each stage's fused features")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


def _port_names(strides: list[int]) -> list[str]:
    names = []
    for s in strides:
        name = f"s{s}"
        while name in names:
            name += "_"
        names.append(name)
    return names


@register_block(
    "unet_decoder",
    params=UNetParams,
    module="heads.modules.segmentation:UNetDecoder",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="decoder",
    ports=Ports(
        (Port("levels", min=2, max=None),),
        outputs_doc="one map per stage, deep to shallow: s<stride>",
    ),
)
def _plan_unet(inputs: tuple[TensorType, ...], p: UNetParams) -> BlockPlan:
    """U-Net decoder: upsample, fuse the skip, refine; one output per stage (ports s<stride>)."""
    _maps(inputs, at_least=2)
    _shallow_to_deep(inputs)
    stages = len(inputs) - 1
    widths = tuple(p.decoder_channels)
    if len(widths) == 1:
        widths = widths * stages
    if len(widths) != stages:
        raise SpecError(
            f"give one width per stage, deep to shallow ({stages} for {len(inputs)} levels), or one width "
            f"for all; got {list(p.decoder_channels)}",
            field="decoder_channels",
        )
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "strides": tuple(t.stride for t in inputs),
        "decoder_channels": widths,
        "upsample": Upsample(p.upsample).value,
        "fusion": Fusion(p.fusion).value,
        "num_convs": p.num_convs,
        "attention": Attention(p.attention).value,
        **_common(p),
    }
    strides = [inputs[len(inputs) - 2 - i].stride for i in range(stages)]
    outs = tuple(
        TensorType(Kind.MAP, w, s, n) for w, s, n in zip(widths, strides, _port_names(strides))
    )
    return BlockPlan(kwargs, outs)


@dataclass(frozen=True)
class DeepLabV3PlusParams:
    """DeepLabV3+ decoder."""

    low_proj: int = param(48, min=1, max=1024, doc="channels of the projected low-level skip")
    channels: int = param(256, min=1, max=4096, doc="width of the refining convs")
    num_convs: int = param(2, min=1, max=4, doc="3x3 refining convs")
    upsample: Upsample = param(Upsample.BILINEAR, doc="how the deep map is upsampled")
    attention: Attention = param(Attention.NONE, doc="attention on the concatenated features")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "deeplabv3plus_decoder",
    params=DeepLabV3PlusParams,
    module="heads.modules.segmentation:DeepLabV3PlusDecoder",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="decoder",
    ports=Ports((Port("low"), Port("high")), ("decoded",)),
)
def _plan_dlv3p(inputs: tuple[TensorType, ...], p: DeepLabV3PlusParams) -> BlockPlan:
    """DeepLabV3+ decoder over [low-level skip, ASPP output]."""
    _maps(inputs, count=2)
    _shallow_to_deep(inputs)
    low, high = inputs
    kwargs = {
        "low_channels": low.channels,
        "high_channels": high.channels,
        "scale": high.stride // low.stride,
        "low_proj": p.low_proj,
        "channels": p.channels,
        "num_convs": p.num_convs,
        "upsample": Upsample(p.upsample).value,
        "attention": Attention(p.attention).value,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.channels, low.stride, "decoded"),))


@dataclass(frozen=True)
class SemanticFPNParams:
    """Panoptic-FPN semantic head."""

    fpn_channels: int = param(256, min=1, max=4096, doc="FPN width")
    channels: int = param(128, min=1, max=4096, doc="width of the semantic branches")
    fusion: Fusion = param(Fusion.SUM, doc="how the upsampled levels are merged")
    upsample: Upsample = param(Upsample.BILINEAR, doc="how maps are upsampled")
    norm: Norm = param(Norm.GROUP, doc="normalisation of the semantic branches")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "semantic_fpn",
    params=SemanticFPNParams,
    module="heads.modules.segmentation:SemanticFPN",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="decoder",
    ports=Ports(LEVELS.inputs, ("decoded",)),
)
def _plan_semantic_fpn(inputs: tuple[TensorType, ...], p: SemanticFPNParams) -> BlockPlan:
    """Semantic FPN (panoptic FPN): FPN, then every level upsampled to the finest and merged."""
    _maps(inputs, at_least=1)
    _shallow_to_deep(inputs)
    for t in inputs:
        ratio = t.stride // inputs[0].stride
        if ratio & (ratio - 1):
            raise SpecError(
                f"stride ratios must be powers of 2 (2x upsampling rounds), got {t.describe()}",
                field="inputs",
            )
    fusion = Fusion(p.fusion).value
    width = _fused_width(fusion, (p.channels,) * len(inputs))
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "strides": tuple(t.stride for t in inputs),
        "fpn_channels": p.fpn_channels,
        "channels": p.channels,
        "fusion": fusion,
        "upsample": Upsample(p.upsample).value,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, width, inputs[0].stride, "decoded"),))


@dataclass(frozen=True)
class UPerNetParams:
    """UPerNet decoder."""

    channels: int = param(512, min=1, max=4096, doc="decoder width")
    pool_scales: tuple[int, ...] = param((1, 2, 3, 6), min=1, max=64, doc="PPM grid sizes")
    upsample: Upsample = param(Upsample.BILINEAR, doc="how the FPN's top-down path upsamples")
    norm: Norm = param(Norm.BATCH, doc="normalisation")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "upernet",
    params=UPerNetParams,
    module="heads.modules.segmentation:UPerNetDecoder",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="decoder",
    ports=Ports(LEVELS.inputs, ("decoded",)),
    size_check=check_ppm_size,
)
def _plan_upernet(inputs: tuple[TensorType, ...], p: UPerNetParams) -> BlockPlan:
    """UPerNet: pyramid pooling on the deepest level and an FPN, fused at the finest stride."""
    _maps(inputs, at_least=1)
    _shallow_to_deep(inputs)
    if not p.pool_scales:
        raise SpecError("needs at least one pool scale", field="pool_scales")
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "strides": tuple(t.stride for t in inputs),
        "channels": p.channels,
        "pool_scales": tuple(p.pool_scales),
        "upsample": Upsample(p.upsample).value,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.channels, inputs[0].stride, "decoded"),))


@dataclass(frozen=True)
class MLPDecoderParams:
    """All-MLP decoder (SegFormer)."""

    embed_dim: int = param(256, min=1, max=4096, doc="common width of every level")
    upsample: Upsample = param(Upsample.BILINEAR, doc="interpolation: bilinear or nearest")
    norm: Norm = param(Norm.BATCH, doc="normalisation of the fusing layer")
    act: Act = param(Act.RELU, doc="activation")


@register_block(
    "mlp_decoder",
    params=MLPDecoderParams,
    module="heads.modules.segmentation:MLPDecoder",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="decoder",
    ports=Ports(LEVELS.inputs, ("decoded",)),
)
def _plan_mlp_decoder(inputs: tuple[TensorType, ...], p: MLPDecoderParams) -> BlockPlan:
    """All-MLP decoder (SegFormer): per-level linear layers, upsampled, concatenated, fused."""
    _maps(inputs, at_least=1)
    _shallow_to_deep(inputs)
    mode = Upsample(p.upsample)
    if mode not in _RESIZE_MODES:
        raise SpecError(
            f"{mode.value!r} is not an interpolation; choose one of: bilinear, nearest",
            field="upsample",
        )
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "embed_dim": p.embed_dim,
        "upsample": mode.value,
        **_common(p),
    }
    return BlockPlan(kwargs, (TensorType(Kind.MAP, p.embed_dim, inputs[0].stride, "decoded"),))


@dataclass(frozen=True)
class PointRendParams:
    """PointRend refinement (a point head on fine features, subdivision at inference)."""

    channels: int = param(256, min=1, max=4096, doc="point head width")
    num_fc: int = param(3, min=1, max=8, doc="point head layers")
    num_points: int = param(2048, min=1, max=65536, doc="training points per image")
    oversample_ratio: float = param(3.0, min=1.0, max=16.0, doc="training: candidates per point")
    importance_ratio: float = param(
        0.75, min=0.0, max=1.0, doc="training: share of points that are the most uncertain"
    )
    subdivision_points: int = param(
        8192, min=1, max=262144, doc="inference: points re-predicted per 2x step"
    )


@register_block(
    "pointrend",
    params=PointRendParams,
    module="heads.refinement:PointRendRefiner",
    multi_input=True,
    tasks=[Task.SEGMENTATION],
    role="refine",
    ports=Ports(
        (
            Port("coarse", doc="class logits"),
            Port("fine", doc="fine features (a shallow level)"),
            Port("reference", doc="its size is the output's (the image)"),
        ),
        ("mask_logits", "point_logits", "point_coords"),
    ),
    fixed_size=(
        "each subdivision step re-predicts the fewer of subdivision_points and the map's pixels, "
        "a top-k count that a traced graph fixes at the traced size"
    ),
)
def _plan_pointrend(inputs: tuple[TensorType, ...], p: PointRendParams) -> BlockPlan:
    """PointRend: coarse logits refined at their most uncertain points, up to a reference's size."""
    _maps(inputs, count=3)
    coarse, fine, ref = inputs
    if ref.stride > coarse.stride:
        raise SpecError(
            f"refines up to the reference's size: the reference ({ref.describe()}) must be finer "
            f"than the coarse logits ({coarse.describe()})",
            field="inputs",
        )
    kwargs = {
        "num_classes": coarse.channels,
        "fine_channels": fine.channels,
        "channels": p.channels,
        "num_fc": p.num_fc,
        "num_points": p.num_points,
        "oversample_ratio": p.oversample_ratio,
        "importance_ratio": p.importance_ratio,
        "subdivision_points": p.subdivision_points,
    }
    outs = (
        TensorType(Kind.MAP, coarse.channels, ref.stride, "mask_logits"),
        TensorType(Kind.DENSE, coarse.channels, 0, "point_logits"),
        TensorType(Kind.DENSE, 2, 0, "point_coords"),
    )
    return BlockPlan(kwargs, outs)


#: Per-block size checks ``(kwargs, input shapes) -> messages`` (registered with the blocks).
SIZE_CHECKS = {"aspp": check_aspp_size, "upernet": check_ppm_size}

__all__ = [
    "ASPPParams", "DeepLabV3PlusParams", "FCNHeadParams", "LRASPPParams", "MLPDecoderParams",
    "PointRendParams",
    "ResizeParams", "SIZE_CHECKS", "SegClassifierParams", "SemanticFPNParams", "UNetParams",
    "UPerNetParams", "check_aspp_size", "check_ppm_size",
]  # fmt: skip

#: The modules (torch) live in heads.modules.segmentation; these names still import from here.
__getattr__ = module_attributes("heads.modules.segmentation")
