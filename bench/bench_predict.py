"""Prediction latency: a 640x480 image through EfficientNet-Lite0 and a detection head.

    .venv/bin/python -m bench.bench_predict [--repeats 15]

Cases (medians after warm-up, all in one run):

- ``predict`` — a full, uncached prediction (preprocess, backbone, head, decoding, suppression,
  drawing); the backbone and the built head stay loaded, the feature and output caches are
  cleared before every call. Target: p50 under 150 ms on the 2-core machine.
- ``threshold change`` — the same image and head with another score threshold: cached head
  outputs, so post-processing and drawing only. Target: p50 under 30 ms.
- ``threshold change, 100 boxes`` — the same with thresholds low enough that the maximum number
  of detections is decoded and drawn (the worst case for drawing).

References measured in the same run: the bare backbone forward on the same preprocessed input,
and the full prediction (for the threshold change). The detection head is the bundled Shapes head
when ``assets/heads/detection.safetensors`` exists, else the ``fcos_lite`` preset with random
weights (the timing is the same; the detections are not meaningful).
"""

from __future__ import annotations

import argparse
import itertools
import os

import numpy as np
import torch
from PIL import Image

from bench.common import row, save, timeit


def _image() -> Image.Image:
    from designer.data.shapes import make_sample

    sample = make_sample(0, 1, size=640, min_objects=3, max_objects=6, min_size=40, max_size=200)
    return Image.fromarray(np.asarray(sample.image)[80:560])  # 640x480


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument(
        "--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)"
    )
    args = parser.parse_args(argv)
    if args.threads:
        # On a machine shared with other work, one thread can beat two by far: idle-waiting
        # threads of a busy pool cost more than the parallelism gains.
        torch.set_num_threads(args.threads)

    import heads
    from designer.inference import Predictor, default_head, default_head_path

    predictor = Predictor()
    bb = predictor.backbone
    if default_head_path("detection").is_file():
        head = default_head("detection")
        head_note = "bundled Shapes detection head"
    else:
        levels = {k: bb.feature_info[k] for k in ("c3", "c4", "c5")}
        head = heads.get_preset("fcos_lite", levels, num_classes=5)
        head_note = "fcos_lite preset, random weights"
    image = _image()
    x, _ = bb.preprocess(image)

    def backbone_only() -> None:
        with torch.inference_mode():
            bb(x[None])

    def predict_uncached() -> None:
        predictor._features.clear()
        predictor._outputs.clear()
        predictor.predict(image, head, score_threshold=0.3)

    thresholds = itertools.cycle([0.3, 0.35])
    crowded = itertools.cycle([0.001, 0.002])

    def threshold_change() -> None:
        predictor.predict(image, head, score_threshold=next(thresholds))

    def threshold_change_crowded() -> None:
        predictor.predict(image, head, score_threshold=next(crowded))

    r = args.repeats
    t_backbone = timeit(backbone_only, warmup=3, repeats=r)
    t_predict = timeit(predict_uncached, warmup=3, repeats=r)
    t_change = timeit(threshold_change, warmup=3, repeats=r * 2)
    t_crowded = timeit(threshold_change_crowded, warmup=3, repeats=r)
    typical = predictor.predict(image, head, score_threshold=0.3)
    many = predictor.predict(image, head, score_threshold=0.001)
    stages = predict_stages(predictor, image, head, r)

    ms = 1000.0
    input_size = f"{x.shape[2]}x{x.shape[1]}"
    rows = [
        row(
            "predict",
            "backbone forward (reference)",
            t_backbone * ms,
            "ms",
            note=f"Lite0 at {input_size}",
        ),
        row("predict", "full prediction p50", t_predict * ms, "ms", target=150.0, note=head_note),
        row(
            "predict", "full prediction / backbone", t_predict * ms, "ms", reference=t_backbone * ms
        ),
        row(
            "predict",
            "threshold change p50",
            t_change * ms,
            "ms",
            target=30.0,
            note=f"{typical.data['count']} detections at 0.3",
        ),
        row(
            "predict",
            "threshold change / full prediction",
            t_change * ms,
            "ms",
            reference=t_predict * ms,
        ),
        row(
            "predict",
            "threshold change, many boxes p50",
            t_crowded * ms,
            "ms",
            note=f"{many.data['count']} detections drawn",
        ),
    ]
    extra = {"image": "640x480", "input": input_size, "head": head_note, "stages_ms": stages}
    # Other work on the machine inflates every figure; the load average says how much there was.
    extra["load_average"] = list(os.getloadavg())
    extra["torch_threads"] = torch.get_num_threads()
    save(f"bench_predict_threads{args.threads}" if args.threads else "bench_predict", rows, extra)
    return 0


def predict_stages(predictor, image, head, repeats: int) -> dict[str, float]:
    """Median per-stage timings (ms) of uncached predictions."""
    runs = []
    for _ in range(max(3, repeats // 2)):
        predictor._features.clear()
        predictor._outputs.clear()
        runs.append(predictor.predict(image, head, score_threshold=0.3).timings)
    return {k: float(np.median([t[k] for t in runs])) for k in runs[0]}


if __name__ == "__main__":
    raise SystemExit(main())
