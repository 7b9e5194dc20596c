"""Design diffs: node matching, parameter changes, totals, renderings and ``model-heads diff``."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

import heads
from designer import cli, diagram
from designer.diff import (
    MARK_COLORS,
    Status,
    diff,
    diff_against_preset,
    match_nodes,
    metrics_beside,
    preset_of,
)
from heads.profile import profile
from heads.spec import FeatureInfo

needs_dot = pytest.mark.skipif(
    diagram.dot_binary() is None, reason="graphviz's dot is not installed"
)


def _fcos(**head):
    spec = heads.get_preset("fcos_lite", num_classes=5)
    return spec.with_params("head", **head) if head else spec


def _renamed(spec, old, new):
    """``spec`` with node ``old`` called ``new`` (references and outputs follow)."""

    def ref(r):
        src, _, port = r.partition(".")
        return (new if src == old else src) + (f".{port}" if port else "")

    nodes = tuple(
        dataclasses.replace(n, name=new if n.name == old else n.name,
                            inputs=tuple(ref(r) for r in n.inputs))
        for n in spec.nodes
    )  # fmt: skip
    outputs = tuple((k, ref(v)) for k, v in spec.outputs)
    return dataclasses.replace(spec, nodes=nodes, outputs=outputs)


def test_identical_designs():
    d = diff(_fcos(), _fcos(), image_size=128)
    assert d.identical
    assert [n.status for n in d.nodes] == [Status.SAME, Status.SAME]
    assert all(r["delta"] == 0 for r in d.summary())
    assert "The graphs are identical." in d.to_markdown()


def test_changed_parameters_are_listed_with_their_cost():
    a, b = _fcos(), _fcos(num_convs=3, width=96)
    d = diff(a, b, image_size=128)
    head = d.node("head")
    assert head.status is Status.CHANGED and head.matched_by == "name"
    assert [(p.field, p.old, p.new) for p in head.params] == [
        ("num_convs", 2, 3),
        ("width", 64, 96),
    ]
    an_a, an_b = heads.analyze(a, 128), heads.analyze(b, 128)
    assert head.params_b - head.params_a == an_b.node("head").params - an_a.node("head").params
    assert d.flops_b - d.flops_a == an_b.total_flops - an_a.total_flops
    assert d.node("neck").status is Status.SAME
    assert not d.identical


def test_a_renamed_node_matches_by_block_and_inputs():
    a = _fcos()
    b = _renamed(a, "neck", "pyramid")
    assert match_nodes(a, b) == {"head": ("head", "name"), "pyramid": ("neck", "block+inputs")}
    d = diff(a, b, image_size=128)
    neck = d.node("pyramid")
    assert (neck.a, neck.b, neck.status) == ("neck", "pyramid", Status.CHANGED)
    assert neck.changes() == ["renamed neck \u2192 pyramid"]
    # the head reads the same node under its new name: its inputs did not change
    assert d.node("head").status is Status.SAME and d.node("head").inputs is None
    assert not d.outputs and not d.by_status("added") and not d.by_status("removed")


def test_added_and_removed_nodes_and_rewired_inputs():
    a = heads.get_preset("linear", 512, num_classes=3)
    b = heads.get_preset("mlp", 512, num_classes=3)
    d = diff(a, b, image_size=64)
    assert [(n.name, n.status.value) for n in d.nodes] == [
        ("pool", "same"), ("mlp", "added"), ("classifier", "changed")
    ]  # fmt: skip
    assert d.node("classifier").inputs == (("pool",), ("mlp",))
    mlp = d.node("mlp")
    assert (
        mlp.a is None
        and mlp.params_a == 0
        and mlp.params_b == heads.analyze(b, 64).node("mlp").params
    )
    back = diff(b, a, image_size=64)
    assert [(n.name, n.status.value) for n in back.nodes][-1] == ("mlp", "removed")


def test_a_block_change_under_the_same_name():
    a = heads.get_preset("fcos_lite", num_classes=5)
    b = heads.get_preset("fcos_pan_lite", num_classes=5)
    neck = diff(a, b, image_size=128).node("neck")
    assert (neck.block_a, neck.block_b, neck.status) == ("fpn", "pan", Status.CHANGED)
    assert "block fpn \u2192 pan" in neck.changes()


def test_levels_and_outputs_that_differ():
    a = heads.get_preset("fcos_lite", num_classes=5)
    levels = {"c3": FeatureInfo(48, 8), "c4": FeatureInfo(112, 16), "c5": FeatureInfo(320, 32)}
    b = heads.get_preset("retinanet_lite", levels, num_classes=5)
    d = diff(a, b, image_size=128)
    assert d.levels == ((("c3", FeatureInfo(40, 8), FeatureInfo(48, 8))),)
    assert d.outputs == (("bbox_ctrness", "head.bbox_ctrness", None),)
    assert "| level c3 | 40@s8 | 48@s8 |" in d.to_markdown()


def test_measured_latency_and_metrics():
    a, b = _fcos(), _fcos(num_convs=3)
    pa, pb = profile(a, 64, runs=1, warmup=0), profile(b, 64, runs=1, warmup=0)
    d = diff(a, b, image_size=64, profiles=(pa, pb),
             metrics=({"map_50": 0.9, "map": 0.5}, {"metrics": {"map_50": 0.95, "loss": "n/a"}}))  # fmt: skip
    rows = {r["quantity"]: r for r in d.summary()}
    assert rows["latency_ms"]["a"] == pa.whole_ms and rows["latency_ms"]["b"] == pb.whole_ms
    assert set(rows) == {"params", "FLOPs", "latency_ms", "map_50"}
    assert rows["map_50"]["delta"] == pytest.approx(0.05)
    assert d.node("head").ms_a == pa.node("head").median_ms
    md = d.to_markdown()
    assert "CPU time, ms (median of 1)" in md and "| map_50 | 0.9 | 0.95 | +0.05 |" in md
    assert "\u0394ms" in md


def test_json_form_round_trips_both_specs():
    a, b = _fcos(), _fcos(num_convs=3)
    data = json.loads(diff(a, b, image_size=64).to_json())
    assert heads.HeadSpec.from_dict(data["a"]) == a and heads.HeadSpec.from_dict(data["b"]) == b
    head = next(n for n in data["nodes"] if n["name"] == "head")
    assert head["status"] == "changed" and head["params"] == [
        {"field": "num_convs", "a": 2, "b": 3}
    ]
    assert "multiply-add" in data["flops_note"]


def test_dot_marks_the_changed_nodes_in_both_graphs():
    a = heads.get_preset("linear", 512, num_classes=3)
    b = heads.get_preset("mlp", 512, num_classes=3).with_params("classifier", dropout=0.1)
    dot = diff(a, b, image_size=64).to_dot()
    assert dot == diff(a, b, image_size=64).to_dot()  # deterministic

    def node_line(graph, name):
        return next(
            line for line in dot.splitlines() if line.strip().startswith(f'"h{graph}/n:{name}"')
        )

    assert f'color="{MARK_COLORS[Status.ADDED]}", penwidth=3' in node_line(1, "mlp")
    assert "+ added" in node_line(1, "mlp")
    assert MARK_COLORS[Status.CHANGED] in node_line(0, "classifier")
    assert MARK_COLORS[Status.CHANGED] in node_line(1, "classifier")
    assert "penwidth" not in node_line(0, "pool") and "penwidth" not in node_line(1, "pool")
    assert '"diff_legend"' in dot and dot.rstrip().endswith("}")


@needs_dot
def test_dot_renders():
    svg = diff(_fcos(), _fcos(num_convs=3), image_size=64).to_dot()
    data = diagram.render(svg, "svg")
    assert data.startswith(b"<?xml") and b"changed" in data


def test_diff_against_preset_is_one_call():
    spec = heads.get_preset("fcos_lite", num_classes=7).with_params("neck", out_channels=96)
    d = diff_against_preset(spec, image_size=128)
    assert d.a == heads.get_preset("fcos_lite", num_classes=7) and d.b == spec
    assert [p.text() for p in d.node("neck").params] == ["out_channels: 64 \u2192 96"]
    # the preset is built for the design's own levels and classes
    levels = {"c4": FeatureInfo(80, 16), "c5": FeatureInfo(160, 32)}
    seg = heads.get_preset("fcn", levels, num_classes=4)
    assert diff_against_preset(seg, image_size=64).identical


def test_a_design_not_named_after_a_preset_needs_one():
    spec = dataclasses.replace(_fcos(), name="my_design")
    with pytest.raises(heads.SpecError, match="my_design.*not named after a preset.*fcos_lite"):
        preset_of(spec)
    assert diff_against_preset(spec, "retinanet_lite", image_size=64).a.name == "retinanet_lite"
    with pytest.raises(heads.SpecError, match="unknown preset 'nope'"):
        preset_of(spec, "nope")


def test_invalid_design_is_named():
    bad = _fcos().with_params("head", num_classes=5)
    bad = dataclasses.replace(bad, outputs=(("cls_logits", "head.nope"),))
    with pytest.raises(heads.SpecError, match="design B"):
        diff(_fcos(), bad, image_size=64)


# -- the command line ---------------------------------------------------------------------------


def test_cli_markdown_to_stdout(capsys):
    assert cli.main(["diff", "linear", "mlp", "--in-channels", "512", "--num-classes", "3",
                     "--size", "64"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.startswith("# linear \u2192 mlp")
    assert re.search(r"\| mlp \| added \| mlp \| \+\S+ \|", out)


def test_cli_files_and_metrics_beside_the_spec(tmp_path, capsys):
    spec = _fcos(num_convs=3)
    path = tmp_path / "run.json"
    path.write_text(spec.to_json())
    (tmp_path / "run_metrics.json").write_text(json.dumps({"metrics": {"map_50": 0.8}}))
    assert metrics_beside(path) == {"map_50": 0.8}
    other = tmp_path / "other.json"
    other.write_text(_fcos().to_json())
    (tmp_path / "m.json").write_text(json.dumps({"map_50": 0.7, "map": 0.4}))
    out = tmp_path / "d.json"
    assert cli.main(["diff", str(other), str(path), "--size", "64", "--metrics-a",
                     str(tmp_path / "m.json"), "-o", str(out)]) == 0  # fmt: skip
    data = json.loads(out.read_text())
    assert {r["quantity"]: r["delta"] for r in data["summary"]}["map_50"] == pytest.approx(0.1)
    # against its preset: B = the file, A = fcos_lite
    md = tmp_path / "d.md"
    path.write_text(dataclasses.replace(spec, name="fcos_lite").to_json())
    assert cli.main(["diff", str(path), "--size", "64", "-o", str(md)]) == 0
    assert "num_convs: 2 \u2192 3" in md.read_text()


def test_cli_errors_are_one_line(capsys, tmp_path):
    assert cli.main(["diff", "linear", "mlp", "-o", str(tmp_path / "d.txt")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err
    assert cli.main(["diff", "linear", "mlp", "--preset", "fcn"]) == 1
    assert "--preset applies when there is no design B" in capsys.readouterr().err
    assert cli.main(["diff", "linear", "--metrics-b", str(tmp_path / "none.json")]) == 1
    assert "metrics file not found" in capsys.readouterr().err


@needs_dot
def test_cli_svg(tmp_path):
    out = tmp_path / "d.svg"
    assert cli.main(["diff", "fcos_lite", "fcos_pan_lite", "--size", "64", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"<?xml")
