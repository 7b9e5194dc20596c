"""The designer's state and its edits: pure functions over a frozen :class:`DesignState`.

No gradio here: the app keeps one :class:`DesignState` per browser session and calls these
functions. Every edit returns ``(new_state, message)``. An edit that cannot be made (an unknown
block, a parameter out of range, a bad name, JSON that does not parse) returns the *old* state
and a message naming the node and the field. An edit that makes a well-formed but unfinished
graph (a node not yet connected to an output, channels that do not fit yet) is accepted -- a
design is built step by step -- and :func:`validate` reports what is still wrong, at the node.

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
    >>> undo(s)[0].spec.node("mlp").params.hidden_features
    (512,)
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from designer.forms import form_to_raw
from heads.registry import get_block, get_preset, list_presets
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

#: How many earlier designs :func:`undo` can go back to.
HISTORY_LIMIT = 50


@dataclass(frozen=True, eq=False)
class TrainedHead:
    """Weights a training run produced for one spec on one backbone."""

    spec: HeadSpec
    backbone: str
    state_dict: Any
    class_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DesignState:
    """One person's design: the task, the backbone, the spec, undo history and the selection.

    Attributes:
        task: what the head predicts.
        backbone: the backbone's name (the app resolves it; the spec holds its levels).
        spec: the current head spec (possibly unfinished, see :func:`validate`).
        history: earlier specs, most recent last, for :func:`undo`.
        selected: the node the form edits (``None`` when there are no nodes).
        origin: the spec the design started from, for :func:`reset`.
        trained: weights trained in this session; they apply while the design is exactly the
            trained spec on the trained backbone (any edit of the architecture leaves them aside).
    """

    task: Task
    backbone: str
    spec: HeadSpec
    history: tuple[HeadSpec, ...] = ()
    selected: str | None = None
    origin: HeadSpec | None = None
    trained: TrainedHead | None = None

    @property
    def node_names(self) -> list[str]:
        return [n.name for n in self.spec.nodes]


def trained_weights(state: DesignState) -> TrainedHead | None:
    """The session's trained weights when they fit the current design, else ``None``."""
    t = state.trained
    if t is not None and t.spec == state.spec and t.backbone == state.backbone:
        return t
    return None


def with_trained(state: DesignState, trained: TrainedHead) -> tuple[DesignState, str]:
    """Adopt a training run's result: the design becomes the trained spec (class counts come
    from the data) and its weights are what prediction and export use."""
    history = state.history if trained.spec == state.spec else state.history + (state.spec,)
    new = dataclasses.replace(state, spec=trained.spec, history=history, trained=trained)
    return new, "Training finished: Predict and Export now use the trained weights."


@dataclass(frozen=True)
class Validation:
    """Whether the design builds, and if not, what is wrong and where."""

    ok: bool
    message: str
    node: str | None = None
    field: str | None = None


def validate(state: DesignState) -> Validation:
    """Plan the spec; a :class:`Validation` with the first problem, naming node and field."""
    try:
        plan(state.spec)
    except SpecError as e:
        return Validation(False, str(e), e.node, e.field)
    return Validation(True, "The design is valid.")


def _status(state: DesignState) -> str:
    v = validate(state)
    return "" if v.ok else f" Still to fix: {v.message}."


def _commit(old: DesignState, spec: HeadSpec, selected: str | None | bool = False) -> DesignState:
    """A new state with ``spec``; the old spec goes onto the undo history."""
    history = (*old.history, old.spec)[-HISTORY_LIMIT:]
    sel = old.selected if selected is False else selected
    if sel is not None and sel not in {n.name for n in spec.nodes}:
        sel = spec.nodes[-1].name if spec.nodes else None
    return dataclasses.replace(old, spec=spec, history=history, selected=sel)


# ---------------------------------------------------------------------------------------------
# Starting points
# ---------------------------------------------------------------------------------------------


def presets_for(task: Task | str) -> list[str]:
    """The names of the presets of one task."""
    return [p.name for p in list_presets(Task(task))]


