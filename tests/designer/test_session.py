"""The session model: edits, history, replacing actions, backbone switches (no gradio)."""

from __future__ import annotations

import json

import pytest

import heads
from designer import session as st
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
    assert not st.validate(e).ok and "Still to fix" in st.problem_suffix(e)
    assert "linear" in st.presets_for("classification")
    with pytest.raises(heads.SpecError, match="not a task"):
        st.start("counting", "tiny", LEVELS)


def test_build_a_head_step_by_step_wires_inputs_and_outputs():
    s, _ = st.start("classification", "tiny", LEVELS)
    s, msg = st.add_node(s, "pool")
    assert s.spec.node("pool").inputs == ("c5",)  # the deepest level
    assert "Still to fix" in st.problem_suffix(s)  # not yet connected to an output
    s, msg = st.add_node(s, "classifier", params={"num_classes": "7"})
    assert s.spec.node("classifier").inputs == ("pool",)
    assert s.spec.output_map == {"logits": "classifier"}
    assert st.validate(s).ok and st.problem_suffix(s) == ""
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
        assert same.spec is s.spec and same.undo_steps == s.undo_steps
        assert "node 'mlp'" in msg and f"field '{field}'" in msg
        # The refusal is kept for the page to show at the field, until the next action.
        assert (same.refused.node, same.refused.field) == ("mlp", field)
    same, msg = st.set_params(s, "nope", {"dropout": 0.1})
    assert same is s and "no node 'nope'" in msg


def test_plan_level_problem_is_accepted_and_reported_at_the_node(mlp):
    s, msg = st.set_params(mlp, "mlp", {"norm": "group"})
    assert s is not mlp
    v = st.validate(s)
    assert not v.ok and v.node == "mlp" and v.field == "norm"
    assert msg == "Updated 'mlp': norm = group."  # the page shows the problem at the node
    assert st.problem_suffix(s) == f" Still to fix: {v.message}."
    assert s.last_valid == mlp.spec  # the last design that planned (its diagram stays)


def test_rename_updates_references_and_rejects_bad_names(mlp):
    s, _ = st.rename_node(mlp, "classifier", "fc_out")
    assert s.spec.output_map == {"logits": "fc_out"} and s.selected == "fc_out"
    assert st.validate(s).ok
    for bad in ("Bad Name", "pool", "forward", "c5", ""):
        same, msg = st.rename_node(s, "mlp", bad)
        assert same.spec is s.spec and "Not renamed" in msg, bad


def test_undo_and_reset(mlp):
    s, _ = st.remove_node(mlp, "mlp")
    s, _ = st.set_params(s, "classifier", {"num_classes": 9})
    u, _ = st.undo(s)
    assert u.spec.node("classifier").params.num_classes == 4 and "mlp" not in u.node_names
    u, _ = st.undo(u)
    assert u.spec == mlp.spec
    assert st.undo(u)[1] == "Nothing to undo."
    assert st.redo(u)[0].spec.node("classifier").params.num_classes == 4
    r, _ = st.reset(s)
    assert r.spec == mlp.spec
    assert st.undo(r)[0].spec == s.spec  # reset is undoable


def test_history_is_bounded(mlp):
    s = mlp
    for i in range(st.HISTORY_LIMIT + 5):
        s, _ = st.set_params(s, "classifier", {"num_classes": i + 2})
    assert len(s.undo_steps) == st.HISTORY_LIMIT


def test_json_round_trip_and_bad_json(mlp):
    text = st.save_json(mlp)
    other, _ = st.start("classification", "tiny", LEVELS, preset="linear")
    loaded, msg = st.load_json(other, text)
    assert loaded.spec == mlp.spec and "3 nodes" in msg
    assert msg.startswith("Replaced design 'linear' by a loaded classification design")
    assert loaded.origin_preset is None  # the preset box no longer names 'linear'
    assert st.undo(loaded)[0].spec == other.spec
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
    assert d["undo"].startswith("Replaced design 'linear'") and d["preset"] is None


