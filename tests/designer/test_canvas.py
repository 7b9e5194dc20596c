"""The canvas interpreter without a browser: spec -> annotated graph -> spec, and canvas edits."""

from __future__ import annotations

import dataclasses
import json

import pytest

import heads
from designer.canvas import (
    CanvasValue,
    EditError,
    Status,
    apply_edit,
    canvas_to_spec,
    palette,
    plan_design,
    spec_to_canvas,
    update_layout,
)
from heads.spec import FeatureInfo, HeadSpec, Node

PRESETS = [p.name for p in heads.list_presets()]


def _node(canvas: dict, cid: str) -> dict:
    return next(n for n in canvas["nodes"] if n["id"] == cid)


def _edge(canvas: dict, eid: str) -> dict:
    return next(e for e in canvas["edges"] if e["id"] == eid)


def linear() -> HeadSpec:
    return heads.get_preset("linear", 2048, num_classes=10)


# -- spec -> canvas -------------------------------------------------------------------------


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_draws_with_the_librarys_analysis_and_reads_back(name):
    spec = heads.get_preset(name)
    canvas = spec_to_canvas(spec, image_size=224)
    assert canvas["valid"] and canvas["message"] == "" and canvas["errors"] == []
    analysis = heads.analyze(spec, 224)
    for stats in analysis.nodes:
        node = _node(canvas, stats.name)
        assert node["status"] == "ok"
        assert [o["shape"] for o in node["outputs"]] == [list(s) for s in stats.output_shapes]
        assert node["stats"]["params"] == stats.params
        assert node["stats"]["flops"] == stats.flops
    assert canvas["totals"]["params"] == analysis.total_params
    assert canvas["totals"]["flops"] == analysis.total_flops
    # One edge per input reference and per output; every edge ends on a drawn handle.
    refs = sum(len(n.inputs) for n in spec.nodes) + len(spec.outputs)
    assert len(canvas["edges"]) == refs
    handles = {
        (n["id"], h["handle"])
        for n in canvas["nodes"]
        for h in n["inputs"] + n["outputs"] + ([n["bundle"]] if n["bundle"] else [])
    }
    for e in canvas["edges"]:
        assert (e["source"], e["source_handle"]) in handles, e
        assert (e["target"], e["target_handle"]) in handles, e
        assert e["label"].startswith("(N, ") or " maps, " in e["label"], e
    # The graph is plain, deterministic JSON, and it is the whole spec.
    assert json.dumps(canvas) == json.dumps(spec_to_canvas(spec, image_size=224))
    assert canvas_to_spec(json.loads(json.dumps(canvas))) == spec


def test_ports_are_typed_and_multi_output_nodes_have_a_bundle_port():
    spec = heads.get_preset("retinanet")
    canvas = spec_to_canvas(spec, image_size=256)
    neck = _node(canvas, "neck")
    assert [o["port"] for o in neck["outputs"]] == ["p3", "p4", "p5", "p6", "p7"]
    assert [(o["kind"], o["channels"], o["stride"]) for o in neck["outputs"]][0] == ("map", 256, 8)
    assert neck["outputs"][-1]["shape"] == [1, 256, 2, 2]
    assert neck["bundle"]["handle"] == "o:*"
    # the block's own input port names its slots; one more level can go in
    assert [(i["handle"], i["port"], i["ref"]) for i in neck["inputs"]] == [
        ("i:0", "levels", "c3"),
        ("i:1", "levels", "c4"),
        ("i:2", "levels", "c5"),
        ("i:3", "levels", None),
    ]
    # The head reads the whole pyramid: one wire from the bundle port.
    wire = _edge(canvas, "head/0")
    assert (wire["source"], wire["source_handle"], wire["ref"]) == ("neck", "o:*", "neck")
    assert wire["label"] == "5 maps, 256 ch, s8\u2013s128"
    out = _edge(canvas, "out:bbox_regression/0")
    assert out["source_handle"] == "o:1" and out["kind"] == "dense"
    levels = [n for n in canvas["nodes"] if n["type"] == "level"]
    assert [(n["name"], n["level"]["stride"]) for n in levels] == [
        ("c3", 8),
        ("c4", 16),
        ("c5", 32),
    ]
    assert levels[0]["outputs"][0]["shape"] == [1, 512, 32, 32]