def start(
    task: Task | str,
    backbone: str,
    levels: Mapping[str, FeatureInfo],
    preset: str | None = None,
    *,
    previous: DesignState | None = None,
    **options: Any,
) -> tuple[DesignState, str]:
    """A new design for ``backbone``'s feature ``levels``: from a preset, or empty.

    With ``previous``, the earlier design stays reachable by :func:`undo`.

    Raises:
        SpecError: for an unknown task or preset, or options the preset does not take (there
            is no old state to fall back to; the app catches it and keeps its state).
    """
    try:
        task = Task(task)
    except ValueError:
        raise SpecError(
            f"{task!r} is not a task; choose one of: {', '.join(t.value for t in Task)}",
            field="task",
        ) from None
    levels = dict(levels)
    if preset:
        spec = get_preset(preset, levels, **options)
        if spec.task is not task:
            raise SpecError(
                f"preset {preset!r} is a {spec.task.value} preset, not {task.value}", field="preset"
            )
        msg = f"Started from preset '{preset}' on {backbone}."
    else:
        spec = HeadSpec(task, levels, (), (), "")
        msg = f"Started an empty {task.value} design on {backbone}; add blocks."
    selected = spec.nodes[0].name if spec.nodes else None
    history = (*previous.history, previous.spec)[-HISTORY_LIMIT:] if previous else ()
    state = DesignState(task, backbone, spec, history, selected, spec)
    return state, msg + _status(state)


def start_from_spec(
    backbone: str, spec: HeadSpec, *, previous: DesignState | None = None
) -> tuple[DesignState, str]:
    """A new design that starts from ``spec`` (a bundled or saved head); the task follows it."""
    history = (*previous.history, previous.spec)[-HISTORY_LIMIT:] if previous else ()
    selected = spec.nodes[0].name if spec.nodes else None
    state = DesignState(spec.task, backbone, spec, history, selected, spec)
    return state, f"Started from '{spec.name or 'a saved design'}' on {backbone}." + _status(state)


def reset(state: DesignState) -> tuple[DesignState, str]:
    """Back to the spec the design started from (undoable)."""
    origin = state.origin or HeadSpec(state.task, state.spec.inputs, (), (), "")
    if origin == state.spec:
        return state, "Nothing to reset."
    new = _commit(state, origin, origin.nodes[0].name if origin.nodes else None)
    return new, "Reset to the starting design." + _status(new)


def undo(state: DesignState) -> tuple[DesignState, str]:
    """The design before the last edit."""
    if not state.history:
        return state, "Nothing to undo."
    spec = state.history[-1]
    sel = state.selected if state.selected in {n.name for n in spec.nodes} else None
    if sel is None and spec.nodes:
        sel = spec.nodes[0].name
    new = dataclasses.replace(
        state, spec=spec, history=state.history[:-1], selected=sel, task=spec.task
    )
    return new, "Undid the last edit." + _status(new)


def select(state: DesignState, name: str | None) -> tuple[DesignState, str]:
    """Select the node the form edits."""
    if name is None or name == "":
        return dataclasses.replace(state, selected=None), ""
    if name not in state.node_names:
        return state, f"There is no node {name!r}; nodes: {', '.join(state.node_names) or 'none'}."
    return dataclasses.replace(state, selected=name), f"Selected '{name}'."


# ---------------------------------------------------------------------------------------------
# Nodes
# ---------------------------------------------------------------------------------------------


def _free_name(spec: HeadSpec, base: str) -> str:
    taken = {n.name for n in spec.nodes} | set(spec.input_levels)
    base = "".join(c if c.isalnum() or c == "_" else "_" for c in base.lower()) or "node"
    if not base[0].isalpha():
        base = "n_" + base
    candidates = [base] + [f"{base}_{i}" for i in range(2, 1000)]
    for c in candidates:
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


