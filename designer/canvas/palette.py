"""The canvas's palette and ports: every registered block, and what each input slot takes.

The palette is read from the registry (:func:`heads.list_blocks`), so a block added to the
library appears on the canvas without a change here. A block's input and output ports are its
own (:attr:`heads.BlockDef.input_ports`): the canvas labels a node's input slots with their port
names (``x``, ``reference``, ``low``, ``high``, ``levels``), checks a wire's kind against the
slot's port, and offers one more slot while the ports take more inputs.

Example:
    >>> sorted(k.value for k in accepted_kinds(get_block("pool")))
    ['map', 'tokens']
    >>> [(s.name, [k.value for k in s.kinds]) for s in input_slots(get_block("resize"), 1)]
    [('x', ['map']), ('reference', ['map'])]
    >>> entry = next(b for b in palette() if b["name"] == "classifier")
    >>> entry["role"], entry["accepts"], entry["tasks"], entry["outputs"]
    ('head', ['vector'], ['classification'], ['logits'])
"""

from __future__ import annotations

import dataclasses
from typing import Any

from designer.diagram import ROLE_ORDER, ROLE_TITLES, role_colors
from heads.registry import BlockDef, Port, Ports, get_block, list_blocks
from heads.spec import Kind, SpecError, params_to_dict

#: Colours of wires and ports by tensor kind (the diagram has no kinds; these are the canvas's).
KIND_COLORS = {
    Kind.MAP.value: "#1e88e5",
    Kind.VECTOR.value: "#8e24aa",
    Kind.TOKENS.value: "#00897b",
    Kind.DENSE.value: "#ef6c00",
}


@dataclasses.dataclass(frozen=True)
class Slot:
    """One input slot of a node: the port it belongs to and the kinds it takes.

    ``extra`` is set for references beyond what the ports take (the plan says why they are
    wrong); such a slot takes any kind.
    """

    name: str
    kinds: tuple[Kind, ...]
    doc: str = ""
    extra: bool = False


def _ports(block: BlockDef) -> Ports:
    return block.input_ports


def accepted_kinds(block: BlockDef) -> frozenset[Kind]:
    """Every tensor kind some input port of ``block`` takes."""
    return frozenset(k for p in _ports(block).inputs for k in p.kinds)


def _counts(ports: Ports, count: int) -> list[Port]:
    """The port of each of ``count`` references: as :meth:`Ports.assign` splits them, and for a
    count the ports do not take (a node being wired), each port its fewest first, in order."""
    try:
        names = ports.assign(count)
        by_name = {p.name: p for p in ports.inputs}
        return [by_name[n] for n in names]
    except SpecError:
        pass
    out: list[Port] = []
    for p in ports.inputs:  # the required references, port by port
        out += [p] * min(p.min, count - len(out))
    for p in ports.inputs:  # then what the ports take beyond that
        room = (count - len(out)) if p.max is None else max(0, p.max - p.min)
        out += [p] * min(room, count - len(out))
    return out


def input_slots(block: BlockDef, count: int) -> list[Slot]:
    """The slots of a node with ``count`` input references, and one more while the ports take
    more (the canvas's empty slot, named after the port a new wire would go to)."""
    ports = _ports(block)
    slots = [Slot(p.name, tuple(p.kinds), p.doc) for p in _counts(ports, count)]
    slots += [Slot(f"extra {i}", tuple(Kind), "", True) for i in range(len(slots), count)]
    most = None
    if all(p.max is not None for p in ports.inputs):
        most = sum(p.max for p in ports.inputs)
    if most is None or count < most:
        nxt = _counts(ports, count + 1)
        if len(nxt) == count + 1:
            p = nxt[-1]
            slots.append(Slot(p.name, tuple(p.kinds), p.doc))
    return slots


def fixed_outputs(block: BlockDef) -> tuple[str, ...]:
    """Output port names a block has whatever its inputs (empty when the plan names them)."""
    return tuple(_ports(block).outputs)


def role_rank(role: str) -> tuple[int, str]:
    """Where a role's group appears in the palette (the diagram's cluster order)."""
    order = list(ROLE_ORDER)
    return (order.index(role) if role in order else len(order), role)


def role_title(role: str) -> str:
    return ROLE_TITLES.get(role, role)


def block_entry(block: BlockDef) -> dict[str, Any]:
    """One palette entry: what the canvas needs to draw, filter and check a block."""
    fill, border = role_colors(block.role)
    try:
        defaults = params_to_dict(block.params())
    except TypeError:
        defaults = {}
    ports = _ports(block)
    return {
        "name": block.name,
        "role": block.role,
        "role_title": role_title(block.role),
        "description": block.description,
        "tasks": [t.value for t in block.tasks],
        "multi_input": block.multi_input,
        "accepts": sorted(k.value for k in accepted_kinds(block)),
        "inputs": [
            {
                "name": p.name,
                "kinds": [k.value for k in p.kinds],
                "min": p.min,
                "max": p.max,
                "doc": p.doc,
            }
            for p in ports.inputs
        ],
        "outputs": list(ports.outputs),
        "outputs_doc": ports.outputs_doc,
        "params": defaults,
        "fields": [f.name for f in dataclasses.fields(block.params)],
        "fill": fill,
        "border": border,
    }


def palette() -> list[dict[str, Any]]:
    """Every registered block, ordered by role (as the diagram groups them), then by name."""
    blocks = sorted(list_blocks(), key=lambda b: (role_rank(b.role), b.name))
    return [block_entry(b) for b in blocks]


__all__ = [
    "KIND_COLORS",
    "Slot",
    "accepted_kinds",
    "block_entry",
    "fixed_outputs",
    "get_block",
    "input_slots",
    "palette",
    "role_rank",
]
