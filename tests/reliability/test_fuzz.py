"""Property tests: random valid specs build, run, export and match; broken ones fail cleanly.

Valid specs come from the preset registry with every node's parameters redrawn from its
parameter dataclass (enums, bools, ints and floats within the declared ranges; widths kept
small). Invalid specs are mutations of valid ones' JSON: wrong types, out-of-range values and
broken references. A mutation must give a ``SpecError`` (a ``ValueError``) or, when it happens to
stay valid, a head that builds and runs: never an error from inside torch.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import typing

import pytest
import torch
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import heads
from designer import codegen
from heads.registry import list_presets
from heads.spec import HeadSpec, SpecError, plan

IMAGE = 64
PRESETS = sorted(p.name for p in list_presets())
SMALL_INT = 12  # cap for widths and counts, so every example runs in milliseconds
SETTINGS = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    derandomize=True,
)


def _value(tp, meta, name, draw):
    origin = typing.get_origin(tp)
    if origin in (typing.Union, __import__("types").UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if type(None) in typing.get_args(tp) and draw(st.booleans()):
            return None
        tp, origin = args[0], typing.get_origin(args[0])
    if origin is tuple:
        args = typing.get_args(tp)
        if args[-1] is Ellipsis:
            n = draw(st.integers(1, 3))
            return tuple(_value(args[0], meta, name, draw) for _ in range(n))
        return tuple(_value(a, meta, name, draw) for a in args)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return draw(st.sampled_from(list(tp)))
    if tp is bool:
        return draw(st.booleans())
    lo, hi = meta.get("min"), meta.get("max")
    if tp is int:
        lo = int(lo) if lo is not None else 0
        if hi is not None and hi >= 64:
            lo = max(lo, 2)  # a width: one channel cannot be group-normalised on a 1x1 map
        hi = int(hi) if hi is not None else lo + SMALL_INT
        return draw(st.integers(lo, max(lo, min(hi, lo + SMALL_INT))))
    if tp is float:
        lo = float(lo) if lo is not None else 0.0
        hi = float(hi) if hi is not None else lo + 10.0
        return draw(st.floats(lo, hi, allow_nan=False, allow_infinity=False))
    raise AssertionError(f"no strategy for {tp!r}")


def _redraw(params, draw):
    hints = typing.get_type_hints(type(params))
    changes = {}
    for f in dataclasses.fields(params):
        if draw(st.booleans()):
            changes[f.name] = _value(hints[f.name], f.metadata, f.name, draw)
    try:
        return dataclasses.replace(params, **changes)
    except (TypeError, ValueError):
        return params


@st.composite
def valid_specs(draw):
    c = [draw(st.integers(2, 16)) for _ in range(3)]
    levels = {"c3": heads.FeatureInfo(c[0], 8), "c4": heads.FeatureInfo(c[1], 16)}
    levels["c5"] = heads.FeatureInfo(c[2], 32)
    name = draw(st.sampled_from(PRESETS))
    try:
        spec = heads.get_preset(name, levels, num_classes=draw(st.integers(1, 6)))
    except SpecError:
        assume(False)
    nodes = tuple(dataclasses.replace(n, params=_redraw(n.params, draw)) for n in spec.nodes)
    spec = dataclasses.replace(spec, nodes=nodes)
    try:
        a = heads.analyze(spec, IMAGE)
    except SpecError:
        assume(False)
    assume(a.total_params < 3_000_000 and a.total_flops < 2e9)
    return spec


def _features(spec, seed=0):
    g = torch.Generator().manual_seed(seed)
    from heads.analysis import level_shape

    return {
        name: torch.randn(level_shape(info, (IMAGE, IMAGE), batch=1), generator=g)
        for name, info in spec.inputs
    }


def _flat(out):
    if isinstance(out, torch.Tensor):
        return [out]
    return [t for v in out for t in _flat(v)] if isinstance(out, list | tuple) else []


def _check_valid(spec):
    torch.manual_seed(0)
    head = heads.build_head(None, spec).eval()
    feats = _features(spec)
    with torch.no_grad():
        out = head(feats)
    assert set(out) == {k for k, _ in spec.outputs}
    code = codegen.to_python(spec, "Exported", format=False)
    ns: dict = {"__name__": "exported"}
    exec(compile(code, "exported.py", "exec"), ns)  # noqa: S102
    exported = ns["Exported"]().eval()
    exported.load_state_dict(head.state_dict(), strict=True)
    with torch.no_grad():
        again = exported(feats)
    assert set(again) == set(out)
    for k in out:
        for a, b in zip(_flat(out[k]), _flat(again[k]), strict=True):
            assert a.shape == b.shape
            assert torch.allclose(a, b, atol=1e-5, rtol=1e-4), k


@pytest.mark.slow
@pytest.mark.timeout(900)  # 250 examples take about a minute on a quiet core
@settings(max_examples=250, **SETTINGS)
@given(valid_specs())
def test_random_valid_specs_build_run_export_match(spec):
    _check_valid(spec)


@settings(max_examples=12, **SETTINGS)
@given(valid_specs())
def test_random_valid_specs_quick(spec):
    _check_valid(spec)


BAD_VALUES = [
    "x", "", [], {}, None, True, -1, 0, 10**12, 1e308, -1e308,
    float("nan"), float("inf"), [1, "a"], {"a": 1}, "../../etc/passwd",
]  # fmt: skip


@st.composite
def mutated_specs(draw):
    data = draw(valid_specs()).to_dict()
    kind = draw(st.sampled_from(["param", "reference", "output", "level", "node_key", "name"]))
    node = draw(st.sampled_from(data["nodes"]))
    if kind == "param" and node["params"]:
        key = draw(st.sampled_from(sorted(node["params"])))
        node["params"][key] = draw(st.sampled_from(BAD_VALUES))
    elif kind == "reference":
        node["inputs"] = [draw(st.sampled_from(["nope", "c5.9", node["name"], "", ".", "c5."]))]
    elif kind == "output":
        key = draw(st.sampled_from(sorted(data["outputs"])))
        data["outputs"][key] = draw(st.sampled_from(["nope", f"{node['name']}.99", ""]))
    elif kind == "level":
        level = draw(st.sampled_from(sorted(data["inputs"])))
        field = draw(st.sampled_from(["channels", "stride", "kind"]))
        data["inputs"][level][field] = draw(st.sampled_from(BAD_VALUES))
    elif kind == "node_key":
        node.pop(draw(st.sampled_from(["name", "block", "inputs", "params"])))
    else:
        node["name"] = draw(st.sampled_from(["Bad", "a b", "1x", "_x", "forward", "x" * 60]))
    return data


@settings(max_examples=40, **SETTINGS)
@given(mutated_specs())
def test_mutated_specs_fail_cleanly(data):
    try:
        spec = HeadSpec.from_dict(data)
        plan(spec)
    except SpecError as e:
        assert str(e)
        return
    # The mutation left a valid spec (e.g. a value still in range): it must build and run.
    head = heads.build_head(None, spec).eval()
    with torch.no_grad():
        head(_features(spec))


def test_nan_is_refused_by_every_float_parameter():
    from heads.registry import list_blocks

    floats = 0
    for block in list_blocks():
        hints = typing.get_type_hints(block.params)
        for f in dataclasses.fields(block.params):
            if hints[f.name] is float:
                floats += 1
                with pytest.raises(SpecError, match="finite"):
                    heads.spec.check_params(
                        dataclasses.replace(block.params(), **{f.name: math.nan}), node="n"
                    )
    assert floats > 5
