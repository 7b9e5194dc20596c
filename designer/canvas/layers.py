"""A block's inner layers, read-only, as the canvas shows an expanded macro block.

The block's module is built on the ``meta`` device from its planned arguments and run on meta
tensors of its real input shapes, with a forward hook on every submodule recording the shapes it
returns (no memory is allocated, as in :func:`heads.analyze`). The result is the module tree in
definition order; a run of identical siblings (same type, parameters, structure and shapes) is
folded into one entry with ``repeat`` set, as torchview and Model Explorer fold repeated layers,
and layers that compute nothing (``Identity``) are left out.

Example:
    >>> import heads
    >>> from heads.spec import Kind, TensorType
    >>> block = heads.get_block("conv")
    >>> planned = block.plan((TensorType(Kind.MAP, 512, 32),), block.params(out_channels=64))
    >>> tree = inner_layers(block, planned.kwargs, [((1, 512, 7, 7),)], (224, 224))
    >>> [(row["name"], row["type"], row["detail"], row["shape"]) for row in tree]
    [('conv', 'Conv2d', '3×3 512→64', [1, 64, 7, 7]), ('norm', 'BatchNorm2d', '', [1, 64, 7, 7]), ('act', 'ReLU', '', [1, 64, 7, 7])]
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable, Sequence
from typing import Any

import torch
from torch import Tensor, nn

from heads.registry import BlockDef

#: Modules that compute nothing worth a row.
_HIDDEN = (nn.Identity,)
_MAX_DETAIL = 48
#: Layers whose type and output shape say all there is (their repr repeats the width).
_SHAPE_SAYS_IT = (nn.modules.batchnorm._NormBase, nn.LayerNorm)


def _shape_list(out: Any) -> list[list[int]]:
    if isinstance(out, Tensor):
        return [list(out.shape)]
    if isinstance(out, list | tuple):
        return [s for o in out for s in _shape_list(o)]
    if isinstance(out, dict):
        return [s for o in out.values() for s in _shape_list(o)]
    return []


def _pair(v: Any) -> str:
    if isinstance(v, tuple | list):
        return "\u00d7".join(str(x) for x in v) if len(set(v)) > 1 else str(v[0])
    return str(v)


def describe(module: nn.Module) -> str:
    """A short description of a layer: ``3x3 256->256 /2``, ``2048->10``, ``GN 32``.

    Example:
        >>> describe(nn.Conv2d(64, 128, 3, stride=2, padding=1))
        '3×3 64→128 /2'
        >>> describe(nn.Linear(2048, 10)), describe(nn.GroupNorm(32, 256))
        ('2048→10', 'GN 32')
    """
    parts = []
    k = getattr(module, "kernel_size", None)
    if k is not None:
        k = tuple(k) if isinstance(k, tuple | list) else (k, k)
        parts.append("\u00d7".join(map(str, k)))
    cin = getattr(module, "in_channels", getattr(module, "in_features", None))
    cout = getattr(module, "out_channels", getattr(module, "out_features", None))
    if isinstance(cin, int) and isinstance(cout, int):
        parts.append(f"{cin}\u2192{cout}")
    stride = getattr(module, "stride", None)
    if stride is not None and _pair(stride) not in ("1", "None"):
        parts.append(f"/{_pair(stride)}")
    dilation = getattr(module, "dilation", None)
    if dilation is not None and _pair(dilation) != "1":
        parts.append(f"d{_pair(dilation)}")
    groups = getattr(module, "groups", 1)
    if isinstance(groups, int) and groups > 1:
        parts.append(f"g{groups}")
    if isinstance(module, nn.GroupNorm):
        parts.append(f"GN {module.num_groups}")
    if parts:
        return " ".join(parts)
    if list(module.children()) or isinstance(module, _SHAPE_SAYS_IT):
        return ""
    # What is left of the module's own repr, minus switches that change nothing it computes.
    extra = ", ".join(p for p in module.extra_repr().split(", ") if not p.startswith("inplace="))
    return extra if len(extra) <= _MAX_DETAIL else extra[: _MAX_DETAIL - 1] + "\u2026"


def _signature(row: dict) -> tuple:
    return (
        row["type"],
        row["detail"],
        row["params"],
        tuple(map(tuple, row["shapes"])),
        tuple(_signature(c) for c in row["children"]),
    )


def _fold(rows: list[dict]) -> list[dict]:
    """Fold runs of identical siblings into one row with ``repeat`` (and ``names`` of the run)."""
    out: list[dict] = []
    for row in rows:
        row["children"] = _fold(row["children"])
        prev = out[-1] if out else None
        if prev is not None and _signature(prev) == _signature(row):
            prev["repeat"] += 1
            prev["names"].append(row["name"])
            continue
        row["repeat"] = 1
        row["names"] = [row["name"]]
        out.append(row)
    return out


def _tree(module: nn.Module, calls: dict[int, list[list[list[int]]]], prefix: str) -> list[dict]:
    rows = []
    for name, child in module.named_children():
        if isinstance(child, _HIDDEN):
            continue
        path = f"{prefix}{name}"
        shapes = calls.get(id(child), [])
        rows.append(
            {
                "name": name,
                "path": path,
                "type": type(child).__name__,
                "detail": describe(child),
                "params": sum(p.numel() for p in child.parameters()),
                "calls": len(shapes),
                "shape": shapes[0][0] if shapes and shapes[0] else None,
                # one shape per call (a tower shared by five levels is called five times)
                "shapes": [s[0] for s in shapes if s],
                "children": _tree(child, calls, path + "."),
            }
        )
    return rows


def _inputs(sources: Iterable[Any]) -> list[tuple[int, ...]]:
    shapes: list[tuple[int, ...]] = []
    for s in sources:
        shapes.extend(tuple(x) for x in (s.shapes if hasattr(s, "shapes") else s))
    return shapes


def inner_layers(
    block: BlockDef,
    kwargs: dict[str, Any],
    sources: Sequence[Any],
    image_size: tuple[int, int],
) -> list[dict[str, Any]]:
    """The module tree of one planned node with the shapes each layer returns.

    Args:
        block: the node's block.
        kwargs: its planned constructor arguments (``BlockPlan.kwargs``).
        sources: its inputs' shapes: :class:`~designer.canvas.planning.Source` objects, or
            sequences of shapes, in input order.
        image_size: the input size (unused: the input shapes say it all).

    Returns:
        Rows ``{name, path, type, detail, params, calls, shape, shapes, repeat, names,
        children}``, nested as the modules are.
    """
    shapes = tuple(_inputs(sources))
    # Planned kwargs are plain hashable values (ints, strings, tuples): they key the cache.
    items = tuple(sorted(kwargs.items()))
    return copy.deepcopy(_layers_cached(block, items, shapes))


@functools.lru_cache(maxsize=256)
def _layers_cached(
    block: BlockDef, items: tuple[tuple[str, Any], ...], shapes: tuple[tuple[int, ...], ...]
) -> list[dict[str, Any]]:
    kwargs = dict(items)
    with torch.device("meta"):
        module = block.module(**kwargs)
    module.eval()
    calls: dict[int, list[list[list[int]]]] = {}

    def hook(mod: nn.Module, _args: Any, out: Any) -> None:
        calls.setdefault(id(mod), []).append(_shape_list(out))

    handles = [m.register_forward_hook(hook) for m in module.modules() if m is not module]
    try:
        args = [torch.empty(s, device="meta") for s in shapes]
        with torch.no_grad():
            module(args) if block.multi_input else module(args[0])
    finally:
        for h in handles:
            h.remove()
    return _fold(_tree(module, calls, ""))


__all__ = ["describe", "inner_layers"]
