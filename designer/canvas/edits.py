"""Canvas edits: pure functions from a spec (and its layout) and one edit to the next spec.

The canvas never changes a spec itself: it sends *edit events*, plain JSON objects with an
``op`` (:class:`Op`), and the server applies them with :func:`apply_edit` (the spec) and
:func:`update_layout` (the node positions beside it). Both are pure, so the app's session model
adds undo and redo around them by keeping the values they return.

A refused edit raises :class:`EditError` saying what is wrong and what would be right: a wire
whose kinds cannot meet (with the library's reason), a cycle (with its path), an unknown node,
port or slot, a name already taken or not allowed. Edits that leave the design incomplete (a
node with no inputs yet, a multi-level block given one level) are allowed: the canvas draws the
node red with the library's message until it is wired, the way one builds a graph.

Edits (``id`` is a canvas id: a node name, ``in:<level>``, ``out:<key>``)::

    {"op": "add", "block": "conv", "position": {"x": 0, "y": 0}, "name"?: "...", "inputs"?: [...]}
    {"op": "add_output", "key"?: "aux_x", "position"?: {...}}
    {"op": "connect", "source": id, "port"?: "p3" | 0 | null, "target": id, "slot"?: int | null}
    {"op": "disconnect", "target": id, "slot": int}            # or "edge": "<target>/<slot>"
    {"op": "delete", "nodes"?: [id, ...], "edges"?: ["<target>/<slot>", ...]}
    {"op": "move", "positions": {id: {"x": ..., "y": ...}}}
    {"op": "rename", "node": id, "name": "..."}

Example:
    >>> import heads
    >>> spec = heads.get_preset("linear", 2048, num_classes=10)
    >>> spec = apply_edit(spec, {"op": "add", "block": "mlp"})
    >>> spec = apply_edit(spec, {"op": "connect", "source": "pool", "target": "mlp"})
    >>> spec = apply_edit(spec, {"op": "connect", "source": "mlp", "target": "classifier", "slot": 0})
    >>> [(n.name, n.inputs) for n in spec.nodes]
    [('pool', ('c5',)), ('classifier', ('mlp',)), ('mlp', ('pool',))]
    >>> apply_edit(spec, {"op": "connect", "source": "in:c5", "target": "classifier"})
    Traceback (most recent call last):
    ...
    designer.canvas.edits.EditError: cannot connect c5 (2048@s32) to classifier: classifier takes vector inputs, got map (2048@s32 from c5)
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any

from heads.registry import BlockDef, get_block
from heads.spec import _AUX_KEY as AUX_KEY  # the library's rule for aux_<name> output keys
from heads.spec import (
    OUTPUT_KEYS,
    HeadSpec,
    Node,
    SpecError,
    TensorType,
    parse_ref,
)
from heads.spec import _check_name as check_name  # the library's rule for node names

from .graph import LEVEL_PREFIX, OUTPUT_PREFIX, level_id, output_id
from .palette import Slot, fixed_outputs, input_slots
from .planning import Design, Status, plan_design, resolve


class EditError(ValueError):
    """An edit the canvas refuses; the message says why and what would be valid.

    Attributes:
        op: the edit's operation.
        reason: the message.
    """

    def __init__(self, message: str, *, op: str | None = None) -> None:
        super().__init__(message)
        self.op = op
        self.reason = message


class Op(str, enum.Enum):
    """What an edit does."""

    ADD = "add"
    ADD_OUTPUT = "add_output"
    CONNECT = "connect"
    DISCONNECT = "disconnect"
    DELETE = "delete"
    MOVE = "move"
    RENAME = "rename"


#: Edits that change only the layout (the session may keep them out of its undo history).
LAYOUT_ONLY = frozenset({Op.MOVE})


def edit_op(edit: Any) -> Op:
    """The :class:`Op` of an edit, or an :class:`EditError` listing the valid ones."""
    if not isinstance(edit, Mapping):
        raise EditError(f"an edit is an object with an 'op', got {type(edit).__name__}")
    try:
        return Op(edit.get("op"))
    except ValueError:
        valid = ", ".join(o.value for o in Op)
        raise EditError(f"unknown edit op {edit.get('op')!r}; valid: {valid}") from None


# -- canvas ids --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Target:
    """What a canvas id names in a spec."""

    kind: str  # "level", "node" or "output"
    name: str


def target_of(spec: HeadSpec, cid: Any, *, op: str | None = None) -> Target:
    """Resolve a canvas id (``in:c5``, ``fpn``, ``out:logits``) against ``spec``."""
    if not isinstance(cid, str) or not cid:
        raise EditError(f"expected a node id, got {cid!r}", op=op)
    if cid.startswith(LEVEL_PREFIX):
        name = cid[len(LEVEL_PREFIX) :]
        if name in spec.input_levels:
            return Target("level", name)
    elif cid.startswith(OUTPUT_PREFIX):
        key = cid[len(OUTPUT_PREFIX) :]
        if key in spec.output_map:
            return Target("output", key)
    elif any(n.name == cid for n in spec.nodes):
        return Target("node", cid)
    valid = [level_id(n) for n in spec.input_levels]
    valid += [n.name for n in spec.nodes] + [output_id(k) for k in spec.output_map]
    raise EditError(f"no node {cid!r} on the canvas; valid: {', '.join(valid)}", op=op)


def _position(value: Any, op: str) -> dict[str, float] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not {"x", "y"} <= set(value):
        raise EditError(f"a position is an object {{x, y}}, got {value!r}", op=op)
    try:
        x, y = float(value["x"]), float(value["y"])
    except (TypeError, ValueError):
        raise EditError(f"a position's x and y are numbers, got {value!r}", op=op) from None
    if not (abs(x) < 1e7 and abs(y) < 1e7):
        raise EditError(f"position {value!r} is out of range", op=op)
    return {"x": x, "y": y}


# -- names ---------------------------------------------------------------------------------------


def _taken(spec: HeadSpec) -> set[str]:
    return {n.name for n in spec.nodes} | set(spec.input_levels)


def _name_error(name: Any) -> str | None:
    try:
        check_name(name, "node name")
    except SpecError as e:
        return e.reason
    return None


def free_name(spec: HeadSpec, base: str) -> str:
    """The first of ``base``, ``base2``, ``base3`` ... that is a valid, unused node name."""
    taken = _taken(spec)
    base = base[:44]
    if _name_error(base) is not None:
        base = f"{base}_node"[:44] if _name_error(f"{base}_node"[:44]) is None else "node"
    candidate, i = base, 1
    while candidate in taken or _name_error(candidate) is not None:
        i += 1
        candidate = f"{base}{i}"
    return candidate


def output_key_error(key: Any, spec: HeadSpec) -> str | None:
    """Why ``key`` cannot name a new output of ``spec`` (``None`` when it can)."""
    if not isinstance(key, str) or not (key in OUTPUT_KEYS or AUX_KEY.fullmatch(key)):
        return f"output key {key!r} is not valid; use one of {', '.join(OUTPUT_KEYS)} or aux_<name>"
    if key in spec.output_map:
        return f"the head has an output {key!r} already"
    return None


def free_output_key(spec: HeadSpec) -> str:
    """An unused output key: the task's usual ones first, then ``aux_1``, ``aux_2`` ..."""
    usual = {
        "classification": ("logits",),
        "detection": ("cls_logits", "bbox_regression", "bbox_ctrness"),
        "segmentation": ("mask_logits",),
    }.get(spec.task.value, ())
    for key in usual:
        if key not in spec.output_map:
            return key
    i = 1
    while f"aux_{i}" in spec.output_map:
        i += 1
    return f"aux_{i}"