def test_layout_is_beside_the_spec_and_only_for_ids_on_the_canvas():
    spec = linear()
    canvas = spec_to_canvas(spec, {"pool": {"x": 10, "y": 20}, "gone": {"x": 0, "y": 0}})
    assert _node(canvas, "pool")["position"] == {"x": 10.0, "y": 20.0}
    assert _node(canvas, "classifier")["position"] is None
    assert "gone" not in {n["id"] for n in canvas["nodes"]}
    assert "layout" not in spec.to_dict() and "position" not in json.dumps(spec.to_dict())


def test_a_bad_wire_marks_its_node_and_wire_and_blocks_what_follows_only():
    # A conv fed the pooled vector: the conv is red with the library's reason, its wire too,
    # the classifier after it waits, and the pool before it keeps its annotations.
    spec = heads.get_preset("conv_pool", 512, num_classes=3)
    nodes = {n.name: n for n in spec.nodes}
    pool = dataclasses.replace(nodes["pool"], inputs=("c5",))
    conv = dataclasses.replace(nodes["conv"], inputs=("pool",))
    classifier = dataclasses.replace(nodes["classifier"], inputs=("conv",))
    bad = dataclasses.replace(spec, nodes=(pool, conv, classifier))
    canvas = spec_to_canvas(bad)
    assert not canvas["valid"]
    conv_node = _node(canvas, "conv")
    assert conv_node["status"] == "error"
    assert "takes map inputs, got vector" in conv_node["message"]
    assert _edge(canvas, "conv/0")["error"] == conv_node["message"]
    assert _node(canvas, "classifier")["status"] == "blocked"
    assert "waits for 'conv'" in _node(canvas, "classifier")["message"]
    pool_node = _node(canvas, "pool")
    assert pool_node["status"] == "ok" and pool_node["stats"]["params"] == 0
    assert pool_node["outputs"][0]["shape"] == [1, 512]
    assert canvas["totals"]["partial"]
    assert {"id": "conv", "message": conv_node["message"]} in canvas["errors"]


def test_unknown_references_cycles_duplicates_and_bad_params_draw_marked():
    spec = linear()
    pool, classifier = spec.nodes
    # an unknown reference
    canvas = spec_to_canvas(spec.replace_node("classifier", inputs=("pooll",)))
    node = _node(canvas, "classifier")
    assert node["status"] == "error" and "unknown reference 'pooll'" in node["message"]
    assert node["inputs"][0]["error"].startswith("unknown reference 'pooll'; valid: c5, pool")
    assert _node(canvas, "pool")["status"] == "ok"
    # a cycle
    cyc = dataclasses.replace(
        spec,
        nodes=(
            dataclasses.replace(pool, inputs=("classifier",)),
            dataclasses.replace(classifier, inputs=("pool",)),
        ),
    )
    canvas = spec_to_canvas(cyc)
    for name in ("pool", "classifier"):
        assert "cycle through nodes: classifier, pool" in _node(canvas, name)["message"]
    # a parameter out of range, set past the dataclass (as a hand-edited JSON cannot be)
    big = dataclasses.replace(classifier.params, num_classes=0)
    canvas = spec_to_canvas(spec.replace_node("classifier", params=big))
    node = _node(canvas, "classifier")
    assert node["status"] == "error" and node["field"] == "num_classes"
    assert "below the minimum 1" in node["message"]
    # a name used twice
    dup = dataclasses.replace(spec, nodes=(pool, classifier, dataclasses.replace(classifier)))
    canvas = spec_to_canvas(dup)
    assert "used twice" in _node(canvas, "classifier")["message"]
    # a node that reaches no output is valid but flagged, and the spec's verdict says why
    extra = Node("extra", "conv", ("c5",), heads.get_block("conv").params())
    canvas = spec_to_canvas(dataclasses.replace(spec, nodes=(*spec.nodes, extra)))
    node = _node(canvas, "extra")
    assert node["status"] == "ok" and node["stats"]["params"] > 0
    assert any("reaches no output" in w for w in node["warnings"])
    assert "reaches no output" in canvas["message"] and not canvas["valid"]


