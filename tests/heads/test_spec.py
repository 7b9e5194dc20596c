"""The head spec: JSON round trip and validation messages."""

import dataclasses
import json

import pytest
import torch

import heads
from heads import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, TensorType, plan, registry
from heads.blocks.classification import ClassifierParams, ConvParams, PoolParams
from heads.params import PoolType
from heads.registry import BlockDef
from heads.spec import BlockPlan

LEVELS = {"c4": FeatureInfo(64, 16), "c5": FeatureInfo(128, 32)}


def make_spec(**changes):
    spec = HeadSpec(
        Task.CLASSIFICATION,
        LEVELS,
        (
            Node("conv", "conv", ("c5",), ConvParams(out_channels=32)),
            Node("pool", "pool", ("conv",), PoolParams(PoolType.GEM)),
            Node("classifier", "classifier", ("pool",), ClassifierParams(num_classes=5)),
        ),
        {"logits": "classifier"},
        "test",
    )
    return dataclasses.replace(spec, **changes)


def test_json_round_trip_is_exact():
    spec = make_spec()
    text = spec.to_json()
    again = HeadSpec.from_json(text)
    assert again == spec
    assert again.to_json() == text
    assert isinstance(again.node("pool").params.pool_type, PoolType)


def test_every_preset_round_trips():
    for preset in heads.list_presets():
        spec = heads.get_preset(preset.name)
        assert HeadSpec.from_json(spec.to_json()) == spec, preset.name


def test_plan_orders_nodes_whatever_their_order():
    spec = make_spec()
    shuffled = dataclasses.replace(spec, nodes=tuple(reversed(spec.nodes)))
    assert [s.node.name for s in plan(shuffled).steps] == ["conv", "pool", "classifier"]


def expect_error(spec_or_fn, *fragments, node=None):
    with pytest.raises(SpecError) as info:
        spec_or_fn() if callable(spec_or_fn) else plan(spec_or_fn)
    msg = str(info.value)
    for frag in fragments:
        assert frag in msg, msg
    if node is not None:
        assert info.value.node == node
    return info.value


def test_unknown_block_lists_choices():
    spec = make_spec()
    data = spec.to_dict()
    data["nodes"][1]["block"] = "pol"
    err = expect_error(
        lambda: HeadSpec.from_dict(data), "unknown block 'pol'", "Did you mean pool", node="pool"
    )
    assert err.field == "block"


def test_wrong_input_level_names_valid_ones():
    spec = make_spec().replace_node("conv", inputs=("c6",))
    expect_error(spec, "unknown reference 'c6'", "c4", "c5", node="conv")


def test_channel_or_kind_mismatch():
    # A classifier fed a feature map instead of a vector.
    spec = make_spec().replace_node("classifier", inputs=("conv",))
    expect_error(spec, "takes vector inputs", "map", node="classifier")


def test_cycle_is_reported():
    spec = make_spec().replace_node("conv", inputs=("classifier",))
    expect_error(spec, "cycle", node=None)


def test_dangling_node_is_reported():
    spec = make_spec()
    extra = Node("side", "conv", ("c4",), ConvParams())
    spec = dataclasses.replace(spec, nodes=spec.nodes + (extra,))
    expect_error(spec, "reaches no output", node="side")


def test_dangling_output_reference():
    spec = make_spec(outputs=(("logits", "nowhere"),))
    expect_error(spec, "unknown reference 'nowhere'")


def test_unknown_output_key():
    spec = make_spec(outputs=(("scores", "classifier"),))
    expect_error(spec, "unknown output key 'scores'", "logits")


@pytest.mark.parametrize(
    "field, value, fragment",
    [
        ("out_channels", 0, "below the minimum 1"),
        ("out_channels", -3, "below the minimum 1"),
        ("kernel_size", 99, "above the maximum 11"),
        ("out_channels", 2.5, "expected an integer"),
        ("norm", "weird", "choose one of: none, batch, group, layer"),
    ],
)
def test_parameter_values_are_checked(field, value, fragment):
    data = make_spec().to_dict()
    data["nodes"][0]["params"][field] = value
    err = expect_error(lambda: HeadSpec.from_dict(data), fragment, node="conv")
    assert err.field == field


