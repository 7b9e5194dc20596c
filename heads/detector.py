"""Detection heads: presets, the ``DetectionHead`` entry point, decoding glue and weight
transplant from torchvision.

A detection spec is a neck (``fpn``, ``pan`` or ``bifpn``) over the backbone's levels and a
dense head (``retinanet_head`` or ``fcos_head``) over the neck's levels. Its outputs are
torchvision's: ``cls_logits (N, M, K)``, ``bbox_regression (N, M, 4)`` and, for FCOS,
``bbox_ctrness (N, M, 1)``, where ``M = sum(H_l * W_l * A_l)`` over the head's levels.

Everything post-processing needs is read from the spec: the head's levels (strides), the
anchor configuration, the anchor spacing rule and the box coder (:func:`head_levels`,
:func:`anchors_for`, :func:`box_coder_for`, :func:`decode_detections`). The ``retinanet`` and
``fcos`` presets space anchors by torchvision's rule, ``input_size // feature_size``
(:class:`heads.params.AnchorStride`), so transplanted weights decode and train exactly as in
torchvision at any input size; pass the padded batch's ``input_size`` where it is not the
largest image's size.

Example:
    >>> import torch, heads
    >>> spec = heads.get_preset("fcos_lite", num_classes=3)
    >>> head = heads.build_head(None, spec)
    >>> feats = [torch.randn(1, c, 256 // s, 256 // s) for c, s in ((40, 8), (112, 16), (320, 32))]
    >>> {k: tuple(v.shape) for k, v in head(feats).items()}
    {'cls_logits': (1, 1344, 3), 'bbox_regression': (1, 1344, 4), 'bbox_ctrness': (1, 1344, 1)}
    >>> feature_sizes_for(spec, 256)
    [(32, 32), (16, 16), (8, 8)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from heads.base import PerStride, normalize_in_features, select_levels
from heads.blocks.detection import (
    BiFPNParams,
    FCOSHeadParams,
    FPNParams,
    InstanceMaskParams,
    PANParams,
    RetinaNetHeadParams,
)
from heads.graph import GraphHead, resolve_spec
from heads.params import Act, AnchorStride, ExtraLevel, Norm
from heads.registry import DenseOps, TransplantRule, get_block, list_blocks, register_preset
from heads.spec import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, plan

#: ResNet-50's C3, C4, C5 (what torchvision's RetinaNet and FCOS read).
RESNET50_LEVELS = {
    "c3": FeatureInfo(512, 8),
    "c4": FeatureInfo(1024, 16),
    "c5": FeatureInfo(2048, 32),
}
#: ResNet-50's C2 to C5 (torchvision's ``resnet_fpn_backbone``).
RESNET50_ALL_LEVELS = {"c2": FeatureInfo(256, 4), **RESNET50_LEVELS}
#: EfficientNet-Lite0's levels at strides 8, 16 and 32 (the designer's default backbone).
LITE0_LEVELS = {
    "c3": FeatureInfo(40, 8),
    "c4": FeatureInfo(112, 16),
    "c5": FeatureInfo(320, 32),
}

#: The necks and dense heads :func:`detection_spec` builds (a preset names its blocks).
NECKS = {"fpn": FPNParams, "pan": PANParams, "bifpn": BiFPNParams}


# ---------------------------------------------------------------------------------------------
# Specs and presets
# ---------------------------------------------------------------------------------------------


def pick_levels(
    levels: Mapping[str, FeatureInfo], count: int, min_stride: int = 8
) -> dict[str, FeatureInfo]:
    """The deepest ``count`` map levels whose stride is at least ``min_stride``, one per stride.

    Where several levels share a stride (EfficientNet's ``c5`` block output and its ``c5_head``
    conv), the first one of that stride is the pyramid level (:func:`heads.base.select_levels`
    with ``per_stride="first"``).

    Raises:
        SpecError: (``field='in_features'``) when no level qualifies.

    Example:
        >>> list(pick_levels(RESNET50_ALL_LEVELS, 3))
        ['c3', 'c4', 'c5']
        >>> list(pick_levels({"c4": FeatureInfo(112, 16), "c5": FeatureInfo(320, 32),
        ...                   "c5_head": FeatureInfo(1280, 32)}, 2))
        ['c4', 'c5']
    """
    names = select_levels(
        levels, per_stride=PerStride.FIRST, kinds={Kind.MAP}, min_stride=min_stride, count=count
    )
    if not names:
        desc = ", ".join(
            f"{k} ({v.channels}@s{v.stride}, {v.kind.value})" for k, v in levels.items()
        )
        raise SpecError(
            f"a detection neck needs feature maps of stride >= {min_stride}; got {desc}",
            field="in_features",
        )
    return {name: levels[name] for name in names}


def detection_spec(
    in_features: Any = None,
    num_classes: int = 91,
    *,
    neck: str = "fpn",
    head: str = "fcos",
    channels: int = 256,
    num_levels: int = 3,
    min_stride: int = 8,
    extra_levels: int = 2,
    extra_mode: ExtraLevel | str = ExtraLevel.CONV_OUTPUT,
    neck_norm: Norm | str | None = None,
    bifpn_repeats: int = 3,
    num_convs: int = 4,
    width: int | None = None,
    norm: Norm | str | None = None,
    norm_groups: int = 0,
    act: Act | str = Act.RELU,
    anchor_size_per_stride: float = 4.0,
    anchor_stride: AnchorStride | str = AnchorStride.SPEC,
    name: str = "",
) -> HeadSpec:
    """The spec of a detection head: a neck over the backbone's levels and a dense head.

    Args:
        in_features: the backbone's levels; the deepest ``num_levels`` maps of stride at least
            ``min_stride`` are used (default: ResNet-50's C3-C5).
        num_classes: classes ``K``.
        neck: ``fpn``, ``pan`` or ``bifpn``.
        head: ``retinanet`` (anchors) or ``fcos`` (anchor-free).
        channels: the neck's width.
        extra_levels, extra_mode: levels the neck adds above the deepest input.
        neck_norm: the neck's norm (default: the block's default).
        bifpn_repeats: BiFPN layers.
        num_convs, width, norm, act: the head's towers (``width`` defaults to ``channels``,
            ``norm`` to ``none`` for RetinaNet and ``group`` for FCOS).
        norm_groups: the towers' group norm group count (0: the library's default,
            :func:`heads.layers.auto_groups`; torchvision's heads use 32).
        anchor_size_per_stride: RetinaNet's base anchor size over the level's stride (4:
            32 px at stride 8, as torchvision).
        anchor_stride: how the head's anchors are spaced on each level
            (:class:`heads.params.AnchorStride`; torchvision's rule for its presets).

    Example:
        >>> spec = detection_spec(head="retinanet", num_classes=20)
        >>> [(n.name, n.block) for n in spec.nodes], dict(spec.outputs)["cls_logits"]
        ([('neck', 'fpn'), ('head', 'retinanet_head')], 'head.cls_logits')
    """
    lv = pick_levels(normalize_in_features(in_features or RESNET50_LEVELS), num_levels, min_stride)
    if neck not in NECKS:
        raise SpecError(f"unknown neck {neck!r}; choose one of: {', '.join(NECKS)}", field="neck")
    heads_ = {"retinanet": "retinanet_head", "fcos": "fcos_head"}
    if head not in heads_:
        raise SpecError(f"unknown head {head!r}; choose one of: {', '.join(heads_)}", field="head")
    neck_kw: dict[str, Any] = {"out_channels": channels, "extra_levels": extra_levels}
    if neck == "bifpn":
        neck_kw["num_repeats"] = bifpn_repeats
    else:
        neck_kw["extra_mode"] = ExtraLevel(extra_mode)
    if neck_norm is not None:
        neck_kw["norm"] = Norm(neck_norm)
    neck_params = NECKS[neck](**neck_kw)
    strides = [v.stride for v in lv.values()]
    strides += [strides[-1] * 2 ** (j + 1) for j in range(extra_levels)]
    head_kw: dict[str, Any] = {
        "num_classes": num_classes,
        "num_convs": num_convs,
        "width": width or channels,
        "act": Act(act),
        "anchor_stride": AnchorStride(anchor_stride),
        "norm_groups": norm_groups,
    }
    if norm is not None:
        head_kw["norm"] = Norm(norm)
    if head == "retinanet":
        head_kw["anchor_sizes"] = tuple(float(anchor_size_per_stride * s) for s in strides)
        head_params: Any = RetinaNetHeadParams(**head_kw)
    else:
        head_params = FCOSHeadParams(**head_kw)
    nodes = (
        Node("neck", neck, tuple(lv), neck_params),
        Node("head", heads_[head], ("neck",), head_params),
    )
    outputs = {"cls_logits": "head.cls_logits", "bbox_regression": "head.bbox_regression"}
    if head == "fcos":
        outputs["bbox_ctrness"] = "head.bbox_ctrness"
    return HeadSpec(Task.DETECTION, lv, nodes, outputs, name)


@register_preset("retinanet", task=Task.DETECTION)
def retinanet_preset(in_features=None, num_classes: int = 91) -> HeadSpec:
    """torchvision's retinanet_resnet50_fpn head: FPN 256 with P6/P7 from P5, 4-conv towers, 9 anchors."""
    return detection_spec(
        in_features,
        num_classes,
        head="retinanet",
        anchor_stride=AnchorStride.IMAGE_OVER_FEATURE,
        name="retinanet",
    )


@register_preset("fcos", task=Task.DETECTION)
def fcos_preset(in_features=None, num_classes: int = 91) -> HeadSpec:
    """torchvision's fcos_resnet50_fpn head: FPN 256 with P6/P7 from P5, 4-conv GroupNorm towers."""
    return detection_spec(
        in_features,
        num_classes,
        head="fcos",
        norm_groups=32,
        anchor_stride=AnchorStride.IMAGE_OVER_FEATURE,
        name="fcos",
    )


@register_preset("fpn", task=Task.DETECTION)
def fpn_preset(in_features=None, num_classes: int = 91, width: int = 128) -> HeadSpec:
    """torchvision's resnet_fpn_backbone FPN (C2-C5, 256, max-pooled P6) with a light 2-conv FCOS head."""
    return detection_spec(
        in_features or RESNET50_ALL_LEVELS,
        num_classes,
        head="fcos",
        num_levels=4,
        min_stride=4,
        extra_levels=1,
        extra_mode=ExtraLevel.MAXPOOL,
        num_convs=2,
        width=width,
        name="fpn",
    )


@register_preset("fcos_lite", task=Task.DETECTION)
def fcos_lite_preset(in_features=None, num_classes: int = 91, channels: int = 64) -> HeadSpec:
    """A small backbone's FCOS head: FPN over strides 8/16/32 at 64 channels, 2-conv towers."""
    return detection_spec(
        in_features or LITE0_LEVELS,
        num_classes,
        channels=channels,
        extra_levels=0,
        num_convs=2,
        name="fcos_lite",
    )


@register_preset("fcos_pan_lite", task=Task.DETECTION)
def fcos_pan_lite_preset(in_features=None, num_classes: int = 91, channels: int = 64) -> HeadSpec:
    """FCOS over a PAN neck (strides 8/16/32, 64 channels, batch norm), 2-conv towers."""
    return detection_spec(
        in_features or LITE0_LEVELS,
        num_classes,
        neck="pan",
        channels=channels,
        extra_levels=0,
        num_convs=2,
        name="fcos_pan_lite",
    )


@register_preset("fcos_bifpn_lite", task=Task.DETECTION)
def fcos_bifpn_lite_preset(in_features=None, num_classes: int = 91, channels: int = 64) -> HeadSpec:
    """FCOS over two BiFPN layers (strides 8/16/32, 64 channels), 2-conv towers."""
    return detection_spec(
        in_features or LITE0_LEVELS,
        num_classes,
        neck="bifpn",
        channels=channels,
        extra_levels=0,
        bifpn_repeats=2,
        num_convs=2,
        name="fcos_bifpn_lite",
    )


@register_preset("retinanet_lite", task=Task.DETECTION)
def retinanet_lite_preset(in_features=None, num_classes: int = 91, channels: int = 64) -> HeadSpec:
    """A small backbone's RetinaNet head: FPN over strides 8/16/32 at 64 channels, 2-conv towers."""
    return detection_spec(
        in_features or LITE0_LEVELS,
        num_classes,
        head="retinanet",
        channels=channels,
        extra_levels=0,
        num_convs=2,
        name="retinanet_lite",
    )


@register_preset("fcos_instance", task=Task.DETECTION)
def fcos_instance_preset(
    in_features=None, num_classes: int = 91, channels: int = 64, mask_channels: int = 64
) -> HeadSpec:
    """fcos_lite with an instance mask head (RoIAlign on the pyramid, 2 convs, 28x28 masks);
    masks come from the detections with heads.instance_masks."""
    spec = fcos_lite_preset(in_features, num_classes, channels)
    masks = Node(
        "masks",
        "instance_mask_head",
        ("neck",),
        InstanceMaskParams(num_classes, channels=mask_channels, num_convs=2),
    )
    outputs = {**spec.output_map, "aux_mask_levels": "masks"}
    return HeadSpec(spec.task, spec.inputs, (*spec.nodes, masks), outputs, "fcos_instance")


class DetectionHead(GraphHead):
    """A detection head: a feature pyramid neck and a dense RetinaNet or FCOS head.

    Args:
        in_features: the backbone's levels (see :func:`heads.base.normalize_in_features`).
        num_classes: classes ``K``.
        preset: a detection preset (``fcos_lite``, ``retinanet``, ``fcos`` ...), or use
            ``**options`` of :func:`detection_spec` with ``preset=None``.

    Shape:
        a list or dict of levels ``(N, C_i, H_i, W_i)`` -> ``{"cls_logits": (N, M, K),
        "bbox_regression": (N, M, 4)[, "bbox_ctrness": (N, M, 1)]}``

    Example:
        >>> head = DetectionHead(LITE0_LEVELS, num_classes=3)
        >>> xs = [torch.randn(2, c, 128 // s, 128 // s) for c, s in ((40, 8), (112, 16), (320, 32))]
        >>> head(xs)["cls_logits"].shape
        torch.Size([2, 336, 3])
    """

    def __init__(
        self,
        in_features: Any = None,
        num_classes: int = 91,
        preset: str | None = "fcos_lite",
        **options: Any,
    ) -> None:
        super().__init__()
        if in_features is not None:
            self.build_head(in_features, {"num_classes": num_classes, "preset": preset, **options})

    def build_head(self, in_features: Any, config: Any) -> None:
        """Build from a spec, or a dict with ``preset`` (and its options) or spec options."""
        if isinstance(config, HeadSpec):
            self._build(config)
            return
        opts = dict(config or {})
        preset = opts.pop("preset", None)
        if preset is None:
            self._build(detection_spec(in_features, **opts))
        else:
            self._build(resolve_spec(preset, in_features, **opts))


# ---------------------------------------------------------------------------------------------
# What post-processing reads from a spec
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DenseLevel:
    """One level of a dense head: its stride and anchors per location."""

    name: str
    stride: int
    num_anchors: int


def dense_head_node(spec: HeadSpec) -> Node:
    """The dense head node that gives the spec's ``cls_logits``: a node whose block registers
    dense-head operations (:class:`heads.registry.DenseOps`).

    Raises:
        SpecError: when the spec has no ``cls_logits`` from such a head.
    """
    ref = spec.output_map.get("cls_logits")
    if ref is None:
        raise SpecError("a detection spec needs a 'cls_logits' output", field="outputs")
    src = ref.partition(".")[0]
    node = spec.node(src) if src in {n.name for n in spec.nodes} else None
    if node is None or get_block(node.block, node=node.name).dense is None:
        dense = ", ".join(b.name for b in list_blocks() if b.dense is not None)
        raise SpecError(
            f"'cls_logits' must come from a dense head ({dense}), got {ref!r}",
            field="outputs.cls_logits",
        )
    return node


@dataclass(frozen=True)
class DenseHeadOps:
    """A spec's dense head with the operations its block registers, bound to its levels: what
    decoding, losses and training need (use :func:`dense_head_ops`).

    Attributes:
        spec: the spec.
        node: the dense head node.
        ops: its block's :class:`heads.registry.DenseOps`.
        levels: the head's levels (stride, anchors per location) in output order.
    """

    spec: HeadSpec
    node: Node
    ops: DenseOps
    levels: tuple[DenseLevel, ...]

    @property
    def strides(self) -> list[int]:
        """Each level's stride in the spec."""
        return [lv.stride for lv in self.levels]

    @property
    def anchor_stride(self) -> AnchorStride:
        """How anchors are spaced on each level (:class:`heads.params.AnchorStride`)."""
        return AnchorStride(self.ops.anchor_stride(self.node.params))

    def box_coder(self) -> Any:
        """The box coder the head's regressions are decoded with."""
        return self.ops.box_coder(self.node.params)

    def cell_anchors(self) -> list[Tensor]:
        """Each level's zero-centred anchors ``(A_l, 4)``."""
        return list(self.ops.cell_anchors(self.node.params, self.strides))

    def num_anchors_per_level(self, feature_sizes: Sequence[Sequence[int]]) -> list[int]:
        """``H_l * W_l * A_l`` per level (how the outputs' ``M`` splits into levels)."""
        self._check(feature_sizes)
        return [int(h) * int(w) * lv.num_anchors for (h, w), lv in zip(feature_sizes, self.levels)]

    def anchors(
        self,
        feature_sizes: Sequence[Sequence[int]],
        dtype: torch.dtype = torch.float32,
        device: torch.device | str | None = None,
        *,
        input_size: Sequence[int] | None = None,
    ) -> list[Tensor]:
        """Every level's anchors (``xyxy`` pixels) in the order the head predicts; see
        :func:`anchors_for`."""
        from heads.anchors import grid_anchors, level_strides

        self._check(feature_sizes)
        if self.ops.grid is not None:  # anchors that are not cells on a stride grid (SSD)
            if input_size is None:
                finest = min(range(len(self.strides)), key=lambda i: self.strides[i])
                h, w = feature_sizes[finest]
                input_size = (int(h) * self.strides[finest], int(w) * self.strides[finest])
            grid = self.ops.grid(self.node.params, feature_sizes, self.strides, input_size)
            return [a.to(dtype=dtype, device=device) for a in grid]
        cells = [c.to(dtype=dtype, device=device) for c in self.cell_anchors()]
        spacing = level_strides(feature_sizes, self.strides, self.anchor_stride, input_size)
        return grid_anchors(feature_sizes, spacing, cells)

    def loss(
        self,
        outputs: Mapping[str, Tensor],
        targets: Sequence[Mapping[str, Tensor]],
        feature_sizes: Sequence[Sequence[int]],
        *,
        input_size: Sequence[int] | None = None,
        **options: Any,
    ) -> dict[str, Tensor]:
        """The head's training loss terms (see :func:`detection_loss`)."""
        cls_logits = outputs["cls_logits"]
        anchors = torch.cat(
            self.anchors(feature_sizes, torch.float32, cls_logits.device, input_size=input_size)
        )
        if anchors.shape[0] != cls_logits.shape[1]:
            raise ValueError(
                f"the outputs have {cls_logits.shape[1]} predictions per image but feature sizes "
                f"{list(map(tuple, feature_sizes))} give {anchors.shape[0]}"
            )
        counts = self.num_anchors_per_level(feature_sizes)
        params = self.node.params
        return self.ops.loss(
            params, dict(outputs), anchors, counts, targets, self.box_coder(), **options
        )

    def decode(
        self,
        outputs: Mapping[str, Tensor],
        feature_sizes: Sequence[Sequence[int]] | None,
        image_sizes: Sequence[Sequence[int]],
        *,
        input_size: Sequence[int] | None = None,
        **options: Any,
    ) -> list[dict[str, Tensor]]:
        """Detections per image (see :func:`decode_detections`)."""
        from heads.postprocess import decode_dense

        if self.ops.decoder is not None:  # the block's own decoding (SSD's softmax, per class)
            function, constants = self.ops.decoder(self.node.params, self.strides)
            return function(
                outputs, image_sizes, feature_sizes, input_size=input_size, **constants, **options
            )
        return decode_dense(
            outputs,
            image_sizes,
            feature_sizes,
            strides=self.strides,
            cell_anchors=self.cell_anchors(),
            coder=self.box_coder(),
            anchor_stride=self.anchor_stride,
            input_size=input_size,
            **options,
        )

    def _check(self, feature_sizes: Sequence[Sequence[int]]) -> None:
        if len(feature_sizes) != len(self.levels):
            raise ValueError(
                f"expected {len(self.levels)} feature sizes (one per head level), got "
                f"{len(feature_sizes)}"
            )


def dense_head_ops(spec: HeadSpec) -> DenseHeadOps:
    """The spec's dense head and its block's operations: levels, anchors, box coder, loss and
    decoding, for training loops and post-processing.

    Example:
        >>> import heads
        >>> ops = dense_head_ops(heads.get_preset("retinanet_lite", num_classes=3))
        >>> ops.strides, [lv.num_anchors for lv in ops.levels], type(ops.box_coder()).__name__
        ([8, 16, 32], [9, 9, 9], 'DeltaBoxCoder')
        >>> ops.num_anchors_per_level([(8, 8), (4, 4), (2, 2)])
        [576, 144, 36]
    """
    node = dense_head_node(spec)
    block = get_block(node.block)
    step = plan(spec).step(node.name)
    a = block.dense.num_anchors(node.params)
    per_level = [a] * len(step.input_types) if isinstance(a, int) else list(a)
    levels = tuple(DenseLevel(t.name, t.stride, n) for t, n in zip(step.input_types, per_level))
    return DenseHeadOps(spec, node, block.dense, levels)


def head_levels(spec: HeadSpec) -> list[DenseLevel]:
    """Each dense-head level's name, stride and anchors per location, in output order.

    Example:
        >>> import heads
        >>> [(l.stride, l.num_anchors) for l in head_levels(heads.get_preset("retinanet"))]
        [(8, 9), (16, 9), (32, 9), (64, 9), (128, 9)]
    """
    return list(dense_head_ops(spec).levels)


def feature_sizes_for(spec: HeadSpec, image_size: int | Sequence[int]) -> list[tuple[int, int]]:
    """``(ceil(H / stride), ceil(W / stride))`` for each dense-head level."""
    h, w = (
        (image_size, image_size)
        if isinstance(image_size, int)
        else (int(image_size[0]), int(image_size[1]))
    )
    return [(math.ceil(h / lv.stride), math.ceil(w / lv.stride)) for lv in head_levels(spec)]


def num_anchors_per_level(spec: HeadSpec, feature_sizes: Sequence[Sequence[int]]) -> list[int]:
    """``H_l * W_l * A_l`` per dense-head level (how the outputs' ``M`` splits into levels)."""
    return dense_head_ops(spec).num_anchors_per_level(feature_sizes)


def cell_anchors_for(spec: HeadSpec) -> list[Tensor]:
    """The zero-centred anchors of one location of each dense-head level, from the head's
    block (RetinaNet: its anchor sizes, scales per octave and aspect ratios; FCOS: one square
    anchor ``anchor_scale * stride`` wide, torchvision's FCOS anchors).

    Shape:
        one ``(A_l, 4)`` tensor per level, ``xyxy``.
    """
    return dense_head_ops(spec).cell_anchors()


def anchor_stride_of(spec: HeadSpec) -> AnchorStride:
    """The dense head's anchor spacing rule (:class:`heads.params.AnchorStride`)."""
    return dense_head_ops(spec).anchor_stride


def anchors_for(
    spec: HeadSpec,
    feature_sizes: Sequence[Sequence[int]],
    dtype: torch.dtype = torch.float32,
    device: torch.device | str | None = None,
    *,
    input_size: Sequence[int] | None = None,
) -> list[Tensor]:
    """The anchors of every dense-head level (``xyxy`` pixels), in the order the head predicts.

    Cell anchors come from :func:`cell_anchors_for`; they are spaced on each level by the
    head's ``anchor_stride`` rule: the spec's strides, or torchvision's
    ``input_size // feature_size`` (:func:`heads.anchors.level_strides`).

    Args:
        spec: the head's spec.
        feature_sizes: ``(H_l, W_l)`` per head level.
        dtype, device: of the anchors.
        input_size: ``(H, W)`` of the padded input the backbone ran on (read by the
            ``image_over_feature`` rule; default: the finest level's size times its stride).

    Shape:
        one ``(H_l * W_l * A_l, 4)`` tensor per level.
    """
    return dense_head_ops(spec).anchors(feature_sizes, dtype, device, input_size=input_size)


def box_coder_for(spec: HeadSpec) -> Any:
    """The box coder the dense head's regressions are decoded with (the block's: RetinaNet
    ``DeltaBoxCoder(box_weights)``, FCOS ``LTRBBoxCoder(normalize_by_size=True)``)."""
    return dense_head_ops(spec).box_coder()


def decode_detections(
    spec: HeadSpec,
    outputs: Mapping[str, Tensor],
    feature_sizes: Sequence[Sequence[int]] | None,
    image_sizes: Sequence[Sequence[int]],
    *,
    input_size: Sequence[int] | None = None,
    score_threshold: float = 0.05,
    topk_candidates: int = 1000,
    suppression: Any = "class_aware",
    iou_threshold: float = 0.5,
    detections_per_img: int = 300,
    **options: Any,
) -> list[dict[str, Tensor]]:
    """Boxes, scores and labels per image from a detection head's outputs.

    Reads the head's levels, anchors, anchor spacing rule and box coder from ``spec`` and calls
    :func:`heads.postprocess.decode_dense` (see ``docs/tasks.md``, Detection operations).

    Args:
        spec: the head's spec.
        outputs: the head's output dict.
        feature_sizes: ``(H_l, W_l)`` per head level; ``None`` derives them from
            ``input_size`` (:func:`feature_sizes_for`).
        image_sizes: ``(H, W)`` of each image (boxes are clipped to it).
        input_size: ``(H, W)`` of the padded batch the backbone ran on; default: the largest
            image size (torchvision's ``ImageList.tensors`` size, for its own transform).
            Heads with torchvision's anchor spacing (``anchor_stride="image_over_feature"``)
            place their anchors by it.
        score_threshold, topk_candidates, suppression, iou_threshold, detections_per_img:
            passed to ``postprocess_detections`` (the defaults are torchvision's RetinaNet
            settings: class-aware NMS at IoU 0.5, 1000 candidates per level, 300 boxes;
            torchvision's FCOS uses score 0.2, IoU 0.6 and 100 boxes).
        **options: further ``postprocess_detections`` options (``sigma``, ``matrix_decay``).

    Returns:
        one dict per image: ``boxes (D, 4)`` xyxy pixels, ``scores (D,)``, ``labels (D,)``.

    Raises:
        ValueError: when the outputs' ``M`` does not match the feature sizes.
    """
    return dense_head_ops(spec).decode(
        outputs,
        feature_sizes,
        image_sizes,
        input_size=input_size,
        score_threshold=score_threshold,
        topk_candidates=topk_candidates,
        suppression=suppression,
        iou_threshold=iou_threshold,
        detections_per_img=detections_per_img,
        **options,
    )


def detection_loss(
    spec: HeadSpec,
    outputs: Mapping[str, Tensor],
    targets: Sequence[Mapping[str, Tensor]],
    feature_sizes: Sequence[Sequence[int]],
    *,
    input_size: Sequence[int] | None = None,
    **options: Any,
) -> dict[str, Tensor]:
    """The training loss of a detection head, with anchors, box coder and the block's loss
    options (FCOS's centre sampling radius) read from ``spec``.

    Calls the dense head block's loss (:func:`heads.losses.detection.retinanet_loss` or
    :func:`heads.losses.detection.fcos_loss`; see ``docs/tasks.md``, Detection operations).

    Args:
        spec: the head's spec.
        outputs: the head's output dict.
        targets: per image ``boxes (G, 4)`` xyxy pixels and ``labels (G,)``.
        feature_sizes: ``(H_l, W_l)`` per head level (:func:`feature_sizes_for`).
        input_size: ``(H, W)`` of the padded batch (see :func:`anchors_for`).
        **options: further options of the loss (``box_loss``, ``size_ranges``, ``matcher`` ...).

    Returns:
        the loss terms: ``classification``, ``bbox_regression`` (and ``bbox_ctrness``).
    """
    return dense_head_ops(spec).loss(
        outputs, targets, feature_sizes, input_size=input_size, **options
    )


def instance_masks(
    spec: HeadSpec,
    head: nn.Module,
    outputs: Mapping[str, Any],
    detections: Sequence[Mapping[str, Tensor]],
    image_sizes: Sequence[Sequence[int]],
) -> list[dict[str, Tensor]]:
    """Each image's detections with ``masks (R_i, 1, H, W)`` (probabilities at image size)
    from the spec's instance mask node (a block with :class:`heads.registry.InstanceOps`).

    Args:
        spec: the head's spec.
        head: the head module (a :class:`~heads.graph.GraphHead` or an exported head: its
            attribute of the node's name holds the mask head).
        outputs: the head's outputs (the mask node's, the levels it pools from, among them).
        detections: per image ``boxes (R_i, 4)`` image pixels and ``labels (R_i,)``
            (:func:`decode_detections`).
        image_sizes: ``(H, W)`` per image.

    Raises:
        SpecError: when the spec has no instance mask node whose outputs are an output.

    Example:
        >>> import torch, heads
        >>> spec = heads.get_preset("fcos_instance", num_classes=3, channels=16, mask_channels=8)
        >>> head = heads.GraphHead(spec).eval()
        >>> feats = [torch.randn(1, c, 64 // s, 64 // s) for c, s in ((40, 8), (112, 16), (320, 32))]
        >>> out = head(feats)
        >>> dets = decode_detections(spec, out, None, [(64, 64)], score_threshold=0.0, detections_per_img=5)
        >>> instance_masks(spec, head, out, dets, [(64, 64)])[0]["masks"].shape
        torch.Size([5, 1, 64, 64])
    """
    node, key = instance_node(spec)
    ops = get_block(node.block).instance
    sizes = [(int(h), int(w)) for h, w in image_sizes]
    return ops.predict(getattr(head, node.name), outputs[key], list(detections), sizes)


def instance_node(spec: HeadSpec) -> tuple[Node, str]:
    """The spec's instance mask node and the output key that carries its outputs.

    Raises:
        SpecError: when the spec has no such node, or more than one, or its outputs are not an
            output of the head.

    Example:
        >>> import heads
        >>> node, key = instance_node(heads.get_preset("fcos_instance", num_classes=3))
        >>> node.name, key
        ('masks', 'aux_mask_levels')
    """
    found = [n for n in spec.nodes if get_block(n.block, node=n.name).instance is not None]
    keys = {src: key for key, src in spec.outputs if src in {n.name for n in found}}
    if len(found) != 1 or found[0].name not in keys:
        takers = ", ".join(b.name for b in list_blocks() if b.instance is not None)
        raise SpecError(
            f"the spec needs one instance mask node ({takers}) whose outputs are an output "
            "of the head (aux_mask_levels: <node>)",
            field="outputs",
        )
    return found[0], keys[found[0].name]


def has_instance_masks(spec: HeadSpec) -> bool:
    """Whether ``spec`` has a node whose masks are made after decoding (see :func:`instance_node`).

    Example:
        >>> import heads
        >>> has_instance_masks(heads.get_preset("fcos_instance")), has_instance_masks(heads.get_preset("fcos_lite"))
        (True, False)
    """
    return any(get_block(n.block, node=n.name).instance is not None for n in spec.nodes)


def instance_mask_logits(
    spec: HeadSpec,
    head: nn.Module,
    outputs: Mapping[str, Any],
    boxes: Sequence[Tensor],
    image_sizes: Sequence[Sequence[int]],
) -> Tensor:
    """Mask logits ``(sum R_i, K, M, M)`` of given boxes (image pixels, one ``(R_i, 4)`` per
    image), for training: the instance node's :class:`heads.registry.InstanceOps` ``logits``.

    Args:
        spec, head, outputs, image_sizes: as :func:`instance_masks`.
        boxes: per image ``(R_i, 4)`` boxes ``(x1, y1, x2, y2)`` (ground-truth boxes, for one).

    Example:
        >>> import torch, heads
        >>> spec = heads.get_preset("fcos_instance", num_classes=3, channels=16, mask_channels=8)
        >>> head = heads.GraphHead(spec)
        >>> out = head([torch.randn(2, c, 64 // s, 64 // s) for c, s in ((40, 8), (112, 16), (320, 32))])
        >>> boxes = [torch.tensor([[4.0, 4.0, 30.0, 40.0]]), torch.zeros(0, 4)]
        >>> instance_mask_logits(spec, head, out, boxes, [(64, 64)] * 2).shape
        torch.Size([1, 3, 28, 28])
    """
    node, key = instance_node(spec)
    ops = get_block(node.block).instance
    sizes = [(int(h), int(w)) for h, w in image_sizes]
    return ops.logits(getattr(head, node.name), outputs[key], list(boxes), sizes)


# ---------------------------------------------------------------------------------------------
# Weight transplant from torchvision
# ---------------------------------------------------------------------------------------------


def _torchvision_parts(module: nn.Module) -> list[tuple[str, nn.Module, str]]:
    """``(kind, module, what)`` for each transplantable part of a torchvision module."""
    from torchvision.models.detection import FCOS, RetinaNet
    from torchvision.models.detection.fcos import FCOSHead as TVFCOSHead
    from torchvision.models.detection.retinanet import RetinaNetHead as TVRetinaNetHead
    from torchvision.models.detection.ssd import SSD
    from torchvision.models.detection.ssd import SSDHead as TVSSDHead
    from torchvision.models.detection.ssdlite import SSDLiteHead as TVSSDLiteHead
    from torchvision.ops import FeaturePyramidNetwork

    if isinstance(module, SSD):  # its backbone holds the extra layers: only the head moves
        return [("ssd_head", module.head, "head.")]
    if isinstance(module, TVSSDHead | TVSSDLiteHead):
        return [("ssd_head", module, "")]
    if isinstance(module, RetinaNet | FCOS):
        kind = "retinanet_head" if isinstance(module, RetinaNet) else "fcos_head"
        return [("fpn", module.backbone.fpn, "backbone.fpn."), (kind, module.head, "head.")]
    if isinstance(module, FeaturePyramidNetwork):
        return [("fpn", module, "")]
    if isinstance(getattr(module, "fpn", None), FeaturePyramidNetwork):  # BackboneWithFPN
        return [("fpn", module.fpn, "fpn.")]
    if isinstance(module, TVRetinaNetHead):
        return [("retinanet_head", module, "")]
    if isinstance(module, TVFCOSHead):
        return [("fcos_head", module, "")]
    raise TypeError(
        "expected a torchvision RetinaNet, FCOS, SSD, RetinaNetHead, FCOSHead, SSDHead, "
        f"SSDLiteHead, FeaturePyramidNetwork or BackboneWithFPN, got {type(module).__name__}"
    )


def _target_node(spec: HeadSpec, kind: str) -> tuple[str, str, TransplantRule]:
    """The node that receives a torchvision part of ``kind``, its sub-module prefix and its
    block's transplant rule (blocks declare what they take, :class:`heads.registry.TransplantRule`)."""
    found = []
    for n in spec.nodes:
        rule = get_block(n.block).transplant
        if rule is not None and rule.source == kind:
            found.append((n.name, f"{n.name}.{rule.prefix}", rule))
    if len(found) != 1:
        blocks = ", ".join(f"{n.name} ({n.block})" for n in spec.nodes)
        takers = ", ".join(
            b.name for b in list_blocks() if b.transplant and b.transplant.source == kind
        )
        raise ValueError(
            f"the spec needs exactly one node that takes torchvision's {kind} weights "
            f"({takers}); it has: {blocks}"
        )
    return found[0]


#: Layer settings that decide what a layer computes beyond its weights' shapes: a transplant
#: refuses to load weights into a layer whose settings differ from the source's.
_COMPUTES: tuple[tuple[type[nn.Module], tuple[str, ...]], ...] = (
    (nn.Conv2d, ("stride", "padding", "dilation", "groups", "padding_mode")),
    (nn.GroupNorm, ("num_groups", "eps", "affine")),
    (nn.BatchNorm2d, ("eps",)),
    (nn.LayerNorm, ("normalized_shape", "eps")),
)


def _layer_mismatch(src: nn.Module, dst: nn.Module) -> str | None:
    """How ``dst`` computes something else than ``src`` (``None`` when it does not)."""
    for cls, attrs in _COMPUTES:
        if isinstance(src, cls):
            if not isinstance(dst, cls):
                return f"{type(src).__name__} here, {type(dst).__name__} in the head"
            diff = [
                f"{a}={getattr(src, a)!r} here, {getattr(dst, a)!r} in the head"
                for a in attrs
                if getattr(src, a) != getattr(dst, a)
            ]
            return "; ".join(diff) or None
    return None


def _adopt_settings(
    spec: HeadSpec, node: str, rule: TransplantRule, part: nn.Module
) -> tuple[HeadSpec, list[str]]:
    """``spec`` with the node's parameters that the block sets from the source (a group
    count), and the parameters that must already equal the source's as problems."""
    if rule.settings is None:
        return spec, []
    params = spec.node(node).params
    adopt, need = rule.settings(part, params)
    changed = {k: v for k, v in adopt.items() if getattr(params, k) != v}
    if changed:
        spec = spec.with_params(node, **changed)
    problems = []
    for name, want in need.items():
        have = getattr(params, name)
        if have != want:
            problems.append(
                f"node '{node}': {name} is {getattr(have, 'value', have)!r} but the torchvision "
                f"module computes {name}={getattr(want, 'value', want)!r}; set it in the spec"
            )
    return spec, problems


def transplant_from_torchvision(spec_or_head: Any, torchvision_module: nn.Module) -> GraphHead:
    """Copy a torchvision detection model's FPN and head weights into a head of this library.

    Accepts a whole ``RetinaNet`` or ``FCOS`` model (its ``backbone.fpn`` and ``head``), a
    ``BackboneWithFPN`` or ``FeaturePyramidNetwork`` (the spec's ``fpn``/``pan`` node), or a
    ``RetinaNetHead`` / ``FCOSHead`` (the spec's dense head node). Every weight of the
    torchvision part must land on a parameter of the same shape, and every parameter of the
    receiving nodes must be filled (conv biases torchvision leaves out are set to zero), so
    that the head's outputs then equal torchvision's.

    Weights are never loaded into a layer that computes something else: the receiving layers'
    settings (conv strides and padding, group norm group counts, norm epsilons) must equal the
    source's, and so must the design choices the source implies (extra pyramid levels, the
    towers' ReLU). Given a spec, the group norms' group count is taken from the source
    (torchvision's heads use ``GroupNorm(32, C)``; the library's default keeps two channels
    per group, so at 32 channels they differ); given a built head, a different count is refused.

    Args:
        spec_or_head: a :class:`~heads.graph.GraphHead` (changed in place), a spec or a preset
            name (a new head is built).
        torchvision_module: the torchvision module to copy from.

    Returns:
        the head holding the copied weights (its ``spec`` has the source's group count).

    Raises:
        ValueError: naming the keys that do not match (missing, unexpected or of another shape)
            and the layers or parameters that would compute something else.
    """
    parts = _torchvision_parts(torchvision_module)
    problems: list[str] = []
    if isinstance(spec_or_head, GraphHead):
        head = spec_or_head
    else:
        spec = resolve_spec(spec_or_head)
        for kind, part, _ in parts:
            node, _, rule = _target_node(spec, kind)
            spec, found = _adopt_settings(spec, node, rule, part)
            problems += found
        head = GraphHead(spec)
    target = head.state_dict()
    new: dict[str, Tensor] = {}
    prefixes = []
    layers: dict[str, tuple[str, nn.Module]] = {}  # head module path -> (source path, source)
    for kind, part, where in parts:
        node, prefix, rule = _target_node(head.spec, kind)
        if isinstance(spec_or_head, GraphHead):
            problems += _adopt_settings(head.spec, node, rule, part)[1]
        prefixes.append(prefix)
        key_rules = rule.rules()
        for key, value in part.state_dict().items():
            for pattern, fn in key_rules:
                m = re.fullmatch(pattern, key)
                if m:
                    dst = prefix + fn(m)
                    break
            else:
                problems.append(f"{where}{key}: no counterpart in node '{node}'")
                continue
            if dst not in target:
                problems.append(f"{where}{key} -> {dst}: node '{node}' has no such weight")
            elif target[dst].shape != value.shape:
                problems.append(
                    f"{where}{key} -> {dst}: shape {tuple(value.shape)} != {tuple(target[dst].shape)}"
                )
            else:
                new[dst] = value
                src_path = key.rpartition(".")[0]
                layers[dst.rpartition(".")[0]] = (where + src_path, part.get_submodule(src_path))
    for dst_path, (src_path, src) in layers.items():
        reason = _layer_mismatch(src, head.get_submodule(dst_path))
        if reason:
            problems.append(
                f"{src_path} -> {dst_path}: computes something else ({reason}); give the node "
                "the source's settings (norm_groups for a group count), or pass the spec and "
                "let the transplant set them"
            )
    for key, value in target.items():
        if any(key.startswith(p) for p in prefixes) and key not in new:
            if key.endswith("conv.bias"):
                new[key] = torch.zeros_like(value)  # torchvision's conv before a norm has no bias
            else:
                problems.append(f"{key}: not filled by the torchvision module")
    if problems:
        raise ValueError("cannot transplant the weights:\n  " + "\n  ".join(problems))
    head.load_state_dict({**target, **new}, strict=True)
    return head


__all__ = [
    "LITE0_LEVELS", "RESNET50_ALL_LEVELS", "RESNET50_LEVELS", "DenseHeadOps", "DenseLevel",
    "DetectionHead", "dense_head_ops",
    "anchor_stride_of", "anchors_for", "box_coder_for", "cell_anchors_for", "decode_detections", "dense_head_node", "detection_loss",
    "detection_spec",
    "feature_sizes_for", "has_instance_masks", "head_levels", "instance_mask_logits", "instance_masks", "instance_node", "num_anchors_per_level", "pick_levels",
    "transplant_from_torchvision",
]  # fmt: skip

#: The name ``heads`` exports :func:`transplant_from_torchvision` under (the segmentation
#: module's function of the same name takes segmentation models).
transplant_detection_from_torchvision = transplant_from_torchvision
__all__ += ["transplant_detection_from_torchvision"]
