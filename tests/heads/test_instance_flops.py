"""The instance mask head's cost: it runs after decoding, once per detected box, so the analysis
prices it for a stated number of detections per image."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import torch
from torch.utils.flop_counter import FlopCounterMode

import heads
from heads.analysis import ROIS_PER_IMAGE, analyze
from heads.detector import instance_mask_logits


def _by_hand(c_in: int, width: int, convs: int, roi: int, classes: int) -> int:
    """Multiply-adds times two of the tower, the 2x deconvolution and the 1x1 predictor."""
    tower = sum(2 * (c_in if i == 0 else width) * width * 9 * roi * roi for i in range(convs))
    deconv = 2 * (width if convs else c_in) * width * 4 * roi * roi
    predictor = 2 * width * classes * (2 * roi) ** 2
    return tower + deconv + predictor


@pytest.mark.parametrize(
    ("convs", "roi", "agnostic"), [(2, 14, False), (4, 7, True), (0, 8, False)]
)
def test_mask_head_flops_per_detection(convs, roi, agnostic):
    spec = heads.get_preset("fcos_instance", num_classes=7, channels=32, mask_channels=16)
    nodes = tuple(
        replace(n, params=replace(n.params, num_convs=convs, roi_size=roi, class_agnostic=agnostic))
        if n.name == "masks"
        else n
        for n in spec.nodes
    )
    spec = heads.HeadSpec(spec.task, spec.inputs, nodes, spec.output_map, spec.name)
    a = analyze(spec, 256, batch=2)
    masks = a.node("masks")
    per_roi = _by_hand(32, 16, convs, roi, 1 if agnostic else 7)
    assert masks.flops == 0  # the node's forward only passes the levels on
    assert masks.roi_flops == per_roi * ROIS_PER_IMAGE * 2
    assert all(n.roi_flops == 0 for n in a.nodes if n.name != "masks")
    assert a.total_roi_flops == masks.roi_flops
    row = next(r for r in a.table() if r["node"] == "masks")
    assert row["roi_flops"] == masks.roi_flops
    assert f"for {ROIS_PER_IMAGE} detections per image" in row["cost"]
    assert "after decoding" in row["cost"]
    assert all("cost" not in r for r in a.table() if r["node"] != "masks")


def test_mask_flops_match_the_live_module():
    spec = heads.get_preset("fcos_instance", num_classes=5, channels=16, mask_channels=8)
    head = heads.GraphHead(spec).eval()
    feats = [torch.randn(1, c, 256 // s, 256 // s) for c, s in ((40, 8), (112, 16), (320, 32))]
    out = head(feats)
    boxes = [torch.tensor([[10.0, 10.0, 90.0, 120.0]]).repeat(ROIS_PER_IMAGE, 1)]
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        instance_mask_logits(spec, head, out, boxes, [(256, 256)])
    assert analyze(spec, 256).node("masks").roi_flops == counter.get_total_flops()


def test_cli_analyze_says_what_the_mask_head_costs(capsys):
    from designer import cli

    assert cli.main(["analyze", "fcos_instance", "--json", "--size", "224"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rois_per_image"] == ROIS_PER_IMAGE and data["roi_flops"] > 0
    assert next(r for r in data["nodes"] if r["node"] == "masks")["cost"]
    assert cli.main(["analyze", "fcos_instance", "--size", "224"]) == 0
    text = capsys.readouterr().out
    assert f"per {ROIS_PER_IMAGE} detections" in text and "after decoding" in text
