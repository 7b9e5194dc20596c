"""Segmentation heads: speed against torchvision's own heads, and decoder cost at 512x512.

1. ``deeplabv3``, ``fcn`` and ``lraspp`` presets (weights transplanted) against torchvision's
   ``DeepLabHead``, ``FCNHead`` and ``LRASPPHead`` followed by the same upsampling to the image,
   on the same features, timed alternately in the same run (warm-up, repeats, median). Target:
   ratio <= 1.05.
2. The ``unet`` and ``deeplabv3plus`` presets on ResNet-50-sized features of a 512x512 image
   (c2 256@128, c3 512@64, c4 1024@32, c5 2048@16): median forward time and the peak resident
   memory one forward adds over the resident set before it (Linux ``VmHWM`` reset through
   ``/proc/self/clear_refs``), each in a fresh process.

Run: ``.venv/bin/python -m bench.bench_segmentation`` (``--quick`` for fewer repeats). Writes
``bench/results/segmentation.{md,json}``. Inference mode (``eval``, ``no_grad``), fp32, CPU.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

RESULTS = Path(__file__).resolve().parent / "results"
RESNET50_512 = {"c2": (256, 128), "c3": (512, 64), "c4": (1024, 32), "c5": (2048, 16)}


def _time_pair(ref, ours, warmup: int, repeats: int) -> tuple[float, float]:
    """Median seconds of ``ref()`` and ``ours()``, run alternately so load drifts hit both."""
    with torch.no_grad():
        for _ in range(warmup):
            ref()
            ours()
        tr, to = [], []
        for _ in range(repeats):
            t = time.perf_counter()
            ref()
            tr.append(time.perf_counter() - t)
            t = time.perf_counter()
            ours()
            to.append(time.perf_counter() - t)
    return statistics.median(tr), statistics.median(to)


def torchvision_parity(warmup: int, repeats: int) -> list[dict]:
    from torchvision.models.segmentation.deeplabv3 import DeepLabHead
    from torchvision.models.segmentation.fcn import FCNHead
    from torchvision.models.segmentation.lraspp import LRASPPHead

    from heads.segmenter import transplant_from_torchvision

    size = (256, 256)
    image = torch.randn(1, 3, *size)
    out8 = torch.randn(1, 2048, 32, 32)  # dilated ResNet-50 at stride 8
    cases = [
        ("deeplabv3", DeepLabHead(2048, 21), {"layer4": out8}, lambda m, f: m(f["layer4"])),
        ("fcn", FCNHead(2048, 21), {"layer4": out8}, lambda m, f: m(f["layer4"])),
        (
            "lraspp",
            LRASPPHead(40, 960, 21, 128),
            {"low": torch.randn(1, 40, 32, 32), "high": torch.randn(1, 960, 16, 16)},
            lambda m, f: m(f),
        ),
    ]
    rows = []
    for name, tv, feats, call in cases:
        tv.eval()
        head = transplant_from_torchvision(tv).eval()
        inputs = {**feats, "image": image}

        def ref(tv=tv, call=call, feats=feats):
            return F.interpolate(call(tv, feats), size=size, mode="bilinear", align_corners=False)

        def ours(head=head, inputs=inputs):
            return head(inputs)["mask_logits"]

        with torch.no_grad():
            diff = (ref() - ours()).abs().max().item()
        # The light head takes milliseconds: more repeats keep its median stable under load.
        n = repeats * (5 if name == "lraspp" else 1)
        t_ref, t_ours = _time_pair(ref, ours, warmup, n)
        rows.append(
            {
                "preset": name,
                "torchvision_ms": round(1e3 * t_ref, 2),
                "heads_ms": round(1e3 * t_ours, 2),
                "ratio": round(t_ours / t_ref, 3),
                "target": 1.05,
                "max_abs_diff": diff,
            }
        )
    return rows


_CHILD = r"""
import json, statistics, sys, time, torch, heads
name, repeats = sys.argv[1], int(sys.argv[2])
torch.manual_seed(0)
levels = {k: heads.FeatureInfo(c, 512 // s) for k, (c, s) in json.loads(sys.argv[3]).items()}
head = heads.GraphHead(heads.get_preset(name, levels, num_classes=21)).eval()
feats = {k: torch.randn(1, c, s, s) for k, (c, s) in json.loads(sys.argv[3]).items()}
feats["image"] = torch.randn(1, 3, 512, 512)
def status(key):  # kB from /proc/self/status
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1])
times = []
with torch.no_grad():
    head(feats)  # warm-up: allocator pools and kernels are set up once
    open("/proc/self/clear_refs", "w").write("5")  # reset the peak (VmHWM) to the current RSS
    base = status("VmRSS:")
    head(feats)
    peak = status("VmHWM:")
    for _ in range(repeats):
        t = time.perf_counter(); head(feats); times.append(time.perf_counter() - t)
