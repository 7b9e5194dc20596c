"""Segmentation blocks and presets: shapes at odd sizes, gradients, JSON, errors, size checks."""

from __future__ import annotations

import pytest
import torch

import heads
from heads.analysis import analyze, level_shape
from heads.blocks.segmentation import ResizeParams, UNetParams
from heads.params import Attention, Fusion, Upsample
from heads.segmenter import IMAGE_LEVEL, with_image_level
from heads.spec import FeatureInfo, HeadSpec, SpecError

LEVELS = {
    "c2": FeatureInfo(8, 4),
    "c3": FeatureInfo(12, 8),
    "c4": FeatureInfo(16, 16),
    "c5": FeatureInfo(24, 32),
}
SMALL = {  # small widths per preset keep the sweep fast
    "deeplabv3": dict(channels=16, aux=True, low_res_logits=True),
    "fcn": dict(aux=True),
    "lraspp": dict(inter_channels=8),
    "unet": dict(decoder_channels=(16, 12, 8), aux=True, low_res_logits=True),
    "deeplabv3plus": dict(channels=16, low_proj=8, aux=True),
    "fpn_seg": dict(fpn_channels=16, channels=8),
    "upernet": dict(channels=16, aux=True),
    "segformer": dict(embed_dim=16),
    "lite_unet": dict(decoder_channels=(12, 8, 8)),
    "lite_unet_pointrend": dict(decoder_channels=(12, 8, 8), point_channels=8),
}
SIZES = [(97, 131), (45, 33)]
#: The segmentation blocks (``resize`` serves every task now, among the primitives).
SEG_BLOCKS = {
    "aspp", "fcn_head", "seg_classifier", "lraspp", "unet_decoder", "deeplabv3plus_decoder",
    "semantic_fpn", "upernet", "mlp_decoder", "pointrend",
}  # fmt: skip


def features_for(spec: HeadSpec, size: tuple[int, int], batch: int = 2) -> dict[str, torch.Tensor]:
    return {n: torch.randn(level_shape(info, size, batch)) for n, info in spec.inputs}


def preset_names() -> list[str]:
    return [p.name for p in heads.list_presets("segmentation")]


def test_every_block_and_preset_is_swept():
    assert set(SMALL) == set(preset_names())
    used = {n.block for name in SMALL for n in heads.get_preset(name, LEVELS, **SMALL[name]).nodes}
    registered = {
        b.name for b in heads.list_blocks("segmentation") if heads.Task.SEGMENTATION in b.tasks
    }
    assert SEG_BLOCKS <= registered
    assert registered <= used


@pytest.mark.parametrize("name", sorted(SMALL))
def test_preset_shapes_grads_and_json(name):
    spec = heads.get_preset(name, LEVELS, num_classes=3, **SMALL[name])
    assert HeadSpec.from_json(spec.to_json()) == spec
    head = heads.GraphHead(HeadSpec.from_json(spec.to_json())).train()
    for i, size in enumerate(SIZES):
        feats = features_for(spec, size)
        out = head(feats)
        assert out["mask_logits"].shape == (2, 3, *size)
        if i == 0:
            # the analysis is of the module in eval mode (training samples PointRend's points)
            expected = analyze(spec, size, batch=2).outputs
            with torch.no_grad():
                evaluated = head.eval()(feats)
            head.train()
            assert {k: tuple(v.shape) for k, v in evaluated.items()} == expected
            assert set(out) == set(expected)
        for key, t in out.items():
            if key.startswith("aux_mask_logits"):
                assert t.shape == (2, 3, *size)
        if i == 0:
            loss = sum(v.float().pow(2).mean() for v in out.values())
            loss.backward()
            missing = [
                n
                for n, p in head.named_parameters()
                if p.grad is None or not p.grad.abs().sum() > 0
            ]
            assert not missing, missing


def test_low_res_logits_are_stride4_for_unet():
    spec = heads.get_preset("lite_unet", heads.segmenter.LITE0_LEVELS, num_classes=4)
    out_type = heads.plan(spec).output_types["aux_low_res"]
    assert out_type.stride == 4
    head = heads.GraphHead(spec).eval()
    out = head(features_for(spec, (256, 256), batch=1))
    assert out["aux_low_res"].shape == (1, 4, 64, 64)
    assert out["mask_logits"].shape == (1, 4, 256, 256)


