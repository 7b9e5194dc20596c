"""Registries of blocks and presets. Both raise on duplicate names and list by task.

A *block* is described once, by its :class:`BlockDef`: a frozen parameter dataclass (the
schema parsing, validation and the app's forms read), a pure plan function ``plan(input_types,
params) -> BlockPlan`` that validates the node, infers its output types and gives the module's
constructor arguments as plain values, the ``nn.Module`` class (referenced lazily, so that the
spec and its validation work without torch), its typed ports, and the optional capabilities the
interpreters ask for: a size check (the analysis), dense-head operations (anchors, box coding,
loss and decoding), transplant rules (weights from torchvision). The module builder and the code
generator both construct the module from the planned arguments, which is what keeps exported
code and the in-app module identical. No interpreter branches on a block's name.

A *preset* is a function ``(in_features: dict[str, FeatureInfo], **options) -> HeadSpec``.

This module imports no torch.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import inspect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from heads.spec import HeadSpec, Kind, PlanFn, SpecError, Task


@dataclass(frozen=True)
class Port:
    """An input port of a block: a name, the kinds it takes and how many references.

    Attributes:
        name: the port's name (``levels``, ``x``, ``reference``).
        kinds: tensor kinds it accepts.
        min: fewest references it takes.
        max: most references (``None``: any number).
        doc: one line for the canvas.
    """

    name: str
    kinds: tuple[Kind, ...] = (Kind.MAP,)
    min: int = 1
    max: int | None = 1
    doc: str = ""


@dataclass(frozen=True)
class Ports:
    """A block's typed ports, for the canvas (inputs as :class:`Port` s, outputs by name).

    A node's ``inputs`` list is split over the input ports in order: each takes at least its
    ``min`` references, and one port without a ``max`` takes what is left. Output ports are
    ``outputs`` when they are fixed (``cls_logits``, ``bbox_regression``); a block whose outputs
    depend on its inputs (one pyramid level per input, one map per decoder stage) leaves
    ``outputs`` empty, says how they are named in ``outputs_doc``, and the plan names them
    (:attr:`heads.spec.TensorType.name` of each planned output, referenced ``node.port``).

    Example:
        >>> Ports((Port("x"), Port("reference"))).assign(2)
        ['x', 'reference']
        >>> Ports((Port("levels", max=None),), outputs_doc="p<log2 stride>").assign(3)
        ['levels', 'levels', 'levels']
    """

    inputs: tuple[Port, ...] = (Port("x"),)
    outputs: tuple[str, ...] = ()
    outputs_doc: str = ""

    def assign(self, count: int) -> list[str]:
        """The port each of ``count`` input references goes to, in order.

        Raises:
            SpecError: (``field='inputs'``) when the count does not fit the ports.
        """
        need = sum(p.min for p in self.inputs)
        fixed = [p.max for p in self.inputs if p.max is not None]
        most = None if len(fixed) < len(self.inputs) else sum(fixed)
        if count < need or (most is not None and count > most):
            want = f"{need}" if most == need else f"{need} to {most}" if most else f"{need} or more"
            names = ", ".join(p.name for p in self.inputs)
            raise SpecError(f"takes {want} input(s) ({names}), got {count}", field="inputs")
        spare = count - need
        out: list[str] = []
        for p in self.inputs:
            extra = spare if p.max is None else min(spare, p.max - p.min)
            spare -= extra
            out += [p.name] * (p.min + extra)
        return out


#: Ports of a block that reads one map.
ONE_MAP = Ports((Port("x", (Kind.MAP,)),))
#: Ports of a block that reads a pyramid: any number of maps, shallow to deep.
LEVELS = Ports((Port("levels", (Kind.MAP,), max=None, doc="maps, shallow to deep"),))


@dataclass(frozen=True)
class DenseOps:
    """What post-processing and training need of a dense detection head, as functions of its
    parameters (see :func:`heads.detector.dense_head_ops`).

    Attributes:
        num_anchors: ``params -> A``, anchors per location (an int, or one per level).
        cell_anchors: ``(params, level strides) -> [(A, 4) tensors]``, each level's
            zero-centred anchors.
        box_coder: ``params -> coder`` with ``encode``/``decode`` (``heads.box_coding``).
        loss: ``(params, outputs, anchors, num_anchors_per_level, targets, coder, **options)
            -> dict`` of loss terms.
        anchor_stride: ``params -> AnchorStride``, how anchors are spaced on each level.
        grid: ``(params, feature sizes, level strides, input size, dtype, device) -> [(H_l *
            W_l * A_l, 4) tensors]``: every level's anchors, for heads whose anchors are not
            cell anchors on a stride grid (SSD's default boxes are fractions of the input);
            ``None``: ``cell_anchors`` spaced by ``anchor_stride``.
        decoder: ``(params, level strides) -> (function, constants)``: a spec-free decoding
            function ``function(outputs, image_sizes, feature_sizes, *, input_size, **constants,
            **options)`` and its constant arguments as plain values (exported code writes them
            in); ``None``: :func:`heads.postprocess.decode_dense` with the cell anchors.
    """

    num_anchors: Callable[[Any], int | Sequence[int]]
    cell_anchors: Callable[[Any, Sequence[int]], list]
    box_coder: Callable[[Any], Any]
    loss: Callable[..., dict]
    anchor_stride: Callable[[Any], Any]
    grid: Callable[..., list] | None = None
    decoder: Callable[[Any, Sequence[int]], tuple[Callable[..., list], dict]] | None = None


@dataclass(frozen=True)
class InstanceOps:
    """What instance post-processing needs of a block whose masks are made after decoding
    (RoI heads need the detected boxes; see :func:`heads.detector.instance_masks`).

    Attributes:
        predict: ``(module, node outputs, detections, image sizes) -> detections`` with
            ``masks (R_i, 1, H, W)`` added.
        logits: ``(module, node outputs, boxes, image sizes) -> mask logits`` for training.
        roi_flops: ``(module, input shapes, rois) -> FLOPs`` of the part that runs after
            decoding, for ``rois`` boxes in all (the analysis reports it per stated number of
            detections; the module is on the meta device).
    """

    predict: Callable[..., list]
    logits: Callable[..., Any]
    roi_flops: Callable[..., int] | None = None


@dataclass(frozen=True)
class TransplantRule:
    """How a block receives the weights of one kind of torchvision module.

    Attributes:
        source: the kind of torchvision part it takes (``fpn``, ``retinanet_head``,
            ``fcos_head``; see :func:`heads.detector.transplant_from_torchvision`).
        rules: ``() -> [(regex, key -> key)]``: torchvision ``state_dict`` keys to the node's.
        prefix: the node's sub-module that holds the part (``fpn.`` in a PAN).
        settings: ``torchvision part -> {param: value}``, the node parameters the part implies
            (a group count, extra levels); ``None``: none.
    """

    source: str
    rules: Callable[[], list]
    prefix: str = ""
    settings: Callable[[Any], dict[str, Any]] | None = None


@dataclass(frozen=True)
class BlockDef:
    """A registered block: everything interpreters need to know about it.

    Attributes:
        name: the name specs use (``"fpn"``).
        tasks: the tasks it is meant for (empty: any task).
        params: the frozen parameter dataclass (the schema of parsing, validation, forms).
        module_ref: the ``nn.Module`` class, or ``"package.module:Class"`` imported on first use
            (:attr:`module`); constructed as ``module(**plan.kwargs)``.
        plan: the plan function (validation, output types, constructor kwargs).
        multi_input: whether ``forward`` takes a list of tensors (else one tensor).
        description: one line for lists, forms and diagrams.
        role: where diagrams group it: ``neck``, ``tower``, ``head``, ``pool``, ``decoder`` ...
        ports: typed input and output ports (the canvas).
        size_check: ``(planned kwargs, input shapes) -> [messages]``, design warnings at an
            analysed input size (:func:`heads.analyze` reports them).
        dense: dense detection head operations, for heads whose outputs are decoded.
        transplant: how torchvision weights load into it.
        instance: instance-mask operations, for blocks whose masks need the detections.
        fixed_size: why a traced graph of the block holds at the traced map size only (empty:
            it holds at every size); ONNX export then fixes the spatial size and says why.
    """

    name: str
    tasks: tuple[Task, ...]
    params: type
    module_ref: Any
    plan: PlanFn
    multi_input: bool
    description: str
    role: str
    ports: Ports | None = None
    size_check: Callable[[dict, list], list[str]] | None = None
    dense: DenseOps | None = None
    transplant: TransplantRule | None = None
    instance: InstanceOps | None = None
    fixed_size: str = ""

    @property
    def module(self) -> type:
        """The ``nn.Module`` class (imports its module, and torch, on first use)."""
        ref = self.module_ref
        if not isinstance(ref, str):
            return ref
        module, _, attr = ref.partition(":")
        return getattr(importlib.import_module(module), attr)

    @property
    def input_ports(self) -> Ports:
        """The block's ports (one input ``x`` or a list ``inputs`` when none are registered)."""
        if self.ports is not None:
            return self.ports
        if self.multi_input:
            return Ports((Port("inputs", tuple(Kind), max=None),))
        return Ports((Port("x", tuple(Kind)),))


@dataclass(frozen=True)
class PresetDef:
    """A registered preset: a function building a :class:`HeadSpec` for given input levels."""

    name: str
    task: Task
    build: Callable[..., HeadSpec]
    description: str


_BLOCKS: dict[str, BlockDef] = {}
_PRESETS: dict[str, PresetDef] = {}


def register_block(
    name: str,
    *,
    params: type,
    module: type | str,
    tasks: Iterable[Task | str] = (),
    multi_input: bool = False,
    description: str = "",
    role: str = "block",
    ports: Ports | None = None,
    size_check: Callable[[dict, list], list[str]] | None = None,
    dense: DenseOps | None = None,
    transplant: TransplantRule | None = None,
    instance: InstanceOps | None = None,
    fixed_size: str = "",
) -> Callable[[PlanFn], PlanFn]:
    """Register a block; decorates its plan function. The arguments are :class:`BlockDef` 's.

    Raises:
        ValueError: when ``name`` is registered already.
    """

    def wrap(fn: PlanFn) -> PlanFn:
        if name in _BLOCKS:
            raise ValueError(f"block {name!r} is registered already")
        desc = description or (inspect.getdoc(fn) or "").split("\n")[0]
        _BLOCKS[name] = BlockDef(
            name, tuple(Task(t) for t in tasks), params, module, fn, multi_input, desc, role,
            ports, size_check, dense, transplant, instance, fixed_size,
        )  # fmt: skip
        return fn

    return wrap


def update_block(name: str, **changes: Any) -> BlockDef:
    """Replace some of a registered block's capabilities (``size_check=...``); returns it."""
    block = get_block(name)
    _BLOCKS[name] = dataclasses.replace(block, **changes)
    return _BLOCKS[name]


def module_attributes(module: str) -> Callable[[str], Any]:
    """A module-level ``__getattr__`` (PEP 562) that finds names in ``module`` on first use.

    Block families keep their torch modules in :mod:`heads.modules`; their description modules
    forward those names, so ``from heads.blocks.detection import FPN`` works and importing the
    description alone loads no torch.
    """

    def __getattr__(name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(importlib.import_module(module), name)
        except AttributeError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None

    return __getattr__


def get_block(name: str, *, node: str | None = None) -> BlockDef:
    """The block called ``name``; a :class:`SpecError` listing close matches otherwise."""
    _ensure_loaded()
    try:
        return _BLOCKS[name]
    except (KeyError, TypeError):
        close = difflib.get_close_matches(str(name), _BLOCKS, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise SpecError(
            f"unknown block {name!r}.{hint} Known blocks: {', '.join(sorted(_BLOCKS))}",
            node=node,
            field="block",
        ) from None


def list_blocks(task: Task | str | None = None) -> list[BlockDef]:
    """All blocks, or those usable for ``task`` (blocks registered for no task count too)."""
    _ensure_loaded()
    t = Task(task) if task is not None else None
    return [b for b in _BLOCKS.values() if t is None or not b.tasks or t in b.tasks]


def register_preset(name: str, *, task: Task | str, description: str = "") -> Callable:
    """Register a preset function ``(in_features, **options) -> HeadSpec``.

    Raises:
        ValueError: when ``name`` is registered already.
    """

    def wrap(fn: Callable[..., HeadSpec]) -> Callable[..., HeadSpec]:
        if name in _PRESETS:
            raise ValueError(f"preset {name!r} is registered already")
        desc = description or (inspect.getdoc(fn) or "").split("\n")[0]
        _PRESETS[name] = PresetDef(name, Task(task), fn, desc)
        return fn

    return wrap


def list_presets(task: Task | str | None = None) -> list[PresetDef]:
    """All presets, or those of one task: the task modules' general-purpose presets first, in
    the order they were registered, then those a block family registers with its blocks (the
    SSD and YOLO heads', built for their own backbones)."""
    _ensure_presets()
    t = Task(task) if task is not None else None
    chosen = [p for p in _PRESETS.values() if t is None or p.task is t]
    return sorted(chosen, key=lambda p: p.build.__module__.startswith("heads.blocks."))


def get_preset(name: str, in_features: Any = None, **options: Any) -> HeadSpec:
    """Build the spec of preset ``name`` for the given input levels.

    Args:
        name: a registered preset.
        in_features: what :func:`heads.base.normalize_in_features` accepts (an int is one
            level of that many channels at stride 32); ``None`` uses the preset's default.
        **options: the preset's options (``num_classes=...``).

    Raises:
        SpecError: for an unknown preset (listing the known ones) or bad options.
    """
    _ensure_presets()
    if name not in _PRESETS:
        close = difflib.get_close_matches(str(name), _PRESETS, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise SpecError(
            f"unknown preset {name!r}.{hint} Known presets: {', '.join(sorted(_PRESETS))}"
        )
    from heads.base import normalize_in_features

    levels = normalize_in_features(in_features) if in_features is not None else None
    fn = _PRESETS[name].build
    try:
        return fn(levels, **options) if levels is not None else fn(**options)
    except TypeError as e:
        sig = inspect.signature(fn)
        raise SpecError(
            f"preset {name!r}: {e}; options: {', '.join(list(sig.parameters)[1:])}"
        ) from None


def _ensure_loaded() -> None:
    # Blocks register when their description modules import (no torch); presets when the task
    # modules import (they build heads, so they import torch).
    import heads.blocks  # noqa: F401


def _ensure_presets() -> None:
    _ensure_loaded()
    import heads.classifier  # noqa: F401
    import heads.detector  # noqa: F401
    import heads.segmenter  # noqa: F401
