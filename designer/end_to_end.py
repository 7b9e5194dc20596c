"""End-to-end export: the whole predictor (resize, normalise, backbone, head, decoding) as one.

One photo in — an RGB ``uint8`` tensor ``(3, H, W)``, as ``torchvision.io.decode_image``
gives — and the app's results out, in original image pixels:

- classification: ``scores (K,)``, the class probabilities;
- detection: ``boxes (D, 4)`` xyxy, ``scores (D,)``, ``labels (D,)``, best first;
- segmentation: ``mask (H, W)``, the class of every pixel.

Two forms, both from :func:`export_end_to_end`:

- **Python**: ``model.py`` and its weights ``model.pt`` (read with ``torch.load(...,
  weights_only=True)``). The file needs torch and torchvision only — and, for EfficientNet-Lite0,
  the package that defines it, ``efficientnet-lite-pytorch``. It holds the exported head
  (:func:`designer.codegen.to_python`), the backbone's feature taps copied from
  :mod:`designer.backbones`, and this module's run-time definitions (:class:`Preprocess`,
  :class:`EndToEnd` and the helpers beside them), copied as they are written here.
- **ONNX**: ``model.onnx`` with the input ``image`` (dynamic height and width) and the outputs
  above, the decoding of :mod:`designer.onnx_export` inside, the contract in its metadata.

The resize matches the app's (Pillow's bilinear resampling, antialiased when shrinking) to a
rounding of one grey level, so predictions match the app's, not bit for bit: the tests compare
them with :class:`designer.inference.Predictor` on the bundled example images.

Example:
    >>> export_end_to_end("classification", "out/")  # doctest: +SKIP
    [PosixPath('out/model.py'), PosixPath('out/model.pt'), PosixPath('out/model.onnx')]
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import enum
import inspect
import json
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

#: The level that carries the preprocessed image (segmentation heads read its size).
IMAGE_LEVEL = "image"

# ---------------------------------------------------------------------------------------------
# Run-time definitions: copied into the exported Python file as they are written here, so they
# use only torch (``torch``, ``nn``, ``F``, ``Tensor``) and Python.
# ---------------------------------------------------------------------------------------------


class Preprocess(nn.Module):
    """One photo -> the backbone's input: resized, normalised, zero-padded.

    Args:
        policy: ``shrink`` (longest side clamped to ``[min_side, max_side]``), ``fit`` (scaled
            to ``max_side``) or ``square`` (``fit``, then padded to a square).
        max_side, min_side: bounds of the longest side, in pixels.
        multiple: padded sides are multiples of this.
        mean, std: per-channel normalisation of RGB values in ``[0, 1]``.

    Shape:
        image (3, H, W) uint8 RGB -> (1, 3, H', W') float and the resized size (h, w): the
        top-left ``h x w`` of the input is the image, the rest zero padding.
    """

    def __init__(
        self,
        policy: str,
        max_side: int,
        min_side: int,
        multiple: int,
        mean: tuple[float, float, float],
        std: tuple[float, float, float],
    ) -> None:
        super().__init__()
        self.policy = policy
        self.max_side = max_side
        self.min_side = min_side
        self.multiple = multiple
        self.register_buffer("mean", torch.tensor(mean).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(std).view(1, 3, 1, 1), persistent=False)

    def forward(self, image: Tensor) -> tuple[Tensor, tuple[int, int]]:
        _, h, w = image.shape
        longest = torch.sym_max(h, w)
        if self.policy == "shrink":
            target = torch.sym_min(torch.sym_max(longest, self.min_side), self.max_side)
        else:
            target = self.max_side
        # round(side * target / longest) in integers (halves up), so sizes stay symbolic
        rh = torch.sym_max((2 * h * target + longest) // (2 * longest), 1)
        rw = torch.sym_max((2 * w * target + longest) // (2 * longest), 1)
        x = image[None].float()  # (3, H, W) -> (1, 3, H, W)
        # Antialiased when shrinking, as Pillow's bilinear filter; the identity at scale 1.
        x = F.interpolate(x, size=(rh, rw), mode="bilinear", align_corners=False, antialias=True)
        x = x.round().clamp(0, 255) / 255  # Pillow resizes 8-bit images: the same rounding
        x = (x - self.mean) / self.std
        m = self.multiple
        if self.policy == "square":
            ih = iw = (self.max_side + m - 1) // m * m
        else:
            ih, iw = (rh + m - 1) // m * m, (rw + m - 1) // m * m
        # Zero padding in normalised space is the mean colour: what the network sees least.
        return F.pad(x, (0, iw - rw, 0, ih - rh)), (rh, rw)


def probabilities(logits: Tensor, multi_label: bool) -> Tensor:
    """Class probabilities of one image: softmax, or a sigmoid per class (multi-label).

    Shape:
        (1, K) -> (K,)
    """
    return logits[0].float().sigmoid() if multi_label else logits[0].float().softmax(-1)


def boxes_to_original(boxes: Tensor, original: tuple[int, int], resized: tuple[int, int]) -> Tensor:
    """Boxes in input pixels -> original image pixels, clipped to the image.

    Shape:
        (D, 4) xyxy -> (D, 4) xyxy
    """
    (h, w), (rh, rw) = original, resized
    x = (boxes[:, 0::2] * w / rw).clamp(min=0).clamp(max=w)  # (D, 2): x1, x2
    y = (boxes[:, 1::2] * h / rh).clamp(min=0).clamp(max=h)  # (D, 2): y1, y2
    return torch.stack((x[:, 0], y[:, 0], x[:, 1], y[:, 1]), dim=1)


def mask_to_original(labels: Tensor, original: tuple[int, int], resized: tuple[int, int]) -> Tensor:
    """A class map over the padded input -> the original image's size (nearest neighbour).

    Shape:
        (H', W') -> (H, W)
    """
    rh, rw = resized
    valid = labels[:rh, :rw].float()[None, None]  # the image, without padding: (1, 1, rh, rw)
    return F.interpolate(valid, size=original, mode="nearest")[0, 0].long()


class EndToEnd(nn.Module):
    """Preprocessing, backbone, head and decoding: one photo in, the results out.

    Args:
        preprocess: a :class:`Preprocess`.
        backbone: ``(1, 3, H', W') -> {level: features}``.
        head: the head (reads ``levels`` by name; ``image`` is the preprocessed input).
        levels: the levels the head reads.
        task: ``classification``, ``detection`` or ``segmentation``.
        multi_label: classification with a sigmoid per class.
        decode_boxes: detection: ``(outputs, levels, input_size) -> (boxes, scores, labels)``
            in input pixels.

    Shape:
        image (3, H, W) uint8 -> classification (scores (K,),); detection (boxes (D, 4),
        scores (D,), labels (D,)) in original pixels; segmentation (mask (H, W),).
    """

    def __init__(
        self,
        preprocess: nn.Module,
        backbone: nn.Module,
        head: nn.Module,
        levels: tuple[str, ...],
        task: str,
        multi_label: bool = False,
        decode_boxes: Callable[..., tuple[Tensor, Tensor, Tensor]] | None = None,
    ) -> None:
        super().__init__()
        self.preprocess = preprocess
        self.backbone = backbone
        self.head = head
        self.levels = levels
        self.task = task
        self.multi_label = multi_label
        self.decode_boxes = decode_boxes

    def forward(self, image: Tensor) -> tuple[Tensor, ...]:
        _, h, w = image.shape
        x, resized = self.preprocess(image)
        features = dict(self.backbone(x))
        features["image"] = x
        inputs = {k: features[k] for k in self.levels}
        out = self.head(inputs)
        if self.task == "classification":
            return (probabilities(out["logits"], self.multi_label),)
        if self.task == "segmentation":
            labels = out["mask_logits"][0].argmax(0)  # (K, H', W') -> (H', W')
            return (mask_to_original(labels, (h, w), resized),)
        boxes, scores, labels = self.decode_boxes(out, inputs, (x.shape[2], x.shape[3]))
        return boxes_to_original(boxes, (h, w), resized), scores, labels


#: The run-time definitions the exported file copies (in this order).
RUNTIME = (Preprocess, probabilities, boxes_to_original, mask_to_original, EndToEnd)
#: What they import.
RUNTIME_IMPORTS = (
    ("torch", None, "torch"),
    ("torch.nn.functional", None, "F"),
    ("torch", "Tensor", "Tensor"),
    ("torch", "nn", "nn"),
    ("collections.abc", "Callable", "Callable"),
)

# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------


class Format(str, enum.Enum):
    """What :func:`export_end_to_end` writes: ``python`` (``model.py`` + ``model.pt``),
    ``onnx`` (``model.onnx``) or ``both``."""

    PYTHON = "python"
    ONNX = "onnx"
    BOTH = "both"


#: Output names by task (the ONNX outputs and the keys of the Python file's ``predict``).
OUTPUTS = {
    "classification": ("scores",),
    "detection": ("boxes", "scores", "labels"),
    "segmentation": ("mask",),
}


@dataclass(frozen=True)
class Decoding:
    """Detection decoding of the exported predictor (the app's defaults)."""

    score_threshold: float = 0.3
    iou_threshold: float = 0.5
    suppression: str = "class_aware"
    max_detections: int = 100
    topk_candidates: int = 1000

    def onnx_options(self) -> Any:
        from designer.onnx_export import OnnxOptions, Outputs

        return OnnxOptions(
            outputs=Outputs.DECODED,
            score_threshold=self.score_threshold,
            iou_threshold=self.iou_threshold,
            suppression=self.suppression,
            max_detections=self.max_detections,
            topk_candidates=self.topk_candidates,
        ).checked()


# ---------------------------------------------------------------------------------------------
# The predictor's parts
# ---------------------------------------------------------------------------------------------


@dataclass
class Parts:
    """Everything an end-to-end export needs, resolved."""

    spec: Any
    head_state: dict[str, Tensor]
    backbone: Any  # designer.backbones.Backbone
    contract: Any  # designer.contract.Contract
    config: Any  # designer.backbones.PreprocessConfig


def resolve(
    head: Any,
    *,
    backbone: str | None = None,
    state_dict: Mapping[str, Tensor] | None = None,
    class_names: Sequence[str] | None = None,
    trained_on: str | None = None,
    backbone_weights: str | Path | None = None,
) -> Parts:
    """The parts of the predictor for ``head``.

    Args:
        head: a task name (its bundled head), a :class:`designer.inference.HeadBundle`, a
            bundle file (``.safetensors``), or a spec (with ``backbone`` and ``state_dict``).
        backbone: the backbone (default: the bundle's, else the zoo backbone with the head's
            levels).
        state_dict: the head's weights (default: the bundle's).
        class_names, trained_on: for the contract (default: the bundle's).
        backbone_weights: a weights file for the backbone (default: its ImageNet file).

    Raises:
        ValueError: naming what does not fit (levels, weights, an unknown backbone).
    """
    from designer.backbones import _entry, load_backbone
    from designer.contract import backbone_for, bundle_contract, bundled_contract, contract_for
    from designer.inference import HeadBundle
    from heads.graph import resolve_spec
    from heads.spec import Task

    contract = None
    if isinstance(head, Task) or (isinstance(head, str) and head in {t.value for t in Task}):
        from designer.inference import default_head

        contract = bundled_contract(head)
        head = default_head(head)
    elif isinstance(head, str | Path) and str(head).endswith(".safetensors"):
        head = HeadBundle.load(head)
    if isinstance(head, HeadBundle):
        if contract is None:
            contract = bundle_contract(head)
        spec, state = head.spec, head.state_dict if state_dict is None else state_dict
        backbone = backbone or head.backbone
        class_names = head.class_names if class_names is None else class_names
    else:
        spec, state = resolve_spec(head), state_dict
    if backbone is None:
        backbone = backbone_for(spec)
        if backbone is None:
            raise ValueError(
                "no zoo backbone gives the levels this head reads; name one with backbone="
            )
    if state is None:
        from heads.graph import GraphHead

        torch.manual_seed(0)
        state = GraphHead(spec).state_dict()
    config = _entry(backbone).config
    if contract is None or contract.backbone != backbone or class_names is not None:
        contract = contract_for(
            spec,
            backbone,
            class_names=tuple(class_names or ()),
            trained_on=trained_on or (contract.trained_on if contract else None),
            image_size=contract.image_size if contract else None,
        )
    if contract.image_size:
        config = dataclasses.replace(config, max_side=int(contract.image_size))
    _check_levels(spec, backbone)
    bb = load_backbone(backbone, backbone_weights)
    return Parts(spec, dict(state), bb, contract, config)


def _check_levels(spec: Any, backbone: str) -> None:
    from designer.backbones import backbone_info
    from designer.contract import used_levels
    from heads.spec import SpecError

    have = backbone_info(backbone).feature_info
    info = dict(spec.inputs)
    for name in used_levels(spec):
        if name == IMAGE_LEVEL:
            continue
        if name not in have or have[name] != info[name]:
            levels = ", ".join(f"{k} ({v.channels}@s{v.stride})" for k, v in have.items())
            raise SpecError(
                f"the head reads level {name!r} ({info[name].channels}@s{info[name].stride}), "
                f"which backbone {backbone!r} does not give; its levels: {levels}",
                field="inputs",
            )


def _multi_label(spec: Any) -> bool:
    from designer.onnx_export import _multi_label as multi

    return multi(spec)


# ---------------------------------------------------------------------------------------------
# The module itself (what the ONNX export traces and the tests run)
# ---------------------------------------------------------------------------------------------


class BackboneLevels(nn.Module):
    """A designer backbone's feature taps for the given levels (no input checks, no layout
    changes: they are for eager use, and the graph has neither)."""

    def __init__(self, backbone: nn.Module, levels: tuple[str, ...]) -> None:
        super().__init__()
        self.backbone = backbone
        self.levels = levels

    def forward(self, x: Tensor) -> dict[str, Tensor]:
        return self.backbone._features(x, self.levels)


class GraphBoxes(nn.Module):
    """Detection decoding in the graph: :class:`designer.onnx_export.DetectionDecoder` on the
    head's outputs, with the level sizes read from the backbone's features."""

    def __init__(self, spec: Any, decoding: Decoding) -> None:
        from designer.onnx_export import DetectionDecoder

        super().__init__()
        self.spec = spec
        self.decoder = DetectionDecoder(spec, decoding.onnx_options())

    def forward(
        self, outputs: Mapping[str, Tensor], levels: Mapping[str, Tensor], input_size: Any
    ) -> tuple[Tensor, Tensor, Tensor]:
        from designer.onnx_export import dense_level_sizes

        sizes, _ = dense_level_sizes(self.spec, levels)
        boxes, scores, labels, _ = self.decoder(outputs, sizes, input_size)
        return boxes, scores, labels


def build_module(parts: Parts, decoding: Decoding = Decoding()) -> EndToEnd:
    """The end-to-end predictor as one module (eval mode, batch norms of the head folded)."""
    from designer.contract import used_levels
    from designer.onnx_export import _load_head

    spec = parts.spec
    levels = tuple(used_levels(spec))
    head = _load_head(spec, parts.head_state, 0)
    c = parts.config
    pre = Preprocess(
        getattr(c.policy, "value", str(c.policy)), c.max_side, c.min_side, c.multiple,
        tuple(c.mean), tuple(c.std),
    )  # fmt: skip
    taps = tuple(k for k in levels if k != IMAGE_LEVEL)
    boxes = GraphBoxes(spec, decoding) if spec.task.value == "detection" else None
    return EndToEnd(
        pre, BackboneLevels(parts.backbone, taps), head, levels, spec.task.value,
        _multi_label(spec), boxes,
    ).eval()  # fmt: skip


# ---------------------------------------------------------------------------------------------
# ONNX
# ---------------------------------------------------------------------------------------------


def to_onnx(parts: Parts, decoding: Decoding = Decoding(), *, image_size: int | None = None) -> Any:
    """The end-to-end predictor as an ONNX model (an :class:`designer.onnx_export.OnnxExport`).

    The input ``image`` is ``(3, H, W)`` uint8 with dynamic ``H`` and ``W``, unless a node
    needs a fixed map size (:func:`designer.onnx_export.fixed_size_nodes`): then the file takes
    images of ``image_size`` (default: the contract's longest side) squared, and its notes say
    why.
    """
    from torch.export import Dim

    from designer.onnx_export import (
        OnnxExport,
        OnnxExportError,
        _failing_node,
        _metadata,
        _summary,
        _torch_export,
        fixed_size_nodes,
    )

    module = build_module(parts, decoding)
    names = OUTPUTS[parts.spec.task.value]
    fixed = fixed_size_nodes(module.head)
    side = int(image_size or parts.config.max_side)
    g = torch.Generator().manual_seed(0)
    # An example photo of another aspect than the resize target, so that both sides resize.
    example = torch.randint(
        0, 256, (3, side * 3 // 4 + 7, side + 9), generator=g, dtype=torch.uint8
    )
    opset = int(decoding.onnx_options().opset)
    square = torch.randint(0, 256, (3, side, side), generator=g, dtype=torch.uint8)
    notes = [f"image size fixed at {side}x{side}: node {n!r}: {why}" for n, why in fixed]
    program, dims = None, ()
    if not fixed:
        H, W = Dim("height", min=16, max=8192), Dim("width", min=16, max=8192)
        try:
            program = _torch_export(
                _Unpacked(module), example, ({1: H, 2: W},), ["image"], names, opset
            )
            dims = ("height", "width")
        except Exception as e:  # noqa: BLE001 - a fixed size may still export; say why
            found = _failing_node(
                module.head, parts.spec, _head_inputs(module, example), opset, dynamic=True
            )
            where = f"node {found[0]!r} (block {found[1]}): {found[2]}" if found else _summary(e)
            notes.append(f"image size fixed at {side}x{side}: dynamic sizes fail at {where}")
    if program is None:
        try:
            program = _torch_export(_Unpacked(module), square, None, ["image"], names, opset)
        except Exception as e:  # noqa: BLE001 - reported with the node at fault
            found = _failing_node(module.head, parts.spec, _head_inputs(module, square), opset)
            if found is not None:
                node, block, reason = found
                raise OnnxExportError(
                    f"node {node!r} (block {block}) cannot be exported to ONNX: {reason}", node
                ) from None
            raise OnnxExportError(
                f"the predictor cannot be exported to ONNX: {_summary(e)}"
            ) from None
    model = program.model_proto
    _metadata(model, parts.spec, names, parts.contract, notes)
    model.doc_string = (
        f"End to end: a photo (3, H, W) uint8 RGB in, {', '.join(names)} out, in original image "
        f"pixels.\n\n{model.doc_string}"
    )
    return OnnxExport(model.SerializeToString(), ("image",), names, dims, tuple(notes))


class _Unpacked(nn.Module):
    """The predictor with its input as a tensor argument (what the exporter traces)."""

    def __init__(self, module: EndToEnd) -> None:
        super().__init__()
        self.module = module

    def forward(self, image: Tensor) -> tuple[Tensor, ...]:
        return self.module(image)


def _head_inputs(module: EndToEnd, image: Tensor) -> dict[str, Tensor]:
    with torch.no_grad():
        x, _ = module.preprocess(image)
        features = dict(module.backbone(x))
    features[IMAGE_LEVEL] = x
    return {k: features[k] for k in module.levels}


# ---------------------------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Family:
    """How the exported file builds one family of backbones."""

    cls: str  # the designer.backbones class whose _features the file copies
    build: tuple[str, ...]  # __init__ lines (after super().__init__())
    package: str = ""  # an extra package the file needs
    drop: tuple[str, ...] = ()  # state_dict prefixes the file's backbone does not have


FAMILIES = {
    "lite": _Family(
        "LiteBackbone",
        (
            "try:",
            "    from efficientnet_lite_pytorch import EfficientNet",
            "except ImportError as e:",
            "    raise ImportError(",
            '        "EfficientNet-Lite0 needs the package efficientnet-lite-pytorch: "',
            '        "pip install efficientnet-lite-pytorch"',
            "    ) from e",
            "# image_size fixes the SAME padding; 224's padding is right for every multiple of 32.",
            'self.model = EfficientNet.from_name("efficientnet-lite0", image_size=224)',
            "self.model._fc = nn.Identity()  # the classifier is not a feature level",
        ),
        "efficientnet-lite-pytorch",
        ("model._fc.",),
    ),
    "torchvision": _Family(
        "TorchvisionBackbone",
        (
            "model = torchvision.models.get_model(NAME, weights=None)",
            "self.body = create_feature_extractor(model, return_nodes=RETURN_NODES)",
        ),
    ),
    "vit": _Family("VitBackbone", ("self.vit = torchvision.models.get_model(NAME, weights=None)",)),
}


def _family(name: str) -> tuple[_Family, Any]:
    from designer.backbones import _entry

    entry = _entry(name)
    if entry.family not in FAMILIES:
        raise ValueError(f"backbone {name!r} ({entry.family}) has no end-to-end Python export")
    return FAMILIES[entry.family], entry


def backbone_state(parts: Parts) -> dict[str, Tensor]:
    """The backbone's weights under the exported file's names (``backbone.<...>``)."""
    family, _ = _family(parts.backbone.name)
    return {
        f"backbone.{k}": v
        for k, v in parts.backbone.state_dict().items()
        if not k.startswith(family.drop)
    }


def _source(obj: Any) -> str:
    return textwrap.dedent(inspect.getsource(obj)).rstrip()


def _split_module(code: str) -> tuple[str, list[tuple[str, str | None, str]], str]:
    """(docstring, imports as (module, name, alias), body) of a generated module."""
    tree = ast.parse(code)
    lines = code.split("\n")
    doc = ast.get_docstring(tree, clean=False) or ""
    imports: list[tuple[str, str | None, str]] = []
    body_start = 0
    end = len(lines)
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            imports += [(a.name, None, a.asname or a.name) for a in stmt.names]
            body_start = stmt.end_lineno
        elif isinstance(stmt, ast.ImportFrom):
            imports += [(stmt.module or "", a.name, a.asname or a.name) for a in stmt.names]
            body_start = stmt.end_lineno
        elif isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
        ):
            end = stmt.lineno - 1
    body = "\n".join(lines[body_start:end]).strip("\n")
    return doc, [i for i in imports if i[0] != "__future__"], body


_STDLIB = frozenset({"math", "typing", "collections", "collections.abc", "enum", "itertools",
                     "functools", "dataclasses", "warnings", "json", "pathlib"})  # fmt: skip


def _import_block(imports: Sequence[tuple[str, str | None, str]]) -> list[str]:
    """Imports in isort's layout (``ruff check --select I``): future, standard library, third
    party; plain imports before from-imports in each section; sorted."""

    def key(text: str) -> tuple[str, str]:
        return (text.lower(), text)

    lines = ["from __future__ import annotations"]
    for section in (True, False):
        chosen = [
            i
            for i in dict.fromkeys(imports)
            if (i[0].split(".")[0] in _STDLIB or i[0] in _STDLIB) == section
        ]
        plain = sorted(
            {f"import {m}" + (f" as {a}" if a != m else "") for m, n, a in chosen if n is None},
            key=key,
        )
        froms: dict[str, set[str]] = {}
        for m, n, a in chosen:
            if n is not None:
                froms.setdefault(m, set()).add(n if a == n else f"{n} as {a}")

        def member(n: str) -> tuple[int, str, str]:
            kind = 0 if n.isupper() and len(n) > 1 else 1 if n[:1].isupper() else 2
            return (kind, n.lower(), n)

        from_lines = [
            f"from {m} import {', '.join(sorted(froms[m], key=member))}"
            for m in sorted(froms, key=lambda m: m.lower())
        ]
        if plain or from_lines:
            lines += ["", *plain, *from_lines]
    return lines


def _literal(value: Any) -> str:
    """A Python literal for JSON-able data, laid out by ``pprint`` (deterministic)."""
    import pprint

    return pprint.pformat(value, width=96, sort_dicts=True, compact=True)


def to_python(parts: Parts, decoding: Decoding = Decoding()) -> str:
    """The end-to-end predictor as one standalone Python module (see the module doc).

    It imports torch and torchvision (plus the Lite0 package for EfficientNet-Lite0); its
    ``load(path)`` reads the weights :func:`export_end_to_end` writes (``model.pt``).
    """
    from designer import backbones
    from designer.codegen import format_code
    from designer.codegen import to_python as head_python
    from designer.contract import used_levels

    spec, contract = parts.spec, parts.contract
    family, entry = _family(parts.backbone.name)
    task = spec.task.value
    head_doc, head_imports, head_body = _split_module(head_python(spec, "Head"))
    imports = [*head_imports, *RUNTIME_IMPORTS, ("torchvision", None, "torchvision")]
    if family.cls == "TorchvisionBackbone":
        imports.append(
            (
                "torchvision.models.feature_extraction",
                "create_feature_extractor",
                "create_feature_extractor",
            )
        )
    levels = tuple(used_levels(spec))
    taps = tuple(k for k in levels if k != IMAGE_LEVEL)
    c = parts.config
    preprocess = {
        "policy": getattr(c.policy, "value", str(c.policy)), "max_side": c.max_side,
        "min_side": c.min_side, "multiple": c.multiple, "mean": tuple(c.mean), "std": tuple(c.std),
    }  # fmt: skip
    needs = "torch and torchvision" + (f", and {family.package}" if family.package else "")
    doc = [
        f"An end-to-end {task} predictor exported from the Model Heads design "
        f"{json.dumps(spec.name or 'design')}: preprocessing, the {parts.backbone.name} backbone, "
        "the head and its decoding in one module.",
        "",
        f"Standalone: it needs {needs}.",
        "",
        "Example::",
        "",
        '    model = load("model.pt")',
        '    results = predict(model, "photo.jpg")  # ' + ", ".join(OUTPUTS[task]),
        "",
        "Input: one RGB photo, a uint8 tensor (3, H, W) (torchvision.io.decode_image).",
        "Outputs (in original image pixels): "
        + "; ".join(OUTPUTS_DOC[k] for k in OUTPUTS[task])
        + ".",
        "",
        "Contract:",
        "",
        *(f"    {line}" for line in contract.describe()),
        "",
        "The head (exported as the class Head):",
        "",
        textwrap.indent(head_doc.strip(), "    "),
        "",
    ]
    init = "\n".join(f"        {line}" if line else "" for line in family.build)
    features = textwrap.indent(
        textwrap.dedent(inspect.getsource(getattr(backbones, family.cls)._features)), "    "
    )
    constants = [
        f"#: The backbone: {entry.description}.",
        f"NAME = {parts.backbone.name!r}",
    ]
    if family.cls == "TorchvisionBackbone":
        constants.append(f"RETURN_NODES = {_literal(dict(entry.nodes))}")
    constants += [
        "#: The levels the head reads, and those the backbone taps.",
        f"LEVELS = {_literal(levels)}",
        f"TAPS = {_literal(taps)}",
        "#: The resizing and normalisation the backbone expects.",
        f"PREPROCESS = {_literal(preprocess)}",
        f"TASK = {task!r}",
        "#: Output names, in order.",
        f"OUTPUTS = {_literal(OUTPUTS[task])}",
        "#: What the head expects and gives (see the module docstring).",
        f"CONTRACT = {_literal(contract.to_dict())}",
        'CLASS_NAMES = tuple(CONTRACT["class_names"])',
    ]
    taps_attr = ""
    if family.cls == "LiteBackbone":
        taps_attr = f"\n    #: level -> index of the last ``_blocks`` entry at that stride.\n    TAPS = {backbones.LiteBackbone.TAPS!r}\n"
    backbone_cls = f'''class Backbone(nn.Module):
    """The {parts.backbone.name} feature levels the head reads: (1, 3, H, W) -> {{level: map}}."""
{taps_attr}
    def __init__(self) -> None:
        super().__init__()
{init}

    def forward(self, images: Tensor) -> dict[str, Tensor]:
        return self._features(images, TAPS)

{features.rstrip()}'''
    decode = ""
    if task == "detection":
        decode = f'''

def decode_boxes(outputs, levels, input_size):
    """Boxes, scores and labels of one image in input pixels (decode_detections)."""
    det = decode_detections(
        outputs,
        [input_size],
        input_size=input_size,
        score_threshold={decoding.score_threshold!r},
        topk_candidates={decoding.topk_candidates!r},
        suppression={decoding.suppression!r},
        iou_threshold={decoding.iou_threshold!r},
        detections_per_img={decoding.max_detections!r},
    )[0]
    return det["boxes"], det["scores"], det["labels"]'''
    tail = f'''

def build() -> EndToEnd:
    """The predictor with fresh weights (see load)."""
    return EndToEnd(
        Preprocess(**PREPROCESS),
        Backbone(),
        Head(),
        LEVELS,
        TASK,
        multi_label={_multi_label(spec)!r},
        decode_boxes={"decode_boxes" if task == "detection" else "None"},
    )


def load(path="model.pt") -> EndToEnd:
    """The predictor with the exported weights, in eval mode."""
    model = build()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state["state_dict"], strict=True)
    return model.eval()


def read_image(path) -> Tensor:
    """A photo file as an RGB uint8 tensor (3, H, W)."""
    return torchvision.io.decode_image(str(path), mode=torchvision.io.ImageReadMode.RGB)


@torch.no_grad()
def predict(model: EndToEnd, image) -> dict[str, Tensor]:
    """The results for one photo (a path or a (3, H, W) uint8 tensor), by output name."""
    if not isinstance(image, Tensor):
        image = read_image(image)
    return dict(zip(OUTPUTS, model(image)))'''
    runtime = "\n\n\n".join(_source(obj) for obj in RUNTIME)
    names = ["Backbone", "EndToEnd", "Head", "Preprocess", "build", "load", "predict", "read_image"]
    parts_text = [
        '"""' + "\n".join(doc).rstrip() + '\n"""',
        "",
        *_import_block(imports),
        "",
        "",
        head_body,
        "",
        "",
        runtime,
        "",
        "",
        "\n".join(constants),
        "",
        "",
        backbone_cls + decode + tail,
        "",
        "",
        "__all__ = [" + ", ".join(json.dumps(n) for n in sorted(names)) + "]",
        "",
    ]
    code = "\n".join(parts_text)
    ast.parse(code)  # an internal error, not a user's, if this fails
    # The head's code is laid out already; ruff lays out the constants and sorts the imports
    # (without ruff the text is the same code, less tidy).
    return format_code(code)


OUTPUTS_DOC = {
    "scores": "scores: class probabilities (K,) (detection: each box's score (D,))",
    "boxes": "boxes: (D, 4) xyxy, best first",
    "labels": "labels: class of each box (D,)",
    "mask": "mask: class of every pixel (H, W)",
}


def save_weights(parts: Parts, path: str | Path) -> Path:
    """``model.pt``: the predictor's state dict, the contract and the spec (plain data)."""
    state = {**backbone_state(parts), **{f"head.{k}": v for k, v in parts.head_state.items()}}
    state = {k: v.detach().cpu().contiguous().clone() for k, v in sorted(state.items())}
    data = {
        "state_dict": state,
        "contract": parts.contract.to_json(),
        "spec": parts.spec.to_json(None),
    }
    path = Path(path)
    torch.save(data, path)
    return path


def export_end_to_end(
    head: Any,
    out: str | Path,
    *,
    backbone: str | None = None,
    state_dict: Mapping[str, Tensor] | None = None,
    class_names: Sequence[str] | None = None,
    trained_on: str | None = None,
    formats: Format | str = Format.BOTH,
    decoding: Decoding = Decoding(),
    stem: str = "model",
) -> list[Path]:
    """Export the whole predictor to the folder ``out``: spec + weights + options -> files.

    Args:
        head, backbone, state_dict, class_names, trained_on: see :func:`resolve` (``head`` may
            be its result, :class:`Parts`).
        out: the folder (created when missing).
        formats: see :class:`Format`.
        decoding: detection decoding settings.
        stem: the files' name before the suffix.

    Returns:
        the written paths: ``<stem>.py`` and ``<stem>.pt`` and/or ``<stem>.onnx``.

    Raises:
        ValueError: (``OnnxExportError``, ``SpecError``, ...) naming what is wrong.
    """
    import re

    try:
        formats = Format(getattr(formats, "value", formats))
    except ValueError:
        raise ValueError(
            f"format {formats!r} is unknown; choose one of: {', '.join(f.value for f in Format)}"
        ) from None
    if not re.match(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$", stem):
        raise ValueError(f"file stem {stem!r} must be letters, digits, '_', '-' or '.'")
    if isinstance(head, Parts):
        parts = head
    else:
        parts = resolve(
            head,
            backbone=backbone,
            state_dict=state_dict,
            class_names=class_names,
            trained_on=trained_on,
        )
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if formats in (Format.PYTHON, Format.BOTH):
        code = to_python(parts, decoding)
        (out / f"{stem}.py").write_text(code, encoding="utf-8")
        written += [out / f"{stem}.py", save_weights(parts, out / f"{stem}.pt")]
    if formats in (Format.ONNX, Format.BOTH):
        written.append(to_onnx(parts, decoding).save(out / f"{stem}.onnx"))
    return written


# ---------------------------------------------------------------------------------------------
# Command line: model-heads export-model
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``model-heads export-model HEAD -o DIR``: the whole predictor, as Python and/or ONNX."""
    parser = argparse.ArgumentParser(
        prog="model-heads export-model",
        description="Export the whole predictor (resize, normalise, backbone, head, decoding) "
        "as standalone Python (model.py + model.pt) and/or ONNX (model.onnx).",
    )
    parser.add_argument(
        "head",
        metavar="HEAD",
        help="a task (its bundled head: classification, detection, segmentation), a head "
        "bundle (.safetensors), or a spec JSON file / preset name with --backbone",
    )
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--format", choices=[f.value for f in Format], default="both")
    parser.add_argument("--backbone", metavar="NAME", help="the backbone (default: the bundle's)")
    parser.add_argument("--weights", metavar="FILE", help="the head's weights (.safetensors/.pt)")
    parser.add_argument("--classes", metavar="A,B,.. or FILE", help="class names")
    parser.add_argument("--score-threshold", type=float, default=0.3)
    parser.add_argument("--iou-threshold", type=float, default=0.5)
    parser.add_argument("--max-detections", type=int, default=100)
    args = parser.parse_args(list(argv) if argv is not None else None)
    from designer.contract import UNTRAINED, class_names_arg

    head: Any = args.head
    if not (Path(head).suffix in (".safetensors",) or head in OUTPUTS):
        if Path(head).suffix == ".json" or Path(head).is_file():
            from heads.spec import HeadSpec

            head = HeadSpec.from_json(Path(head).read_bytes())
        else:
            from designer.backbones import backbone_info
            from heads.registry import get_preset

            levels = backbone_info(args.backbone).feature_info if args.backbone else None
            head = get_preset(
                head,
                levels,
                **({"num_classes": len(class_names_arg(args.classes))} if args.classes else {}),
            )
    state = None
    if args.weights:
        from designer.backbones import load_state_dict_file

        state = load_state_dict_file(args.weights)
    decoding = Decoding(
        args.score_threshold, args.iou_threshold, "class_aware", args.max_detections
    )
    parts = resolve(
        head, backbone=args.backbone, state_dict=state,
        class_names=class_names_arg(args.classes) or None,
        trained_on=f"weights from {Path(args.weights).name}" if args.weights else None,
    )  # fmt: skip
    paths = export_end_to_end(parts, args.output, formats=args.format, decoding=decoding)
    for path in paths:
        print(f"wrote {path}", file=sys.stderr)
    if not parts.backbone.pretrained:
        print(f"note: the backbone has {parts.backbone.weights_note}", file=sys.stderr)
    if parts.contract.trained_on == UNTRAINED:
        print("note: the head is untrained (random weights); pass --weights", file=sys.stderr)
    return 0


__all__ = [
    "OUTPUTS",
    "RUNTIME",
    "Decoding",
    "EndToEnd",
    "Format",
    "Parts",
    "Preprocess",
    "boxes_to_original",
    "build_module",
    "export_end_to_end",
    "main",
    "mask_to_original",
    "probabilities",
    "resolve",
    "to_onnx",
    "to_python",
]
