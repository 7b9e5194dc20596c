"""PointRend: point sampling picks the most uncertain points; refinement shapes and gradients."""

from __future__ import annotations

import torch

import heads
from heads.analysis import level_shape
from heads.refinement import (
    PointRend,
    point_loss,
    point_sample,
    sample_uncertain_points,
    uncertain_grid_points,
    uncertainty,
)


def _margin_map(h: int = 8, w: int = 10) -> torch.Tensor:
    # Two classes; the margin between them is |column - 4.5|: the uncertain band is columns 4, 5.
    cols = torch.arange(w, dtype=torch.float32) - 4.5
    margin = cols.abs().expand(h, w)
    logits = torch.zeros(1, 2, h, w)
    logits[0, 0] = margin * torch.sign(cols)
    return logits


def test_grid_points_are_the_most_uncertain_pixels():
    logits = _margin_map()
    idx, coords = uncertain_grid_points(logits, 16)
    cols = (idx % 10).flatten()
    assert set(cols.tolist()) == {4, 5}  # the 16 pixels with margin 0.5
    rows = torch.div(idx, 10, rounding_mode="floor").flatten()
    torch.testing.assert_close(coords[0, :, 0], (cols + 0.5) / 10)
    torch.testing.assert_close(coords[0, :, 1], (rows + 0.5) / 8)
    # The point values at those coordinates are the pixel values.
    torch.testing.assert_close(point_sample(logits, coords)[0, 0], logits[0, 0].flatten()[idx[0]])


def test_training_points_take_the_top_uncertain_of_the_oversampled_set():
    logits = _margin_map()
    n, ratio = 20, 4.0
    g = torch.Generator().manual_seed(3)
    coords = sample_uncertain_points(
        logits, n, oversample_ratio=ratio, importance_ratio=0.75, generator=g
    )
    assert coords.shape == (1, n, 2)
    g = torch.Generator().manual_seed(3)
    candidates = torch.rand(1, int(n * ratio), 2, generator=g)
    unc = uncertainty(point_sample(logits, candidates))[0, 0]
    chosen = coords[0, :15]
    chosen_unc = uncertainty(point_sample(logits, chosen[None]))[0, 0]
    torch.testing.assert_close(chosen_unc.sort().values, unc.topk(15).values.sort().values)
    # The chosen points lie nearer the boundary (x = 0.5) than the candidates on average.
    assert (chosen[:, 0] - 0.5).abs().mean() < (candidates[0, :, 0] - 0.5).abs().mean()


def test_uncertainty_single_class_is_minus_abs():
    x = torch.tensor([[[-3.0, 0.5, 2.0]]])
    torch.testing.assert_close(uncertainty(x), -x.abs())


def _model():
    levels = {"c2": heads.FeatureInfo(8, 4), "c3": heads.FeatureInfo(12, 8)}
    spec = heads.get_preset(
        "unet", levels, num_classes=3, decoder_channels=(8,), low_res_logits=True
    )
    return PointRend(
        heads.GraphHead(spec), "c2", 8, 3, channels=16, num_points=64, subdivision_points=200
    ), spec


def test_pointrend_keys_shapes_and_gradients():
    model, spec = _model()
    feats = {n: torch.randn(level_shape(i, (97, 131), 2)) for n, i in spec.inputs}
    out = model.train()(feats)
    assert out["aux_point_logits"].shape == (2, 3, 64) and out["aux_point_coords"].shape == (
        2,
        64,
        2,
    )
    target = torch.randint(0, 3, (2, 97, 131))
    loss = (
        point_loss(out["aux_point_logits"], out["aux_point_coords"], target)
        + out["mask_logits"].mean()
    )
    loss.backward()
    assert all(p.grad is not None for p in model.parameters())
    model.eval()
    with torch.no_grad():
        ev = model(feats)
    assert set(ev) == set(out)
    assert ev["mask_logits"].shape == (2, 3, 97, 131)
    assert ev["aux_point_logits"].shape == (2, 3, 200)


def test_subdivision_replaces_only_uncertain_points():
    model, spec = _model()
    model.eval()
    model.subdivision_points = 24
    coarse = torch.cat([_margin_map(6, 10), torch.full((1, 1, 6, 10), -50.0)], dim=1)  # 3 classes
    fine = torch.randn(1, 8, 12, 20)
    with torch.no_grad():
        x, pl, coords = model.subdivide(coarse, fine, (12, 20))
    up = torch.nn.functional.interpolate(
        coarse, size=(12, 20), mode="bilinear", align_corners=False
    )
    changed = (x != up).any(dim=1)[0]
    # Upsampled to 20 columns, the smallest margins (0.25) are columns 9 and 10: 24 pixels.
    assert changed.sum() <= 24 and not changed[:, :9].any() and not changed[:, 11:].any()
    assert torch.equal(coords[0, :, 0].unique().sort().values, torch.tensor([9.5, 10.5]) / 20)


def test_point_loss_reads_the_label_at_each_point():
    target = torch.zeros(1, 4, 4, dtype=torch.long)
    target[:, :, 2:] = 1
    coords = torch.tensor([[[0.1, 0.5], [0.9, 0.5]]])
    good = torch.tensor([[[10.0, -10.0], [-10.0, 10.0]]])  # (N, K, P): class 0 then class 1
    assert point_loss(good, coords, target) < 1e-3
    assert point_loss(-good, coords, target) > 10
