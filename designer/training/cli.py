r"""``model-heads train``: train a head from the command line, also under ``torchrun``.

Example::

    model-heads train --task detection --data shapes --design fcos_lite --out runs/det
    torchrun --nproc_per_node 2 -m designer.training --task classification --data shapes \
        --design conv_pool --out runs/cls
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

import torch

from designer.training.loop import TrainConfig, _dist, train_head
from designer.training.results import Progress, _json_default
from heads.spec import Task


def init_distributed() -> tuple[int, int]:
    """Join the process group ``torchrun`` describes (gloo on CPU, NCCL on GPUs).

    Returns ``(rank, world_size)``; ``(0, 1)`` without ``torchrun``.
    """
    import torch.distributed as dist

    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    return _dist()


def load_training_backbone(name: str, weights: str | None = None) -> Any:
    """A zoo backbone (:func:`designer.backbones.load_backbone`), or ``tiny``
    (:class:`designer.inference.TinyBackbone`, for tests)."""
    if name == "tiny":
        from designer.inference import TinyBackbone

        return TinyBackbone()
    from designer.backbones import load_backbone

    return load_backbone(name, weights)


def cli_main(argv: Sequence[str] | None = None) -> int:
    """``model-heads train``: train a head and write weights, spec, metrics and curves."""
    import argparse

    from designer.data.formats import load_dataset, load_shapes

    p = argparse.ArgumentParser(
        prog="model-heads train", description="Train a head on frozen backbone features."
    )
    p.add_argument("--task", required=True, choices=[t.value for t in Task])
    p.add_argument(
        "--data", required=True, help="'shapes' (built-in) or a dataset folder, COCO JSON or zip"
    )
    p.add_argument("--design", required=True, help="a preset name or a spec JSON file")
    p.add_argument(
        "--backbone",
        default="efficientnet_lite0",
        help="a backbone name (model-heads app lists them)",
    )
    p.add_argument(
        "--backbone-weights", default=None, help="a backbone weights file (default: bundled/cached)"
    )
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    p.add_argument("--minutes", type=float, default=None, help="wall-clock budget for training")
    p.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    p.add_argument("--lr", type=float, default=TrainConfig.lr)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--image-size", type=int, default=TrainConfig.image_size)
    p.add_argument("--val-fraction", type=float, default=TrainConfig.val_fraction)
    p.add_argument("--patience", type=int, default=TrainConfig.patience)
    p.add_argument("--no-flip", action="store_true", help="no horizontal-flip augmentation")
    p.add_argument("--shapes-images", type=int, default=600, help="images of the built-in data")
    args = p.parse_args(list(argv) if argv is not None else None)

    rank, world = init_distributed()
    dataset = None
    try:
        config = TrainConfig(
            epochs=args.epochs, minutes=args.minutes, batch_size=args.batch_size, lr=args.lr,
            seed=args.seed, image_size=args.image_size, val_fraction=args.val_fraction,
            patience=args.patience, flip=not args.no_flip,
        )  # fmt: skip
        if args.data == "shapes":
            dataset = load_shapes(args.task, n=args.shapes_images, seed=args.seed)
        else:
            dataset = load_dataset(args.task, args.data)
        backbone = load_training_backbone(args.backbone, args.backbone_weights)

        def report(pr: Progress) -> None:
            if pr.stage == "epoch":
                shown = {
                    k: round(v, 4)
                    for k, v in pr.metrics.items()
                    if isinstance(v, float) and k != "lr"
                }
                print(f"epoch {pr.epoch}: {shown}", flush=True)
            elif pr.stage == "features" and (pr.step == pr.total_steps or pr.step % 160 < 16):
                print(pr.message, flush=True)

        result = train_head(
            args.design, dataset, backbone, config, progress=report if rank == 0 else None
        )
        summary_extra: dict[str, Any] = {"world_size": world}
        if result.replica_param_sums is not None:
            summary_extra["replica_param_sums"] = result.replica_param_sums
        if rank == 0:
            paths = result.save(args.out)
            # What the head knows, and the reports on its validation images, beside it.
            from designer.cards import bundle_from_training
            from designer.reports import report_training

            bundle_from_training(result, dataset).save(paths["weights"])
            paths.update(report_training(result, dataset, backbone, args.out, config))
            data = json.loads(paths["metrics"].read_text())
            data.update(summary_extra)
            paths["metrics"].write_text(json.dumps(data, indent=2, default=_json_default) + "\n")
            shown = {k: v for k, v in result.metrics.items() if not isinstance(v, list)}
            print(f"best epoch {result.best_epoch} ({result.stop_reason}): {shown}")
            for kind, path in paths.items():
                print(f"{kind}: {path}")
    finally:
        if dataset is not None:
            dataset.close()  # a zip's extracted folder goes with the run
        if world > 1:
            import torch.distributed as dist

            if dist.is_initialized():
                # Every rank leaves together: a rank tearing gloo down while rank 0 still writes
                # its results can abort the process under load.
                dist.barrier()
                dist.destroy_process_group()
    if world > 1:
        # The run is done and written. A distributed worker's interpreter teardown can abort in
        # C++ ("terminate called without an active exception": a thread of the process group
        # destroyed while it still runs), which torchrun reports as a failed run; leave now.
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0


__all__ = ["cli_main", "init_distributed", "load_training_backbone"]
