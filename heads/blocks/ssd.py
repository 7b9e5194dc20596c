"""SSD and SSDLite heads (torchvision's ``SSDHead`` and ``SSDLiteHead``) with their default
boxes, and the presets ``ssd300`` and ``ssdlite320``.

The head reads the backbone's maps directly, each level with its own channels and default boxes
per location, and returns ``cls_logits (N, M, K)``, ``bbox_regression (N, M, 4)`` (SSD's box
deltas, coder weights ``(10, 10, 5, 5)``) and ``background_logits (N, M, 1)``, which a spec
exposes as ``aux_background_logits``: the scores are a softmax over the background and the
``K`` classes. ``num_classes`` counts the objects only and labels are 0-based, like every head
of the library (torchvision's ``num_classes`` includes the background; its label ``l`` is label
``l - 1`` here).

What the spec covers: torchvision splits SSD into a backbone that ends with the *extra feature
layers* (VGG's conv6-conv11 with conv4_3's L2 norm for SSD300, the depthwise extra blocks for
SSDLite) and a head on its six maps. The extra layers make feature maps, so they belong to the
backbone side here too: a spec's inputs are those six maps, and the head block is torchvision's
head. Default boxes (:mod:`heads.ssd`) are fractions of the input, so the head places them from
the input size (the ``grid`` and ``decoder`` operations of its :class:`~heads.registry.DenseOps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heads.blocks.detection import _check_levels as check_levels
from heads.params import AnchorStride, SSDPredictor
from heads.registry import (
    LEVELS,
    DenseOps,
    Ports,
    TransplantRule,
    module_attributes,
    register_block,
    register_preset,
)
from heads.spec import (
    BlockPlan,
    FeatureInfo,
    HeadSpec,
    Kind,
    Node,
    SpecError,
    Task,
    TensorType,
    param,
)


@dataclass(frozen=True)
class SSDHeadParams:
    """SSD head (3x3 conv predictors) or SSDLite head (separable predictors), default boxes."""

    num_classes: int = param(90, min=1, max=100000, doc="number of classes (without background)")
    predictor: SSDPredictor = param(
        SSDPredictor.CONV, doc="conv: SSD's 3x3 conv; separable: SSDLite's depthwise + 1x1"
    )
    aspect_ratios: tuple[float, ...] = param(
        (2.0, 3.0),
        min=1.0,
        max=20.0,
        doc="extra aspect ratios r: boxes (s√r, s/√r) and (s/√r, s√r)",
    )
    ratios_per_level: tuple[int, ...] = param(
        (), min=0, max=16, doc="how many of the aspect ratios each level uses (empty: all)"
    )
    min_ratio: float = param(0.15, min=0.0, max=2.0, doc="scale of the first level's boxes")
    max_ratio: float = param(0.9, min=0.0, max=2.0, doc="scale of the last level's boxes")
    scales: tuple[float, ...] = param(
        (), min=0.0, max=4.0, doc="explicit scales, one per level and one more (empty: min to max)"
    )
    steps: tuple[int, ...] = param(
        (), min=1, max=4096, doc="box centre spacing per level in px (empty: input / map size)"
    )
    clip: bool = param(True, doc="clip box sizes to the image (as fractions, before scaling)")
    box_weights: tuple[float, float, float, float] = param(
        (10.0, 10.0, 5.0, 5.0), min=0.01, max=100.0, doc="box coder weights (dx, dy, dw, dh)"
    )
    norm_eps: float = param(0.001, min=1e-8, max=1.0, doc="separable predictors' batch norm eps")
    norm_momentum: float = param(
        0.03, min=0.0, max=1.0, doc="separable predictors' batch norm momentum"
    )


def level_ratios(p: SSDHeadParams, num_levels: int) -> tuple[tuple[float, ...], ...]:
    """Each level's aspect ratios: the first ``ratios_per_level[l]`` of ``aspect_ratios``.

    Example:
        >>> level_ratios(SSDHeadParams(ratios_per_level=(1, 2, 0)), 3)
        ((2.0,), (2.0, 3.0), ())
    """
    counts = p.ratios_per_level or (len(p.aspect_ratios),) * num_levels
    return tuple(tuple(p.aspect_ratios[:n]) for n in counts)


def ssd_num_anchors(p: SSDHeadParams) -> int | tuple[int, ...]:
    """Default boxes per location: two squares and two per aspect ratio (one per level when
    the levels use different ratios)."""
    if not p.ratios_per_level:
        return 2 + 2 * len(p.aspect_ratios)
    return tuple(2 + 2 * n for n in p.ratios_per_level)


def box_constants(p: SSDHeadParams, num_levels: int) -> dict[str, Any]:
    """The default boxes' arguments of :func:`heads.ssd.default_boxes` as plain values.

    Example:
        >>> c = box_constants(SSDHeadParams(aspect_ratios=(2.0,), min_ratio=0.2, max_ratio=0.6), 2)
        >>> [len(s) for s in c["sizes"]], c["steps"], c["clip"]
        ([4, 4], None, True)
    """
    from heads.ssd import default_box_scales, default_box_sizes

    scales = p.scales or default_box_scales(num_levels, p.min_ratio, p.max_ratio)
    sizes = default_box_sizes(scales, level_ratios(p, num_levels))
    return {
        "sizes": tuple(tuple((float(w), float(h)) for w, h in lv) for lv in sizes),
        "steps": tuple(p.steps) or None,
        "clip": bool(p.clip),
    }


def _no_cells(p: SSDHeadParams, strides: Sequence[int]) -> list:
    raise SpecError(
        "an SSD head's default boxes are fractions of the input, not cells on a stride grid; "
        "use heads.detector.anchors_for (it takes the input size)",
        field="block",
    )


def _ssd_grid(p: SSDHeadParams, feature_sizes, strides, input_size) -> list:
    from heads.ssd import default_boxes

    return default_boxes(feature_sizes, input_size, **box_constants(p, len(strides)))


def _ssd_decoder(p: SSDHeadParams, strides: Sequence[int]) -> tuple[Any, dict]:
    from heads.ssd import decode_ssd

    boxes = box_constants(p, len(strides))
    constants = {
        "strides": tuple(int(s) for s in strides),
        "box_sizes": boxes["sizes"],
        "steps": boxes["steps"],
        "clip": boxes["clip"],
        "box_weights": tuple(float(w) for w in p.box_weights),
    }
    return decode_ssd, constants


def _delta_coder(p: SSDHeadParams) -> Any:
    from heads.box_coding import DeltaBoxCoder

    return DeltaBoxCoder(p.box_weights)


def _ssd_loss(p: SSDHeadParams, outputs, anchors, counts, targets, coder, **options) -> dict:
    from heads.losses.ssd import ssd_loss

    return ssd_loss(outputs, anchors, targets, coder=coder, **options)


def _spec_stride(p: SSDHeadParams) -> AnchorStride:
    return AnchorStride.SPEC


#: SSD: default boxes from the input size, SSD box deltas, hard-negative-mined softmax loss,
#: per-class top-k decoding.
SSD_OPS = DenseOps(
    ssd_num_anchors, _no_cells, _delta_coder, _ssd_loss, _spec_stride, _ssd_grid, _ssd_decoder
)


def _ssd_key_rules() -> list:
    # SSDHead: module_list.<level> is a Conv2d; SSDLiteHead: module_list.<level> is
    # Sequential(Conv2dNormActivation(depthwise conv, norm, ReLU6), pointwise Conv2d)
    part = {"classification_head": "cls_logits", "regression_head": "bbox_pred"}
    sep = {"0.0": "depthwise", "0.1": "norm", "1": "pointwise"}
    return [
        (
            r"(classification_head|regression_head)\.module_list\.(\d+)\.(weight|bias)",
            lambda m: f"{part[m[1]]}.{m[2]}.{m[3]}",
        ),
        (
            r"(classification_head|regression_head)\.module_list\.(\d+)\.(0\.0|0\.1|1)\.(.+)",
            lambda m: f"{part[m[1]]}.{m[2]}.{sep[m[3]]}.{m[4]}",
        ),
    ]


def _ssd_settings(part: Any, params: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(set from the source, must equal the source)``: an SSDLite head's norm settings; its
    predictor kind."""
    from torch import nn
    from torchvision.models.detection.ssdlite import SSDLiteHead

    if not isinstance(part, SSDLiteHead):
        return {}, {"predictor": SSDPredictor.CONV}
    norm = next(m for m in part.modules() if isinstance(m, nn.BatchNorm2d))
    adopt = {"norm_eps": float(norm.eps), "norm_momentum": float(norm.momentum)}
    return adopt, {"predictor": SSDPredictor.SEPARABLE}


