"""Box coders equal torchvision's BoxCoder / BoxLinearCoder and invert each other."""

import math

import pytest
import torch
from torchvision.models.detection._utils import BoxCoder, BoxLinearCoder

from heads.box_coding import DeltaBoxCoder, LTRBBoxCoder, clip_boxes


def _boxes(n, scale=200.0):
    xy = torch.rand(n, 2) * scale
    return torch.cat([xy, xy + torch.rand(n, 2) * scale + 1], dim=1)


@pytest.mark.parametrize("weights", [(1.0, 1.0, 1.0, 1.0), (10.0, 10.0, 5.0, 5.0)])
def test_delta_coder_equals_torchvision(weights):
    anchors, gt = _boxes(50), _boxes(50)
    ours, theirs = DeltaBoxCoder(weights), BoxCoder(weights)
    torch.testing.assert_close(ours.encode(gt, anchors), theirs.encode_single(gt, anchors))
    deltas = torch.randn(50, 4) * 3  # large dw/dh hit the clamp
    torch.testing.assert_close(ours.decode(deltas, anchors), theirs.decode_single(deltas, anchors))
    torch.testing.assert_close(
        ours.decode(ours.encode(gt, anchors), anchors), gt, rtol=1e-4, atol=1e-3
    )


def test_delta_decode_is_batched_and_clamped():
    anchors = _boxes(30)
    deltas = torch.randn(3, 30, 4)
    coder = DeltaBoxCoder()
    batched = coder.decode(deltas, anchors)
    assert batched.shape == (3, 30, 4)
    for i in range(3):
        torch.testing.assert_close(batched[i], coder.decode(deltas[i], anchors))
    huge = coder.decode(
        torch.tensor([[0.0, 0.0, 100.0, 100.0]]), torch.tensor([[0.0, 0.0, 16.0, 16.0]])
    )
    assert torch.isfinite(huge).all()
    assert float(huge[0, 2] - huge[0, 0]) == pytest.approx(
        16 * math.exp(math.log(1000 / 16)), rel=1e-4
    )


@pytest.mark.parametrize("normalize", [True, False])
def test_ltrb_coder_equals_torchvision(normalize):
    anchors, gt = _boxes(40), _boxes(40)
    ours, theirs = LTRBBoxCoder(normalize), BoxLinearCoder(normalize)
    torch.testing.assert_close(ours.encode(gt, anchors), theirs.encode(anchors, gt))
    codes = torch.rand(2, 40, 4)
    torch.testing.assert_close(
        ours.decode(codes, anchors), theirs.decode(codes, anchors.expand(2, -1, -1))
    )
    torch.testing.assert_close(
        ours.decode(ours.encode(gt, anchors), anchors), gt, rtol=1e-5, atol=1e-3
    )


def test_clip_boxes():
    boxes = torch.tensor([[-5.0, -2.0, 70.0, 30.0]])
    assert clip_boxes(boxes, (20, 64)).tolist() == [[0.0, 0.0, 64.0, 20.0]]
