"""The training loop: a fresh head of the spec, AdamW, a warm-up and cosine schedule, and
early stopping on the validation metric -- over cached frozen-backbone features.

Read it top to bottom: :class:`TrainConfig`, :func:`configure_optimizers`, :func:`get_lr`,
:func:`fit` (the loop) and :func:`train_head` (data, features, loop). What differs by task
(targets, loss, metrics) is :data:`designer.training.tasks.TASKS`; the data and feature cache
are :mod:`designer.training.data`. Fixed seeds give the same result twice.

A caller follows a run through ``progress(Progress)`` and stops it with a ``threading.Event``:
a cancelled run returns ``TrainResult(cancelled=True, state_dict=None)``, and since the head
trains as a fresh module, whatever head the caller holds stays as it was.

Under ``torchrun`` (a process group initialised beforehand, see
:func:`designer.training.cli.init_distributed`) each rank caches the features of its shard of
the training set, the head is wrapped in ``DistributedDataParallel`` and rank 0 validates and
decides when to stop.

Example:
    >>> from PIL import Image
    >>> from designer.data.formats import Dataset, Sample
    >>> from designer.inference import TinyBackbone
    >>> imgs = [Sample(Image.new("RGB", (32, 32), (255 * (i % 2), 0, 0)), f"{i}.png", label=i % 2)
    ...         for i in range(8)]
    >>> ds = Dataset("classification", ["black", "red"], imgs)
    >>> res = train_head("linear", ds, TinyBackbone(), TrainConfig(epochs=30, image_size=32, lr=0.05))
    >>> res.metrics["accuracy"]
    1.0
"""

from __future__ import annotations

import enum
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from designer.data.formats import DataError, Dataset
from designer.data.validate import check
from designer.limits import check_design
from designer.training.data import Prepared, prepare, resolve_design, split_samples, used_levels
from designer.training.results import Progress, TrainResult
from designer.training.tasks import TASKS, Context, box_size_range, samples_for
from heads.graph import GraphHead
from heads.spec import HeadSpec, Task


class Keep(str, enum.Enum):
    """Which epoch's weights a run returns."""

    #: The epoch with the best validation metric (the first, on a tie).
    BEST = "best"
    #: The last epoch's: for a handful of photos, whose validation split of one or two images
    #: is perfect after the first epoch and so cannot tell later, better epochs apart.
    LAST = "last"


@dataclass(frozen=True)
class TrainConfig:
    """How to train.

    Attributes:
        epochs: most passes over the training set.
        minutes: wall-clock budget for the epochs (``None``: no limit); the cosine schedule
            follows whichever of epochs and minutes runs out first.
        batch_size: head batch size.
        lr, weight_decay: AdamW's.
        warmup: fraction of the schedule with a linear learning-rate warm-up.
        seed: seeds the split, the head's initialisation and the batch order.
        val_fraction: share of the images held out when the data has no fixed split.
        patience: epochs without a better validation metric before stopping (0: never).
        flip: horizontal-flip augmentation through cached mirrored features.
        image_size: images are resized to this square size (a multiple of 32).
        cache_memory_mb: feature cache size above which it spills to disk.
        spill_dir: where a spilled cache goes (a temporary folder by default).
        feature_batch_size: images per backbone call while caching.
        max_val_images: cap on validation images (``None``: all).
        keep: which epoch's weights the run returns (:class:`Keep`); the metrics reported
            are that epoch's.
    """

    epochs: int = 30
    minutes: float | None = None
    batch_size: int = 32
    lr: float = 2e-3
    weight_decay: float = 1e-4
    warmup: float = 0.03
    seed: int = 0
    val_fraction: float = 0.2
    patience: int = 8
    flip: bool = True
    image_size: int = 256
    cache_memory_mb: int = 2048
    spill_dir: str | None = None
    feature_batch_size: int = 16
    max_val_images: int | None = None
    keep: Keep = Keep.BEST

    def __post_init__(self) -> None:
        if self.image_size % 32 or self.image_size < 32:
            raise ValueError(f"image_size must be a positive multiple of 32, got {self.image_size}")
        if self.epochs < 1 or self.batch_size < 1 or self.lr <= 0:
            raise ValueError("epochs, batch_size and lr must be positive")
        if not 0 < self.val_fraction < 1:
            raise ValueError(f"val_fraction must lie in (0, 1), got {self.val_fraction}")


def configure_optimizers(head: nn.Module, config: TrainConfig) -> torch.optim.Optimizer:
    """AdamW with weight decay on weight matrices and kernels only (not biases or norms)."""
    params = [p for p in head.parameters() if p.requires_grad]
    groups = [
        {"params": [p for p in params if p.ndim > 1], "weight_decay": config.weight_decay},
        {"params": [p for p in params if p.ndim <= 1], "weight_decay": 0.0},
    ]
    return torch.optim.AdamW(groups, lr=config.lr)


