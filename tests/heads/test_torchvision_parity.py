"""Transplanted torchvision detection heads decode and train exactly as torchvision does, at any
input size: anchors, ``postprocess_detections`` and ``compute_loss`` compared at padded sizes
that are not multiples of the coarse levels' strides (where torchvision's
``image_size // feature_size`` rule and the spec's strides disagree)."""

from __future__ import annotations

import math
from functools import partial

import pytest
import torch
from torch import nn
from torchvision.models.detection import FCOS, RetinaNet
from torchvision.models.detection.fcos import FCOSHead as TVFCOSHead
from torchvision.models.detection.image_list import ImageList
from torchvision.models.detection.retinanet import RetinaNetHead as TVRetinaNetHead
from torchvision.ops import FeaturePyramidNetwork
from torchvision.ops.feature_pyramid_network import LastLevelMaxPool

import heads
from heads.blocks.detection import FCOSHeadParams, RetinaNetHeadParams
from heads.detector import (
    anchors_for,
    decode_detections,
    detection_loss,
    feature_sizes_for,
    head_levels,
    num_anchors_per_level,
    transplant_from_torchvision,
)
from heads.params import AnchorStride, ExtraLevel, Norm
from heads.spec import FeatureInfo, HeadSpec, Node, SpecError, Task

#: Padded input sizes: two multiples of 32 that are not multiples of 128 (P6/P7 differ), COCO's
#: usual 800x1344, and one that is not even a multiple of 8 (every level differs).
SIZES = [(352, 544), (800, 1344), (333, 517), (480, 640)]
K = 5


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


class _NoBackbone(nn.Module):
    """What torchvision's detectors need of a backbone to compute losses and post-process."""

    def __init__(self, out_channels: int) -> None:
        super().__init__()
        self.out_channels = out_channels


def _tv_model(kind: str, width: int = 32) -> nn.Module:
    if kind == "retinanet":
        head = TVRetinaNetHead(width, 9, K)
        return RetinaNet(_NoBackbone(width), K, head=head).eval()
    return FCOS(_NoBackbone(width), K, head=TVFCOSHead(width, 1, K, num_convs=2)).eval()


def _level_sizes(size):
    # ResNet + FPN map sizes: every stride-2 step rounds up.
    return [(math.ceil(size[0] / s), math.ceil(size[1] / s)) for s in (8, 16, 32, 64, 128)]


def _image_sizes(size):
    # Two images padded to ``size``: one fills it, one is smaller (its boxes clip to its size).
    return [size, (size[0] - 21, size[1] - 40)]


def _tv_anchors(model, size, feature_sizes, n=2):
    images = ImageList(torch.zeros(n, 3, *size), _image_sizes(size)[:n])
    return model.anchor_generator(images, [torch.zeros(n, 1, h, w) for h, w in feature_sizes])


def _targets(size):
    H, W = size
    # Small and large boxes (P6/P7 anchors match the large ones), some at the far corner, where
    # the two spacing rules put anchors furthest apart.
    return [
        {
            "boxes": torch.tensor(
                [
                    [10.0, 20.0, 90.0, 70.0],
                    [W - 300.0, H - 280.0, W - 2.0, H - 3.0],
                    [W * 0.2, H * 0.1, W * 0.95, H * 0.9],
                    [W - 60.0, 5.0, W - 1.0, 50.0],
                ]
            ),
            "labels": torch.tensor([1, 4, 0, 2]),
        },
        {
            "boxes": torch.tensor(
                [[0.0, 0.0, W * 0.7, H * 0.8], [W - 200.0, H - 190.0, W - 30.0, H - 25.0]]
            ),
            "labels": torch.tensor([3, 3]),
        },
    ]


def _outputs(kind: str, M: int, seed: int) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    # Logits spread over (0.01, 0.99) probabilities: no saturated ties among the scores.
    out = {
        "cls_logits": torch.randn(2, M, K, generator=g) * 1.5 - 1.0,
        "bbox_regression": torch.randn(2, M, 4, generator=g) * 0.3,
    }
    if kind == "fcos":
        out["bbox_regression"] = out["bbox_regression"].abs() + 0.3
        out["bbox_ctrness"] = torch.randn(2, M, 1, generator=g)
    return out