@pytest.mark.parametrize(
    "upsample,fusion,attention",
    [
        (Upsample.NEAREST, Fusion.SUM, Attention.SCSE),
        (Upsample.TRANSPOSED, Fusion.CONCAT, Attention.NONE),
        (Upsample.PIXEL_SHUFFLE, Fusion.SUM, Attention.NONE),
    ],
)
def test_unet_variants_at_odd_sizes(upsample, fusion, attention):
    spec = heads.get_preset(
        "unet",
        LEVELS,
        num_classes=2,
        decoder_channels=(8,),
        upsample=upsample,
        fusion=fusion,
        attention=attention,
    )
    head = heads.GraphHead(spec)
    out = head(features_for(spec, (97, 131)))["mask_logits"]
    assert out.shape == (2, 2, 97, 131)
    out.mean().backward()
    assert all(p.grad is not None for p in head.parameters())


def test_other_decoders_take_every_upsample_mode():
    for mode in Upsample:
        for name in ("deeplabv3plus", "fpn_seg"):
            spec = heads.get_preset(name, LEVELS, num_classes=2, channels=8, upsample=mode)
            out = heads.GraphHead(spec).eval()(features_for(spec, (45, 33), batch=1))
            assert out["mask_logits"].shape == (1, 2, 45, 33)


def test_resize_output_matches_image_not_stride_multiple():
    spec = heads.get_preset("fcn", {"c5": FeatureInfo(32, 32)}, num_classes=2)
    head = heads.GraphHead(spec).eval()
    img = torch.randn(1, 3, 100, 70)  # neither divisible by 32
    feat = torch.randn(1, 32, 4, 3)
    assert head({"c5": feat, IMAGE_LEVEL: img})["mask_logits"].shape == (1, 2, 100, 70)


def test_image_level_is_added_first_and_checked():
    assert list(with_image_level(LEVELS))[0] == IMAGE_LEVEL
    with pytest.raises(SpecError, match="stride 1"):
        with_image_level({**LEVELS, "image": FeatureInfo(3, 2)})


def test_spec_errors_name_the_field():
    spec = heads.get_preset("unet", LEVELS, num_classes=2)
    bad = spec.with_params("decoder", decoder_channels=(8, 8))
    with pytest.raises(SpecError) as e:
        heads.plan(bad)
    assert e.value.field == "decoder_channels" and "3" in str(e.value)
    bad = spec.replace_node("upsample", params=ResizeParams(Upsample.TRANSPOSED))
    with pytest.raises(SpecError, match="bilinear, nearest") as e:
        heads.plan(bad)
    assert e.value.field == "mode"
    reversed_levels = spec.replace_node("decoder", inputs=("c5", "c4", "c3", "c2"))
    with pytest.raises(SpecError, match="shallow to deep"):
        heads.plan(reversed_levels)
    with pytest.raises(SpecError, match="upsample"):
        heads.plan(spec.replace_node("decoder", params=UNetParams(upsample="bicubic")))


def test_check_design_reports_atrous_rates_past_the_map():
    spec = heads.get_preset("deeplabv3", {"c5": FeatureInfo(64, 32)}, num_classes=2, channels=8)
    msgs = heads.check_design(spec, 224)
    assert len(msgs) == 3 and all("7x7" in m and "aspp" in m and "1x1 conv" in m for m in msgs)
    assert [m for m in heads.check_design(spec, 1024) if "rate 36" in m] == heads.check_design(
        spec, 1024
    )
    assert heads.check_design(spec, 2048) == []  # 64x64 map: every rate fits
    spec = spec.with_params("aspp", rates=(2, 4, 36))
    msgs = heads.check_design(spec, 512)  # 16x16
    assert len(msgs) == 1 and "rate 36" in msgs[0]
    upernet = heads.get_preset("upernet", LEVELS, num_classes=2, channels=8, pool_scales=(1, 6))
    assert any("pool scale 6" in m for m in heads.check_design(upernet, 96))  # 3x3 deepest map


def test_segmentation_head_entry_point():
    head = heads.SegmentationHead(LEVELS, num_classes=5, preset="segformer", embed_dim=8).eval()
    out = head(features_for(head.spec, (50, 70), batch=1))
    assert list(out) == ["mask_logits"] and out["mask_logits"].shape == (1, 5, 50, 70)
    with pytest.raises(SpecError, match="segmentation"):
        heads.SegmentationHead(LEVELS, num_classes=5, preset="linear")
    head.reset(2)
    assert head(features_for(head.spec, (50, 70), batch=1))["mask_logits"].shape[1] == 2
