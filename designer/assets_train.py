"""Train the bundled Shapes heads on frozen EfficientNet-Lite0 features.

``python -m designer.assets_train [--minutes 3] [--images 500] [--out assets/heads]`` generates
Shapes scenes, runs Lite0 once over every image and its mirror (the features are shared by both
heads), then trains

- ``detection``: the ``fcos_lite`` design (FPN over strides 8/16/32 at 64 channels, 2-conv
  towers), FCOS size ranges per level set from the data's object sizes;
- ``segmentation``: the ``lite_unet`` design (a light U-Net decoder over strides 4-32) with its
  loss on the stride-4 grid;

each for a wall-clock budget, and writes ``<out>/<task>.safetensors``, ``<out>/<task>.json``
(spec) and ``<out>/<task>_metrics.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from designer.data.formats import Sample
from designer.training import TASKS, Prepared, TrainConfig, fit, prepare, resolve_design
from heads.spec import Task

LEVELS = ("c2", "c3", "c4", "c5")
DESIGNS = {"detection": "fcos_lite", "segmentation": "lite_unet"}


def shapes_samples(n: int, seed: int, start: int = 0) -> list[Sample]:
    """Shapes scenes carrying both boxes and semantic masks (one feature pass serves both)."""
    from designer.data.shapes import make_sample

    out = []
    for i in range(start, start + n):
        s = make_sample(seed, i)
        out.append(
            Sample(
                s.image,
                f"shapes/{seed}/{i}.png",
                boxes=[tuple(float(v) for v in b) for b in s.boxes],
                labels=[int(k) for k in s.labels],
                mask=s.semantic,
            )
        )
    return out


def _seg_prepared(
    det: Prepared, train: list[Sample], val: list[Sample], names: list[str]
) -> Prepared:
    size, ops = det.image_size, TASKS[Task.SEGMENTATION]
    t_train = [ops.target(s, s.load_image(), size) for s in train]
    if det.flip:
        t_train = t_train + [ops.flip(t, size) for t in t_train]
    t_val = [ops.target(s, s.load_image(), size) for s in val]
    return Prepared(
        Task.SEGMENTATION, names, det.train, t_train, det.val, t_val, size, det.flip, det.seconds
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="training budget per head")
    parser.add_argument("--images", type=int, default=500, help="training images")
    parser.add_argument("--val-images", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="assets/heads")
    parser.add_argument("--tasks", default="detection,segmentation")
    args = parser.parse_args(argv)

    from designer.backbones import load_backbone
    from designer.data.shapes import CLASS_NAMES, SEGMENTATION_CLASS_NAMES

    torch.manual_seed(args.seed)
    backbone = load_backbone("efficientnet_lite0")
    print(f"backbone: {backbone.weights_note}", flush=True)
    info = {k: backbone.feature_info[k] for k in LEVELS}
    train = shapes_samples(args.images, args.seed)
    val = shapes_samples(args.val_images, args.seed, start=args.images)
    cfg = TrainConfig(
        epochs=200, minutes=args.minutes, batch_size=16, lr=3e-3, patience=0, seed=args.seed
    )
    t0 = time.perf_counter()

    def report(p):
        if p.stage == "features" and p.step % 64 < 16:
            print(f"  {p.message} ({p.elapsed:.0f}s)", flush=True)
        elif p.stage == "epoch":
            shown = {k: round(v, 4) for k, v in p.metrics.items() if isinstance(v, float)}
            print(f"  epoch {p.epoch}: {shown}", flush=True)

    det = prepare(
        Task.DETECTION, list(CLASS_NAMES), train, val, backbone, LEVELS, cfg, progress=report
    )
    print(
        f"features: {det.seconds:.0f}s for {len(train)} images (+ mirrors) and {len(val)}",
        flush=True,
    )
    data = {
        "detection": det,
        "segmentation": _seg_prepared(det, train, val, list(SEGMENTATION_CLASS_NAMES)),
    }
    out = Path(args.out)
    summary = {}
    for task in args.tasks.split(","):
        names = data[task].class_names
        spec = resolve_design(DESIGNS[task], task, info, len(names))
        spec = type(spec)(spec.task, spec.inputs, spec.nodes, spec.outputs, f"shapes_{task}")
        print(f"training {task} ({DESIGNS[task]}) for {args.minutes} min", flush=True)
        result = fit(spec, data[task], cfg, progress=report)
        result.backbone = "efficientnet_lite0"
        paths = result.save(out, stem=task, curves=False)
        summary[task] = {"metrics": {k: v for k, v in result.metrics.items() if not isinstance(v, list)},
                         "epochs": len(result.history), "files": [str(p) for p in paths.values()]}  # fmt: skip
        print(f"{task}: {summary[task]}", flush=True)
    det.close()
    print(json.dumps(summary, indent=2))
    print(f"total {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