def test_set_inputs_and_outputs(mlp):
    s, msg = st.set_inputs(mlp, "pool", "c4, c5")
    assert s.spec.node("pool").inputs == ("c4", "c5")
    assert st.validate(s).ok  # pools concatenate levels
    same, msg = st.set_inputs(s, "pool", "c9")
    assert same.spec is s.spec and "valid: c3, c4, c5" in msg
    s2, _ = st.set_output(s, "aux_pooled", "pool")
    assert s2.spec.output_map["aux_pooled"] == "pool"
    s3, _ = st.set_output(s2, "aux_pooled", "")
    assert "aux_pooled" not in s3.spec.output_map


def test_backbone_change_remaps_levels_by_stride(mlp):
    s, _ = st.set_inputs(mlp, "pool", "c3, c5")
    new_levels = {"s8": FeatureInfo(40, 8), "s32": FeatureInfo(320, 32)}
    s, msg = st.set_backbone(s, "lite0", new_levels)
    assert s.backbone == "lite0" and s.spec.input_levels == new_levels
    assert s.spec.node("pool").inputs == ("s8", "s32")
    assert st.validate(s).ok
    assert "c3 -> s8 (stride 8, 128 -> 40 ch)" in msg
    back, _ = st.undo(s)
    assert back.backbone == "tiny" and back.spec.node("pool").inputs == ("c3", "c5")


def test_add_rejects_unknown_block_and_taken_name(mlp):
    same, msg = st.add_node(mlp, "mpl")
    assert same.spec is mlp.spec and "Did you mean mlp" in msg
    same, msg = st.add_node(mlp, "mlp", name="pool")
    assert same.spec is mlp.spec and "taken" in msg
    s, _ = st.add_node(mlp, "mlp")
    assert "mlp_2" in s.node_names


def test_select():
    s, _ = st.start("classification", "tiny", LEVELS, preset="mlp")
    s2, _ = st.select(s, "classifier")
    assert s2.selected == "classifier"
    same, msg = st.select(s2, "zzz")
    assert same is s2 and "no node" in msg
    assert st.select(s2, "classifier")[0] is s2  # no change: gradio sees none


def test_new_design_keeps_the_old_one_undoable(mlp):
    s, _ = st.start("classification", "other", LEVELS, preset="linear", previous=mlp)
    assert s.node_names == ["pool", "classifier"]
    u, _ = st.undo(s)
    assert u.spec == mlp.spec and u.task is Task.CLASSIFICATION
    assert u.origin_preset == "mlp" and st.reset(u)[0].spec == mlp.spec


def test_add_after_a_node_splices_into_the_chain():
    s, _ = st.start("classification", "tiny", LEVELS, preset="linear", num_classes=3)
    s, msg = st.add_node(s, "mlp", after="pool", params={"hidden_features": "32"})
    assert s.node_names == ["pool", "mlp", "classifier"]
    assert s.spec.node("mlp").inputs == ("pool",)
    assert s.spec.node("classifier").inputs == ("mlp",)
    assert st.validate(s).ok, msg


def test_trained_weights_follow_the_design():
    import dataclasses

    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(16, 32)}, num_classes=3)
    design = st.new_session("resnet18", spec)
    weights = {"classifier.fc.weight": "w", "classifier.fc.bias": "b"}
    trained, _ = st.with_trained(design, st.TrainedHead(spec, "resnet18", weights, ("a", "b", "c")))
    assert st.head_weights_for(trained) == (weights, ("a", "b", "c"))
    # Another backbone, or an edited design, falls back to no trained weights.
    other = dataclasses.replace(trained, backbone="resnet50")
    assert st.head_weights_for(other) == (None, None)
    edited, _ = st.set_params(trained, "classifier", {"num_classes": 4})
    assert st.head_weights_for(edited) == (None, None)


# ---------------------------------------------------------------------------------------------
# The session model of the app: replacing actions, backbone switches, copies
# ---------------------------------------------------------------------------------------------


