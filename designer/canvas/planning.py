"""Tolerant planning and per-node analysis: what the canvas paints on a spec that may be invalid.

:func:`heads.plan` and :func:`heads.analyze` stop at a spec's first error, but a canvas is edited
one wire at a time and is invalid most of the time it is being drawn. :func:`plan_design` walks
the graph node by node instead: every node whose inputs resolve is validated and analysed on its
own, through the library's own :func:`heads.plan` and :func:`heads.analyze` applied to a
*one-node spec* whose input levels are the node's input types; a node that fails is marked with
the library's message, and the nodes downstream of it are marked *blocked* while the rest of the
graph keeps its shapes, parameters and FLOPs.

A one-node spec is also the cache key of a node's analysis, so an edit re-analyses only the nodes
whose block, parameters or input shapes changed (meta-device analysis of a decoder that
upsamples bilinearly costs tens of milliseconds a node; a canvas edit should not pay that for
every node it did not touch).

Example:
    >>> import heads
    >>> spec = heads.get_preset("mlp", 2048, num_classes=10)
    >>> design = plan_design(spec, (224, 224))
    >>> design.valid, [n.status.value for n in design.nodes.values()]
    (True, ['ok', 'ok', 'ok'])
    >>> design.nodes["classifier"].output_shapes
    ((1, 10),)
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import heapq
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from keyword import iskeyword
from typing import Any

from heads.analysis import Analysis, analyze, level_shape
from heads.registry import BlockDef, get_block
from heads.spec import (
    RESERVED_NAMES,
    FeatureInfo,
    HeadSpec,
    Kind,
    Node,
    SpecError,
    TensorType,
    input_type,
    parse_ref,
    plan,
    resolve_ref,
)

Shape = tuple[int, ...]


class Status(str, enum.Enum):
    """What the canvas can say about one node."""

    OK = "ok"  # planned and analysed
    ERROR = "error"  # the node itself is wrong (message names the field)
    BLOCKED = "blocked"  # an input comes from a node that is wrong, so nothing is known


@dataclass(frozen=True)
class Source:
    """What one input reference of a node resolves to."""

    ref: str
    source: str | None  # the node or level it names (None when unknown)
    index: int | None  # the output index, None for all outputs
    types: tuple[TensorType, ...] = ()
    shapes: tuple[Shape, ...] = ()
    error: str | None = None
    #: the error is upstream: the source node is invalid or waits itself
    waiting: bool = False


@dataclass
class NodeResult:
    """One node's planning and analysis (``status`` says which of the fields are known)."""

    name: str
    block: str
    status: Status = Status.OK
    message: str | None = None
    field: str | None = None
    sources: tuple[Source, ...] = ()
    outputs: tuple[TensorType, ...] = ()
    output_shapes: tuple[Shape, ...] = ()
    kwargs: dict | None = None
    params: int | None = None
    flops: int | None = None
    #: size-check warnings and "reaches no output"; the node is still valid
    warnings: list[str] = dataclasses.field(default_factory=list)


@dataclass(frozen=True)
class OutputResult:
    """One head output: its key, reference and what the reference resolves to."""

    key: str
    ref: str
    source: Source


@dataclass(frozen=True)
class Design:
    """The canvas's view of a spec: per-node results, outputs and the spec-level verdict."""

    spec: HeadSpec
    image_size: tuple[int, int]
    levels: dict[str, tuple[TensorType, Shape]]
    nodes: dict[str, NodeResult]  # in execution order (nodes in a cycle last)
    outputs: tuple[OutputResult, ...]
    #: ``heads.plan``'s verdict on the whole spec ("" when it is valid)
    message: str
    #: the node that message names, if any
    message_node: str | None

    @property
    def valid(self) -> bool:
        return not self.message and all(n.status is Status.OK for n in self.nodes.values())


# -- the analysis cache ----------------------------------------------------------------------
# A one-node spec and an image size determine a node's analysis completely, and both are
# hashable (specs are frozen), so they key a bounded cache.
_CACHE_SIZE = 2048
_cache: OrderedDict[tuple[HeadSpec, tuple[int, int]], Analysis | SpecError] = OrderedDict()


