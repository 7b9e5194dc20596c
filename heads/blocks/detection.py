"""Detection blocks: feature pyramid necks (FPN, PAN, BiFPN) and the dense RetinaNet
(anchor-based) and FCOS (anchor-free) heads.

Necks take any number of ``MAP`` levels with any channels (strides strictly increasing) and
return one ``MAP`` level per input level plus optional extra levels, all of ``out_channels``
channels, named ``p<log2(stride)>`` (``p3`` is stride 8). Dense heads take the levels of a
neck (equal channels) and return predictions for every anchor of every level in torchvision's
layout, levels concatenated in order: ``cls_logits (N, HWA, K)``, ``bbox_regression
(N, HWA, 4)`` and, for FCOS, ``bbox_ctrness (N, HWA, 1)``.

The anchor configuration (sizes per level, aspect ratios, scales per octave, box coder
weights, and for both heads the spacing rule :class:`heads.params.AnchorStride`) is part of the
heads' parameters. Each dense head registers its operations (:class:`heads.registry.DenseOps`:
anchors per location, cell anchors, box coder, loss) and each block that takes torchvision
weights its transplant rules, so decoding, losses and transplants read them from the block
(see :func:`heads.detector.dense_head_ops`). The modules live in :mod:`heads.modules.detection`;
this description imports no torch (the operations import it when called).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heads.params import Act, AnchorStride, ExtraLevel, Norm
from heads.registry import (
    LEVELS,
    DenseOps,
    InstanceOps,
    Ports,
    TransplantRule,
    module_attributes,
    register_block,
)
from heads.spec import (
    BlockPlan,
    Kind,
    SpecError,
    Task,
    TensorType,
    expect_kind,
    param,
    same_channels,
)

# ---------------------------------------------------------------------------------------------
# Dense-head operations and transplant rules (what decoding, losses and transplants ask of a block)
# ---------------------------------------------------------------------------------------------

#: How the necks name their outputs (the canvas shows it).
PYRAMID_PORTS = "one level per input, then the extra levels: p<log2 stride> (p3 is stride 8)"


def retinanet_num_anchors(p: RetinaNetHeadParams) -> int:
    """Anchors per location: ``len(aspect_ratios) * scales_per_octave``."""
    return len(p.aspect_ratios) * p.scales_per_octave


def _one_anchor(p: object) -> int:
    return 1


def _anchor_stride(p: object) -> AnchorStride:
    return AnchorStride(p.anchor_stride)  # type: ignore[attr-defined]


def _retinanet_cells(p: RetinaNetHeadParams, strides: Sequence[int]) -> list:
    from heads.anchors import Anchors

    return Anchors(p.anchor_sizes, p.aspect_ratios, p.scales_per_octave).cells


def _fcos_cells(p: FCOSHeadParams, strides: Sequence[int]) -> list:
    # torchvision's FCOS anchors: one square anchor_scale * stride wide per location
    from heads.anchors import Anchors

    return Anchors([(p.anchor_scale * s,) for s in strides], (1.0,), 1).cells


def _delta_coder(p: RetinaNetHeadParams) -> Any:
    from heads.box_coding import DeltaBoxCoder

    return DeltaBoxCoder(p.box_weights)


def _ltrb_coder(p: FCOSHeadParams) -> Any:
    from heads.box_coding import LTRBBoxCoder

    return LTRBBoxCoder(normalize_by_size=True)


def _retinanet_loss(p, outputs, anchors, counts, targets, coder, **options) -> dict:
    from heads.losses.detection import retinanet_loss

    return retinanet_loss(outputs, anchors, targets, coder=coder, **options)


def _fcos_loss(p, outputs, anchors, counts, targets, coder, **options) -> dict:
    from heads.losses.detection import fcos_loss

    options.setdefault("center_sampling_radius", p.center_sampling_radius)
    return fcos_loss(outputs, anchors, counts, targets, coder=coder, **options)


#: RetinaNet: A anchors per location from its sizes and ratios, delta box coding, focal loss.
RETINANET_OPS = DenseOps(
    retinanet_num_anchors, _retinanet_cells, _delta_coder, _retinanet_loss, _anchor_stride
)
#: FCOS: one location per pixel, distances to the box edges, focal + GIoU + centerness loss.
FCOS_OPS = DenseOps(_one_anchor, _fcos_cells, _ltrb_coder, _fcos_loss, _anchor_stride)

_PART = {"0": "conv", "1": "norm"}
_TOWER = {"classification_head": "cls_tower", "regression_head": "box_tower"}


def _fpn_key_rules() -> list:
    # torchvision's FeaturePyramidNetwork: inner_blocks/layer_blocks are Conv2dNormActivation
    # (or bare convs in older releases), extra_blocks.p6/p7 the LastLevelP6P7 convs
    return [
        (r"inner_blocks\.(\d+)\.(\d)\.(.+)", lambda m: f"lateral.{m[1]}.{_PART[m[2]]}.{m[3]}"),
        (r"inner_blocks\.(\d+)\.(weight|bias)", lambda m: f"lateral.{m[1]}.conv.{m[2]}"),
        (r"layer_blocks\.(\d+)\.(\d)\.(.+)", lambda m: f"output.{m[1]}.{_PART[m[2]]}.{m[3]}"),
        (r"layer_blocks\.(\d+)\.(weight|bias)", lambda m: f"output.{m[1]}.conv.{m[2]}"),
        (r"extra_blocks\.p(\d+)\.(.+)", lambda m: f"extra.{int(m[1]) - 6}.{m[2]}"),
    ]


def _retinanet_key_rules() -> list:
    return [
        (
            r"(classification_head|regression_head)\.conv\.(\d+)\.(\d)\.(.+)",
            lambda m: f"{_TOWER[m[1]]}.{m[2]}.{_PART[m[3]]}.{m[4]}",
        ),
        (r"classification_head\.cls_logits\.(.+)", lambda m: f"cls_logits.{m[1]}"),
        (r"regression_head\.bbox_reg\.(.+)", lambda m: f"bbox_pred.{m[1]}"),
    ]


def _fcos_key_rules() -> list:
    # torchvision's FCOS towers are flat Sequentials: conv, GroupNorm, ReLU per layer
    part = {0: "conv", 1: "norm"}
    return [
        (
            r"(classification_head|regression_head)\.conv\.(\d+)\.(.+)",
            lambda m: f"{_TOWER[m[1]]}.{int(m[2]) // 3}.{part.get(int(m[2]) % 3, 'act')}.{m[3]}",
        ),
        (r"classification_head\.cls_logits\.(.+)", lambda m: f"cls_logits.{m[1]}"),
        (r"regression_head\.bbox_reg\.(.+)", lambda m: f"bbox_pred.{m[1]}"),
        (r"regression_head\.bbox_ctrness\.(.+)", lambda m: f"ctrness.{m[1]}"),
    ]


def _group_count(part: Any, params: Any) -> dict[str, Any]:
    # a group norm's count is taken from the source (GroupNorm(32, C) in torchvision)
    from torch import nn

    groups = {m.num_groups for m in part.modules() if isinstance(m, nn.GroupNorm)}
    if len(groups) == 1 and Norm(params.norm) is Norm.GROUP:
        return {"norm_groups": groups.pop()}
    return {}


def _fpn_settings(part: Any, params: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(set from the source, must equal the source)`` for an FPN receiving ``part``."""
    from torchvision.ops.feature_pyramid_network import LastLevelMaxPool, LastLevelP6P7

    extra = getattr(part, "extra_blocks", None)
    need: dict[str, Any] = {"extra_levels": 0}
    if isinstance(extra, LastLevelP6P7):
        mode = ExtraLevel.CONV_OUTPUT if extra.use_P5 else ExtraLevel.CONV_INPUT
        need = {"extra_levels": 2, "extra_mode": mode}
    elif isinstance(extra, LastLevelMaxPool):
        need = {"extra_levels": 1, "extra_mode": ExtraLevel.MAXPOOL}
    return _group_count(part, params), need


