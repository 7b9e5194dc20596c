"""Detection presets: registry sweep, torchvision parity after weight transplant, anchors and
decoding read from the spec."""

from __future__ import annotations

import math
from collections import OrderedDict

import pytest
import torch
from torch import nn
from torchvision.models.detection import fcos_resnet50_fpn, retinanet_resnet50_fpn
from torchvision.models.detection.fcos import FCOSHead as TVFCOSHead
from torchvision.models.detection.image_list import ImageList
from torchvision.models.detection.retinanet import RetinaNetHead as TVRetinaNetHead
from torchvision.ops import FeaturePyramidNetwork
from torchvision.ops.feature_pyramid_network import LastLevelMaxPool

import heads
from heads.detector import (
    LITE0_LEVELS,
    DetectionHead,
    anchors_for,
    detection_spec,
    feature_sizes_for,
    head_levels,
    num_anchors_per_level,
    transplant_from_torchvision,
)
from heads.spec import FeatureInfo, HeadSpec, SpecError

SMALL = {"c3": FeatureInfo(24, 8), "c4": FeatureInfo(40, 16), "c5": FeatureInfo(56, 32)}
SMALL_ALL = {"c2": FeatureInfo(16, 4), **SMALL}
RESNET = ((512, 8), (1024, 16), (2048, 32))
DETECTION_PRESETS = [p.name for p in heads.list_presets("detection")]


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    # Small convs on a shared two-core machine: a second thread only adds synchronisation.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _features(levels, size, batch=2):
    return [
        torch.randn(batch, v.channels, math.ceil(size[0] / v.stride), math.ceil(size[1] / v.stride))
        for v in levels.values()
    ]


def test_the_documented_presets_are_registered():
    assert {"retinanet", "fcos", "fpn", "fcos_lite"} <= set(DETECTION_PRESETS)


@pytest.mark.parametrize("name", DETECTION_PRESETS)
def test_preset_sweep(name):
    levels = SMALL_ALL
    options = {"num_classes": 3}
    if name in ("retinanet", "fcos", "fpn"):
        # The torchvision-sized presets at their real widths, on small maps.
        spec = heads.get_preset(name, levels, **options)
        sizes = ((32, 32), (64, 32))
    elif name in ("ssd300", "ssdlite320"):
        # torchvision's SSDs: their backbones' six maps at the fixed input size
        spec = heads.get_preset(name, **options)
        levels = dict(spec.inputs)
        sizes = ((300, 300),) if name == "ssd300" else ((320, 320),)
    else:
        spec = heads.get_preset(name, levels, channels=16, **options)
        sizes = ((64, 64), (96, 64))
    assert HeadSpec.from_json(spec.to_json()) == spec
    head = heads.build_head(None, spec)
    expected_keys = {"cls_logits", "bbox_regression"} | (
        {"bbox_ctrness"} if "fcos" in name or name == "fpn" else set()
    )
    # aux_ outputs are a head's own extras: what an instance mask head passes on, a YOLO
    # head's box distributions, an SSD head's background logits (its softmax's own class)
    expected_keys |= {"aux_mask_levels"} if name == "fcos_instance" else set()
    expected_keys |= {"aux_bbox_distribution"} if name.startswith("yolo") else set()
    expected_keys |= {"aux_background_logits"} if name.startswith("ssd") else set()
    assert set(head.output_keys) == expected_keys
    for size in sizes:
        out = head({k: x for k, x in zip(levels, _features(levels, size))})
        mask_levels = out.pop("aux_mask_levels", None)  # what an instance mask head passes on
        M = sum(num_anchors_per_level(spec, feature_sizes_for(spec, size)))
        assert out["cls_logits"].shape == (2, M, 3)
        assert out["bbox_regression"].shape == (2, M, 4)
        if "bbox_ctrness" in out:
            assert out["bbox_ctrness"].shape == (2, M, 1)
    loss = sum(v.square().mean() for v in out.values())
    if mask_levels is not None:  # the mask head trains through its mask loss, on boxes
        boxes = [torch.tensor([[4.0, 6.0, 40.0, 50.0]])] * 2
        loss = loss + head.masks.level_mask_logits(mask_levels, boxes, [size] * 2).square().mean()
    loss.backward()
    for key, p in head.named_parameters():
        assert p.grad is not None and p.grad.abs().sum() > 0, key