a = heads.analyze(head.spec, 512)
print(json.dumps({"preset": name, "forward_ms": round(1e3 * statistics.median(times), 1),
    "peak_added_mib": round((peak - base) / 1024, 1), "params_m": round(a.total_params / 1e6, 2),
    "gflops": round(a.total_flops / 1e9, 1)}))
"""


def decoder_costs(repeats: int) -> list[dict]:
    rows = []
    for name in ("unet", "deeplabv3plus"):
        cmd = [sys.executable, "-c", _CHILD, name, str(repeats), json.dumps(RESNET50_512)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return rows


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats")
    args = ap.parse_args(argv)
    warmup, repeats = (1, 3) if args.quick else (2, 7)
    torch.manual_seed(0)
    result = {
        "machine": f"{platform.machine()}, {torch.get_num_threads()} threads, torch {torch.__version__}",
        "torchvision_parity": torchvision_parity(warmup, repeats),
        "decoders_512": decoder_costs(max(3, repeats // 2)),
        "max_rss_mib_parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "segmentation.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# Segmentation heads benchmark",
        "",
        f"Machine: {result['machine']}. Command: `.venv/bin/python -m bench.bench_segmentation`.",
        "",
        "## Presets against torchvision's heads (same features, 256x256 image, upsampling included)",
        "",
        "| preset | torchvision ms | heads ms | ratio (target <= 1.05) | max abs diff |",
        "|---|---|---|---|---|",
    ]
    for r in result["torchvision_parity"]:
        lines.append(
            f"| {r['preset']} | {r['torchvision_ms']} | {r['heads_ms']} | {r['ratio']} | {r['max_abs_diff']:.1e} |"
        )
    lines += [
        "",
        "## Decoders on ResNet-50 features of a 512x512 image (21 classes, fresh process each)",
        "",
        "| preset | forward ms | peak memory added (MiB) | params (M) | GFLOPs |",
        "|---|---|---|---|---|",
    ]
    for r in result["decoders_512"]:
        lines.append(
            f"| {r['preset']} | {r['forward_ms']} | {r['peak_added_mib']} | {r['params_m']} | {r['gflops']} |"
        )
    (RESULTS / "segmentation.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    result["rows"] = summary_rows(result)
    (RESULTS / "segmentation.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


def summary_rows(result: dict) -> list[dict]:
    """The figures as rows of the benchmark summary (bench/run.py)."""
    from bench.common import row

    rows = [
        row("segmentation", f"{r['preset']} preset / torchvision head", r["heads_ms"], "ms",
            reference=r["torchvision_ms"], target=r["target"], note=f"max abs diff {r['max_abs_diff']:.1e}")
        for r in result["torchvision_parity"]
    ]  # fmt: skip
    for r in result["decoders_512"]:
        rows.append(row("segmentation", f"{r['preset']} decoder, ResNet-50 features at 512x512", r["forward_ms"], "ms",
                        note=f"peak memory added {r['peak_added_mib']} MiB, {r['params_m']} M params, {r['gflops']} GFLOP"))  # fmt: skip
    return rows


if __name__ == "__main__":
    main()
