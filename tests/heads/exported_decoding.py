"""A check shared by the dense-head tests: exported ``decode_detections`` equals the library's."""

from __future__ import annotations

import torch

from heads.detector import decode_detections


def assert_exported_decoding(spec, module, out, image_sizes, **options) -> None:
    """``module.decode_detections`` (an exported file) gives the library's detections for
    ``out``, and some at all."""
    want = decode_detections(spec, out, None, image_sizes, **options)
    got = module.decode_detections(out, image_sizes, **options)
    assert sum(len(d["boxes"]) for d in want) > 0
    for w, g in zip(want, got, strict=True):
        assert torch.equal(w["labels"], g["labels"])
        torch.testing.assert_close(g["boxes"], w["boxes"], rtol=0, atol=1e-5)
        torch.testing.assert_close(g["scores"], w["scores"], rtol=0, atol=1e-6)