def test_head_levels_and_feature_sizes():
    spec = heads.get_preset("retinanet")
    assert [(lv.name, lv.stride, lv.num_anchors) for lv in head_levels(spec)] == [
        ("p3", 8, 9), ("p4", 16, 9), ("p5", 32, 9), ("p6", 64, 9), ("p7", 128, 9)
    ]  # fmt: skip
    assert feature_sizes_for(spec, (300, 500)) == [(38, 63), (19, 32), (10, 16), (5, 8), (3, 4)]
    assert spec.node("head").params.anchor_sizes == (32.0, 64.0, 128.0, 256.0, 512.0)
    lite = heads.get_preset("fcos_lite", num_classes=4)
    assert [(lv.stride, lv.num_anchors) for lv in head_levels(lite)] == [(8, 1), (16, 1), (32, 1)]
    assert dict(lite.inputs) == LITE0_LEVELS


def test_presets_pick_the_deepest_levels_and_reject_unusable_inputs():
    spec = heads.get_preset("fcos_lite", SMALL_ALL)
    assert spec.node("neck").inputs == ("c3", "c4", "c5")
    with pytest.raises(SpecError) as e:
        heads.get_preset("fcos_lite", {"c1": FeatureInfo(16, 2)})
    assert e.value.field == "in_features" and "stride >= 8" in str(e.value)
    with pytest.raises(SpecError) as e:
        detection_spec(SMALL, neck="yolo")
    assert e.value.field == "neck" and "bifpn" in str(e.value)


def test_detection_head_entry_point():
    head = DetectionHead(
        SMALL,
        num_classes=2,
        preset=None,
        head="retinanet",
        channels=16,
        num_convs=1,
        extra_levels=0,
    )
    out = head(_features(SMALL, (64, 64)))
    assert out["cls_logits"].shape == (2, (64 + 16 + 4) * 9, 2)
    head.reset(7)
    assert head(_features(SMALL, (64, 64)))["cls_logits"].shape[-1] == 7


# ---------------------------------------------------------------------------------------------
# Torchvision parity
# ---------------------------------------------------------------------------------------------


def _scramble(module: nn.Module) -> None:
    # Weights of unit gain, so the compared outputs are O(1) rather than torchvision's ~0 init.
    g = torch.Generator().manual_seed(1)
    for m in module.modules():
        if isinstance(m, nn.Conv2d):
            m.weight.data = torch.randn(m.weight.shape, generator=g) / math.sqrt(
                m.weight[0].numel()
            )
            if m.bias is not None:
                m.bias.data = 0.1 * torch.randn(m.bias.shape, generator=g)
        elif isinstance(m, nn.GroupNorm):
            m.weight.data = 1 + 0.2 * torch.randn(m.weight.shape, generator=g)
            m.bias.data = 0.2 * torch.randn(m.bias.shape, generator=g)


@pytest.fixture(scope="module")
def tv_retinanet():
    torch.manual_seed(0)
    model = retinanet_resnet50_fpn(weights=None, weights_backbone=None).eval()
    _scramble(model.backbone.fpn)
    _scramble(model.head)
    return model


@pytest.fixture(scope="module")
def tv_fcos():
    torch.manual_seed(0)
    model = fcos_resnet50_fpn(weights=None, weights_backbone=None).eval()
    _scramble(model.backbone.fpn)
    _scramble(model.head)
    return model


def _tv_outputs(model, xs):
    feats = model.backbone.fpn(OrderedDict((str(i), x) for i, x in enumerate(xs)))
    return list(feats.values()), model.head(list(feats.values()))