def get_lr(config: TrainConfig, progress: float) -> float:
    """The learning rate at ``progress`` (0..1 of the schedule): linear warm-up from a tenth of
    ``lr``, then a cosine down to 2% of it."""
    if progress < config.warmup:
        return config.lr * (0.1 + 0.9 * progress / config.warmup)
    frac = min(1.0, (progress - config.warmup) / max(1e-8, 1 - config.warmup))
    return config.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * frac)))


def _dist() -> tuple[int, int]:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def _broadcast(value: int) -> int:
    import torch.distributed as dist

    t = torch.tensor([int(value)])
    dist.broadcast(t, src=0)
    return int(t.item())


def _snapshot(head: nn.Module) -> dict[str, Tensor]:
    return {k: v.detach().clone() for k, v in head.state_dict().items()}


def fit(
    spec: HeadSpec,
    data: Prepared,
    config: TrainConfig,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    init_state: Mapping[str, Tensor] | None = None,
) -> TrainResult:
    """Train a fresh head of ``spec`` on prepared features (see :func:`train_head`)."""
    rank, world = _dist()
    ops = TASKS[spec.task]
    ctx = Context(spec, data.image_size, len(data.class_names), config.batch_size)
    if spec.task is Task.DETECTION:
        ctx.box_sizes = box_size_range(data.train_targets)
    say = progress if progress is not None and rank == 0 else (lambda p: None)
    t0 = time.perf_counter()

    torch.manual_seed(config.seed)
    head = GraphHead(spec)
    if init_state is not None:
        head.load_state_dict(init_state, strict=True)
    ctx.head = head  # an instance mask node's loss runs the mask head on boxes
    model: nn.Module = head
    if world > 1:
        from torch.nn.parallel import DistributedDataParallel

        model = DistributedDataParallel(head)
    optimizer = configure_optimizers(head, config)

    n_images = len(data.train_targets) // (2 if data.flip else 1)
    steps_per_epoch = max(1, math.ceil(n_images / config.batch_size))
    total_steps = steps_per_epoch * config.epochs
    budget = config.minutes * 60 if config.minutes else None
    gen = torch.Generator().manual_seed(config.seed + 1000 * rank)

    history: list[dict[str, Any]] = []
    best_metric, best_state, best_epoch, best_metrics = -math.inf, None, 0, {}
    stale, step, stop_reason = 0, 0, "epochs"
    train_start = time.perf_counter()
    for epoch in range(1, config.epochs + 1):
        # One epoch: each image once, original or mirrored at random.
        model.train()
        order = torch.randperm(n_images, generator=gen)
        if data.flip:
            order = order + n_images * torch.randint(0, 2, (n_images,), generator=gen)
        losses: list[float] = []
        cancelled = timed_out = False
        for b in range(steps_per_epoch):
            idx = order[b * config.batch_size : (b + 1) * config.batch_size].tolist()
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            elapsed = time.perf_counter() - train_start
            # The schedule follows whichever of steps and minutes runs out first.
            frac = max(step / total_steps, elapsed / budget if budget else 0.0)
            for group in optimizer.param_groups:
                group["lr"] = get_lr(config, frac)
            out = model(ctx.inputs(data.train, idx))
            loss = ops.loss(out, [data.train_targets[i] for i in idx], ctx)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1
            losses.append(float(loss.detach()))
            say(Progress("train", epoch, step, total_steps, losses[-1],
                         elapsed=time.perf_counter() - t0))  # fmt: skip
            if budget is not None and world == 1 and time.perf_counter() - train_start > budget:
                timed_out = True
                break
        if world > 1:
            cancelled = bool(_broadcast(cancelled))
        if cancelled:
            return TrainResult(spec, None, history, best_metrics, best_epoch, data.class_names,
                               True, "cancelled", time.perf_counter() - t0, data.seconds,
                               image_size=data.image_size)  # fmt: skip

        # Validate (rank 0) and keep the best epoch's weights.
        record: dict[str, Any] = {
            "epoch": epoch,
            "steps": step,
            "loss": float(np.mean(losses)) if losses else float("nan"),
            "lr": optimizer.param_groups[0]["lr"],
        }
        improved = False
        if rank == 0 and data.val is not None:
            metrics = ops.evaluate(head, data.val, data.val_targets, ctx)
            record.update({k: v for k, v in metrics.items() if not isinstance(v, list)})
            if metrics[ops.primary] > best_metric + 1e-6:
                best_metric, improved = metrics[ops.primary], True
            if improved or config.keep is Keep.LAST:
                best_epoch, best_metrics, best_state = epoch, metrics, _snapshot(head)
        elif rank == 0:
            best_epoch, best_metrics, best_state, improved = epoch, {}, _snapshot(head), True
        record["seconds"] = round(time.perf_counter() - t0, 3)
        history.append(record)
        stale = 0 if improved else stale + 1
        say(Progress("epoch", epoch, step, total_steps, record["loss"], dict(record),
                     time.perf_counter() - t0))  # fmt: skip

        # Stop on time or patience (rank 0 decides for every rank).
        if budget is not None and time.perf_counter() - train_start > budget:
            timed_out = True
        stop = "time" if timed_out else None
        if stop is None and config.patience and stale >= config.patience:
            stop = "early_stopping"
        if world > 1:
            stop = "time" if _broadcast(stop is not None) else None
        if stop is not None:
            stop_reason = stop
            break

    replica_sums = None
    if world > 1:
        import torch.distributed as dist

        # DDP keeps the replicas equal (a check worth reporting); then every rank takes rank
        # 0's best weights, chosen on the validation set only rank 0 holds.
        total = torch.stack([p.detach().double().sum() for p in head.parameters()]).sum()
        sums = [torch.zeros(1, dtype=torch.float64) for _ in range(world)]
        dist.all_gather(sums, total.reshape(1))
        replica_sums = [float(v) for v in sums]
        if best_state is None:
            best_state = _snapshot(head)
        for v in best_state.values():
            dist.broadcast(v, src=0)
        best_epoch = _broadcast(best_epoch)
    result = TrainResult(spec, best_state, history, best_metrics, best_epoch, data.class_names,
                         False, stop_reason, time.perf_counter() - t0, data.seconds,
                         image_size=data.image_size)  # fmt: skip
    result.replica_param_sums = replica_sums
    return result


