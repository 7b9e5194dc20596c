"""Detection blocks: shapes at two sizes, gradients, JSON round trips, torchvision FPN parity,
the dense heads' output layout, and validation messages."""

from __future__ import annotations

import math
from collections import OrderedDict

import pytest
import torch
from torch import nn
from torchvision.ops import FeaturePyramidNetwork
from torchvision.ops.feature_pyramid_network import LastLevelMaxPool, LastLevelP6P7

import heads
from heads.blocks.detection import (
    FPN,
    BiFPNParams,
    ConvTower,
    FCOSHead,
    FCOSHeadParams,
    FPNParams,
    PANParams,
    RetinaNetHead,
    RetinaNetHeadParams,
    fast_normalized_fusion,
    level_name,
)
from heads.detector import transplant_from_torchvision
from heads.params import ExtraLevel, Norm
from heads.spec import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, plan

LEVELS = {"c3": FeatureInfo(24, 8), "c4": FeatureInfo(40, 16), "c5": FeatureInfo(56, 32)}


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    # Small convs on a shared two-core machine: a second thread only adds synchronisation.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _spec(neck: str, neck_params, head: str, head_params, levels=LEVELS) -> HeadSpec:
    outputs = {"cls_logits": "head.cls_logits", "bbox_regression": "head.bbox_regression"}
    if head == "fcos_head":
        outputs["bbox_ctrness"] = "head.bbox_ctrness"
    nodes = (
        Node("neck", neck, tuple(levels), neck_params),
        Node("head", head, ("neck",), head_params),
    )
    return HeadSpec(Task.DETECTION, levels, nodes, outputs)


def _features(levels, size, batch=2):
    return [
        torch.randn(batch, v.channels, math.ceil(size[0] / v.stride), math.ceil(size[1] / v.stride))
        for v in levels.values()
    ]


