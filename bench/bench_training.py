"""Training on frozen features: the cache's speed-up, and quality within a time budget.

    .venv/bin/python -m bench.bench_training            # speed-up + 1-min classification + 3-min detection
    .venv/bin/python -m bench.bench_training --quick    # the speed-up only

Cases (EfficientNet-Lite0, Shapes at 256 px, two cores):

- ``epoch speed-up``: one epoch of a head (``conv_pool`` on the stride-32 level; ``fcos_lite``
  over strides 8-32) reading cached fp16 features, against the same epoch running the backbone
  (up to the levels the head reads) at every step (same images, same head, same run;
  interleaved repeats, medians). Target: at least 5x.
- ``classification accuracy``: the ``conv_pool`` head on the stride-32 level after 1 minute of
  training (feature caching not counted, reported in the note). Target: 0.95.
- ``detection mAP@0.5``: the ``fcos_lite`` head after 3 minutes. Target: 0.9.

Writes ``bench/results/training.{json,md}``.
"""

from __future__ import annotations

import argparse
import time

import torch

from bench.common import interleaved, row, save
from designer.data.formats import load_shapes
from designer.training import TrainConfig, image_tensor, resolve_design, train_head, used_levels
from heads.graph import GraphHead


def epoch_speedup(
    backbone,
    design: str,
    task: str,
    levels: tuple[str, ...],
    n_images: int = 32,
    batch: int = 16,
    repeats: int = 3,
) -> dict:
    ds = load_shapes(task, n_images, seed=7)
    info = {k: backbone.feature_info[k] for k in levels}
    spec = resolve_design(design, task, info, 5)
    levels = used_levels(spec)
    mean, std = backbone.config.mean, backbone.config.std
    images = torch.stack([image_tensor(s.load_image(), 256, mean, std) for s in ds.train])
    with torch.no_grad():
        cached = {k: v.half() for k, v in backbone(images, tuple(levels)).items()}
    head = GraphHead(spec)
    opt = torch.optim.AdamW(head.parameters(), lr=1e-3)

    def step(feats):
        out = head(feats)
        loss = sum(v.float().mean() for v in out.values())  # the loss's cost is the same either way
        opt.zero_grad()
        loss.backward()
        opt.step()

    def epoch_backbone():
        for i in range(0, n_images, batch):
            with torch.no_grad():
                feats = backbone(images[i : i + batch], tuple(levels))
            step(feats)

    def epoch_cached():
        for i in range(0, n_images, batch):
            step({k: v[i : i + batch].float() for k, v in cached.items()})

    t = interleaved({"backbone": epoch_backbone, "cached": epoch_cached}, warmup=1, repeats=repeats)
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the speed-up only")
    parser.add_argument("--images", type=int, default=400, help="training images for quality runs")
    args = parser.parse_args(argv)
    from designer.backbones import load_backbone

    torch.set_num_threads(2)
    backbone = load_backbone("efficientnet_lite0")
    rows = []
    for design, task, levels in (
        ("conv_pool", "classification", ("c5",)),
        ("fcos_lite", "detection", ("c3", "c4", "c5")),
    ):
        t = epoch_speedup(backbone, design, task, levels)
        rows.append(
            row("training", f"epoch speed-up from cached features ({design}, 32 images)",
                t["backbone"] / t["cached"], "x", target=5.0, higher_is_better=True,
                note=f"backbone each step {t['backbone']:.2f} s/epoch, cached {t['cached']:.3f} s/epoch")
        )  # fmt: skip
    if not args.quick:
        info = backbone.feature_info
        cls_spec = resolve_design("conv_pool", "classification", {"c5": info["c5"]}, 5)
        ds = load_shapes("classification", args.images, seed=0, n_val=100)
        t0 = time.perf_counter()
        res = train_head(
            cls_spec, ds, backbone, TrainConfig(epochs=100, minutes=1.0, patience=0, lr=2e-3)
        )
        rows.append(
            row("training", "classification accuracy after 1 min (conv_pool on c5)", res.metrics["accuracy"],
                "accuracy", target=0.95, higher_is_better=True,
                note=f"{len(res.history)} epochs; features {res.feature_seconds:.0f} s; total {time.perf_counter() - t0:.0f} s")
        )  # fmt: skip
        det_info = {k: info[k] for k in ("c3", "c4", "c5")}
        det_spec = resolve_design("fcos_lite", "detection", det_info, 5)
        ds = load_shapes("detection", args.images, seed=0, n_val=100)
        res = train_head(
            det_spec,
            ds,
            backbone,
            TrainConfig(epochs=200, minutes=3.0, patience=0, lr=3e-3, batch_size=16),
        )
        rows.append(
            row("training", "detection mAP@0.5 after 3 min (fcos_lite)", res.metrics["map_50"], "mAP@0.5",
                target=0.9, higher_is_better=True,
                note=f"{len(res.history)} epochs; mAP {res.metrics['map']:.3f}; features {res.feature_seconds:.0f} s")
        )  # fmt: skip
    save("training", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
