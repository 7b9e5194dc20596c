"""Pure design edits: each returns a new state and a message; bad edits keep the old state."""

from __future__ import annotations

import json

import pytest

import heads
from designer import state as st
from heads import FeatureInfo, Task

LEVELS = {"c3": FeatureInfo(128, 8), "c4": FeatureInfo(256, 16), "c5": FeatureInfo(512, 32)}


@pytest.fixture
def mlp():
    s, _ = st.start("classification", "tiny", LEVELS, preset="mlp", num_classes=4)
    return s


def test_start_from_preset_and_empty():
    s, msg = st.start("classification", "tiny", LEVELS, preset="linear", num_classes=3)
    assert s.node_names == ["pool", "classifier"] and s.selected == "pool"
    assert "linear" in msg and st.validate(s).ok
    e, msg = st.start(Task.CLASSIFICATION, "tiny", LEVELS)
    assert e.spec.nodes == () and e.selected is None
    assert not st.validate(e).ok and "Still to fix" in msg
    assert "linear" in st.presets_for("classification")
    with pytest.raises(heads.SpecError, match="not a task"):
        st.start("counting", "tiny", LEVELS)


def test_build_a_head_step_by_step_wires_inputs_and_outputs():
    s, _ = st.start("classification", "tiny", LEVELS)
    s, msg = st.add_node(s, "pool")
    assert s.spec.node("pool").inputs == ("c5",)  # the deepest level
    assert "Still to fix" in msg  # not yet connected to an output
    s, msg = st.add_node(s, "classifier", params={"num_classes": "7"})
    assert s.spec.node("classifier").inputs == ("pool",)
    assert s.spec.output_map == {"logits": "classifier"}
    assert st.validate(s).ok and "Still" not in msg
    out = heads.build_head(None, s.spec)(heads_input())
    assert out["logits"].shape == (2, 7)


