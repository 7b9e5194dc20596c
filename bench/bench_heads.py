"""Heads: achieved GFLOP/s against the machine's matmul, bf16 autocast and channels_last
against fp32 (time ratio and output difference), torch.compile, and peak forward memory.

    .venv/bin/python -m bench.bench_heads [--size 512] [--compile] [--presets a,b]
    python -m bench.bench_heads --device cuda [--batch 8]   # on a GPU machine

Writes bench/results/heads.{json,md} (``heads_cuda`` on a GPU). On CUDA, fp32 means fp32: TF32
is off for both the matmul reference and the convolutions, and a separate row times TF32.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import torch

import heads
from bench.common import interleaved, matmul_gflops, row, save
from heads import analyze, build_head, optimize_for_inference

# Heads big enough to be compute-bound (FLOPs at 512x512 for batch 1). The lite heads (64-channel
# towers with group norm, 1-3 GFLOP) spend their time moving memory, not multiplying: their
# GFLOP/s share is reported without a target.
CONV_HEAVY_GFLOP = 10.0
CPU = torch.device("cpu")

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


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def cuda_matmul_gflops(device: torch.device, n: int = 8192) -> float:
    """fp32 (TF32 off) matmul GFLOP/s on the GPU: its practical fp32 compute limit."""
    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    t = interleaved({"mm": lambda: (a @ b, _sync(device))}, warmup=3, repeats=10)["mm"]
    return 2 * n**3 / t / 1e9


def _set_tf32(on: bool) -> None:
    torch.backends.cuda.matmul.allow_tf32 = on
    torch.backends.cudnn.allow_tf32 = on


def gflops_note(heavy: bool, cuda: bool) -> str:
    if cuda:
        # The 0.85 target is the CPU suite's: on a GPU, batch-1 heads are launch-bound and cuDNN's
        # fp32 (no TF32) convolutions reach a fraction of fp32 GEMM; the figure is reported alone.
        return "GPU figure, no target: see docs/performance.md"
    return "conv-heavy" if heavy else "small head: overhead-bound, no target"


def bench_preset(
    name: str,
    size: int,
    compile_: bool,
    ref_gflops: float,
    device: torch.device = CPU,
    batch: int = 1,
) -> list[dict]:
    spec = heads.get_preset(name)
    a = analyze(spec, size, batch)
    head = build_head(None, spec).eval().to(device)
    x = {k: torch.randn(s, device=device) for k, s in a.input_shapes.items()}
    x_cl = {
        k: v.contiguous(memory_format=torch.channels_last) if v.ndim == 4 else v
        for k, v in x.items()
    }
    head_cl = build_head(None, spec).eval()
    head_cl.load_state_dict(head.state_dict())
    head_cl = head_cl.to(device=device, memory_format=torch.channels_last)
    cuda = device.type == "cuda"
    sfx = f" ({device.type}, batch {batch})" if cuda or batch > 1 else ""

    def run(fn):
        def timed():
            with torch.no_grad():
                out = fn()
            _sync(device)
            return out

        return timed

    def bf16():
        with torch.autocast(device.type, dtype=torch.bfloat16):
            return head(x)

    def tf32():
        _set_tf32(True)
        try:
            return head(x)
        finally:
            _set_tf32(False)

    fast = optimize_for_inference(head)
    fns = {
        "fp32": run(lambda: head(x)),
        # Features in channels_last, as the app's backbone gives them.
        "inference": run(lambda: fast(x_cl)),
        "bf16": run(bf16),
        "channels_last": run(lambda: head_cl(x_cl)),
    }
    if cuda:
        fns["tf32"] = run(tf32)
    else:
        # The matmul reference runs in alternation with the head, so both see the same machine.
        n = 2048
        ma, mb = torch.randn(n, n), torch.randn(n, n)
        fns["matmul"] = lambda: ma @ mb
    t = interleaved(fns, warmup=2 if not cuda else 5, repeats=7 if not cuda else 30)
    if not cuda:
        ref_gflops = 2 * n**3 / t["matmul"] / 1e9
    ref_out = fns["fp32"]()
    gflops = a.total_flops / t["fp32"] / 1e9
    heavy = a.total_flops / batch / 1e9 >= CONV_HEAVY_GFLOP
    task = spec.task.value
    rows = [
        row("heads", f"{name} ({task}) fp32 forward{sfx}", t["fp32"] * 1e3, "ms",
            note=f"{a.total_flops / 1e9:.2f} GFLOP, {a.total_params / 1e6:.2f} M params at {size}x{size}"),
        row("heads", f"{name} eager achieved GFLOP/s / matmul GFLOP/s{sfx}", gflops, "GFLOP/s",
            reference=ref_gflops, higher_is_better=True,
            note="the head as built (NCHW, norms as layers); matmul timed in alternation"),
        row("heads", f"{name} optimize_for_inference / fp32{sfx}", t["inference"] * 1e3, "ms",
            reference=t["fp32"] * 1e3,
            note=f"max relative output difference {max_rel_diff(ref_out, fns['inference']()):.2e}"),
        row("heads", f"{name} optimize_for_inference achieved GFLOP/s / matmul GFLOP/s{sfx}",
            a.total_flops / t["inference"] / 1e9, "GFLOP/s", reference=ref_gflops,
            target=0.85 if heavy and not cuda else None, higher_is_better=True,
            note=gflops_note(heavy, cuda)),
        row("heads", f"{name} bf16 autocast / fp32{sfx}", t["bf16"] * 1e3, "ms", reference=t["fp32"] * 1e3,
            note=f"max relative output difference {max_rel_diff(ref_out, fns['bf16']()):.2e}"),
        row("heads", f"{name} channels_last / fp32{sfx}", t["channels_last"] * 1e3, "ms", reference=t["fp32"] * 1e3,
            note=f"max relative output difference {max_rel_diff(ref_out, fns['channels_last']()):.2e}"),
    ]  # fmt: skip
    if cuda:
        rows.append(row("heads", f"{name} TF32 / fp32{sfx}", t["tf32"] * 1e3, "ms", reference=t["fp32"] * 1e3,
                        note=f"max relative output difference {max_rel_diff(ref_out, fns['tf32']()):.2e}"))  # fmt: skip
        torch.cuda.reset_peak_memory_stats(device)
        before = torch.cuda.memory_allocated(device)
        fns["fp32"]()
        peak = (torch.cuda.max_memory_allocated(device) - before) / 2**20
        rows.append(row("heads", f"{name} peak GPU memory of a forward{sfx}", peak, "MB",
                        note="allocated beyond weights and inputs"))  # fmt: skip
    if compile_:
        rows.append(compiled_row(name, head, x, t["fp32"], device, sfx))
        if not cuda:
            rows += frozen_rows(name, fast, x_cl, t["fp32"], a.total_flops, heavy)
    return rows


def frozen_rows(name: str, fast, x_cl, t_eager: float, flops: float, heavy: bool) -> list[dict]:
    """``torch.compile`` with inductor's freezing of the optimize_for_inference head: weights
    become constants, oneDNN convolutions get prepacked weights and fused activations."""
    import torch._inductor.config as inductor_config

    with torch.no_grad(), inductor_config.patch(freezing=True):
        compiled = torch.compile(fast.head, fullgraph=True)
        compiled(x_cl)
    n = 2048
    ma, mb = torch.randn(n, n), torch.randn(n, n)
    with torch.no_grad():
        t = interleaved(
            {"c": lambda: compiled(x_cl), "matmul": lambda: ma @ mb}, warmup=2, repeats=7
        )
    ref = 2 * n**3 / t["matmul"] / 1e9
    return [
        row("heads", f"{name} torch.compile (freezing) of optimize_for_inference / eager", t["c"] * 1e3, "ms",
            reference=t_eager * 1e3, note="inductor freezing: constant weights, fused conv + activation"),
        row("heads", f"{name} torch.compile (freezing) achieved GFLOP/s / matmul GFLOP/s",
            flops / t["c"] / 1e9, "GFLOP/s", reference=ref, target=0.85 if heavy else None,
            higher_is_better=True, note=gflops_note(heavy, False)),
    ]  # fmt: skip


def compiled_row(
    name: str, head, x, t_eager: float, device: torch.device = CPU, sfx: str = ""
) -> dict:
    import torch._dynamo as dynamo

    explain = dynamo.explain(head)(x)
    breaks = explain.graph_break_count
    if breaks:
        return row(
            "heads", f"{name} torch.compile", float(breaks), "graph breaks", note="not compiled"
        )
    compiled = torch.compile(head, fullgraph=True)
    with torch.no_grad():
        t = interleaved({"c": lambda: (compiled(x), _sync(device))}, warmup=2, repeats=7)["c"]
    return row(
        "heads",
        f"{name} torch.compile / eager{sfx}",
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
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument("--batch", type=int, default=1)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    device = torch.device(args.device)
    names = args.presets.split(",") if args.presets else [p.name for p in heads.list_presets()]
    if device.type == "cuda":
        _set_tf32(False)
        torch.backends.cudnn.benchmark = True
        ref = cuda_matmul_gflops(device)
        gpu = torch.cuda.get_device_name(device)
        rows = [row("heads", f"fp32 matmul 8192x8192 ({gpu}, TF32 off, reference)", ref, "GFLOP/s")]
    else:
        ref = matmul_gflops()
        rows = [row("heads", "fp32 matmul 2048x2048 (reference)", ref, "GFLOP/s")]
    for name in names:
        rows += bench_preset(name, args.size, args.compile, ref, device, args.batch)
        if not args.no_memory and device.type == "cpu":
            rows.append(row("heads", f"{name} peak resident memory, forward at {args.size}", peak_memory_mb(name, args.size), "MB",
                            note="process high-water mark incl. weights and inputs"))  # fmt: skip
        print(f"{name} done", flush=True)
    if device.type == "cuda":
        stem = "heads_cuda" if args.batch == 1 else f"heads_cuda_b{args.batch}"
        save(stem, rows, {"gpu": torch.cuda.get_device_name(device), "batch": args.batch})
    else:
        save("heads", rows)


if __name__ == "__main__":
    main()