def train_head(
    design: Any,
    dataset: Dataset,
    backbone: Any,
    config: TrainConfig = TrainConfig(),
    *,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    init_state: Mapping[str, Tensor] | None = None,
    validate: bool = True,
) -> TrainResult:
    """Train a head of ``design`` on ``dataset`` over a frozen ``backbone``.

    Args:
        design: a preset name, a :class:`HeadSpec`, spec JSON/dict or a spec file path.
        dataset: a :class:`~designer.data.formats.Dataset` (validated first).
        backbone: a :class:`designer.backbones.Backbone` (or any callable
            ``images -> {level: features}`` with ``feature_info``).
        config: see :class:`TrainConfig`.
        progress: called with :class:`Progress` reports (features, steps, epochs).
        cancel: set it to stop; the result is then ``cancelled`` with no weights.
        init_state: start from these weights (a state dict of the same spec).
        validate: check the dataset first (:func:`designer.data.validate.check`).

    Raises:
        DataError: listing every problem of the dataset.
        SpecError: for a design that does not fit the task or the backbone.
    """
    if validate:
        check(dataset)
    task = Task(dataset.task)
    spec = resolve_design(design, task, backbone.feature_info, dataset.num_classes)
    check_design(spec, config.image_size)  # too large to build: refused before any work
    train_s, val_s = split_samples(dataset, config.val_fraction, config.seed)
    train_s, val_s = samples_for(spec, train_s), samples_for(spec, val_s)
    if config.max_val_images is not None:
        val_s = val_s[: config.max_val_images]
    rank, world = _dist()
    if world > 1:
        # Each rank caches its shard; equal shard sizes keep the ranks' steps in lockstep.
        per = len(train_s) // world
        if per < 1:
            raise DataError(f"{len(train_s)} training images cannot be shared by {world} processes")
        train_s = train_s[rank * per : (rank + 1) * per]
        if rank != 0:
            val_s = []
    data = prepare(task, dataset.class_names, train_s, val_s, backbone, used_levels(spec), config,
                   cancel=cancel, progress=progress)  # fmt: skip
    if data is None:
        return TrainResult(spec, None, [], {}, 0, list(dataset.class_names), True, "cancelled",
                           image_size=config.image_size)  # fmt: skip
    try:
        result = fit(spec, data, config, progress=progress, cancel=cancel, init_state=init_state)
    finally:
        data.close()
    result.backbone = getattr(backbone, "name", type(backbone).__name__)
    if progress is not None and rank == 0 and not result.cancelled:
        progress(Progress("done", result.best_epoch, metrics=result.metrics, elapsed=result.seconds,
                          message=f"best epoch {result.best_epoch}: {result.metrics}"))  # fmt: skip
    return result


__all__ = ["TrainConfig", "configure_optimizers", "fit", "get_lr", "train_head"]