def test_torchvision_presets_state_torchvision_s_anchor_spacing():
    for preset in ("retinanet", "fcos"):
        assert heads.get_preset(preset).node("head").params.anchor_stride is (
            AnchorStride.IMAGE_OVER_FEATURE
        )
    # Designs of this library keep the spec's strides (a location sits at a multiple of them).
    for preset in ("retinanet_lite", "fcos_lite", "fpn"):
        assert heads.get_preset(preset).node("head").params.anchor_stride is AnchorStride.SPEC
    spec = heads.get_preset("retinanet")
    assert HeadSpec.from_json(spec.to_json()) == spec
    assert '"anchor_stride": "image_over_feature"' in spec.to_json()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_anchors_equal_torchvision_at_any_size(kind, size):
    spec = heads.get_preset(kind)
    sizes = feature_sizes_for(spec, size)
    assert sizes == _level_sizes(size)
    ref = _tv_anchors(_tv_model(kind), size, sizes)[0]
    ours = torch.cat(anchors_for(spec, sizes, input_size=size))
    torch.testing.assert_close(ours, ref, rtol=0, atol=0)
    # The sizes are ones where the spec's own strides give other anchors (the test has teeth).
    spec_rule = spec.with_params("head", anchor_stride=AnchorStride.SPEC)
    assert not torch.equal(torch.cat(anchors_for(spec_rule, sizes)), ref)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_decode_equals_torchvision_postprocess_at_any_size(kind, size, same_detections):
    model = _tv_model(kind)
    spec = heads.get_preset(kind, num_classes=K)
    sizes = feature_sizes_for(spec, size)
    counts = num_anchors_per_level(spec, sizes)
    out = _outputs(kind, sum(counts), seed=sum(size))
    anchors = _tv_anchors(model, size, sizes)
    split_out = {k: list(v.split(counts, dim=1)) for k, v in out.items()}
    with torch.no_grad():
        ref = model.postprocess_detections(
            split_out, [list(a.split(counts)) for a in anchors], _image_sizes(size)
        )
    settings = {
        "score_threshold": model.score_thresh,
        "iou_threshold": model.nms_thresh,
        "detections_per_img": model.detections_per_img,
        "topk_candidates": model.topk_candidates,
    }
    ours = decode_detections(spec, out, sizes, _image_sizes(size), input_size=size, **settings)
    same_detections(ours, ref)
    # Without feature sizes they follow from the padded input size.
    derived = decode_detections(spec, out, None, _image_sizes(size), input_size=size, **settings)
    same_detections(derived, ref)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_loss_equals_torchvision_compute_loss_at_any_size(kind, size):
    model = _tv_model(kind)
    spec = heads.get_preset(kind, num_classes=K)
    sizes = feature_sizes_for(spec, size)
    counts = num_anchors_per_level(spec, sizes)
    out = _outputs(kind, sum(counts), seed=7)
    targets = _targets(size)
    anchors = _tv_anchors(model, size, sizes)
    if kind == "retinanet":
        ref = model.compute_loss(targets, out, anchors)
    else:
        ref = model.compute_loss(targets, out, anchors, [h * w for h, w in sizes])
    ours = detection_loss(spec, out, targets, sizes, input_size=size)
    assert set(ours) == set(ref)
    for key in ref:
        torch.testing.assert_close(ours[key], ref[key], atol=1e-6, rtol=1e-5)


def _pyramid_spec(kind: str, width: int, **head_options) -> HeadSpec:
    """A dense head straight on P3-P7 (what torchvision's head reads after its FPN)."""
    levels = {f"p{i}": FeatureInfo(width, 2**i) for i in range(3, 8)}
    params_cls = RetinaNetHeadParams if kind == "retinanet" else FCOSHeadParams
    params = params_cls(
        num_classes=K,
        width=width,
        anchor_stride=AnchorStride.IMAGE_OVER_FEATURE,
        **({"num_convs": 2} if kind == "fcos" else {}),
        **head_options,
    )
    outputs = {"cls_logits": "head.cls_logits", "bbox_regression": "head.bbox_regression"}
    if kind == "fcos":
        outputs["bbox_ctrness"] = "head.bbox_ctrness"
    node = Node("head", f"{kind}_head", tuple(levels), params)
    return HeadSpec(Task.DETECTION, levels, (node,), outputs)


def _scramble(module: nn.Module, seed: int = 1) -> None:
    # Unit-gain weights, so the compared outputs are O(1), not torchvision's ~0 initialisation.
    g = torch.Generator().manual_seed(seed)
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


@pytest.mark.parametrize("size", [(352, 544), (333, 517)])
@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_transplanted_head_decodes_and_trains_as_torchvision(kind, size, same_detections):
    """End to end: torchvision's head and its transplant on the same pyramid, then each side's
    own post-processing and loss."""
    width = 64
    model = _tv_model(kind, width)
    _scramble(model.head)
    spec = _pyramid_spec(kind, width)
    head = transplant_from_torchvision(spec, model.head).eval()
    g = torch.Generator().manual_seed(3)
    sizes = _level_sizes(size)
    ps = [torch.randn(2, width, h, w, generator=g) for h, w in sizes]
    with torch.no_grad():
        ref_out = model.head(ps)
        out = head(dict(zip(spec.input_levels, ps)))
    for key in ref_out:
        torch.testing.assert_close(out[key], ref_out[key], atol=1e-5, rtol=1e-5)
    counts = num_anchors_per_level(spec, sizes)
    assert [lv.stride for lv in head_levels(spec)] == [8, 16, 32, 64, 128]
    anchors = _tv_anchors(model, size, sizes)
    split_out = {k: list(v.split(counts, dim=1)) for k, v in ref_out.items()}
    with torch.no_grad():
        ref = model.postprocess_detections(
            split_out, [list(a.split(counts)) for a in anchors], _image_sizes(size)
        )
    ours = decode_detections(
        spec,
        out,
        sizes,
        _image_sizes(size),
        input_size=size,
        score_threshold=model.score_thresh,
        iou_threshold=model.nms_thresh,
        detections_per_img=model.detections_per_img,
        topk_candidates=model.topk_candidates,
    )
    same_detections(ours, ref)
    targets = _targets(size)
    if kind == "retinanet":
        ref_loss = model.compute_loss(targets, ref_out, anchors)
    else:
        ref_loss = model.compute_loss(targets, ref_out, anchors, [h * w for h, w in sizes])
    loss = detection_loss(spec, out, targets, sizes, input_size=size)
    for key in ref_loss:
        torch.testing.assert_close(loss[key], ref_loss[key], atol=1e-5, rtol=1e-5)


