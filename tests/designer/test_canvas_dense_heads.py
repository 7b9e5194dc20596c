"""The YOLO-style and SSD head blocks on the canvas: in the palette with their ports, and a
YOLO head wired by canvas edits in place of an FCOS head gives a head that runs and decodes."""

from __future__ import annotations

import torch

import heads
from designer.canvas import apply_edit, palette, spec_to_canvas


def test_the_palette_lists_the_yolo_and_ssd_heads_with_their_ports():
    entries = {e["name"]: e for e in palette()}
    for name, outputs in (
        ("yolo_head", ["cls_logits", "bbox_regression", "bbox_distribution"]),
        ("ssd_head", ["cls_logits", "bbox_regression", "background_logits"]),
    ):
        e = entries[name]
        assert e["role"] == "head" and e["tasks"] == ["detection"] and e["multi_input"]
        assert e["accepts"] == ["map"] and e["outputs"] == outputs
        assert e["params"] == heads.spec.params_to_dict(heads.get_block(name).params())
    assert "reg_max" in entries["yolo_head"]["fields"]
    assert entries["ssd_head"]["params"]["predictor"] == "conv"  # an enum, as its value


def test_a_yolo_head_wired_on_the_canvas_replaces_an_fcos_head():
    spec = heads.get_preset("fcos_lite", num_classes=3)
    for edit in (
        {"op": "add", "block": "yolo_head", "name": "yolo"},  # while the FCOS head is there
        {"op": "delete", "nodes": ["head", "out:bbox_ctrness"]},
        *({"op": "connect", "source": "neck", "port": p, "target": "yolo"} for p in range(3)),
        {"op": "connect", "source": "yolo", "port": 0, "target": "out:cls_logits", "slot": 0},
        {"op": "connect", "source": "yolo", "port": 1, "target": "out:bbox_regression", "slot": 0},
        {"op": "add_output", "key": "aux_bbox_distribution"},
        {"op": "connect", "source": "yolo", "port": 2, "target": "out:aux_bbox_distribution"},
    ):
        spec = apply_edit(spec, edit)
    canvas = spec_to_canvas(spec)
    assert {n["id"]: n["status"] for n in canvas["nodes"]} == {
        "in:c3": "ok", "in:c4": "ok", "in:c5": "ok", "neck": "ok", "yolo": "ok",
        "out:cls_logits": "ok", "out:bbox_regression": "ok", "out:aux_bbox_distribution": "ok",
    }  # fmt: skip
    assert spec.node("yolo").params.num_classes == 3  # the design's class count
    assert spec.node("yolo").inputs == ("neck.p3", "neck.p4", "neck.p5")
    assert spec.output_map["aux_bbox_distribution"] == "yolo.bbox_distribution"
    head = heads.build_head(None, spec).eval()
    features = {k: torch.randn(1, v.channels, 128 // v.stride, 128 // v.stride)
                for k, v in spec.inputs}  # fmt: skip
    with torch.no_grad():
        out = head(features)
    assert out["cls_logits"].shape == (1, 16 * 16 + 8 * 8 + 4 * 4, 3)
    dets = heads.decode_detections(spec, out, None, [(128, 128)], score_threshold=0.0)
    assert dets[0]["boxes"].shape[1] == 4 and len(dets[0]["boxes"]) > 0


def test_the_ssd_presets_draw_with_one_wire_per_map():
    for name in ("ssd300", "ssdlite320"):
        spec = heads.get_preset(name, num_classes=4)
        canvas = spec_to_canvas(spec)
        head = next(n for n in canvas["nodes"] if n["id"] == "head")
        assert head["status"] == "ok", head
        wires = [e for e in canvas["edges"] if e["target"] == "head"]
        assert sorted(e["source"] for e in wires) == sorted(f"in:{k}" for k in dict(spec.inputs))
