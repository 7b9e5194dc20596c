"""Classification heads, their presets and losses; the seed's examples as written."""

import subprocess
import sys

import pytest
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

import heads
from heads import BaseHead, ClassificationHead, FeatureInfo, Kind, analyze, build_head
from heads.losses import (
    asymmetric_loss,
    class_weights_from_counts,
    classification_loss,
    multilabel_bce,
)
from heads.params import PoolType


def test_seed_base_head_subclass():
    class CustomHead(BaseHead):
        def build_head(self, in_features, config):
            self.dropout = nn.Dropout(config.get("dropout_rate", 0.0))
            self.fc = nn.Linear(in_features, config["num_classes"])

        def forward(self, features):
            return {"logits": self.fc(self.dropout(features))}

    head = CustomHead()
    head.build_head(512, {"num_classes": 4})
    assert head(torch.randn(3, 512))["logits"].shape == (3, 4)
    assert CustomHead(512, {"num_classes": 2})(torch.randn(1, 512))["logits"].shape == (1, 2)
    with pytest.raises(NotImplementedError):
        BaseHead().build_head(1, {})


def test_seed_classification_head_in_a_custom_classifier():
    class CustomClassifier(nn.Module):
        def __init__(self, num_classes=10):
            super().__init__()
            self.backbone = nn.Sequential(nn.Conv2d(3, 2048, 3, stride=32, padding=1), nn.ReLU())
            self.head = ClassificationHead(
                in_features=2048, num_classes=num_classes, dropout_rate=0.2
            )

        def forward(self, x):
            return self.head(self.backbone(x))

    model = CustomClassifier()
    out = model(torch.randn(2, 3, 224, 224))
    assert out["logits"].shape == (2, 10)
    loss = nn.functional.cross_entropy(out["logits"], torch.tensor([1, 2]))
    loss.backward()
    assert model.head.classifier.fc.weight.grad is not None
    assert model.head.classifier.dropout.p == 0.2


@pytest.mark.parametrize("pool", [p.value for p in PoolType if p is not PoolType.TOKEN])
def test_pools_on_maps(pool):
    head = ClassificationHead(64, 7, pool=pool)
    out = head(torch.randn(2, 64, 5, 6))["logits"]
    assert out.shape == (2, 7)
    assert torch.isfinite(out).all()


def test_pool_values():
    x = torch.randn(2, 3, 4, 4)
    pool = heads.blocks.classification
    assert torch.allclose(pool.AvgPool()(x), x.mean((2, 3)))
    assert torch.allclose(pool.MaxPool()(x), x.amax((2, 3)))
    assert torch.allclose(pool.CatAvgMaxPool()(x), torch.cat([x.mean((2, 3)), x.amax((2, 3))], 1))
    gem = pool.GeMPool(p=1.0)
    assert torch.allclose(gem(x.abs()), x.abs().mean((2, 3)), atol=1e-5)
    # LSE tends to max for large r and to the mean for small r.
    assert torch.allclose(pool.LSEPool(r=200.0)(x), x.amax((2, 3)), atol=0.05)
    assert torch.allclose(pool.LSEPool(r=0.01)(x), x.mean((2, 3)), atol=0.02)
    # Attention pooling with zero scores is the average.
    att = pool.AttentionPool(3)
    nn.init.zeros_(att.score.weight)
    assert torch.allclose(att(x), x.mean((2, 3)), atol=1e-6)


def test_input_layouts():
    head = ClassificationHead(32, 5)
    assert head(torch.randn(2, 32, 3, 3))["logits"].shape == (2, 5)
    assert head(torch.randn(2, 32))["logits"].shape == (2, 5)
    vit = ClassificationHead({"t": FeatureInfo(32, 16, Kind.TOKENS)}, 5, pool="token")
    tokens = torch.randn(2, 197, 32)
    assert torch.allclose(vit(tokens)["logits"], vit.classifier(tokens[:, 0]))
    levels = {"c4": FeatureInfo(16, 16), "c5": FeatureInfo(32, 32)}
    multi = ClassificationHead(levels, 5, levels="all")
    feats = [torch.randn(2, 16, 8, 8), torch.randn(2, 32, 4, 4)]
    assert multi.pool(feats).shape == (2, 48)
    assert multi(feats)["logits"].shape == (2, 5)
    assert multi({"c4": feats[0], "c5": feats[1]})["logits"].shape == (2, 5)
    last = ClassificationHead(levels, 5)
    assert last(feats)["logits"].shape == (2, 5)  # only the deepest level is read
    with pytest.raises(ValueError, match="missing feature level"):
        multi({"c5": feats[1]})


