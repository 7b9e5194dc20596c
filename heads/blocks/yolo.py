"""The YOLOv8-style detection head: decoupled per-level branches, DFL box distributions,
task-aligned assignment; and its preset ``yolo_lite``.

The head reads any number of ``MAP`` levels (their channels may differ) and returns, levels
concatenated in order, ``cls_logits (N, M, K)``, ``bbox_regression (N, M, 4)`` (each side's
expected distance in strides) and ``bbox_distribution (N, M, 4 * reg_max)`` (the bins' logits),
which a spec exposes as ``aux_bbox_distribution`` for the DFL loss. One location per pixel
(``M = sum(H_l * W_l)``); its anchor is a square one stride wide centred on the pixel's centre,
``((x + 0.5) s, (y + 0.5) s)`` as in YOLOv8, so the library's LTRB coder, top-k and suppression
decode it unchanged. The module lives in :mod:`heads.modules.yolo`; the assigner and loss in
:mod:`heads.assigners` and :mod:`heads.losses.yolo`; this description imports no torch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heads.blocks.detection import PANParams
from heads.blocks.detection import _check_levels as check_levels
from heads.params import Act, AnchorStride, Norm
from heads.registry import (
    LEVELS,
    DenseOps,
    Ports,
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
    Task,
    TensorType,
    param,
)


@dataclass(frozen=True)
class YOLOHeadParams:
    """YOLOv8-style decoupled head with distribution focal loss box regression."""

    num_classes: int = param(80, min=1, max=100000, doc="number of classes")
    reg_max: int = param(
        16, min=2, max=64, doc="bins per box side (DFL); distances reach reg_max - 1 strides"
    )
    num_convs: int = param(2, min=0, max=8, doc="3x3 convs in each branch")
    box_width: int = param(
        0, min=0, max=4096, doc="box branch width (0: YOLOv8's max(16, C/4, 4 * reg_max))"
    )
    cls_width: int = param(
        0, min=0, max=4096, doc="class branch width (0: YOLOv8's max(C, min(K, 100)))"
    )
    norm: Norm = param(Norm.BATCH, doc="branch norm")
    act: Act = param(Act.SILU, doc="branch activation")
    prior_objects: float = param(
        5.0, min=0.01, max=10000.0, doc="class bias at the start: objects per 640x640 image"
    )


def branch_widths(p: YOLOHeadParams, channels: int) -> tuple[int, int]:
    """``(box_width, cls_width)``: the parameters', or YOLOv8's rule from the first level's
    channels ``C`` when 0.

    Example:
        >>> branch_widths(YOLOHeadParams(num_classes=3), 64)
        (64, 64)
    """
    box = p.box_width or max(16, channels // 4, 4 * p.reg_max)
    cls = p.cls_width or max(channels, min(p.num_classes, 100))
    return box, cls


def _one_anchor(p: YOLOHeadParams) -> int:
    return 1


def _centred_cells(p: YOLOHeadParams, strides: Sequence[int]) -> list:
    # one anchor a stride wide whose centre is the pixel's centre, ((x + 0.5) s, (y + 0.5) s)
    import torch

    return [torch.tensor([[0.0, 0.0, float(s), float(s)]]) for s in strides]


def _ltrb_coder(p: YOLOHeadParams) -> Any:
    from heads.box_coding import LTRBBoxCoder

    return LTRBBoxCoder(normalize_by_size=True)


def _yolo_loss(p: YOLOHeadParams, outputs, anchors, counts, targets, coder, **options) -> dict:
    from heads.losses.yolo import yolo_loss

    return yolo_loss(outputs, anchors, targets, reg_max=p.reg_max, coder=coder, **options)


def _spec_stride(p: YOLOHeadParams) -> AnchorStride:
    return AnchorStride.SPEC


#: YOLO: one location per pixel at its centre, distances to the box edges in strides, TAL loss.
YOLO_OPS = DenseOps(_one_anchor, _centred_cells, _ltrb_coder, _yolo_loss, _spec_stride)


@register_block(
    "yolo_head",
    params=YOLOHeadParams,
    module="heads.modules.yolo:YOLOHead",
    multi_input=True,
    tasks=[Task.DETECTION],
    role="head",
    ports=Ports(LEVELS.inputs, ("cls_logits", "bbox_regression", "bbox_distribution")),
    dense=YOLO_OPS,
)
def _plan_yolo_head(inputs: tuple[TensorType, ...], p: YOLOHeadParams) -> BlockPlan:
    """YOLOv8-style head: decoupled per-level class and box branches, DFL box distributions."""
    check_levels(inputs, ratio2=False)
    strides = [t.stride for t in inputs]
    box, cls = branch_widths(p, inputs[0].channels)
    kwargs = {
        "in_channels": tuple(t.channels for t in inputs),
        "strides": tuple(strides),
        "num_classes": p.num_classes,
        "reg_max": p.reg_max,
        "box_width": box,
        "cls_width": cls,
        "num_convs": p.num_convs,
        "norm": Norm(p.norm).value,
        "act": Act(p.act).value,
        "prior_objects": p.prior_objects,
    }
    outputs = (
        TensorType(Kind.DENSE, p.num_classes, 0, "cls_logits"),
        TensorType(Kind.DENSE, 4, 0, "bbox_regression"),
        TensorType(Kind.DENSE, 4 * p.reg_max, 0, "bbox_distribution"),
    )
    return BlockPlan(kwargs, outputs)


#: What a YOLO head's spec exposes: the stable keys and the distributions for the DFL loss.
YOLO_OUTPUTS = {
    "cls_logits": "head.cls_logits",
    "bbox_regression": "head.bbox_regression",
    "aux_bbox_distribution": "head.bbox_distribution",
}


@register_preset("yolo_lite", task=Task.DETECTION)
def yolo_lite_preset(
    in_features: dict[str, FeatureInfo] | None = None,
    num_classes: int = 80,
    channels: int = 64,
    reg_max: int = 16,
) -> HeadSpec:
    """A YOLOv8-style head for a small backbone: PAN over strides 8/16/32 (64 channels, batch
    norm, SiLU), decoupled 2-conv branches per level, DFL box distributions (reg_max 16)."""
    from heads.detector import LITE0_LEVELS, pick_levels

    levels = pick_levels(in_features or LITE0_LEVELS, 3)
    neck = PANParams(out_channels=channels, norm=Norm.BATCH, act=Act.SILU)
    head = YOLOHeadParams(num_classes=num_classes, reg_max=reg_max)
    nodes = (
        Node("neck", "pan", tuple(levels), neck),
        Node("head", "yolo_head", ("neck",), head),
    )
    return HeadSpec(Task.DETECTION, levels, nodes, YOLO_OUTPUTS, "yolo_lite")


__all__ = ["YOLO_OPS", "YOLO_OUTPUTS", "YOLOHeadParams", "branch_widths", "yolo_lite_preset"]

#: The module (torch) lives in heads.modules.yolo; its names still import from here.
__getattr__ = module_attributes("heads.modules.yolo")
