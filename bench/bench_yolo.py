"""The YOLOv8-style head against FCOS at equal training time: mAP@0.5 on Shapes.

    .venv/bin/python -m bench.bench_yolo                   # 150 s of training each, 200 images
    .venv/bin/python -m bench.bench_yolo --seconds 60 --images 100

``yolo_lite`` (PAN 64, decoupled 2-conv branches per level, DFL with reg_max 16, task-aligned
assignment) and ``fcos_lite`` (FPN 64, shared 2-conv GroupNorm towers) train on the same cached
EfficientNet-Lite0 features (strides 8/16/32, Shapes at 256 px, flips; caching done once, not
counted) with the same optimiser, schedule and batch size, and are scored on the same 100
validation images.

Equal training time, on a shared machine whose load changes from minute to minute: each head's
training step (forward, loss with its target assignment, backward, update) is timed in
alternation with the other's in the same run, and each trains for as many steps as
``--seconds`` (150 by default: two and a half minutes) holds at its step time, so both get the
same time at the same machine state whatever the load is while they train. The loop trains
whole epochs, so the steps are rounded to epochs (fewer images make the rounding finer); the
notes give the training time each head got at its timed step. Validation after each epoch is
not counted. The YOLO head's figure is also given as a ratio to FCOS's.

Writes ``bench/results/yolo.{json,md}``.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import time

import torch

from bench.common import interleaved, row, save
from designer.data.formats import load_shapes
from designer.training import TrainConfig, resolve_design
from designer.training.data import Prepared, prepare, split_samples
from designer.training.loop import configure_optimizers, fit
from designer.training.tasks import TASKS, Context, box_size_range
from heads.graph import GraphHead
from heads.spec import HeadSpec, Task

DESIGNS = ("fcos_lite", "yolo_lite")


def step_function(spec: HeadSpec, data: Prepared, config: TrainConfig):
    """One training step of a fresh head of ``spec``, as the training loop takes it."""
    ctx = Context(spec, data.image_size, len(data.class_names), config.batch_size)
    ctx.box_sizes = box_size_range(data.train_targets)
    torch.manual_seed(config.seed)
    head = GraphHead(spec).train()
    optimizer = configure_optimizers(head, config)
    g = torch.Generator().manual_seed(0)
    loss_fn = TASKS[Task.DETECTION].loss

    def step() -> None:
        idx = torch.randint(len(data.train_targets), (config.batch_size,), generator=g).tolist()
        loss = loss_fn(head(ctx.inputs(data.train, idx)), [data.train_targets[i] for i in idx], ctx)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    return step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=150.0, help="training time each head gets")
    parser.add_argument("--images", type=int, default=200, help="training images")
    parser.add_argument("--lr", type=float, default=3e-3)
    args = parser.parse_args(argv)
    from designer.backbones import load_backbone

    torch.set_num_threads(2)
    backbone = load_backbone("efficientnet_lite0")
    info = {k: backbone.feature_info[k] for k in ("c3", "c4", "c5")}
    ds = load_shapes("detection", args.images, seed=0, n_val=100)
    config = TrainConfig(epochs=1, patience=0, lr=args.lr, batch_size=16, seed=0)
    train_s, val_s = split_samples(ds, config.val_fraction, config.seed)
    t0 = time.perf_counter()
    data = prepare("detection", ds.class_names, train_s, val_s, backbone, list(info), config)
    feature_seconds = time.perf_counter() - t0
    steps_per_epoch = math.ceil(len(train_s) / config.batch_size)
    results = {}
    try:
        specs = {d: resolve_design(d, "detection", info, ds.num_classes) for d in DESIGNS}
        steps = {d: step_function(specs[d], data, config) for d in DESIGNS}
        step_s = interleaved(steps, warmup=3, repeats=15)
        for design in DESIGNS:
            epochs = max(1, round(args.seconds / (step_s[design] * steps_per_epoch)))
            t1 = time.perf_counter()
            res = fit(specs[design], data, dataclasses.replace(config, epochs=epochs))
            params = sum(v.numel() for v in res.state_dict.values() if v.is_floating_point())
            results[design] = (res, params, epochs, time.perf_counter() - t1)
            print(design, res.metrics, f"{epochs} epochs", flush=True)
    finally:
        data.close()
    fcos = results["fcos_lite"][0].metrics["map_50"]
    rows = []
    for design in DESIGNS:
        res, params, epochs, wall = results[design]
        m = res.metrics
        rows.append(
            row("yolo", f"{design} mAP@0.5, equal training time", m["map_50"],
                "mAP@0.5", reference=fcos if design != "fcos_lite" else None, higher_is_better=True,
                note=f"{epochs} epochs of {steps_per_epoch} steps at {1e3 * step_s[design]:.0f} ms "
                     f"a step when timed: {epochs * steps_per_epoch * step_s[design]:.0f} s of "
                     f"training; mAP {m['map']:.3f}; {params / 1e3:.0f}k weights; best "
                     f"epoch {res.best_epoch}; {wall:.0f} s wall with evaluation")
        )  # fmt: skip
    ratio = step_s["yolo_lite"] / step_s["fcos_lite"]
    rows.append(
        row("yolo", "yolo_lite training step time / fcos_lite's", ratio, "x",
            note=f"batch 16, timed in alternation; {len(train_s)} training images + flips, "
                 f"features {feature_seconds:.0f} s (once)")
    )  # fmt: skip
    extra = {"seconds": args.seconds, "images": args.images, "lr": args.lr}
    save("yolo", rows, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