def test_mlp_and_multilabel_options():
    head = ClassificationHead(
        64, 20, 0.1, hidden_features=(128, 32), act="gelu", label_mode="multi"
    )
    out = head(torch.randn(4, 64, 2, 2))["logits"]
    assert out.shape == (4, 20)
    # Multi-label heads start near their prior: sigmoid of the bias is 0.01.
    assert torch.allclose(
        torch.sigmoid(head.classifier.fc.bias), torch.full((20,), 0.01), atol=1e-6
    )
    assert [type(m).__name__ for m in head.mlp.layers][:4] == [
        "Linear",
        "BatchNorm1d",
        "GELU",
        "Dropout",
    ]


def test_reset_keeps_device_dtype_and_other_weights():
    head = ClassificationHead(16, 4, hidden_features=(8,)).to(torch.float64)
    before = head.mlp.layers[0].weight.clone()
    head.reset(9)
    assert head.classifier.fc.weight.dtype == torch.float64
    assert head.classifier.fc.out_features == 9
    assert head.spec.node("classifier").params.num_classes == 9
    assert torch.equal(head.mlp.layers[0].weight, before)
    assert head(torch.randn(2, 16, dtype=torch.float64))["logits"].shape == (2, 9)


def test_linear_preset_loads_torchvision_resnet_fc():
    import torchvision

    resnet = torchvision.models.resnet18(weights=None, num_classes=10).eval()
    head = build_head(512, "linear", num_classes=10).eval()
    head.classifier.fc.load_state_dict(resnet.fc.state_dict())
    body = nn.Sequential(*list(resnet.children())[:-2])
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(head(body(x))["logits"], resnet(x), atol=1e-5)


@pytest.mark.parametrize("name", [p.name for p in heads.list_presets("classification")])
def test_presets_bf16_autocast_and_export(name):
    head = build_head({"c5": FeatureInfo(64, 32)}, name, num_classes=6).eval()
    x = torch.randn(2, 64, 4, 4)
    with torch.autocast("cpu", dtype=torch.bfloat16), torch.no_grad():
        out = head(x)["logits"]
    assert out.shape == (2, 6) and torch.isfinite(out.float()).all()
    exported = torch.export.export(head, (x,))
    assert torch.allclose(exported.module()(x)["logits"], head(x)["logits"], atol=1e-5)


def test_analysis_matches_module_and_flop_counter():
    spec = heads.get_preset("conv_pool", {"c5": FeatureInfo(64, 32)}, num_classes=6)
    a = analyze(spec, (96, 128), batch=2)
    head = build_head(None, spec).eval()
    assert a.total_params == sum(p.numel() for p in head.parameters())
    x = torch.randn(a.input_shapes["c5"])
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        out = head(x)
    assert a.total_flops == counter.get_total_flops() > 0
    assert a.outputs["logits"] == tuple(out["logits"].shape) == (2, 6)
    assert a.node("conv").output_shapes == ((2, 128, 3, 4),)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_losses_finite_under_autocast_with_extreme_logits(dtype):
    logits = torch.tensor([[3e4, -3e4, 0.0], [-6e4, 6e4, 1.0]], requires_grad=True)
    target = torch.tensor([1, 2])
    multi = torch.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]])
    with torch.autocast("cpu", dtype=dtype):
        x = logits.to(dtype)
        losses = [
            classification_loss(
                x, target, label_smoothing=0.1, class_weights=torch.tensor([1.0, 2.0, 0.5])
            ),
            multilabel_bce(x, multi, pos_weight=torch.tensor([2.0, 1.0, 1.0])),
            asymmetric_loss(x, multi),
        ]
    total = sum(losses)
    total.backward()
    assert all(torch.isfinite(loss) for loss in losses)
    assert torch.isfinite(logits.grad).all()


def test_loss_values():
    logits = torch.tensor([[2.0, 0.0, -1.0]])
    ref = nn.functional.cross_entropy(logits, torch.tensor([0]), label_smoothing=0.2)
    assert torch.isclose(classification_loss(logits, torch.tensor([0]), label_smoothing=0.2), ref)
    w = class_weights_from_counts([100, 10, 1])
    assert w[2] > w[1] > w[0] and torch.isclose(w.mean(), torch.tensor(1.0))
    eff = class_weights_from_counts([100, 10, 1], "effective", beta=0.9)
    assert eff[2] > eff[1] > eff[0]
    assert class_weights_from_counts([5, 0, 5])[1] == 0
    # With no focusing and no clip, the asymmetric loss is the mean binary cross-entropy.
    y = torch.tensor([[1.0, 0.0, 1.0]])
    bce = nn.functional.binary_cross_entropy_with_logits(logits, y)
    assert torch.isclose(asymmetric_loss(logits, y, gamma_neg=0, clip=0), bce, atol=1e-6)


def test_import_heads_loads_no_gradio():
    code = "import sys, heads; print('gradio' in sys.modules, 'matplotlib' in sys.modules, 'graphviz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