def add_node(
    state: DesignState,
    block: str,
    *,
    after: str | None = None,
    name: str | None = None,
    params: Mapping[str, Any] | None = None,
) -> tuple[DesignState, str]:
    """Add a node of ``block`` after ``after`` (default: the selected node, else the last node,
    else the deepest input level).

    The new node reads ``after``, and nodes that read ``after`` now read the new node (so
    adding an MLP after the pool of ``pool -> classifier`` gives ``pool -> mlp ->
    classifier``). Ports named like output keys (``logits``) become outputs.
    """
    try:
        bdef = get_block(block)
        after = after if after is not None else state.selected
        if (
            after is not None
            and after not in state.node_names
            and after not in state.spec.input_levels
        ):
            raise SpecError(
                f"unknown node {after!r}; nodes: {', '.join(state.node_names)}", field="after"
            )
        node_name = name or _free_name(state.spec, block)
        _check_name(node_name, "node name", node=node_name)
        if node_name in state.node_names or node_name in state.spec.input_levels:
            raise SpecError("the name is taken; choose another", node=node_name, field="name")
        raw = dict(params or {})
        p = parse_params(bdef.params, form_to_raw(bdef.params, raw) if raw else {}, node=node_name)
        check_params(p, node=node_name)
    except SpecError as e:
        return state, f"Not added: {e}"
    node = Node(node_name, block, _default_inputs(state.spec, after), p)
    nodes = list(state.spec.nodes)
    if after in state.node_names:
        # Splice into the chain: what read ``after`` now reads the new node.
        nodes = [
            dataclasses.replace(n, inputs=tuple(node_name if r == after else r for r in n.inputs))
            for n in nodes
        ]
        nodes.insert(state.node_names.index(after) + 1, node)
    else:
        nodes.append(node)
    spec = _wire_outputs(dataclasses.replace(state.spec, nodes=tuple(nodes)), node)
    new = _commit(state, spec, node_name)
    return new, f"Added '{node_name}' ({block}) after {node.inputs[0]}." + _status(new)


def insert_node(
    state: DesignState, block: str, *, before: str | None = None, name: str | None = None
) -> tuple[DesignState, str]:
    """Insert a node of ``block`` in front of ``before`` (default: the selected node): it takes
    ``before``'s inputs and ``before`` takes its output."""
    before = before if before is not None else state.selected
    if before is None:
        return add_node(state, block, name=name)
    if before not in state.node_names:
        return state, f"Not inserted: there is no node {before!r}."
    try:
        bdef = get_block(block)
        node_name = name or _free_name(state.spec, block)
        _check_name(node_name, "node name", node=node_name)
        if node_name in state.node_names or node_name in state.spec.input_levels:
            raise SpecError("the name is taken; choose another", node=node_name, field="name")
        p = bdef.params()
    except SpecError as e:
        return state, f"Not inserted: {e}"
    target = state.spec.node(before)
    node = Node(node_name, block, target.inputs, p)
    nodes = []
    for n in state.spec.nodes:
        if n.name == before:
            nodes.append(node)
            nodes.append(dataclasses.replace(n, inputs=(node_name,)))
        else:
            nodes.append(n)
    spec = _wire_outputs(dataclasses.replace(state.spec, nodes=tuple(nodes)), node)
    new = _commit(state, spec, node_name)
    return new, f"Inserted '{node_name}' ({block}) before '{before}'." + _status(new)


def remove_node(state: DesignState, name: str | None = None) -> tuple[DesignState, str]:
    """Remove a node (default: the selected one). Nodes it fed take its inputs instead;
    outputs it gave are dropped."""
    name = name if name is not None else state.selected
    if name not in state.node_names:
        return state, f"Not removed: there is no node {name!r}."
    gone = state.spec.node(name)
    nodes = []
    for n in state.spec.nodes:
        if n.name == name:
            continue
        ins: list[str] = []
        for r in n.inputs:
            if parse_ref(r)[0] == name:
                ins.extend(i for i in gone.inputs if i not in ins)
            elif r not in ins:
                ins.append(r)
        nodes.append(dataclasses.replace(n, inputs=tuple(ins)))
    outputs = tuple((k, r) for k, r in state.spec.outputs if parse_ref(r)[0] != name)
    spec = dataclasses.replace(state.spec, nodes=tuple(nodes), outputs=outputs)
    idx = state.node_names.index(name)
    sel = nodes[min(idx, len(nodes) - 1)].name if nodes else None
    new = _commit(state, spec, sel)
    return new, f"Removed '{name}'." + _status(new)


