"""optimize_for_inference: the same function as the eager head for every preset, folded norms,
contiguous outputs, and the original head untouched."""

import pytest
import torch
from torch import nn

import heads
from heads.inference import InferenceHead, fold_batchnorms, optimize_for_inference
from heads.layers import ConvNormAct


def _randomise_norm_stats(module: nn.Module) -> None:
    # Default running stats (mean 0, var 1) would make a wrong fold look right.
    g = torch.Generator().manual_seed(0)
    for m in module.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm) and m.running_mean is not None:
            m.running_mean.copy_(torch.rand(m.running_mean.shape, generator=g) * 2 - 1)
            m.running_var.copy_(torch.rand(m.running_var.shape, generator=g) + 0.5)
            if m.affine:
                m.weight.data.copy_(torch.rand(m.weight.shape, generator=g) + 0.5)
                m.bias.data.copy_(torch.rand(m.bias.shape, generator=g) - 0.5)


def _tensors(out):
    for k, v in out.items():
        for i, t in enumerate(v if isinstance(v, list) else [v]):
            yield f"{k}[{i}]", t


@pytest.mark.parametrize("name", sorted(p.name for p in heads.list_presets()))
def test_same_outputs_as_eager(name):
    spec = heads.get_preset(name)
    torch.manual_seed(0)
    head = heads.build_head(None, spec).eval()
    _randomise_norm_stats(head)
    before = {k: v.clone() for k, v in head.state_dict().items()}
    a = heads.analyze(spec, 96)
    x = {k: torch.randn(s) for k, s in a.input_shapes.items()}
    fast = optimize_for_inference(head)
    fast_contiguous = optimize_for_inference(head, contiguous_outputs=True)
    with torch.no_grad():
        ref, out, out_c = head(x), fast(x), fast_contiguous(x)
    assert out.keys() == ref.keys() == out_c.keys()
    for (key, r), (_, o), (_, oc) in zip(_tensors(ref), _tensors(out), _tensors(out_c)):
        assert o.shape == r.shape == oc.shape, key
        assert oc.is_contiguous(), f"{key} is not contiguous"
        if o.ndim == 4 and min(o.shape[1:]) > 1:  # maps keep the layout they were computed in
            assert o.is_contiguous(memory_format=torch.channels_last), key
        scale = r.abs().max().clamp(min=1e-6)
        assert ((o - r).abs().max() / scale).item() < 1e-4, key
        assert torch.equal(o, oc), key
    # The original is untouched: same weights, norms still there.
    after = head.state_dict()
    assert after.keys() == before.keys()
    assert all(torch.equal(after[k], before[k]) for k in before)


def test_norms_are_folded_away():
    head = heads.build_head(None, heads.get_preset("unet")).eval()
    n_bn = sum(isinstance(m, nn.BatchNorm2d) for m in head.modules())
    assert n_bn > 0
    fast = optimize_for_inference(head)
    assert not any(isinstance(m, nn.BatchNorm2d) for m in fast.modules())
    # Every folded conv now carries the bias the norm's shift became.
    assert all(m.bias is not None for m in fast.modules() if isinstance(m, nn.Conv2d))
    assert all(
        m.weight.is_contiguous(memory_format=torch.channels_last)
        for m in fast.modules()
        if isinstance(m, nn.Conv2d)
    )


def test_fold_only_adjacent_sequential_pairs():
    class NotSequential(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 3)
            self.norm = nn.BatchNorm2d(4)

        def forward(self, x):  # the norm is not applied to the conv's output
            return self.conv(x) + self.norm(torch.zeros(1, 4, 1, 1))

    m = NotSequential().eval()
    assert fold_batchnorms(m) == 0
    # A norm after an activation is not folded: only conv/linear -> norm pairs are.
    seq = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.BatchNorm2d(4)).eval()
    assert fold_batchnorms(seq) == 0
    nested = nn.Sequential(ConvNormAct(3, 4, norm="batch"), nn.Conv2d(4, 4, 1), nn.BatchNorm2d(4))
    assert fold_batchnorms(nested.eval()) == 2
    lin = nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6)).eval()
    _randomise_norm_stats(lin)
    x = torch.randn(5, 4)
    ref = lin(x)
    assert fold_batchnorms(lin) == 1
    torch.testing.assert_close(lin(x), ref, rtol=1e-5, atol=1e-5)


def test_refuses_training_mode():
    head = heads.build_head(None, heads.get_preset("conv_pool"))
    with pytest.raises(ValueError, match="eval mode"):
        fold_batchnorms(head.train())
    fast = optimize_for_inference(head)
    assert isinstance(fast, InferenceHead) and not fast.training
    assert fast.spec == head.spec
    with pytest.raises(RuntimeError, match="cannot be trained"):
        fast.train()
    assert not any(p.requires_grad for p in fast.parameters())


def test_accepts_lists_and_single_tensors():
    head = heads.ClassificationHead(in_features=32, num_classes=4).eval()
    fast = optimize_for_inference(head)
    x = torch.randn(2, 32, 5, 5)
    with torch.no_grad():
        torch.testing.assert_close(fast(x)["logits"], head(x)["logits"])
        torch.testing.assert_close(fast([x])["logits"], head([x])["logits"])