def _dense_settings(part: Any, params: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    # both torchvision dense heads use ReLU towers
    return _group_count(part, params), {"act": Act.RELU}


FPN_TRANSPLANT = TransplantRule("fpn", _fpn_key_rules, settings=_fpn_settings)
#: A PAN's top-down path is an FPN (``<node>.fpn``); its bottom-up convs are its own.
PAN_TRANSPLANT = TransplantRule("fpn", _fpn_key_rules, prefix="fpn.", settings=_fpn_settings)
RETINANET_TRANSPLANT = TransplantRule(
    "retinanet_head", _retinanet_key_rules, settings=_dense_settings
)
FCOS_TRANSPLANT = TransplantRule("fcos_head", _fcos_key_rules, settings=_dense_settings)


def level_name(stride: int) -> str:
    """The port name of a pyramid level: ``p<log2(stride)>``, or ``s<stride>`` otherwise.

    Example:
        >>> level_name(8), level_name(12)
        ('p3', 's12')
    """
    if stride > 0 and stride & (stride - 1) == 0:
        return f"p{stride.bit_length() - 1}"
    return f"s{stride}"


def _check_levels(inputs: tuple[TensorType, ...], *, ratio2: bool, at_least: int = 1) -> None:
    expect_kind(inputs, Kind.MAP, at_least=at_least)
    desc = ", ".join(f"{t.name or '?'} ({t.describe()})" for t in inputs)
    for a, b in zip(inputs, inputs[1:]):
        if b.stride <= a.stride:
            raise SpecError(
                f"levels must be ordered shallow to deep with increasing strides, got {desc}",
                field="inputs",
            )
        if ratio2 and b.stride != 2 * a.stride:
            raise SpecError(
                f"consecutive levels must differ by a stride of 2, got {desc}; "
                "drop a level or use 'fpn', which takes any strides",
                field="inputs",
            )


def _pyramid_outputs(
    inputs: tuple[TensorType, ...], channels: int, extra: int
) -> tuple[TensorType, ...]:
    strides = [t.stride for t in inputs] + [inputs[-1].stride * 2 ** (j + 1) for j in range(extra)]
    names = [level_name(s) for s in strides]
    if len(set(names)) != len(names):
        raise SpecError(f"levels would get the same name: {', '.join(names)}", field="inputs")
    return tuple(TensorType(Kind.MAP, channels, s, n) for s, n in zip(strides, names))


def _groups_kwargs(p: object, width: int) -> dict[str, int]:
    """``{"norm_groups": g}`` when the parameters give a group count; checks that it applies (a
    group norm) and divides the normalised width."""
    groups = p.norm_groups  # type: ignore[attr-defined]
    if not groups:
        return {}
    norm = Norm(p.norm)  # type: ignore[attr-defined]
    if norm is not Norm.GROUP:
        raise SpecError(
            f"{groups} groups apply to norm 'group', not {norm.value!r}; set norm_groups to 0",
            field="norm_groups",
        )
    if width % groups:
        divisors = ", ".join(str(g) for g in range(1, min(width, 64) + 1) if width % g == 0)
        raise SpecError(
            f"{groups} groups do not divide the {width} channels; choose one of {divisors} "
            "(or 0 for the default)",
            field="norm_groups",
        )
    return {"norm_groups": groups}


@dataclass(frozen=True)
class FPNParams:
    """Feature pyramid network (lateral 1x1, top-down nearest upsampling, 3x3 output convs)."""

    out_channels: int = param(256, min=1, max=4096, doc="channels of every pyramid level")
    extra_levels: int = param(0, min=0, max=4, doc="levels added above the deepest input")
    extra_mode: ExtraLevel = param(
        ExtraLevel.CONV_OUTPUT, doc="how extra levels are made: conv on P5, conv on C5, or max pool"
    )
    norm: Norm = param(Norm.NONE, doc="norm after lateral and output convs")
    norm_groups: int = param(
        0,
        min=0,
        max=4096,
        doc="group norm's groups (0: 32 where the width allows, 2+ channels each)",
    )


@register_block(
    "fpn",
    params=FPNParams,
    module="heads.modules.detection:FPN",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="neck",
    ports=Ports(LEVELS.inputs, outputs_doc=PYRAMID_PORTS),
    transplant=FPN_TRANSPLANT,
)
def _plan_fpn(inputs: tuple[TensorType, ...], p: FPNParams) -> BlockPlan:
    """FPN neck: lateral 1x1 convs, top-down nearest upsampling and 3x3 output convs."""
    _check_levels(inputs, ratio2=False)
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "out_channels": p.out_channels,
        "extra_levels": p.extra_levels,
        "extra_mode": ExtraLevel(p.extra_mode).value,
        "norm": Norm(p.norm).value,
        **_groups_kwargs(p, p.out_channels),
    }
    return BlockPlan(kwargs, _pyramid_outputs(inputs, p.out_channels, p.extra_levels))


