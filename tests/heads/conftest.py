"""Helpers shared by the heads tests."""

from __future__ import annotations

import pytest
import torch


def canonical(det: dict[str, torch.Tensor]) -> tuple[torch.Tensor, ...]:
    """Detections in a fixed order (score, then box, then label), so that equal sets compare
    equal whatever order equal scores came out in."""
    keys = torch.cat([det["scores"][:, None], det["boxes"], det["labels"][:, None].float()], 1)
    order = torch.arange(len(keys))
    for col in reversed(range(keys.shape[1])):
        order = order[torch.argsort(keys[order, col], stable=True, descending=col == 0)]
    return det["scores"][order], det["boxes"][order], det["labels"][order]


def _assert_same_detections(ours, ref):
    assert len(ours) == len(ref)
    for o, r in zip(ours, ref):
        assert len(r["boxes"]) > 0
        so, bo, lo = canonical(o)
        sr, br, lr = canonical(r)
        torch.testing.assert_close(so, sr)
        torch.testing.assert_close(bo, br, atol=1e-4, rtol=1e-5)
        assert torch.equal(lo, lr)


@pytest.fixture
def same_detections():
    """``check(ours, ref)``: per image, the same detections (scores, boxes, labels) as sets."""
    return _assert_same_detections