def test_an_unconnected_output_and_a_node_without_inputs():
    spec = apply_edit(linear(), {"op": "add_output", "key": "aux_extra"})
    spec = apply_edit(spec, {"op": "add", "block": "mlp"})
    canvas = spec_to_canvas(spec)
    sink = _node(canvas, "out:aux_extra")
    assert sink["status"] == "error" and sink["message"] == "connect a node to this output"
    mlp = _node(canvas, "mlp")
    assert mlp["status"] == "error" and mlp["field"] == "inputs"
    assert [(i["handle"], i["port"], i["ref"], i["accepts"]) for i in mlp["inputs"]] == [
        ("i:0", "x", None, ["vector"])
    ]
    # not planned yet, it still shows its fixed output port (and wires from it)
    assert [(o["handle"], o["port"], o["kind"]) for o in mlp["outputs"]] == [
        ("o:0", "features", None)
    ]
    assert mlp["bundle"] is None
    assert _node(canvas, "classifier")["status"] == "ok"


def test_expanded_blocks_list_their_layers_with_shapes_and_fold_repeats():
    spec = heads.get_preset("fcos_lite")
    canvas = spec_to_canvas(spec, image_size=256, expanded=["head"])
    head = _node(canvas, "head")
    assert head["expanded"] and _node(canvas, "neck")["layers"] is None
    rows = {r["name"]: r for r in head["layers"]}
    tower = rows["cls_tower"]
    # the class and box towers are identical: one row x 2, its two convs one row x 2
    assert tower["repeat"] == 2 and tower["names"] == ["cls_tower", "box_tower"]
    assert tower["children"][0]["repeat"] == 2
    conv = tower["children"][0]["children"][0]
    assert (conv["type"], conv["detail"]) == ("Conv2d", "3\u00d73 64\u219264")
    # a tower shared by the three levels runs three times, at each level's size
    assert tower["calls"] == 3
    assert tower["shapes"] == [[1, 64, 32, 32], [1, 64, 16, 16], [1, 64, 8, 8]]
    assert rows["cls_logits"]["shape"] == [1, 91, 32, 32]
    # parameters of the folded rows add up to the node's
    total = sum(r["params"] * r["repeat"] for r in head["layers"])
    assert total == head["stats"]["params"]


def test_inner_layer_shapes_match_a_real_forward_pass():
    import torch

    from designer.canvas.layers import inner_layers

    spec = heads.get_preset("unet")
    p = heads.plan(spec)
    step = next(s for s in p.steps if s.node.block == "unet_decoder")
    design = plan_design(spec, 64)
    sources = design.nodes[step.node.name].sources
    rows = inner_layers(heads.get_block("unet_decoder"), step.block_plan.kwargs, sources, (64, 64))
    module = heads.get_block("unet_decoder").module(**step.block_plan.kwargs).eval()
    seen: dict[str, tuple] = {}

    def record(name):
        def hook(mod, args, out):  # a forward hook that returns nothing keeps the output
            if isinstance(out, torch.Tensor):
                seen.setdefault(name, tuple(out.shape))

        return hook

    for name, m in module.named_modules():
        if name:
            m.register_forward_hook(record(name))
    xs = [torch.randn(s) for src in sources for s in src.shapes]
    with torch.no_grad():
        module(xs)

    compared = []

    def walk(rs):
        for r in rs:
            if r["shape"] is not None and seen.get(r["path"]) is not None:
                assert tuple(r["shape"]) == seen[r["path"]], r["path"]
                compared.append(r["path"])
            walk(r["children"])

    walk(rows)
    assert len(compared) >= 6, compared


