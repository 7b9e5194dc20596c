"""Which backbone levels the heads read: ``heads.base.select_levels`` and the presets using it."""

import pytest

import heads
from designer.backbones import backbone_info, backbone_names
from heads.base import PerStride, select_levels
from heads.classifier import _deepest as classifier_deepest
from heads.detector import pick_levels
from heads.segmenter import IMAGE_INFO, feature_levels
from heads.segmenter import _deepest as segmenter_deepest
from heads.spec import FeatureInfo, Kind, SpecError, plan

LITE0 = {
    "c2": FeatureInfo(24, 4),
    "c3": FeatureInfo(40, 8),
    "c4": FeatureInfo(112, 16),
    "c5": FeatureInfo(320, 32),
    "c5_head": FeatureInfo(1280, 32),
}
# torchvision's dilated ResNets: two levels at stride 8, listed deep first on purpose.
DILATED = {
    "image": IMAGE_INFO,
    "layer4": FeatureInfo(2048, 8),
    "c2": FeatureInfo(256, 4),
    "layer3": FeatureInfo(1024, 8),
}
MIXED = {
    "tokens": FeatureInfo(768, 16, Kind.TOKENS),
    "c3": FeatureInfo(40, 8),
    "c4": FeatureInfo(80, 16),
    "pooled": FeatureInfo(80, 32, Kind.VECTOR),
}


@pytest.mark.parametrize(
    ("per_stride", "expected"),
    [
        ("first", ["c2", "c3", "c4", "c5"]),
        ("last", ["c2", "c3", "c4", "c5_head"]),
        ("all", ["c2", "c3", "c4", "c5", "c5_head"]),
    ],
)
def test_per_stride_picks_among_levels_of_one_stride(per_stride, expected):
    assert select_levels(LITE0, per_stride=per_stride) == expected
    assert select_levels(LITE0, per_stride=PerStride(per_stride)) == expected


def test_levels_sort_by_stride_and_same_stride_levels_keep_their_order():
    assert select_levels(DILATED, per_stride="all") == ["image", "c2", "layer4", "layer3"]
    assert select_levels(DILATED, per_stride="first") == ["image", "c2", "layer4"]
    assert select_levels(DILATED, per_stride="last") == ["image", "c2", "layer3"]


def test_kinds_min_stride_count_and_exclude_filter():
    assert select_levels(MIXED, per_stride="all") == ["c3", "tokens", "c4", "pooled"]
    assert select_levels(MIXED, per_stride="first", kinds={Kind.MAP}) == ["c3", "c4"]
    assert select_levels(MIXED, per_stride="last", kinds={Kind.TOKENS, Kind.VECTOR}) == [
        "tokens",
        "pooled",
    ]
    assert select_levels(LITE0, per_stride="first", min_stride=16) == ["c4", "c5"]
    assert select_levels(LITE0, per_stride="first", count=2) == ["c4", "c5"]
    assert select_levels(LITE0, per_stride="all", count=2) == ["c5", "c5_head"]
    assert select_levels(LITE0, per_stride="first", count=9) == ["c2", "c3", "c4", "c5"]
    # Exclusion is by name: another stride-1 level stays.
    levels = {**DILATED, "gray": FeatureInfo(1, 1)}
    assert select_levels(levels, per_stride="all", exclude={"image"}) == [
        "gray",
        "c2",
        "layer4",
        "layer3",
    ]


def test_nothing_qualifying_is_an_empty_list_and_bad_arguments_raise():
    assert select_levels(MIXED, per_stride="first", kinds={Kind.DENSE}) == []
    assert select_levels({}, per_stride="all") == []
    with pytest.raises(ValueError, match="count must be at least 1"):
        select_levels(LITE0, per_stride="first", count=0)
    with pytest.raises(ValueError, match="'middle'"):
        select_levels(LITE0, per_stride="middle")


