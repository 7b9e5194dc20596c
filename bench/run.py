"""Run every benchmark, then write the summary table and docs/performance.md.

    .venv/bin/python -m bench.run            # all benchmarks (about 15-25 minutes on 2 cores)
    .venv/bin/python -m bench.run --only heads,postprocess
    .venv/bin/python -m bench.run --summary  # rebuild the summary from existing results

Each benchmark is its own module writing ``bench/results/<name>.json`` with ``rows``; this
runner calls them one after another (never in parallel: they measure time) and collects rows.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from bench.common import RESULTS, machine, row, to_markdown

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"

# name -> (module, extra arguments, result file stem)
BENCHMARKS = {
    "heads": ("bench.bench_heads", ["--compile", "--presets", "linear,conv_pool,fcos_lite,lite_unet,unet"], "heads"),
    "detection_heads": ("bench.bench_detection_heads", [], "detection_heads"),
    "postprocess": ("bench.bench_postprocess", [], "postprocess"),
    "segmentation": ("bench.bench_segmentation", [], "segmentation"),
    "predict": ("bench.bench_predict", [], "bench_predict"),
    "app": ("bench.bench_app", [], "app"),
    "training": ("bench.bench_training", [], "training"),
    "load": ("bench.bench_load", [], "load"),
    "spec": ("bench.bench_spec", [], "spec"),
    "analysis": ("bench.bench_analysis", [], "analysis"),
    "profile": ("bench.bench_profile", [], "profile"),
    "anchor_fit": ("bench.bench_anchor_fit", [], "anchor_fit"),
    "tta": ("bench.bench_tta", [], "tta"),
    "big_photo": ("bench.bench_big_photo", [], "big_photo"),
    "memory": ("bench.bench_memory", [], "memory"),
    "onnx": ("bench.bench_onnx", [], "onnx"),
    "limits": ("bench.bench_limits", [], "limits"),
    "yolo": ("bench.bench_yolo", [], "yolo"),
    "instance": ("bench.bench_instance", [], "instance"),
    "canvas": ("bench.bench_canvas", [], "canvas"),
}  # fmt: skip

# Run by bench/gpu.sh on a machine with CUDA; their committed results join the summary.
GPU_RESULTS = ("detection_heads_cuda", "heads_cuda", "heads_cuda_b8")

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def run(names: list[str]) -> dict[str, float]:
    took = {}
    for name in names:
        module, args, _ = BENCHMARKS[name]
        print(f"== {name}: python -m {module} {' '.join(args)}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT)
        took[name] = time.perf_counter() - t0
        if proc.returncode:
            print(f"!! {name} failed with exit code {proc.returncode}", file=sys.stderr)
    return took


def collect() -> tuple[list[dict], list[str]]:
    rows, missing = [], []
    for name, (_, _, stem) in BENCHMARKS.items():
        path = RESULTS / f"{stem}.json"
        if not path.exists():
            missing.append(name)
            continue
        data = json.loads(path.read_text())
        for r in data.get("rows", []) if isinstance(data, dict) else data:
            rows.append(r if "benchmark" in r else _load_row(r, data))
    return rows, missing


def collect_gpu() -> tuple[list[dict], str]:
    """Rows of the GPU results, and a line saying what they ran on."""
    rows, where = [], set()
    for stem in GPU_RESULTS:
        path = RESULTS / f"{stem}.json"
        if path.exists():
            data = json.loads(path.read_text())
            rows += data["rows"]
            m = data.get("machine", {})
            where.add(f"{data.get('gpu', 'a GPU')} (torch {m.get('torch', '?')})")
    if not rows:
        return [], ""
    return rows, (
        f"GPU rows (`cuda` in the case) were measured on {', '.join(sorted(where))} with "
        "`bash bench/gpu.sh`."
    )


def _load_row(r: dict, data: dict) -> dict:
    """The load test's per-request rows, as summary rows (p95 over the request alone)."""
    note = (
        f"{data.get('clients')} concurrent clients, {len(data.get('failures', []))} failures, "
        f"p50 {r['p50_ms']:.0f} ms, {r['requests']} requests, wall {data.get('wall_s', 0):.0f} s"
    )
    return row("load", f"{r['request']} p95 under load / alone", r["p95_ms"], "ms",
               reference=r["alone_median_ms"], note=note)  # fmt: skip


def write_summary(rows: list[dict], missing: list[str]) -> None:
    info = machine()
    head = (
        f"Summary written on {info['cpu']} ({info['cores']} cores, torch {info['torch']}, "
        f"Python {info['python']}), {time.strftime('%Y-%m-%d')}. Each benchmark's rows come "
        "from its last run, whose machine its `bench/results/<name>.json` records (some ran "
        "earlier on another 2-core machine). Reproduce with `.venv/bin/python -m bench.run`."
    )
    if missing:
        head += f" Not run: {', '.join(missing)}."
    gpu_rows, gpu_line = collect_gpu()
    if gpu_rows:
        rows = rows + gpu_rows
        head += " " + gpu_line
    table = head + "\n\n" + to_markdown(rows)
    (RESULTS / "summary.md").write_text("# Benchmark summary\n\n" + table)
    (RESULTS / "summary.json").write_text(
        json.dumps({"machine": info, "rows": rows}, indent=2) + "\n"
    )
    if DOC.exists():
        text = DOC.read_text()
        block = f"{BEGIN}\n{table}{END}"
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
        DOC.write_text(text)
    print(table)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--only", default="", help="comma-separated benchmarks: " + ", ".join(BENCHMARKS)
    )
    ap.add_argument("--summary", action="store_true", help="only rebuild the summary")
    args = ap.parse_args(argv)
    if not args.summary:
        names = args.only.split(",") if args.only else list(BENCHMARKS)
        unknown = [n for n in names if n not in BENCHMARKS]
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(unknown)}")
        run(names)
    write_summary(*collect())


if __name__ == "__main__":
    main()