def heads_input():
    import torch

    return {
        k: torch.randn(2, v.channels, 64 // v.stride, 64 // v.stride) for k, v in LEVELS.items()
    }


def test_insert_before_and_remove_splice_the_chain(mlp):
    s, _ = st.insert_node(mlp, "conv", before="pool")
    assert s.spec.node("conv").inputs == ("c5",)
    assert s.spec.node("pool").inputs == ("conv",)
    assert st.validate(s).ok and s.selected == "conv"
    s, msg = st.remove_node(s, "mlp")
    assert s.spec.node("classifier").inputs == ("pool",)
    assert st.validate(s).ok, msg
    s, _ = st.remove_node(s, "classifier")
    assert "logits" not in s.spec.output_map
    v = st.validate(s)
    assert not v.ok and v.field == "outputs"


def test_move_swaps_chain_and_keeps_outputs(mlp):
    s, msg = st.move_node(mlp, "classifier", -1)
    assert s.node_names == ["pool", "classifier", "mlp"]
    assert s.spec.node("classifier").inputs == ("pool",)
    assert s.spec.node("mlp").inputs == ("classifier",)
    assert s.spec.output_map == {"logits": "classifier"}
    v = st.validate(s)
    assert not v.ok and v.node == "mlp"  # mlp now reaches no output
    back, _ = st.move_node(s, "classifier", +1)
    assert back.spec == mlp.spec
    same, msg = st.move_node(mlp, "pool", -1)
    assert same is mlp and "top" in msg


def test_set_params_types_form_values_and_rejects_bad_ones(mlp):
    s, msg = st.set_params(
        mlp, "mlp", {"hidden_features": "64, 32", "norm": "layer", "dropout": 0.25}
    )
    p = s.spec.node("mlp").params
    assert p.hidden_features == (64, 32) and p.norm.value == "layer" and p.dropout == 0.25
    assert "hidden_features = (64, 32)" in msg
    for values, field in [
        ({"dropout": 1.5}, "dropout"),
        ({"norm": "fancy"}, "norm"),
        ({"hidden_features": "64, a"}, "hidden_features"),
    ]:
        same, msg = st.set_params(s, "mlp", values)
        assert same is s
        assert "node 'mlp'" in msg and f"field '{field}'" in msg
    same, msg = st.set_params(s, "nope", {"dropout": 0.1})
    assert same is s and "no node 'nope'" in msg


def test_plan_level_problem_is_accepted_and_reported_at_the_node(mlp):
    s, msg = st.set_params(mlp, "mlp", {"norm": "group"})
    assert s is not mlp
    v = st.validate(s)
    assert not v.ok and v.node == "mlp" and v.field == "norm"
    assert "Still to fix" in msg


def test_rename_updates_references_and_rejects_bad_names(mlp):
    s, _ = st.rename_node(mlp, "classifier", "fc_out")
    assert s.spec.output_map == {"logits": "fc_out"} and s.selected == "fc_out"
    assert st.validate(s).ok
    for bad in ("Bad Name", "pool", "forward", "c5", ""):
        same, msg = st.rename_node(s, "mlp", bad)
        assert same is s and "Not renamed" in msg, bad


def test_undo_and_reset(mlp):
    s, _ = st.remove_node(mlp, "mlp")
    s, _ = st.set_params(s, "classifier", {"num_classes": 9})
    u, _ = st.undo(s)
    assert u.spec.node("classifier").params.num_classes == 4 and "mlp" not in u.node_names
    u, _ = st.undo(u)
    assert u.spec == mlp.spec
    assert st.undo(u)[1] == "Nothing to undo."
    r, _ = st.reset(s)
    assert r.spec == mlp.spec
    assert st.undo(r)[0].spec == s.spec  # reset is undoable


def test_history_is_bounded(mlp):
    s = mlp
    for i in range(st.HISTORY_LIMIT + 5):
        s, _ = st.set_params(s, "classifier", {"num_classes": i + 2})
    assert len(s.history) == st.HISTORY_LIMIT


def test_json_round_trip_and_bad_json(mlp):
    text = st.save_json(mlp)
    other, _ = st.start("classification", "tiny", LEVELS, preset="linear")
    loaded, msg = st.load_json(other, text)
    assert loaded.spec == mlp.spec and "3 nodes" in msg
    for bad, words in [
        ("{not json", "not valid JSON"),
        (json.dumps({"task": "classification"}), "field 'inputs'"),
        (text.replace('"mlp",\n      "inputs"', '"mlpp",\n      "inputs"'), "unknown block"),
        (b"\xff\xfe", "UTF-8"),
    ]:
        same, msg = st.load_json(other, bad)
        assert same is other and msg.startswith("Not loaded") and words in msg, msg
    d = st.to_json_dict(loaded)
    assert d["valid"] and d["spec"]["nodes"][1]["name"] == "mlp" and d["can_undo"]


def test_set_inputs_and_outputs(mlp):
    s, msg = st.set_inputs(mlp, "pool", "c4, c5")
    assert s.spec.node("pool").inputs == ("c4", "c5")
    assert st.validate(s).ok  # pools concatenate levels
    same, msg = st.set_inputs(s, "pool", "c9")
    assert same is s and "valid: c3, c4, c5" in msg
    s2, _ = st.set_output(s, "aux_pooled", "pool")
    assert s2.spec.output_map["aux_pooled"] == "pool"
    s3, _ = st.set_output(s2, "aux_pooled", "")
    assert "aux_pooled" not in s3.spec.output_map


def test_backbone_change_remaps_levels_by_stride(mlp):
    s, _ = st.set_inputs(mlp, "pool", "c3, c5")
    new_levels = {"s8": FeatureInfo(40, 8), "s32": FeatureInfo(320, 32)}
    s, msg = st.set_levels(s, "lite0", new_levels)
    assert s.backbone == "lite0" and s.spec.input_levels == new_levels
    assert s.spec.node("pool").inputs == ("s8", "s32")
    assert st.validate(s).ok


def test_add_rejects_unknown_block_and_taken_name(mlp):
    same, msg = st.add_node(mlp, "mpl")
    assert same is mlp and "Did you mean mlp" in msg
    same, msg = st.add_node(mlp, "mlp", name="pool")
    assert same is mlp and "taken" in msg
    s, _ = st.add_node(mlp, "mlp")
    assert "mlp_2" in s.node_names


def test_select():
    s, _ = st.start("classification", "tiny", LEVELS, preset="mlp")
    s2, _ = st.select(s, "classifier")
    assert s2.selected == "classifier"
    same, msg = st.select(s2, "zzz")
    assert same is s2 and "no node" in msg


def test_new_design_keeps_the_old_one_undoable(mlp):
    s, _ = st.start("classification", "other", LEVELS, preset="linear", previous=mlp)
    assert s.node_names == ["pool", "classifier"]
    u, _ = st.undo(s)
    assert u.spec == mlp.spec and u.task is Task.CLASSIFICATION


def test_add_after_a_node_splices_into_the_chain():
    s, _ = st.start("classification", "tiny", LEVELS, preset="linear", num_classes=3)
    s, msg = st.add_node(s, "mlp", after="pool", params={"hidden_features": "32"})
    assert s.node_names == ["pool", "mlp", "classifier"]
    assert s.spec.node("mlp").inputs == ("pool",)
    assert s.spec.node("classifier").inputs == ("mlp",)
    assert st.validate(s).ok, msg


def test_trained_weights_follow_the_design():
    import heads
    from designer import app
    from designer import state as st

    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(16, 32)}, num_classes=3)
    design = st.DesignState(heads.Task.CLASSIFICATION, "resnet18", spec, origin=spec)
    weights = {"classifier.fc.weight": "w", "classifier.fc.bias": "b"}
    trained, _ = st.with_trained(design, st.TrainedHead(spec, "resnet18", weights, ("a", "b", "c")))
    assert app.head_weights_for(trained) == (weights, ("a", "b", "c"))
    # Another backbone, or an edited design, falls back to no trained weights.
    import dataclasses

    other = dataclasses.replace(trained, backbone="resnet50")
    assert app.head_weights_for(other) == (None, None)
    edited, _ = st.set_params(trained, "classifier", {"num_classes": 4})
    assert app.head_weights_for(edited) == (None, None)