@dataclass(frozen=True)
class PANParams:
    """Path aggregation network (FPN, then a bottom-up path)."""

    out_channels: int = param(256, min=1, max=4096, doc="channels of every pyramid level")
    extra_levels: int = param(0, min=0, max=4, doc="levels added above the deepest input")
    extra_mode: ExtraLevel = param(
        ExtraLevel.CONV_OUTPUT, doc="how extra levels are made: conv on P5, conv on C5, or max pool"
    )
    norm: Norm = param(Norm.BATCH, doc="norm of every conv")
    act: Act = param(Act.RELU, doc="activation of the bottom-up convs")
    norm_groups: int = param(
        0,
        min=0,
        max=4096,
        doc="group norm's groups (0: 32 where the width allows, 2+ channels each)",
    )


@register_block(
    "pan",
    params=PANParams,
    module="heads.modules.detection:PAN",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="neck",
    ports=Ports(LEVELS.inputs, outputs_doc=PYRAMID_PORTS),
    transplant=PAN_TRANSPLANT,
)
def _plan_pan(inputs: tuple[TensorType, ...], p: PANParams) -> BlockPlan:
    """PAN neck: an FPN followed by a bottom-up path of stride-2 convs."""
    _check_levels(inputs, ratio2=True, at_least=2 if p.extra_levels == 0 else 1)
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "out_channels": p.out_channels,
        "extra_levels": p.extra_levels,
        "extra_mode": ExtraLevel(p.extra_mode).value,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
        **_groups_kwargs(p, p.out_channels),
    }
    return BlockPlan(kwargs, _pyramid_outputs(inputs, p.out_channels, p.extra_levels))


