"""Model Heads: task heads for vision backbones, described by one spec.

The public names load on first use (PEP 562): ``import heads.spec`` (the spec, its validation
and the block descriptions) loads no torch; ``heads.GraphHead`` and the other module-building
names import torch when they are first read.

Example:
    >>> import torch, heads
    >>> head = heads.ClassificationHead(in_features=2048, num_classes=10, dropout_rate=0.2)
    >>> head(torch.randn(2, 2048, 7, 7))["logits"].shape
    torch.Size([2, 10])
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Public name -> the module that defines it.
_EXPORTS = {
    **dict.fromkeys(
        ("OUTPUT_KEYS", "BlockPlan", "FeatureInfo", "HeadSpec", "Kind", "Node", "SpecError",
         "Task", "TensorType", "plan"),
        "heads.spec",
    ),
    **dict.fromkeys(
        ("BlockDef", "DenseOps", "InstanceOps", "Port", "Ports", "PresetDef", "TransplantRule", "get_block",
         "get_preset", "list_blocks", "list_presets", "register_block", "register_preset"),
        "heads.registry",
    ),
    **dict.fromkeys(("Analysis", "NodeStats", "analyze"), "heads.analysis"),
    **dict.fromkeys(("BaseHead", "normalize_in_features"), "heads.base"),
    **dict.fromkeys(("ClassificationHead", "classification_spec"), "heads.classifier"),
    **dict.fromkeys(
        ("DetectionHead", "decode_detections", "dense_head_ops", "detection_loss", "instance_masks",
         "instance_mask_logits",
         "detection_spec", "feature_sizes_for", "head_levels",
         "transplant_detection_from_torchvision"),
        "heads.detector",
    ),
    **dict.fromkeys(("GraphHead", "build_head", "resolve_spec"), "heads.graph"),
    **dict.fromkeys(("InferenceHead", "optimize_for_inference"), "heads.inference"),
    **dict.fromkeys(
        ("SegmentationHead", "check_design", "transplant_from_torchvision"), "heads.segmenter"
    ),
}  # fmt: skip

__all__ = [
    "Analysis",
    "BaseHead",
    "BlockDef",
    "BlockPlan",
    "ClassificationHead",
    "DenseOps",
    "InstanceOps",
    "DetectionHead",
    "FeatureInfo",
    "GraphHead",
    "HeadSpec",
    "InferenceHead",
    "Kind",
    "Node",
    "NodeStats",
    "OUTPUT_KEYS",
    "Port",
    "Ports",
    "PresetDef",
    "SegmentationHead",
    "SpecError",
    "Task",
    "TensorType",
    "TransplantRule",
    "analyze",
    "build_head",
    "check_design",
    "classification_spec",
    "decode_detections",
    "dense_head_ops",
    "detection_loss",
    "detection_spec",
    "feature_sizes_for",
    "get_block",
    "get_preset",
    "head_levels",
    "instance_mask_logits",
    "instance_masks",
    "list_blocks",
    "list_presets",
    "normalize_in_features",
    "optimize_for_inference",
    "plan",
    "register_block",
    "register_preset",
    "resolve_spec",
    "transplant_detection_from_torchvision",
    "transplant_from_torchvision",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later reads skip this function
        return value
    if not name.startswith("__"):
        try:  # a submodule: heads.nms, heads.blocks ...
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # what type checkers and editors see
    from heads.analysis import Analysis, NodeStats, analyze
    from heads.base import BaseHead, normalize_in_features
    from heads.classifier import ClassificationHead, classification_spec
    from heads.detector import (
        DetectionHead,
        decode_detections,
        dense_head_ops,
        detection_loss,
        detection_spec,
        feature_sizes_for,
        head_levels,
        instance_mask_logits,
        instance_masks,
        transplant_detection_from_torchvision,
    )
    from heads.graph import GraphHead, build_head, resolve_spec
    from heads.inference import InferenceHead, optimize_for_inference
    from heads.registry import (
        BlockDef,
        DenseOps,
        InstanceOps,
        Port,
        Ports,
        PresetDef,
        TransplantRule,
        get_block,
        get_preset,
        list_blocks,
        list_presets,
        register_block,
        register_preset,
    )
    from heads.segmenter import SegmentationHead, check_design, transplant_from_torchvision
    from heads.spec import (
        OUTPUT_KEYS,
        BlockPlan,
        FeatureInfo,
        HeadSpec,
        Kind,
        Node,
        SpecError,
        Task,
        TensorType,
        plan,
    )