def test_palette_lists_every_block_with_what_its_inputs_accept():
    entries = {e["name"]: e for e in palette()}
    assert set(entries) == {b.name for b in heads.list_blocks()}
    assert entries["classifier"]["accepts"] == ["vector"]
    assert entries["conv"]["accepts"] == ["map"]
    assert entries["pool"]["accepts"] == ["map", "tokens"]
    assert entries["fpn"]["multi_input"] and not entries["conv"]["multi_input"]
    assert entries["conv"]["params"] == heads.spec.params_to_dict(heads.get_block("conv").params())
    roles = [e["role"] for e in palette()]
    assert roles.index("neck") < roles.index("head")  # the diagram's order of roles


# -- edits ------------------------------------------------------------------------------------


def test_add_names_a_node_with_defaults_and_the_designs_class_count():
    spec = heads.get_preset("linear", 2048, num_classes=7)
    spec = apply_edit(spec, {"op": "add", "block": "classifier"})
    spec = apply_edit(spec, {"op": "add", "block": "classifier"})
    names = [n.name for n in spec.nodes]
    assert names == ["pool", "classifier", "classifier2", "classifier3"]
    assert spec.node("classifier2").params.num_classes == 7
    assert spec.node("classifier2").inputs == ()
    with pytest.raises(EditError, match="unknown block 'clasifier'. Did you mean classifier"):
        apply_edit(spec, {"op": "add", "block": "clasifier"})
    with pytest.raises(EditError, match="'pool' is taken"):
        apply_edit(spec, {"op": "add", "block": "pool", "name": "pool"})
    with pytest.raises(EditError, match="not a valid name"):
        apply_edit(spec, {"op": "add", "block": "pool", "name": "Pool 2"})
    with pytest.raises(EditError, match="not a valid name"):
        apply_edit(spec, {"op": "add", "block": "pool", "name": "pool2\n"})


def test_connect_appends_replaces_and_feeds_outputs():
    spec = heads.get_preset("fcos_lite")
    # append a fourth level to the neck, then replace it
    spec = apply_edit(spec, {"op": "add", "block": "conv"})
    spec = apply_edit(spec, {"op": "connect", "source": "in:c5", "target": "conv"})
    assert spec.node("conv").inputs == ("c5",)
    spec = apply_edit(spec, {"op": "connect", "source": "neck", "port": "p4", "target": "conv"})
    assert spec.node("conv").inputs == ("neck.p4",)
    spec = apply_edit(
        spec, {"op": "connect", "source": "neck", "port": 2, "target": "conv", "slot": 0}
    )
    assert spec.node("conv").inputs == ("neck.p5",)
    spec = apply_edit(spec, {"op": "connect", "source": "in:c5", "target": "neck", "slot": 2})
    assert spec.node("neck").inputs == ("c3", "c4", "c5")
    with pytest.raises(EditError, match="it would make a cycle neck -> conv -> neck"):
        apply_edit(spec, {"op": "connect", "source": "conv", "target": "neck"})
    # A wire the block cannot use is accepted (the design is being built) and drawn red.
    spec = apply_edit(spec, {"op": "add", "block": "conv"})
    spec = apply_edit(spec, {"op": "connect", "source": "in:c5", "target": "conv2"})
    spec = apply_edit(spec, {"op": "connect", "source": "conv2", "target": "neck"})
    assert spec.node("neck").inputs == ("c3", "c4", "c5", "conv2")
    neck = _node(spec_to_canvas(spec), "neck")
    assert neck["status"] == "error" and "increasing strides" in neck["message"]
    spec = apply_edit(spec, {"op": "add_output", "key": "aux_p5"})
    spec = apply_edit(spec, {"op": "connect", "source": "conv", "target": "out:aux_p5"})
    assert spec.output_map["aux_p5"] == "conv"
    # The head waits for the broken neck; its fixed output ports still wire.
    spec = apply_edit(spec, {"op": "connect", "source": "head", "port": 1, "target": "out:aux_p5"})
    assert spec.output_map["aux_p5"] == "head.bbox_regression"
    canvas = spec_to_canvas(spec)
    assert _node(canvas, "head")["status"] == "blocked"
    assert _edge(canvas, "out:aux_p5/0")["source_handle"] == "o:1"
    # ... but not a neck's, whose outputs are named by its plan
    with pytest.raises(EditError, match="'neck' names its outputs once its inputs are valid"):
        apply_edit(spec, {"op": "connect", "source": "neck", "port": "p3", "target": "out:aux_p5"})


