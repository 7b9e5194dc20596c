"""SSD and SSDLite heads against torchvision's ``ssd300_vgg16`` and
``ssdlite320_mobilenet_v3_large``: head outputs bit for bit after a transplant, default boxes,
post-processing and loss; the block's parameters, errors, export and training."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn
from torchvision.models.detection import _utils as det_utils
from torchvision.models.detection import ssd300_vgg16, ssdlite320_mobilenet_v3_large
from torchvision.models.detection.anchor_utils import DefaultBoxGenerator
from torchvision.models.detection.image_list import ImageList
from torchvision.models.detection.ssd import SSDHead as TVSSDHead
from torchvision.ops import boxes as box_ops

import heads
from heads.assigners import ssd_match
from heads.blocks.ssd import SSDHeadParams
from heads.detector import (
    anchors_for,
    decode_detections,
    detection_loss,
    feature_sizes_for,
    transplant_from_torchvision,
)
from heads.losses.ssd import hard_negatives
from heads.spec import FeatureInfo, HeadSpec, Node, SpecError, Task

CASES = {
    "ssd300": (ssd300_vgg16, 300),
    "ssdlite320": (ssdlite320_mobilenet_v3_large, 320),
}


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _scramble(module: nn.Module, seed: int = 1) -> None:
    # Unit-gain weights and spread batch-norm statistics: outputs of order one, so that the
    # comparisons are of real values (torchvision's init gives near-zero outputs).
    g = torch.Generator().manual_seed(seed)
    for m in module.modules():
        if isinstance(m, nn.Conv2d):
            fan_in = m.weight[0].numel()
            m.weight.data = torch.randn(m.weight.shape, generator=g) / math.sqrt(fan_in)
            if m.bias is not None:
                m.bias.data = 0.5 * torch.randn(m.bias.shape, generator=g)
        elif isinstance(m, nn.BatchNorm2d):
            m.weight.data = 1 + 0.2 * torch.randn(m.weight.shape, generator=g)
            m.bias.data = 0.2 * torch.randn(m.bias.shape, generator=g)
            m.running_mean = 0.1 * torch.randn(m.running_mean.shape, generator=g)
            m.running_var = 0.5 + torch.rand(m.running_var.shape, generator=g)


@pytest.fixture(scope="module")
def models():
    """torchvision's two SSDs (offline, random weights; heads scrambled) by preset name."""
    out = {}
    for name, (build, _) in CASES.items():
        torch.manual_seed(0)
        model = build(weights=None, weights_backbone=None, num_classes=6).eval()
        _scramble(model.head)
        out[name] = model
    return out


def _features(spec: HeadSpec, size: int, batch: int = 2, seed: int = 0) -> list[torch.Tensor]:
    # the maps torchvision's backbones give at their fixed input size (38 ... 1 and 20 ... 1)
    g = torch.Generator().manual_seed(seed)
    return [
        torch.randn(batch, v.channels, h, w, generator=g)
        for v, (h, w) in zip(dict(spec.inputs).values(), feature_sizes_for(spec, size))
    ]


def _torchvision_anchors(model, feats, size: int, batch: int = 2) -> list[torch.Tensor]:
    image = ImageList(torch.zeros(batch, 3, size, size), [(size, size)] * batch)
    return model.anchor_generator(image, feats)


@pytest.mark.parametrize("name", CASES)
def test_head_outputs_equal_torchvision_bit_for_bit(name, models):
    model, size = models[name], CASES[name][1]
    head = transplant_from_torchvision(heads.get_preset(name, num_classes=5), model).eval()
    feats = _features(head.spec, size)
    assert [tuple(f.shape[1:]) for f in feats] == [
        tuple(f.shape[1:]) for f in model.backbone(torch.zeros(1, 3, size, size)).values()
    ]  # the preset's levels are torchvision's backbone's maps
    with torch.no_grad():
        ref = model.head(feats)
        out = head(feats)
    assert list(out) == ["cls_logits", "bbox_regression", "aux_background_logits"]
    joined = torch.cat([out["aux_background_logits"], out["cls_logits"]], dim=-1)
    assert ref["cls_logits"].abs().max() > 0.5
    assert torch.equal(joined, ref["cls_logits"])
    assert torch.equal(out["bbox_regression"], ref["bbox_regression"])


