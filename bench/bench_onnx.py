"""ONNX: onnxruntime's CPU time over torch's eager time for each preset, in the same run.

    .venv/bin/python -m bench.bench_onnx [--size 512] [--presets a,b] [--repeats 10]

Each head is exported with :func:`designer.onnx_export.export_onnx` (raw outputs, dynamic sizes
where the design allows) and run at ``size x size`` (batch 1) by

- torch: the head as built (``GraphHead``, eval, no grad), 2 threads; and
  :func:`heads.optimize_for_inference` (folded norms, channels_last) as a second reference;
- onnxruntime: CPU provider, 2 intra-op threads, graph optimisation ``all`` (and ``basic`` as a
  row of its own, to show what the graph rewrites bring),

timed in alternation (:func:`bench.common.interleaved`). The target, at most 1.0, applies to
conv-heavy heads (at least 10 GFLOP at the size, as in ``bench_heads``); smaller heads are
reported without one. Writes bench/results/onnx.{json,md}.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch

import heads
from bench.common import interleaved, row, save
from designer.onnx_export import OnnxOptions, export_onnx

CONV_HEAVY_GFLOP = 10.0


def _session(model: bytes, level: str):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = {
        "basic": ort.GraphOptimizationLevel.ORT_ENABLE_BASIC,
        "all": ort.GraphOptimizationLevel.ORT_ENABLE_ALL,
    }[level]
    options.log_severity_level = 3
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def bench_preset(name: str, size: int, repeats: int) -> list[dict]:
    spec = heads.get_preset(name)
    analysis = heads.analyze(spec, size)
    gflop = analysis.total_flops / 1e9
    torch.manual_seed(0)
    head = heads.GraphHead(spec).eval()
    t0 = time.perf_counter()
    result = export_onnx(spec, head.state_dict(), options=OnnxOptions(image_size=size))
    export_s = time.perf_counter() - t0
    g = torch.Generator().manual_seed(0)
    x = {k: torch.randn(analysis.input_shapes[k], generator=g) for k in result.inputs}
    feed = {k: v.numpy() for k, v in x.items()}
    fast = heads.optimize_for_inference(head)
    x_cl = {
        k: v.contiguous(memory_format=torch.channels_last) if v.ndim == 4 else v
        for k, v in x.items()
    }
    sessions = {level: _session(result.model, level) for level in ("all", "basic")}

    def eager():
        with torch.inference_mode():
            return head(x)

    def prepared():
        with torch.inference_mode():
            return fast(x_cl)

    fns = {
        "torch": eager,
        "prepared": prepared,
        "ort_all": lambda: sessions["all"].run(None, feed),
        "ort_basic": lambda: sessions["basic"].run(None, feed),
    }
    t = interleaved(fns, warmup=2, repeats=repeats)
    # The same outputs, or the timing compares different work.
    got = sessions["all"].run(None, feed)
    want = [v for k, v in eager().items() for v in (v if isinstance(v, list) else [v])]
    err = max(float(np.abs(a - b.numpy()).max()) for a, b in zip(got, want))
    heavy = gflop >= CONV_HEAVY_GFLOP
    dims = ", ".join(result.dynamic) or "fixed"
    note = (
        f"{gflop:.1f} GFLOP at {size}x{size}; export {export_s:.0f} s; dynamic: {dims}; "
        f"max abs diff {err:.1e}" + ("" if heavy else "; small head, no target")
    )
    ms = {k: v * 1e3 for k, v in t.items()}
    return [
        row("onnx", f"{name} onnxruntime / torch eager", ms["ort_all"], "ms",
            reference=ms["torch"], target=1.0 if heavy else None, note=note),
        row("onnx", f"{name} onnxruntime / optimize_for_inference", ms["ort_all"], "ms",
            reference=ms["prepared"], note="torch reference: folded norms, channels_last"),
        row("onnx", f"{name} onnxruntime basic / all graph optimisation", ms["ort_basic"], "ms",
            reference=ms["ort_all"], note="what onnxruntime's layout and fusion rewrites bring"),
    ]  # fmt: skip


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--presets", default="", help="comma-separated (default: every preset)")
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    names = args.presets.split(",") if args.presets else [p.name for p in heads.list_presets()]
    rows = []
    for name in names:
        print(f"== {name}", flush=True)
        rows += bench_preset(name, args.size, args.repeats)
    save("onnx", rows, {"size": args.size})


if __name__ == "__main__":
    main()
