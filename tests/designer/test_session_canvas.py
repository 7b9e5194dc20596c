"""Canvas edits through the session model: one history step each, refusals, layout, files."""

from __future__ import annotations

import json

import pytest

import heads
from designer import session as st
from designer.canvas import read_design
from heads import FeatureInfo

LEVELS = {"c3": FeatureInfo(128, 8), "c4": FeatureInfo(256, 16), "c5": FeatureInfo(512, 32)}
OTHER = {"c4": FeatureInfo(96, 16), "c5": FeatureInfo(320, 32), "c6": FeatureInfo(640, 64)}


@pytest.fixture
def linear():
    s, _ = st.start("classification", "tiny", LEVELS, preset="linear", num_classes=4)
    return s


def _edit(s: st.Session, **edit) -> tuple[st.Session, str]:
    return st.canvas_edit(s, edit)


def test_each_edit_kind_is_one_step_with_a_label_saying_what_it_did(linear):
    s = linear
    s, msg = _edit(s, op="add", block="mlp", position={"x": 300, "y": 40})
    assert msg == "Added mlp 'mlp'." and st.undo_label(s) == "Added mlp 'mlp'"
    assert s.selected == "mlp" and st.layout_of(s)["mlp"] == {"x": 300.0, "y": 40.0}
    s, msg = _edit(s, op="add", block="mlp")
    assert s.node_names[-1] == "mlp_2"  # named like the form names a second one
    s, msg = _edit(s, op="delete", nodes=["mlp_2"])
    assert msg == "Deleted 'mlp_2'."
    s, msg = _edit(s, op="connect", source="pool", target="mlp")
    assert msg == "Wired pool -> mlp."
    s, msg = _edit(s, op="connect", source="mlp", target="classifier", slot=0)
    assert msg == "Wired mlp -> classifier." and s.spec.node("classifier").inputs == ("mlp",)
    assert st.validate(s).ok
    s, msg = _edit(s, op="rename", node="mlp", name="hidden")
    assert msg == "Renamed 'mlp' to 'hidden'." and s.selected == "hidden"
    assert "hidden" in st.layout_of(s) and "mlp" not in st.layout_of(s)
    s, msg = _edit(s, op="disconnect", edge="classifier/0")
    assert msg == "Removed the wire hidden -> classifier."
    s, msg = _edit(s, op="add_output", key="aux_hidden")
    assert msg == "Added output 'aux_hidden'."
    s, msg = _edit(s, op="delete", nodes=["hidden", "out:aux_hidden"], edges=[])
    assert msg == "Deleted 2 nodes." and s.node_names == ["pool", "classifier"]
    labels = [step.label for step in s.undo_steps[len(linear.undo_steps) :]]
    assert len(labels) == 9  # one step per edit
    # Undo walks back edit by edit, to the preset.
    back = s
    for label in reversed(labels):
        back, msg = st.undo(back)
        assert msg == f"Undid: {label}."
    assert back.spec == linear.spec
    again = back
    for _ in labels:
        again, _ = st.redo(again)
    assert again.spec == s.spec


def test_a_refused_edit_leaves_the_design_and_says_why(linear):
    cases = [
        ({"op": "connect", "source": "in:c5", "target": "classifier"},
         "classifier takes vector inputs, got map"),
        ({"op": "connect", "source": "classifier", "target": "pool"}, "cycle"),
        ({"op": "add", "block": "fcos_head"}, "detection block and this is a classification"),
        ({"op": "add", "block": "no_such_block"}, "no_such_block"),
        ({"op": "rename", "node": "pool", "name": "classifier"}, "taken"),
        ({"op": "delete", "nodes": ["in:c5"]}, "comes from the backbone"),
        ({"op": "explode"}, "unknown edit op 'explode'; valid: add"),
        ("not an edit", "an edit is an object"),
    ]  # fmt: skip
    for edit, reason in cases:
        s, msg = st.canvas_edit(linear, edit)
        assert s.spec is linear.spec and s.undo_steps == linear.undo_steps, edit
        assert msg.startswith("Not applied") and reason in msg, (edit, msg)
        assert s.refused is not None and s.refused.message == msg
        # The canvas gets the reason as its notice (the page's later drawings leave it out).
        value = st.canvas_value(s, notice=msg, answered=7)
        assert value.to_payload()["notice"] == msg and value.answered == 7
        assert st.canvas_value(s).notice is None