# ---------------------------------------------------------------------------------------------
# GroupNorm's group count
# ---------------------------------------------------------------------------------------------


def _tv_grouped_head(kind: str, width: int) -> nn.Module:
    if kind == "retinanet":  # torchvision's RetinaNet v2 head
        return TVRetinaNetHead(width, 9, K, norm_layer=partial(nn.GroupNorm, 32)).eval()
    return TVFCOSHead(width, 1, K, num_convs=2).eval()


@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_group_count_comes_from_the_torchvision_head_at_width_32(kind):
    # At 32 channels the library's default keeps two channels per group (GroupNorm(16, 32));
    # torchvision's heads use GroupNorm(32, 32). Loading those weights into 16 groups would
    # run without an error and give other outputs.
    tv_head = _tv_grouped_head(kind, 32)
    _scramble(tv_head)
    spec = _pyramid_spec(kind, 32, norm=Norm.GROUP)
    assert spec.node("head").params.norm_groups == 0
    assert heads.build_head(None, spec).head.cls_tower[0].norm.num_groups == 16
    head = transplant_from_torchvision(spec, tv_head).eval()
    assert head.spec.node("head").params.norm_groups == 32
    assert {m.num_groups for m in head.modules() if isinstance(m, nn.GroupNorm)} == {32}
    ps = [torch.randn(2, 32, 12 // 2**i + 1, 20 // 2**i + 1) for i in range(5)]
    with torch.no_grad():
        ref = tv_head(ps)
        out = head(dict(zip(spec.input_levels, ps)))
    for key in ref:
        assert ref[key].abs().max() > 0.5
        torch.testing.assert_close(out[key], ref[key], atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("kind", ["retinanet", "fcos"])
def test_a_built_head_with_another_group_count_is_refused(kind):
    tv_head = _tv_grouped_head(kind, 32)
    built = heads.GraphHead(_pyramid_spec(kind, 32, norm=Norm.GROUP))
    before = {k: v.clone() for k, v in built.state_dict().items()}
    with pytest.raises(ValueError, match=r"num_groups=32 here, 16 in the head.*norm_groups"):
        transplant_from_torchvision(built, tv_head)
    assert all(torch.equal(before[k], v) for k, v in built.state_dict().items())
    # With the count stated it loads, into the same head object.
    stated = heads.GraphHead(_pyramid_spec(kind, 32, norm=Norm.GROUP, norm_groups=32))
    assert transplant_from_torchvision(stated, tv_head) is stated


def test_group_counts_are_checked_in_the_spec():
    with pytest.raises(SpecError, match="24 groups do not divide the 32 channels") as e:
        heads.plan(_pyramid_spec("fcos", 32, norm=Norm.GROUP, norm_groups=24))
    assert e.value.node == "head" and e.value.field == "norm_groups" and "16" in str(e.value)
    with pytest.raises(SpecError, match="apply to norm 'group', not 'batch'") as e:
        heads.plan(_pyramid_spec("fcos", 32, norm=Norm.BATCH, norm_groups=32))
    assert e.value.field == "norm_groups"
    spec = heads.get_preset("fcos", num_classes=3)
    assert spec.node("head").params.norm_groups == 32
    fpn = heads.get_preset("fcos_lite", num_classes=3).with_params("neck", norm=Norm.GROUP)
    with pytest.raises(SpecError, match="5 groups do not divide the 64"):
        heads.plan(fpn.with_params("neck", norm_groups=5))
    assert heads.plan(fpn.with_params("neck", norm_groups=8))


def test_the_pyramid_s_extra_levels_must_be_what_torchvision_computes():
    tv_fpn = FeaturePyramidNetwork([24, 40, 56], 64, extra_blocks=LastLevelMaxPool()).eval()
    levels = {"c3": FeatureInfo(24, 8), "c4": FeatureInfo(40, 16), "c5": FeatureInfo(56, 32)}
    spec = heads.get_preset("fcos_lite", levels, num_classes=3)  # no extra level
    with pytest.raises(ValueError, match="extra_levels is 0 but the torchvision module computes"):
        transplant_from_torchvision(spec, tv_fpn)
    spec = spec.with_params("neck", extra_levels=1, extra_mode=ExtraLevel.CONV_OUTPUT)
    with pytest.raises(ValueError, match="extra_mode is 'conv_output'.*'maxpool'"):
        transplant_from_torchvision(spec, tv_fpn)
