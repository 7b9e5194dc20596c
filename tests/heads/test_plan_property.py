"""Plans match modules: for every block and every parameter value its plan accepts (drawn from
the ranges the parameter dataclass declares), the module's outputs have the channels and
spatial sizes the plan promises (a map of stride ``s`` at an ``H x W`` input is
``ceil(H / s) x ceil(W / s)``), at several input sizes.

The strategies are built from the dataclasses, so blocks added later are covered unchanged.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import typing

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import heads
from heads import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, analyze, plan

#: Wide fields (channels, widths) are drawn up to this: the analysis runs on the meta device, so
#: size costs nothing, but small values reach the edge cases (1 channel, 1 group) more often.
CAP = 96


def _value(tp, meta) -> st.SearchStrategy:
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(_value(args[0], meta), min_size=0, max_size=5).map(tuple)
        return st.tuples(*(_value(a, meta) for a in args))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if tp is bool:
        return st.booleans()
    lo, hi = meta.get("min"), meta.get("max")
    if tp is int:
        lo = 0 if lo is None else int(lo)
        hi = lo + CAP if hi is None else int(hi)
        return st.integers(lo, min(hi, max(lo, CAP)))
    if tp is float:
        return st.floats(0.0 if lo is None else lo, 1.0 if hi is None else hi, allow_nan=False)
    raise NotImplementedError(tp)


def params_strategy(cls) -> st.SearchStrategy:
    hints = typing.get_type_hints(cls)
    fields = {f.name: _value(hints[f.name], f.metadata) for f in dataclasses.fields(cls)}
    return st.fixed_dictionaries(fields).map(lambda kw: cls(**kw))


@st.composite
def pyramids(draw, kind=Kind.MAP):
    n = draw(st.integers(1, 5))
    first = draw(st.sampled_from([2, 4, 8, 16]))
    equal = draw(st.booleans())  # dense heads and some necks need equal widths
    width = draw(st.integers(1, 48))
    levels = {}
    for i in range(n):
        channels = width if equal else draw(st.integers(1, 48))
        levels[f"c{i}"] = FeatureInfo(channels, first * 2**i, kind)
    return levels


def _families():
    return {
        "maps": pyramids(),
        "vector": st.integers(1, 64).map(lambda c: {"v": FeatureInfo(c, 1, Kind.VECTOR)}),
        "tokens": st.integers(1, 64).map(lambda c: {"t": FeatureInfo(c, 16, Kind.TOKENS)}),
        "same_maps": st.tuples(
            st.integers(2, 4), st.integers(1, 48), st.sampled_from([4, 8, 32]), st.booleans()
        ).map(
            lambda nc: {
                f"m{i}": FeatureInfo(nc[1], nc[2], Kind.MAP if nc[3] else Kind.VECTOR)
                for i in range(nc[0])
            }
        ),
        "refine": st.tuples(st.integers(1, 8), st.integers(1, 32), st.sampled_from([8, 16])).map(
            lambda kcs: {
                "coarse": FeatureInfo(kcs[0], kcs[2]),
                "fine": FeatureInfo(kcs[1], kcs[2] // 2),
                "image": FeatureInfo(3, 1),
            }
        ),
        "map_and_image": st.tuples(st.integers(1, 48), st.sampled_from([2, 4, 8, 32])).map(
            lambda cs: {"feat": FeatureInfo(cs[0], cs[1]), "image": FeatureInfo(3, 1)}
        ),
    }


def _accepts(block, levels) -> bool:
    node = Node("node", block.name, tuple(levels), block.params())
    task = block.tasks[0] if block.tasks else Task.CLASSIFICATION
    try:
        plan(HeadSpec(task, levels, (node,), {"aux_out": "node"}))
    except SpecError:
        return False
    return True


_PROBES = {
    "maps": [
        {"c0": FeatureInfo(16, 8)},
        {"c0": FeatureInfo(16, 4), "c1": FeatureInfo(32, 16)},
        {f"c{i}": FeatureInfo(8 * 2**i, 4 * 2**i) for i in range(4)},
        {f"c{i}": FeatureInfo(32, 8 * 2**i) for i in range(5)},
    ],
    "vector": [{"v": FeatureInfo(32, 1, Kind.VECTOR)}],
    "tokens": [{"t": FeatureInfo(32, 16, Kind.TOKENS)}],
    "map_and_image": [{"feat": FeatureInfo(16, 4), "image": FeatureInfo(3, 1)}],
    "same_maps": [{"m0": FeatureInfo(16, 8), "m1": FeatureInfo(16, 8)}],
    "refine": [
        {"coarse": FeatureInfo(4, 8), "fine": FeatureInfo(16, 4), "image": FeatureInfo(3, 1)}
    ],
}


def input_families(block) -> list[str]:
    """The input families a block's default parameters plan with."""
    return [name for name, probes in _PROBES.items() if any(_accepts(block, p) for p in probes)]


def expected_shape(t, size, batch, got):
    H, W = size
    if t.kind is Kind.MAP:
        return (batch, t.channels, math.ceil(H / t.stride), math.ceil(W / t.stride))
    if t.kind is Kind.VECTOR:
        return (batch, t.channels)
    return (batch, got[1], t.channels)  # dense and tokens: any row count, the planned width


BLOCKS = sorted(b.name for b in heads.list_blocks())


@pytest.mark.parametrize("name", BLOCKS)
def test_plans_match_modules(name):
    block = heads.get_block(name)
    families = input_families(block)
    assert families, f"block {name!r}: no probe input plans with its default parameters"
    strategies = _families()

    @settings(
        max_examples=20,  # per block: 29 blocks, each example builds and runs a module
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(
        params=params_strategy(block.params),
        levels=st.sampled_from(families).flatmap(lambda f: strategies[f]),
        size=st.tuples(st.integers(33, 160), st.integers(33, 160)),
    )
    def check(params, levels, size):
        sizes = getattr(params, "anchor_sizes", None)
        if sizes and len(sizes) != len(levels):
            # one anchor size per level: stretch or cut the drawn tuple to the drawn pyramid
            params = dataclasses.replace(
                params, anchor_sizes=tuple(sizes[i % len(sizes)] for i in range(len(levels)))
            )
        node = Node("node", name, tuple(levels), params)
        task = block.tasks[0] if block.tasks else Task.CLASSIFICATION
        try:
            step = plan(HeadSpec(task, levels, (node,), {"aux_out": "node"})).steps[0]
        except SpecError:
            assume(False)
        spec = HeadSpec(task, levels, (node,), {"aux_out": "node"})
        # the ports the canvas shows fit every input list the plan accepts, and name the outputs
        ports = block.input_ports
        assigned = ports.assign(len(step.input_types))
        kinds = {p.name: p.kinds for p in ports.inputs}
        assert all(t.kind in kinds[port] for t, port in zip(step.input_types, assigned))
        if ports.outputs:
            assert tuple(t.name for t in step.outputs) == ports.outputs
        a = analyze(spec, size, batch=2)
        shapes = a.node("node").output_shapes
        assert len(shapes) == len(step.outputs), (params, levels)
        for t, got in zip(step.outputs, shapes):
            assert tuple(got) == expected_shape(t, size, 2, got), (t, params, levels, size)

    check()