# -- the edits -----------------------------------------------------------------------------------


def _default_params(spec: HeadSpec, block: BlockDef) -> Any:
    """The block's defaults, with the design's class count where the block has one."""
    params = block.params()
    names = {f.name for f in dataclasses.fields(params)}
    if "num_classes" in names:
        counts = [
            n.params.num_classes
            for n in spec.nodes
            if dataclasses.is_dataclass(n.params) and hasattr(n.params, "num_classes")
        ]
        if counts:
            params = dataclasses.replace(params, num_classes=counts[0])
    return params


def _add(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    name_of_block = edit.get("block")
    try:
        block = get_block(name_of_block)
    except SpecError as e:
        raise EditError(e.reason, op="add") from None
    name = edit.get("name")
    if name is None:
        name = free_name(spec, block.name)
    else:
        err = _name_error(name)
        if err:
            raise EditError(err, op="add")
        if name in _taken(spec):
            raise EditError(
                f"the name {name!r} is taken; node and level names are unique", op="add"
            )
    inputs = edit.get("inputs") or ()
    if isinstance(inputs, str) or not all(isinstance(r, str) for r in inputs):
        raise EditError(f"inputs are a list of references, got {inputs!r}", op="add")
    node = Node(name, block.name, tuple(inputs), _default_params(spec, block))
    return dataclasses.replace(spec, nodes=(*spec.nodes, node))


def _add_output(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    key = edit.get("key") or free_output_key(spec)
    err = output_key_error(key, spec)
    if err:
        raise EditError(err, op="add_output")
    ref = edit.get("ref") or ""
    return dataclasses.replace(spec, outputs=(*spec.outputs, (key, ref)))


def _ref_for(design: Design, source: Target, port: Any) -> str:
    """The reference a wire from ``source``'s ``port`` writes into a spec."""
    if source.kind == "level":
        if port not in (None, 0, "0", "", source.name):
            raise EditError(f"level {source.name!r} has one output", op="connect")
        return source.name
    result = design.nodes.get(source.name)
    if port in (None, "", "*"):
        return source.name
    if result is not None and result.status is Status.OK:
        names = [t.name for t in result.outputs]
    else:
        # Not planned yet: the block's fixed output ports (a head's cls_logits ...) still wire.
        names = list(fixed_outputs(get_block(spec_block(design, source.name))))
    outs = names
    if isinstance(port, int) or (isinstance(port, str) and port.isdigit()):
        idx = int(port)
    elif port in names:
        idx = names.index(port)
    else:
        idx = -1
    if not 0 <= idx < len(outs):
        if not outs:
            raise EditError(
                f"{source.name!r} names its outputs once its inputs are valid; "
                "connect from its 'out' port",
                op="connect",
            )
        valid = ", ".join(n or str(i) for i, n in enumerate(names))
        raise EditError(f"{source.name!r} has no output {port!r}; valid: {valid}", op="connect")
    if len(outs) == 1:
        return source.name
    return f"{source.name}.{names[idx] or idx}"


def _downstream(spec: HeadSpec, start: str) -> dict[str, str]:
    """Nodes reachable from ``start`` along wires, each with the node it was reached from."""
    consumers: dict[str, list[str]] = {}
    for n in spec.nodes:
        for r in n.inputs:
            consumers.setdefault(parse_ref(r)[0], []).append(n.name)
    came: dict[str, str] = {start: ""}
    stack = [start]
    while stack:
        cur = stack.pop()
        for nxt in consumers.get(cur, ()):
            if nxt not in came:
                came[nxt] = cur
                stack.append(nxt)
    return came


def _cycle_path(spec: HeadSpec, source: str, target: str) -> list[str] | None:
    """The path ``target -> ... -> source`` a wire ``source -> target`` would close, if any."""
    came = _downstream(spec, target)
    if source not in came:
        return None
    path = [source]
    while path[-1] != target:
        path.append(came[path[-1]])
    return [*reversed(path), target]


def _describe(types: Sequence[TensorType]) -> str:
    return ", ".join(t.describe() for t in types) or "unknown"


def spec_block(design: Design, name: str) -> str:
    """The block of node ``name`` in the design's spec."""
    return design.spec.node(name).block


def _kind_error(node: Node, slot: Slot, types: Sequence[TensorType], label: str) -> str | None:
    """Why ``node``'s input slot cannot take tensors of these kinds, in the library's words where
    its plan has them (``classifier takes vector inputs, got map (...)``)."""
    wrong = [t for t in types if t.kind not in slot.kinds]
    if not wrong:
        return None
    kinds = " or ".join(k.value for k in slot.kinds)
    reason = f"{node.name} takes {kinds} inputs, got {wrong[0].kind.value}"
    if slot.name not in ("x", "levels", "inputs"):
        reason = f"{node.name}'s input '{slot.name}' takes {kinds}, got {wrong[0].kind.value}"
    try:
        get_block(node.block).plan(tuple(wrong), node.params)
    except SpecError as e:
        if wrong[0].kind.value in e.reason:
            reason = f"{node.name} {e.reason}"
    except (TypeError, ValueError):
        pass
    return f"cannot connect {label} to {node.name}: {reason}"


def _connect(spec: HeadSpec, edit: Mapping, design: Design) -> HeadSpec:
    source = target_of(spec, edit.get("source"), op="connect")
    target = target_of(spec, edit.get("target"), op="connect")
    if source.kind == "output":
        raise EditError(
            f"output {source.name!r} is a sink; wires leave nodes and levels", op="connect"
        )
    if target.kind == "level":
        raise EditError(
            f"level {target.name!r} comes from the backbone and takes no inputs", op="connect"
        )
    ref = _ref_for(design, source, edit.get("port"))
    src = resolve(ref, design.levels, design.nodes)
    label = f"{ref} ({_describe(src.types)})"
    slot = edit.get("slot")
    if slot is not None and (isinstance(slot, bool) or not isinstance(slot, int) or slot < 0):
        raise EditError(f"a slot is an input index (0, 1, ...) or null, got {slot!r}", op="connect")
    if target.kind == "output":
        outputs = tuple((k, ref if k == target.name else r) for k, r in spec.outputs)
        return dataclasses.replace(spec, outputs=outputs)
    node = spec.node(target.name)
    if source.kind == "node":
        if source.name == node.name:
            raise EditError(f"cannot connect {node.name} to itself", op="connect")
        path = _cycle_path(spec, source.name, node.name)
        if path:
            raise EditError(
                f"cannot connect {source.name} to {node.name}: it would make a cycle "
                f"{' -> '.join(path)}",
                op="connect",
            )
    try:
        block = get_block(node.block)
    except SpecError as e:
        raise EditError(e.reason, op="connect") from None
    inputs = list(node.inputs)
    slots = input_slots(block, len(inputs))
    takes_more = len(slots) > len(inputs)
    if slot is None:
        slot = len(inputs) if takes_more else 0
    if slot > len(inputs) or (slot == len(inputs) and not takes_more):
        names = ", ".join(s.name for s in slots[: len(inputs)])
        last = len(inputs) - 1 if not takes_more else len(inputs)
        raise EditError(
            f"{node.name} ({node.block}) has {len(inputs)} input(s) ({names or 'none'}) and "
            f"takes {'no more' if not takes_more else 'one more'}; connect to slot 0..{last}",
            op="connect",
        )
    err = _kind_error(node, slots[slot], src.types, label) if src.types else None
    if err:
        raise EditError(err, op="connect")
    if slot == len(inputs):
        inputs.append(ref)
    else:
        inputs[slot] = ref
    return spec.replace_node(node.name, inputs=tuple(inputs))


def _slots_of(spec: HeadSpec, edit: Mapping, op: str) -> list[tuple[str, int]]:
    """``(target id, slot)`` pairs an edit names, from ``target``+``slot`` or edge ids."""
    pairs = []
    if "target" in edit:
        pairs.append((edit["target"], edit.get("slot", 0)))
    edges = edit.get("edges", [edit["edge"]] if "edge" in edit else [])
    if isinstance(edges, str) or not isinstance(edges, Sequence):
        raise EditError(f"edges are a list of edge ids '<target>/<slot>', got {edges!r}", op=op)
    for e in edges:
        tid, sep, slot = str(e).rpartition("/")
        if not sep or not slot.isdigit():
            raise EditError(f"edge id {e!r} is not '<target>/<slot>'", op=op)
        pairs.append((tid, int(slot)))
    out = []
    for tid, slot in pairs:
        t = target_of(spec, tid, op=op)
        if isinstance(slot, bool) or not isinstance(slot, int):
            raise EditError(f"a slot is an input index, got {slot!r}", op=op)
        if t.kind == "level":
            raise EditError(f"level {t.name!r} has no inputs", op=op)
        n = 1 if t.kind == "output" else len(spec.node(t.name).inputs)
        if not 0 <= slot < n:
            raise EditError(f"{tid} has no wire into slot {slot}", op=op)
        out.append((tid, slot))
    return out


def _remove_wires(spec: HeadSpec, pairs: Sequence[tuple[str, int]]) -> HeadSpec:
    by_target: dict[str, set[int]] = {}
    for tid, slot in pairs:
        by_target.setdefault(tid, set()).add(slot)
    nodes = []
    for n in spec.nodes:
        gone = by_target.get(n.name, set())
        if gone:
            n = dataclasses.replace(
                n, inputs=tuple(r for i, r in enumerate(n.inputs) if i not in gone)
            )
        nodes.append(n)
    outputs = tuple((k, "" if output_id(k) in by_target else r) for k, r in spec.outputs)
    return dataclasses.replace(spec, nodes=tuple(nodes), outputs=outputs)


def _disconnect(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    pairs = _slots_of(spec, edit, "disconnect")
    if not pairs:
        raise EditError("name the wire: target and slot, or an edge id", op="disconnect")
    return _remove_wires(spec, pairs)


def _delete(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    ids = edit.get("nodes", [])
    if isinstance(ids, str) or not isinstance(ids, Sequence):
        raise EditError(f"nodes are a list of node ids, got {ids!r}", op="delete")
    targets = [target_of(spec, i, op="delete") for i in ids]
    levels = [t.name for t in targets if t.kind == "level"]
    if levels:
        raise EditError(
            f"level {levels[0]!r} comes from the backbone; change the backbone to change its levels",
            op="delete",
        )
    spec = _remove_wires(spec, _slots_of(spec, {"edges": edit.get("edges", [])}, "delete"))
    gone = {t.name for t in targets if t.kind == "node"}
    gone_outputs = {t.name for t in targets if t.kind == "output"}
    nodes = tuple(
        dataclasses.replace(n, inputs=tuple(r for r in n.inputs if parse_ref(r)[0] not in gone))
        for n in spec.nodes
        if n.name not in gone
    )
    outputs = tuple(
        (k, "" if parse_ref(r)[0] in gone else r) for k, r in spec.outputs if k not in gone_outputs
    )
    return dataclasses.replace(spec, nodes=nodes, outputs=outputs)


def _rename_ref(ref: str, old: str, new: str) -> str:
    src, port = parse_ref(ref)
    if src != old:
        return ref
    return new if port is None else f"{new}.{port}"


def _rename(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    t = target_of(spec, edit.get("node"), op="rename")
    new = edit.get("name")
    if t.kind == "level":
        raise EditError(f"level {t.name!r} is named by the backbone", op="rename")
    if t.kind == "output":
        if new == t.name:
            return spec
        err = output_key_error(new, spec)
        if err:
            raise EditError(err, op="rename")
        return dataclasses.replace(
            spec, outputs=tuple((new if k == t.name else k, r) for k, r in spec.outputs)
        )
    if new == t.name:
        return spec
    err = _name_error(new)
    if err:
        raise EditError(err, op="rename")
    if new in _taken(spec):
        raise EditError(f"the name {new!r} is taken; node and level names are unique", op="rename")
    nodes = tuple(
        dataclasses.replace(
            n,
            name=new if n.name == t.name else n.name,
            inputs=tuple(_rename_ref(r, t.name, new) for r in n.inputs),
        )
        for n in spec.nodes
    )
    outputs = tuple((k, _rename_ref(r, t.name, new)) for k, r in spec.outputs)
    return dataclasses.replace(spec, nodes=nodes, outputs=outputs)


def _move(spec: HeadSpec, edit: Mapping) -> HeadSpec:
    positions = edit.get("positions")
    if not isinstance(positions, Mapping):
        raise EditError("a move has positions {id: {x, y}}", op="move")
    for cid, pos in positions.items():
        target_of(spec, cid, op="move")
        _position(pos, "move")
    return spec


def apply_edit(
    spec: HeadSpec, edit: Mapping[str, Any], image_size: tuple[int, int] | int = 224
) -> HeadSpec:
    """The spec after one canvas edit (``move`` changes only the layout: the same spec).

    Args:
        spec: the current spec (valid or not).
        edit: one edit object (see the module docstring).
        image_size: the size ports' types are resolved at (shapes do not affect the checks).

    Raises:
        EditError: when the edit is refused; the spec is unchanged.
    """
    op = edit_op(edit)
    if op is Op.ADD:
        return _add(spec, edit)
    if op is Op.ADD_OUTPUT:
        return _add_output(spec, edit)
    if op is Op.CONNECT:
        return _connect(spec, edit, plan_design(spec, image_size))
    if op is Op.DISCONNECT:
        return _disconnect(spec, edit)
    if op is Op.DELETE:
        return _delete(spec, edit)
    if op is Op.RENAME:
        return _rename(spec, edit)
    return _move(spec, edit)


def _ids(spec: HeadSpec) -> list[str]:
    return (
        [level_id(n) for n in spec.input_levels]
        + [n.name for n in spec.nodes]
        + [output_id(k) for k in spec.output_map]
    )


def update_layout(
    layout: Mapping[str, Any] | None, edit: Mapping[str, Any], before: HeadSpec, after: HeadSpec
) -> dict[str, dict[str, float]]:
    """The node positions after ``edit`` turned ``before`` into ``after``.

    A move sets positions; an added node or output takes the edit's ``position``; a renamed
    node keeps its place; deleted nodes lose theirs. Positions of ids no longer on the canvas
    are dropped, so the layout never describes nodes the spec does not have.
    """
    op = edit_op(edit)
    new = {k: dict(v) for k, v in (layout or {}).items() if isinstance(v, Mapping)}
    if op is Op.MOVE:
        for cid, pos in (edit.get("positions") or {}).items():
            new[cid] = _position(pos, "move")
    elif op in (Op.ADD, Op.ADD_OUTPUT):
        added = [i for i in _ids(after) if i not in set(_ids(before))]
        pos = _position(edit.get("position"), op.value)
        if pos is not None:
            for cid in added:
                new[cid] = pos
    elif op is Op.RENAME:
        old = str(edit.get("node"))
        renamed = [i for i in _ids(after) if i not in set(_ids(before))]
        if renamed and old in new:
            new[renamed[0]] = new.pop(old)
    keep = set(_ids(after))
    return {k: v for k, v in new.items() if k in keep}


__all__ = [
    "LAYOUT_ONLY",
    "EditError",
    "Op",
    "apply_edit",
    "edit_op",
    "free_name",
    "free_output_key",
    "output_key_error",
    "target_of",
    "update_layout",
]
