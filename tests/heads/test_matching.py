"""Matchers against torchvision's Matcher and the ATSS / FCOS rules."""

import pytest
import torch
from torchvision.models.detection._utils import Matcher as TVMatcher

from heads.matching import Matcher, atss_assign, fcos_assign, fcos_size_ranges


@pytest.mark.parametrize("low_quality", [True, False])
def test_matcher_equals_torchvision_on_random_inputs(low_quality):
    for seed in range(5):
        g = torch.Generator().manual_seed(seed)
        quality = torch.rand(6, 300, generator=g) * 0.8
        quality[:, :50] = quality[:, :50].round(decimals=1)  # ties
        ours = Matcher(0.5, 0.4, low_quality).match(quality.clone())
        theirs = TVMatcher(0.5, 0.4, low_quality)(quality.clone())
        assert torch.equal(ours, theirs)


def test_matcher_without_boxes_is_background():
    assert Matcher(0.5, 0.4)(torch.zeros(0, 4), torch.rand(5, 4)).tolist() == [-1] * 5


def test_atss_picks_adaptive_positives():
    # level 0: a 4x4 grid of 8 px anchors; level 1: one 32 px anchor
    ys, xs = torch.meshgrid(torch.arange(4) * 8.0, torch.arange(4) * 8.0, indexing="ij")
    small = torch.stack([xs, ys, xs + 8, ys + 8], dim=-1).reshape(-1, 4)
    anchors = torch.cat([small, torch.tensor([[0.0, 0, 32, 32]])])
    boxes = torch.tensor([[1.0, 1, 9, 9], [0.0, 0, 31, 31]])
    matched = atss_assign(anchors, [16, 1], boxes, topk=3)
    assert matched[0] == 0  # the small box's own anchor
    assert matched[16] == 1  # the big box's big anchor
    assert (matched[1:16] != 0).all()
    assert atss_assign(anchors, [16, 1], torch.zeros(0, 4)).tolist() == [-1] * 17


def test_fcos_size_ranges_spread_shapes_objects_over_levels():
    ranges = fcos_size_ranges(3, 20, 120)
    # points at strides 8/16/32 over a 256 px image
    anchors, counts = [], []
    for s in (8, 16, 32):
        c = torch.arange(256 // s) * s + s / 2
        ys, xs = torch.meshgrid(c, c, indexing="ij")
        anchors.append(
            torch.stack([xs - s / 2, ys - s / 2, xs + s / 2, ys + s / 2], -1).reshape(-1, 4)
        )
        counts.append(len(anchors[-1]))
    anchors = torch.cat(anchors)
    levels = torch.repeat_interleave(torch.arange(3), torch.tensor(counts))
    used = set()
    for side in (20, 40, 70, 120):
        boxes = torch.tensor([[60.0, 60, 60 + side, 60 + side]])
        m = fcos_assign(anchors, counts, boxes, 1.5, ranges)
        assert (m >= 0).any(), side
        used |= set(levels[m >= 0].tolist())
    assert used == {0, 1, 2}
    default = set()
    for side in (20, 40, 70, 120):
        m = fcos_assign(anchors, counts, torch.tensor([[60.0, 60, 60 + side, 60 + side]]))
        default |= set(levels[m >= 0].tolist())
    assert 2 not in default  # torchvision COCO ranges leave the coarsest level unused