SSD_TRANSPLANT = TransplantRule("ssd_head", _ssd_key_rules, settings=_ssd_settings)


def _check_lengths(p: SSDHeadParams, num_levels: int) -> None:
    if p.ratios_per_level and len(p.ratios_per_level) != num_levels:
        raise SpecError(
            f"has {len(p.ratios_per_level)} ratio count(s) but the head reads {num_levels} "
            "level(s); give one per level or none",
            field="ratios_per_level",
        )
    if any(n > len(p.aspect_ratios) for n in p.ratios_per_level):
        raise SpecError(
            f"a level cannot use more than the {len(p.aspect_ratios)} aspect ratio(s) given",
            field="ratios_per_level",
        )
    if p.scales and len(p.scales) != num_levels + 1:
        raise SpecError(
            f"needs {num_levels + 1} scales (one per level and one more), got {len(p.scales)}",
            field="scales",
        )
    if p.steps and len(p.steps) != num_levels:
        raise SpecError(
            f"needs one step per level ({num_levels}), got {len(p.steps)}", field="steps"
        )
    if not p.scales and p.min_ratio > p.max_ratio:
        raise SpecError(
            f"min_ratio {p.min_ratio} is above max_ratio {p.max_ratio}", field="min_ratio"
        )


@register_block(
    "ssd_head",
    params=SSDHeadParams,
    module="heads.modules.ssd:SSDHead",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="head",
    ports=Ports(LEVELS.inputs, ("cls_logits", "bbox_regression", "background_logits")),
    dense=SSD_OPS,
    transplant=SSD_TRANSPLANT,
)
def _plan_ssd_head(inputs: tuple[TensorType, ...], p: SSDHeadParams) -> BlockPlan:
    """SSD/SSDLite head: a class and a box predictor per level, default boxes per location."""
    check_levels(inputs, ratio2=False)
    _check_lengths(p, len(inputs))
    a = ssd_num_anchors(p)
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "num_anchors": (a,) * len(inputs) if isinstance(a, int) else a,
        "num_classes": p.num_classes,
        "predictor": SSDPredictor(p.predictor).value,
        "norm_eps": p.norm_eps,
        "norm_momentum": p.norm_momentum,
    }
    outputs = (
        TensorType(Kind.DENSE, p.num_classes, 0, "cls_logits"),
        TensorType(Kind.DENSE, 4, 0, "bbox_regression"),
        TensorType(Kind.DENSE, 1, 0, "background_logits"),
    )
    return BlockPlan(kwargs, outputs)


