"""torchvision parity: deeplabv3/fcn/lraspp presets carry torchvision's weights exactly."""

from __future__ import annotations

import copy

import pytest
import torch
from torchvision.models.segmentation import (
    deeplabv3_resnet50,
    fcn_resnet50,
    lraspp_mobilenet_v3_large,
)
from torchvision.models.segmentation.deeplabv3 import DeepLabHead
from torchvision.models.segmentation.fcn import FCNHead
from torchvision.models.segmentation.lraspp import LRASPPHead

import heads
from heads.segmenter import torchvision_features, transplant_from_torchvision
from heads.spec import FeatureInfo


def _randomise_bn(model: torch.nn.Module) -> torch.nn.Module:
    # Non-trivial running statistics, so a norm layer mapped to the wrong place shows.
    g = torch.Generator().manual_seed(1)
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.copy_(torch.randn(m.num_features, generator=g))
            m.running_var.copy_(torch.rand(m.num_features, generator=g) + 0.5)
            m.weight.data.copy_(torch.randn(m.num_features, generator=g))
    return model.eval()


class _FixedFeatures(torch.nn.Module):
    """Stands in for a backbone: returns fixed features of the real widths and strides (the
    torchvision model's own forward still runs its head, aux head and upsampling)."""

    def __init__(self, feats: dict[str, torch.Tensor]):
        super().__init__()
        self.feats = feats

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        return self.feats


FEATS = {
    "deeplabv3": {"out": (2048, 8), "aux": (1024, 8)},
    "fcn": {"out": (2048, 8), "aux": (1024, 8)},
    "lraspp": {"low": (40, 8), "high": (960, 16)},
}


@pytest.fixture(scope="module")
def models():
    torch.manual_seed(0)
    return {
        "deeplabv3": _randomise_bn(
            deeplabv3_resnet50(weights=None, weights_backbone=None, aux_loss=True)
        ),
        "fcn": _randomise_bn(fcn_resnet50(weights=None, weights_backbone=None, aux_loss=True)),
        "lraspp": _randomise_bn(lraspp_mobilenet_v3_large(weights=None, weights_backbone=None)),
    }


@pytest.mark.parametrize("name", ["deeplabv3", "fcn", "lraspp"])
def test_whole_model_parity(models, name):
    model = models[name]
    head = transplant_from_torchvision(model)
    assert not head.training and head.spec.name == name
    x = torch.randn(1, 3, 97, 131)
    feats = {k: torch.randn(1, c, -(-97 // s), -(-131 // s)) for k, (c, s) in FEATS[name].items()}
    model = copy.copy(models[name])  # the shared model keeps its real backbone
    model._modules = dict(model._modules)
    model.backbone = _FixedFeatures(feats)
    with torch.no_grad():
        ref = model(x)
        out = head(torchvision_features(model, x))
    assert out["mask_logits"].shape == ref["out"].shape == (1, 21, 97, 131)
    torch.testing.assert_close(out["mask_logits"], ref["out"], atol=1e-5, rtol=1e-5)
    if "aux" in ref:
        torch.testing.assert_close(out["aux_mask_logits"], ref["aux"], atol=1e-5, rtol=1e-5)


def test_preset_state_dict_matches_torchvision_head_tensor_for_tensor():
    tv = _randomise_bn(DeepLabHead(256, 5, atrous_rates=(3, 6, 9)))
    head = transplant_from_torchvision(tv, {"c5": FeatureInfo(256, 16)})
    spec = heads.get_preset(
        "deeplabv3", {"c5": FeatureInfo(256, 16)}, num_classes=5, atrous_rates=(3, 6, 9)
    )
    assert head.spec == spec
    assert sum(v.numel() for v in head.state_dict().values()) == sum(
        v.numel() for v in tv.state_dict().values()
    )
    x = torch.randn(2, 256, 9, 13)
    img = torch.randn(2, 3, 9 * 16, 13 * 16)
    with torch.no_grad():
        ref = torch.nn.functional.interpolate(
            tv(x), size=img.shape[-2:], mode="bilinear", align_corners=False
        )
        out = head({"c5": x, "image": img})["mask_logits"]
    torch.testing.assert_close(out, ref, atol=1e-5, rtol=1e-5)


def test_bare_heads_transplant():
    fcn = _randomise_bn(FCNHead(64, 3))
    lr = _randomise_bn(LRASPPHead(16, 48, 4, 8))
    x = torch.randn(1, 64, 11, 7)
    img = torch.randn(1, 3, 88, 56)
    with torch.no_grad():
        ref = torch.nn.functional.interpolate(
            fcn(x), size=(88, 56), mode="bilinear", align_corners=False
        )
        torch.testing.assert_close(
            transplant_from_torchvision(fcn)({"layer4": x, "image": img})["mask_logits"], ref
        )
        low, high = torch.randn(1, 16, 11, 7), torch.randn(1, 48, 6, 4)
        ref = torch.nn.functional.interpolate(
            lr({"low": low, "high": high}), size=(88, 56), mode="bilinear", align_corners=False
        )
        out = transplant_from_torchvision(lr)({"low": low, "high": high, "image": img})[
            "mask_logits"
        ]
        torch.testing.assert_close(out, ref)


def test_unknown_module_is_refused():
    with pytest.raises(TypeError, match="DeepLabHead"):
        transplant_from_torchvision(torch.nn.Conv2d(3, 3, 1))