SMALL_HEAD = dict(num_classes=5, num_convs=2, width=16)
CASES = {
    "fpn+retinanet": (
        "fpn",
        FPNParams(out_channels=16, extra_levels=2),
        "retinanet_head",
        RetinaNetHeadParams(**SMALL_HEAD, anchor_sizes=(32.0, 64.0, 128.0, 256.0, 512.0)),
    ),
    "fpn_maxpool+fcos": (
        "fpn",
        FPNParams(out_channels=16, extra_levels=1, extra_mode=ExtraLevel.MAXPOOL, norm=Norm.BATCH),
        "fcos_head",
        FCOSHeadParams(**SMALL_HEAD),
    ),
    "fpn_c5+fcos": (
        "fpn",
        FPNParams(out_channels=16, extra_levels=2, extra_mode=ExtraLevel.CONV_INPUT),
        "fcos_head",
        FCOSHeadParams(**SMALL_HEAD, norm=Norm.BATCH),
    ),
    "pan+fcos": (
        "pan",
        PANParams(out_channels=16, extra_levels=1),
        "fcos_head",
        FCOSHeadParams(**SMALL_HEAD),
    ),
    "bifpn+retinanet": (
        "bifpn",
        BiFPNParams(out_channels=16, num_repeats=2, extra_levels=1),
        "retinanet_head",
        RetinaNetHeadParams(
            **SMALL_HEAD, anchor_sizes=(32.0, 64.0, 128.0, 256.0), aspect_ratios=(1.0,)
        ),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_block_sweep(case):
    spec = _spec(*CASES[case])
    head = heads.GraphHead(spec)
    neck_step = plan(spec).steps[0]
    strides = [t.stride for t in neck_step.outputs]
    assert [t.name for t in neck_step.outputs] == [level_name(s) for s in strides]
    assert all(t.kind is Kind.MAP and t.channels == 16 for t in neck_step.outputs)
    params = spec.node("head").params
    A = (
        len(params.aspect_ratios) * params.scales_per_octave
        if spec.node("head").block == "retinanet_head"
        else 1
    )
    for size in ((64, 64), (96, 72)):
        out = head(_features(LEVELS, size))
        M = sum(math.ceil(size[0] / s) * math.ceil(size[1] / s) * A for s in strides)
        assert out["cls_logits"].shape == (2, M, 5)
        assert out["bbox_regression"].shape == (2, M, 4)
        if "bbox_ctrness" in out:
            assert out["bbox_ctrness"].shape == (2, M, 1)
    # The analysis (meta device) predicts the same shapes.
    assert {k: tuple(v.shape) for k, v in out.items()} == heads.analyze(spec, size, batch=2).outputs
    loss = sum(v.square().mean() for v in out.values())
    loss.backward()
    for name, p in head.named_parameters():
        assert p.grad is not None and p.grad.abs().sum() > 0, name
    assert HeadSpec.from_json(spec.to_json()) == spec


def _scramble(module: nn.Module) -> None:
    for m in module.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.normal_(m.weight, std=1.0 / math.sqrt(m.weight[0].numel()))
            if m.bias is not None:
                nn.init.normal_(m.bias, std=0.1)
        elif isinstance(m, nn.GroupNorm):
            nn.init.normal_(m.weight, 1.0, 0.2)
            nn.init.normal_(m.bias, 0.0, 0.2)


@pytest.mark.parametrize(
    "extra, mode, tv_extra",
    [
        (0, ExtraLevel.CONV_OUTPUT, None),
        (1, ExtraLevel.MAXPOOL, LastLevelMaxPool()),
        (2, ExtraLevel.CONV_OUTPUT, LastLevelP6P7(16, 16)),
        (2, ExtraLevel.CONV_INPUT, LastLevelP6P7(56, 16)),
    ],
)
def test_fpn_matches_torchvision(extra, mode, tv_extra):
    tv = FeaturePyramidNetwork([24, 40, 56], 16, extra_blocks=tv_extra).eval()
    _scramble(tv)
    spec = HeadSpec(
        Task.DETECTION,
        LEVELS,
        (
            Node("neck", "fpn", tuple(LEVELS), FPNParams(16, extra, mode)),
            Node(
                "head", "fcos_head", ("neck",), FCOSHeadParams(num_classes=3, num_convs=1, width=16)
            ),
        ),
        {"cls_logits": "head.cls_logits", "bbox_regression": "head.bbox_regression"},
    )
    head = transplant_from_torchvision(spec, tv).eval()
    xs = _features(LEVELS, (80, 112))
    ref = list(tv(OrderedDict((str(i), x) for i, x in enumerate(xs))).values())
    ours = head.neck(xs)
    assert len(ours) == len(ref) == 3 + extra
    for r, o in zip(ref, ours):
        torch.testing.assert_close(o, r, atol=1e-5, rtol=1e-5)


def test_retinanet_head_layout_is_anchor_major_per_location():
    # output[n, (h * W + w) * A + a, k] is channel a * K + k of the logits conv at (h, w).
    head = RetinaNetHead(8, num_anchors=3, num_classes=4, num_convs=1, width=8).eval()
    x = torch.randn(2, 8, 5, 7)
    cls, box = head([x])
    raw_cls = head.cls_logits(head.cls_tower(x))
    raw_box = head.bbox_pred(head.box_tower(x))
    n, h, w, a, k = 1, 3, 5, 2, 1
    assert cls.shape == (2, 5 * 7 * 3, 4) and box.shape == (2, 5 * 7 * 3, 4)
    torch.testing.assert_close(cls[n, (h * 7 + w) * 3 + a, k], raw_cls[n, a * 4 + k, h, w])
    torch.testing.assert_close(box[n, (h * 7 + w) * 3 + a, 2], raw_box[n, a * 4 + 2, h, w])


def test_fcos_head_levels_concatenate_in_order_and_boxes_are_non_negative():
    head = FCOSHead(8, num_classes=2, num_convs=1, width=8, norm="group").eval()
    _scramble(head)
    xs = [torch.randn(1, 8, 4, 4), torch.randn(1, 8, 2, 2)]
    cls, box, ctr = head(xs)
    cls1, _, ctr1 = head(xs[1:])
    torch.testing.assert_close(cls[:, 16:], cls1)
    torch.testing.assert_close(ctr[:, 16:], ctr1)
    assert box.min() >= 0 and (box > 0).any()


def test_prior_probability_initialises_the_class_logits():
    head = FCOSHead(16, num_classes=3, num_convs=2, width=16, prior_prob=0.05)
    cls, _, _ = head([torch.randn(2, 16, 6, 6)])
    assert torch.sigmoid(cls).mean().item() == pytest.approx(0.05, abs=0.005)


def test_conv_tower_has_num_convs_layers_of_width():
    tower = ConvTower(12, 20, num_convs=3, norm="group", act="silu")
    convs = [m for m in tower.modules() if isinstance(m, nn.Conv2d)]
    assert [(c.in_channels, c.out_channels) for c in convs] == [(12, 20), (20, 20), (20, 20)]
    assert all(c.bias is not None for c in convs)
    assert len(ConvTower(12, 12, num_convs=0)) == 0


def test_fast_normalized_fusion_is_a_convex_combination():
    xs = [torch.full((1, 1, 2, 2), 2.0), torch.full((1, 1, 2, 2), 4.0)]
    out = fast_normalized_fusion(torch.tensor([1.0, 3.0]), xs, eps=0.0)
    torch.testing.assert_close(out, torch.full((1, 1, 2, 2), 3.5))
    # Negative weights are clipped to zero.
    out = fast_normalized_fusion(torch.tensor([-1.0, 1.0]), xs, eps=0.0)
    torch.testing.assert_close(out, xs[1])


def test_fpn_any_strides_and_channels():
    fpn = FPN((8, 16, 32, 64), 12, extra_levels=1, extra_mode="maxpool")
    outs = fpn(
        [
            torch.randn(1, 8, 30, 30),
            torch.randn(1, 16, 10, 10),
            torch.randn(1, 32, 5, 5),
            torch.randn(1, 64, 3, 3),
        ]
    )
    assert [tuple(o.shape[-2:]) for o in outs] == [(30, 30), (10, 10), (5, 5), (3, 3), (2, 2)]
    levels = {"a": FeatureInfo(8, 4), "b": FeatureInfo(16, 12)}
    spec = _spec(
        "fpn",
        FPNParams(out_channels=12),
        "fcos_head",
        FCOSHeadParams(num_classes=2, width=12),
        levels,
    )
    assert [t.name for t in plan(spec).steps[0].outputs] == ["p2", "s12"]


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


def _error(spec) -> SpecError:
    with pytest.raises(SpecError) as e:
        plan(spec)
    return e.value


def test_dense_head_channel_mismatch_names_node_and_field():
    spec = HeadSpec(
        Task.DETECTION,
        LEVELS,
        (Node("head", "fcos_head", tuple(LEVELS), FCOSHeadParams()),),
        {"cls_logits": "head.cls_logits"},
    )
    err = _error(spec)
    assert err.node == "head" and err.field == "inputs"
    assert "equal channels" in str(err) and "24@s8" in str(err)


def test_too_few_levels_for_the_anchor_sizes():
    spec = _spec("fpn", FPNParams(out_channels=16), "retinanet_head", RetinaNetHeadParams(width=16))
    err = _error(spec)
    assert err.node == "head" and err.field == "anchor_sizes"
    assert "5 anchor size(s)" in str(err) and "3 level(s) (p3, p4, p5)" in str(err)


def test_neck_levels_must_be_ordered_and_two_apart_for_pan_and_bifpn():
    unordered = {"c5": FeatureInfo(56, 32), "c3": FeatureInfo(24, 8)}
    err = _error(_spec("fpn", FPNParams(16), "fcos_head", FCOSHeadParams(width=16), unordered))
    assert err.node == "neck" and err.field == "inputs" and "increasing strides" in str(err)
    gap = {"c3": FeatureInfo(24, 8), "c5": FeatureInfo(56, 32)}
    for neck, p in (("pan", PANParams(16)), ("bifpn", BiFPNParams(16))):
        err = _error(_spec(neck, p, "fcos_head", FCOSHeadParams(width=16), gap))
        assert err.node == "neck" and err.field == "inputs" and "stride of 2" in str(err)


def test_bifpn_needs_two_levels():
    one = {"c5": FeatureInfo(56, 32)}
    err = _error(_spec("bifpn", BiFPNParams(16), "fcos_head", FCOSHeadParams(width=16), one))
    assert err.node == "neck" and err.field == "extra_levels"
    plan(
        _spec("bifpn", BiFPNParams(16, extra_levels=1), "fcos_head", FCOSHeadParams(width=16), one)
    )


def test_neck_rejects_non_map_inputs_and_bad_enum_in_json():
    vec = {"v": FeatureInfo(32, 32, Kind.VECTOR)}
    err = _error(_spec("fpn", FPNParams(16), "fcos_head", FCOSHeadParams(width=16), vec))
    assert err.node == "neck" and err.field == "inputs"
    data = _spec(*CASES["fpn+retinanet"]).to_dict()
    data["nodes"][0]["params"]["extra_mode"] = "p6p7"
    with pytest.raises(SpecError) as e:
        HeadSpec.from_dict(data)
    assert (
        e.value.node == "neck" and e.value.field == "extra_mode" and "conv_output" in str(e.value)
    )