def test_session_module_imports_no_gradio():
    import subprocess
    import sys

    code = "import sys, designer.session; print('gradio' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_session_survives_deep_copies():
    import copy

    import torch

    spec = heads.get_preset("linear", {"c5": FeatureInfo(16, 32)}, num_classes=2)
    s, _ = st.with_trained(
        st.new_session("tiny", spec),
        st.TrainedHead(spec, "tiny", heads.build_head(None, spec).state_dict(), ("a", "b")),
    )
    s, _ = st.set_params(s, "classifier", {"dropout": 0.3})
    c = copy.deepcopy(s)
    assert c.spec == s.spec and c.id == s.id and c.undo_steps == s.undo_steps
    w = c.trained.state_dict["classifier.fc.weight"]
    assert torch.equal(w, s.trained.state_dict["classifier.fc.weight"])
    assert st.undo(c)[0].spec == st.undo(s)[0].spec


class _Levels:
    """Backends stand-in: backbone levels by name."""

    def __init__(self, **levels):
        self._levels = levels

    def levels(self, name):
        return self._levels[name]


LITE = {"c2": FeatureInfo(24, 4), "c3": FeatureInfo(40, 8), "c4": FeatureInfo(112, 16),
        "c5": FeatureInfo(320, 32), "c5_head": FeatureInfo(1280, 32)}  # fmt: skip
RES = {"c2": FeatureInfo(256, 4), "c3": FeatureInfo(512, 8), "c4": FeatureInfo(1024, 16),
       "c5": FeatureInfo(2048, 32)}  # fmt: skip
VIT = {"tokens": FeatureInfo(768, 16, heads.Kind.TOKENS)}


def test_switching_backbone_maps_levels_by_role_and_stride():
    b = _Levels(lite=LITE, res=RES, vit=VIT)
    s, _ = st.new_design(st.new_session("lite", heads.get_preset("linear", LITE)),
                         "segmentation", "lite", "deeplabv3plus", 4, backends=b)  # fmt: skip
    assert heads.analyze(s.spec, 224).outputs["mask_logits"] == (1, 4, 224, 224)
    r, msg = st.change_backbone(s, "res", backends=b)
    # The image stays the image: the logits are still resized to the input, not left 7x7.
    assert r.spec.node("upsample").inputs == ("classifier", "image")
    assert r.spec.input_levels["image"] == FeatureInfo(3, 1)
    assert st.validate(r).ok
    assert heads.analyze(r.spec, 224).outputs["mask_logits"] == (1, 4, 224, 224)
    assert "image stays the image" in msg and "c2 (stride 4, 24 -> 256 ch)" in msg
    # A level with no counterpart: refused, the design left as it was.
    same, msg = st.change_backbone(r, "vit", backends=b)
    assert same.spec is r.spec and same.backbone == "res"
    assert "'c2' (stride 4)" in msg and "tokens (stride 16)" in msg and msg.startswith("Not")
    # A classifier's final conv goes to the other backbone's deepest map, and back.
    c, _ = st.new_design(r, "classification", "lite", "linear", 3, backends=b)
    c2, msg = st.change_backbone(c, "res", backends=b)
    assert c2.spec.node("pool").inputs == ("c5",) and "c5_head -> c5" in msg
    assert st.undo(c2)[0].spec == c.spec


def test_choosing_a_task_starts_a_design_of_that_task_undoably():
    b = _Levels(tiny=LEVELS)
    s, _ = st.start("segmentation", "tiny", LEVELS, preset="fcn", num_classes=3)
    d, msg = st.choose_task(s, "detection", backends=b)
    assert d.task is Task.DETECTION and d.spec.nodes and st.validate(d).ok
    assert msg.startswith("Replaced design 'fcn' by preset") and "undo" in msg
    assert st.undo(d)[0].spec == s.spec
    assert st.choose_task(d, "detection", backends=b)[0] is d
    # The palette follows the task; a block of another task is refused, naming the task.
    names = [b.name for b in st.blocks_for("segmentation")]
    assert "bifpn" not in names and "aspp" in names
    same, msg = st.add_node(s, "bifpn")
    assert same.spec is s.spec and "'bifpn' is a detection block" in msg