@pytest.mark.parametrize("name", CASES)
def test_default_boxes_equal_torchvision(name, models):
    model, size = models[name], CASES[name][1]
    spec = heads.get_preset(name, num_classes=5)
    feats = _features(spec, size, batch=1)
    ref = _torchvision_anchors(model, feats, size, batch=1)[0]
    ours = torch.cat(anchors_for(spec, feature_sizes_for(spec, size), input_size=(size, size)))
    assert len(ours) == (8732 if name == "ssd300" else 3234)
    assert torch.equal(ours, ref)


def test_default_boxes_follow_the_input_size_and_options():
    # steps, no steps, no clipping and a non-square input against DefaultBoxGenerator itself
    for kwargs, params in (
        ({"steps": [8, 16]}, {"steps": (8, 16)}),
        ({"clip": False}, {"clip": False}),
        ({"scales": [0.1, 0.5, 1.4]}, {"scales": (0.1, 0.5, 1.4)}),
    ):
        gen = DefaultBoxGenerator([[2], [2, 3]], min_ratio=0.3, max_ratio=0.8, **kwargs)
        p = SSDHeadParams(
            num_classes=2, aspect_ratios=(2.0, 3.0), ratios_per_level=(1, 2), min_ratio=0.3,
            max_ratio=0.8, **params,
        )  # fmt: skip
        levels = {"a": FeatureInfo(4, 8), "b": FeatureInfo(4, 16)}
        spec = HeadSpec(
            Task.DETECTION,
            levels,
            (Node("head", "ssd_head", ("a", "b"), p),),
            heads.blocks.ssd.SSD_OUTPUTS,
        )
        for h, w in ((96, 160), (61, 83)):
            sizes = feature_sizes_for(spec, (h, w))
            fmaps = [torch.zeros(1, 1, fh, fw) for fh, fw in sizes]
            ref = gen(ImageList(torch.zeros(1, 3, h, w), [(h, w)]), fmaps)[0]
            ours = torch.cat(anchors_for(spec, sizes, input_size=(h, w)))
            torch.testing.assert_close(ours, ref, rtol=0, atol=1e-4)


@pytest.mark.parametrize("name", CASES)
def test_decoding_equals_torchvision_postprocess(name, models, same_detections):
    model, size = models[name], CASES[name][1]
    head = transplant_from_torchvision(heads.get_preset(name, num_classes=5), model).eval()
    feats = _features(head.spec, size, seed=3)
    with torch.no_grad():
        ref_out = model.head(feats)
        out = head(feats)
    image_sizes = [(size, size), (size - 40, size - 7)]  # clipped to the smaller image
    anchors = _torchvision_anchors(model, feats, size)
    ref = model.postprocess_detections(ref_out, anchors, image_sizes)
    settings = {
        "score_threshold": model.score_thresh,
        "iou_threshold": model.nms_thresh,
        "detections_per_img": model.detections_per_img,
        "topk_candidates": model.topk_candidates,
    }
    ours = decode_detections(
        head.spec, out, feature_sizes_for(head.spec, size), image_sizes, input_size=(size, size),
        **settings,
    )  # fmt: skip
    for r in ref:
        r["labels"] = r["labels"] - 1  # torchvision's 0 is the background
    same_detections(ours, ref)
    assert min(len(d["boxes"]) for d in ours) > 20


def _targets():
    return [
        {
            "boxes": torch.tensor([[10.0, 20.0, 70.0, 60.0], [50.0, 50.0, 220.0, 286.0]]),
            "labels": torch.tensor([3, 0]),
        },
        {"boxes": torch.tensor([[0.0, 0.0, 40.0, 90.0]]), "labels": torch.tensor([4])},
        {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.int64)},
    ]


