"""The canvas's palette: every registered block, grouped by role, with what its inputs accept.

The palette is read from the registry (:func:`heads.list_blocks`), so a block added to the
library appears on the canvas without a change here. What kinds of tensor a block's inputs
accept is asked of the block itself: its plan function is tried on inputs of each kind, and the
kinds some arrangement of inputs plans with are the ones a wire may bring.

Example:
    >>> sorted(accepted_kinds(get_block("conv")))
    [<Kind.MAP: 'map'>]
    >>> sorted(k.value for k in accepted_kinds(get_block("pool")))
    ['map', 'tokens']
    >>> entry = next(b for b in palette() if b["name"] == "classifier")
    >>> entry["role"], entry["accepts"], entry["tasks"]
    ('head', ['vector'], ['classification'])
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from designer.diagram import ROLE_ORDER, ROLE_TITLES, role_colors
from heads.registry import BlockDef, get_block, list_blocks
from heads.spec import Kind, SpecError, TensorType, params_to_dict

#: How many inputs the kind probe tries (a RetinaNet head with five anchor sizes needs five).
_MAX_PROBE_INPUTS = 5
#: Colours of wires and ports by tensor kind (the diagram has no kinds; these are the canvas's).
KIND_COLORS = {
    Kind.MAP.value: "#1e88e5",
    Kind.VECTOR.value: "#8e24aa",
    Kind.TOKENS.value: "#00897b",
    Kind.DENSE.value: "#ef6c00",
}


def _probe_inputs(kind: Kind, count: int) -> tuple[TensorType, ...]:
    # Levels shallow to deep, a stride of 2 apart, as the multi-level blocks expect.
    return tuple(TensorType(kind, 64, 4 * 2**i, f"p{i + 2}") for i in range(count))


@functools.cache
def accepted_kinds(block: BlockDef) -> frozenset[Kind]:
    """The tensor kinds ``block``'s inputs accept, found by planning it on probe inputs.

    A block whose default parameters plan with no probe at all (a rule the probe does not
    meet) is taken to accept every kind: the server's plan still checks the real inputs.
    """
    try:
        params = block.params()
    except TypeError:
        return frozenset(Kind)
    found = set()
    for kind in Kind:
        for count in range(1, _MAX_PROBE_INPUTS + 1):
            try:
                block.plan(_probe_inputs(kind, count), params)
            except (SpecError, ValueError, TypeError):
                continue
            found.add(kind)
            break
    return frozenset(found) if found else frozenset(Kind)


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
    return {
        "name": block.name,
        "role": block.role,
        "role_title": role_title(block.role),
        "description": block.description,
        "tasks": [t.value for t in block.tasks],
        "multi_input": block.multi_input,
        "accepts": sorted(k.value for k in accepted_kinds(block)),
        "params": defaults,
        "fields": [f.name for f in dataclasses.fields(block.params)],
        "fill": fill,
        "border": border,
    }


def palette() -> list[dict[str, Any]]:
    """Every registered block, ordered by role (as the diagram groups them), then by name."""
    blocks = sorted(list_blocks(), key=lambda b: (role_rank(b.role), b.name))
    return [block_entry(b) for b in blocks]


__all__ = ["KIND_COLORS", "accepted_kinds", "block_entry", "get_block", "palette", "role_rank"]