def _analyze_cached(spec: HeadSpec, image_size: tuple[int, int]) -> Analysis:
    key = (spec, image_size)
    if key in _cache:
        _cache.move_to_end(key)
        hit = _cache[key]
    else:
        try:
            hit = analyze(spec, image_size)
        except SpecError as e:
            hit = e
        _cache[key] = hit
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    if isinstance(hit, SpecError):
        raise hit
    return hit


def clear_cache() -> None:
    """Forget every cached node plan and analysis (benchmarks measure cold edits with it)."""
    _cache.clear()
    _plans.clear()
    _verdict.cache_clear()


# A one-node spec's plan (or its error) is a pure function of that spec, like its analysis; the
# library's parameter checks read type hints on every call, which a 200-node design feels.
_plans: OrderedDict[HeadSpec, Any] = OrderedDict()


def _plan_cached(spec: HeadSpec) -> Any:
    if spec in _plans:
        _plans.move_to_end(spec)
        hit = _plans[spec]
    else:
        try:
            hit = plan(spec)
        except SpecError as e:
            hit = e
        _plans[spec] = hit
        if len(_plans) > _CACHE_SIZE:
            _plans.popitem(last=False)
    if isinstance(hit, SpecError):
        raise hit
    return hit


@functools.lru_cache(maxsize=64)
def _verdict(spec: HeadSpec) -> tuple[str, str | None]:
    """``heads.plan``'s verdict on a whole spec: ``("", None)`` or (message, node)."""
    try:
        plan(spec)
    except SpecError as e:
        return str(e), e.node
    return "", None


# -- planning ----------------------------------------------------------------------------------


