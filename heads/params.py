"""Closed choices of the library's parameters. Block parameters' values are what specs store in
JSON and what module constructors take (:mod:`heads.layers` resolves them to layers); the
post-processing and loss choices (:class:`Suppression`, :class:`Decay`, :class:`BoxLoss`) are what
:func:`heads.nms.suppress` and the detection losses take (:mod:`heads.nms` and
:mod:`heads.losses.detection` re-export them)."""

from __future__ import annotations

import enum
from typing import Any


def parse_choice(
    enum_cls: type[enum.Enum], value: Any, field: str, *, error: type[Exception] = ValueError
) -> Any:
    """``enum_cls(value)``, or ``error`` naming the field, the value and the valid choices.

    The one parser of closed choices (:func:`heads.spec.parse_choice` raises a ``SpecError``
    naming the node too).

    Example:
        >>> parse_choice(Norm, "group", "norm")
        <Norm.GROUP: 'group'>
        >>> parse_choice(Norm, "instance", "norm")
        Traceback (most recent call last):
        ...
        ValueError: norm: 'instance' is not valid; choose one of: none, batch, group, layer
    """
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        choices = ", ".join(str(m.value) for m in enum_cls)
        raise error(f"{field}: {value!r} is not valid; choose one of: {choices}") from None


class Norm(str, enum.Enum):
    """Normalisation layer."""

    NONE = "none"
    BATCH = "batch"
    GROUP = "group"
    LAYER = "layer"


class Act(str, enum.Enum):
    """Activation function."""

    NONE = "none"
    RELU = "relu"
    RELU6 = "relu6"
    GELU = "gelu"
    SILU = "silu"
    HARDSWISH = "hardswish"
    LEAKY_RELU = "leaky_relu"
    MISH = "mish"


class PoolType(str, enum.Enum):
    """Global pooling of a feature map (or of ViT tokens)."""

    AVG = "avg"
    MAX = "max"
    AVGMAX = "avgmax"
    CATAVGMAX = "catavgmax"
    GEM = "gem"
    LSE = "lse"
    ATTENTION = "attention"
    TOKEN = "token"


class LabelMode(str, enum.Enum):
    """Single-label (softmax) or multi-label (sigmoid per class) classification."""

    SINGLE = "single"
    MULTI = "multi"


class Upsample(str, enum.Enum):
    """How a decoder upsamples."""

    BILINEAR = "bilinear"
    NEAREST = "nearest"
    TRANSPOSED = "transposed"
    PIXEL_SHUFFLE = "pixel_shuffle"


class Fusion(str, enum.Enum):
    """How a decoder merges a skip connection or several levels."""

    SUM = "sum"
    CONCAT = "concat"


class ExtraLevel(str, enum.Enum):
    """How a feature pyramid adds levels above the backbone's deepest one (stride x2 each).

    ``conv_output``: a stride-2 3x3 conv on the pyramid's top output (P6 from P5, then P7
    from ReLU(P6): torchvision's ``LastLevelP6P7(256, 256)``); ``conv_input``: the first
    conv reads the deepest *input* level (P6 from C5, ``LastLevelP6P7(2048, 256)``);
    ``maxpool``: a 1x1 stride-2 max pool of the level below (``LastLevelMaxPool``).
    """

    CONV_OUTPUT = "conv_output"
    CONV_INPUT = "conv_input"
    MAXPOOL = "maxpool"


class DropoutKind(str, enum.Enum):
    """What dropout zeroes: single values, or whole channels of a map (``Dropout2d``)."""

    ELEMENT = "element"
    CHANNEL = "channel"


class AnchorStride(str, enum.Enum):
    """How far apart a dense head's anchors (or FCOS locations) lie on each level.

    ``spec``: the level's stride in the spec, ``s`` on both axes. ``image_over_feature``:
    torchvision's ``AnchorGenerator`` rule, ``input_size // feature_size`` per axis (the padded
    input's size over the level's map size), which is what weights trained in torchvision expect.
    The two agree when the padded input is a multiple of the level's stride; otherwise they
    differ, most on the coarse levels: at 800x1344 a P6 map is 13x21 and torchvision spaces its
    anchors 61 and 64 pixels apart, not 64 and 64.
    """

    SPEC = "spec"
    IMAGE_OVER_FEATURE = "image_over_feature"


class Attention(str, enum.Enum):
    """Attention applied to a decoder stage's fused features."""

    NONE = "none"
    SCSE = "scse"


class Suppression(str, enum.Enum):
    """How detections that cover the same object are reduced to one."""

    HARD = "hard"
    CLASS_AWARE = "class_aware"
    SOFT_LINEAR = "soft_linear"
    SOFT_GAUSSIAN = "soft_gaussian"
    DIOU = "diou"
    MATRIX = "matrix"
    WBF = "wbf"
    TOPK = "topk"
    WBF_NMS = "wbf_nms"


class WBFConf(str, enum.Enum):
    """How Weighted Box Fusion scores a fused box (the reference implementation's ``conf_type``).

    With ``T`` models of weights ``w``, a cluster of ``n`` boxes with weighted scores ``s_i``
    (score times its model's weight): ``avg`` gives ``mean(s) * min(T, n) / sum(w)`` (models
    that missed the object lower the score); ``max`` gives ``max(s) / max(w)``;
    ``box_and_model_avg`` gives ``mean(s) * n / sum(w_i) * sum(w of the models present) / sum(w)``;
    ``absent_model_aware_avg`` gives ``mean(s) * n / (sum(w_i) + sum(w of the absent models))``.
    """

    AVG = "avg"
    MAX = "max"
    BOX_AND_MODEL_AVG = "box_and_model_avg"
    ABSENT_MODEL_AWARE_AVG = "absent_model_aware_avg"


class Decay(str, enum.Enum):
    """Matrix-NMS's decay function of the IoU."""

    LINEAR = "linear"
    GAUSSIAN = "gaussian"


class BoxLoss(str, enum.Enum):
    """Regression loss on matched anchors."""

    L1 = "l1"
    SMOOTH_L1 = "smooth_l1"
    GIOU = "giou"
    DIOU = "diou"
    CIOU = "ciou"


class SSDPredictor(str, enum.Enum):
    """An SSD head's per-level predictor."""

    CONV = "conv"  # SSD: a 3x3 conv
    SEPARABLE = "separable"  # SSDLite: depthwise 3x3 conv, batch norm, ReLU6, 1x1 conv
