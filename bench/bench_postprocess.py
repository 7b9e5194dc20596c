"""Post-processing and suppression speed.

1. ``postprocess_detections`` (hard class-aware NMS) against torchvision's
   ``RetinaNet.postprocess_detections`` on the same outputs: 640x640 input, 5 levels (strides
   8-128), 9 anchors, 91 classes (76,725 anchors, 7.0M logits per image). Target ratio <= 0.5.
2. Every suppression method at 1k and 10k clustered boxes, against ``torchvision.ops.batched_nms``
   on the same boxes. Soft-NMS at 1k boxes: target < 20 ms.

Run: ``.venv/bin/python -m bench.bench_postprocess`` -> bench/results/postprocess.{md,json}
"""

from __future__ import annotations

from types import SimpleNamespace

import torch
from torchvision import ops
from torchvision.models.detection import RetinaNet
from torchvision.models.detection._utils import BoxCoder

from bench.common import interleaved, machine, row, save, timeit
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


def bench_postprocess(rows: list[dict]) -> None:
    tv = SimpleNamespace(
        score_thresh=0.05, nms_thresh=0.5, detections_per_img=300, topk_candidates=1000,
        box_coder=BoxCoder((1.0, 1.0, 1.0, 1.0)),
    )  # fmt: skip
    for N in (1, 2):
        _postprocess_case(rows, tv, N)


def _postprocess_case(rows: list[dict], tv, N: int) -> None:
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
        repeats=7,
    )
    rows.append(
        row(
            "postprocess", f"RetinaNet 640x640, {sum(counts)} anchors x 91 classes, N={N}",
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


def bench_suppression(rows: list[dict]) -> None:
    for n in (1000, 10000):
        _suppression_case(rows, n)


def _suppression_case(rows: list[dict], n: int) -> None:
    boxes, scores, labels = _boxes(n)
    ref = timeit(lambda: ops.batched_nms(boxes, scores, labels, 0.5), warmup=2, repeats=9)
    for method in Suppression:
        repeats = 9 if n <= 1000 else 3
        t = timeit(
            lambda m=method: suppress(boxes, scores, labels, m, score_threshold=0.001),
            warmup=1,
            repeats=repeats,
        )
        target = None
        note = "reference: torchvision.ops.batched_nms on the same boxes"
        if n == 1000 and method in (Suppression.SOFT_LINEAR, Suppression.SOFT_GAUSSIAN):
            target, note = 20.0, "target: absolute ms (value), " + note
        rows.append(
            row(
                "suppress",
                f"{method.value}, {n} boxes, 20 classes",
                t * 1e3,
                "ms",
                target=target,
                note=note,
            )
        )
        rows[-1]["reference"] = ref * 1e3
        rows[-1]["ratio"] = t / ref


def main() -> None:
    rows: list[dict] = []
    bench_postprocess(rows)
    bench_suppression(rows)
    path = save("postprocess", rows, {"machine": machine()})
    print(path.with_suffix(".md").read_text())


if __name__ == "__main__":
    main()
