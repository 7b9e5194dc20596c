"""Post-processing and suppression speed.

1. ``postprocess_detections`` (hard class-aware NMS) against torchvision's
   ``RetinaNet.postprocess_detections`` on the same outputs: 640x640 input, 5 levels (strides
   8-128), 9 anchors, 91 classes (76,725 anchors, 7.0M logits per image). Target ratio <= 0.5.
2. Every suppression method at 1k and 10k clustered boxes, against ``torchvision.ops.batched_nms``
   on the same boxes, measured interleaved. Soft-NMS at 1k boxes: target < 20 ms.

Each case runs at torch's default thread count and at one thread. On a machine shared with other
work, an operation that starts the thread pool waits until a busy core is free (milliseconds per
operation under load), so the one-thread rows are the steadier measure of the work itself; the
load average before and after is in the JSON.

Run: ``.venv/bin/python -m bench.bench_postprocess [--threads 0,1] [--quick]``
-> bench/results/postprocess.{md,json}
"""

from __future__ import annotations

import argparse
import os
from types import SimpleNamespace

import torch
from torchvision import ops
from torchvision.models.detection import RetinaNet
from torchvision.models.detection._utils import BoxCoder

from bench.common import interleaved, machine, row, save
from heads.anchors import Anchors
from heads.nms import Suppression, suppress
from heads.postprocess import postprocess_detections


def _head_outputs(N: int, K: int = 91):
    anchors = Anchors()
    feats = [(80, 80), (40, 40), (20, 20), (10, 10), (5, 5)]
    levels = anchors.for_image((640, 640), feats)
    counts = [len(a) for a in levels]
    M = sum(counts)
    g = torch.Generator().manual_seed(0)
    # an untrained-looking head: prior -4.6 (p=0.01) plus noise, a few confident anchors
    cls = torch.randn(N, M, K, generator=g) * 0.8 - 4.6
    hot = torch.randint(0, M, (N, 300), generator=g)
    cls[torch.arange(N)[:, None], hot, torch.randint(0, K, (N, 300), generator=g)] = 2.0
    reg = torch.randn(N, M, 4, generator=g) * 0.2
    return levels, counts, cls, reg


def _threads_label() -> str:
    return f"threads={torch.get_num_threads()}"


def bench_postprocess(rows: list[dict], repeats: int = 7) -> None:
    tv = SimpleNamespace(
        score_thresh=0.05, nms_thresh=0.5, detections_per_img=300, topk_candidates=1000,
        box_coder=BoxCoder((1.0, 1.0, 1.0, 1.0)),
    )  # fmt: skip
    for N in (1, 2):
        _postprocess_case(rows, tv, N, repeats)


def _postprocess_case(rows: list[dict], tv, N: int, repeats: int) -> None:
    levels, counts, cls, reg = _head_outputs(N)
    split = {
        "cls_logits": list(cls.split(counts, 1)),
        "bbox_regression": list(reg.split(counts, 1)),
    }
    sizes = [(640, 640)] * N
    times = interleaved(
        {
            "ours": lambda: postprocess_detections(cls, reg, levels, counts, sizes),
            "torchvision": lambda: RetinaNet.postprocess_detections(tv, split, [levels] * N, sizes),
        },
        warmup=2,
        repeats=repeats,
    )
    rows.append(
        row(
            "postprocess",
            f"RetinaNet 640x640, {sum(counts)} anchors x 91 classes, N={N}, {_threads_label()}",
            times["ours"] * 1e3, "ms", reference=times["torchvision"] * 1e3, target=0.5,
            note="reference: torchvision RetinaNet.postprocess_detections",
        )
    )  # fmt: skip


def _boxes(n: int, classes: int = 20):
    g = torch.Generator().manual_seed(n)
    centres = torch.rand(max(n // 20, 1), 2, generator=g) * 600
    pick = torch.randint(0, len(centres), (n,), generator=g)
    wh = (torch.rand(len(centres), 2, generator=g) * 120 + 16)[pick] * (
        1 + 0.1 * torch.randn(n, 2, generator=g)
    )
    xy = centres[pick] + torch.randn(n, 2, generator=g) * 6
    boxes = torch.cat([xy, xy + wh.abs() + 1], dim=1)
    return boxes, torch.rand(n, generator=g), torch.randint(0, classes, (n,), generator=g)


def bench_suppression(rows: list[dict], sizes: tuple[int, ...] = (1000, 10000)) -> None:
    for n in sizes:
        _suppression_case(rows, n)


def _suppression_case(rows: list[dict], n: int) -> None:
    boxes, scores, labels = _boxes(n)
    for method in Suppression:
        times = interleaved(
            {
                "ours": lambda m=method: suppress(boxes, scores, labels, m, score_threshold=0.001),
                "batched_nms": lambda: ops.batched_nms(boxes, scores, labels, 0.5),
            },
            warmup=1,
            repeats=9 if n <= 1000 else 3,
        )
        target = None
        note = "reference: torchvision.ops.batched_nms on the same boxes"
        if n == 1000 and method in (Suppression.SOFT_LINEAR, Suppression.SOFT_GAUSSIAN):
            target, note = 20.0, "target: absolute ms (value), " + note
        rows.append(
            row(
                "suppress",
                f"{method.value}, {n} boxes, 20 classes, {_threads_label()}",
                times["ours"] * 1e3,
                "ms",
                target=target,
                note=note,
            )
        )
        rows[-1]["reference"] = times["batched_nms"] * 1e3
        rows[-1]["ratio"] = times["ours"] / times["batched_nms"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--threads", default="0,1", help="comma-separated torch thread counts (0: torch's default)"
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 1k boxes only")
    args = parser.parse_args(argv)
    default_threads = torch.get_num_threads()
    rows: list[dict] = []
    load = {"before": list(os.getloadavg())}
    for threads in (int(t) for t in args.threads.split(",")):
        torch.set_num_threads(threads or default_threads)
        bench_postprocess(rows, repeats=3 if args.quick else 7)
        bench_suppression(rows, (1000,) if args.quick else (1000, 10000))
    torch.set_num_threads(default_threads)
    load["after"] = list(os.getloadavg())
    save("postprocess", rows, {"machine": machine(), "load_average": load})  # prints the table


if __name__ == "__main__":
    main()