def test_connect_refuses_with_the_reason():
    spec = linear()
    with pytest.raises(EditError) as e:
        apply_edit(spec, {"op": "connect", "source": "in:c5", "target": "classifier", "slot": 0})
    assert str(e.value) == (
        "cannot connect c5 (2048@s32) to classifier: classifier takes vector inputs, "
        "got map (2048@s32 from c5)"
    )
    with pytest.raises(EditError, match="it would make a cycle pool -> classifier -> pool"):
        apply_edit(spec, {"op": "connect", "source": "classifier", "target": "pool"})
    with pytest.raises(EditError, match="to itself"):
        apply_edit(spec, {"op": "connect", "source": "pool", "target": "pool"})
    with pytest.raises(EditError, match="comes from the backbone and takes no inputs"):
        apply_edit(spec, {"op": "connect", "source": "pool", "target": "in:c5"})
    with pytest.raises(EditError, match="is a sink"):
        apply_edit(spec, {"op": "connect", "source": "out:logits", "target": "classifier"})
    with pytest.raises(EditError, match=r"no node 'nope' on the canvas; valid: in:c5, pool, "):
        apply_edit(spec, {"op": "connect", "source": "nope", "target": "classifier"})
    with pytest.raises(
        EditError, match=r"has 1 input\(s\) \(x\) and takes no more; connect to slot 0..0"
    ):
        apply_edit(spec, {"op": "connect", "source": "pool", "target": "classifier", "slot": 1})
    s = apply_edit(spec, {"op": "add", "block": "fpn"})
    with pytest.raises(
        EditError, match=r"has 0 input\(s\) \(none\) and takes one more; connect to slot 0..0"
    ):
        apply_edit(s, {"op": "connect", "source": "in:c5", "target": "fpn", "slot": 3})
    with pytest.raises(EditError, match="'pool' has no output 'p9'; valid: pooled"):
        apply_edit(spec, {"op": "connect", "source": "pool", "port": "p9", "target": "out:logits"})
    with pytest.raises(EditError, match="unknown edit op 'conect'; valid: add, add_output"):
        apply_edit(spec, {"op": "conect"})
    assert spec == linear()  # refusals changed nothing


def test_slots_are_the_blocks_input_ports_and_wires_are_checked_per_port():
    spec = heads.get_preset("deeplabv3")  # ... -> classifier -> upsample (resize) -> mask_logits
    canvas = spec_to_canvas(spec)
    up = _node(canvas, "upsample")
    assert [(i["port"], i["ref"]) for i in up["inputs"]] == [
        ("x", "classifier"),
        ("reference", "image"),
    ]
    assert "its size is the output's" in up["inputs"][1]["doc"]
    # A resize being wired shows the port its next wire goes to.
    spec = apply_edit(spec, {"op": "add", "block": "resize"})
    assert [i["port"] for i in _node(spec_to_canvas(spec), "resize")["inputs"]] == ["x"]
    spec = apply_edit(spec, {"op": "connect", "source": "classifier", "target": "resize"})
    slots = _node(spec_to_canvas(spec), "resize")["inputs"]
    assert [(i["handle"], i["port"], i["ref"]) for i in slots] == [
        ("i:0", "x", "classifier"),
        ("i:1", "reference", None),
    ]
    with pytest.raises(EditError, match="resize .* takes no more"):
        s = apply_edit(spec, {"op": "connect", "source": "in:image", "target": "resize"})
        apply_edit(s, {"op": "connect", "source": "in:image", "target": "resize", "slot": 2})
    spec = apply_edit(spec, {"op": "add_output", "key": "aux_x"})
    spec = apply_edit(spec, {"op": "connect", "source": "resize", "target": "out:aux_x"})
    assert spec.output_map["aux_x"] == "resize"