@dataclass(frozen=True)
class BiFPNParams:
    """BiFPN (weighted bidirectional fusion with depthwise-separable convs, EfficientDet)."""

    out_channels: int = param(64, min=1, max=4096, doc="channels of every pyramid level")
    num_repeats: int = param(3, min=1, max=8, doc="stacked BiFPN layers")
    extra_levels: int = param(
        0, min=0, max=4, doc="levels added above the deepest input (max pool)"
    )
    norm: Norm = param(Norm.BATCH, doc="norm of the projections and fusion convs")
    act: Act = param(Act.SILU, doc="activation before each fusion conv")


@register_block(
    "bifpn",
    params=BiFPNParams,
    module="heads.modules.detection:BiFPN",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="neck",
    ports=Ports(LEVELS.inputs, outputs_doc=PYRAMID_PORTS),
)
def _plan_bifpn(inputs: tuple[TensorType, ...], p: BiFPNParams) -> BlockPlan:
    """BiFPN neck: fast normalised fusion of top-down and bottom-up paths, repeated."""
    _check_levels(inputs, ratio2=True)
    if len(inputs) + p.extra_levels < 2:
        raise SpecError(
            f"needs at least 2 levels to fuse, got {len(inputs)} input level(s) and "
            f"{p.extra_levels} extra; raise extra_levels or add input levels",
            field="extra_levels",
        )
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "out_channels": p.out_channels,
        "num_repeats": p.num_repeats,
        "extra_levels": p.extra_levels,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
    }
    return BlockPlan(kwargs, _pyramid_outputs(inputs, p.out_channels, p.extra_levels))


def _dense_inputs(inputs: tuple[TensorType, ...]) -> int:
    expect_kind(inputs, Kind.MAP)
    return same_channels(inputs)


