"""Registries of blocks and presets. Both raise on duplicate names and list by task.

A *block* ties together a frozen parameter dataclass, an ``nn.Module`` class and a pure plan
function ``plan(input_types, params) -> BlockPlan`` that validates the node, infers its output
types and gives the module's constructor arguments as plain values. The module builder and the
code generator both construct the module from those arguments, which is what keeps exported code
and the in-app module identical.

A *preset* is a function ``(in_features: dict[str, FeatureInfo], **options) -> HeadSpec``.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from heads.spec import HeadSpec, PlanFn, SpecError, Task


@dataclass(frozen=True)
class BlockDef:
    """A registered block.

    Attributes:
        name: the name specs use (``"fpn"``).
        tasks: the tasks it is meant for (empty: any task).
        params: the frozen parameter dataclass.
        module: the ``nn.Module`` class; constructed as ``module(**plan.kwargs)``.
        plan: the plan function (validation, output types, constructor kwargs).
        multi_input: whether ``forward`` takes a list of tensors (else one tensor).
        description: one line for lists, forms and diagrams.
        role: where diagrams group it: ``neck``, ``tower``, ``head``, ``pool``, ``decoder`` ...
    """

    name: str
    tasks: tuple[Task, ...]
    params: type
    module: type
    plan: PlanFn
    multi_input: bool
    description: str
    role: str


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
    module: type,
    tasks: Iterable[Task | str] = (),
    multi_input: bool = False,
    description: str = "",
    role: str = "block",
) -> Callable[[PlanFn], PlanFn]:
    """Register a block; decorates its plan function.

    Raises:
        ValueError: when ``name`` is registered already.
    """

    def wrap(fn: PlanFn) -> PlanFn:
        if name in _BLOCKS:
            raise ValueError(f"block {name!r} is registered already")
        desc = description or (inspect.getdoc(fn) or "").split("\n")[0]
        _BLOCKS[name] = BlockDef(
            name, tuple(Task(t) for t in tasks), params, module, fn, multi_input, desc, role
        )
        return fn

    return wrap


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
    """All presets, or those of one task."""
    _ensure_loaded()
    t = Task(task) if task is not None else None
    return [p for p in _PRESETS.values() if t is None or p.task is t]


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
    _ensure_loaded()
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
    # Blocks and presets register when their modules import; ``heads`` imports them all.
    import heads  # noqa: F401