def test_disconnect_delete_and_rename():
    spec = heads.get_preset("fcos_lite")
    spec = apply_edit(spec, {"op": "disconnect", "edge": "neck/1"})
    assert spec.node("neck").inputs == ("c3", "c5")
    spec = apply_edit(spec, {"op": "disconnect", "target": "out:bbox_ctrness", "slot": 0})
    assert spec.output_map["bbox_ctrness"] == ""
    with pytest.raises(EditError, match="no wire into slot 5"):
        apply_edit(spec, {"op": "disconnect", "edge": "neck/5"})
    renamed = apply_edit(spec, {"op": "rename", "node": "neck", "name": "pyramid"})
    assert renamed.node("head").inputs == ("pyramid",)
    assert [n.name for n in renamed.nodes] == ["pyramid", "head"]
    renamed = apply_edit(renamed, {"op": "rename", "node": "out:bbox_ctrness", "name": "aux_c"})
    assert list(renamed.output_map) == ["cls_logits", "bbox_regression", "aux_c"]
    with pytest.raises(EditError, match="the name 'head' is taken"):
        apply_edit(spec, {"op": "rename", "node": "neck", "name": "head"})
    with pytest.raises(EditError, match="'forward' is reserved"):
        apply_edit(spec, {"op": "rename", "node": "neck", "name": "forward"})
    with pytest.raises(EditError, match="is not valid; use one of"):
        apply_edit(spec, {"op": "add_output", "key": "aux_x\n"})  # names are matched whole
    with pytest.raises(EditError, match="output key 'boxes' is not valid"):
        apply_edit(spec, {"op": "rename", "node": "out:cls_logits", "name": "boxes"})
    with pytest.raises(EditError, match="named by the backbone"):
        apply_edit(spec, {"op": "rename", "node": "in:c3", "name": "c3b"})
    # deleting a node drops the wires from it; outputs it fed are left unconnected
    deleted = apply_edit(spec, {"op": "delete", "nodes": ["neck"]})
    assert [n.name for n in deleted.nodes] == ["head"] and deleted.node("head").inputs == ()
    deleted = apply_edit(spec, {"op": "delete", "nodes": ["head", "out:bbox_ctrness"]})
    assert deleted.outputs == (("cls_logits", ""), ("bbox_regression", ""))
    deleted = apply_edit(spec, {"op": "delete", "edges": ["neck/0", "head/0"]})
    assert deleted.node("neck").inputs == ("c5",) and deleted.node("head").inputs == ()
    with pytest.raises(EditError, match="comes from the backbone; change the backbone"):
        apply_edit(spec, {"op": "delete", "nodes": ["in:c3"]})


def test_layout_follows_the_edits():
    spec = linear()
    layout = {"pool": {"x": 0.0, "y": 0.0}, "classifier": {"x": 300.0, "y": 0.0}}
    edit = {"op": "add", "block": "mlp", "position": {"x": 150, "y": 80}}
    after = apply_edit(spec, edit)
    layout = update_layout(layout, edit, spec, after)
    assert layout["mlp"] == {"x": 150.0, "y": 80.0}
    edit = {"op": "rename", "node": "mlp", "name": "prelogits"}
    spec, after = after, apply_edit(after, edit)
    layout = update_layout(layout, edit, spec, after)
    assert "mlp" not in layout and layout["prelogits"] == {"x": 150.0, "y": 80.0}
    edit = {"op": "move", "positions": {"pool": {"x": -40, "y": 12.5}}}
    assert apply_edit(after, edit) == after
    layout = update_layout(layout, edit, after, after)
    assert layout["pool"] == {"x": -40.0, "y": 12.5}
    edit = {"op": "delete", "nodes": ["prelogits"]}
    spec, after = after, apply_edit(after, edit)
    layout = update_layout(layout, edit, spec, after)
    assert set(layout) == {"pool", "classifier"}
    with pytest.raises(EditError, match="a position is an object"):
        apply_edit(after, {"op": "move", "positions": {"pool": [1, 2]}})
    with pytest.raises(EditError, match="no node 'ghost'"):
        apply_edit(after, {"op": "move", "positions": {"ghost": {"x": 0, "y": 0}}})


