"""The designer's session model and the services the app calls (no gradio here).

A :class:`Session` is one person's work: the design (a :class:`~heads.spec.HeadSpec` on a
backbone), where it started from, an undo/redo history whose every step says what it did,
the selected node, weights trained in this session and the messages so far. It is a frozen
value: every action is a function ``(session, ...) -> (new session, message)``. An action that
cannot be done (an unknown block, a parameter out of range, JSON that does not parse, a backbone
without a level the design reads) returns the *same* session object and a message naming the
node and the field. An edit that leaves a well-formed but unfinished graph (a node not yet
connected to an output) is accepted -- a design is built step by step -- and :func:`validate`
says what is still wrong, at the node.

A design is replaced only by an explicit action (a preset, another task, loaded JSON, reset, a
backbone switch); each says what it replaced and :func:`undo` brings the old design back.

The services below the model are what the app's tabs call: backbones and their predictors,
the bundled trained heads, class names, the analysis table, diagrams, export and output
folders. The web app (:mod:`designer.app`, :mod:`designer.ui`) only lays out widgets and draws
them from a session.

Example:
    >>> import heads
    >>> levels = {"c5": heads.FeatureInfo(512, 32)}
    >>> s, msg = start("classification", "resnet18", levels, preset="mlp", num_classes=3)
    >>> [n.name for n in s.spec.nodes]
    ['pool', 'mlp', 'classifier']
    >>> s, msg = set_params(s, "mlp", {"hidden_features": "128, 64"})
    >>> msg
    "Updated 'mlp': hidden_features = (128, 64)."
    >>> s, msg = set_params(s, "mlp", {"dropout": "2"})
    >>> msg
    "Not applied: node 'mlp', field 'dropout': 2.0 is above the maximum 0.95"
    >>> undo_label(s), undo(s)[0].spec.node("mlp").params.hidden_features
    ("Updated 'mlp': hidden_features = (128, 64)", (512,))
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designer import limits
from designer.canvas.edits import LAYOUT_ONLY, EditError, Op, apply_edit, edit_op, update_layout
from designer.canvas.graph import LEVEL_PREFIX, level_id
from designer.canvas.value import CanvasValue, canvas_ids, design_from_data, design_to_json
from designer.fmt import human
from designer.forms import form_to_raw
from heads.registry import get_block, get_preset, list_blocks, list_presets
from heads.segmenter import IMAGE_LEVEL
from heads.spec import (
    OUTPUT_KEYS,
    FeatureInfo,
    HeadSpec,
    Node,
    SpecError,
    Task,
    _check_name,
    check_params,
    input_type,
    params_to_dict,
    parse_params,
    parse_ref,
    plan,
)

#: How many steps :func:`undo` can go back.
HISTORY_LIMIT = 50
#: How many messages a session keeps.
MESSAGE_LIMIT = 20
#: Longest node name (the spec's rule: a Python identifier of at most 48 characters).
NODE_NAME_CHARS = 48
#: The preset choice that starts from the task's bundled, trained head.
BUNDLED = "@bundled"
#: Classes of a new design when the user has not said.
DEFAULT_NUM_CLASSES = {Task.CLASSIFICATION: 10, Task.DETECTION: 3, Task.SEGMENTATION: 4}
#: The output key that carries a task's class scores.
CLASS_OUTPUT = {
    Task.CLASSIFICATION: "logits",
    Task.DETECTION: "cls_logits",
    Task.SEGMENTATION: "mask_logits",
}


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class TrainedHead:
    """Weights a training run produced for one spec on one backbone."""

    spec: HeadSpec
    backbone: str
    state_dict: Any
    class_names: tuple[str, ...] = ()
    metrics: Mapping[str, float] = field(default_factory=dict)
    #: What the head was trained on (:mod:`designer.cards`): dataset, image count, metrics.
    card: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class PretrainedStart:
    """The design sits on a pretrained start's backbone (:mod:`designer.pretrained`), with
    torchvision's own preprocessing.

    Attributes:
        name: the start (also the session's backbone name).
        weights: the checkpoint file a person gave (``None``: torchvision's cache).
        min_size, max_size: detection: the resize bounds (``None``: torchvision's 800/1333).
        resize_size: segmentation: the shorter side (``None``: torchvision's 520).
        mean, std: the normalisation the weights were trained with (for display).
    """

    name: str
    weights: str | None = None
    min_size: int | None = None
    max_size: int | None = None
    resize_size: int | None = None
    mean: tuple[float, ...] = ()
    std: tuple[float, ...] = ()

    @property
    def load_options(self) -> dict[str, Any]:
        """The keyword arguments of :func:`designer.pretrained.load_pretrained`."""
        return {"min_size": self.min_size, "max_size": self.max_size,
                "resize_size": self.resize_size}  # fmt: skip


@dataclass(frozen=True)
class Snapshot:
    """What :func:`undo` restores: the design, its backbone and where it started from."""

    spec: HeadSpec
    backbone: str
    origin: HeadSpec | None
    origin_preset: str | None
    selected: str | None
    pretrained: PretrainedStart | None = None
    layout: tuple[tuple[str, tuple[float, float]], ...] = ()


@dataclass(frozen=True)
class Step:
    """One history step: the design before an action, and what the action did.

    ``fresh_layout``: the action replaced the design, so undo and redo bring back its canvas
    layout as it was (otherwise the positions a person has since set are kept).
    """

    before: Snapshot
    label: str
    fresh_layout: bool = False


@dataclass(frozen=True)
class Problem:
    """What is wrong with a design or an edit, and where."""

    message: str
    node: str | None = None
    field: str | None = None


@dataclass(frozen=True, eq=False)
class Session:
    """One person's design session (a frozen value; actions return a new one).

    ``eq=False``: sessions compare and hash by identity, so "did this action change anything"
    is ``new is not old`` (what gradio's state tracking checks through ``hash``).

    Attributes:
        backbone: the backbone's name (the app resolves it; the spec holds its levels).
        spec: the current head spec (possibly unfinished, see :func:`validate`).
        selected: the node the form edits (``None`` when there are no nodes).
        origin: the spec the design started from, for :func:`reset`.
        origin_preset: the preset it started from (:data:`BUNDLED` for the bundled head,
            ``None`` for loaded or empty designs).
        undo_steps, redo_steps: the history, most recent last.
        trained: weights trained in this session; they apply while the design is exactly the
            trained spec on the trained backbone (any edit of the architecture sets them aside).
        kept: weights adopted earlier (most recent last); undo back to their design finds
            them again, so adopting new weights never loses the old ones.
        pretrained: the pretrained start whose backbone the design sits on (``None``: a zoo
            backbone); it goes with the backbone through undo and redo.
        messages: what the actions said, most recent last.
        refused: the last edit that was refused, shown at its node and field until the next
            action.
        last_valid: the most recent spec that planned (the page keeps its diagram, marked
            stale, while the design is not buildable).
        layout: node positions on the canvas, ``(canvas id, (x, y))``; layout only, not the
            spec (see :func:`canvas_edit`).
        expanded: nodes whose inner layers the canvas shows (view state).
        view_size: the input size (pixels, square) the diagram and the analysis table use.
        run_metrics: the numeric metrics of this session's training runs, ``(spec, backbone,
            ((name, value), ...))``, most recent last (what comparing two trained designs reads).
        id: names the session in process-level registries (training jobs).
    """

    backbone: str
    spec: HeadSpec
    selected: str | None = None
    origin: HeadSpec | None = None
    origin_preset: str | None = None
    undo_steps: tuple[Step, ...] = ()
    redo_steps: tuple[Step, ...] = ()
    trained: TrainedHead | None = None
    kept: tuple[TrainedHead, ...] = ()
    pretrained: PretrainedStart | None = None
    messages: tuple[str, ...] = ()
    refused: Problem | None = None
    last_valid: HeadSpec | None = None
    layout: tuple[tuple[str, tuple[float, float]], ...] = ()
    expanded: tuple[str, ...] = ()
    view_size: int = limits.DESIGN_CHECK_SIZE
    run_metrics: tuple[tuple[HeadSpec, str, tuple[tuple[str, float], ...]], ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def task(self) -> Task:
        """The design's task (a property of the spec)."""
        return self.spec.task

    @property
    def node_names(self) -> list[str]:
        return [n.name for n in self.spec.nodes]

    @property
    def message(self) -> str:
        """The last message ("" before any)."""
        return self.messages[-1] if self.messages else ""


def new_session(
    backbone: str,
    spec: HeadSpec,
    *,
    origin_preset: str | None = None,
    message: str = "",
) -> Session:
    """A fresh session (no history) whose design starts from ``spec``."""
    selected = spec.nodes[0].name if spec.nodes else None
    s = Session(backbone, spec, selected, spec, origin_preset)
    s = dataclasses.replace(s, last_valid=spec if validate(s).ok else None)
    return say(s, message) if message else s


def say(session: Session, message: str) -> Session:
    """The session with ``message`` appended to its messages."""
    return dataclasses.replace(session, messages=(*session.messages, message)[-MESSAGE_LIMIT:])


def design_name(session: Session) -> str:
    """What to call the design in messages: its name, else the preset it started from."""
    if session.spec.name:
        return session.spec.name
    if session.origin_preset and session.origin_preset != BUNDLED:
        return session.origin_preset
    return f"untitled {session.task.value}"


@dataclass(frozen=True)
class Validation:
    """Whether the design builds, and if not, what is wrong and where."""

    ok: bool
    message: str
    node: str | None = None
    field: str | None = None


def validate(session: Session) -> Validation:
    """Plan the spec; a :class:`Validation` with the first problem, naming node and field."""
    return _validate_spec(session.spec)


def _memo(maxsize: int) -> Callable[[Callable], Callable]:
    """``functools.lru_cache`` that calls through for arguments it cannot hash (a spec whose
    parameters hold a list)."""

    def wrap(fn: Callable) -> Callable:
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def call(*args: Any) -> Any:
            try:
                hash(args)
            except TypeError:
                return fn(*args)
            return cached(*args)

        return call

    return wrap


@_memo(256)
def _validate_spec(spec: HeadSpec) -> Validation:
    # Memoised: the page draws the same design several times per action.
    try:
        plan(spec)
    except SpecError as e:
        return Validation(False, str(e), e.node, e.field)
    return Validation(True, "The design is valid.")


def problem_suffix(session: Session) -> str:
    """``" Still to fix: ..."`` for an unfinished design ("" when it builds).

    API callers get it appended to each message; the page shows the problem at its node.
    """
    v = validate(session)
    return "" if v.ok else f" Still to fix: {v.message}."


def _snapshot(s: Session) -> Snapshot:
    return Snapshot(
        s.spec, s.backbone, s.origin, s.origin_preset, s.selected, s.pretrained, s.layout
    )


def _kept_layout(layout: Sequence[tuple[str, Any]], spec: HeadSpec) -> tuple:
    """The positions of ``layout`` that ``spec`` still draws."""
    ids = set(canvas_ids(spec))
    return tuple((k, xy) for k, xy in layout if k in ids)


def _restore(s: Session, snap: Snapshot, *, fresh_layout: bool = False) -> Session:
    # Undo of an edit keeps the positions set since (a node brought back gets its old place);
    # undo of a replaced design brings its layout back as it was.
    layout = dict(snap.layout) if fresh_layout else {**dict(snap.layout), **dict(s.layout)}
    return dataclasses.replace(
        s,
        spec=snap.spec,
        backbone=snap.backbone,
        origin=snap.origin,
        origin_preset=snap.origin_preset,
        selected=snap.selected,
        pretrained=snap.pretrained,
        layout=_kept_layout(tuple(layout.items()), snap.spec),
        refused=None,
        last_valid=snap.spec if _validate_spec(snap.spec).ok else s.last_valid,
    )


_KEEP: Any = object()


def _commit(
    old: Session,
    spec: HeadSpec,
    label: str,
    *,
    selected: Any = _KEEP,
    backbone: str | None = None,
    origin: Any = _KEEP,
    origin_preset: Any = _KEEP,
    pretrained: Any = _KEEP,
    layout: Any = _KEEP,
    fresh_layout: bool = False,
) -> Session:
    """A new session with ``spec``; the old design goes onto the undo history as ``label``.

    The pretrained start stays while the backbone does (another backbone leaves it). The canvas
    layout keeps the positions of what ``spec`` still draws; a design that replaces the old one
    (a new ``origin``, or ``fresh_layout``) starts a fresh layout unless ``layout`` gives one.
    """
    fresh = fresh_layout or origin is not _KEEP
    if layout is _KEEP:
        layout = () if fresh else old.layout
    step = Step(_snapshot(old), label.rstrip("."), fresh_layout=fresh)
    history = (*old.undo_steps, step)[-HISTORY_LIMIT:]
    sel = old.selected if selected is _KEEP else selected
    if sel is not None and sel not in {n.name for n in spec.nodes}:
        sel = spec.nodes[-1].name if spec.nodes else None
    backbone = backbone or old.backbone
    start = old.pretrained if pretrained is _KEEP else pretrained
    if start is not None and start.name != backbone:
        start = None
    return dataclasses.replace(
        old,
        spec=spec,
        backbone=backbone,
        pretrained=start,
        selected=sel,
        origin=old.origin if origin is _KEEP else origin,
        origin_preset=old.origin_preset if origin_preset is _KEEP else origin_preset,
        undo_steps=history,
        redo_steps=(),
        layout=_kept_layout(tuple(layout), spec),
        refused=None,
        last_valid=spec if _validate_spec(spec).ok else old.last_valid,
    )


def _refuse(session: Session, message: str, error: SpecError | None = None) -> Session:
    """The session marked with a refused edit (shown at the node and field)."""
    node = getattr(error, "node", None)
    fld = getattr(error, "field", None)
    return dataclasses.replace(session, refused=Problem(message, node, fld))


def undo_label(session: Session) -> str | None:
    """What :func:`undo` would take back (``None``: nothing)."""
    return session.undo_steps[-1].label if session.undo_steps else None


def redo_label(session: Session) -> str | None:
    """What :func:`redo` would do again (``None``: nothing)."""
    return session.redo_steps[-1].label if session.redo_steps else None


def undo(session: Session) -> tuple[Session, str]:
    """Take back the last action (its label says which)."""
    if not session.undo_steps:
        return session, "Nothing to undo."
    step = session.undo_steps[-1]
    redo = Step(_snapshot(session), step.label, step.fresh_layout)
    new = _restore(session, step.before, fresh_layout=step.fresh_layout)
    new = dataclasses.replace(
        new, undo_steps=session.undo_steps[:-1], redo_steps=(*session.redo_steps, redo)
    )
    return new, f"Undid: {step.label}."


def redo(session: Session) -> tuple[Session, str]:
    """Do again the last action :func:`undo` took back."""
    if not session.redo_steps:
        return session, "Nothing to redo."
    step = session.redo_steps[-1]
    back = Step(_snapshot(session), step.label, step.fresh_layout)
    new = _restore(session, step.before, fresh_layout=step.fresh_layout)
    new = dataclasses.replace(
        new, undo_steps=(*session.undo_steps, back), redo_steps=session.redo_steps[:-1]
    )
    return new, f"Redid: {step.label}."


# ---------------------------------------------------------------------------------------------
# Starting points (each replaces the design, undoably)
# ---------------------------------------------------------------------------------------------


def presets_for(task: Task | str) -> list[str]:
    """The names of the presets of one task."""
    return [p.name for p in list_presets(Task(task))]


def _parse_task(task: Task | str) -> Task:
    try:
        return Task(task)
    except ValueError:
        raise SpecError(
            f"{task!r} is not a task; choose one of: {', '.join(t.value for t in Task)}",
            field="task",
        ) from None


def _replaced(previous: Session | None, what: str) -> str:
    if previous is None:
        return f"Started {what}"
    return f"Replaced design '{design_name(previous)}' by {what}"


def start(
    task: Task | str,
    backbone: str,
    levels: Mapping[str, FeatureInfo],
    preset: str | None = None,
    *,
    previous: Session | None = None,
    **options: Any,
) -> tuple[Session, str]:
    """A new design for ``backbone``'s feature ``levels``: from a preset, or empty.

    With ``previous``, the new design replaces it and :func:`undo` brings it back.

    Raises:
        SpecError: for an unknown task or preset, or options the preset does not take (the app
            catches it and keeps its session).
    """
    task = _parse_task(task)
    levels = dict(levels)
    if preset:
        spec = get_preset(preset, levels, **options)
        if spec.task is not task:
            raise SpecError(
                f"preset {preset!r} is a {spec.task.value} preset, not {task.value}", field="preset"
            )
        what = f"preset '{preset}' on {backbone}"
    else:
        spec = HeadSpec(task, levels, (), (), "")
        what = f"an empty {task.value} design on {backbone}"
    return start_from_spec(backbone, spec, previous=previous, origin_preset=preset, what=what)


def start_from_spec(
    backbone: str,
    spec: HeadSpec,
    *,
    previous: Session | None = None,
    origin_preset: str | None = None,
    what: str | None = None,
) -> tuple[Session, str]:
    """A new design that starts from ``spec`` (a preset's, a bundled or a saved head)."""
    what = what or f"'{spec.name or 'a saved design'}' on {backbone}"
    label = _replaced(previous, what)
    selected = spec.nodes[0].name if spec.nodes else None
    if previous is None:
        s = new_session(backbone, spec, origin_preset=origin_preset)
        return s, label + "."
    s = _commit(
        previous, spec, label, selected=selected, backbone=backbone, origin=spec,
        origin_preset=origin_preset,
    )  # fmt: skip
    return s, label + " (undo brings it back)."


def reset(session: Session) -> tuple[Session, str]:
    """Back to the spec the design started from (undoable)."""
    origin = session.origin or HeadSpec(session.task, session.spec.inputs, (), (), "")
    if origin == session.spec:
        return session, "Nothing to reset."
    first = origin.nodes[0].name if origin.nodes else None
    label = f"Reset design '{design_name(session)}' to its start"
    new = _commit(session, origin, label, selected=first, fresh_layout=True)
    return new, label + " (undo brings it back)."


def select(session: Session, name: str | None) -> tuple[Session, str]:
    """Select the node the form edits (not a history step)."""
    if name is None or name == "":
        return dataclasses.replace(session, selected=None, refused=None), ""
    if name not in session.node_names:
        names = ", ".join(session.node_names) or "none"
        return session, f"There is no node {_brief(name)}; nodes: {names}."
    if name == session.selected and session.refused is None:
        return session, f"Selected '{name}'."
    return dataclasses.replace(session, selected=name, refused=None), f"Selected '{name}'."


# ---------------------------------------------------------------------------------------------
# Nodes
# ---------------------------------------------------------------------------------------------


def blocks_for(task: Task | str) -> list[Any]:
    """The blocks that fit a task's designs (the palette), by name."""
    return sorted(list_blocks(Task(task)), key=lambda b: b.name)


def _check_block_fits(session: Session, block: str, node: str | None = None) -> Any:
    bdef = get_block(block, node=node)
    if bdef.tasks and session.task not in bdef.tasks:
        tasks = " or ".join(t.value for t in bdef.tasks)
        fitting = ", ".join(b.name for b in blocks_for(session.task))
        raise SpecError(
            f"{block!r} is a {tasks} block and this is a {session.task.value} design; "
            f"blocks for {session.task.value}: {fitting}",
            field="block",
        )
    return bdef


def _free_name(spec: HeadSpec, base: str) -> str:
    taken = {n.name for n in spec.nodes} | set(spec.input_levels)
    base = "".join(c if c.isalnum() or c == "_" else "_" for c in base.lower()) or "node"
    if not base[0].isalpha():
        base = "n_" + base
    for c in [base] + [f"{base}_{i}" for i in range(2, 1000)]:
        try:
            _check_name(c, "node name")
        except SpecError:
            continue
        if c not in taken:
            return c
    raise SpecError(f"no free name for a {base!r} node", field="name")


def _deepest_level(spec: HeadSpec) -> str:
    levels = spec.input_levels
    return max(reversed(list(levels)), key=lambda k: levels[k].stride)


def _default_inputs(spec: HeadSpec, after: str | None) -> tuple[str, ...]:
    if after is not None:
        return (after,)
    if spec.nodes:
        return (spec.nodes[-1].name,)
    return (_deepest_level(spec),)


def _wire_outputs(spec: HeadSpec, node: Node) -> HeadSpec:
    """Connect output keys that a node's ports are named after (a ``logits`` port gives
    ``logits``), where the key is unset or points to a node that no longer exists."""
    try:
        block = get_block(node.block)
        types = _input_types(spec, node)
        outs = block.plan(types, node.params).outputs if types is not None else ()
    except SpecError:
        outs = ()
    current = spec.output_map
    names = {n.name for n in spec.nodes} | set(spec.input_levels)
    changed = False
    for t in outs:
        if t.name in OUTPUT_KEYS:
            ref = node.name if len(outs) == 1 else f"{node.name}.{t.name}"
            existing = current.get(t.name)
            if existing is None or parse_ref(existing)[0] not in names:
                current[t.name] = ref
                changed = True
    return dataclasses.replace(spec, outputs=tuple(current.items())) if changed else spec


def _input_types(spec: HeadSpec, node: Node):
    """The types a node would receive, or ``None`` when the graph before it does not plan."""
    levels = spec.input_levels
    try:
        p = None
        types = []
        for ref in node.inputs:
            src, port = parse_ref(ref)
            if src in levels:
                types.append(input_type(src, levels[src]))
                continue
            if p is None:
                # Plan just the part of the graph the node depends on.
                p = _plan_prefix(spec, node.name)
            outs = p.types_of(src)
            if port is None:
                types.extend(outs)
            elif port.isdigit():
                types.append(outs[int(port)])
            else:
                types.append(next(t for t in outs if t.name == port))
        return tuple(types)
    except (SpecError, StopIteration, IndexError, KeyError):
        return None


def _plan_prefix(spec: HeadSpec, name: str):
    """Plan the nodes ``name`` depends on, with every one of them exposed as an output."""
    by_name = {n.name: n for n in spec.nodes}
    need: list[str] = []
    stack = [parse_ref(r)[0] for r in by_name[name].inputs]
    while stack:
        src = stack.pop()
        if src in by_name and src not in need:
            need.append(src)
            stack.extend(parse_ref(r)[0] for r in by_name[src].inputs)
    nodes = tuple(n for n in spec.nodes if n.name in need)
    outs = tuple((f"aux_{i}", n.name) for i, n in enumerate(nodes))
    return plan(dataclasses.replace(spec, nodes=nodes, outputs=outs))


def _new_node_name(session: Session, block: str, name: str | None) -> str:
    node_name = name or _free_name(session.spec, block)
    _check_name(node_name, "node name", node=node_name)
    if node_name in session.node_names or node_name in session.spec.input_levels:
        raise SpecError("the name is taken; choose another", node=node_name, field="name")
    return node_name


def _check_room(session: Session) -> None:
    """Refuse a node more for a design at :data:`designer.limits.MAX_NODES`."""
    if len(session.spec.nodes) >= limits.MAX_NODES:
        raise SpecError(
            f"the design has {len(session.spec.nodes):,} nodes, the limit; a block is a whole "
            "tower or decoder: use fewer, larger blocks",
            field="nodes",
        )


def add_node(
    session: Session,
    block: str,
    *,
    after: str | None = None,
    name: str | None = None,
    params: Mapping[str, Any] | None = None,
) -> tuple[Session, str]:
    """Add a node of ``block`` after ``after`` (default: the selected node, else the last node,
    else the deepest input level).

    The new node reads ``after``, and nodes that read ``after`` now read the new node (so
    adding an MLP after the pool of ``pool -> classifier`` gives ``pool -> mlp ->
    classifier``). Ports named like output keys (``logits``) become outputs. A block meant for
    another task is refused.
    """
    try:
        _check_room(session)
        bdef = _check_block_fits(session, block)
        after = after if after is not None else session.selected
        if (
            after is not None
            and after not in session.node_names
            and after not in session.spec.input_levels
        ):
            raise SpecError(
                f"unknown node {after!r}; nodes: {', '.join(session.node_names)}", field="after"
            )
        node_name = _new_node_name(session, block, name)
        raw = dict(params or {})
        p = parse_params(bdef.params, form_to_raw(bdef.params, raw) if raw else {}, node=node_name)
        check_params(p, node=node_name)
    except SpecError as e:
        return _refuse(session, f"Not added: {e}", e), f"Not added: {e}"
    node = Node(node_name, block, _default_inputs(session.spec, after), p)
    nodes = list(session.spec.nodes)
    if after in session.node_names:
        # Splice into the chain: what read ``after`` now reads the new node.
        nodes = [
            dataclasses.replace(n, inputs=tuple(node_name if r == after else r for r in n.inputs))
            for n in nodes
        ]
        nodes.insert(session.node_names.index(after) + 1, node)
    else:
        nodes.append(node)
    spec = _wire_outputs(dataclasses.replace(session.spec, nodes=tuple(nodes)), node)
    if big := _too_large(spec, session.view_size):
        return _refuse(session, f"Not added: {big}", big), f"Not added: {big}"
    msg = f"Added '{node_name}' ({block}) after {node.inputs[0]}."
    return _commit(session, spec, msg, selected=node_name), msg


def insert_node(
    session: Session, block: str, *, before: str | None = None, name: str | None = None
) -> tuple[Session, str]:
    """Insert a node of ``block`` in front of ``before`` (default: the selected node): it takes
    ``before``'s inputs and ``before`` takes its output."""
    before = before if before is not None else session.selected
    if before is None:
        return add_node(session, block, name=name)
    if before not in session.node_names:
        return session, f"Not inserted: there is no node {before!r}."
    try:
        _check_room(session)
        bdef = _check_block_fits(session, block)
        node_name = _new_node_name(session, block, name)
        p = bdef.params()
    except SpecError as e:
        return _refuse(session, f"Not inserted: {e}", e), f"Not inserted: {e}"
    target = session.spec.node(before)
    node = Node(node_name, block, target.inputs, p)
    nodes = []
    for n in session.spec.nodes:
        if n.name == before:
            nodes.append(node)
            nodes.append(dataclasses.replace(n, inputs=(node_name,)))
        else:
            nodes.append(n)
    spec = _wire_outputs(dataclasses.replace(session.spec, nodes=tuple(nodes)), node)
    if big := _too_large(spec, session.view_size):
        return _refuse(session, f"Not inserted: {big}", big), f"Not inserted: {big}"
    msg = f"Inserted '{node_name}' ({block}) before '{before}'."
    return _commit(session, spec, msg, selected=node_name), msg


def remove_node(session: Session, name: str | None = None) -> tuple[Session, str]:
    """Remove a node (default: the selected one). Nodes it fed take its inputs instead;
    outputs it gave are dropped."""
    name = name if name is not None else session.selected
    if name not in session.node_names:
        return session, f"Not removed: there is no node {name!r}."
    gone = session.spec.node(name)
    nodes = []
    for n in session.spec.nodes:
        if n.name == name:
            continue
        ins: list[str] = []
        for r in n.inputs:
            if parse_ref(r)[0] == name:
                ins.extend(i for i in gone.inputs if i not in ins)
            elif r not in ins:
                ins.append(r)
        nodes.append(dataclasses.replace(n, inputs=tuple(ins)))
    outputs = tuple((k, r) for k, r in session.spec.outputs if parse_ref(r)[0] != name)
    spec = dataclasses.replace(session.spec, nodes=tuple(nodes), outputs=outputs)
    idx = session.node_names.index(name)
    sel = nodes[min(idx, len(nodes) - 1)].name if nodes else None
    msg = f"Removed '{name}'."
    return _commit(session, spec, msg, selected=sel), msg


def move_node(session: Session, name: str | None = None, delta: int = -1) -> tuple[Session, str]:
    """Move a node up (``delta=-1``) or down (``+1``) the list.

    When the two nodes are a chain (one reads exactly the other), they swap places in the data
    flow as well: ``pool -> mlp -> classifier`` with ``classifier`` moved up gives
    ``pool -> classifier -> mlp``. Output keys stay with their nodes.
    """
    name = name if name is not None else session.selected
    if name not in session.node_names:
        return session, f"Not moved: there is no node {name!r}."
    if delta not in (-1, 1):
        return session, "Not moved: move by one place (-1 up, +1 down)."
    names = session.node_names
    i = names.index(name)
    j = i + delta
    if not 0 <= j < len(names):
        return session, f"'{name}' is already at the {'top' if delta < 0 else 'bottom'}."
    first, second = (names[j], name) if delta < 0 else (name, names[j])
    a, b = session.spec.node(first), session.spec.node(second)
    nodes = list(session.spec.nodes)
    nodes[i], nodes[j] = nodes[j], nodes[i]
    if b.inputs == (a.name,):
        # Swap a -> b into b -> a: b reads a's inputs, a reads b, a's other readers read b's.
        rewired = []
        for n in nodes:
            if n.name == b.name:
                n = dataclasses.replace(n, inputs=a.inputs)
            elif n.name == a.name:
                n = dataclasses.replace(n, inputs=(b.name,))
            else:
                n = dataclasses.replace(
                    n, inputs=tuple(a.name if r == b.name else r for r in n.inputs)
                )
            rewired.append(n)
        nodes = rewired
    spec = dataclasses.replace(session.spec, nodes=tuple(nodes))
    msg = f"Moved '{name}' {'up' if delta < 0 else 'down'}."
    return _commit(session, spec, msg, selected=name), msg


def set_params(
    session: Session, name: str | None, values: Mapping[str, Any]
) -> tuple[Session, str]:
    """Change some parameters of a node from form values (strings and numbers).

    The values are typed by :func:`designer.forms.form_to_raw` and
    :func:`heads.spec.parse_params` and range-checked; a value that does not parse or is out
    of range leaves the design as it was and the message names the node and the field.
    """
    name = name if name is not None else session.selected
    if name not in session.node_names:
        return session, f"Not applied: there is no node {name!r}."
    node = session.spec.node(name)
    try:
        bdef = get_block(node.block, node=name)
        try:
            raw = form_to_raw(bdef.params, values)
        except SpecError as e:
            raise SpecError(e.reason, node=name, field=e.field) from None
        merged = {**params_to_dict(node.params), **raw}
        params = parse_params(bdef.params, merged, node=name)
        check_params(params, node=name)
    except SpecError as e:
        return _refuse(session, f"Not applied: {e}", e), f"Not applied: {e}"
    if params == node.params:
        return session, f"No change to '{name}'."
    changed = [
        f"{f.name} = {_show(getattr(params, f.name))}"
        for f in dataclasses.fields(params)
        if getattr(params, f.name) != getattr(node.params, f.name)
    ]
    spec = session.spec.replace_node(name, params=params)
    if big := _too_large(spec, session.view_size):
        return _refuse(session, f"Not applied: {big}", big), f"Not applied: {big}"
    msg = f"Updated '{name}': {', '.join(changed)}."
    return _commit(session, spec, msg, selected=name), msg


def _show(v: Any) -> str:
    return str(v.value) if hasattr(v, "value") and not isinstance(v, int | float) else repr(v)


def set_inputs(
    session: Session, name: str | None, refs: Sequence[str] | str
) -> tuple[Session, str]:
    """Rewire a node's inputs (``"c3, c4, c5"`` or a list of references)."""
    name = name if name is not None else session.selected
    if name not in session.node_names:
        return session, f"Not rewired: there is no node {name!r}."
    if isinstance(refs, str):
        refs = [r.strip() for r in refs.split(",") if r.strip()]
    valid = list(session.spec.input_levels) + [n for n in session.node_names if n != name]
    for r in refs:
        if parse_ref(r)[0] not in valid:
            e = SpecError(
                f"unknown reference {r!r}; valid: {', '.join(valid)}", node=name, field="inputs"
            )
            return _refuse(session, f"Not rewired: {e}", e), f"Not rewired: {e}"
    if not refs:
        e = SpecError("a node needs at least one input", node=name, field="inputs")
        return _refuse(session, f"Not rewired: {e}", e), f"Not rewired: {e}."
    spec = session.spec.replace_node(name, inputs=tuple(refs))
    msg = f"'{name}' now reads {', '.join(refs)}."
    return _commit(session, spec, msg, selected=name), msg


def set_output(session: Session, key: str, ref: str | None) -> tuple[Session, str]:
    """Point output ``key`` at a reference, or remove it when ``ref`` is empty."""
    outputs = session.spec.output_map
    if not ref:
        if key not in outputs:
            return session, f"There is no output {key!r}."
        outputs.pop(key)
    else:
        names = session.node_names + list(session.spec.input_levels)
        if parse_ref(ref)[0] not in names:
            return (
                session,
                f"Not set: field 'outputs.{key}': unknown reference {ref!r}; "
                f"valid: {', '.join(names)}",
            )
        outputs[key] = ref
    spec = dataclasses.replace(session.spec, outputs=tuple(outputs.items()))
    msg = f"Output '{key}' now comes from {ref}." if ref else f"Removed output '{key}'."
    return _commit(session, spec, msg), msg


def rename_node(session: Session, old: str | None, new_name: str) -> tuple[Session, str]:
    """Rename a node and every reference to it (inputs, outputs and its canvas position).

    The name is the module attribute and the ``state_dict`` prefix of the node's weights.
    """
    old = old if old is not None else session.selected
    if old not in session.node_names:
        return session, f"Not renamed: there is no node {old!r}."
    new_name = (new_name or "").strip() if isinstance(new_name, str | None) else new_name
    if new_name == old:
        return session, "The name is unchanged."
    try:
        if isinstance(new_name, str) and len(new_name) > NODE_NAME_CHARS:
            raise SpecError(
                f"a node name of {len(new_name):,} characters is too long: at most "
                f"{NODE_NAME_CHARS}",
                node=old,
                field="name",
            )
        _check_name(new_name, "node name", node=old)
        if new_name in session.node_names or new_name in session.spec.input_levels:
            raise SpecError(f"{new_name!r} is taken", node=old, field="name")
    except SpecError as e:
        return _refuse(session, f"Not renamed: {e}", e), f"Not renamed: {e}"

    def ren(ref: str) -> str:
        src, port = parse_ref(ref)
        return (new_name + (f".{port}" if port else "")) if src == old else ref

    nodes = tuple(
        dataclasses.replace(
            n, name=new_name if n.name == old else n.name, inputs=tuple(map(ren, n.inputs))
        )
        for n in session.spec.nodes
    )
    outputs = tuple((k, ren(r)) for k, r in session.spec.outputs)
    spec = dataclasses.replace(session.spec, nodes=nodes, outputs=outputs)
    msg = f"Renamed '{old}' to '{new_name}'."
    layout = tuple((new_name if k == old else k, xy) for k, xy in session.layout)
    return _commit(session, spec, msg, selected=new_name, layout=layout), msg


def set_num_classes(spec: HeadSpec, num_classes: int) -> HeadSpec:
    """``spec`` with every ``num_classes`` parameter set to ``num_classes``."""
    for node in spec.nodes:
        if any(f.name == "num_classes" for f in dataclasses.fields(node.params)):
            if node.params.num_classes != num_classes:
                spec = spec.with_params(node.name, num_classes=num_classes)
    return spec


def whole_number(value: Any) -> int:
    """A whole number from a widget or an API call: an int, an integral float, or its text.

    Raises:
        ValueError: for ``True``/``False`` (JSON's booleans are not counts), NaN, infinities,
            fractions and anything else.

    Example:
        >>> whole_number(7.0), whole_number(" 12 ")
        (7, 12)
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{_brief(value)} is not a whole number")
    try:
        number = float(value.strip()) if isinstance(value, str) else value
        k = int(number)
    except (ValueError, OverflowError):
        raise ValueError(f"{_brief(value)} is not a whole number") from None
    if k != number:
        raise ValueError(f"{_brief(value)} is not a whole number")
    return k


def _brief(value: Any, limit: int = 40) -> str:
    """``repr`` of a value a person gave, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def set_classes(session: Session, num_classes: Any) -> tuple[Session, str]:
    """Set how many classes the design predicts (every ``num_classes`` parameter)."""
    try:
        k = whole_number(num_classes)
    except ValueError as e:
        return session, f"Not changed: field 'num_classes': {e}."
    if not any(hasattr(n.params, "num_classes") for n in session.spec.nodes):
        return session, "Not changed: no node of the design has a number of classes."
    try:
        spec = set_num_classes(session.spec, k)
        for n in spec.nodes:
            check_params(n.params, node=n.name)
    except SpecError as e:
        return _refuse(session, f"Not changed: {e}", e), f"Not changed: {e}"
    if spec == session.spec:
        return session, f"The design predicts {k} classes already."
    if big := _too_large(spec, session.view_size):
        return _refuse(session, f"Not changed: {big}", big), f"Not changed: {big}"
    msg = f"Set the number of classes to {k}."
    return _commit(session, spec, msg), msg


def set_view_size(session: Session, size: Any) -> tuple[Session, str]:
    """The input size the diagram and the table use (a view setting, not a history step)."""
    try:
        size = _check_size(size)
    except (ServiceError, TypeError, ValueError) as e:
        return session, f"Not changed: {e}"
    if size == session.view_size:
        return session, ""
    if big := _too_large(session.spec, size):
        return session, f"Not changed: at {size}×{size} {big.reason}"
    return dataclasses.replace(session, view_size=size), f"Shapes and FLOPs at {size}×{size}."


# ---------------------------------------------------------------------------------------------
# Backbone switch: levels map by role and stride
# ---------------------------------------------------------------------------------------------


def _used_levels(spec: HeadSpec) -> list[str]:
    """Input levels some node or output reads, in input order."""
    refs = [parse_ref(r)[0] for n in spec.nodes for r in n.inputs]
    refs += [parse_ref(r)[0] for _, r in spec.outputs]
    return [name for name in spec.input_levels if name in refs]


def counterpart(name: str, info: FeatureInfo, levels: Mapping[str, FeatureInfo]) -> str | None:
    """The level of ``levels`` that plays the role of level ``name`` of another backbone.

    The image stays the image. Otherwise the same name at the same stride, else a level of the
    same stride and kind -- a classifier's final conv (``c5_head``) prefers another backbone's
    final conv, a feature map another feature map. ``None`` when no level has that stride.

    Example:
        >>> new = {"c4": FeatureInfo(256, 16), "c5": FeatureInfo(512, 32)}
        >>> counterpart("c5_head", FeatureInfo(1280, 32), new), counterpart("c2", FeatureInfo(24, 4), new)
        ('c5', None)
    """
    if name == IMAGE_LEVEL:
        return IMAGE_LEVEL
    same = levels.get(name)
    if same is not None and (same.stride, same.kind) == (info.stride, info.kind):
        return name
    candidates = [n for n, i in levels.items() if (i.stride, i.kind) == (info.stride, info.kind)]
    if not candidates:
        return None
    is_head = name.endswith("_head")
    candidates.sort(key=lambda n: n.endswith("_head") != is_head)
    return candidates[0]


def set_backbone(
    session: Session, backbone: str, levels: Mapping[str, FeatureInfo]
) -> tuple[Session, str]:
    """Move the design onto another backbone's levels, mapping each level by role and stride.

    The ``image`` level stays the image; feature levels go to the new backbone's level of the
    same stride (see :func:`counterpart`). When a level the design reads has no counterpart
    the switch is refused and the design is left as it was. The message lists what was
    remapped; :func:`undo` switches back.
    """
    levels = {k: v for k, v in dict(levels).items() if k != IMAGE_LEVEL}
    if not levels:
        return session, f"Not switched: backbone {backbone} has no feature levels."
    old = session.spec.input_levels
    used = _used_levels(session.spec)
    mapping: dict[str, str] = {}
    missing = []
    for name, info in old.items():
        target = counterpart(name, info, levels)
        if target is not None:
            mapping[name] = target
        elif name in used:
            missing.append(f"'{name}' (stride {info.stride})")
    if missing:
        have = ", ".join(f"{k} (stride {v.stride})" for k, v in levels.items())
        msg = (
            f"Not switched to {backbone}: the design reads {', '.join(missing)}, which "
            f"{backbone} has no level for; its levels: {have}. Rewire those nodes first."
        )
        return _refuse(session, msg), msg

    def remap(ref: str) -> str:
        src, port = parse_ref(ref)
        if src not in mapping:
            return ref
        return mapping[src] + (f".{port}" if port else "")

    nodes = []
    for n in session.spec.nodes:
        ins: list[str] = []
        for r in map(remap, n.inputs):
            if r not in ins:
                ins.append(r)
        nodes.append(dataclasses.replace(n, inputs=tuple(ins)))
    outputs = tuple((k, remap(r)) for k, r in session.spec.outputs)
    inputs = dict(levels)
    if IMAGE_LEVEL in old:
        inputs = {IMAGE_LEVEL: old[IMAGE_LEVEL], **inputs}
    spec = dataclasses.replace(
        session.spec, inputs=tuple(inputs.items()), nodes=tuple(nodes), outputs=outputs
    )
    changes = []
    for name in used:
        target = mapping[name]
        if name == IMAGE_LEVEL:
            changes.append("image stays the image")
            continue
        was, now = old[name], inputs[target]
        arrow = name if target == name else f"{name} -> {target}"
        chans = (
            f"{was.channels} ch"
            if was.channels == now.channels
            else (f"{was.channels} -> {now.channels} ch")
        )
        changes.append(f"{arrow} (stride {now.stride}, {chans})")
    label = f"Switched backbone {session.backbone} -> {backbone}"
    layout = _level_positions(session.layout, mapping, spec)
    new = _commit(session, spec, label, backbone=backbone, layout=layout)
    detail = f"; levels by stride: {'; '.join(changes)}" if changes else ""
    return new, f"{label}{detail} (undo switches back)."


# ---------------------------------------------------------------------------------------------
# JSON, the canvas and trained weights
# ---------------------------------------------------------------------------------------------


def save_json(session: Session) -> str:
    """The design as JSON: the plain spec (what :meth:`HeadSpec.from_json` reads), or, once the
    canvas has placed its nodes, ``{"format", "spec", "layout"}`` with the positions beside the
    spec (:func:`designer.canvas.value.design_to_json`; :func:`load_json` and the CLI read both).
    """
    return design_to_json(session.spec, layout_of(session))


def parse_spec_text(text: str | bytes, what: str = "the spec") -> HeadSpec:
    """A spec from JSON text a person gave, within every limit that applies to a design.

    In order, each before anything costlier: the size (:data:`designer.limits.MAX_SPEC_BYTES`),
    UTF-8, nesting and text (:func:`designer.limits.parse_json`), the number of nodes
    (:data:`designer.limits.MAX_NODES`, counted before any node is parsed), the fields, the
    design's name (:func:`designer.limits.check_text`, :data:`designer.limits.MAX_NAME_CHARS`)
    and names used twice.

    Raises:
        SpecError: naming the field (limits included: ``LimitError``, ``TextError`` become
            ``SpecError`` here, with the same message).
    """
    try:
        data = limits.parse_json(text, what)
    except (limits.LimitError, limits.TextError) as e:
        raise SpecError(str(e).removeprefix(f"{what}: ")) from None
    return parse_spec_data(data)


def parse_spec_data(data: Any) -> HeadSpec:
    """A spec from parsed JSON data (a canvas's value, say): the checks of
    :func:`parse_spec_text` after the text's own (size, nesting, strings).

    Raises:
        SpecError: naming the field.
    """
    nodes = data.get("nodes") if isinstance(data, dict) else None
    if isinstance(nodes, list) and len(nodes) > limits.MAX_NODES:
        raise SpecError(
            f"the design has {len(nodes):,} nodes, over the limit of {limits.MAX_NODES:,}; "
            "a block is a whole tower or decoder: use fewer, larger blocks",
            field="nodes",
        )
    spec = HeadSpec.from_dict(data)
    try:
        limits.check_text(spec.name, "name", limits.MAX_NAME_CHARS)
    except limits.TextError as e:
        raise SpecError(str(e).removeprefix("name: "), field="name") from None
    seen = set(spec.input_levels)
    for n in spec.nodes:
        if isinstance(n.name, str) and len(n.name) > NODE_NAME_CHARS:
            raise SpecError(
                f"a node name of {len(n.name):,} characters is too long: at most {NODE_NAME_CHARS}",
                node=n.name[:NODE_NAME_CHARS] + "...",
                field="name",
            )
        _check_name(n.name, "node name", node=n.name)
        if n.name in seen:
            raise SpecError(
                "the name is used twice; node and level names must be unique",
                node=n.name,
                field="name",
            )
        seen.add(n.name)
    return spec


def parse_design_text(
    text: str | bytes, what: str = "the spec"
) -> tuple[HeadSpec, dict[str, dict[str, float]]]:
    """A design file a person gave -- a plain spec, or a saved design with its canvas layout
    beside the spec -- within the limits :func:`parse_spec_text` checks.

    Raises:
        SpecError: naming the field.
    """
    try:
        data = limits.parse_json(text, what)
    except (limits.LimitError, limits.TextError) as e:
        raise SpecError(str(e).removeprefix(f"{what}: ")) from None
    try:
        return design_from_data(data, parse_spec_data)
    except (TypeError, ValueError) as e:  # e.g. a bad FeatureInfo
        if isinstance(e, SpecError):
            raise
        raise SpecError(str(e)) from None


def _too_large(spec: HeadSpec, size: int) -> SpecError | None:
    """The size limit a buildable ``spec`` breaks at ``size`` (``None``: within the limits, or
    not buildable yet: an unfinished design is checked once it plans)."""
    if not _validate_spec(spec).ok:
        return None
    try:
        _analysis(spec, size)
    except limits.DesignTooLargeError as e:
        return e
    except SpecError:
        return None
    return None


def load_json(session: Session, text: str | bytes) -> tuple[Session, str]:
    """Replace the design with a spec from JSON text (a plain spec, or a saved design with its
    canvas layout beside it); the task follows the spec.

    Text that is not a spec, or a design over the size limits at the session's view size,
    leaves the design as it was; the message names the field (see :func:`parse_spec_text`).
    """
    try:
        spec, layout = parse_design_text(text)
    except SpecError as e:
        return session, f"Not loaded: {e}"
    if big := _too_large(spec, session.view_size):
        return session, f"Not loaded: {big}"
    what = f"a loaded {spec.task.value} design with {len(spec.nodes)} nodes"
    label = _replaced(session, what)
    first = spec.nodes[0].name if spec.nodes else None
    new = _commit(
        session, spec, label, selected=first, origin=spec, origin_preset=None,
        layout=_layout_tuple(layout),
    )  # fmt: skip
    return new, label + " (undo brings it back)."


def to_json_dict(session: Session) -> dict[str, Any]:
    """The session for an API response: task, backbone, selection, history, spec, validation."""
    v = validate(session)
    return {
        "task": session.task.value,
        "backbone": session.backbone,
        "selected": session.selected,
        "preset": session.origin_preset,
        "can_undo": bool(session.undo_steps),
        "undo": undo_label(session),
        "redo": redo_label(session),
        "valid": v.ok,
        "problem": None if v.ok else {"message": v.message, "node": v.node, "field": v.field},
        "trained": trained_weights(session) is not None,
        "pretrained": dataclasses.asdict(session.pretrained) if session.pretrained else None,
        "spec": json.loads(session.spec.to_json()),
    }


def layout_of(session: Session) -> dict[str, dict[str, float]]:
    """The canvas layout as ``{canvas id: {"x", "y"}}``."""
    return {k: {"x": x, "y": y} for k, (x, y) in session.layout}


def _layout_tuple(layout: Mapping[str, Mapping[str, float]]) -> tuple:
    return tuple((str(k), (float(v["x"]), float(v["y"]))) for k, v in layout.items())


#: How far apart the canvas places a backbone's levels that have no position yet.
LEVEL_SPACING = 90.0


def _level_positions(layout: Sequence[tuple[str, Any]], mapping: Mapping[str, str], spec: HeadSpec):
    """The layout after a backbone switch: each level's position goes to its counterpart, and
    levels the new backbone adds sit below the others (not on top of the graph)."""
    moved: dict[str, tuple[float, float]] = {}
    for k, xy in layout:
        if k.startswith(LEVEL_PREFIX):
            new = mapping.get(k[len(LEVEL_PREFIX) :])
            if new is not None:
                moved.setdefault(level_id(new), xy)
        else:
            moved[k] = xy
    placed = [moved[level_id(n)] for n in spec.input_levels if level_id(n) in moved]
    if placed:
        x, y = min(p[0] for p in placed), max(p[1] for p in placed)
        for n in spec.input_levels:
            if level_id(n) not in moved:
                y += LEVEL_SPACING
                moved[level_id(n)] = (x, y)
    return tuple(moved.items())


def canvas_value(
    session: Session,
    *,
    notice: str | None = None,
    notice_kind: str = "error",
    answered: int | None = None,
) -> CanvasValue:
    """What the canvas shows: the design, its layout and expanded blocks at the view size.

    ``notice`` (a refused edit's reason) and ``answered`` (the ``seq`` of the canvas edit this
    value answers) belong to one reply, not to the session: the page's later drawings leave them
    out, so a notice is shown once.
    """
    from designer import measuring

    names = set(session.node_names)
    expanded = tuple(n for n in session.expanded if n in names)
    size = (session.view_size, session.view_size)
    # Once this design has been measured at this size, the nodes show their CPU time too.
    profile = measuring.measured(session.spec, session.view_size)
    return CanvasValue(
        session.spec, layout_of(session), size, expanded, notice, answered, notice_kind,
        session.selected, measuring.overlay(profile) if profile is not None else {},
    )  # fmt: skip


def _wire_text(ref: str, target: str) -> str:
    return f"{ref} -> {target.removeprefix('out:')}"


def _edit_label(op: Op, edit: Mapping[str, Any], before: HeadSpec, after: HeadSpec) -> str:
    """What a canvas edit did, for the history ("Added conv 'conv_2'", "Wired fpn.p3 -> head")."""
    if op is Op.ADD:
        node = after.nodes[-1]
        return f"Added {node.block} '{node.name}'"
    if op is Op.ADD_OUTPUT:
        return f"Added output '{after.outputs[-1][0]}'"
    if op is Op.RENAME:
        new = str(edit.get("name"))
        old = str(edit.get("node")).removeprefix("out:")
        kind = "output " if str(edit.get("node")).startswith("out:") else ""
        return f"Renamed {kind}'{old}' to '{new}'"
    wires_before = _wires(before)
    wires_after = _wires(after)
    if op is Op.CONNECT:
        target = str(edit.get("target"))
        new = [w for w in wires_after if w not in wires_before and w[1] == target]
        return "Wired " + ", ".join(_wire_text(*w) for w in new) if new else f"Rewired {target}"
    kept = {n.name for n in after.nodes}
    gone_nodes = [n.name for n in before.nodes if n.name not in kept]
    gone_outs = [k for k in before.output_map if k not in after.output_map]
    gone = len(gone_nodes) + len(gone_outs)
    if op is Op.DELETE and gone:
        what = f"'{(gone_nodes + gone_outs)[0]}'" if gone == 1 else f"{gone} nodes"
        cut = len(edit.get("edges") or ())
        return f"Deleted {what}" + (f" and {cut} wire{'s' * (cut > 1)}" if cut else "")
    cut_wires = [w for w in wires_before if w not in wires_after]
    if len(cut_wires) == 1:
        return f"Removed the wire {_wire_text(*cut_wires[0])}"
    return f"Removed {len(cut_wires)} wires"


def _wires(spec: HeadSpec) -> list[tuple[str, str]]:
    """``(reference, target id)`` of every wire the canvas draws (a count per slot)."""
    out = [(r, n.name) for n in spec.nodes for r in n.inputs]
    return out + [(r, f"out:{k}") for k, r in spec.outputs if r]


def canvas_edit(session: Session, edit: Any) -> tuple[Session, str]:
    """Apply one canvas edit (:mod:`designer.canvas.edits`) as one undoable step.

    A ``move`` changes the layout only: node positions are not the design, so moving a node is
    not a history step (undo takes back edits of the head, and keeps where things are). An added
    block is named like the form's (``conv_2``) and must fit the design's task; a refused edit
    leaves the design as it was and the message says why.
    """
    try:
        op = edit_op(edit)
        if op is Op.ADD:
            edit = dict(edit)
            _check_block_fits(session, str(edit.get("block")))
            if len(session.spec.nodes) >= limits.MAX_NODES:
                raise SpecError(f"the design has {limits.MAX_NODES} nodes, the most it can have")
            edit.setdefault("name", _free_name(session.spec, str(edit["block"])))
        spec = apply_edit(session.spec, edit, session.view_size)
        layout = update_layout(layout_of(session), edit, session.spec, spec)
    except (EditError, SpecError) as e:
        msg = f"Not applied: {e}"
        return _refuse(session, msg, e if isinstance(e, SpecError) else None), msg
    if op in LAYOUT_ONLY or spec == session.spec:
        layout_t = _layout_tuple(layout)
        if layout_t == session.layout:
            return session, "" if op in LAYOUT_ONLY else "No change to the design."
        return dataclasses.replace(session, layout=layout_t), ""
    label = _edit_label(op, edit, session.spec, spec)
    selected: Any = _KEEP
    if op is Op.ADD:
        selected = spec.nodes[-1].name
    elif op is Op.RENAME and session.selected == edit.get("node"):
        selected = edit.get("name")
    new = _commit(session, spec, label, selected=selected, layout=_layout_tuple(layout))
    return new, label + "."


def canvas_select(session: Session, cid: str | None) -> tuple[Session, str]:
    """A click on the canvas: a block's node becomes the one the form edits (levels and outputs
    have no parameters; clicking them changes nothing)."""
    if cid in session.node_names:
        return select(session, cid)
    return session, ""


def canvas_expand(session: Session, node: str, expanded: bool) -> tuple[Session, str]:
    """Show or hide a block's inner layers on the canvas (view state, not a history step)."""
    rest = tuple(n for n in session.expanded if n != node)
    if expanded and node in session.node_names:
        rest = (*rest, node)
    return dataclasses.replace(session, expanded=rest), ""


def commit_edit(session: Session, spec: HeadSpec, label: str) -> tuple[Session, str]:
    """An edit computed elsewhere (fitted anchors, say) as one undoable step named ``label``.

    A spec equal to the design changes nothing; one that is not a spec of the design's task is
    refused.
    """
    if spec == session.spec:
        return session, "No change to the design."
    if spec.task is not session.task:
        return session, f"Not applied: that is a {spec.task.value} design."
    return _commit(session, spec, label), label.rstrip(".") + " (undo takes it back)."


#: How many earlier adopted heads a session keeps for undo (:attr:`Session.kept`).
KEPT_LIMIT = 4


def trained_weights(session: Session) -> TrainedHead | None:
    """The session's trained weights when they fit the current design, else ``None``: the
    latest adopted head, else an earlier one whose design undo brought back."""
    for t in (session.trained, *reversed(session.kept)):
        if t is not None and t.spec == session.spec and t.backbone == session.backbone:
            return t
    return None


def adopt_weights(
    session: Session, head: TrainedHead, what: str, **commit: Any
) -> tuple[Session, str]:
    """Make ``head`` the design's weights; when its spec or backbone differs, the design is
    replaced by the head's, as one undoable step described as ``what`` (``commit``: what else
    the step sets, e.g. ``origin`` or ``pretrained``).

    The weights adopted before stay reachable (:attr:`Session.kept`): undo back to their
    design finds them again.

    Returns:
        the new session and ``""``, or the replacement's label (with "undo brings it back").
    """
    label = ""
    if head.spec != session.spec or head.backbone != session.backbone:
        label = _replaced(session, what)
        session = _commit(session, head.spec, label, backbone=head.backbone, **commit)
        label += " (undo brings it back)."
    kept = session.kept
    if session.trained is not None and session.trained is not head:
        kept = (*[k for k in kept if k is not session.trained], session.trained)[-KEPT_LIMIT:]
    return dataclasses.replace(session, trained=head, kept=kept), label


def set_pretrained_options(session: Session, start: PretrainedStart, label: str) -> Session:
    """The same design on the same pretrained start with other options (a weights file,
    sizes): one undoable step described as ``label``."""
    return _commit(session, session.spec, label, pretrained=start)


def with_trained(session: Session, trained: TrainedHead) -> tuple[Session, str]:
    """Adopt a training run's result: the design becomes the trained spec (class counts come
    from the data; an undoable step when that changes the design) and its weights are what
    prediction and export use."""
    note = "Training finished: Predict and Export now use the trained weights."
    session, label = adopt_weights(
        session, trained, "the trained head (class counts from the data)"
    )
    runs = session.run_metrics
    if trained.metrics:
        record = (trained.spec, trained.backbone, tuple(sorted(trained.metrics.items())))
        runs = (*runs, record)[-HISTORY_LIMIT:]
    session = dataclasses.replace(session, run_metrics=runs)
    return session, f"{note} {label}".strip()


def num_classes_of(spec: HeadSpec) -> int | None:
    """How many classes the design predicts: its class output's channels, or while it does not
    plan, its first ``num_classes`` parameter."""
    out = plan_output(spec, CLASS_OUTPUT[spec.task])
    k = getattr(out, "channels", None)
    if k:
        return int(k)
    return next(
        (n.params.num_classes for n in spec.nodes if hasattr(n.params, "num_classes")), None
    )


def plan_output(spec: HeadSpec, key: str) -> Any:
    """The planned type of output ``key`` (``None`` when the spec does not plan)."""
    try:
        return plan(spec).output_types.get(key)
    except SpecError:
        return None


# ---------------------------------------------------------------------------------------------
# Services: backbones, predictors and the bundled heads
# ---------------------------------------------------------------------------------------------


def _backbones():
    # Imported on first use: the zoo imports torchvision (seconds at start-up).
    from designer import backbones

    return backbones


def is_pretrained_start(name: str) -> bool:
    """Whether ``name`` is a pretrained start's (:func:`designer.pretrained.pretrained_names`)."""
    from designer.pretrained import pretrained_names

    return name in pretrained_names()


class Backends:
    """Backbone levels and predictors: one predictor per backbone, each made on first use.

    An injected predictor serves its own backbone (tests inject one over a tiny backbone).
    """

    def __init__(self, predictor: Any = None) -> None:
        self.injected = predictor
        self._made: dict[str, Any] = {}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        zoo = _backbones().backbone_names()
        if self.injected is not None and self.injected.backbone_name not in zoo:
            return [self.injected.backbone_name, *zoo]
        return zoo

    def choices(self, current: str | None = None) -> list[tuple[str, str]]:
        """``(label, name)`` per backbone; the label says whether real weights are here. A
        pretrained start's backbone (``current``) is listed first while a design sits on it."""
        weights = {b.name: b.has_pretrained_weights for b in _backbones().list_backbones()}
        out = []
        if current is not None and is_pretrained_start(current):
            out.append((f"{current} (pretrained start: COCO/VOC weights)", current))
        for name in self.names():
            if name in weights:
                note = "ImageNet weights" if weights[name] else "random weights: no file here"
            else:
                note = "injected"
            out.append((f"{name} ({note})", name))
        return out

    def default(self) -> str:
        if self.injected is not None:
            return self.injected.backbone_name
        return _backbones().DEFAULT_BACKBONE

    def levels(self, name: str) -> dict[str, FeatureInfo]:
        if self.injected is not None and name == self.injected.backbone_name:
            return dict(self.injected.feature_info)
        if is_pretrained_start(name):
            from designer.pretrained import get_pretrained

            return dict(get_pretrained(name).levels)
        return _backbones().backbone_info(name).feature_info

    def pretrained(self, start: PretrainedStart):
        """The loaded pretrained start (:func:`designer.pretrained.load_pretrained`, cached).

        Raises:
            designer.pretrained.PretrainedError: no weights file (the message says how to get
                one); designer.backbones.WeightsError: a file that is not the model's.
        """
        from designer.pretrained import load_pretrained

        return load_pretrained(start.name, start.weights, **start.load_options)

    def predictor(self, name: str, start: PretrainedStart | None = None):
        """The predictor of backbone ``name``; for a pretrained start, over its backbone with
        torchvision's preprocessing (``start``: its weights file and sizes)."""
        if self.injected is not None and name == self.injected.backbone_name:
            return self.injected
        if is_pretrained_start(name):
            start = start if start is not None and start.name == name else PretrainedStart(name)
            return self.pretrained(start).predictor()
        with self._lock:
            if name not in self._made:
                from designer.inference import Predictor

                self._made[name] = Predictor(name)
            return self._made[name]


@functools.lru_cache(maxsize=4)
def bundled_head(task: Task):
    """The bundled trained head of ``task`` (``None`` when there is none with weights)."""
    from designer.inference import default_head

    try:
        bundle = default_head(task)
    except (OSError, ValueError):
        return None
    return bundle if bundle.state_dict is not None else None


def preset_levels(task: Task, levels: Mapping[str, FeatureInfo]) -> dict[str, FeatureInfo]:
    """The levels a preset is built on: dense tasks take one level per stride (the first, so a
    classifier's extra 1x1 ``c5_head`` does not stand in a pyramid as a deeper level)."""
    if task is Task.CLASSIFICATION:
        return dict(levels)
    out, seen = {}, set()
    for name, info in levels.items():
        if info.stride not in seen:
            seen.add(info.stride)
            out[name] = info
    return out


def preset_choices(task: Task | str) -> list[tuple[str, str]]:
    """``(label, value)`` of the presets of ``task``, the bundled trained head first."""
    task = Task(task)
    out = [(p.name, p.name) for p in list_presets(task)]
    bundle = bundled_head(task)
    if bundle is not None:
        out.insert(0, (f"trained: {bundle.spec.name or task.value} ({bundle.backbone})", BUNDLED))
    return out


def block_choices(task: Task | str) -> list[tuple[str, str]]:
    """``(label, name)`` of the blocks that fit ``task``'s designs."""
    return [
        (f"{b.name} — {b.description}" if b.description else b.name, b.name)
        for b in blocks_for(task)
    ]


def _preset_options(name: str, num_classes: int | None) -> dict[str, Any]:
    preset = next(p for p in list_presets() if p.name == name)
    accepts = inspect.signature(preset.build).parameters
    return {"num_classes": int(num_classes)} if num_classes and "num_classes" in accepts else {}


def _start_design(
    task: Task,
    backbone: str,
    preset: str | None,
    num_classes: int | None,
    levels: Callable[[], Mapping[str, FeatureInfo]],
    previous: Session | None,
) -> tuple[Session, str]:
    # ``levels`` is called only when needed: a bundled head names its own levels.
    if preset == BUNDLED:
        bundle = bundled_head(task)
        if bundle is None:
            raise SpecError(f"there is no trained {task.value} head bundled", field="preset")
        if bundle.backbone != backbone:
            raise SpecError(
                f"the trained head was trained on {bundle.backbone}; choose that backbone",
                field="preset",
            )
        what = f"the trained head '{bundle.spec.name}' ({bundle.note})"
        return start_from_spec(
            backbone, bundle.spec, previous=previous, origin_preset=BUNDLED, what=what
        )
    valid = presets_for(task)
    if preset and preset not in valid:
        raise SpecError(
            f"{preset!r} is not a {task.value} preset; choose one of: {', '.join(valid)}",
            field="preset",
        )
    opts = _preset_options(preset, num_classes) if preset else {}
    return start(
        task, backbone, preset_levels(task, levels()), preset or None, previous=previous, **opts
    )


def default_preset(
    task: Task, backbone: str, levels: Mapping[str, FeatureInfo] | None = None
) -> str | None:
    """What a design of ``task`` starts from: the bundled trained head when it was trained on
    ``backbone``, else the task's first preset that builds on ``levels`` (the backbone's; a
    preset such as ``ssd300`` reads levels only its own backbone has)."""
    bundle = bundled_head(task)
    if bundle is not None and bundle.backbone == backbone:
        return BUNDLED
    names = presets_for(task)
    if levels is not None:
        for name in names:
            try:
                get_preset(name, preset_levels(task, levels))
            except SpecError:
                continue
            return name
    return next(iter(names), None)


def initial_session(backends: Backends | None = None, task: Task | str = Task.CLASSIFICATION):
    """The session a new visitor starts with: the default design of ``task``."""
    backends = backends or Backends()
    task = Task(task)
    backbone = backends.default()
    levels = functools.partial(backends.levels, backbone)
    preset = default_preset(task, backbone, levels())
    s, msg = _start_design(task, backbone, preset, DEFAULT_NUM_CLASSES[task], levels, None)
    return say(s, msg)


def new_design(
    session: Session,
    task: Task | str,
    backbone: str,
    preset: str | None,
    num_classes: int | None,
    *,
    backends: Backends,
) -> tuple[Session, str]:
    """Replace the design by a new one from ``preset`` (empty: an empty design), undoably."""
    if num_classes is not None and num_classes != "":
        try:
            num_classes = whole_number(num_classes) or None
        except ValueError as e:
            return session, f"Not started: field 'num_classes': {e}."
    else:
        num_classes = None
    try:
        levels = functools.partial(backends.levels, backbone)
        return _start_design(_parse_task(task), backbone, preset, num_classes, levels, session)
    except (SpecError, ValueError) as e:
        return session, f"Not started: {e}"


def choose_preset(
    session: Session, preset: str | None, num_classes: int | None, *, backends: Backends
) -> tuple[Session, str]:
    """The preset box: a *different* preset replaces the design; the same one, or none, does
    nothing (so looking at the list and leaving it never loses edits)."""
    if not preset:
        return session, ""
    if preset == session.origin_preset:
        return session, (
            f"The design already started from '{preset}'; 'Reset to start' goes back to it."
        )
    return new_design(
        session, session.task, session.backbone, preset, num_classes, backends=backends
    )


def choose_task(session: Session, task: Task | str, *, backends: Backends) -> tuple[Session, str]:
    """Another task starts a design of that task (its default preset), undoably."""
    try:
        task = _parse_task(task)
    except SpecError as e:
        return session, f"Not changed: {e}"
    if task is session.task:
        return session, f"The design is a {task.value} head already."
    preset = default_preset(task, session.backbone, backends.levels(session.backbone))
    return new_design(
        session, task, session.backbone, preset, DEFAULT_NUM_CLASSES[task], backends=backends
    )


def change_backbone(session: Session, backbone: str, *, backends: Backends) -> tuple[Session, str]:
    """Move the design onto another backbone's feature levels (see :func:`set_backbone`)."""
    if backbone == session.backbone:
        return session, f"The backbone is {backbone} already."
    try:
        levels = preset_levels(session.task, backends.levels(backbone))
    except ValueError as e:
        return session, f"Not switched: {e}"
    return set_backbone(session, backbone, levels)


def head_weights_for(session: Session):
    """``(weights, class names)`` of the design: the weights trained in this session when they
    fit the design, else the bundled trained head's when the design is that head on its
    backbone, else ``(None, None)`` (random weights)."""
    trained = trained_weights(session)
    if trained is not None:
        return trained.state_dict, trained.class_names or None
    bundle = bundled_head(session.task)
    if bundle is not None and bundle.spec == session.spec and bundle.backbone == session.backbone:
        return bundle.state_dict, bundle.class_names
    return None, None


def head_card_for(session: Session) -> Mapping[str, Any] | None:
    """What the design's weights were trained on (:mod:`designer.cards`): the card of the
    session's trained or pretrained head, else the bundled head's; ``None`` without weights."""
    trained = trained_weights(session)
    if trained is not None:
        return dict(trained.card or {})
    bundle = bundled_head(session.task)
    if bundle is not None and bundle.spec == session.spec and bundle.backbone == session.backbone:
        return dict(bundle.card or {})
    return None


#: Where the app sends a person whose head only knows synthetic pictures.
APP_WAY_OUT = (
    'for photos, choose a pretrained start (Design tab, "Pretrained starts") or train the head '
    'on your own photos (Train tab, "My photos")'
)


@dataclass(frozen=True)
class Knowledge:
    """What the design's head knows, as the Predict tab says it.

    Attributes:
        text: the note (:func:`designer.cards.knowledge_note`).
        trained: the head has weights.
        synthetic: it was trained only on synthetic pictures (photos will not be recognised).
    """

    text: str
    trained: bool
    synthetic: bool

    @property
    def ok(self) -> bool:
        return self.trained and not self.synthetic


def knowledge_for(session: Session) -> Knowledge:
    """What the design's head knows: its classes and data, or that it knows nothing yet."""
    from designer.cards import knowledge_note
    from designer.inference import HeadBundle

    weights, _ = head_weights_for(session)
    card = head_card_for(session) or {}
    names = class_names_for(session) or ()
    view = HeadBundle(session.spec, weights, tuple(names), session.backbone, card=dict(card))
    text = knowledge_note(view, way_out=APP_WAY_OUT)
    return Knowledge(text, weights is not None, bool(card.get("synthetic")))


def class_names_for(session: Session) -> tuple[str, ...] | None:
    """The design's class names: its weights', else the bundled head's (ImageNet, Shapes) when
    the design has as many classes."""
    _, names = head_weights_for(session)
    if names:
        return tuple(names)
    bundle = bundled_head(session.task)
    candidates = bundle.class_names if bundle is not None else ()
    if not candidates:
        from designer.inference import default_head

        candidates = default_head(session.task).class_names
    k = num_classes_of(session.spec)
    return tuple(candidates) if candidates and k == len(candidates) else None


# ---------------------------------------------------------------------------------------------
# Services: output folders
# ---------------------------------------------------------------------------------------------


def file_stem(name: str | None) -> str:
    """A file name stem from a design's name (user text): letters, digits and ``_`` only, so a
    name like ``../../x`` cannot place a file outside the session folder."""
    return re.sub(r"[^A-Za-z0-9_]+", "_", name or "").strip("_")[:64] or "head"


#: Seconds a call's output folder is kept. Gradio copies returned files into its own cache when
#: the call returns, so the folder is only needed for moments; old ones are pruned.
OUTPUT_KEEP_S = 600.0
_OUTPUT: dict[str, Any] = {"root": None, "pruned": 0.0}
_OUTPUT_LOCK = threading.Lock()


def output_dir() -> Path:
    """A fresh folder for one call's files (results, diagrams, exports), under one folder per
    process whose entries older than :data:`OUTPUT_KEEP_S` are removed, so a long-running app
    does not fill the disk."""
    with _OUTPUT_LOCK:
        root = _OUTPUT["root"]
        if root is None or not root.is_dir():
            root = _OUTPUT["root"] = Path(tempfile.mkdtemp(prefix="model-heads-"))
        now = time.time()
        if now - _OUTPUT["pruned"] > OUTPUT_KEEP_S / 10:
            _OUTPUT["pruned"] = now
            for old in root.iterdir():
                try:
                    if now - old.stat().st_mtime > OUTPUT_KEEP_S:
                        shutil.rmtree(old, ignore_errors=True)
                except OSError:
                    pass  # removed meanwhile
        return Path(tempfile.mkdtemp(dir=root))


# ---------------------------------------------------------------------------------------------
# Services: analysis, diagram and export
# ---------------------------------------------------------------------------------------------


class ServiceError(ValueError):
    """An action the app cannot carry out; the message says why (no server paths)."""


ANALYSIS_HEADERS = ["node", "block", "output", "params", "FLOPs"]


@dataclass
class AnalysisView:
    """The analysis table of a design: rows, a totals line and the data behind them.

    ``stale`` is true when the design does not build and the rows are the last valid design's.
    """

    rows: list[list[Any]]
    totals: str
    data: dict[str, Any]
    stale: bool = False


def _check_size(size: float | None) -> int:
    if size is None or size == "" or (not isinstance(size, bool) and size == 0):
        return limits.DESIGN_CHECK_SIZE
    try:
        value = whole_number(size)
    except ValueError:
        raise ServiceError(f"input size {_brief(size)} is not a whole number") from None
    if not 32 <= value <= 4096:
        raise ServiceError(f"input size {_brief(value)} is outside 32..4096")
    return value


#: An input size from a widget or an API call, checked (``ServiceError`` outside 32..4096).
check_size = _check_size


@_memo(32)
def _analysis(spec: HeadSpec, size: int):
    # Selecting a node, undo and a stale table redraw designs already analysed.
    return limits.check_design(spec, size)


def analysis_view(session: Session, size: float | None = None) -> AnalysisView:
    """Per-node output shapes, parameters and FLOPs at ``size`` x ``size``, and the totals.

    A design that does not build shows the last valid design's table, marked stale; a design
    over the size limits shows why it is not analysed.
    """
    size = _check_size(size or session.view_size)
    v = validate(session)
    target = session.spec if v.ok else session.last_valid
    data: dict[str, Any] = {"valid": v.ok, "stale": not v.ok}
    if target is None:
        return AnalysisView([], "", {**data, "problem": v.message}, stale=False)
    try:
        a = _analysis(target, size)
    except SpecError as e:
        return AnalysisView([], f"No analysis: {e}", {**data, "valid": False, "problem": str(e)})
    from heads.analysis import ROIS_PER_IMAGE

    rows = [
        [r["node"], r["block"], r["output"], human(r["params"]),
         human(r["flops"]) + (f" + {human(r['roi_flops'])} per {ROIS_PER_IMAGE} detections"
                              if "roi_flops" in r else "")]
        for r in a.table()
    ]  # fmt: skip
    outs = ", ".join(f"`{k}` {tuple(v)}" for k, v in a.outputs.items())
    totals = (
        f"**Total at {size}×{size}:** {human(a.total_params)} parameters, "
        f"{human(a.total_flops)} FLOPs (a multiply-add counts as two).  \nOutputs: {outs}"
    )
    for r in a.table():
        if "cost" in r:  # a node that runs once per detected box, after decoding
            totals += f"  \n`{r['node']}` runs after decoding: + {r['cost']}."
    if not v.ok:
        totals = "**Stale:** the last valid design's figures.  \n" + totals
    data.update(
        image_size=list(a.image_size),
        nodes=a.table(),
        outputs={k: list(v) for k, v in a.outputs.items()},
        total_params=a.total_params,
        total_flops=a.total_flops,
    )
    if not v.ok:
        data["problem"] = v.message
    return AnalysisView(rows, totals, data, stale=not v.ok)


@_memo(32)
def _diagram_bytes(spec: HeadSpec, size: int) -> tuple[bytes, bytes]:
    # Undo, redo and a stale diagram re-draw designs already drawn: keep their pictures.
    from designer import diagram

    dot = diagram.to_dot(spec, image_size=size)
    return diagram.render(dot, "png"), diagram.render(dot, "svg")


def diagram_files(spec: HeadSpec, size: float | None = None) -> tuple[str | None, str | None, str]:
    """The diagram of ``spec`` as PNG and SVG files; ``(None, None, message)`` when it cannot
    be drawn."""
    from designer import diagram

    try:
        png_bytes, svg_bytes = _diagram_bytes(spec, _check_size(size))
    except (SpecError, ValueError, diagram.GraphvizNotFound) as e:
        return None, None, f"No diagram: {e}"
    out = output_dir()
    stem = file_stem(spec.name)
    (out / f"{stem}_diagram.png").write_bytes(png_bytes)
    (out / f"{stem}_diagram.svg").write_bytes(svg_bytes)
    return str(out / f"{stem}_diagram.png"), str(out / f"{stem}_diagram.svg"), ""


@dataclass
class DiagramView:
    """The diagram the page shows: the design's, or the last valid one marked stale."""

    png: str | None
    svg: str | None
    caption: str
    stale: bool


def diagram_view(session: Session, size: float | None = None) -> DiagramView:
    """The current design's diagram; while it does not build, the last valid design's, stale."""
    size = size or session.view_size
    v = validate(session)
    if v.ok:
        png, svg, problem = diagram_files(session.spec, size)
        return DiagramView(png, svg, problem or "Diagram (updated on every change)", False)
    if session.last_valid is None:
        return DiagramView(None, None, "No diagram yet: the design has never been buildable", True)
    png, svg, problem = diagram_files(session.last_valid, size)
    where = f" node '{v.node}'" if v.node else " the design"
    caption = f"Stale diagram: the last valid design (fix{where} to update it)"
    return DiagramView(png, svg, problem or caption, True)


@dataclass
class ExportResult:
    """What an export produced: the module's code, the written files and a summary."""

    code: str
    files: list[str]
    message: str


def export_design(session: Session, class_name: str | None) -> ExportResult:
    """Generated Python for the design, and downloads: .py, spec .json, weights, diagram.

    Raises:
        ServiceError: for a class name that is not an identifier or a design that cannot be
            exported (not buildable, over the size limits).
    """
    from designer import codegen

    class_name = (class_name or "Head").strip()
    try:
        code = codegen.to_python(session.spec, class_name)
        limits.check_design(session.spec)  # before allocating weights
    except (SpecError, codegen.CodegenError) as e:
        raise ServiceError(f"Cannot export: {e}") from None
    out = output_dir()
    stem = file_stem(session.spec.name)
    weights, _ = head_weights_for(session)
    note = "trained weights" if weights is not None else "randomly initialised weights (untrained)"
    if weights is None:
        import heads

        weights = heads.build_head(None, session.spec).state_dict()
    files = codegen.export_bundle(session.spec, weights, out, class_name=class_name, stem=stem)
    png, svg, _ = diagram_files(session.spec)
    paths = [str(p) for p in files] + [p for p in (svg, png) if p]
    names = ", ".join(Path(p).name for p in paths)
    return ExportResult(code, paths, f"Exported {len(paths)} files ({note}): {names}.")


def _export_weights(session: Session) -> tuple[Any, str]:
    """The design's weights for an export (fresh ones when it has none) and what they are."""
    weights, _ = head_weights_for(session)
    if weights is not None:
        return weights, "trained weights"
    import torch

    from heads.graph import GraphHead

    torch.manual_seed(0)
    return GraphHead(session.spec).state_dict(), "randomly initialised weights (untrained)"


def _trained_on(session: Session, weights_note: str) -> str | None:
    """What an export's weights were trained on, for its contract: the card of the session's
    trained head or of the bundled one (dataset, images, validation metrics, source), else
    the weights note; ``None`` for fresh weights."""
    from designer.contract import card_text

    if weights_note.startswith("random"):
        return None
    return card_text(head_card_for(session)) or f"{weights_note} of the designer"


def _contract(session: Session, trained: str) -> Any:
    """The design's contract (:mod:`designer.contract`); ``None`` off the zoo's backbones."""
    from designer import backbones
    from designer.contract import contract_for

    if session.backbone not in backbones.backbone_names():
        return None
    return contract_for(
        session.spec,
        session.backbone,
        class_names=tuple(class_names_for(session) or ()),
        trained_on=_trained_on(session, trained),
    )


def _checked_for_export(session: Session, what: str) -> None:
    v = validate(session)
    if not v.ok:
        raise ServiceError(f"Cannot export {what}: {v.message}")
    try:
        limits.check_design(session.spec)  # before allocating weights
    except SpecError as e:
        raise ServiceError(f"Cannot export {what}: {e}") from None


def onnx_image_size(spec: HeadSpec, size: int) -> int:
    """``size`` rounded to a multiple of the deepest stride ``spec`` reads (what an ONNX export
    traces at; at least one stride)."""
    from designer.contract import used_levels

    strides = [spec.input_levels[n].stride for n in used_levels(spec) if n != IMAGE_LEVEL]
    step = max(strides, default=32)
    return max(step, round(size / step) * step)


def export_onnx_file(session: Session, decoded: bool = False) -> ExportResult:
    """The design's head as an ONNX file (:func:`designer.onnx_export.export_onnx`).

    Dynamic batch and image sizes where the design allows (else fixed, and the message names
    the node); ``decoded`` puts decoding in the graph (detection: boxes, scores and labels
    after suppression; classification: scores; segmentation: the argmax mask). The file's
    metadata holds the contract when the backbone is one of the zoo's.

    Raises:
        ServiceError: a design that does not build or cannot be exported (naming the node and
            the reason), or no ``onnx`` package (naming the extra to install).
    """
    from designer import onnx_export as ox

    _checked_for_export(session, "to ONNX")
    weights, note = _export_weights(session)
    options = ox.OnnxOptions(
        image_size=onnx_image_size(session.spec, session.view_size),
        outputs=ox.Outputs.DECODED if decoded else ox.Outputs.RAW,
    )
    try:
        contract = _contract(session, note)
        result = ox.export_onnx(session.spec, weights, options=options, contract=contract)
    except (ox.OnnxExportError, SpecError, ValueError) as e:
        raise ServiceError(f"Cannot export to ONNX: {e}") from None
    path = output_dir() / f"{file_stem(session.spec.name)}.onnx"
    result.save(path)
    dims = ", ".join(result.dynamic) or "none (fixed size)"
    notes = "".join(f" Note: {n}" for n in result.notes)
    if contract is None:
        notes += f" No contract: {session.backbone} is not one of the zoo's backbones."
    message = (
        f"Exported {path.name} ({len(result.model):,} bytes, {note}): inputs "
        f"{', '.join(result.inputs)}; outputs {', '.join(result.outputs)}; dynamic dimensions: "
        f"{dims}.{notes}"
    )
    return ExportResult("", [str(path)], message)


def export_predictor(session: Session, onnx: bool = True) -> ExportResult:
    """The whole predictor -- resizing, normalisation, backbone, head, decoding -- as one zip:
    ``model.py`` and ``model.pt`` (torch and torchvision only), and ``model.onnx`` with
    ``onnx`` (:func:`designer.end_to_end.export_end_to_end`; the ONNX file traces the
    backbone too, which takes a minute).

    Raises:
        ServiceError: a design that does not build, a backbone outside the zoo (a test
            backbone, a pretrained start), or an export that fails (naming the node).
    """
    import zipfile

    from designer import backbones
    from designer import end_to_end as e2e

    _checked_for_export(session, "the predictor")
    if session.backbone not in backbones.backbone_names():
        raise ServiceError(
            f"Cannot export the predictor: backbone {session.backbone!r} is not one of the "
            f"zoo's ({', '.join(backbones.backbone_names())}); the head alone exports as "
            "Python or ONNX"
        )
    weights, note = _export_weights(session)
    names = class_names_for(session)
    stem = file_stem(session.spec.name)
    folder = output_dir() / f"{stem}_predictor"
    try:
        parts = e2e.resolve(
            session.spec,
            backbone=session.backbone,
            state_dict=weights,
            class_names=names,
            trained_on=_trained_on(session, note),
        )
        formats = e2e.Format.BOTH if onnx else e2e.Format.PYTHON
        files = e2e.export_end_to_end(parts, folder, formats=formats)
    except (SpecError, ValueError, OSError) as e:
        raise ServiceError(f"Cannot export the predictor: {e}") from None
    archive = output_dir() / f"{stem}_predictor.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            # A fixed date: the same export gives the same archive.
            info = zipfile.ZipInfo(f.name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, f.read_bytes())
    weights_note = (
        "" if parts.backbone.pretrained else f"; the backbone has {parts.backbone.weights_note}"
    )
    message = (
        f"Exported {archive.name}: {', '.join(f.name for f in files)} ({note} for the head"
        f"{weights_note})."
    )
    return ExportResult("", [str(archive)], message)


# ---------------------------------------------------------------------------------------------
# Services: prediction
# ---------------------------------------------------------------------------------------------

#: Results smaller than this (longest side, pixels) are enlarged for display, so boxes, labels
#: and masks on small images stay readable.
DISPLAY_MIN_SIDE = 512
#: How result pictures are encoded (see :func:`overlay_file`).
OVERLAY_JPEG = {"quality": 95, "subsampling": 0}


def overlay_file(image: Any) -> str | None:
    """Write a result picture to a fresh file and return its path.

    Returning a path (not a PIL image) lets Gradio copy the file into its cache atomically; it
    writes returned PIL images in place, keyed by their content, which races when two sessions
    return the same picture at the same time (one client then reads a truncated file).

    The picture is for display (the results themselves are in the JSON, the segmentation mask
    in its own lossless PNG), so it is a JPEG: encoding a 512x512 result takes about 3 ms where
    a PNG takes 30-60 ms, on every prediction and threshold change. Full-resolution colour
    (no chroma subsampling) keeps thin box lines and coloured labels crisp; quality 95 stays
    within a few levels of the drawn picture.
    """
    if image is None:
        return None
    from PIL import Image

    side = max(image.size)
    if 0 < side < DISPLAY_MIN_SIDE:
        factor = DISPLAY_MIN_SIDE / side
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS
        )
    path = output_dir() / "result.jpg"
    image.convert("RGB").save(path, "JPEG", **OVERLAY_JPEG)
    return str(path)


def mask_file(mask: Any) -> str | None:
    """A segmentation mask ``(H, W)`` of class indices as a fresh PNG file."""
    if mask is None:
        return None
    import numpy as np
    from PIL import Image

    path = output_dir() / "mask.png"
    Image.fromarray(np.asarray(mask).astype("uint8"), mode="L").save(path)
    return str(path)


def load_upload(path: str | Path) -> Any:
    """An uploaded image through the app's loader (:func:`designer.images.load_image`).

    Raises:
        designer.images.ImageError: naming the file by its own name (never the server folder
            it was uploaded to).
    """
    from designer.images import load_image

    return load_image(str(path), name=Path(path).name)


@dataclass(frozen=True)
class PostSettings:
    """The post-processing and drawing choices of the Predict tab (they re-use cached outputs).

    Attributes:
        score, iou, suppression: detection thresholds and method.
        topk: classification: how many classes to list.
        opacity: segmentation: mask opacity.
        hidden: segmentation: class indices not drawn on the overlay.
    """

    score: float = 0.3
    iou: float = 0.5
    suppression: str = "class_aware"
    topk: int = 5
    opacity: float = 0.5
    hidden: tuple[int, ...] = ()


@dataclass
class PredictionView:
    """A prediction as the page shows it: files, the top classes, notes and the data."""

    overlay: str | None
    top_classes: dict[str, float] | None
    notes: str
    timings: str
    result: dict[str, Any]
    mask: str | None


def _timings_text(timings: Mapping[str, float], cached: Mapping[str, bool] | None) -> str:
    order = ("load", "preprocess", "backbone", "head", "postprocess", "total")
    parts = [f"{k} **{timings[k]:.0f} ms**" for k in order if k in timings]
    hits = [k for k, v in (cached or {}).items() if v]
    tail = f" (from cache: {', '.join(hits)})" if hits else ""
    return "Times: " + " · ".join(parts) + tail


def knowledge_text(knows: Knowledge) -> str:
    """The knowledge note as a line of the page: ✓ for a head trained on real pictures, ⚠ for
    an untrained head or one that only saw synthetic pictures."""
    mark = "✓" if knows.ok else "⚠"
    text = knows.text.rstrip(".")
    return f"{mark} {text[0].upper()}{text[1:]}."


def prediction_notes(notes: Sequence[str], backbone: str) -> str:
    """What to know about one prediction besides what the head knows (the knowledge note
    says that): a backbone with random weights, a head trained on another backbone."""
    if notes:
        return "  \n".join(f"⚠ {n}" for n in notes)
    return f"✓ The backbone ({backbone}) has trained weights."


def predict(
    session: Session, image: Any, settings: PostSettings, *, backends: Backends, tta: Any = None
) -> PredictionView:
    """Predict with the design on ``image`` (an upload's path or a loaded picture).

    ``tta`` (a :class:`designer.tta_inference.TTAOptions`) runs flipped and scaled views or
    tiles; their raw outputs are cached like a plain prediction's.

    Raises:
        ServiceError: for a design that does not build yet.
        designer.images.ImageError: for a file that is not a usable image (named by its name).
    """
    v = validate(session)
    if not v.ok:
        raise ServiceError(f"The design is not buildable yet: {v.message}")
    picture = image if not isinstance(image, str | Path) else load_upload(image)
    weights, _ = head_weights_for(session)
    # Only when asked: an injected predictor-like object need not know the option.
    views = {"tta": tta} if tta is not None else {}
    pred = backends.predictor(session.backbone, session.pretrained).predict(
        picture,
        session.spec,
        weights,
        **views,
        class_names=class_names_for(session),
        score_threshold=float(settings.score),
        iou_threshold=float(settings.iou),
        suppression=settings.suppression or "class_aware",
        topk=int(settings.topk or 5),
        mask_alpha=float(settings.opacity),
        hidden_classes=tuple(int(k) for k in settings.hidden),
    )
    from designer.reports import result_rows

    data = dict(pred.data)
    top = None
    if pred.task == Task.CLASSIFICATION.value:
        top = {d["name"]: float(d["score"]) for d in data.get("topk", [])}
    knows = knowledge_for(session)
    notes = prediction_notes(pred.notes, str(data.get("backbone", session.backbone)))
    if data.get("tta"):
        notes += f"  \nℹ Ran {data['tta']['text']}."
    result = {
        "task": pred.task, **data, "rows": result_rows(pred), "knows": knows.text,
        "timings": pred.timings, "notes": pred.notes,
    }  # fmt: skip
    return PredictionView(
        overlay_file(pred.overlay),
        top,
        notes,
        _timings_text(pred.timings, data.get("cached")),
        result,
        mask_file(pred.mask),
    )


def read_spec_file(path: str | Path) -> bytes:
    """The bytes of an uploaded spec file, within the size limit.

    Raises:
        ServiceError: naming the file (not its server folder).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        limits.check_spec_size(len(data), path.name)
    except limits.LimitError as e:
        raise ServiceError(str(e)) from None
    except OSError as e:
        raise ServiceError(f"{path.name}: cannot be read ({e.strerror or e})") from None
    return data


__all__ = [
    "APP_WAY_OUT", "BUNDLED", "DEFAULT_NUM_CLASSES", "HISTORY_LIMIT", "KEPT_LIMIT", "AnalysisView",
    "Backends", "DiagramView", "Knowledge", "PretrainedStart", "adopt_weights", "head_card_for",
    "is_pretrained_start", "knowledge_for", "knowledge_text", "prediction_notes",
    "set_pretrained_options",
    "DISPLAY_MIN_SIDE", "ExportResult", "export_onnx_file", "export_predictor", "onnx_image_size", "parse_design_text", "PostSettings", "PredictionView", "Problem", "ServiceError", "Session", "Snapshot", "Step", "TrainedHead",
    "Validation", "add_node", "analysis_view", "canvas_edit", "canvas_expand", "block_choices", "blocks_for",
    "bundled_head", "canvas_select", "canvas_value", "layout_of", "change_backbone", "choose_preset", "choose_task",
    "class_names_for", "counterpart", "default_preset", "design_name", "diagram_files",
    "diagram_view", "export_design", "file_stem", "head_weights_for", "initial_session",
    "insert_node", "load_json", "parse_spec_data", "parse_spec_text", "whole_number", "move_node", "new_design", "new_session", "num_classes_of",
    "load_upload", "mask_file", "output_dir", "overlay_file", "predict", "preset_choices", "preset_levels", "presets_for", "problem_suffix",
    "read_spec_file", "redo", "redo_label", "remove_node", "rename_node", "reset", "save_json",
    "say", "select", "set_backbone", "set_classes", "set_num_classes", "set_view_size", "set_inputs", "set_output", "set_params", "start",
    "start_from_spec", "to_json_dict", "trained_weights", "undo", "undo_label", "validate",
    "with_trained",
]  # fmt: skip