def test_moves_are_layout_only_and_kept_through_undo_and_redo(linear):
    s, _ = _edit(linear, op="move", positions={"pool": {"x": 10, "y": 20}})
    assert s.undo_steps == linear.undo_steps and s.spec is linear.spec
    assert st.layout_of(s) == {"pool": {"x": 10.0, "y": 20.0}}
    same, msg = _edit(s, op="move", positions={"pool": {"x": 10, "y": 20}})
    assert same is s and msg == ""
    s, _ = _edit(s, op="add", block="mlp", position={"x": 400, "y": 0})
    s, _ = _edit(s, op="move", positions={"pool": {"x": -50, "y": 5}})
    # Undo of the add keeps where pool was moved since; redo brings mlp back to its place.
    undone, _ = st.undo(s)
    assert st.layout_of(undone) == {"pool": {"x": -50.0, "y": 5.0}}
    redone, _ = st.redo(undone)
    assert st.layout_of(redone)["mlp"] == {"x": 400.0, "y": 0.0}
    # A deleted node comes back where it was.
    gone, _ = _edit(redone, op="delete", nodes=["mlp"])
    assert "mlp" not in st.layout_of(gone)
    back, _ = st.undo(gone)
    assert st.layout_of(back)["mlp"] == {"x": 400.0, "y": 0.0}
    # A bad position is refused like any edit.
    bad, msg = _edit(back, op="move", positions={"pool": {"x": "left", "y": 0}})
    assert bad.layout == back.layout and "numbers" in msg


def test_a_replaced_design_starts_a_fresh_layout_and_undo_brings_the_old_one(linear):
    s, _ = _edit(linear, op="move", positions={"pool": {"x": 10, "y": 20}})
    other, _ = st.start("classification", "tiny", LEVELS, preset="mlp", previous=s)
    assert other.layout == ()  # the new design's 'pool' is laid out afresh
    back, _ = st.undo(other)
    assert st.layout_of(back) == {"pool": {"x": 10.0, "y": 20.0}}
    reset, _ = st.reset(_edit(back, op="delete", nodes=["classifier"])[0])
    assert reset.layout == () and st.undo(reset)[0].layout == back.layout


def test_backbone_levels_keep_their_places_and_new_ones_go_below(linear):
    s, _ = _edit(linear, op="move", positions={
        "in:c3": {"x": 0, "y": 0}, "in:c5": {"x": 0, "y": 200}, "pool": {"x": 300, "y": 200}})  # fmt: skip
    switched, msg = st.set_backbone(s, "other", OTHER)
    assert "Switched backbone" in msg
    layout = st.layout_of(switched)
    assert layout["in:c5"] == {"x": 0.0, "y": 200.0} and layout["pool"]["x"] == 300.0
    assert "in:c3" not in layout  # the level went with the old backbone
    assert layout["in:c4"]["y"] > 200 and layout["in:c6"]["y"] > layout["in:c4"]["y"]
    value = st.canvas_value(switched).graph()
    levels = [n["id"] for n in value["nodes"] if n["type"] == "level"]
    assert levels == ["in:c4", "in:c5", "in:c6"]


def test_select_and_expand_are_not_steps(linear):
    s, msg = st.canvas_select(linear, "classifier")
    assert s.selected == "classifier" and msg == "Selected 'classifier'."
    assert st.canvas_value(s).to_payload()["selected"] == "classifier"  # shown on the canvas
    same, msg = st.canvas_select(s, "in:c5")  # a level has no form
    assert same is s and msg == ""
    s, _ = st.canvas_expand(s, "pool", True)
    assert st.canvas_value(s).expanded == ("pool",) and s.undo_steps == linear.undo_steps
    gone, _ = _edit(s, op="delete", nodes=["pool"])
    assert st.canvas_value(gone).expanded == ()
    assert st.canvas_value(st.undo(gone)[0]).expanded == ("pool",)


