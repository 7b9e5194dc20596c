"""A strict spec: a corpus of each kind of mistake, each refused with a SpecError naming the
node and the field (never a TypeError or AttributeError, never accepted with defaults)."""

from __future__ import annotations

import dataclasses
import json

import pytest

import heads
from heads import FeatureInfo, HeadSpec, Node, SpecError, Task, plan
from heads.blocks.classification import ClassifierParams, ConvParams, MLPParams, PoolParams

LEVELS = {"c5": FeatureInfo(64, 32)}


def base_dict() -> dict:
    return heads.get_preset("mlp", LEVELS, num_classes=1000, hidden=32).to_dict()


def refused(data) -> SpecError:
    with pytest.raises(SpecError) as e:
        plan(HeadSpec.from_dict(data))
    assert "Traceback" not in str(e.value)
    return e.value


# -- names with a trailing newline (a regex's ``$`` matches before it) -------------------------


def _rename_node(d, new):
    d["nodes"][0]["name"] = new
    d["nodes"][1]["inputs"] = [new]


def _rename_level(d, new):
    d["inputs"] = {new: d["inputs"]["c5"]}
    d["nodes"][0]["inputs"] = [new]


def _rename_output(d, new):
    d["outputs"][new] = d["outputs"]["logits"]


NEWLINE_NAMES = [
    ("node name", _rename_node, "pool\n", "is not a valid name"),
    ("node name with CR", _rename_node, "pool\r", "is not a valid name"),
    ("level name", _rename_level, "c5\n", "is not a valid name"),
    ("output key", _rename_output, "aux_pool\n", "unknown output key"),
]


@pytest.mark.parametrize(
    "what, edit, name, message", NEWLINE_NAMES, ids=[n[0] for n in NEWLINE_NAMES]
)
def test_names_ending_in_a_newline_are_refused(what, edit, name, message):
    d = base_dict()
    edit(d, name)
    err = refused(d)
    assert message in str(err) and repr(name) in str(err)


# -- unknown keys -------------------------------------------------------------------------------


def _node_key(d, key):
    d["nodes"][2][key] = d["nodes"][2].pop("params")


UNKNOWN_KEYS = [
    # (where, edit, key, node, hint)
    ("node: param for params", _node_key, "param", "classifier", "did you mean 'params'?"),
    ("node: input for inputs", lambda d, k: d["nodes"][1].__setitem__(k, ["mlp"]), "input", "mlp", "did you mean 'inputs'?"),
    ("node: stray key", lambda d, k: d["nodes"][0].__setitem__(k, 1), "position", "pool", "valid keys: name, block, inputs, params"),
    ("top: output for outputs", lambda d, k: d.__setitem__(k, {}), "output", None, "did you mean 'outputs'?"),
    ("top: stray key", lambda d, k: d.__setitem__(k, {"x": 1}), "layout", None, "valid keys: format, version"),
    ("level: stide", lambda d, k: d["inputs"]["c5"].__setitem__(k, 16), "stide", None, "did you mean 'stride'?"),
]  # fmt: skip


@pytest.mark.parametrize(
    "what, edit, key, node, hint", UNKNOWN_KEYS, ids=[u[0] for u in UNKNOWN_KEYS]
)
def test_unknown_keys_are_named(what, edit, key, node, hint):
    d = base_dict()
    edit(d, key)
    with pytest.raises(SpecError) as e:
        HeadSpec.from_dict(d)
    assert e.value.node == node and e.value.field == key
    assert f"unknown key {key!r}" in str(e.value) and hint in str(e.value)


def test_a_misspelt_params_key_no_longer_builds_a_default_head():
    d = base_dict()
    _node_key(d, "param")  # would have built a 10-class classifier instead of 1000
    with pytest.raises(SpecError, match="did you mean 'params'"):
        HeadSpec.from_dict(d)


# -- cycles are reported on a node that is on them ------------------------------------------------


def _conv(name, src):
    return Node(name, "conv", (src,), ConvParams(out_channels=64, kernel_size=1))


CYCLES = [
    # nodes listed so that a node downstream of the cycle (d) comes first
    ("three", ["d:c", "a:c", "b:a", "c:b"], {"a", "b", "c"}),
    ("two behind a chain", ["z:y", "y:w", "w:q", "p:q", "q:p"], {"p", "q"}),
    ("two with an entry", ["e:h", "h:g", "g:h"], {"h", "g"}),
    ("a name sorting first downstream", ["a:q", "p:q", "q:p"], {"p", "q"}),
]