def test_nan_and_non_positive_levels():
    data = make_spec().to_dict()
    data["nodes"][2]["params"]["dropout"] = float("nan")
    expect_error(lambda: plan(HeadSpec.from_dict(data)), "finite", node="classifier")
    bad = make_spec(inputs=(("c5", FeatureInfo(0, 32)),))
    expect_error(bad, "channels must be an integer in 1..65536")


def test_unknown_param_and_bad_names():
    data = make_spec().to_dict()
    data["nodes"][0]["params"]["widht"] = 3
    expect_error(lambda: HeadSpec.from_dict(data), "unknown parameter(s) widht", "out_channels")
    for name in ("Conv", "1x", "forward", "a-b", "import os"):
        spec = make_spec().replace_node("conv", name=name)
        spec = spec.replace_node("pool", inputs=(name,))
        expect_error(spec, repr(name))


def test_invalid_json_and_wrong_top_level():
    expect_error(lambda: HeadSpec.from_json("{not json"), "not valid JSON")
    expect_error(lambda: HeadSpec.from_json("[1, 2]"), "a spec is a JSON object")
    data = make_spec().to_dict()
    del data["outputs"]
    expect_error(lambda: HeadSpec.from_dict(data), "'outputs'", "missing")
    data = make_spec().to_dict()
    data["task"] = "painting"
    expect_error(
        lambda: HeadSpec.from_dict(data), "choose one of: classification, detection, segmentation"
    )


def test_registry_refuses_duplicates_and_lists_by_task():
    with pytest.raises(ValueError, match="registered already"):
        heads.register_block("pool", params=PoolParams, module=object)(lambda i, p: None)
    with pytest.raises(ValueError, match="registered already"):
        heads.register_preset("linear", task=Task.CLASSIFICATION)(lambda: None)
    cls_blocks = {b.name for b in heads.list_blocks(Task.CLASSIFICATION)}
    assert {"pool", "mlp", "classifier", "conv"} <= cls_blocks
    assert {p.name for p in heads.list_presets("classification")} >= {"linear", "mlp", "norm_mlp"}
    expect_error(
        lambda: heads.get_preset("lineer"), "unknown preset 'lineer'", "Did you mean linear"
    )


def test_spec_json_is_plain():
    data = json.loads(make_spec().to_json())
    assert data["nodes"][1]["params"]["pool_type"] == "gem"
    assert data["inputs"]["c5"] == {"channels": 128, "stride": 32, "kind": "map"}


class _UnpaddedConv(torch.nn.Conv2d):
    """A 5x5 conv without padding: it cannot run on maps smaller than 5x5."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__(in_channels, out_channels, 5)


@dataclasses.dataclass(frozen=True)
class _UnpaddedParams:
    out_channels: int = 8


def _plan_unpadded(inputs, p):
    return BlockPlan(
        {"in_channels": inputs[0].channels, "out_channels": p.out_channels},
        (TensorType(Kind.MAP, p.out_channels, inputs[0].stride, "features"),),
    )


def test_a_design_that_fails_only_at_some_size_is_a_spec_error(monkeypatch):
    # The library's own convs pad to keep the size; a block that does not, fails on small maps.
    monkeypatch.setitem(
        registry._BLOCKS,
        "unpadded_conv",
        BlockDef(
            "unpadded_conv", (), _UnpaddedParams, _UnpaddedConv, _plan_unpadded, False, "", "conv"
        ),
    )
    spec = make_spec().replace_node("conv", block="unpadded_conv", params=_UnpaddedParams())
    plan(spec)  # nothing wrong whatever the size
    err = expect_error(
        lambda: heads.analyze(spec, 32), "does not run at 32x32", "Kernel size", node="conv"
    )
    assert "larger input size" in str(err)
    assert heads.analyze(spec, 320).outputs["logits"] == (1, 5)