@dataclass(frozen=True)
class RetinaNetHeadParams:
    """RetinaNet head and its anchor configuration."""

    num_classes: int = param(91, min=1, max=100000, doc="number of classes")
    num_convs: int = param(4, min=0, max=8, doc="convs in each tower")
    width: int = param(256, min=1, max=4096, doc="tower width")
    norm: Norm = param(Norm.NONE, doc="tower norm (none: RetinaNet v1, group: v2)")
    act: Act = param(Act.RELU, doc="tower activation")
    prior_prob: float = param(0.01, min=1e-5, max=0.5, doc="initial foreground probability")
    anchor_sizes: tuple[float, ...] = param(
        (32.0, 64.0, 128.0, 256.0, 512.0),
        min=1.0,
        max=4096.0,
        doc="base anchor size (px), one per level",
    )
    scales_per_octave: int = param(
        3, min=1, max=8, doc="anchor scales 2^(i/n), i < n, per base size"
    )
    aspect_ratios: tuple[float, ...] = param(
        (0.5, 1.0, 2.0), min=0.05, max=20.0, doc="anchor height/width ratios"
    )
    box_weights: tuple[float, float, float, float] = param(
        (1.0, 1.0, 1.0, 1.0), min=0.01, max=100.0, doc="box coder weights (dx, dy, dw, dh)"
    )
    norm_groups: int = param(
        0,
        min=0,
        max=4096,
        doc="group norm's groups (0: 32 where the width allows, 2+ channels each)",
    )
    anchor_stride: AnchorStride = param(
        AnchorStride.SPEC,
        doc="anchor spacing: the spec's stride, or image_over_feature (torchvision's rule)",
    )


@register_block(
    "retinanet_head",
    params=RetinaNetHeadParams,
    module="heads.modules.detection:RetinaNetHead",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="head",
    ports=Ports(LEVELS.inputs, ("cls_logits", "bbox_regression")),
    dense=RETINANET_OPS,
    transplant=RETINANET_TRANSPLANT,
)
def _plan_retinanet_head(inputs: tuple[TensorType, ...], p: RetinaNetHeadParams) -> BlockPlan:
    """RetinaNet head: shared class and box towers, A anchors per location, focal-loss prior."""
    channels = _dense_inputs(inputs)
    if len(p.anchor_sizes) != len(inputs):
        names = ", ".join(t.name or t.describe() for t in inputs)
        raise SpecError(
            f"has {len(p.anchor_sizes)} anchor size(s) but the head reads {len(inputs)} level(s) "
            f"({names}); give one size per level",
            field="anchor_sizes",
        )
    if not p.aspect_ratios:
        raise SpecError("needs at least one aspect ratio", field="aspect_ratios")
    if p.num_convs == 0 and p.width != channels:
        raise SpecError(f"without tower convs the width is the input's {channels}", field="width")
    kwargs = {
        "in_channels": channels,
        "num_anchors": retinanet_num_anchors(p),
        "num_classes": p.num_classes,
        "num_convs": p.num_convs,
        "width": p.width,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
        "prior_prob": p.prior_prob,
        **_groups_kwargs(p, p.width),
    }
    outputs = (
        TensorType(Kind.DENSE, p.num_classes, 0, "cls_logits"),
        TensorType(Kind.DENSE, 4, 0, "bbox_regression"),
    )
    return BlockPlan(kwargs, outputs)


@dataclass(frozen=True)
class FCOSHeadParams:
    """FCOS head (anchor-free: one location per pixel of each level)."""

    num_classes: int = param(91, min=1, max=100000, doc="number of classes")
    num_convs: int = param(4, min=0, max=8, doc="convs in each tower")
    width: int = param(256, min=1, max=4096, doc="tower width")
    norm: Norm = param(Norm.GROUP, doc="tower norm")
    act: Act = param(Act.RELU, doc="tower activation")
    prior_prob: float = param(0.01, min=1e-5, max=0.5, doc="initial foreground probability")
    center_sampling_radius: float = param(
        1.5,
        min=0.0,
        max=10.0,
        doc="targets: locations within this many strides of a box centre are positive",
    )
    anchor_scale: float = param(
        1.0, min=0.125, max=64.0, doc="size of a location's square anchor in strides (box units)"
    )
    norm_groups: int = param(
        0,
        min=0,
        max=4096,
        doc="group norm's groups (0: 32 where the width allows, 2+ channels each)",
    )
    anchor_stride: AnchorStride = param(
        AnchorStride.SPEC,
        doc="anchor spacing: the spec's stride, or image_over_feature (torchvision's rule)",
    )


