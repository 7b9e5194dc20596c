"""Shared benchmark helpers: timing with warm-up and medians, machine description, results.

Every figure is measured against a reference in the same run; results are written to
``bench/results/<name>.{json,md}`` as rows ``{benchmark, case, value, unit, reference, ratio,
target, ok, note}``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import torch

RESULTS = Path(__file__).resolve().parent / "results"


def timeit(
    fn: Callable[[], object], *, warmup: int = 3, repeats: int = 15, min_time: float = 0.0
) -> float:
    """Median wall time of ``fn()`` in seconds, after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    times = []
    start = time.perf_counter()
    while len(times) < repeats or time.perf_counter() - start < min_time:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def interleaved_times(
    fns: dict[str, Callable[[], object]], *, warmup: int = 3, repeats: int = 15
) -> dict[str, list[float]]:
    """Every time of several functions measured in alternation, so that machine noise (the
    other core busy, frequency changes) hits each of them alike."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeats):
        for k, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[k].append(time.perf_counter() - t0)
    return times


def interleaved(
    fns: dict[str, Callable[[], object]], *, warmup: int = 3, repeats: int = 15
) -> dict[str, float]:
    """Median times of several functions measured in alternation (:func:`interleaved_times`)."""
    times = interleaved_times(fns, warmup=warmup, repeats=repeats)
    return {k: statistics.median(v) for k, v in times.items()}


def matmul_gflops(n: int = 2048, repeats: int = 10) -> float:
    """Achieved GFLOP/s of an ``n x n`` fp32 matmul: the machine's practical compute limit."""
    a, b = torch.randn(n, n), torch.randn(n, n)
    t = timeit(lambda: a @ b, warmup=2, repeats=repeats)
    return 2 * n**3 / t / 1e9


def machine() -> dict:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "python": platform.python_version(),
    }


def row(
    benchmark: str,
    case: str,
    value: float,
    unit: str,
    *,
    reference: float | None = None,
    target: float | None = None,
    higher_is_better: bool = False,
    note: str = "",
) -> dict:
    """One result row; ``ratio`` is ``value / reference`` and ``ok`` compares it with ``target``
    (or the value itself when there is no reference)."""
    ratio = value / reference if reference else None
    measured = ratio if ratio is not None else value
    ok = None
    if target is not None:
        ok = measured >= target if higher_is_better else measured <= target
    return {
        "benchmark": benchmark, "case": case, "value": value, "unit": unit, "reference": reference,
        "ratio": ratio, "target": target, "ok": ok, "note": note,
    }  # fmt: skip


def fmt(v: float | None) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if abs(v) >= 100:
        return f"{v:.0f}"
    if abs(v) >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def to_markdown(rows: list[dict]) -> str:
    lines = ["| benchmark | case | value | unit | reference | ratio | target | ok | note |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        ok = {True: "yes", False: "**no**", None: ""}[r.get("ok")]
        lines.append(
            f"| {r['benchmark']} | {r['case']} | {fmt(r['value'])} | {r['unit']} | {fmt(r.get('reference'))} "
            f"| {fmt(r.get('ratio'))} | {fmt(r.get('target'))} | {ok} | {r.get('note', '')} |"
        )
    return "\n".join(lines) + "\n"


def save(name: str, rows: list[dict], extra: dict | None = None) -> Path:
    """Write ``bench/results/<name>.json`` and ``.md``; returns the JSON path."""
    RESULTS.mkdir(exist_ok=True)
    payload = {"name": name, "machine": machine(), "rows": rows, **(extra or {})}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2) + "\n")
    (RESULTS / f"{name}.md").write_text(f"# {name}\n\n" + to_markdown(rows))
    print(to_markdown(rows))
    return path
