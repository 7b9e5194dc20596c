"""Segmentation losses: reference values, ignore index, smoothing, autocast, grid matching."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from heads.losses import (
    boundary_loss,
    cross_entropy_loss,
    dice_loss,
    focal_loss,
    match_target,
    segmentation_loss,
)
from heads.losses.segmentation import boundary_mask


def _data(n=2, k=4, h=12, w=10):
    logits = torch.randn(n, k, h, w)
    target = torch.randint(0, k, (n, h, w))
    target[:, :2] = 255
    return logits, target


def test_cross_entropy_matches_torch_with_weights_ignore_and_smoothing():
    logits, target = _data()
    w = torch.tensor([1.0, 2.0, 0.5, 1.5])
    ref = F.cross_entropy(logits, target, weight=w, ignore_index=255, label_smoothing=0.1)
    torch.testing.assert_close(cross_entropy_loss(logits, target, w.tolist(), 255, 0.1), ref)
    ignored = torch.full_like(target, 255)
    assert cross_entropy_loss(logits, ignored).item() == 0.0


def test_ignored_pixels_do_not_matter():
    logits, target = _data()
    other = logits.clone()
    other[:, :, :2] = 100 * torch.randn_like(other[:, :, :2])
    for fn in (cross_entropy_loss, dice_loss, focal_loss, boundary_loss):
        torch.testing.assert_close(fn(logits, target), fn(other, target))


def test_focal_reduces_to_cross_entropy_and_downweights_easy_pixels():
    logits, target = _data()
    torch.testing.assert_close(
        focal_loss(logits, target, gamma=0.0), cross_entropy_loss(logits, target)
    )
    assert focal_loss(logits, target, gamma=2.0) < cross_entropy_loss(logits, target)


def test_dice_perfect_and_wrong():
    target = torch.randint(0, 3, (1, 8, 8))
    perfect = 30.0 * F.one_hot(target, 3).permute(0, 3, 1, 2).float()
    assert dice_loss(perfect, target).item() < 1e-3
    assert dice_loss(-perfect, target).item() > 0.9


def test_boundary_loss_weights_the_band():
    target = torch.zeros(1, 16, 16, dtype=torch.long)
    target[:, :, 8:] = 1
    band = boundary_mask(target, width=3)
    assert band.sum() == 2 * 16 and band[0, :, 7:9].all()
    good = 10.0 * F.one_hot(target, 2).permute(0, 3, 1, 2).float()
    bad_band = good.clone()
    bad_band[:, :, :, 7:9] *= -1  # wrong only on the boundary columns
    ce_gap = cross_entropy_loss(bad_band, target) - cross_entropy_loss(good, target)
    bd_gap = boundary_loss(bad_band, target) - boundary_loss(good, target)
    assert bd_gap > 4 * ce_gap > 0


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_losses_are_finite_and_float32_in_low_precision(dtype):
    logits, target = _data()
    big = (logits * 2000).to(dtype)
    for fn in (cross_entropy_loss, dice_loss, focal_loss, boundary_loss):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss = fn(big, target)
        assert loss.dtype == torch.float32 and math.isfinite(loss.item())


def test_low_resolution_logits_use_the_target_at_their_grid():
    target = torch.zeros(1, 16, 16, dtype=torch.long)
    target[:, 8:] = 2
    small = match_target(target, (4, 4))
    assert small[0, :2].eq(0).all() and small[0, 2:].eq(2).all()
    logits = torch.randn(1, 3, 4, 4)
    torch.testing.assert_close(cross_entropy_loss(logits, target), F.cross_entropy(logits, small))


def test_segmentation_loss_sums_main_aux_and_dice():
    logits, target = _data()
    aux = torch.randn_like(logits)
    out = {"mask_logits": logits, "aux_mask_logits": aux}
    total = segmentation_loss(out, target, aux_weight=0.5, dice_weight=0.2)
    expected = (
        cross_entropy_loss(logits, target)
        + 0.5 * cross_entropy_loss(aux, target)
        + 0.2 * dice_loss(logits, target)
    )
    torch.testing.assert_close(total, expected)
    with pytest.raises(KeyError, match="aux_low_res"):
        segmentation_loss(out, target, logits_key="aux_low_res")
