"""Model Heads: task heads for vision backbones, described by one spec.

Example:
    >>> import torch, heads
    >>> head = heads.ClassificationHead(in_features=2048, num_classes=10, dropout_rate=0.2)
    >>> head(torch.randn(2, 2048, 7, 7))["logits"].shape
    torch.Size([2, 10])
"""

from heads import blocks  # noqa: F401  (registers the blocks)
from heads.analysis import Analysis, NodeStats, analyze
from heads.base import BaseHead, normalize_in_features
from heads.classifier import ClassificationHead, classification_spec
from heads.detector import (  # noqa: E501
    DetectionHead,
    decode_detections,
    detection_loss,
    detection_spec,
    feature_sizes_for,
    head_levels,
    transplant_detection_from_torchvision,
)
from heads.graph import GraphHead, build_head, resolve_spec
from heads.inference import InferenceHead, optimize_for_inference
from heads.registry import (
    BlockDef,
    PresetDef,
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

__all__ = [
    "OUTPUT_KEYS", "Analysis", "BaseHead", "BlockDef", "BlockPlan", "ClassificationHead",
    "FeatureInfo", "GraphHead", "HeadSpec", "Kind", "Node", "NodeStats", "PresetDef", "SpecError",
    "Task", "TensorType", "analyze", "build_head", "classification_spec", "get_block", "get_preset",
    "list_blocks", "list_presets", "normalize_in_features", "plan", "register_block",
    "register_preset", "resolve_spec",
]  # fmt: skip
__all__ += ["SegmentationHead", "check_design", "transplant_from_torchvision"]
__all__ += ["InferenceHead", "optimize_for_inference"]
__all__ += [
    "DetectionHead",
    "decode_detections",
    "detection_loss",
    "detection_spec",
    "feature_sizes_for",
    "head_levels",
    "transplant_detection_from_torchvision",
]  # noqa: E501