def test_the_browser_scenario_as_pure_edits():
    """What tests/e2e/test_canvas.py does with the mouse gives this spec (same edits)."""
    value = CanvasValue(linear())
    for edit in (
        {"op": "add", "block": "mlp", "position": {"x": 0, "y": 0}},
        {"op": "connect", "source": "pool", "port": 0, "target": "mlp", "slot": 0},
        {"op": "connect", "source": "mlp", "port": 0, "target": "classifier", "slot": 0},
        {"op": "add", "block": "conv", "position": {"x": 0, "y": 200}},
        {"op": "delete", "nodes": ["conv"], "edges": []},
    ):
        value = value.edited(edit)
    expected = linear().to_dict()
    expected["nodes"][1]["inputs"] = ["mlp"]
    expected["nodes"].append(
        {
            "name": "mlp",
            "block": "mlp",
            "inputs": ["pool"],
            "params": heads.spec.params_to_dict(heads.get_block("mlp").params()),
        }
    )
    assert value.spec.to_dict() == expected
    assert heads.plan(value.spec)  # and it is a valid head


# -- the value ------------------------------------------------------------------------------


def test_canvas_value_payload_round_trip_and_notices():
    value = CanvasValue(linear(), {"pool": {"x": 1, "y": 2}}, image_size=(160, 192))
    payload = json.loads(json.dumps(value.to_payload()))
    graph = json.loads(payload["canvas"])
    assert graph == value.graph()
    assert graph["image_size"] == [160, 192]
    assert _node(graph, "in:c5")["outputs"][0]["shape"] == [1, 2048, 5, 6]
    assert CanvasValue.from_payload(payload) == value
    refused = value.refused(EditError("no"), {"seq": 7})
    assert refused.notice == "no" and refused.answered == 7 and refused.spec == value.spec
    edited = refused.edited({"op": "add", "block": "mlp", "seq": 8})
    assert edited.notice is None and edited.answered == 8
    shown = edited.with_expanded("classifier", True)
    assert shown.expanded == ("classifier",)
    assert _node(shown.graph(), "classifier")["layers"][0]["type"] == "Dropout"
    assert shown.edited({"op": "delete", "nodes": ["classifier"]}).expanded == ()
    with pytest.raises(heads.SpecError, match="layout is an object"):
        CanvasValue.from_payload({**payload, "layout": {"pool": 3}})


def test_a_spec_with_a_vector_level_and_a_token_level_plans():
    spec = HeadSpec(
        "classification",
        {"cls": FeatureInfo(384, 16, "vector"), "tokens": FeatureInfo(384, 16, "tokens")},
        (
            Node("pool", "pool", ("tokens",), heads.get_block("pool").params()),
            Node("classifier", "classifier", ("cls",), heads.get_block("classifier").params()),
        ),
        {"logits": "classifier", "aux_pool": "pool"},
    )
    design = plan_design(spec, 224)
    assert all(r.status is Status.OK for r in design.nodes.values()), design.nodes
    analysis = heads.analyze(spec, 224)
    for stats in analysis.nodes:
        assert design.nodes[stats.name].output_shapes == stats.output_shapes
    assert design.nodes["pool"].output_shapes == ((1, 384),)
