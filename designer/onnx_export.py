"""ONNX export of a head: torch's dynamo exporter, dynamic sizes, decoding inside the graph.

:func:`export_onnx` turns a spec and its weights into an ONNX model (bytes); :func:`save_onnx`
writes it to a file (what the CLI's ``model-heads export --format onnx`` and the app's Export tab
call). The file is

- **named**: one input per feature level the head reads (``c3``, ``c4``, ...; ``image`` for a
  segmentation head, which reads the image's size), one output per output key of the spec
  (``cls_logits``, ``mask_logits``, ...), or the decoded outputs below;
- **dynamic** where the design allows: batch, and image height and width as multiples of the
  deepest level's stride (dimension names ``batch``, ``height_32``, ``width_32``, the image
  size over 32). A node whose ONNX form is exact only at the map size it was traced at (adaptive
  pooling to more than one bin, as UPerNet's pyramid pooling) fixes the spatial size; the export
  says which node and why (:attr:`OnnxExport.notes`), or refuses when dynamic sizes were
  demanded (:class:`Sizes`);
- **decoded** on request (:class:`Outputs`): classification gives ``scores`` (softmax, or
  sigmoid for multi-label heads); detection gives ``boxes`` (D, 4) xyxy in input pixels,
  ``scores``, ``labels`` and ``batch_index`` after per-level top-k, thresholding, box decoding,
  clipping and suppression with ONNX ``NonMaxSuppression``: the same kept boxes as
  :func:`heads.decode_detections`; segmentation gives ``mask`` (N, H, W), the argmax class;
  or **both**: the raw outputs followed by the decoded ones, from one graph (the logits a
  calibration or a distillation needs beside the results an application uses);
- **described**: ``metadata_props`` hold the contract (:mod:`designer.contract`), the spec and
  the outputs; the model's doc string says the same in words;
- **deterministic**: the same spec, weights and options give the same bytes.

Errors are :class:`OnnxExportError` (a ``ValueError``) naming the node and the reason, never a
torch traceback: when torch cannot export the design, each node is exported on its own to find
the one that fails.

Example:
    >>> import heads
    >>> spec = heads.get_preset("linear", 64, num_classes=3)
    >>> result = export_onnx(spec, options=OnnxOptions(image_size=64))  # doctest: +SKIP
    >>> result.inputs, result.outputs, result.dynamic  # doctest: +SKIP
    (('c5',), ('logits',), ('batch', 'height_32', 'width_32'))
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import enum
import io
import json
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torchvision  # noqa: F401  (registers torchvision's operators for the exporter)
from torch import Tensor, nn

from heads.params import AnchorStride, Suppression
from heads.spec import HeadSpec, Kind, SpecError, Task, plan

#: The ONNX opset the files use (opset 18 has antialiased Resize; onnxruntime >= 1.14 runs it).
OPSET = 18
SPEC_KEY = "model_heads.spec"
OUTPUTS_KEY = "model_heads.outputs"
#: Suppression methods with an ONNX form (NonMaxSuppression): class-aware and class-agnostic.
GRAPH_SUPPRESSION = (Suppression.CLASS_AWARE, Suppression.HARD)
#: Largest image side (over the deepest stride) a dynamic export accepts.
MAX_BLOCKS = 512


class OnnxExportError(ValueError):
    """The design cannot be exported to ONNX as asked; ``node`` names the node at fault."""

    def __init__(self, message: str, node: str | None = None) -> None:
        super().__init__(message)
        self.node = node


class Sizes(str, enum.Enum):
    """Which input sizes the ONNX file accepts.

    ``auto``: dynamic batch and spatial sizes where the design allows, else a fixed spatial size
    (the export's notes say which node needs it); ``dynamic``: dynamic batch and spatial sizes,
    or an error naming the node that prevents them; ``batch``: dynamic batch, spatial size fixed
    at ``image_size``; ``fixed``: one image of ``image_size``.
    """

    AUTO = "auto"
    DYNAMIC = "dynamic"
    BATCH = "batch"
    FIXED = "fixed"


class Outputs(str, enum.Enum):
    """What the ONNX file returns: ``raw`` head outputs, ``decoded`` results (see module doc),
    or ``both``: the raw outputs, then the decoded ones."""

    RAW = "raw"
    DECODED = "decoded"
    BOTH = "both"


@dataclass(frozen=True)
class OnnxOptions:
    """How :func:`export_onnx` exports.

    Attributes:
        image_size: the input side the export traces at (and keeps, for fixed sizes); a
            multiple of the deepest level's stride.
        sizes: see :class:`Sizes`.
        outputs: see :class:`Outputs`.
        score_threshold, iou_threshold, suppression, max_detections, topk_candidates:
            detection decoding (the app's defaults; ``suppression`` is ``class_aware`` or
            ``hard``); ``max_detections`` is per image.
        opset: the ONNX opset.
    """

    image_size: int = 256
    sizes: Sizes = Sizes.AUTO
    outputs: Outputs = Outputs.RAW
    score_threshold: float = 0.3
    iou_threshold: float = 0.5
    suppression: Suppression = Suppression.CLASS_AWARE
    max_detections: int = 100
    topk_candidates: int = 1000
    opset: int = OPSET

    def checked(self) -> OnnxOptions:
        """These options with enums coerced; ``OnnxExportError`` naming a bad one."""
        values: dict[str, Any] = {}
        for name, kind in (("sizes", Sizes), ("outputs", Outputs), ("suppression", Suppression)):
            value = getattr(self, name)
            try:
                values[name] = kind(getattr(value, "value", value))
            except ValueError:
                choices = ", ".join(m.value for m in kind)
                raise OnnxExportError(
                    f"{name} {value!r} is unknown; choose one of: {choices}"
                ) from None
        if values["suppression"] not in GRAPH_SUPPRESSION:
            raise OnnxExportError(
                f"suppression {values['suppression'].value!r} has no ONNX form; choose one of: "
                f"{', '.join(m.value for m in GRAPH_SUPPRESSION)}"
            )
        for name in ("score_threshold", "iou_threshold"):
            if not 0.0 <= float(getattr(self, name)) <= 1.0:
                raise OnnxExportError(f"{name} must be between 0 and 1, got {getattr(self, name)}")
        for name in ("image_size", "max_detections", "topk_candidates"):
            if int(getattr(self, name)) < 1:
                raise OnnxExportError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not 18 <= int(self.opset) <= 23:
            raise OnnxExportError(f"opset must be between 18 and 23, got {self.opset}")
        return dataclasses.replace(self, **values)


@dataclass(frozen=True)
class OnnxExport:
    """An exported ONNX model.

    Attributes:
        model: the serialised ``ModelProto``.
        inputs, outputs: the graph's input and output names.
        dynamic: the names of the dynamic dimensions (empty for a fixed-size file).
        notes: what to know (a node that fixes the spatial size, and why).
    """

    model: bytes
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    dynamic: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        if not path.parent.is_dir():
            raise FileNotFoundError(f"folder not found: {path.parent}")
        path.write_bytes(self.model)
        return path


# ---------------------------------------------------------------------------------------------
# Suppression as one ONNX NonMaxSuppression
# ---------------------------------------------------------------------------------------------


@torch.library.custom_op("model_heads::nms", mutates_args=())
def batched_nms(
    boxes: Tensor, scores: Tensor, max_per_image: int, iou_threshold: float, score_threshold: float
) -> Tensor:
    """ONNX ``NonMaxSuppression`` with one class, in torch: what the exported graph runs.

    Per image, boxes scoring above ``score_threshold`` are suppressed greedily (torchvision's
    ``nms``: a box goes when it overlaps a kept, higher-scoring one by more than
    ``iou_threshold``) and the best ``max_per_image`` are kept, best first.

    Shape:
        boxes (N, P, 4) xyxy, scores (N, P) -> (S, 3) int64 rows ``(image, 0, box index)``,
        image-major, each image's rows by descending score.

    Example:
        >>> boxes = torch.tensor([[[0.0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60]]])
        >>> batched_nms(boxes, torch.tensor([[0.9, 0.8, 0.7]]), 10, 0.5, 0.1)[:, 2]
        tensor([0, 2])
    """
    from torchvision.ops import nms

    rows = []
    for n in range(boxes.shape[0]):
        idx = torch.nonzero(scores[n] > score_threshold).squeeze(1)
        keep = idx[nms(boxes[n, idx], scores[n, idx], iou_threshold)][:max_per_image]
        image = torch.full_like(keep, n)
        rows.append(torch.stack((image, torch.zeros_like(keep), keep), dim=1))
    return torch.cat(rows) if rows else boxes.new_zeros((0, 3), dtype=torch.int64)


@batched_nms.register_fake
def _(boxes, scores, max_per_image, iou_threshold, score_threshold):
    selected = torch.library.get_ctx().new_dynamic_size()
    return boxes.new_empty((selected, 3), dtype=torch.int64)


def _nms_translation() -> dict[Any, Any]:
    """The ONNX form of :func:`batched_nms`: ``NonMaxSuppression`` over ``(N, 1, P)`` scores."""
    from onnxscript import opset18 as op

    def onnx_nms(boxes, scores, max_per_image: int, iou_threshold: float, score_threshold: float):
        return op.NonMaxSuppression(
            boxes,
            op.Unsqueeze(scores, [1]),  # (N, P) -> (N, 1, P): one class
            op.Constant(value_ints=[max_per_image]),
            op.Constant(value_floats=[iou_threshold]),
            op.Constant(value_floats=[score_threshold]),
        )

    return {torch.ops.model_heads.nms.default: onnx_nms}


# ---------------------------------------------------------------------------------------------
# Decoding inside the graph
# ---------------------------------------------------------------------------------------------


def _spec_spacing(sizes, strides, input_size):
    return [(s, s) for s in strides]


def _image_over_feature_spacing(sizes, strides, input_size):
    H, W = input_size
    return [(H // h, W // w) for h, w in sizes]


#: :data:`heads.anchors.STRIDE_RULES` in symbolic integer arithmetic: the library's versions
#: cast sizes to ``int``, which would fix them at the traced size (tests compare the two).
SPACING = {
    AnchorStride.SPEC: _spec_spacing,
    AnchorStride.IMAGE_OVER_FEATURE: _image_over_feature_spacing,
}


class ClassificationDecoder(nn.Module):
    """Class probabilities: softmax, or a sigmoid per class for multi-label heads.

    Shape:
        logits (N, K) -> (scores (N, K),)
    """

    def __init__(self, multi_label: bool) -> None:
        super().__init__()
        self.multi_label = multi_label

    def forward(self, outputs: Mapping[str, Tensor]) -> tuple[Tensor]:
        logits = outputs["logits"].float()
        return (logits.sigmoid() if self.multi_label else logits.softmax(-1),)


class SegmentationDecoder(nn.Module):
    """The class of every pixel.

    Shape:
        mask_logits (N, K, H, W) -> (mask (N, H, W) int64,)
    """

    def forward(self, outputs: Mapping[str, Tensor]) -> tuple[Tensor]:
        return (outputs["mask_logits"].argmax(1),)


class DetectionDecoder(nn.Module):
    """Boxes, scores and labels from a dense head's outputs, in ONNX-exportable torch.

    It computes what :func:`heads.decode_detections` computes, vectorised over the batch: per
    level the best ``topk_candidates`` (anchor, class) scores (sigmoid, or FCOS's
    ``sqrt(sigmoid(cls) * sigmoid(ctr))``), then scores above ``score_threshold`` decoded with
    the head's box coder on anchors placed by its spacing rule, clipped to the input, and
    suppressed by :func:`batched_nms` (labels offset apart for class-aware suppression, as
    torchvision's ``batched_nms`` does).

    Shape:
        cls_logits (N, M, K), bbox_regression (N, M, 4), [bbox_ctrness (N, M, 1)] ->
        boxes (D, 4), scores (D,), labels (D,), batch_index (D,), image-major, best first.
    """

    def __init__(self, spec: HeadSpec, options: OnnxOptions) -> None:
        from heads.detector import anchor_stride_of, box_coder_for, cell_anchors_for, head_levels

        super().__init__()
        self.strides = [lv.stride for lv in head_levels(spec)]
        for i, cells in enumerate(cell_anchors_for(spec)):
            self.register_buffer(f"cells{i}", cells.float(), persistent=False)
        self.coder = box_coder_for(spec)
        rule = anchor_stride_of(spec)
        if rule not in SPACING:
            raise OnnxExportError(f"anchor stride rule {rule.value!r} has no ONNX form")
        self.spacing = SPACING[rule]
        self.class_aware = options.suppression is Suppression.CLASS_AWARE
        self.score_threshold = float(options.score_threshold)
        self.iou_threshold = float(options.iou_threshold)
        self.max_detections = int(options.max_detections)
        self.topk = int(options.topk_candidates)

    def anchors(self, sizes: Sequence[tuple[Any, Any]], input_size: tuple[Any, Any]) -> Tensor:
        """Every level's anchors, location-major as the head predicts (``grid_anchors``).

        Shape:
            (M, 4) xyxy, M = sum(H_l * W_l * A_l)
        """
        out = []
        for i, ((h, w), (sy, sx)) in enumerate(
            zip(sizes, self.spacing(sizes, self.strides, input_size))
        ):
            cells = getattr(self, f"cells{i}")
            xs = torch.arange(w, dtype=torch.float32) * sx
            ys = torch.arange(h, dtype=torch.float32) * sy
            y, x = torch.meshgrid(ys, xs, indexing="ij")
            x, y = x.reshape(-1), y.reshape(-1)  # (h, w) -> (hw,)
            shifts = torch.stack((x, y, x, y), dim=1)
            # (hw, 1, 4) + (1, A, 4) -> (hw, A, 4) -> (hwA, 4)
            out.append((shifts[:, None, :] + cells[None]).reshape(-1, 4))
        return torch.cat(out)

    def forward(
        self,
        outputs: Mapping[str, Tensor],
        sizes: Sequence[tuple[Any, Any]],
        input_size: tuple[Any, Any],
        clip_size: tuple[Any, Any] | None = None,
    ) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        cls_logits = outputs["cls_logits"].float()
        N, M, K = cls_logits.shape
        anchors = self.anchors(sizes, input_size)  # (M, 4)
        prob = cls_logits.sigmoid()
        if "bbox_ctrness" in outputs:  # FCOS: (N, M, K) * (N, M, 1)
            prob = torch.sqrt(prob * outputs["bbox_ctrness"].float().sigmoid())
        scores, flat = [], []
        start = 0
        for i, (h, w) in enumerate(sizes):
            count = h * w * getattr(self, f"cells{i}").shape[0]
            part = prob[:, start : start + count].reshape(N, count * K)  # (N, M_l, K) -> (N, M_l*K)
            v, j = part.topk(torch.sym_min(self.topk, count * K), dim=1)
            scores.append(v)
            flat.append(j + start * K)  # index into (M*K) of the image
            start += count
        score = torch.cat(scores, dim=1)  # (N, P)
        index = torch.cat(flat, dim=1)  # (N, P)
        anchor, label = index // K, index % K
        deltas = torch.gather(
            outputs["bbox_regression"].float(), 1, anchor[..., None].expand(-1, -1, 4)
        )
        boxes = self.coder.decode(deltas, anchors[anchor])  # (N, P, 4)
        H, W = clip_size if clip_size is not None else input_size
        x = boxes[..., 0::2].clamp(min=0, max=W)
        y = boxes[..., 1::2].clamp(min=0, max=H)
        boxes = torch.stack((x[..., 0], y[..., 0], x[..., 1], y[..., 1]), dim=-1)
        valid = score > self.score_threshold
        score = torch.where(valid, score, torch.zeros_like(score))
        suppressed = boxes
        if self.class_aware:
            # Each label's boxes moved apart by more than any box's extent (torchvision's
            # coordinate trick), so one suppression keeps labels from suppressing each other.
            extent = torch.where(valid[..., None], boxes, torch.zeros_like(boxes)).amax(dim=(1, 2))
            suppressed = boxes + (label.float() * (extent[:, None] + 1))[..., None]
        keep = batched_nms(
            suppressed, score, self.max_detections, self.iou_threshold, self.score_threshold
        )
        image, box = keep[:, 0], keep[:, 2]
        at = image * score.shape[1] + box  # rows of the (N*P, ...) views
        return (
            boxes.reshape(-1, 4)[at],
            score.reshape(-1)[at],
            label.reshape(-1)[at],
            image,
        )


def dense_level_sizes(
    spec: HeadSpec, levels: Mapping[str, Tensor]
) -> tuple[list[tuple[Any, Any]], tuple[Any, Any]]:
    """``(H_l, W_l)`` of each dense-head level and the input size, from the input levels.

    A head level at an input level's stride has that level's size; a level above the deepest
    input halves it once per doubling of the stride, rounding up (``(h - 1) // 2 + 1``, what the
    necks' stride-2 convolutions and pools give). The input size is the finest level's size
    times its stride.
    """
    from heads.detector import head_levels

    info = dict(spec.inputs)
    maps = [k for k in levels if info[k].kind is Kind.MAP and k in info]
    by_stride = {info[k].stride: k for k in maps}
    deepest = max(maps, key=lambda k: info[k].stride)
    finest = min(maps, key=lambda k: info[k].stride)
    sizes = []
    for lv in head_levels(spec):
        if lv.stride in by_stride:
            t = levels[by_stride[lv.stride]]
            sizes.append((t.shape[2], t.shape[3]))
            continue
        t = levels[deepest]
        h, w, s = t.shape[2], t.shape[3], info[deepest].stride
        while s < lv.stride:
            h, w, s = (h - 1) // 2 + 1, (w - 1) // 2 + 1, s * 2
        if s != lv.stride:
            raise OnnxExportError(
                f"the dense head's level at stride {lv.stride} is not a power-of-two multiple "
                f"of the deepest input level's stride {info[deepest].stride}"
            )
        sizes.append((h, w))
    t = levels[finest]
    return sizes, (t.shape[2] * info[finest].stride, t.shape[3] * info[finest].stride)


def output_names(spec: HeadSpec, outputs: Outputs) -> tuple[str, ...]:
    """The graph's output names for ``spec`` (multi-tensor outputs as ``key_0``, ``key_1``;
    ``both``: those, then the decoded names, which no output key can take)."""
    decoded = DECODED_OUTPUTS[spec.task]
    if outputs is Outputs.DECODED:
        return decoded
    names = []
    types = plan(spec).output_types
    for key, _ in spec.outputs:
        t = types[key]
        names += [f"{key}_{i}" for i in range(len(t))] if isinstance(t, tuple) else [key]
    if outputs is Outputs.BOTH:
        names += decoded
    return tuple(names)


#: Decoded outputs by task, and what they hold.
DECODED_OUTPUTS = {
    Task.CLASSIFICATION: ("scores",),
    Task.DETECTION: ("boxes", "scores", "labels", "batch_index"),
    Task.SEGMENTATION: ("mask",),
}
DECODED_DOCS = {
    "scores": "class probabilities (N, K)",
    "boxes": "kept boxes (D, 4) xyxy in input pixels, image-major, best first",
    "labels": "class of each box (D,)",
    "batch_index": "image of each box (D,)",
    "mask": "class of every pixel (N, H, W)",
}


def _flatten(out: Mapping[str, Any], keys: Sequence[str]) -> tuple[Tensor, ...]:
    flat: list[Tensor] = []
    for key in keys:
        value = out[key]
        flat.extend(value if isinstance(value, list | tuple) else [value])
    return tuple(flat)


class ExportHead(nn.Module):
    """A head as the ONNX graph runs it: named levels in, a flat tuple of tensors out."""

    def __init__(self, head: nn.Module, spec: HeadSpec, options: OnnxOptions) -> None:
        super().__init__()
        self.head = head
        self.spec = spec
        self.keys = tuple(k for k, _ in spec.outputs)
        self.raw = options.outputs is not Outputs.DECODED
        self.decoder: nn.Module | None = None
        if options.outputs is not Outputs.RAW:
            self.decoder = make_decoder(spec, options)

    def forward(self, levels: dict[str, Tensor]) -> tuple[Tensor, ...]:
        out = self.head(levels)
        raw = _flatten(out, self.keys) if self.raw else ()
        if self.decoder is None:
            return raw
        if isinstance(self.decoder, DetectionDecoder):
            sizes, input_size = dense_level_sizes(self.spec, levels)
            return raw + tuple(self.decoder(out, sizes, input_size))
        return raw + tuple(self.decoder(out))


def _multi_label(spec: HeadSpec) -> bool:
    for node in spec.nodes:
        mode = getattr(node.params, "label_mode", None)
        if mode is not None:
            return getattr(mode, "value", str(mode)) == "multi"
    return False


def make_decoder(spec: HeadSpec, options: OnnxOptions) -> nn.Module:
    """The in-graph decoder of ``spec``'s task."""
    if spec.task is Task.CLASSIFICATION:
        return ClassificationDecoder(_multi_label(spec))
    if spec.task is Task.SEGMENTATION:
        return SegmentationDecoder()
    try:
        return DetectionDecoder(spec, options)
    except SpecError as e:
        raise OnnxExportError(
            f"this detection design cannot be decoded in the graph: {e}"
        ) from None


# ---------------------------------------------------------------------------------------------
# Sizes
# ---------------------------------------------------------------------------------------------


def fixed_size_nodes(head: nn.Module) -> list[tuple[str, str]]:
    """``(node, reason)`` for each node whose ONNX form holds only at the traced map size.

    Adaptive pooling to more than one bin computes its windows from the map size; the exporter
    writes the windows of the traced size as constants (global pooling, one bin, is exact at
    every size). A block may also say why in its registration (``fixed_size``: PointRend).
    """
    from heads.registry import get_block

    pools = (nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveMaxPool1d, nn.AdaptiveMaxPool2d)
    found: dict[str, list[str]] = {}
    for name, module in head.named_modules():
        if isinstance(module, pools):
            size = module.output_size
            bins = size if isinstance(size, tuple) else (size,)
            if any(b is not None and b != 1 for b in bins):
                found.setdefault(name.split(".")[0], []).append(str(size))
    reasons = {
        node: f"adaptive pooling to {', '.join(sizes)} bins reads the map size, which the ONNX "
        "graph fixes at the traced size"
        for node, sizes in found.items()
    }
    spec = getattr(head, "spec", None)
    for node in spec.nodes if isinstance(spec, HeadSpec) else ():
        declared = get_block(node.block).fixed_size
        if declared:
            reasons.setdefault(node.name, f"block {node.block}: {declared}")
    return list(reasons.items())


def _level_kinds(spec: HeadSpec, used: Sequence[str]) -> dict[str, Kind]:
    info = dict(spec.inputs)
    return {k: info[k].kind for k in used}


@dataclass(frozen=True)
class _Plan:
    """The example inputs and dynamic shapes of one export attempt."""

    example: dict[str, Tensor]
    dynamic_shapes: tuple[dict[str, dict[int, Any]]] | None
    dims: tuple[str, ...]


def _example(
    spec: HeadSpec, used: Sequence[str], batch: int, size: tuple[int, int], seed: int = 0
) -> dict[str, Tensor]:
    from heads.analysis import level_shape

    g = torch.Generator().manual_seed(seed)
    info = dict(spec.inputs)
    return {k: torch.randn(level_shape(info[k], size, batch), generator=g) for k in used}


def _size_plan(
    spec: HeadSpec, used: Sequence[str], options: OnnxOptions, spatial: bool, min_blocks: int
) -> _Plan:
    from torch.export import Dim

    info = dict(spec.inputs)
    maps = [k for k in used if info[k].kind is Kind.MAP]
    multiple = max([info[k].stride for k in maps], default=1)
    dynamic_batch = options.sizes is not Sizes.FIXED
    # torch.export fixes any dimension traced at size 1: trace at 2 or more.
    batch = 2 if dynamic_batch else 1
    blocks = options.image_size // multiple
    if spatial:
        blocks = max(blocks, min_blocks, 2)
    side = blocks * multiple if spatial else options.image_size
    example = _example(spec, used, batch, (side, side))
    if not dynamic_batch:
        return _Plan(example, None, ())
    N = Dim("batch", min=1, max=4096)
    shapes: dict[str, dict[int, Any]] = {k: {0: N} for k in used}
    dims = ["batch"]
    if spatial:
        H = Dim(f"height_{multiple}", min=min_blocks, max=MAX_BLOCKS)
        W = Dim(f"width_{multiple}", min=min_blocks, max=MAX_BLOCKS)
        for k in maps:
            f = multiple // info[k].stride
            shapes[k].update({2: H * f if f > 1 else H, 3: W * f if f > 1 else W})
        dims += [H.__name__, W.__name__]
    return _Plan(example, (shapes,), tuple(dims))


def _min_blocks(spec: HeadSpec, multiple: int) -> int:
    """The fewest blocks of ``multiple`` pixels per side at which every map of the design is at
    least 2 wide (exporting at 1 would fix sizes: norms and reshapes treat 1 as a broadcast)."""
    deepest = max(
        [t.stride for s in plan(spec).steps for t in s.outputs if t.kind is Kind.MAP],
        default=multiple,
    )
    factor = max(1, deepest // max(multiple, 1))
    return factor + 1 if factor > 1 else 1


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def _require_onnx() -> None:
    missing = []
    for module in ("onnx", "onnxscript"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise OnnxExportError(
            f"ONNX export needs {' and '.join(missing)}: pip install 'model-heads[onnx]'"
        )


def _summary(error: BaseException) -> str:
    """The exporter's one-paragraph reason (its "Exception summary"), without the advice."""
    text = str(error)
    match = re.search(r"## Exception summary\s*(.+?)(?:\n\s*\n|\(Refer to|$)", text, re.S)
    reason = match.group(1) if match else text.strip().splitlines()[-1] if text.strip() else ""
    reason = reason.split("⬆️")[0]  # the first error; the exporter's wrappers follow the arrow
    reason = re.sub(r"\x1b\[[0-9;]*m", "", reason)  # the exporter colours its messages
    reason = re.sub(r"<class '([\w.]+)'>: ", lambda m: m.group(1).rsplit(".", 1)[-1] + ": ", reason)
    reason = " ".join(reason.split()) or type(error).__name__
    return reason if len(reason) <= 400 else reason[:397] + "..."


def _torch_export(
    module: nn.Module,
    example: Any,
    dynamic_shapes: Any,
    input_names: Sequence[str],
    output_names: Sequence[str],
    opset: int,
) -> Any:
    """``torch.onnx.export`` with its progress messages and warnings kept off the console."""
    sink = io.StringIO()
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(sink),
        contextlib.redirect_stderr(sink),
        torch.no_grad(),
    ):
        warnings.simplefilter("ignore")
        return torch.onnx.export(
            module,
            (example, {}),  # a trailing dict in args is read as keyword arguments
            dynamo=True,
            dynamic_shapes=dynamic_shapes,
            input_names=list(input_names),
            output_names=list(output_names),
            opset_version=opset,
            custom_translation_table=_nms_translation(),
            optimize=True,
            verbose=False,
            report=False,
        )


class _Node(nn.Module):
    """One node's module, called as the graph head calls it (a list for multi-input blocks)."""

    def __init__(self, module: nn.Module, multi: bool) -> None:
        super().__init__()
        self.module = module
        self.multi = multi

    def forward(self, args: list[Tensor]) -> Any:
        return self.module(args) if self.multi else self.module(args[0])


def _dynamic_dims(args: list[Tensor]) -> tuple[list[dict[int, Any]]]:
    """Batch and spatial dimensions of a node's inputs, left for torch.export to relate."""
    from torch.export import Dim

    return ([{d: Dim.AUTO for d in ((0, 2, 3) if t.ndim == 4 else (0,))} for t in args],)


def _failing_node(
    head: nn.Module,
    spec: HeadSpec,
    example: Mapping[str, Tensor],
    opset: int,
    dynamic: bool = False,
):
    """``(node, block, reason)`` of the first node that does not export on its own (with
    dynamic batch and map sizes when ``dynamic``), or ``None``."""
    from heads.registry import get_block

    captured: dict[str, list[Tensor]] = {}
    hooks = []
    multi = {n.name: get_block(n.block).multi_input for n in spec.nodes}
    for node in spec.nodes:
        module = getattr(head, node.name)

        def hook(mod, args, name=node.name):
            value = args[0]
            captured[name] = list(value) if isinstance(value, list | tuple) else [value]

        hooks.append(module.register_forward_pre_hook(hook))
    try:
        with torch.no_grad():
            head(dict(example))
    finally:
        for h in hooks:
            h.remove()
    for node in spec.nodes:
        if node.name not in captured:
            continue
        wrapper = _Node(getattr(head, node.name), multi[node.name]).eval()
        try:
            sink = io.StringIO()
            with (
                warnings.catch_warnings(),
                contextlib.redirect_stdout(sink),
                contextlib.redirect_stderr(sink),
                torch.no_grad(),
            ):
                warnings.simplefilter("ignore")
                torch.onnx.export(
                    wrapper, (captured[node.name],), dynamo=True, opset_version=opset,
                    dynamic_shapes=_dynamic_dims(captured[node.name]) if dynamic else None,
                    optimize=False, verbose=False, report=False,
                )  # fmt: skip
        except Exception as e:  # noqa: BLE001 - any failure of the exporter is the reason
            return node.name, node.block, _summary(e)
    return None


def _metadata(
    model: Any, spec: HeadSpec, names: Sequence[str], contract: Any, notes: Sequence[str]
) -> None:
    """Contract, spec and output descriptions into ``model`` (an ``onnx.ModelProto``)."""
    outputs = {
        name: DECODED_DOCS.get(name, f"the head's {name.rsplit('_', 1)[0]} output")
        for name in names
    }
    props = {SPEC_KEY: spec.to_json(None), OUTPUTS_KEY: json.dumps(outputs, sort_keys=True)}
    lines = [f"A {spec.task.value} head of the Model Heads design {spec.name or 'design'!r}."]
    if contract is not None:
        props.update(contract.metadata())
        lines += ["", "Contract:", *(f"  {line}" for line in contract.describe())]
    lines += ["", "Outputs:", *(f"  {k}: {v}" for k, v in outputs.items())]
    if notes:
        lines += ["", "Notes:", *(f"  {n}" for n in notes)]
    del model.metadata_props[:]
    for key in sorted(props):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, props[key]
    model.doc_string = "\n".join(lines)
    model.producer_name = "model-heads"


def _load_head(spec: HeadSpec, state_dict: Mapping[str, Tensor] | None, seed: int) -> nn.Module:
    from heads.graph import GraphHead
    from heads.inference import fold_batchnorms

    torch.manual_seed(seed)
    head = GraphHead(spec)
    if state_dict is not None:
        try:
            head.load_state_dict(dict(state_dict), strict=True)
        except RuntimeError as e:
            first = " ".join(line.strip() for line in str(e).strip().splitlines()[:3])
            raise OnnxExportError(f"the weights do not fit the design: {first[:400]}") from None
    head = copy.deepcopy(head).eval()
    fold_batchnorms(head)  # the same function; onnxruntime would fold them too
    for p in head.parameters():
        p.requires_grad_(False)
    return head


def export_module(
    module: nn.Module,
    spec: HeadSpec,
    used: Sequence[str],
    names: Sequence[str],
    options: OnnxOptions,
    fixed_reasons: Sequence[tuple[str, str]],
) -> tuple[Any, tuple[str, ...], list[str]]:
    """Export ``module`` (levels dict in) at the sizes ``options`` allow.

    Returns:
        ``(onnx program, dynamic dimension names, notes)``.
    """
    info = dict(spec.inputs)
    notes: list[str] = []
    maps = [k for k in used if info[k].kind is Kind.MAP]
    multiple = max([info[k].stride for k in maps], default=1)
    # Dynamic sizes count the image in blocks of the deepest stride, every map a whole number
    # of cells per block; strides that do not divide the deepest (SSD300's 8 ... 64, 100, 300)
    # give maps of ceil(image / stride), which only a fixed size can hold.
    unnested = [k for k in maps if multiple % info[k].stride]
    if options.image_size % multiple and not unnested:
        raise OnnxExportError(
            f"image_size {options.image_size} must be a multiple of {multiple} (the stride of "
            "the deepest level the head reads)"
        )
    reasons = list(fixed_reasons)
    reasons += [
        (k, f"level {k!r} has stride {info[k].stride}, which does not divide the deepest "
         f"level's {multiple}: its map size is fixed at the traced size")
        for k in unnested
    ]  # fmt: skip
    reasons += [
        (k, f"level {k!r} holds {info[k].kind.value}, whose length is fixed at the traced size")
        for k in used
        if info[k].kind is Kind.TOKENS
    ]
    spatial = options.sizes in (Sizes.AUTO, Sizes.DYNAMIC) and bool(maps)
    if spatial and reasons:
        if options.sizes is Sizes.DYNAMIC:
            node, why = reasons[0]
            raise OnnxExportError(
                f"node {node!r} prevents dynamic image sizes: {why}; export with a fixed size "
                "(sizes 'batch' or 'auto')",
                node,
            )
        spatial = False
        size = options.image_size
        notes += [f"spatial size fixed at {size}x{size}: node {n!r}: {why}" for n, why in reasons]
    first = _min_blocks(spec, multiple) if spatial else 1
    attempts = [first, 2 * first + 1] if spatial else [1]
    last: BaseException | None = None
    for min_blocks in attempts:
        p = _size_plan(spec, used, options, spatial, min_blocks)
        try:
            program = _torch_export(
                module, p.example, p.dynamic_shapes, used, names, int(options.opset)
            )
        except Exception as e:  # noqa: BLE001 - reported below with the node at fault
            last = e
            continue
        if spatial and min_blocks > 1:
            notes.append(
                f"image sides at least {min_blocks * multiple} px (smaller maps would be 1 wide)"
            )
        return program, p.dims, notes
    if spatial and options.sizes is Sizes.AUTO:
        # Dynamic sizes failed: a fixed spatial size may still export. The node that needs it
        # is the one that does not export alone with dynamic sizes.
        fixed = dataclasses.replace(options, sizes=Sizes.BATCH)
        program, dims, more = export_module(module, spec, used, names, fixed, ())
        head = getattr(module, "head", module)
        example = _size_plan(spec, used, options, True, attempts[0]).example
        found = _failing_node(head, spec, example, int(options.opset), dynamic=True)
        where = f"node {found[0]!r} (block {found[1]}): {found[2]}" if found else _summary(last)
        size = options.image_size
        notes.append(f"spatial size fixed at {size}x{size}: dynamic sizes fail at {where}")
        return program, dims, notes + more
    head = getattr(module, "head", module)
    p = _size_plan(spec, used, options, False, 1)
    found = _failing_node(head, spec, p.example, int(options.opset))
    if found is not None:
        node, block, reason = found
        raise OnnxExportError(
            f"node {node!r} (block {block}) cannot be exported to ONNX: {reason}", node
        )
    raise OnnxExportError(f"the design cannot be exported to ONNX: {_summary(last)}")


def export_onnx(
    spec: Any,
    state_dict: Mapping[str, Tensor] | None = None,
    *,
    options: OnnxOptions = OnnxOptions(),
    contract: Any = None,
    seed: int = 0,
) -> OnnxExport:
    """Export a head as an ONNX model.

    Args:
        spec: a :class:`heads.HeadSpec` (or what :func:`heads.resolve_spec` takes).
        state_dict: the head's weights (default: fresh ones from ``seed``).
        options: see :class:`OnnxOptions`.
        contract: a :class:`designer.contract.Contract` for the metadata (recommended).
        seed: the seed of fresh weights.

    Raises:
        OnnxExportError: naming the option, the node and the reason.
        heads.SpecError: for an invalid spec.
    """
    from designer.contract import used_levels
    from designer.limits import check_design
    from heads.graph import resolve_spec

    _require_onnx()
    options = options.checked()
    spec = resolve_spec(spec)
    check_design(spec, options.image_size)
    head = _load_head(spec, state_dict, seed)
    used = used_levels(spec)
    names = output_names(spec, options.outputs)
    module = ExportHead(head, spec, options).eval()
    program, dims, notes = export_module(module, spec, used, names, options, fixed_size_nodes(head))
    model = program.model_proto
    _metadata(model, spec, names, contract, notes)
    return OnnxExport(model.SerializeToString(), tuple(used), tuple(names), dims, tuple(notes))


def save_onnx(
    spec: Any,
    state_dict: Mapping[str, Tensor] | None,
    path: str | Path,
    *,
    options: OnnxOptions = OnnxOptions(),
    contract: Any = None,
) -> Path:
    """Export a head to ``path`` (a ``.onnx`` file): spec + weights + options -> file.

    Raises:
        OnnxExportError: as :func:`export_onnx`, or for a path that is not ``.onnx``.
    """
    path = Path(path)
    if path.suffix.lower() != ".onnx":
        raise OnnxExportError(f"the output must be a .onnx file, got {str(path)!r}")
    return export_onnx(spec, state_dict, options=options, contract=contract).save(path)


def run_cli(args: Any, spec: HeadSpec, state: Mapping[str, Tensor] | None) -> int:
    """``model-heads export SPEC --format onnx -o FILE.onnx`` (see ``designer.cli``)."""
    import sys

    options = OnnxOptions(
        image_size=int(args.size),
        sizes=args.sizes,
        outputs=Outputs.DECODED if args.decode else Outputs(getattr(args, "outputs", "raw")),
        score_threshold=float(args.score_threshold),
        iou_threshold=float(args.iou_threshold),
        suppression=args.suppression,
        max_detections=int(args.max_detections),
    )
    from designer.contract import cli_contract

    contract = cli_contract(spec, args)
    torch.manual_seed(int(getattr(args, "seed", 0)))
    from heads.graph import GraphHead

    if state is None:
        state = GraphHead(spec).state_dict()
    out = Path(args.output)
    if out.suffix.lower() != ".onnx":
        raise OnnxExportError(f"the output must be a .onnx file, got {args.output!r}")
    result = export_onnx(spec, state, options=options, contract=contract)
    result.save(out)
    dims = ", ".join(result.dynamic) or "none"
    print(
        f"wrote {out} ({len(result.model):,} bytes): inputs {', '.join(result.inputs)}; "
        f"outputs {', '.join(result.outputs)}; dynamic dimensions: {dims}",
        file=sys.stderr,
    )
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if contract is None:
        print("note: no zoo backbone gives the head's levels: the file states no contract",
              file=sys.stderr)  # fmt: skip
    if getattr(args, "weights", None):
        from designer.codegen import save_weights

        meta = {SPEC_KEY: spec.to_json(None), **(contract.metadata() if contract else {})}
        print(f"wrote {save_weights(state, args.weights, metadata=meta)}", file=sys.stderr)
    if getattr(args, "spec_json", None):
        Path(args.spec_json).write_text(spec.to_json() + "\n")
        print(f"wrote {args.spec_json}", file=sys.stderr)
    return 0


def read_contract(model: bytes | str | Path) -> Any:
    """The :class:`designer.contract.Contract` in an ONNX file's metadata (``None``: none)."""
    import onnx

    from designer.contract import read_metadata

    proto = onnx.load_from_string(model) if isinstance(model, bytes) else onnx.load(str(model))
    return read_metadata({p.key: p.value for p in proto.metadata_props})


__all__ = [
    "DECODED_OUTPUTS",
    "OPSET",
    "ClassificationDecoder",
    "DetectionDecoder",
    "OnnxExport",
    "OnnxExportError",
    "OnnxOptions",
    "Outputs",
    "SegmentationDecoder",
    "Sizes",
    "batched_nms",
    "dense_level_sizes",
    "export_onnx",
    "fixed_size_nodes",
    "output_names",
    "read_contract",
    "run_cli",
    "save_onnx",
]