@pytest.mark.parametrize("preset, fixture", [("retinanet", "tv_retinanet"), ("fcos", "tv_fcos")])
def test_whole_model_transplant_matches_torchvision(preset, fixture, request):
    model = request.getfixturevalue(fixture)
    head = transplant_from_torchvision(preset, model).eval()
    xs = [torch.randn(1, c, 64 // s, 96 // s) for c, s in RESNET]
    with torch.no_grad():
        _, ref = _tv_outputs(model, xs)
        out = head(xs)
    assert set(out) == set(ref)
    for key in ref:
        assert ref[key].abs().max() > 0.5  # a meaningful comparison, not of near-zero outputs
        torch.testing.assert_close(out[key], ref[key], atol=1e-5, rtol=1e-5)


def test_anchors_from_the_spec_equal_torchvision(tv_retinanet, tv_fcos):
    image = ImageList(torch.zeros(1, 3, 128, 256), [(128, 256)])
    for preset, model in (("retinanet", tv_retinanet), ("fcos", tv_fcos)):
        spec = heads.get_preset(preset)
        sizes = feature_sizes_for(spec, (128, 256))
        fmaps = [torch.zeros(1, 1, h, w) for h, w in sizes]
        ref = model.anchor_generator(image, fmaps)[0]
        torch.testing.assert_close(torch.cat(anchors_for(spec, sizes)), ref)


def test_head_only_and_fpn_only_transplants():
    # 64 channels: torchvision's GroupNorm(32, C) and the library's group norm agree from 64 on
    # (below that the library keeps two channels per group, so 1x1 maps normalise at batch 1).
    tv_head = TVRetinaNetHead(64, 9, 4).eval()
    _scramble(tv_head)
    spec = detection_spec(SMALL, 4, head="retinanet", channels=64, extra_levels=0)
    spec = spec.with_params("head", anchor_sizes=(32.0, 64.0, 128.0))
    head = transplant_from_torchvision(spec, tv_head).eval()
    ps = [torch.randn(2, 64, s, s) for s in (8, 4, 2)]
    with torch.no_grad():
        ref = tv_head(ps)
        cls, box = head.head(ps)
    torch.testing.assert_close(cls, ref["cls_logits"], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(box, ref["bbox_regression"], atol=1e-5, rtol=1e-5)

    tv_fcos_head = TVFCOSHead(64, 1, 4, num_convs=2).eval()
    _scramble(tv_fcos_head)
    fspec = detection_spec(SMALL, 4, head="fcos", channels=64, num_convs=2, extra_levels=0)
    fhead = transplant_from_torchvision(fspec, tv_fcos_head).eval()
    with torch.no_grad():
        ref = tv_fcos_head(ps)
        got = fhead.head(ps)
    for r, o in zip((ref["cls_logits"], ref["bbox_regression"], ref["bbox_ctrness"]), got):
        torch.testing.assert_close(o, r, atol=1e-5, rtol=1e-5)

    # torchvision's resnet_fpn_backbone FPN (C2-C5, max-pooled P6) into the `fpn` preset's neck.
    tv_fpn = FeaturePyramidNetwork([16, 24, 40, 56], 256, extra_blocks=LastLevelMaxPool()).eval()
    _scramble(tv_fpn)
    head = transplant_from_torchvision(
        heads.get_preset("fpn", SMALL_ALL, num_classes=3), tv_fpn
    ).eval()
    xs = _features(SMALL_ALL, (64, 64))
    with torch.no_grad():
        ref = list(tv_fpn(OrderedDict((str(i), x) for i, x in enumerate(xs))).values())
        ours = head.neck(xs)
    assert len(ours) == len(ref) == 5
    for r, o in zip(ref, ours):
        torch.testing.assert_close(o, r, atol=1e-5, rtol=1e-5)


def test_transplant_errors_name_the_keys():
    tv_head = TVRetinaNetHead(32, 9, 5)
    spec = detection_spec(SMALL, 4, head="retinanet", channels=32, extra_levels=0)
    spec = spec.with_params("head", anchor_sizes=(32.0, 64.0, 128.0))
    with pytest.raises(
        ValueError, match=r"cls_logits\.weight -> head\.cls_logits\.weight: shape \(45, 32, 3, 3\)"
    ):
        transplant_from_torchvision(spec, tv_head)
    with pytest.raises(ValueError, match="exactly one a 'fcos_head' node|exactly one"):
        transplant_from_torchvision(spec, TVFCOSHead(32, 1, 4))
    with pytest.raises(TypeError, match="expected a torchvision RetinaNet"):
        transplant_from_torchvision(spec, nn.Linear(2, 2))


def test_decode_detections_reads_the_spec():
    from heads.detector import decode_detections

    spec = heads.get_preset("fcos_lite", SMALL, num_classes=3, channels=16)
    head = heads.build_head(None, spec).eval()
    with torch.no_grad():
        out = head(_features(SMALL, (64, 96)))
    dets = decode_detections(spec, out, None, [(64, 96), (60, 90)], score_threshold=0.0)
    assert len(dets) == 2
    for d, (h, w) in zip(dets, [(64, 96), (60, 90)]):
        assert (
            d["boxes"].shape[1] == 4 and len(d["boxes"]) == len(d["scores"]) == len(d["labels"]) > 0
        )
        assert d["boxes"][:, 2].max() <= w and d["boxes"][:, 3].max() <= h
        assert d["labels"].max() < 3
    with pytest.raises(ValueError, match="predictions per image"):
        decode_detections(spec, out, [(4, 4), (2, 2), (1, 1)], [(64, 96)])


@pytest.mark.parametrize("preset, fixture", [("retinanet", "tv_retinanet"), ("fcos", "tv_fcos")])
def test_decode_detections_matches_torchvision_postprocess(
    preset, fixture, request, same_detections
):
    from heads.detector import decode_detections

    model = request.getfixturevalue(fixture)
    spec = heads.get_preset(preset)
    size = (128, 128)
    sizes = feature_sizes_for(spec, size)
    xs = [torch.randn(2, c, 128 // s, 128 // s) for c, s in RESNET]
    with torch.no_grad():
        feats, out = _tv_outputs(model, xs)
        image = ImageList(torch.zeros(2, 3, *size), [size, size])
        anchors = model.anchor_generator(image, feats)
        counts = [h * w * lv.num_anchors for (h, w), lv in zip(sizes, head_levels(spec))]
        split_out = {k: list(v.split(counts, dim=1)) for k, v in out.items()}
        split_anchors = [list(a.split(counts)) for a in anchors]
        ref = model.postprocess_detections(split_out, split_anchors, [size, size])
    settings = {
        "score_threshold": model.score_thresh,
        "iou_threshold": model.nms_thresh,
        "detections_per_img": model.detections_per_img,
        "topk_candidates": model.topk_candidates,
    }
    ours = decode_detections(spec, out, sizes, [size, size], **settings)
    same_detections(ours, ref)


@pytest.mark.parametrize("preset, fixture", [("retinanet", "tv_retinanet"), ("fcos", "tv_fcos")])
def test_detection_loss_matches_torchvision_compute_loss(preset, fixture, request):
    from heads.detector import detection_loss

    model = request.getfixturevalue(fixture)
    spec = heads.get_preset(preset)
    size = (128, 128)
    sizes = feature_sizes_for(spec, size)
    xs = [torch.randn(2, c, 128 // s, 128 // s) for c, s in RESNET]
    targets = [
        {
            "boxes": torch.tensor([[10.0, 20.0, 70.0, 60.0], [50.0, 50.0, 120.0, 126.0]]),
            "labels": torch.tensor([3, 7]),
        },
        {"boxes": torch.tensor([[0.0, 0.0, 40.0, 90.0]]), "labels": torch.tensor([1])},
    ]
    with torch.no_grad():
        feats, out = _tv_outputs(model, xs)
        anchors = model.anchor_generator(ImageList(torch.zeros(2, 3, *size), [size, size]), feats)
        if preset == "retinanet":
            ref = model.compute_loss(targets, out, anchors)
        else:
            counts = [h * w for h, w in sizes]
            ref = model.compute_loss(targets, out, anchors, counts)
        ours = detection_loss(spec, out, targets, sizes)
    assert set(ours) == set(ref)
    for key in ref:
        torch.testing.assert_close(ours[key], ref[key], atol=1e-5, rtol=1e-4)