@pytest.mark.parametrize("name", CASES)
def test_loss_equals_torchvision_compute_loss(name, models):
    model, size = models[name], CASES[name][1]
    head = transplant_from_torchvision(heads.get_preset(name, num_classes=5), model).eval()
    feats = _features(head.spec, size, batch=3, seed=5)
    targets = _targets()
    tv_targets = [{"boxes": t["boxes"], "labels": t["labels"] + 1} for t in targets]
    with torch.no_grad():
        ref_out = model.head(feats)
        out = head(feats)
        anchors = _torchvision_anchors(model, feats, size, batch=3)
        matched = [
            model.proposal_matcher(box_ops.box_iou(t["boxes"], a))
            if len(t["boxes"])
            else torch.full((len(a),), -1, dtype=torch.int64)
            for t, a in zip(tv_targets, anchors)
        ]
        ref = model.compute_loss(tv_targets, ref_out, anchors, matched)
        # SSD300's 300 px input is not a multiple of its finest stride: say what it is
        sizes = feature_sizes_for(head.spec, size)
        ours = detection_loss(head.spec, out, targets, sizes, input_size=(size, size))
    assert set(ours) == set(ref)
    for key in ref:
        assert ref[key] > 0
        torch.testing.assert_close(ours[key], ref[key], rtol=1e-5, atol=1e-6)


def test_matching_and_hard_negatives_equal_torchvision():
    g = torch.Generator().manual_seed(0)
    xy = torch.rand(200, 2, generator=g) * 80
    anchors = torch.cat([xy, xy + 5 + torch.rand(200, 2, generator=g) * 30], dim=1)
    gt = torch.tensor([[10.0, 10, 40, 40], [60, 5, 90, 30], [0, 0, 3, 3]])
    ref = det_utils.SSDMatcher(0.5)(box_ops.box_iou(gt, anchors))
    assert torch.equal(ssd_match(gt, anchors), ref)
    assert set(ref.tolist()) >= {0, 1, 2}  # the tiny box still gets its best default box
    losses = torch.rand(2, 50, generator=g)
    positive = torch.rand(2, 50, generator=g) > 0.9
    mined = hard_negatives(losses, positive, 3.0)
    for i in range(2):
        k = 3 * int(positive[i].sum())
        negatives = losses[i].masked_fill(positive[i], -1).topk(k).indices
        assert set(mined[i].nonzero().squeeze(1).tolist()) == set(negatives.tolist())


def test_head_only_transplant_and_refusals():
    tv_head = TVSSDHead([8, 16], [4, 6], 4).eval()
    _scramble(tv_head)
    p = SSDHeadParams(num_classes=3, aspect_ratios=(2.0, 3.0), ratios_per_level=(1, 2))
    levels = {"a": FeatureInfo(8, 8), "b": FeatureInfo(16, 16)}
    spec = HeadSpec(
        Task.DETECTION, levels, (Node("head", "ssd_head", ("a", "b"), p),),
        heads.blocks.ssd.SSD_OUTPUTS,
    )  # fmt: skip
    head = transplant_from_torchvision(spec, tv_head).eval()
    xs = [torch.randn(2, 8, 6, 6), torch.randn(2, 16, 3, 3)]
    with torch.no_grad():
        ref, out = tv_head(xs), head(xs)
    joined = torch.cat([out["aux_background_logits"], out["cls_logits"]], -1)
    assert torch.equal(joined, ref["cls_logits"])
    # a separable spec cannot take plain conv predictors; the message says what to set
    lite = spec.with_params("head", predictor="separable")
    with pytest.raises(ValueError, match="predictor is 'separable'.*predictor='conv'"):
        transplant_from_torchvision(lite, tv_head)
    # a class count that does not fit names the weight and the shapes
    with pytest.raises(
        ValueError, match=r"head\.cls_logits\.0\.weight: shape \(16, 8, 3, 3\) != \(24, 8, 3, 3\)"
    ):
        transplant_from_torchvision(spec.with_params("head", num_classes=5), tv_head)


