"""Heads: achieved GFLOP/s against the machine's matmul, bf16 autocast and channels_last
against fp32 (time ratio and output difference), torch.compile, and peak forward memory.

    .venv/bin/python -m bench.bench_heads [--size 512] [--compile] [--presets a,b]

Writes bench/results/heads.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import torch

import heads
from bench.common import interleaved, matmul_gflops, row, save
from heads import analyze, build_head

# Heads whose FLOPs are mostly convolutions big enough to be compute-bound.
CONV_HEAVY_GFLOP = 2.0

_MEMORY_PROBE = r"""
import json, sys, torch, heads
torch.set_num_threads(2)
def hwm():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM'):
            return int(line.split()[1]) * 1024
name, size = sys.argv[1], int(sys.argv[2])
spec = heads.get_preset(name)
a = heads.analyze(spec, size)
head = heads.build_head(None, spec).eval()
x = {k: torch.randn(s) for k, s in a.input_shapes.items()}
with torch.no_grad():
    head(x)  # allocator warm-up at the same sizes
before = hwm()
with torch.no_grad():
    out = head(x)
print(json.dumps({"peak": hwm(), "before": before}))
"""


def peak_memory_mb(name: str, size: int) -> float:
    """Resident-memory high-water mark of a forward beyond the inputs and weights (MB), in a
    fresh process so earlier heads do not hide it."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, name, str(size)],
        capture_output=True,
        text=True,
        check=True,
    )
    d = json.loads(out.stdout.strip().splitlines()[-1])
    return d["peak"] / 2**20


def max_rel_diff(a: dict, b: dict) -> float:
    worst = 0.0
    for k in a:
        xa = a[k] if isinstance(a[k], list) else [a[k]]
        xb = b[k] if isinstance(b[k], list) else [b[k]]
        for u, v in zip(xa, xb):
            u, v = u.float(), v.float()
            worst = max(worst, ((u - v).abs().max() / u.abs().max().clamp(min=1e-6)).item())
    return worst


def bench_preset(name: str, size: int, compile_: bool, ref_gflops: float) -> list[dict]:
    spec = heads.get_preset(name)
    a = analyze(spec, size)
    head = build_head(None, spec).eval()
    x = {k: torch.randn(s) for k, s in a.input_shapes.items()}
    x_cl = {
        k: v.contiguous(memory_format=torch.channels_last) if v.ndim == 4 else v
        for k, v in x.items()
    }
    head_cl = build_head(None, spec).eval()
    head_cl.load_state_dict(head.state_dict())
    head_cl = head_cl.to(memory_format=torch.channels_last)

    def fp32():
        with torch.no_grad():
            return head(x)

    def bf16():
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            return head(x)

    def cl():
        with torch.no_grad():
            return head_cl(x_cl)

    fns = {"fp32": fp32, "bf16": bf16, "channels_last": cl}
    t = interleaved(fns, warmup=2, repeats=7)
    ref_out = fp32()
    gflops = a.total_flops / t["fp32"] / 1e9
    heavy = a.total_flops / 1e9 >= CONV_HEAVY_GFLOP
    task = spec.task.value
    rows = [
        row("heads", f"{name} ({task}) fp32 forward", t["fp32"] * 1e3, "ms",
            note=f"{a.total_flops / 1e9:.2f} GFLOP, {a.total_params / 1e6:.2f} M params at {size}x{size}"),
        row("heads", f"{name} achieved GFLOP/s / matmul GFLOP/s", gflops, "GFLOP/s", reference=ref_gflops,
            target=0.85 if heavy else None, higher_is_better=True,
            note="conv-heavy" if heavy else "small head: overhead-bound, no target"),
        row("heads", f"{name} bf16 autocast / fp32", t["bf16"] * 1e3, "ms", reference=t["fp32"] * 1e3,
            note=f"max relative output difference {max_rel_diff(ref_out, bf16()):.2e}"),
        row("heads", f"{name} channels_last / fp32", t["channels_last"] * 1e3, "ms", reference=t["fp32"] * 1e3,
            note=f"max relative output difference {max_rel_diff(ref_out, cl()):.2e}"),
    ]  # fmt: skip
    if compile_:
        rows.append(compiled_row(name, head, x, t["fp32"]))
    return rows


def compiled_row(name: str, head, x, t_eager: float) -> dict:
    import torch._dynamo as dynamo

    explain = dynamo.explain(head)(x)
    breaks = explain.graph_break_count
    if breaks:
        return row(
            "heads", f"{name} torch.compile", float(breaks), "graph breaks", note="not compiled"
        )
    compiled = torch.compile(head, fullgraph=True)
    with torch.no_grad():
        t = interleaved({"c": lambda: compiled(x)}, warmup=2, repeats=7)["c"]
    return row(
        "heads",
        f"{name} torch.compile / eager",
        t * 1e3,
        "ms",
        reference=t_eager * 1e3,
        note="0 graph breaks",
    )


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--compile", action="store_true", help="also time torch.compile variants")
    ap.add_argument("--presets", default="", help="comma-separated presets (default: all)")
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    names = args.presets.split(",") if args.presets else [p.name for p in heads.list_presets()]
    ref = matmul_gflops()
    rows = [row("heads", "fp32 matmul 2048x2048 (reference)", ref, "GFLOP/s")]
    for name in names:
        rows += bench_preset(name, args.size, args.compile, ref)
        if not args.no_memory:
            rows.append(row("heads", f"{name} peak resident memory, forward at {args.size}", peak_memory_mb(name, args.size), "MB",
                            note="process high-water mark incl. weights and inputs"))  # fmt: skip
    save("heads", rows)


if __name__ == "__main__":
    main()