@register_block(
    "fcos_head",
    params=FCOSHeadParams,
    module="heads.modules.detection:FCOSHead",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="head",
    ports=Ports(LEVELS.inputs, ("cls_logits", "bbox_regression", "bbox_ctrness")),
    dense=FCOS_OPS,
    transplant=FCOS_TRANSPLANT,
)
def _plan_fcos_head(inputs: tuple[TensorType, ...], p: FCOSHeadParams) -> BlockPlan:
    """FCOS head: class tower, box tower with centerness, one prediction per location."""
    channels = _dense_inputs(inputs)
    if p.num_convs == 0 and p.width != channels:
        raise SpecError(f"without tower convs the width is the input's {channels}", field="width")
    kwargs = {
        "in_channels": channels,
        "num_classes": p.num_classes,
        "num_convs": p.num_convs,
        "width": p.width,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
        "prior_prob": p.prior_prob,
        **_groups_kwargs(p, p.width),
    }
    outputs = (
        TensorType(Kind.DENSE, p.num_classes, 0, "cls_logits"),
        TensorType(Kind.DENSE, 4, 0, "bbox_regression"),
        TensorType(Kind.DENSE, 1, 0, "bbox_ctrness"),
    )
    return BlockPlan(kwargs, outputs)


@dataclass(frozen=True)
class InstanceMaskParams:
    """Instance mask head (RoIAlign on the pyramid, a conv tower, a 2x deconvolution)."""

    num_classes: int = param(91, min=1, max=100000, doc="number of classes")
    channels: int = param(256, min=1, max=4096, doc="mask tower width")
    num_convs: int = param(4, min=0, max=8, doc="3x3 convs of the tower (Mask R-CNN: 4)")
    roi_size: int = param(14, min=1, max=64, doc="RoIAlign output size (masks are twice it)")
    sampling_ratio: int = param(2, min=0, max=8, doc="RoIAlign samples per bin (0: adaptive)")
    class_agnostic: bool = param(False, doc="one mask per box instead of one per class")
    norm: Norm = param(Norm.NONE, doc="tower norm")
    act: Act = param(Act.RELU, doc="tower activation")


def _predict_masks(module, levels, detections, image_sizes) -> list:
    return module.predict_levels(levels, detections, image_sizes)


def _mask_logits(module, levels, boxes, image_sizes) -> Any:
    return module.level_mask_logits(levels, boxes, image_sizes)


def _mask_roi_flops(module, input_shapes, rois: int) -> int:
    """FLOPs of the mask tower on ``rois`` RoIAlign outputs (RoIAlign's bilinear sampling
    itself is not counted: torch's flop counter counts matrix products and convolutions)."""
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    S = module.roi_align.output_size
    x = torch.empty(rois, input_shapes[0][1], S, S, device="meta")  # (R, C, S, S)
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        module.mask_head(x)
    return counter.get_total_flops()


@register_block(
    "instance_mask_head",
    params=InstanceMaskParams,
    module="heads.instance:InstanceMaskBlock",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="head",
    ports=Ports(
        LEVELS.inputs,
        outputs_doc="the levels it reads, passed on: masks are made after decoding "
        "(heads.detector.instance_masks)",
    ),
    instance=InstanceOps(_predict_masks, _mask_logits, _mask_roi_flops),
)
def _plan_instance_masks(inputs: tuple[TensorType, ...], p: InstanceMaskParams) -> BlockPlan:
    """Instance masks: RoIAlign per detected box on a pyramid, conv tower, 2x deconv (Mask R-CNN)."""
    _check_levels(inputs, ratio2=False)
    channels = same_channels(inputs)
    kwargs = {
        "in_channels": channels,
        "num_levels": len(inputs),
        "num_classes": p.num_classes,
        "channels": p.channels,
        "num_convs": p.num_convs,
        "roi_size": p.roi_size,
        "sampling_ratio": p.sampling_ratio,
        "class_agnostic": p.class_agnostic,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
    }
    outs = tuple(
        TensorType(Kind.MAP, channels, t.stride, t.name or level_name(t.stride)) for t in inputs
    )
    return BlockPlan(kwargs, outs)


__all__ = [
    "FCOS_OPS",
    "InstanceMaskParams", "BiFPNParams", "FCOSHeadParams", "FPNParams", "PANParams", "RETINANET_OPS",
    "RetinaNetHeadParams", "level_name", "retinanet_num_anchors",
]  # fmt: skip

#: The modules (torch) live in heads.modules.detection; these names still import from here.
__getattr__ = module_attributes("heads.modules.detection")