@pytest.mark.parametrize("what, edges, cycle", CYCLES, ids=[c[0] for c in CYCLES])
def test_a_cycle_is_reported_on_a_node_on_it(what, edges, cycle):
    nodes = [_conv(*edge.split(":")) for edge in edges]
    last = nodes[0].name
    nodes += [
        Node("pool", "pool", (last,), PoolParams()),
        Node("classifier", "classifier", ("pool",), ClassifierParams()),
    ]
    # one node reads the backbone so the graph has an entry
    nodes.append(_conv("entry", "c5"))
    spec = HeadSpec(
        Task.CLASSIFICATION, LEVELS, tuple(nodes), {"logits": "classifier", "aux_e": "entry"}
    )
    with pytest.raises(SpecError) as e:
        plan(spec)
    assert e.value.node in cycle and e.value.field == "inputs"
    path = str(e.value).split("cycle: ")[1].split(";")[0].split(" -> ")
    assert set(path) == cycle and path[0] == path[-1]
    # each step of the printed path is a real edge (a node feeding the next)
    reads = {n.name: set(n.inputs) for n in spec.nodes}
    assert all(a in reads[b] for a, b in zip(path, path[1:]))


# -- parameters: even kernels, lists, non-string references ---------------------------------------


def _spec(*, conv=None, mlp=None, pool_inputs=("c5",)):
    nodes = []
    src = "c5"
    if conv is not None:
        nodes.append(Node("conv", "conv", ("c5",), conv))
        src = "conv"
    nodes.append(Node("pool", "pool", pool_inputs if conv is None else (src,), PoolParams()))
    prev = "pool"
    if mlp is not None:
        nodes.append(Node("mlp", "mlp", ("pool",), mlp))
        prev = "mlp"
    nodes.append(Node("classifier", "classifier", (prev,), ClassifierParams(num_classes=3)))
    return HeadSpec(Task.CLASSIFICATION, LEVELS, tuple(nodes), {"logits": "classifier"})


@pytest.mark.parametrize("k", [2, 4, 6, 8, 10])
def test_even_conv_kernels_are_refused(k):
    with pytest.raises(SpecError, match=f"kernel_size must be odd.*got {k}") as e:
        plan(_spec(conv=ConvParams(out_channels=8, kernel_size=k)))
    assert (e.value.node, e.value.field) == ("conv", "kernel_size")
    plan(_spec(conv=ConvParams(out_channels=8, kernel_size=k + 1)))


LIST_VALUED = [
    ("mlp hidden_features", {"mlp": dataclasses.replace(MLPParams(), hidden_features=[64])}, "mlp", "hidden_features"),
]  # fmt: skip


@pytest.mark.parametrize("what, kw, node, field", LIST_VALUED, ids=[x[0] for x in LIST_VALUED])
def test_list_valued_parameters_are_spec_errors_everywhere(what, kw, node, field):
    spec = _spec(**kw)
    for call in (plan, heads.analyze, lambda s: heads.analyze(s, 64)):
        with pytest.raises(SpecError, match="expected a tuple") as e:
            call(spec)
        assert (e.value.node, e.value.field) == (node, field)


BAD_REFS = [3, None, ("c5",), b"c5", 1.5]


@pytest.mark.parametrize("ref", BAD_REFS, ids=repr)
def test_non_string_references_are_spec_errors(ref):
    with pytest.raises(SpecError, match="a reference is a string") as e:
        plan(_spec(pool_inputs=(ref,)))
    assert (e.value.node, e.value.field) == ("pool", "inputs")
    d = base_dict()
    d["nodes"][0]["inputs"] = [ref]
    with pytest.raises(SpecError, match="list of references") as e:
        HeadSpec.from_dict(d)
    assert e.value.field == "inputs"


@pytest.mark.parametrize("size", [0, -1, (0, 64), (64,), 1.5, "224", True])
def test_analysis_sizes_must_be_positive(size):
    with pytest.raises(ValueError, match="image_size must be a positive integer"):
        heads.analyze(_spec(), size)
    assert heads.analyze(_spec(), 64.0).image_size == (64, 64)


# -- scale --------------------------------------------------------------------------------------


def test_a_long_chain_plans_in_order():
    # 12,000 nodes listed last to first: the order comes from the graph, in O(E log V) (the
    # timing is in bench/bench_spec.py; here the result).
    n = 12_000
    convs = [_conv(f"n{i}", "c5" if i == 0 else f"n{i - 1}") for i in range(n)]
    tail = [
        Node("pool", "pool", (f"n{n - 1}",), PoolParams()),
        Node("classifier", "classifier", ("pool",), ClassifierParams()),
    ]
    spec = HeadSpec(
        Task.CLASSIFICATION, LEVELS, tuple(reversed(convs + tail)), {"logits": "classifier"}
    )
    p = plan(spec)
    assert [s.node.name for s in p.steps] == [c.name for c in convs] + ["pool", "classifier"]
    assert p.step("n11999").input_refs == (("n11998", None),)
    assert HeadSpec.from_json(spec.to_json()) == spec


def test_json_round_trip_of_every_corpus_kind_stays_json():
    # The corpus cases above are all built from a valid preset's dict: it parses as it is.
    d = base_dict()
    assert HeadSpec.from_json(json.dumps(d)).to_dict() == d
