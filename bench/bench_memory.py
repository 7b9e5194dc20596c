"""Resident memory of the real app: at import, idle, and over 1,000 distinct predictions.

    .venv/bin/python -m bench.bench_memory [--predictions 1000] [--skip-imports]

1. Import costs: each heavy module imported alone in a fresh interpreter (VmRSS, and how much
   of it is file-backed library pages, RssFile, against anonymous memory, RssAnon).
2. The app as ``model-heads app`` serves it (EfficientNet-Lite0 with its ImageNet weights, the
   bundled classification head), in its own process on 127.0.0.1: its RSS once it answers
   (idle), then after each block of predictions of *distinct* 640x480 photos sent through the
   API (``/predict``, as gradio_client sends them), so every prediction misses the caches.

Rows: idle RSS (target 600 MB), RSS after the first prediction, the steady state (the median of
the samples over the last 40% of the run; target 1,200 MB), the peak, and the growth over the
second half (what a leak would show). Writes bench/results/memory.{json,md}.
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
import io  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench.common import row, save  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MB = 2**20
#: What the app imports, alone, each in a fresh interpreter.
#: (torch._dynamo is what the first FLOP count imports: torch.utils.flop_counter's dispatch mode.)
IMPORTS = ["numpy", "PIL.Image", "torch", "torch._dynamo", "torchvision", "gradio",
           "matplotlib.pyplot", "designer.app"]  # fmt: skip


def status_of(pid: int | str = "self") -> dict[str, int]:
    """VmRSS, RssAnon, RssFile and VmHWM of a process, in bytes."""
    text = Path(f"/proc/{pid}/status").read_text()
    out = {}
    for key in ("VmRSS", "RssAnon", "RssFile", "VmHWM"):
        m = re.search(rf"^{key}:\s+(\d+) kB", text, re.M)
        out[key] = int(m.group(1)) * 1024 if m else 0
    return out


def import_costs() -> dict[str, dict[str, int]]:
    code = (
        "import sys, re, pathlib\n"
        "mod = sys.argv[1]\n"
        "if mod != '-': __import__(mod)\n"
        "t = pathlib.Path('/proc/self/status').read_text()\n"
        "print(*(int(re.search(k + r':\\s+(\\d+)', t).group(1)) for k in "
        "('VmRSS', 'RssAnon', 'RssFile')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = {}
    for mod in ["-", *IMPORTS]:
        res = subprocess.run([sys.executable, "-c", code, mod], capture_output=True, text=True,
                             env=env, timeout=300, check=True)  # fmt: skip
        rss, anon, file = (int(v) * 1024 for v in res.stdout.split())
        out["python" if mod == "-" else mod] = {"VmRSS": rss, "RssAnon": anon, "RssFile": file}
    return out


def import_rows(imports: dict[str, dict[str, int]]) -> list[dict]:
    return [
        row("memory", f"import {mod} (alone)", st["VmRSS"] / MB, "MB",
            note=f"anonymous {st['RssAnon'] / MB:.0f} MB, file-backed {st['RssFile'] / MB:.0f} MB")
        for mod, st in imports.items()
    ]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def photo(i: int) -> bytes:
    """A distinct 640x480 photo-like JPEG for prediction ``i``."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(i)
    small = rng.integers(0, 256, (30, 40, 3), dtype=np.uint8)
    img = Image.fromarray(small).resize((640, 480), Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def serve(port: int, temp: Path, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GRADIO_TEMP_DIR": str(temp / "gradio"),
           "TMPDIR": str(temp), **(extra_env or {})}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "designer.app", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.time() + 300
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the app did not start within 5 minutes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--predictions", type=int, default=1000,
                        help="0: only the import costs")  # fmt: skip
    parser.add_argument("--every", type=int, default=50, help="sample RSS every N predictions")
    parser.add_argument("--skip-imports", action="store_true")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an environment variable for the app (e.g. MALLOC_ARENA_MAX=2)",
    )
    parser.add_argument("--name", default="memory", help="result file stem")
    args = parser.parse_args(argv)
    extra_env = dict(item.split("=", 1) for item in args.env)

    imports = {} if args.skip_imports else import_costs()
    if args.predictions == 0:  # the import costs alone
        rows = import_rows(imports)
        save(args.name, rows)
        return 0
    temp = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    port = free_port()
    proc = serve(port, temp, extra_env)
    samples: list[tuple[int, dict[str, int]]] = []
    try:
        from gradio_client import Client, handle_file

        client = Client(f"http://127.0.0.1:{port}/", verbose=False,
                        download_files=str(temp / "client"))  # fmt: skip
        time.sleep(2.0)  # the page config served, background threads settled
        idle = status_of(proc.pid)
        image = temp / "photo.jpg"
        t0 = time.perf_counter()
        for i in range(args.predictions):
            image.write_bytes(photo(i))
            out = client.predict(handle_file(str(image)), 0.3, 0.5, "class_aware", 5,
                                 api_name="/predict")  # fmt: skip
            for item in out:  # the client's downloaded copies: this process's disk, not the app's
                if isinstance(item, str) and item.startswith(str(temp / "client")):
                    Path(item).unlink(missing_ok=True)
            if i == 0 or (i + 1) % args.every == 0:
                samples.append((i + 1, status_of(proc.pid)))
                print(f"{i + 1:5d} predictions: RSS {samples[-1][1]['VmRSS'] / MB:7.0f} MB",
                      flush=True)  # fmt: skip
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(temp, ignore_errors=True)

    rss = [s["VmRSS"] / MB for _, s in samples]
    tail = [r for (n, _), r in zip(samples, rss, strict=True) if n >= 0.6 * args.predictions]
    half = [r for (n, _), r in zip(samples, rss, strict=True) if n >= 0.5 * args.predictions]
    steady = statistics.median(tail)
    rows = [
        row("memory", "app idle RSS", idle["VmRSS"] / MB, "MB", target=600.0,
            note=f"{idle['RssFile'] / MB:.0f} MB of it file-backed (shared libraries)"),
        row("memory", "RSS after the first prediction", rss[0], "MB",
            note="backbone, bundled head and caches loaded"),
        row("memory", f"steady state over {args.predictions} distinct predictions", steady, "MB",
            target=1200.0, note="median of the samples over the last 40% of the run"),
        row("memory", "peak RSS", max(s["VmHWM"] for _, s in samples) / MB, "MB"),
        row("memory", "growth over the second half", half[-1] - half[0], "MB",
            note=f"{half[0]:.0f} -> {half[-1]:.0f} MB"),
        row("memory", "prediction through the API, mean", wall / args.predictions * 1000, "ms",
            note="client and app on the same 2 cores"),
    ]  # fmt: skip
    rows += import_rows(imports)
    extra = {
        "samples": [{"predictions": n, **{k: v / MB for k, v in s.items()}} for n, s in samples],
        "imports_mb": {m: {k: v / MB for k, v in st.items()} for m, st in imports.items()},
        "load_average": list(os.getloadavg()),
        "app_env": extra_env,
    }
    save(args.name, rows, extra)
    for r in rows:
        print(f"{r['case']:55s} {r['value']:8.0f} {r['unit']}  {r['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
