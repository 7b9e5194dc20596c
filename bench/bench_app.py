"""The app: prediction round trip through ``gradio_client`` over the same prediction called
directly, a design change's diagram render and code export, the server's resident memory, and
backbone + head throughput at batch 1, 4 and 16.

    .venv/bin/python -m bench.bench_app [--repeats 9]

Targets: round trip / direct at most 1.3; diagram render after a design change under 150 ms;
code export under 50 ms. Writes bench/results/app.{json,md}.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import torch  # noqa: E402

from bench.common import interleaved, row, save, timeit  # noqa: E402


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _median(fn, repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_round_trip(repeats: int) -> list[dict]:
    import httpx
    from gradio_client import Client, handle_file

    from designer import app
    from designer.inference import Predictor

    image = os.path.join(os.path.dirname(app.__file__), "..", "assets", "examples", "shapes_0.png")
    image = os.path.abspath(image)
    predictor = Predictor()
    demo = app.create_demo(predictor=predictor)
    idle_before = rss_mb()
    demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
    rows = []
    try:
        # gradio_client opens a new httpx client for every request (the upload, the queue join,
        # the result stream, each result file), and by default httpx then builds a new SSL
        # context, loading the CA bundle (about 40 ms here), even for an http:// URL. One
        # context made once verifies exactly as the default does; the second client keeps the
        # defaults, to show what they cost.
        client = Client(
            demo.local_url,
            verbose=False,
            download_files=tempfile.mkdtemp(),
            ssl_verify=httpx.create_ssl_context(),
        )
        default_client = Client(demo.local_url, verbose=False, download_files=tempfile.mkdtemp())
        for c in (client, default_client):
            c.predict("detection", "efficientnet_lite0", "fcos_lite", 5, api_name="/new_design")
        args = (handle_file(image), 0.3, 0.5, "class_aware", 5)
        idle = rss_mb()
        # The same prediction called directly: the same design, image and predictor (so the same
        # caches); the caches are cleared before each call on both paths, so both run the whole
        # pipeline.
        from designer import session as ss
        from designer.ui.predict import run_prediction

        backends = ss.Backends(predictor)
        state, _ = ss.new_design(
            ss.initial_session(backends), "detection", "efficientnet_lite0", "fcos_lite", 5,
            backends=backends,
        )  # fmt: skip

        def direct():
            predictor.clear_caches()
            return run_prediction(state, image, 0.3, 0.5, "class_aware", 5, backends=backends)

        def remote(c=client):
            predictor.clear_caches()
            return c.predict(*args, api_name="/predict")

        # In alternation, so that load from elsewhere on the machine hits every path alike.
        t = interleaved(
            {"direct": direct, "remote": remote, "default": lambda: remote(default_client)},
            warmup=1,
            repeats=repeats,
        )
        t_direct, t_remote = t["direct"], t["remote"]
        rows.append(row("app", "prediction round trip via gradio_client / direct call", t_remote * 1e3, "ms",
                        reference=t_direct * 1e3, target=1.3,
                        note="Lite0 + fcos_lite, 256x256 Shapes image; the client reuses one SSL context"))  # fmt: skip
        rows.append(row("app", "the same round trip with gradio_client's default options / direct call",
                        t["default"] * 1e3, "ms", reference=t_direct * 1e3,
                        note="a new SSL context for each of the 4 HTTP requests of a prediction"))  # fmt: skip
        for _ in range(20):
            remote()
        rows.append(row("app", "server resident memory, idle (app built, models loaded)", idle, "MB",
                        note=f"{idle_before:.0f} MB before launch"))  # fmt: skip
        rows.append(row("app", "server resident memory after 20 more predictions", rss_mb(), "MB",
                        reference=idle, note="ratio over idle"))  # fmt: skip
        # A threshold change: cached head outputs, post-processing only.
        remote()
        t_post = _median(lambda: client.predict(*args, api_name="/predict"), repeats)
        rows.append(row("app", "threshold change via gradio_client (cached outputs)", t_post * 1e3, "ms",
                        reference=t_remote * 1e3))  # fmt: skip
    finally:
        demo.close()
    return rows


def bench_design_change(repeats: int) -> list[dict]:
    """The app's flow after a design change: the diagram is drawn (analysis, DOT, SVG), then the
    code is exported; the export reuses the diagram's analysis of the same spec and size."""
    import heads
    from designer import codegen, diagram

    spec = heads.get_preset("fcos_lite", num_classes=5)
    counter = iter(range(10**9))

    def new_spec():  # a design never seen before: nothing cached
        return spec.with_params("head", num_classes=2 + next(counter) % 1000)

    render_t, export_t, cold_t = [], [], []
    for i in range(repeats + 2):
        s = new_spec()
        t0 = time.perf_counter()
        diagram.render(diagram.to_dot(s, image_size=224), "svg")
        t1 = time.perf_counter()
        codegen.to_python(s, "Head", image_size=224)
        t2 = time.perf_counter()
        codegen.to_python(new_spec(), "Head", image_size=224)
        t3 = time.perf_counter()
        if i >= 2:  # warm-up
            render_t.append(t1 - t0)
            export_t.append(t2 - t1)
            cold_t.append(t3 - t2)
    med = statistics.median
    return [
        row("app", "diagram (analysis + DOT + SVG render) after a design change", med(render_t) * 1e3, "ms", target=150),
        row("app", "code export after a design change (diagram drawn first)", med(export_t) * 1e3, "ms", target=50,
            note="text laid out as ruff format writes it; no formatter subprocess"),
        row("app", "code export of a design not analysed before", med(cold_t) * 1e3, "ms",
            note="includes the analysis for the shape comments"),
    ]  # fmt: skip


def bench_batches(repeats: int) -> list[dict]:
    import heads
    from designer.backbones import load_backbone

    bb = load_backbone("efficientnet_lite0")
    head = heads.build_head(
        None, heads.get_preset("fcos_lite", bb.feature_info, num_classes=5)
    ).eval()
    rows = []
    per_image = None
    for n in (1, 4, 16):
        x = torch.randn(n, 3, 256, 256)

        def step(x=x):
            with torch.no_grad():
                return head(bb(x))

        t = timeit(step, warmup=1, repeats=max(3, repeats // 2))
        ips = n / t
        per_image = per_image or ips
        rows.append(row("app", f"backbone + head throughput, batch {n}", ips, "images/s", reference=per_image,
                        higher_is_better=True, note="Lite0 + fcos_lite at 256x256; ratio over batch 1"))  # fmt: skip
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args(argv)
    rows = (
        bench_design_change(args.repeats)
        + bench_batches(args.repeats)
        + bench_round_trip(args.repeats)
    )
    save("app", rows)


if __name__ == "__main__":
    main()