#: What an SSD head's spec exposes: the stable keys and the background for the softmax.
SSD_OUTPUTS = {
    "cls_logits": "head.cls_logits",
    "bbox_regression": "head.bbox_regression",
    "aux_background_logits": "head.background_logits",
}

#: torchvision's ssd300_vgg16 backbone: VGG-16's conv4_3 (L2-normalised) and fc7, and the
#: extra layers, as maps of a 300x300 input (38, 19, 10, 5, 3, 1 pixels wide).
SSD300_LEVELS = {
    "conv4_3": FeatureInfo(512, 8),
    "fc7": FeatureInfo(1024, 16),
    "extra1": FeatureInfo(512, 32),
    "extra2": FeatureInfo(256, 64),
    "extra3": FeatureInfo(256, 100),
    "extra4": FeatureInfo(256, 300),
}
#: torchvision's ssdlite320_mobilenet_v3_large backbone (reduced tail): the expansion of
#: MobileNetV3's C4 block, its last conv, and the extra blocks, as maps of a 320x320 input
#: (20, 10, 5, 3, 2, 1 pixels wide).
SSDLITE320_LEVELS = {
    "c4_expand": FeatureInfo(672, 16),
    "c5": FeatureInfo(480, 32),
    "extra1": FeatureInfo(512, 64),
    "extra2": FeatureInfo(256, 128),
    "extra3": FeatureInfo(256, 256),
    "extra4": FeatureInfo(128, 512),
}


def _ssd_spec(levels: dict[str, FeatureInfo], params: SSDHeadParams, name: str) -> HeadSpec:
    node = Node("head", "ssd_head", tuple(levels), params)
    return HeadSpec(Task.DETECTION, levels, (node,), SSD_OUTPUTS, name)


def _map_levels(in_features: dict[str, FeatureInfo], count: int) -> dict[str, FeatureInfo]:
    from heads.detector import pick_levels

    return pick_levels(in_features, count)


@register_preset("ssd300", task=Task.DETECTION)
def ssd300_preset(
    in_features: dict[str, FeatureInfo] | None = None, num_classes: int = 90
) -> HeadSpec:
    """torchvision's ssd300_vgg16 head: a 3x3 conv per level over its six maps, 4 or 6 boxes."""
    levels = _map_levels(in_features or SSD300_LEVELS, 6)
    if len(levels) != 6:
        raise SpecError(
            f"ssd300 reads six maps of stride >= 8 (its default boxes are set per level), got "
            f"{len(levels)}; use ssdlite320, which takes any number",
            field="in_features",
        )
    params = SSDHeadParams(
        num_classes=num_classes,
        aspect_ratios=(2.0, 3.0),
        ratios_per_level=(1, 2, 2, 2, 1, 1),
        scales=(0.07, 0.15, 0.33, 0.51, 0.69, 0.87, 1.05),
        steps=(8, 16, 32, 64, 100, 300),
    )
    return _ssd_spec(levels, params, "ssd300")


@register_preset("ssdlite320", task=Task.DETECTION)
def ssdlite320_preset(
    in_features: dict[str, FeatureInfo] | None = None, num_classes: int = 90
) -> HeadSpec:
    """torchvision's ssdlite320_mobilenet_v3_large head: separable predictors, 6 boxes a level."""
    levels = _map_levels(in_features or SSDLITE320_LEVELS, 6)
    params = SSDHeadParams(
        num_classes=num_classes,
        predictor=SSDPredictor.SEPARABLE,
        aspect_ratios=(2.0, 3.0),
        min_ratio=0.2,
        max_ratio=0.95,
    )
    return _ssd_spec(levels, params, "ssdlite320")


__all__ = [
    "SSD300_LEVELS", "SSDLITE320_LEVELS", "SSD_OPS", "SSD_OUTPUTS", "SSDHeadParams",
    "box_constants", "level_ratios", "ssd300_preset", "ssd_num_anchors", "ssdlite320_preset",
]  # fmt: skip

#: The module (torch) lives in heads.modules.ssd; its names still import from here.
__getattr__ = module_attributes("heads.modules.ssd")