def _topological(spec: HeadSpec, names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Kahn's order over the nodes (spec order among ready ones) and the nodes left in cycles."""
    index = {n: i for i, n in enumerate(names)}
    deps: dict[str, set[str]] = {n: set() for n in names}
    for node in spec.nodes:
        if node.name in deps:
            deps[node.name] |= {
                src
                for src, _ in (parse_ref(r) for r in node.inputs if isinstance(r, str))
                if src in index and src != node.name
            }
    consumers: dict[str, list[str]] = {n: [] for n in names}
    waiting = {n: len(d) for n, d in deps.items()}
    for n, d in deps.items():
        for src in d:
            consumers[src].append(n)
    ready = [index[n] for n in names if not waiting[n]]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        name = names[heapq.heappop(ready)]
        order.append(name)
        for nxt in consumers[name]:
            waiting[nxt] -= 1
            if not waiting[nxt]:
                heapq.heappush(ready, index[nxt])
    done = set(order)
    return order, [n for n in names if n not in done]


def resolve(
    ref: str,
    levels: Mapping[str, tuple[TensorType, Shape]],
    nodes: Mapping[str, NodeResult],
) -> Source:
    """Resolve ``node``, ``node.port`` or ``node.<index>`` against what is planned so far, with
    the library's resolver (:func:`heads.spec.resolve_ref`); a node that is not planned (it is
    invalid, or waits for one that is) leaves its readers waiting rather than wrong."""
    known = _Known(levels)
    for r in nodes.values():
        known.add(r)
    return known.resolve(ref)


class _Known:
    """The output types and shapes of the levels and of the nodes planned so far."""

    def __init__(self, levels: Mapping[str, tuple[TensorType, Shape]]) -> None:
        self.types = {k: (t,) for k, (t, _) in levels.items()}
        self.shapes = {k: (sh,) for k, (_, sh) in levels.items()}
        self.unplanned: set[str] = set()

    def add(self, result: NodeResult) -> None:
        if result.name in self.types:
            return  # a node named like a level: the level is what references mean
        if result.status is Status.OK:
            self.types[result.name] = result.outputs
            self.shapes[result.name] = result.output_shapes
        else:
            self.unplanned.add(result.name)

    def resolve(self, ref: str) -> Source:
        if not isinstance(ref, str) or not ref:
            return Source(str(ref), None, None, error="not connected")
        src, port = parse_ref(ref)
        if src in self.unplanned:
            return Source(
                ref, src, None, error=f"'{src}' is invalid, so its output is unknown", waiting=True
            )
        try:
            source, idx, found = resolve_ref(ref, self.types, parsed=(src, port))
        except SpecError as e:
            return Source(ref, src if src in self.types else None, None, error=e.reason)
        shapes = self.shapes[source] if idx is None else (self.shapes[source][idx],)
        return Source(ref, source, idx, tuple(found), tuple(shapes))


_LEVEL_NAME = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


def _usable_level_name(name: str) -> bool:
    return bool(_LEVEL_NAME.match(name)) and name not in RESERVED_NAMES and not iskeyword(name)


def _one_node_spec(spec: HeadSpec, node: Node, types: Sequence[TensorType]) -> HeadSpec:
    """A spec with just ``node``, reading levels that have the types of its inputs.

    Levels are named after the tensors they stand for (``c3``, ``p4``) so the library's messages
    read as they would in the whole spec; strides of layouts without one (vectors) become 1,
    the smallest a level may have.
    """
    names: list[str] = []
    for i, t in enumerate(types):
        name = t.name if _usable_level_name(t.name or "") else f"x{i}"
        if name in names or name == node.name:
            name = f"x{i}"
            while name in names or name == node.name:
                name += "_"
        names.append(name)
    levels = tuple(
        (n, FeatureInfo(t.channels, t.stride if t.stride > 0 else 1, t.kind))
        for n, t in zip(names, types)
    )
    one = Node(node.name, node.block, tuple(names), node.params)
    return HeadSpec(spec.task, levels, (one,), (("aux_canvas", node.name),))


def _level_types(
    spec: HeadSpec, image_size: tuple[int, int]
) -> dict[str, tuple[TensorType, Shape]]:
    out = {}
    for name, info in spec.inputs:
        if isinstance(info, FeatureInfo):
            out[name] = (input_type(name, info), level_shape(info, image_size))
    return out


def plan_design(spec: HeadSpec, image_size: tuple[int, int] | int = 224) -> Design:
    """Plan and analyse every node of ``spec`` that can be, and say why the others cannot.

    Args:
        spec: any :class:`HeadSpec`, valid or not.
        image_size: the input size shapes and FLOPs are computed at.

    Returns:
        A :class:`Design`; ``design.message`` is :func:`heads.plan`'s verdict on the whole spec.
    """
    if isinstance(image_size, int):
        image_size = (image_size, image_size)
    image_size = (int(image_size[0]), int(image_size[1]))
    levels = _level_types(spec, image_size)
    names: list[str] = []
    seen: set[str] = set()
    duplicates: set[str] = set()
    for n in spec.nodes:
        if n.name in seen or n.name in levels:
            duplicates.add(n.name)
        seen.add(n.name)
        names.append(n.name)
    names = list(dict.fromkeys(names))
    by_name = {n.name: n for n in reversed(spec.nodes)}  # the first of duplicate names wins
    order, cyclic = _topological(spec, names)
    results: dict[str, NodeResult] = {}
    known = _Known(levels)
    for name in order:
        node = by_name[name]
        results[name] = _plan_node(spec, node, known, image_size)
        if name in duplicates:
            _fail(results[name], "the name is used twice; node and level names must be unique")
        known.add(results[name])
    for name in cyclic:
        node = by_name[name]
        r = NodeResult(name, node.block)
        _fail(r, f"the graph has a cycle through nodes: {', '.join(sorted(cyclic))}", "inputs")
        r.sources = tuple(
            Source(ref, parse_ref(ref)[0], None, error="part of a cycle") for ref in node.inputs
        )
        results[name] = r

    for name in cyclic:
        known.add(results[name])
    outputs = tuple(OutputResult(key, ref, known.resolve(ref)) for key, ref in spec.outputs)
    _mark_unused(results, outputs)
    message, message_node = _verdict(spec)
    return Design(spec, image_size, levels, results, outputs, message, message_node)


def _fail(result: NodeResult, message: str, field: str | None = None) -> None:
    result.status = Status.ERROR
    result.message = message
    result.field = field
    result.outputs, result.output_shapes = (), ()
    result.params = result.flops = None


def _plan_node(
    spec: HeadSpec,
    node: Node,
    known: _Known,
    image_size: tuple[int, int],
) -> NodeResult:
    result = NodeResult(node.name, node.block)
    result.sources = tuple(known.resolve(ref) for ref in node.inputs)
    if not node.inputs:
        _fail(result, "the node has no inputs; connect a level or a node to it", "inputs")
        return result
    if any(s.source == node.name for s in result.sources):
        _fail(result, "a node cannot take its own output as input (cycle)", "inputs")
        return result
    bad = [s for s in result.sources if s.error]
    own = [s for s in bad if not s.waiting]
    if own:
        _fail(result, own[0].error or "bad input", "inputs")
        return result
    if bad:
        result.status = Status.BLOCKED
        waits = ", ".join(dict.fromkeys(f"'{s.source}'" for s in bad))
        result.message = f"waits for {waits}: an input is invalid, so this node's input is unknown"
        return result
    types = tuple(t for s in result.sources for t in s.types)
    shapes = tuple(sh for s in result.sources for sh in s.shapes)
    one = _one_node_spec(spec, node, types)
    try:
        step = _plan_cached(one).steps[0]
        block: BlockDef = get_block(node.block)
        # The one-node plan validated the node; its output types come from the block's plan on
        # the real input types (port names, and strides of vectors, as in the whole spec).
        bp = block.plan(types, node.params)
        analysis = _analyze_cached(one, image_size)
    except SpecError as e:
        _fail(result, e.reason, e.field)
        return result
    stats = analysis.nodes[0]
    if tuple(analysis.input_shapes.values()) != shapes:
        stats = _exact_stats(spec, node.name, image_size) or stats
    result.outputs = bp.outputs
    result.output_shapes = stats.output_shapes
    result.kwargs = dict(step.block_plan.kwargs)
    result.params, result.flops = stats.params, stats.flops
    result.warnings.extend(analysis.messages)
    return result


def _exact_stats(spec: HeadSpec, name: str, image_size: tuple[int, int]):
    """The node's analysis inside the sub-graph of its ancestors.

    Used when a node's real input shapes are not what its inputs' strides predict
    (``ceil(size / stride)``); slower, and only valid when the ancestors are.
    """
    by_name = {n.name: n for n in spec.nodes}
    keep: list[str] = []
    stack = [name]
    while stack:
        n = stack.pop()
        if n in keep or n not in by_name:
            continue
        keep.append(n)
        stack.extend(parse_ref(r)[0] for r in by_name[n].inputs)
    sub = dataclasses.replace(
        spec,
        nodes=tuple(n for n in spec.nodes if n.name in keep),
        outputs=(("aux_canvas", name),),
    )
    try:
        return _analyze_cached(sub, image_size).node(name)
    except (SpecError, StopIteration):
        return None


def _mark_unused(results: dict[str, NodeResult], outputs: Sequence[OutputResult]) -> None:
    """Warn on valid nodes whose output reaches no head output (``heads.plan`` refuses them)."""
    live = {o.source.source for o in outputs if o.source.source}
    for name in reversed(list(results)):
        if name in live:
            live.update(s.source for s in results[name].sources if s.source)
    for name, r in results.items():
        if name not in live and r.status is Status.OK:
            r.warnings.append("its output reaches no output of the head; connect it or remove it")


def input_kinds(source: Source) -> tuple[Kind, ...]:
    """The kinds of the tensors an input reference carries."""
    return tuple(t.kind for t in source.types)


__all__ = [
    "Design",
    "NodeResult",
    "OutputResult",
    "Source",
    "Status",
    "clear_cache",
    "plan_design",
    "resolve",
]
