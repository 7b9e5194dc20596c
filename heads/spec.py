"""The head spec: one typed, frozen, JSON-serialisable description of a head.

A :class:`HeadSpec` is a small graph. Its inputs are the backbone's feature levels
(:class:`FeatureInfo`, named), its nodes name registered blocks and carry that block's frozen
parameter dataclass, and its outputs map the stable output keys (``logits``, ``cls_logits`` ...)
to node outputs. Everything else in the project interprets a spec: the module builder, the
analysis, the code generator, the diagram and the app's forms.

This module imports no torch. Validation (:func:`plan`) checks the whole graph, infers every
node's output type through the blocks' plan functions and raises :class:`SpecError` naming the
node, the field, the bad value and the valid choices.

Example:
    >>> import heads
    >>> spec = heads.get_preset("linear", {"c5": FeatureInfo(2048, 32)}, num_classes=10)
    >>> HeadSpec.from_json(spec.to_json()) == spec
    True
    >>> [step.node.name for step in plan(spec).steps]
    ['pool', 'classifier']
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import functools
import heapq
import json
import keyword
import math
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from heads.params import parse_choice as _parse_choice

SPEC_FORMAT = "model-heads/spec"
SPEC_VERSION = 1

#: Output keys a head may return; ``aux_<name>`` keys are allowed too.
OUTPUT_KEYS = ("logits", "cls_logits", "bbox_regression", "bbox_ctrness", "mask_logits")
# Matched with fullmatch: ``$`` would also match before a trailing newline.
_AUX_KEY = re.compile(r"aux_[a-z0-9_]{1,40}")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,47}")
#: The keys of a spec's JSON object, of a node and of an input level.
SPEC_KEYS = ("format", "version", "name", "task", "inputs", "nodes", "outputs")
NODE_KEYS = ("name", "block", "inputs", "params")
#: Names a node may not take: they are attributes of ``nn.Module`` or of the graph head.
RESERVED_NAMES = frozenset(
    {
        "forward", "training", "train", "eval", "spec", "task", "modules", "children",
        "parameters", "buffers", "state_dict", "load_state_dict", "to", "cuda", "cpu", "type",
        "float", "double", "half", "bfloat16", "apply", "zero_grad", "register_buffer",
        "register_module", "add_module", "named_modules", "named_parameters", "named_buffers",
        "extra_repr", "dump_patches", "call_super_init", "requires_grad_", "share_memory",
        "get_submodule", "get_parameter", "get_buffer", "build_head", "reset", "plan",
        "output_keys", "in_features", "num_classes", "features", "self", "torch", "nn", "f",
        "ops", "math", "tensor", "list", "dict", "tuple", "x", "xs", "out", "outputs",
        "compile", "get_extra_state", "set_extra_state", "ipu", "xpu", "mtia", "named_children",
        "register_parameter", "register_forward_hook", "register_forward_pre_hook",
        "register_backward_hook", "register_full_backward_hook", "register_full_backward_pre_hook",
        "register_load_state_dict_pre_hook", "register_load_state_dict_post_hook",
        "register_state_dict_pre_hook", "register_state_dict_post_hook", "set_submodule",
        "to_empty",
    }
)  # fmt: skip


class SpecError(ValueError):
    """A spec that cannot be built. The message names the node, the field and what is valid.

    Attributes:
        node: the node's name, or ``None`` for spec-level problems.
        field: the parameter or spec field, or ``None``.
    """

    def __init__(self, message: str, *, node: str | None = None, field: str | None = None):
        where = []
        if node is not None:
            where.append(f"node '{node}'")
        if field is not None:
            where.append(f"field '{field}'")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.node = node
        self.field = field
        self.reason = message


def check_keys(
    data: Mapping, allowed: Sequence[str], *, where: str, node: str | None = None
) -> None:
    """Refuse keys of a JSON object that are not in ``allowed``, suggesting the close ones.

    Raises:
        SpecError: naming the unknown keys, ``where`` they are and the valid keys.

    Example:
        >>> check_keys({"name": "a", "param": {}}, NODE_KEYS, where="a node", node="a")
        Traceback (most recent call last):
        ...
        heads.spec.SpecError: node 'a', field 'param': unknown key 'param' (did you mean 'params'?) in a node; valid keys: name, block, inputs, params
    """
    unknown = [k for k in data if k not in allowed]
    if not unknown:
        return
    parts = []
    for key in unknown:
        close = difflib.get_close_matches(str(key), allowed, n=1)
        parts.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    raise SpecError(
        f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(parts)} in {where}; valid keys: "
        f"{', '.join(allowed)}",
        node=node,
        field=str(unknown[0]),
    )


def parse_choice(
    enum_cls: type[enum.Enum],
    value: Any,
    field: str,
    *,
    node: str | None = None,
    error: type[Exception] = SpecError,
) -> Any:
    """``enum_cls(value)``, or an error naming the field, the value and the valid choices.

    Args:
        enum_cls: the closed choice.
        value: a member or its value.
        field: the parameter or option name (in the message).
        node: the node, for a :class:`SpecError`.
        error: the exception type (``SpecError`` for specs, ``ValueError`` for function options,
            as :func:`heads.params.parse_choice`).

    Example:
        >>> parse_choice(Kind, "map", "kind")
        <Kind.MAP: 'map'>
        >>> parse_choice(Kind, "grid", "kind", error=ValueError)
        Traceback (most recent call last):
        ...
        ValueError: kind: 'grid' is not valid; choose one of: map, vector, tokens, dense
    """
    if error is not SpecError:
        return _parse_choice(enum_cls, value, field, error=error)
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        choices = ", ".join(str(m.value) for m in enum_cls)
        raise SpecError(
            f"{value!r} is not valid; choose one of: {choices}", node=node, field=field
        ) from None


class Task(str, enum.Enum):
    """What a head predicts."""

    CLASSIFICATION = "classification"
    DETECTION = "detection"
    SEGMENTATION = "segmentation"


class Kind(str, enum.Enum):
    """The layout of a tensor flowing between nodes.

    ``MAP`` is ``(N, C, H, W)`` at a stride of the image; ``VECTOR`` is ``(N, C)``; ``TOKENS``
    is ``(N, L, C)``; ``DENSE`` is ``(N, M, C)`` predictions for every anchor or location of
    every level (``M = sum(H_l * W_l * A)``).
    """

    MAP = "map"
    VECTOR = "vector"
    TOKENS = "tokens"
    DENSE = "dense"


@dataclass(frozen=True)
class FeatureInfo:
    """A backbone feature level: its channels, its stride and its layout.

    Example:
        >>> FeatureInfo(2048, 32)
        FeatureInfo(channels=2048, stride=32, kind=<Kind.MAP: 'map'>)
    """

    channels: int
    stride: int = 32
    kind: Kind = Kind.MAP

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))


@dataclass(frozen=True)
class TensorType:
    """The static type of one tensor in the graph: layout, channels, stride, port name.

    ``stride`` is the tensor's stride relative to the input image (0 where it has no spatial
    layout). ``name`` is the port name a node gives its output (``p3``, ``cls_logits``), used
    in references ``node.port`` and shown on diagrams.
    """

    kind: Kind
    channels: int
    stride: int = 0
    name: str = ""

    def describe(self) -> str:
        """A short human description, e.g. ``256@s8`` or ``vector 10``."""
        if self.kind is Kind.MAP:
            return f"{self.channels}@s{self.stride}"
        return f"{self.kind.value} {self.channels}"


@dataclass(frozen=True)
class Node:
    """One block instance in a spec.

    Args:
        name: identifier; becomes the module attribute (and the ``state_dict`` prefix).
        block: a registered block name (see :func:`heads.registry.list_blocks`).
        inputs: references to input levels (``c5``) or node outputs (``fpn``, ``fpn.p3``,
            ``fpn.0``). A node receives the concatenation of what its references resolve to.
        params: an instance of the block's parameter dataclass.
    """

    name: str
    block: str
    inputs: tuple[str, ...]
    params: Any

    def __post_init__(self) -> None:
        if isinstance(self.inputs, str):
            object.__setattr__(self, "inputs", (self.inputs,))
        else:
            object.__setattr__(self, "inputs", tuple(self.inputs))


@dataclass(frozen=True)
class HeadSpec:
    """A head: named input levels, a graph of block nodes, and named outputs.

    Args:
        task: what the head predicts.
        inputs: ``(name, FeatureInfo)`` pairs in backbone order (a mapping is accepted).
        nodes: the graph's nodes; their order is free (execution order is derived).
        outputs: ``(key, reference)`` pairs (a mapping is accepted); keys come from
            :data:`OUTPUT_KEYS` or are ``aux_<name>``.
        name: a label for the design (shown in the app and diagrams).
    """

    task: Task
    inputs: tuple[tuple[str, FeatureInfo], ...]
    nodes: tuple[Node, ...]
    outputs: tuple[tuple[str, str], ...]
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "task", Task(self.task))
        inputs = self.inputs.items() if isinstance(self.inputs, Mapping) else self.inputs
        object.__setattr__(self, "inputs", tuple((str(k), v) for k, v in inputs))
        object.__setattr__(self, "nodes", tuple(self.nodes))
        outputs = self.outputs.items() if isinstance(self.outputs, Mapping) else self.outputs
        object.__setattr__(self, "outputs", tuple((str(k), str(v)) for k, v in outputs))

    # -- convenience -------------------------------------------------------------------------
    @property
    def input_levels(self) -> dict[str, FeatureInfo]:
        """The input levels as an ordered dict."""
        return dict(self.inputs)

    @property
    def output_map(self) -> dict[str, str]:
        """The outputs as an ordered dict ``key -> reference``."""
        return dict(self.outputs)

    def node(self, name: str) -> Node:
        """The node called ``name`` (``KeyError`` when there is none)."""
        for n in self.nodes:
            if n.name == name:
                return n
        raise KeyError(name)

    def replace_node(self, node_name: str, /, **changes: Any) -> HeadSpec:
        """A copy with one node's fields replaced (``params=...``, ``inputs=...``, ``name=...``)."""
        if node_name not in {n.name for n in self.nodes}:
            raise KeyError(node_name)
        nodes = tuple(
            dataclasses.replace(n, **changes) if n.name == node_name else n for n in self.nodes
        )
        return dataclasses.replace(self, nodes=nodes)

    def with_params(self, name: str, **changes: Any) -> HeadSpec:
        """A copy with some parameters of one node replaced."""
        node = self.node(name)
        return self.replace_node(name, params=dataclasses.replace(node.params, **changes))

    # -- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it exactly."""
        return {
            "format": SPEC_FORMAT,
            "version": SPEC_VERSION,
            "name": self.name,
            "task": self.task.value,
            "inputs": {
                k: {"channels": v.channels, "stride": v.stride, "kind": v.kind.value}
                for k, v in self.inputs
            },
            "nodes": [
                {
                    "name": n.name,
                    "block": n.block,
                    "inputs": list(n.inputs),
                    "params": params_to_dict(n.params),
                }
                for n in self.nodes
            ],
            "outputs": dict(self.outputs),
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The spec as JSON text (keys in a fixed order, so equal specs give equal text)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Any) -> HeadSpec:
        """Parse a dict made by :meth:`to_dict`, checking every field's type.

        Raises:
            SpecError: naming the node and field that does not parse.
        """
        from heads.registry import get_block  # registry imports this module

        if not isinstance(data, Mapping):
            raise SpecError(f"a spec is a JSON object, got {type(data).__name__}")
        check_keys(data, SPEC_KEYS, where="the spec")
        fmt = data.get("format", SPEC_FORMAT)
        if fmt != SPEC_FORMAT:
            raise SpecError(f"unknown format {fmt!r}; expected {SPEC_FORMAT!r}", field="format")
        version = data.get("version", SPEC_VERSION)
        if version != SPEC_VERSION:
            raise SpecError(
                f"unsupported version {version!r}; this is {SPEC_VERSION}", field="version"
            )
        for key in ("task", "inputs", "nodes", "outputs"):
            if key not in data:
                raise SpecError("missing", field=key)
        task = parse_choice(Task, data["task"], "task")
        raw_inputs = data["inputs"]
        if not isinstance(raw_inputs, Mapping) or not raw_inputs:
            raise SpecError(
                "must be a non-empty object of name -> {channels, stride}", field="inputs"
            )
        inputs = []
        for name, info in raw_inputs.items():
            if not isinstance(info, Mapping):
                raise SpecError(
                    f"level {name!r} must be an object {{channels, stride}}", field="inputs"
                )
            check_keys(info, ("channels", "stride", "kind"), where=f"input level {name!r}")
            inputs.append((name, _parse_value(FeatureInfo, dict(info), f"inputs.{name}", None)))
        raw_nodes = data["nodes"]
        if not isinstance(raw_nodes, list):
            raise SpecError("must be a list of nodes", field="nodes")
        nodes = []
        for i, raw in enumerate(raw_nodes):
            if not isinstance(raw, Mapping):
                raise SpecError(f"node #{i} must be an object", field="nodes")
            name = raw.get("name", f"#{i}")
            check_keys(raw, NODE_KEYS, where="a node", node=str(name))
            for key in ("name", "block"):
                if not isinstance(raw.get(key), str):
                    raise SpecError(f"'{key}' must be a string", node=str(name), field=key)
            block = get_block(raw["block"], node=name)
            ins = raw.get("inputs", [])
            if isinstance(ins, str):
                ins = [ins]
            if not isinstance(ins, list) or not all(isinstance(r, str) for r in ins):
                raise SpecError("must be a list of references", node=name, field="inputs")
            params = parse_params(block.params, raw.get("params", {}), node=name)
            nodes.append(Node(name, raw["block"], tuple(ins), params))
        outputs = data["outputs"]
        if not isinstance(outputs, Mapping) or not all(
            isinstance(v, str) for v in outputs.values()
        ):
            raise SpecError("must be an object of output key -> reference", field="outputs")
        name = data.get("name", "")
        if not isinstance(name, str):
            raise SpecError("must be a string", field="name")
        return cls(task, tuple(inputs), tuple(nodes), tuple(outputs.items()), name)

    @classmethod
    def from_json(cls, text: str | bytes) -> HeadSpec:
        """Parse JSON text (see :meth:`from_dict`)."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise SpecError(f"not valid JSON: {e}") from None
        except RecursionError:
            raise SpecError("not a spec: the JSON is nested too deeply") from None
        return cls.from_dict(data)


# ---------------------------------------------------------------------------------------------
# Parameter dataclasses: conversion and range checks.
# ---------------------------------------------------------------------------------------------


def param(
    default: Any, *, min: float | None = None, max: float | None = None, doc: str = "", **kw: Any
) -> Any:  # noqa: A002
    """A parameter field with an optional range and a help text (shown in the app's forms).

    Tuple defaults are fine: they are immutable.
    """
    meta = {"min": min, "max": max, "doc": doc}
    return field(default=default, metadata=meta, **kw)


def params_to_dict(params: Any) -> dict[str, Any]:
    """A parameter dataclass as plain JSON values (enums by value, tuples as lists)."""
    return {f.name: _to_plain(getattr(params, f.name)) for f in dataclasses.fields(params)}


def _to_plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return params_to_dict(value)
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


def parse_params(cls: type, raw: Any, *, node: str) -> Any:
    """Build ``cls`` from JSON values, checking types and ranges; unknown keys are errors."""
    if not isinstance(raw, Mapping):
        raise SpecError("params must be an object", node=node, field="params")
    return _parse_value(cls, dict(raw), "", node)


def _parse_value(tp: Any, value: Any, path: str, node: str | None) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, Mapping):
            raise SpecError(f"expected an object, got {value!r}", node=node, field=path or None)
        hints = _type_hints(tp)
        names = [f.name for f in dataclasses.fields(tp)]
        unknown = sorted(set(value) - set(names))
        if unknown:
            raise SpecError(
                f"unknown parameter(s) {', '.join(unknown)}; valid: {', '.join(names)}",
                node=node,
                field=path or None,
            )
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                sub = f"{path}.{f.name}" if path else f.name
                kwargs[f.name] = _parse_value(hints[f.name], value[f.name], sub, node)
        try:
            obj = tp(**kwargs)
        except TypeError as e:
            raise SpecError(str(e), node=node, field=path or None) from None
        check_params(obj, node=node, prefix=path)
        return obj
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _parse_value(arg, value, path, node)
            except SpecError as e:
                errors.append(e.reason)
        raise SpecError("; ".join(errors), node=node, field=path)
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            raise SpecError(f"expected a list, got {value!r}", node=node, field=path)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(
                _parse_value(args[0], v, f"{path}[{i}]", node) for i, v in enumerate(value)
            )
        if len(args) != len(value):
            raise SpecError(f"expected {len(args)} values, got {len(value)}", node=node, field=path)
        return tuple(
            _parse_value(a, v, f"{path}[{i}]", node) for i, (a, v) in enumerate(zip(args, value))
        )
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return parse_choice(tp, value, path, node=node)
    if tp is bool:
        if not isinstance(value, bool):
            raise SpecError(f"expected true or false, got {value!r}", node=node, field=path)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SpecError(f"expected an integer, got {value!r}", node=node, field=path)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SpecError(f"expected a number, got {value!r}", node=node, field=path)
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise SpecError(f"expected a string, got {value!r}", node=node, field=path)
        return value
    if tp is Any:
        return value
    raise SpecError(f"unsupported parameter type {tp!r}", node=node, field=path)


@functools.lru_cache(maxsize=256)
def _type_hints(cls: type) -> dict[str, Any]:
    # Resolving a dataclass's annotations costs more than checking its values; classes are few.
    return typing.get_type_hints(cls)


@functools.lru_cache(maxsize=1024)
def _checked(params: Any) -> bool:
    check_params(params, node=None)
    return True


def _check_params_once(params: Any, node: str) -> None:
    """:func:`check_params`, remembering parameter values that passed (frozen and hashable:
    a chain of equal nodes is checked once)."""
    try:
        _checked(params)
    except TypeError:  # unhashable (a list where a tuple belongs): the full check names it
        check_params(params, node=node)
    except SpecError as e:
        raise SpecError(e.reason, node=node, field=e.field) from None


def check_params(params: Any, *, node: str | None, prefix: str = "") -> None:
    """Check types and declared ranges of a parameter dataclass instance.

    Raises:
        SpecError: naming the field, the value and the allowed range or choices.
    """
    hints = _type_hints(type(params))
    for f in dataclasses.fields(params):
        value = getattr(params, f.name)
        path = f"{prefix}.{f.name}" if prefix else f.name
        _check_value(hints[f.name], value, f.metadata, path, node)


def _check_value(tp: Any, value: Any, meta: Mapping, path: str, node: str | None) -> None:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in typing.get_args(tp):
            return
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
        origin = typing.get_origin(tp)
    if origin is tuple:
        if not isinstance(value, tuple):
            raise SpecError(f"expected a tuple, got {value!r}", node=node, field=path)
        args = typing.get_args(tp)
        for i, v in enumerate(value):
            sub = args[0] if args[-1] is Ellipsis else args[i]
            _check_value(sub, v, meta, f"{path}[{i}]", node)
        return
    if dataclasses.is_dataclass(tp):
        check_params(value, node=node, prefix=path)
        return
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if not isinstance(value, tp):
            parse_choice(tp, value, path, node=node)
        return
    if tp is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise SpecError(f"expected an integer, got {value!r}", node=node, field=path)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SpecError(f"expected a number, got {value!r}", node=node, field=path)
        if not math.isfinite(value):
            raise SpecError(f"must be a finite number, got {value!r}", node=node, field=path)
    if tp is bool and not isinstance(value, bool):
        raise SpecError(f"expected true or false, got {value!r}", node=node, field=path)
    if tp in (int, float):
        lo, hi = meta.get("min"), meta.get("max")
        if lo is not None and value < lo:
            raise SpecError(f"{value!r} is below the minimum {lo}", node=node, field=path)
        if hi is not None and value > hi:
            raise SpecError(f"{value!r} is above the maximum {hi}", node=node, field=path)


# ---------------------------------------------------------------------------------------------
# Planning: validation, execution order and type inference.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockPlan:
    """What a block's plan function returns for one node.

    Attributes:
        kwargs: the module constructor's keyword arguments, as plain Python values (ints,
            floats, strings, tuples); the builder and the code generator both use them.
        outputs: the static types of the module's outputs, in order.
    """

    kwargs: dict[str, Any]
    outputs: tuple[TensorType, ...]


@dataclass(frozen=True)
class Step:
    """One node in execution order, with its resolved input types and its plan."""

    node: Node
    input_refs: tuple[tuple[str, int | None], ...]  # (source, index or None for all outputs)
    input_types: tuple[TensorType, ...]
    block_plan: BlockPlan

    @property
    def outputs(self) -> tuple[TensorType, ...]:
        return self.block_plan.outputs


@dataclass(frozen=True)
class ExecutionPlan:
    """A validated spec in execution order: what the module runs and codegen prints."""

    spec: HeadSpec
    steps: tuple[Step, ...]
    output_refs: tuple[tuple[str, str, int | None], ...]  # (key, source, index)
    output_types: dict[str, TensorType | tuple[TensorType, ...]]

    @functools.cached_property
    def _steps_by_name(self) -> dict[str, Step]:
        return {s.node.name: s for s in self.steps}

    def step(self, name: str) -> Step:
        """The step of node ``name`` (``KeyError`` when there is none)."""
        return self._steps_by_name[name]

    @functools.cached_property
    def used_inputs(self) -> tuple[str, ...]:
        """The input levels some node or output reads, in the spec's order (what a caller must
        pass; the others may be left out)."""
        used = {src for s in self.steps for src, _ in s.input_refs}
        used |= {src for _, src, _ in self.output_refs}
        return tuple(n for n, _ in self.spec.inputs if n in used)

    @functools.cached_property
    def consumers(self) -> dict[str, int]:
        """How many references (inputs of nodes and outputs) read each source."""
        count: dict[str, int] = {}
        for step in self.steps:
            for src, _ in step.input_refs:
                count[src] = count.get(src, 0) + 1
        for _, src, _ in self.output_refs:
            count[src] = count.get(src, 0) + 1
        return count

    def types_of(self, source: str) -> tuple[TensorType, ...]:
        """The output types of a node or input level."""
        step = self._steps_by_name.get(source)
        if step is not None:
            return step.outputs
        info = self.spec.input_levels[source]
        return (input_type(source, info),)


def input_type(name: str, info: FeatureInfo) -> TensorType:
    """The tensor type of an input level."""
    return TensorType(info.kind, info.channels, info.stride, name)


def _check_name(name: Any, what: str, node: str | None = None) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name) or keyword.iskeyword(name):
        raise SpecError(
            f"{what} {name!r} is not a valid name: use lower-case letters, digits and '_', "
            "starting with a letter, at most 48 characters",
            node=node,
        )
    if name in RESERVED_NAMES:
        raise SpecError(f"{what} {name!r} is reserved; choose another name", node=node)


def parse_ref(ref: str) -> tuple[str, str | None]:
    """Split ``node.port`` into ``(node, port)``; a bare name gives ``(name, None)``.

    Raises:
        SpecError: for a reference that is not a string.
    """
    if not isinstance(ref, str):
        raise SpecError(
            f"a reference is a string (a level, 'node' or 'node.port'), got {ref!r}",
            field="inputs",
        )
    src, _, port = ref.partition(".")
    return src, (port or None)


def resolve_ref(
    ref: str,
    types: Mapping[str, tuple[TensorType, ...]],
    *,
    node: str | None = None,
    field: str = "inputs",
    parsed: tuple[str, str | None] | None = None,
) -> tuple[str, int | None, tuple[TensorType, ...]]:
    """What a reference points at: ``(source, output index or None, types)``.

    ``level``, ``node`` (all of its outputs), ``node.3`` or ``node.p3`` (one output, by position
    or port name). The one resolver of the project: the plan, the app and the code generator
    use it.

    Args:
        ref: the reference.
        types: output types of the sources so far (levels and planned nodes).
        node, field: where the reference is (for the error).
        parsed: ``parse_ref(ref)``, when the caller has it.

    Raises:
        SpecError: for an unknown source or port, listing the valid ones.

    Example:
        >>> outs = {"fpn": (TensorType(Kind.MAP, 64, 8, "p3"), TensorType(Kind.MAP, 64, 16, "p4"))}
        >>> resolve_ref("fpn.p4", outs)[:2], resolve_ref("fpn", outs)[:2]
        (('fpn', 1), ('fpn', None))
    """
    src, port = parsed if parsed is not None else parse_ref(ref)
    if src not in types:
        valid = ", ".join(types)
        raise SpecError(f"unknown reference {ref!r}; valid: {valid}", node=node, field=field)
    outs = types[src]
    if port is None:
        return src, None, outs
    if port.isdigit():
        idx = int(port)
    else:
        names = [t.name for t in outs]
        idx = names.index(port) if port in names else -1
    if not 0 <= idx < len(outs):
        valid = ", ".join([str(i) for i in range(len(outs))] + [t.name for t in outs if t.name])
        raise SpecError(f"{src!r} has no output {port!r}; valid: {valid}", node=node, field=field)
    return src, idx, (outs[idx],)


def node_input_types(spec: HeadSpec, name: str) -> tuple[TensorType, ...] | None:
    """The types node ``name`` would receive, planning only the nodes it depends on: what an
    editor shows for a node of an unfinished design. ``None`` when that part does not plan.

    Example:
        >>> import heads
        >>> spec = heads.get_preset("fcos_lite", num_classes=3)
        >>> [t.describe() for t in node_input_types(spec, "head")]
        ['64@s8', '64@s16', '64@s32']
    """
    by_name = {n.name: n for n in spec.nodes}
    if name not in by_name:
        raise KeyError(name)
    need: dict[str, None] = {}
    try:
        stack = [parse_ref(r)[0] for r in by_name[name].inputs]
        while stack:
            src = stack.pop()
            if src in by_name and src not in need and src != name:
                need[src] = None
                stack.extend(parse_ref(r)[0] for r in by_name[src].inputs)
        nodes = tuple(n for n in spec.nodes if n.name in need)
        types = {k: (input_type(k, v),) for k, v in spec.inputs}
        if nodes:
            outs = tuple((f"aux_{i}", n.name) for i, n in enumerate(nodes))
            p = plan(dataclasses.replace(spec, nodes=nodes, outputs=outs))
            types.update({s.node.name: s.outputs for s in p.steps})
        found: list[TensorType] = []
        for ref in by_name[name].inputs:
            found.extend(resolve_ref(ref, types, node=name)[2])
        return tuple(found)
    except SpecError:
        return None


def _execution_order(nodes: Sequence[Node], sources: Mapping[str, Sequence[str]]) -> list[str]:
    """Node names in execution order: a topological order (Kahn's algorithm) that takes the
    spec's order among the nodes ready at each step, in ``O(E log V)``.

    Args:
        nodes: the spec's nodes.
        sources: each node's input sources (node or level names).

    Raises:
        SpecError: for a cycle, on a node that is on it, with the cycle's path.
    """
    index = {n.name: i for i, n in enumerate(nodes)}
    deps = {n.name: {s for s in sources[n.name] if s in index} for n in nodes}
    consumers: dict[str, list[str]] = {n.name: [] for n in nodes}
    for name, ds in deps.items():
        for d in ds:
            consumers[d].append(name)
    waiting = {name: len(ds) for name, ds in deps.items()}
    ready = [index[name] for name, w in waiting.items() if w == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        name = nodes[heapq.heappop(ready)].name
        order.append(name)
        for c in consumers[name]:
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, index[c])
    if len(order) < len(nodes):
        # Every node left waits on another node left: following those back from any of them
        # comes round to a node seen before, and the nodes from there on form a cycle.
        done = set(order)
        path = [next(n.name for n in nodes if n.name not in done)]
        seen = {path[0]: 0}
        while True:
            nxt = min((d for d in deps[path[-1]] if d not in done), key=index.__getitem__)
            if nxt in seen:
                cycle = path[seen[nxt] :][::-1]  # producers first
                break
            seen[nxt] = len(path)
            path.append(nxt)
        first = min(cycle, key=index.__getitem__)
        at = cycle.index(first)
        cycle = cycle[at:] + cycle[:at]
        raise SpecError(
            f"the graph has a cycle: {' -> '.join([*cycle, cycle[0]])}; remove one of its inputs",
            node=first,
            field="inputs",
        )
    return order


def plan(spec: HeadSpec) -> ExecutionPlan:
    """Validate ``spec`` and order its nodes for execution.

    Checks names, blocks, parameter types and ranges, references, cycles, outputs, and that
    every node contributes to an output; then infers each node's output types through its
    block's plan function, which checks channels, strides and kinds.

    Raises:
        SpecError: naming the node, the field, the bad value and the valid choices.
    """
    from heads.registry import get_block

    if not isinstance(spec, HeadSpec):
        raise SpecError(f"expected a HeadSpec, got {type(spec).__name__}")
    if not spec.inputs:
        raise SpecError("a spec needs at least one input level", field="inputs")
    for name, info in spec.inputs:
        _check_name(name, "input level")
        if not isinstance(info, FeatureInfo):
            raise SpecError(f"level {name!r} must be a FeatureInfo", field="inputs")
        for attr, hi in (("channels", 65536), ("stride", 1024)):
            v = getattr(info, attr)
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= hi:
                raise SpecError(
                    f"level {name!r}: {attr} must be an integer in 1..{hi}, got {v!r}",
                    field="inputs",
                )
    level_names = [n for n, _ in spec.inputs]
    levels = set(level_names)
    if len(levels) != len(level_names):
        raise SpecError("input level names must be unique", field="inputs")
    if not spec.nodes:
        raise SpecError("a spec needs at least one node", field="nodes")
    by_name: dict[str, Node] = {}
    for node in spec.nodes:
        if not isinstance(node, Node):
            raise SpecError(f"nodes must be Node objects, got {type(node).__name__}", field="nodes")
        _check_name(node.name, "node name", node=str(node.name))
        if node.name in by_name or node.name in levels:
            raise SpecError(
                "the name is used twice; node and level names must be unique", node=node.name
            )
        by_name[node.name] = node
    refs_of: dict[str, list[tuple[str, str, str | None]]] = {}  # node -> (ref, source, port)
    blocks: dict[str, Any] = {}
    for node in spec.nodes:
        block = blocks[node.name] = get_block(node.block, node=node.name)
        if not isinstance(node.params, block.params):
            raise SpecError(
                f"params must be {block.params.__name__}, got {type(node.params).__name__}",
                node=node.name,
            )
        _check_params_once(node.params, node.name)
        if not node.inputs:
            raise SpecError("the node has no inputs", node=node.name, field="inputs")
        parsed = []
        for ref in node.inputs:
            try:
                src, port = parse_ref(ref)
            except SpecError as e:
                raise SpecError(e.reason, node=node.name, field="inputs") from None
            parsed.append((ref, src, port))
            if src not in by_name and src not in levels:
                choices = ", ".join(level_names + [n for n in by_name if n != node.name])
                raise SpecError(
                    f"unknown reference {ref!r}; valid: {choices}", node=node.name, field="inputs"
                )
            if src == node.name:
                raise SpecError(
                    "a node cannot take its own output as input (cycle)", node=node.name
                )
        refs_of[node.name] = parsed
    order = _execution_order(spec.nodes, {n: [s for _, s, _ in r] for n, r in refs_of.items()})

    if not spec.outputs:
        raise SpecError("a spec needs at least one output", field="outputs")
    for key, _ in spec.outputs:
        if key not in OUTPUT_KEYS and not _AUX_KEY.fullmatch(key):
            raise SpecError(
                f"unknown output key {key!r}; valid: {', '.join(OUTPUT_KEYS)} or aux_<name>",
                field="outputs",
            )

    types: dict[str, tuple[TensorType, ...]] = {
        name: (input_type(name, info),) for name, info in spec.inputs
    }

    def resolve(
        ref: str, src: str, port: str | None, node: str | None, fld: str
    ) -> tuple[str, int | None, tuple[TensorType, ...]]:
        return resolve_ref(ref, types, node=node, field=fld, parsed=(src, port))

    steps = []
    for name in order:
        node_name = name
        node = by_name[name]
        block = blocks[name]
        refs, in_types = [], []
        for ref, src, port in refs_of[name]:
            src, idx, ts = resolve(ref, src, port, node_name, "inputs")
            refs.append((src, idx))
            in_types.extend(ts)
        try:
            bp = block.plan(tuple(in_types), node.params)
        except SpecError as e:
            if e.node is None:
                raise SpecError(e.reason, node=node_name, field=e.field) from None
            raise
        if not isinstance(bp, BlockPlan) or not bp.outputs:
            raise SpecError(f"block {node.block!r} planned no outputs", node=node_name)
        types[name] = bp.outputs
        steps.append(Step(node, tuple(refs), tuple(in_types), bp))

    output_refs, output_types = [], {}
    used: set[str] = set()
    for key, ref in spec.outputs:
        src, idx, ts = resolve(ref, *parse_ref(ref), None, f"outputs.{key}")
        output_refs.append((key, src, idx))
        output_types[key] = ts[0] if idx is not None or len(ts) == 1 else ts
        used.add(src)
    # Every node must feed an output.
    live = set(used)
    for step in reversed(steps):
        if step.node.name in live:
            live.update(src for src, _ in step.input_refs)
    dangling = [s.node.name for s in steps if s.node.name not in live]
    if dangling:
        raise SpecError(
            "the node's output reaches no output of the head; connect it or remove it",
            node=dangling[0],
        )
    return ExecutionPlan(spec, tuple(steps), tuple(output_refs), output_types)


# ---------------------------------------------------------------------------------------------
# Helpers for block plan functions.
# ---------------------------------------------------------------------------------------------


def expect_kind(
    inputs: Sequence[TensorType], *kinds: Kind, count: int | None = None, at_least: int = 1
) -> None:
    """Check the number and kinds of a node's inputs (for plan functions).

    Raises:
        SpecError: with ``field='inputs'``, saying what the block takes.
    """

    def names() -> str:
        return " or ".join(k.value for k in kinds)

    if count is not None and len(inputs) != count:
        raise SpecError(f"takes {count} input(s) ({names()}), got {len(inputs)}", field="inputs")
    if len(inputs) < at_least:
        raise SpecError(
            f"takes at least {at_least} input(s) ({names()}), got {len(inputs)}", field="inputs"
        )
    for t in inputs:
        if t.kind not in kinds:
            raise SpecError(
                f"takes {names()} inputs, got {t.kind.value} ({t.describe()}{' from ' + t.name if t.name else ''})",
                field="inputs",
            )


def same_channels(inputs: Sequence[TensorType]) -> int:
    """The common channel count of ``inputs``; a :class:`SpecError` when they differ."""
    chans = {t.channels for t in inputs}
    if len(chans) != 1:
        desc = ", ".join(t.describe() for t in inputs)
        raise SpecError(f"inputs must have equal channels, got {desc}", field="inputs")
    return chans.pop()


PlanFn = Callable[[tuple[TensorType, ...], Any], BlockPlan]