def test_each_task_reads_the_levels_its_rule_gives():
    # Classification: the deepest level of any kind, the last of its stride.
    assert classifier_deepest(LITE0) == "c5_head"
    assert classifier_deepest(MIXED) == "pooled"
    assert classifier_deepest({"tokens": FeatureInfo(768, 16, Kind.TOKENS)}) == "tokens"
    with pytest.raises(SpecError, match="at least one feature level"):
        classifier_deepest({})
    # Detection: one map per stride (the first), the deepest `count` of stride >= min_stride.
    assert list(pick_levels(LITE0, 3)) == ["c3", "c4", "c5"]
    assert list(pick_levels(LITE0, 5, min_stride=4)) == ["c2", "c3", "c4", "c5"]
    assert list(pick_levels(MIXED, 3)) == ["c3", "c4"]
    assert pick_levels(DILATED, 2) == {"layer4": DILATED["layer4"]}
    with pytest.raises(SpecError, match="stride >= 8; got tokens") as err:
        pick_levels({"tokens": FeatureInfo(768, 16, Kind.TOKENS)}, 3)
    assert err.value.field == "in_features"
    # Segmentation: every level but the image; the deepest is the last of the deepest stride.
    assert feature_levels(DILATED) == ["c2", "layer4", "layer3"]
    assert segmenter_deepest(DILATED) == "layer3"
    assert segmenter_deepest({"image": IMAGE_INFO, **LITE0}) == "c5_head"
    with pytest.raises(SpecError, match="at least one feature level"):
        feature_levels({"image": IMAGE_INFO})


# The levels each preset's nodes read, for the zoo's three kinds of level sets: a C2-C5 pyramid
# (ResNets, MobileNetV3, ConvNeXt, RegNet), the same with EfficientNet's ``c5_head`` conv, and
# ViT's tokens. "SpecError <field>" where the preset cannot use them.
PYRAMID, WITH_HEAD, TOKENS = (
    ("c2", "c3", "c4", "c5"),
    ("c2", "c3", "c4", "c5", "c5_head"),
    ("tokens",),
)
PRESET_READS = {
    "linear": ("pool: c5", "pool: c5_head", "pool: tokens"),
    "mlp": ("pool: c5", "pool: c5_head", "pool: tokens"),
    "norm_mlp": ("pool: c5", "pool: c5_head", "pool: tokens"),
    "conv_pool": ("conv: c5", "conv: c5_head", "SpecError inputs"),
    "multilevel": ("pool: c2 c3 c4 c5", "pool: c2 c3 c4 c5 c5_head", "pool: tokens"),
    "retinanet": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "fcos": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "fpn": ("neck: c2 c3 c4 c5", "neck: c2 c3 c4 c5", "SpecError in_features"),
    "fcos_lite": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "fcos_pan_lite": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "fcos_bifpn_lite": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "retinanet_lite": ("neck: c3 c4 c5", "neck: c3 c4 c5", "SpecError in_features"),
    "deeplabv3": ("aspp: c5", "aspp: c5_head", "SpecError inputs"),
    "fcn": ("fcn: c5", "fcn: c5_head", "SpecError inputs"),
    "lraspp": ("lraspp: c3 c5", "lraspp: c3 c5_head", "SpecError inputs"),
    "unet": ("decoder: c2 c3 c4 c5", "SpecError decoder_channels", "SpecError inputs"),
    "deeplabv3plus": ("aspp: c5; decoder: c2", "aspp: c5_head; decoder: c2", "SpecError inputs"),
    "fpn_seg": ("decoder: c2 c3 c4 c5", "decoder: c2 c3 c4 c5 c5_head", "SpecError inputs"),
    "upernet": ("decoder: c2 c3 c4 c5", "decoder: c2 c3 c4 c5 c5_head", "SpecError inputs"),
    "segformer": ("decoder: c2 c3 c4 c5", "decoder: c2 c3 c4 c5 c5_head", "SpecError inputs"),
    "lite_unet": ("decoder: c2 c3 c4 c5", "SpecError decoder_channels", "SpecError inputs"),
}


def reads(preset: str, levels: dict[str, FeatureInfo]) -> str:
    """``"node: level level; node: level"`` for the planned spec, or ``"SpecError <field>"``."""
    try:
        spec = heads.get_preset(preset, levels)
        plan(spec)
    except SpecError as e:
        return f"SpecError {e.field}"
    names = spec.input_levels
    parts = []
    for node in spec.nodes:
        used = [ref for ref in node.inputs if ref in names and ref != "image"]
        if used:
            parts.append(f"{node.name}: {' '.join(used)}")
    return "; ".join(parts)


@pytest.mark.parametrize("backbone", backbone_names())
@pytest.mark.parametrize("preset", [p.name for p in heads.list_presets()])
def test_every_preset_reads_the_expected_levels_of_every_zoo_backbone(preset, backbone):
    levels = backbone_info(backbone).feature_info
    got = reads(preset, levels)
    family = {PYRAMID: 0, WITH_HEAD: 1, TOKENS: 2}.get(tuple(levels))
    if preset in PRESET_READS and family is not None:
        assert got == PRESET_READS[preset][family]
    else:  # a preset or backbone added later: it plans or says why not
        assert got
