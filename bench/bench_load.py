"""Load on the app's API: concurrent clients editing designs and predicting, over loopback.

Each simulated user is a thread with its own ``gradio_client.Client`` (its own session): it starts
a design with its own number of classes, loads a spec carrying its own name, predicts on an
image, and checks that every answer is its own. Latency is measured per request; the reference
is the same request made by one client alone in the same run, so the figures are ratios
(p50 and p95 under load / alone).

Run: ``.venv/bin/python -m bench.bench_load [--clients 50]``; writes bench/results/load.{md,json}.
"""

from __future__ import annotations

import os

for _k, _v in (
    ("GRADIO_ANALYTICS_ENABLED", "False"),
    ("HF_HUB_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
):
    os.environ.setdefault(_k, _v)

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402


def rss_bytes() -> int:
    """This process's resident memory (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


@dataclass
class LoadResult:
    """What a load run saw: per-request latencies by kind, failures, memory."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    rss_before: int = 0
    rss_peak: int = 0
    rss_after: int = 0
    wall_s: float = 0.0

    def add(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)

    def percentile(self, kind: str, q: float) -> float:
        xs = sorted(self.latencies.get(kind, []))
        if not xs:
            return float("nan")
        return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def _spec_json(levels: dict, index: int) -> str:
    import heads

    spec = heads.get_preset("linear", levels, num_classes=2 + index % 7)
    return spec.to_json().replace('"name": "linear"', f'"name": "client_{index}"')


def user(url: str, index: int, image: str, levels: dict, result: LoadResult, lock) -> None:
    """One simulated user; appends a failure message for any wrong or missing answer."""
    from gradio_client import Client, handle_file

    def timed(kind, *args, **kw):
        t0 = time.perf_counter()
        out = client.predict(*args, **kw)
        with lock:
            result.add(kind, time.perf_counter() - t0)
        return out

    try:
        client = Client(url, verbose=False, httpx_kwargs={"timeout": 120})
        k = 2 + index % 7
        _, design = timed("edit", "classification", "tiny", "linear", k, api_name="/new_design")
        if design["spec"]["nodes"][-1]["params"]["num_classes"] != k:
            raise AssertionError(f"new_design gave another design: {design['spec']}")
        _, design = timed("edit", _spec_json(levels, index), api_name="/load_json")
        if design["spec"]["name"] != f"client_{index}":
            raise AssertionError(f"saw design {design['spec']['name']!r}")
        out = timed("predict", handle_file(image), 0.3, 0.5, "class_aware", 3, api_name="/predict")
        data = out[4]
        if data.get("design") != f"client_{index}" or len(data.get("topk", [])) != min(3, k):
            raise AssertionError(f"prediction for another design: {data!r}"[:300])
        if any(int(d["label"]) >= k for d in data["topk"]):
            raise AssertionError(f"class index beyond this design's {k} classes: {data['topk']}")
        msg, design = timed("edit", api_name="/undo")
        if design["spec"]["name"] == f"client_{index}":
            raise AssertionError("undo did not go back")
    except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
        with lock:
            result.failures.append(f"client {index}: {type(e).__name__}: {str(e)[:300]}")


def run_load(url: str, clients: int, image: str, levels: dict, workers: int | None = None):
    """Run ``clients`` users at once (threads, each its own Client) against ``url``."""
    result = LoadResult(rss_before=rss_bytes())
    lock = threading.Lock()
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            result.rss_peak = max(result.rss_peak, rss_bytes())
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers or clients) as pool:
        for i in range(clients):
            pool.submit(user, url, i, image, levels, result, lock)
    result.wall_s = time.perf_counter() - t0
    stop.set()
    watcher.join()
    result.rss_after = rss_bytes()
    return result


def serve():
    """The app with the small test predictor, on 127.0.0.1; returns (demo, url, levels)."""
    from designer import app as app_mod
    from designer.inference import Predictor, TinyBackbone

    predictor = Predictor(backbone=TinyBackbone())
    demo = app_mod.create_demo(predictor=predictor)
    demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
    return demo, demo.local_url.rstrip("/"), dict(predictor.feature_info)


def main(argv=None) -> int:
    import tempfile

    from PIL import Image

    from bench.common import RESULTS, machine

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5, help="single-client reference runs")
    args = parser.parse_args(argv)
    image = str(Path(tempfile.mkdtemp()) / "img.png")
    Image.new("RGB", (96, 80), (200, 30, 30)).save(image)
    demo, url, levels = serve()
    try:
        run_load(url, 2, image, levels)  # warm-up
        alone = LoadResult()
        for _ in range(args.repeats):
            r = run_load(url, 1, image, levels)
            for k, v in r.latencies.items():
                alone.latencies.setdefault(k, []).extend(v)
        loaded = run_load(url, args.clients, image, levels)
    finally:
        demo.close()
    rows = []
    for kind in ("edit", "predict"):
        ref = statistics.median(alone.latencies[kind])
        p50, p95 = loaded.percentile(kind, 0.5), loaded.percentile(kind, 0.95)
        rows.append(
            {
                "request": kind,
                "alone_median_ms": round(ref * 1000, 1),
                "p50_ms": round(p50 * 1000, 1),
                "p95_ms": round(p95 * 1000, 1),
                "p50_ratio": round(p50 / ref, 2),
                "p95_ratio": round(p95 / ref, 2),
                "requests": len(loaded.latencies[kind]),
            }
        )
    payload = {
        "name": "load",
        "machine": machine(),
        "clients": args.clients,
        "failures": loaded.failures,
        "wall_s": round(loaded.wall_s, 2),
        "rss_mb": {
            "before": loaded.rss_before >> 20,
            "peak": loaded.rss_peak >> 20,
            "after": loaded.rss_after >> 20,
        },
        "rows": rows,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load.json").write_text(json.dumps(payload, indent=2) + "\n")
    head = "| request | alone median ms | p50 ms | p95 ms | p50 / alone | p95 / alone | n |\n"
    head += "|---|---|---|---|---|---|---|\n"
    body = "".join(
        f"| {r['request']} | {r['alone_median_ms']} | {r['p50_ms']} | {r['p95_ms']} | "
        f"{r['p50_ratio']} | {r['p95_ratio']} | {r['requests']} |\n"
        for r in rows
    )
    text = (
        f"# load\n\n{args.clients} concurrent clients (threads, each its own gradio_client "
        f"session) on 127.0.0.1, small test backbone; {len(loaded.failures)} failures; "
        f"wall {loaded.wall_s:.1f} s; server RSS {payload['rss_mb']}.\n\n" + head + body
    )
    (RESULTS / "load.md").write_text(text)
    print(text)
    return 1 if loaded.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