def move_node(
    state: DesignState, name: str | None = None, delta: int = -1
) -> tuple[DesignState, str]:
    """Move a node up (``delta=-1``) or down (``+1``) the list.

    When the two nodes are a chain (one reads exactly the other), they swap places in the data
    flow as well: ``pool -> mlp -> classifier`` with ``classifier`` moved up gives
    ``pool -> classifier -> mlp``. Output keys stay with their nodes.
    """
    name = name if name is not None else state.selected
    if name not in state.node_names:
        return state, f"Not moved: there is no node {name!r}."
    if delta not in (-1, 1):
        return state, "Not moved: move by one place (-1 up, +1 down)."
    names = state.node_names
    i = names.index(name)
    j = i + delta
    if not 0 <= j < len(names):
        return state, f"'{name}' is already at the {'top' if delta < 0 else 'bottom'}."
    first, second = (names[j], name) if delta < 0 else (name, names[j])
    a, b = state.spec.node(first), state.spec.node(second)
    nodes = list(state.spec.nodes)
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
    spec = dataclasses.replace(state.spec, nodes=tuple(nodes))
    new = _commit(state, spec, name)
    return new, f"Moved '{name}' {'up' if delta < 0 else 'down'}." + _status(new)


def set_params(
    state: DesignState, name: str | None, values: Mapping[str, Any]
) -> tuple[DesignState, str]:
    """Change some parameters of a node from form values (strings and numbers).

    The values are typed by :func:`designer.forms.form_to_raw` and
    :func:`heads.spec.parse_params` and range-checked; a value that does not parse or is out
    of range leaves the design as it was and the message names the node and the field.
    """
    name = name if name is not None else state.selected
    if name not in state.node_names:
        return state, f"Not applied: there is no node {name!r}."
    node = state.spec.node(name)
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
        return state, f"Not applied: {e}"
    if params == node.params:
        return state, f"No change to '{name}'."
    changed = [
        f"{f.name} = {_show(getattr(params, f.name))}"
        for f in dataclasses.fields(params)
        if getattr(params, f.name) != getattr(node.params, f.name)
    ]
    spec = state.spec.replace_node(name, params=params)
    new = _commit(state, spec, name)
    return new, f"Updated '{name}': {', '.join(changed)}." + _status(new)


def _show(v: Any) -> str:
    return str(v.value) if hasattr(v, "value") and not isinstance(v, int | float) else repr(v)


def set_inputs(
    state: DesignState, name: str | None, refs: Sequence[str] | str
) -> tuple[DesignState, str]:
    """Rewire a node's inputs (``"c3, c4, c5"`` or a list of references)."""
    name = name if name is not None else state.selected
    if name not in state.node_names:
        return state, f"Not rewired: there is no node {name!r}."
    if isinstance(refs, str):
        refs = [r.strip() for r in refs.split(",") if r.strip()]
    valid = list(state.spec.input_levels) + [n for n in state.node_names if n != name]
    for r in refs:
        if parse_ref(r)[0] not in valid:
            return state, (
                f"Not rewired: node '{name}', field 'inputs': unknown reference {r!r}; "
                f"valid: {', '.join(valid)}"
            )
    if not refs:
        return (
            state,
            f"Not rewired: node '{name}', field 'inputs': a node needs at least one input.",
        )
    spec = state.spec.replace_node(name, inputs=tuple(refs))
    new = _commit(state, spec, name)
    return new, f"'{name}' now reads {', '.join(refs)}." + _status(new)


def set_output(state: DesignState, key: str, ref: str | None) -> tuple[DesignState, str]:
    """Point output ``key`` at a reference, or remove it when ``ref`` is empty."""
    outputs = state.spec.output_map
    if not ref:
        if key not in outputs:
            return state, f"There is no output {key!r}."
        outputs.pop(key)
    else:
        names = state.node_names + list(state.spec.input_levels)
        if parse_ref(ref)[0] not in names:
            return (
                state,
                f"Not set: field 'outputs.{key}': unknown reference {ref!r}; "
                f"valid: {', '.join(names)}",
            )
        outputs[key] = ref
    spec = dataclasses.replace(state.spec, outputs=tuple(outputs.items()))
    new = _commit(state, spec)
    return new, (
        f"Output '{key}' now comes from {ref}." if ref else f"Removed output '{key}'."
    ) + _status(new)