def test_the_preset_box_replaces_only_on_a_different_preset():
    b = _Levels(tiny=LEVELS)
    s, _ = st.start("classification", "tiny", LEVELS, preset="mlp", num_classes=3)
    edited, _ = st.set_params(s, "mlp", {"hidden_features": "64"})
    for choice in ("mlp", "", None):
        same, _ = st.choose_preset(edited, choice, 3, backends=b)
        assert same is edited  # looking at the list and leaving it changes nothing
    other, msg = st.choose_preset(edited, "linear", 3, backends=b)
    assert other.origin_preset == "linear" and msg.startswith("Replaced design 'mlp'")
    assert st.undo_label(other).startswith("Replaced design 'mlp' by preset 'linear'")
    assert st.undo(other)[0].spec == edited.spec


def test_classes_follow_the_design_and_set_it():
    s, _ = st.start("segmentation", "tiny", LEVELS, preset="fcn", num_classes=6)
    assert st.num_classes_of(s.spec) == 6
    s2, msg = st.set_classes(s, 9)
    assert st.num_classes_of(s2.spec) == 9 and st.undo(s2)[0].spec == s.spec
    for bad in ("x", 2.5, 0):
        same, msg = st.set_classes(s, bad)
        assert same.spec is s.spec and msg.startswith("Not changed"), bad


def test_training_result_edited_meanwhile_is_adopted_undoably(mlp):
    trained_spec = mlp.spec.with_params("classifier", num_classes=7)
    edited, _ = st.set_params(mlp, "mlp", {"dropout": 0.5})
    head = st.TrainedHead(trained_spec, "tiny", {}, tuple("abcdefg"))
    s, note = st.with_trained(edited, head)
    assert s.spec == trained_spec and st.trained_weights(s) is head
    assert "undo brings it back" in note
    assert st.undo(s)[0].spec == edited.spec


def test_the_table_and_the_diagram_write_numbers_alike(mlp):
    from designer import diagram
    from designer.fmt import human

    view = st.analysis_view(mlp, 224)
    a = heads.analyze(mlp.spec, 224)
    assert [r[3] for r in view.rows] == [human(n.params) for n in a.nodes]
    dot = diagram.to_dot(mlp.spec, image_size=224)
    assert f"{human(a.total_params)} params" in dot and human(a.total_params) in view.totals
    assert diagram.human is human  # one formatter, not two that drift


def test_an_invalid_design_shows_the_last_valid_analysis_marked_stale(mlp):
    s, _ = st.set_params(mlp, "mlp", {"norm": "group"})
    view = st.analysis_view(s)
    assert view.stale and [r[0] for r in view.rows] == mlp.node_names
    assert view.totals.startswith("**Stale:**") and not view.data["valid"]
    assert "'group' norm" not in view.totals  # the reason is shown at the field, once
    d = st.diagram_view(s)
    assert d.stale and d.png and "node 'mlp'" in d.caption


@pytest.mark.parametrize("task", [Task.CLASSIFICATION, Task.DETECTION])
def test_an_export_s_contract_says_what_the_bundled_weights_were_trained_on(task):
    from designer.contract import trained_on_text

    bundle = st.bundled_head(task)
    if bundle is None:
        pytest.skip(f"no bundled {task.value} head")
    session = st.new_session(bundle.backbone, bundle.spec)
    _, note = st._export_weights(session)
    contract = st._contract(session, note)
    assert contract.trained_on == trained_on_text(bundle) != "trained weights of the designer"
    # the same design on another backbone has fresh weights: no training to speak of
    other = st.new_session("resnet50", bundle.spec)
    assert st._export_weights(other)[1].startswith("random")
    assert st._contract(other, st._export_weights(other)[1]).trained_on != contract.trained_on
