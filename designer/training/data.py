"""Data preparation for training: the split, the spec for the data, and the feature cache.

The backbone runs once per training image and once per mirrored image (flip augmentation costs
no backbone pass during training) and its features are kept in fp16
(:class:`designer.features.FeatureCache`, spilled to disk when large); targets are made at the
same time, by the task's operations (:data:`designer.training.tasks.TASKS`).

Example:
    >>> image_tensor(Image.new("RGB", (50, 40), "white"), 32).shape
    torch.Size([3, 32, 32])
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch import Tensor

from designer.backbones import IMAGENET_MEAN, IMAGENET_STD
from designer.data.formats import Dataset, Sample
from designer.features import FeatureCache, cache_features
from designer.session import set_num_classes
from designer.training.results import Progress
from designer.training.tasks import TASKS
from heads.graph import GraphHead, resolve_spec
from heads.segmenter import IMAGE_LEVEL
from heads.spec import FeatureInfo, HeadSpec, SpecError, Task


def image_tensor(image: Image.Image, size: int, mean=IMAGENET_MEAN, std=IMAGENET_STD) -> Tensor:
    """An RGB image resized to ``size`` x ``size`` and normalised: ``(3, size, size)``."""
    im = image.convert("RGB").resize((size, size), Image.BILINEAR)
    x = torch.from_numpy(np.asarray(im, dtype=np.float32).copy()).permute(2, 0, 1)
    x = x / 255.0  # (H, W, 3) -> (3, H, W) in [0, 1]
    return (x - torch.tensor(mean).view(3, 1, 1)) / torch.tensor(std).view(3, 1, 1)


def split_samples(
    dataset: Dataset, val_fraction: float, seed: int
) -> tuple[list[Sample], list[Sample]]:
    """The dataset's fixed split, or a seeded random one holding out ``val_fraction``."""
    if dataset.val is not None:
        return list(dataset.train), list(dataset.val)
    n = len(dataset.train)
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed)).tolist()
    n_val = min(n - 1, max(1, round(n * val_fraction)))
    return [dataset.train[i] for i in perm[n_val:]], [dataset.train[i] for i in perm[:n_val]]


def resolve_design(
    design: Any, task: Task | str, feature_info: Mapping[str, FeatureInfo], num_classes: int
) -> HeadSpec:
    """A spec for ``task`` from a spec, spec JSON/dict, a spec file path or a preset name.

    Presets are built for the backbone's levels with ``num_classes``; a full spec keeps its
    graph and gets its class counts set.

    Raises:
        SpecError: for a spec of another task, or inputs the backbone does not give.
    """
    task = Task(task)
    if isinstance(design, str | os.PathLike) and str(design).endswith(".json"):
        if Path(design).is_file():
            design = Path(design).read_text()
    if isinstance(design, str) and not design.strip().startswith("{"):
        spec = resolve_spec(design, dict(feature_info), num_classes=num_classes)
    else:
        spec = set_num_classes(resolve_spec(design), num_classes)
    if spec.task is not task:
        raise SpecError(
            f"the design is a {spec.task.value} head; the data is for {task.value}", field="task"
        )
    for name, info in spec.inputs:
        if name == IMAGE_LEVEL:
            continue  # the image itself: segmentation heads read its size
        have = feature_info.get(name)
        if have is None:
            raise SpecError(
                f"the head reads level {name!r}, which the backbone does not give; "
                f"levels: {', '.join(feature_info)}",
                field="inputs",
            )
        if (have.channels, have.stride) != (info.channels, info.stride):
            raise SpecError(
                f"level {name!r} is {info.channels}@s{info.stride} in the design but "
                f"{have.channels}@s{have.stride} in the backbone",
                field="inputs",
            )
    return spec


def used_levels(spec: HeadSpec) -> list[str]:
    """The backbone levels some node or output of ``spec`` reads (what to compute and cache)."""
    return [n for n in GraphHead(spec)._used_inputs if n != IMAGE_LEVEL]


@dataclass
class Prepared:
    """Cached features and targets of both splits (``val`` may be empty on ranks > 0).

    Training entries ``0..n-1`` are the images, ``n..2n-1`` their mirrors (with ``flip``).
    """

    task: Task
    class_names: list[str]
    train: FeatureCache
    train_targets: list[Any]
    val: FeatureCache | None
    val_targets: list[Any]
    image_size: int
    flip: bool
    seconds: float

    def close(self) -> None:
        self.train.close()
        if self.val is not None:
            self.val.close()


def _backbone_fn(backbone: Any, levels: Sequence[str]) -> Callable[[Tensor], dict[str, Tensor]]:
    def run(x: Tensor) -> dict[str, Tensor]:
        try:
            feats = backbone(x, tuple(levels))
        except TypeError:  # a plain callable that gives every level
            feats = backbone(x)
        return {k: feats[k] for k in levels}

    return run


def _norm_stats(backbone: Any) -> tuple[tuple[float, ...], tuple[float, ...]]:
    cfg = getattr(backbone, "config", None)
    return tuple(getattr(cfg, "mean", IMAGENET_MEAN)), tuple(getattr(cfg, "std", IMAGENET_STD))


def prepare(
    task: Task | str,
    class_names: Sequence[str],
    train_samples: Sequence[Sample],
    val_samples: Sequence[Sample],
    backbone: Any,
    levels: Sequence[str],
    config: Any,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Prepared | None:
    """Cache the features of both splits (flipped training images too) and build targets.

    ``config`` is a :class:`designer.training.TrainConfig`. Returns ``None`` when cancelled.
    """
    ops = TASKS[Task(task)]
    t0 = time.perf_counter()
    mean, std = _norm_stats(backbone)
    size = config.image_size
    run = _backbone_fn(backbone, levels)
    stop = cancel.is_set if cancel is not None else None

    def cache_split(samples: Sequence[Sample], flip: bool, name: str):
        targets: list[Any] = [None] * len(samples)

        def load(idx: Sequence[int]) -> Tensor:
            xs = []
            for i in idx:
                im = samples[i].load_image()
                targets[i] = ops.target(samples[i], im, size)
                xs.append(image_tensor(im, size, mean, std))
            return torch.stack(xs)

        def report(done: int, total: int) -> None:
            if progress is not None:
                msg = f"features of the {name} images: {done}/{total}"
                elapsed = time.perf_counter() - t0
                progress(Progress("features", step=done, total_steps=total, elapsed=elapsed,
                                  message=msg))  # fmt: skip

        cache = cache_features(
            run, load, len(samples), flip=flip, batch_size=config.feature_batch_size,
            max_memory_bytes=config.cache_memory_mb << 20, spill_dir=config.spill_dir,
            should_stop=stop, on_batch=report,
        )  # fmt: skip
        if cache is not None and flip:
            targets = targets + [ops.flip(t, size) for t in targets]
        return cache, targets

    train, train_targets = cache_split(train_samples, config.flip, "training")
    if train is None:
        return None
    val, val_targets = None, []
    if len(val_samples):
        val, val_targets = cache_split(val_samples, False, "validation")
        if val is None:
            train.close()
            return None
    return Prepared(Task(task), list(class_names), train, train_targets, val, val_targets, size,
                    config.flip, time.perf_counter() - t0)  # fmt: skip


__all__ = ["Prepared", "image_tensor", "prepare", "resolve_design", "split_samples", "used_levels"]