def rename_node(state: DesignState, old: str | None, new_name: str) -> tuple[DesignState, str]:
    """Rename a node and every reference to it (inputs and outputs).

    The name is the module attribute and the ``state_dict`` prefix of the node's weights.
    """
    old = old if old is not None else state.selected
    if old not in state.node_names:
        return state, f"Not renamed: there is no node {old!r}."
    new_name = (new_name or "").strip()
    if new_name == old:
        return state, "The name is unchanged."
    try:
        _check_name(new_name, "node name", node=old)
    except SpecError as e:
        return state, f"Not renamed: {e}"
    if new_name in state.node_names or new_name in state.spec.input_levels:
        return state, f"Not renamed: node '{old}', field 'name': {new_name!r} is taken."

    def ren(ref: str) -> str:
        src, port = parse_ref(ref)
        return (new_name + (f".{port}" if port else "")) if src == old else ref

    nodes = tuple(
        dataclasses.replace(
            n, name=new_name if n.name == old else n.name, inputs=tuple(map(ren, n.inputs))
        )
        for n in state.spec.nodes
    )
    outputs = tuple((k, ren(r)) for k, r in state.spec.outputs)
    spec = dataclasses.replace(state.spec, nodes=nodes, outputs=outputs)
    new = _commit(state, spec, new_name)
    return new, f"Renamed '{old}' to '{new_name}'." + _status(new)


def set_levels(
    state: DesignState, backbone: str, levels: Mapping[str, FeatureInfo]
) -> tuple[DesignState, str]:
    """Move the design onto another backbone's levels.

    References to levels the new backbone lacks go to its level of the same stride, else to
    its deepest level.
    """
    levels = dict(levels)
    if not levels:
        return state, "Not changed: the backbone has no feature levels."
    by_stride = {info.stride: name for name, info in levels.items()}
    old = state.spec.input_levels
    deepest = max(reversed(list(levels)), key=lambda k: levels[k].stride)

    def remap(ref: str) -> str:
        src, _ = parse_ref(ref)
        if src not in old or src in levels:
            return ref
        return by_stride.get(old[src].stride, deepest)

    nodes = []
    for n in state.spec.nodes:
        ins: list[str] = []
        for r in map(remap, n.inputs):
            if r not in ins:
                ins.append(r)
        nodes.append(dataclasses.replace(n, inputs=tuple(ins)))
    outputs = tuple((k, remap(r)) for k, r in state.spec.outputs)
    spec = dataclasses.replace(
        state.spec, inputs=tuple(levels.items()), nodes=tuple(nodes), outputs=outputs
    )
    new = dataclasses.replace(_commit(state, spec), backbone=backbone)
    return new, f"Backbone is now {backbone}." + _status(new)


# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------


def save_json(state: DesignState) -> str:
    """The spec as JSON (the same format the CLI and :meth:`HeadSpec.from_json` read)."""
    return state.spec.to_json()


def load_json(state: DesignState, text: str | bytes) -> tuple[DesignState, str]:
    """Replace the design with a spec from JSON text; the task follows the spec.

    Text that is not a spec leaves the design as it was; the message names the field.
    """
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        spec = HeadSpec.from_json(text)
    except UnicodeDecodeError:
        return state, "Not loaded: the file is not UTF-8 text."
    except SpecError as e:
        return state, f"Not loaded: {e}"
    except (TypeError, ValueError) as e:  # e.g. a FeatureInfo with bad values
        return state, f"Not loaded: {e}"
    new = dataclasses.replace(
        _commit(state, spec, spec.nodes[0].name if spec.nodes else None),
        task=spec.task,
        origin=spec,
    )
    return new, f"Loaded a {spec.task.value} design with {len(spec.nodes)} nodes." + _status(new)


def to_json_dict(state: DesignState) -> dict[str, Any]:
    """The state for an API response: task, backbone, selection, spec and validation."""
    v = validate(state)
    return {
        "task": state.task.value,
        "backbone": state.backbone,
        "selected": state.selected,
        "can_undo": bool(state.history),
        "valid": v.ok,
        "problem": None if v.ok else {"message": v.message, "node": v.node, "field": v.field},
        "spec": json.loads(state.spec.to_json()),
    }


__all__ = [
    "HISTORY_LIMIT", "DesignState", "Validation", "add_node", "insert_node", "load_json",
    "move_node", "presets_for", "remove_node", "rename_node", "reset", "save_json", "select",
    "set_inputs", "set_levels", "set_output", "set_params", "start", "start_from_spec",
    "to_json_dict", "undo",
    "validate",
]  # fmt: skip