def test_the_canvas_is_drawn_at_the_view_size(linear):
    s, _ = st.set_view_size(linear, 320)
    graph = st.canvas_value(s).graph()
    assert graph["image_size"] == [320, 320]
    pool = next(e for e in graph["edges"] if e["id"] == "pool/0")
    assert pool["label"] == "(N, 512, 10, 10)"


def test_save_and_load_keep_the_layout_beside_the_spec(linear):
    assert json.loads(st.save_json(linear)) == linear.spec.to_dict()  # no layout: a plain spec
    s, _ = _edit(linear, op="move", positions={"pool": {"x": 10, "y": 20}, "out:logits": {"x": 5, "y": 6}})  # fmt: skip
    text = st.save_json(s)
    data = json.loads(text)
    assert set(data) == {"format", "spec", "layout"} and data["spec"] == linear.spec.to_dict()
    assert read_design(text) == (linear.spec, st.layout_of(s))
    other, _ = st.start("classification", "tiny", LEVELS, preset="mlp")
    loaded, msg = st.load_json(other, text)
    assert loaded.spec == linear.spec and loaded.layout == s.layout, msg
    assert st.undo(loaded)[0].spec == other.spec
    plain, _ = st.load_json(other, linear.spec.to_json())  # a plain spec still loads
    assert plain.spec == linear.spec and plain.layout == ()
    # Bad design files: the design is kept and the message names what is wrong.
    bad = [
        (dict(data, extra=1), "unknown key(s) 'extra'"),
        (dict(data, format="other"), "format 'other'"),
        (dict(data, layout={"pool": {"x": "a", "y": 0}}), "layout['pool']"),
        (dict(data, layout={"pool": {"x": float("inf"), "y": 0}}), "finite"),
        (dict(data, layout=[1, 2]), "layout is an object"),
        (dict(data, spec=dict(data["spec"], task="counting")), "counting"),
    ]
    for payload, reason in bad:
        same, msg = st.load_json(other, json.dumps(payload))
        assert same is other and msg.startswith("Not loaded") and reason in msg, (reason, msg)
    # Positions of ids the spec does not draw are dropped.
    data["layout"]["ghost"] = {"x": 1, "y": 1}
    assert "ghost" not in st.layout_of(st.load_json(other, json.dumps(data))[0])


def test_a_canvas_add_beyond_the_node_limit_is_refused(linear, monkeypatch):
    from designer import limits

    monkeypatch.setattr(limits, "MAX_NODES", 2)
    s, msg = _edit(linear, op="add", block="mlp")
    assert s.spec is linear.spec and "the most it can have" in msg


def test_every_preset_draws_on_the_canvas_and_reads_back_identical():
    from designer.canvas import canvas_to_spec

    for p in heads.list_presets():
        spec = heads.get_preset(p.name)
        s = st.new_session("tiny", spec)
        assert canvas_to_spec(st.canvas_value(s).graph()) == spec, p.name


def test_a_measured_design_shows_its_time_on_the_nodes(linear):
    from designer import measuring

    def stats(s: st.Session) -> dict[str, dict]:
        graph = st.canvas_value(s).graph()
        return {n["name"]: n["stats"] for n in graph["nodes"] if n.get("stats")}

    before = stats(linear)
    assert before and not any("measured" in v["text"] or "ms" in v for v in before.values())
    m = measuring.measure_spec(linear.spec, linear.view_size, 1, runs=3)
    cost = measuring.overlay(m.profile)
    after = stats(linear)
    assert set(after) == set(before)
    for name, v in after.items():
        assert v["ms"] == pytest.approx(cost[name]["ms"])
        assert v["text"].startswith(before[name]["text"] + " \u00b7 ")
        assert v["text"].endswith(" ms measured")
    # An edit makes it another design: the overlay waits for its own measurement.
    edited, _ = st.set_params(linear, linear.spec.nodes[-1].name, {"num_classes": 7})
    assert not any("ms" in v for v in stats(edited).values())