def test_parameters_are_checked_against_the_levels():
    levels = {"a": FeatureInfo(8, 8), "b": FeatureInfo(16, 16)}

    def spec(**kw):
        node = Node("head", "ssd_head", ("a", "b"), SSDHeadParams(num_classes=3, **kw))
        return HeadSpec(Task.DETECTION, levels, (node,), heads.blocks.ssd.SSD_OUTPUTS)

    for kw, field, text in (
        ({"ratios_per_level": (1, 2, 2)}, "ratios_per_level", "one per level"),
        ({"ratios_per_level": (1, 3)}, "ratios_per_level", "more than the 2"),
        ({"scales": (0.1, 0.2)}, "scales", "needs 3 scales"),
        ({"steps": (8,)}, "steps", "one step per level"),
        ({"min_ratio": 0.9, "max_ratio": 0.2}, "min_ratio", "above max_ratio"),
    ):
        with pytest.raises(SpecError) as e:
            heads.plan(spec(**kw))
        assert e.value.node == "head" and e.value.field == field and text in str(e.value)
    with pytest.raises(SpecError, match="six maps"):
        heads.get_preset("ssd300", {"c4": FeatureInfo(16, 16), "c5": FeatureInfo(32, 32)})
    # the default boxes depend on the input size: no stride-grid cells to export
    with pytest.raises(SpecError, match="fractions of the input"):
        heads.detector.cell_anchors_for(spec())


def test_per_level_anchor_counts_and_json():
    spec = heads.get_preset("ssd300", num_classes=4)
    assert [lv.num_anchors for lv in heads.head_levels(spec)] == [4, 6, 6, 6, 4, 4]
    assert HeadSpec.from_json(spec.to_json()) == spec
    lite = heads.get_preset("ssdlite320", num_classes=4)
    assert [lv.num_anchors for lv in heads.head_levels(lite)] == [6] * 6
    a = heads.analyze(lite, 320)
    assert a.outputs["cls_logits"] == (1, 3234, 4)
    assert a.outputs["aux_background_logits"] == (1, 3234, 1)


def test_export_decodes_like_the_library():
    from designer.codegen import to_python
    from tests.designer.test_codegen import _assert_parity, _load
    from tests.heads.exported_decoding import assert_exported_decoding

    spec = heads.get_preset("ssdlite320", num_classes=3)
    code = to_python(spec, "Det")
    _assert_parity(spec, code, "Det", size=320)
    module = _load(code)
    head = heads.GraphHead(spec).eval()
    with torch.no_grad():
        out = head(_features(spec, 320))
    out = {k: torch.randn_like(v) * 3 for k, v in out.items()}
    sizes = [(320, 320), (300, 310)]
    assert_exported_decoding(spec, module, out, sizes, score_threshold=0.3)


def test_a_small_ssdlite_head_learns_a_box():
    # two levels of a small backbone, one object: the loss falls and the box is found
    levels = {"c4": FeatureInfo(16, 16), "c5": FeatureInfo(16, 32)}
    spec = heads.get_preset("ssdlite320", levels, num_classes=2)
    torch.manual_seed(0)
    head = heads.GraphHead(spec)
    feats = [torch.randn(1, 16, 8, 8), torch.randn(1, 16, 4, 4)]
    target = [{"boxes": torch.tensor([[30.0, 40.0, 90.0, 100.0]]), "labels": torch.tensor([1])}]
    sizes = feature_sizes_for(spec, 128)
    opt = torch.optim.Adam(head.parameters(), lr=1e-2)
    first = None
    for _ in range(150):
        loss = sum(detection_loss(spec, head(feats), target, sizes).values())
        first = first if first is not None else loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert float(loss) < first / 5
    with torch.no_grad():
        det = decode_detections(spec, head.eval()(feats), sizes, [(128, 128)])[0]
    assert int(det["labels"][0]) == 1
    assert box_ops.box_iou(det["boxes"][:1], target[0]["boxes"])[0, 0] > 0.7
