"""The analysis behind every node's shapes, parameters and FLOPs (``heads.analyze``).

Every edit in the designer analyses the changed design on the meta device. A few operators'
meta kernels are Python decompositions (bilinear upsampling runs dozens of small operators for
one output shape); :class:`heads.analysis.MetaShapes` gives their outputs directly.

1. Every preset at 256x256 (ssdlite320 at 320), cold (the analysis cache cleared), with the
   shortcuts against the same analysis with every operator sent to its kernel, measured in the
   same run. Target: <= 0.5x.
2. The same for the segmentation presets alone (the decoders resize most).
3. One bilinear resize of a (1, 256, 64, 64) meta map, with and without the shortcut.

Run: ``.venv/bin/python -m bench.bench_analysis`` -> bench/results/analysis.{md,json}
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch.utils._python_dispatch import TorchDispatchMode

import heads
import heads.analysis as analysis
from bench.common import interleaved, row, save


class _Kernels(TorchDispatchMode):
    """Every operator to its kernel: the analysis without shortcuts."""

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        return func(*args, **(kwargs or {}))


def _sweep(names: list[str], mode: type) -> None:
    analysis.MetaShapes = mode
    analysis._analyze.cache_clear()
    for name in names:
        heads.analyze(heads.get_preset(name), 320 if name == "ssdlite320" else 256)


def main() -> None:
    torch.set_num_threads(1)
    fast = analysis.MetaShapes
    every = sorted(p.name for p in heads.list_presets())
    seg = sorted(p.name for p in heads.list_presets("segmentation"))
    t = interleaved(
        {
            "fast": lambda: _sweep(every, fast),
            "plain": lambda: _sweep(every, _Kernels),
            "seg_fast": lambda: _sweep(seg, fast),
            "seg_plain": lambda: _sweep(seg, _Kernels),
        },
        warmup=1,
        repeats=5,
    )
    x = torch.empty(1, 256, 64, 64, device="meta")

    def resize(mode):
        with mode():
            F.interpolate(x, size=(128, 128), mode="bilinear", align_corners=False)

    r = interleaved(
        {"fast": lambda: resize(fast), "plain": lambda: resize(_Kernels)}, warmup=3, repeats=50
    )
    analysis.MetaShapes = fast
    n, m = len(every), len(seg)
    rows = [
        row("analysis", f"every preset ({n}), cold", t["fast"] * 1e3, "ms",
            reference=t["plain"] * 1e3, target=0.5,
            note="reference: the same analysis with every operator sent to its meta kernel"),
        row("analysis", f"segmentation presets ({m}), cold", t["seg_fast"] * 1e3, "ms",
            reference=t["seg_plain"] * 1e3, target=0.5, note="reference: as above"),
        row("analysis", "one bilinear resize, (1, 256, 64, 64) meta", r["fast"] * 1e3, "ms",
            reference=r["plain"] * 1e3, note="reference: the meta kernel (a Python decomposition)"),
    ]  # fmt: skip
    save("analysis", rows)


if __name__ == "__main__":
    main()
