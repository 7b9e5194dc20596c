"""Train a designed head on frozen backbone features.

The backbone runs once per image (and once per mirrored image, for flip augmentation) and its
features are cached in fp16 (:mod:`designer.features`); every epoch then runs only the head.
Training uses the library's loss for the task (:mod:`heads.losses`), AdamW with a cosine
schedule (after a short warm-up), a train/validation split and early stopping on the
validation metric. Fixed seeds give the same result twice.

The caller follows a run through ``progress(Progress)`` and stops it with a
``threading.Event``: a cancelled run returns ``TrainResult(cancelled=True, state_dict=None)``,
and since the head trains as a fresh module, whatever head the caller holds stays as it was.

Under ``torchrun`` (a process group initialised beforehand, see :func:`init_distributed`) each
rank computes and caches the features of its shard of the training set, the head is wrapped in
``DistributedDataParallel`` and rank 0 validates and decides when to stop.

Example:
    >>> import torch
    >>> from PIL import Image
    >>> from designer.data.formats import Dataset, Sample
    >>> imgs = [Sample(Image.new("RGB", (32, 32), (255 * (i % 2), 0, 0)), f"{i}.png", label=i % 2)
    ...         for i in range(8)]
    >>> ds = Dataset("classification", ["black", "red"], imgs)
    >>> bb = TinyBackbone()
    >>> res = train_head("linear", ds, bb, TrainConfig(epochs=30, image_size=32, lr=0.05))
    >>> res.metrics["accuracy"]
    1.0
"""

from __future__ import annotations

import io
import json
import math
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from torch import Tensor, nn

from designer.data.formats import IGNORE_INDEX, DataError, Dataset, Sample
from designer.data.validate import check
from designer.features import FeatureCache, cache_features
from designer.limits import check_design
from heads.graph import GraphHead, resolve_spec
from heads.spec import FeatureInfo, HeadSpec, SpecError, Task

IMAGE_LEVEL = "image"  # the input level segmentation heads size their logits by
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


# ---------------------------------------------------------------------------------------------
# Configuration, progress and result
# ---------------------------------------------------------------------------------------------


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

    def __post_init__(self) -> None:
        if self.image_size % 32 or self.image_size < 32:
            raise ValueError(f"image_size must be a positive multiple of 32, got {self.image_size}")
        if self.epochs < 1 or self.batch_size < 1 or self.lr <= 0:
            raise ValueError("epochs, batch_size and lr must be positive")
        if not 0 < self.val_fraction < 1:
            raise ValueError(f"val_fraction must lie in (0, 1), got {self.val_fraction}")


@dataclass
class Progress:
    """One progress report: ``stage`` is ``features``, ``train``, ``epoch`` or ``done``."""

    stage: str
    epoch: int = 0
    step: int = 0
    total_steps: int = 0
    loss: float = float("nan")
    metrics: dict[str, Any] = field(default_factory=dict)
    elapsed: float = 0.0
    message: str = ""


@dataclass
class TrainResult:
    """What a run produced.

    Attributes:
        spec: the trained head's spec (class counts set from the data).
        state_dict: the best epoch's weights (``None`` when cancelled).
        history: one dict per epoch: ``epoch``, ``loss``, ``lr``, ``seconds`` and the
            validation metrics.
        metrics: the best epoch's validation metrics.
        best_epoch: its number (1-based; 0 when none finished).
        class_names: the classes, in output order.
        cancelled: the run was cancelled (nothing to apply).
        stop_reason: ``epochs``, ``time``, ``early_stopping`` or ``cancelled``.
        seconds: wall time of the whole run; ``feature_seconds`` of feature caching.
    """

    spec: HeadSpec
    state_dict: dict[str, Tensor] | None
    history: list[dict[str, Any]]
    metrics: dict[str, Any]
    best_epoch: int
    class_names: list[str]
    cancelled: bool = False
    stop_reason: str = "epochs"
    seconds: float = 0.0
    feature_seconds: float = 0.0
    backbone: str = ""
    image_size: int = 256
    replica_param_sums: list[float] | None = None

    def head(self) -> GraphHead:
        """The trained head module (eval mode)."""
        if self.state_dict is None:
            raise ValueError("the run was cancelled: there are no trained weights")
        head = GraphHead(self.spec)
        head.load_state_dict(self.state_dict, strict=True)
        return head.eval()

    def curves_png(self) -> bytes:
        """Loss and validation metric curves as PNG bytes."""
        return plot_curves(self.history)

    def save(
        self, out_dir: str | os.PathLike, stem: str = "head", *, curves: bool = True
    ) -> dict[str, Path]:
        """Write the weights, the spec, the metrics and (optionally) the curves.

        Files: ``<stem>.safetensors`` (spec and class names in its metadata), ``<stem>.json``
        (the spec), ``metrics.json`` and ``curves.png`` (``<stem>_metrics.json`` and
        ``<stem>_curves.png`` for a stem other than ``head``).

        Returns:
            The written files by kind (``weights``, ``spec``, ``metrics``, ``curves``).
        """
        from safetensors.torch import save_file

        if self.state_dict is None:
            raise ValueError("the run was cancelled: there are no trained weights to save")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        prefix = "" if stem == "head" else f"{stem}_"
        paths = {
            "weights": out / f"{stem}.safetensors",
            "spec": out / f"{stem}.json",
            "metrics": out / f"{prefix}metrics.json",
        }
        if curves:
            paths["curves"] = out / f"{prefix}curves.png"
        weights = {k: v.detach().cpu().contiguous().clone() for k, v in self.state_dict.items()}
        meta = {
            "spec": self.spec.to_json(None),
            "classes": json.dumps(self.class_names),
            "backbone": self.backbone,
            "image_size": str(self.image_size),
        }
        save_file(weights, str(paths["weights"]), metadata=meta)
        paths["spec"].write_text(self.spec.to_json() + "\n")
        text = json.dumps(self.summary(), indent=2, default=_json_default)
        paths["metrics"].write_text(text + "\n")
        if curves:
            paths["curves"].write_bytes(self.curves_png())
        return paths

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary: metrics, history, classes, how the run ended."""
        return {
            "task": self.spec.task.value,
            "backbone": self.backbone,
            "image_size": self.image_size,
            "class_names": self.class_names,
            "best_epoch": self.best_epoch,
            "metrics": self.metrics,
            "stop_reason": self.stop_reason,
            "seconds": round(self.seconds, 2),
            "feature_seconds": round(self.feature_seconds, 2),
            "history": self.history,
        }


def _json_default(v: Any) -> Any:
    if isinstance(v, float | np.floating):
        return None if math.isnan(v) else float(v)
    return str(v)


def plot_curves(history: Sequence[Mapping[str, Any]]) -> bytes:
    """Training loss and validation metrics per epoch, drawn with matplotlib (Agg) as PNG."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 3.2), dpi=100)
    ax_loss, ax_metric = fig.subplots(1, 2)
    epochs = [h["epoch"] for h in history]
    ax_loss.plot(epochs, [h["loss"] for h in history], marker="o", ms=3, label="train loss")
    ax_loss.set_xlabel("epoch")
    ax_loss.set_title("loss")
    ax_loss.grid(alpha=0.3)
    skip = {"epoch", "loss", "lr", "seconds", "steps"}
    keys = [k for k in (history[0] if history else {}) if k not in skip]
    for k in keys:
        vals = [h.get(k) for h in history]
        if all(isinstance(v, int | float) for v in vals):
            ax_metric.plot(epochs, vals, marker="o", ms=3, label=k)
    ax_metric.set_xlabel("epoch")
    ax_metric.set_title("validation")
    ax_metric.set_ylim(0, 1.02)
    ax_metric.grid(alpha=0.3)
    if keys:
        ax_metric.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Images and targets
# ---------------------------------------------------------------------------------------------


def image_tensor(image: Image.Image, size: int, mean=IMAGENET_MEAN, std=IMAGENET_STD) -> Tensor:
    """An RGB image resized to ``size`` x ``size`` and normalised: ``(3, size, size)``."""
    im = image.convert("RGB").resize((size, size), Image.BILINEAR)
    x = (
        torch.from_numpy(np.asarray(im, dtype=np.float32).copy()).permute(2, 0, 1) / 255.0
    )  # (H, W, 3) -> (3, H, W)
    m = torch.tensor(mean).view(3, 1, 1)
    s = torch.tensor(std).view(3, 1, 1)
    return (x - m) / s


def _cls_target(sample: Sample, image: Image.Image, size: int) -> Tensor:
    return torch.tensor(int(sample.label))


def _cls_flip(target: Tensor, size: int) -> Tensor:
    return target


def _det_target(sample: Sample, image: Image.Image, size: int) -> dict[str, Tensor]:
    w, h = image.size
    boxes = torch.tensor(sample.boxes or [], dtype=torch.float32).reshape(-1, 4)
    boxes = boxes * torch.tensor([size / w, size / h, size / w, size / h])
    boxes = boxes.clamp(0, size)
    labels = torch.tensor(sample.labels or [], dtype=torch.long)
    return {"boxes": boxes, "labels": labels}


def _det_flip(target: dict[str, Tensor], size: int) -> dict[str, Tensor]:
    b = target["boxes"]
    flipped = torch.stack([size - b[:, 2], b[:, 1], size - b[:, 0], b[:, 3]], dim=1)
    return {"boxes": flipped, "labels": target["labels"]}


def _seg_target(sample: Sample, image: Image.Image, size: int) -> Tensor:
    mask = sample.load_mask().astype(np.uint8)
    im = Image.fromarray(mask).resize((size, size), Image.NEAREST)
    return torch.from_numpy(np.asarray(im).copy())  # (size, size) uint8


def _seg_flip(target: Tensor, size: int) -> Tensor:
    return torch.flip(target, dims=[1])


_TARGETS: dict[Task, tuple[Callable, Callable]] = {
    Task.CLASSIFICATION: (_cls_target, _cls_flip),
    Task.DETECTION: (_det_target, _det_flip),
    Task.SEGMENTATION: (_seg_target, _seg_flip),
}


# ---------------------------------------------------------------------------------------------
# Losses and evaluation per task
# ---------------------------------------------------------------------------------------------


def _cls_loss(out: Mapping[str, Tensor], targets: list[Tensor], ctx: _Context) -> Tensor:
    from heads.losses import classification_loss

    return classification_loss(out["logits"], torch.stack(targets), label_smoothing=0.05)


def _seg_loss(out: Mapping[str, Tensor], targets: list[Tensor], ctx: _Context) -> Tensor:
    from heads.losses.segmentation import segmentation_loss

    # Light decoders also return their stride-4 logits (``aux_low_res``): the loss runs on that
    # grid (targets sampled nearest), many more steps per second than at full size.
    key = "aux_low_res" if "aux_low_res" in out else "mask_logits"
    target = torch.stack(targets).long()  # (N, S, S)
    return segmentation_loss(out, target, logits_key=key, ignore_index=IGNORE_INDEX)


def _det_loss(out: Mapping[str, Tensor], targets: list[dict[str, Tensor]], ctx: _Context) -> Tensor:
    from heads.detector import dense_head_node
    from heads.losses.detection import fcos_loss, retinanet_loss

    anchors, counts, ranges = ctx.anchors()
    if dense_head_node(ctx.spec).block == "retinanet_head":
        from heads.detector import box_coder_for

        losses = retinanet_loss(out, anchors, targets, coder=box_coder_for(ctx.spec))
    else:
        # FCOS size ranges spread the data's object sizes over the levels (COCO's ranges put
        # small images' objects all on one level).
        losses = fcos_loss(out, anchors, counts, targets, size_ranges=ranges)
    return sum(losses.values())


def detection_decode(
    spec: HeadSpec, out: Mapping[str, Tensor], image_size: int
) -> list[dict[str, Tensor]]:
    """Per-image detections of a head's outputs on ``image_size`` square inputs (for mAP)."""
    from heads.detector import decode_detections

    N = out["cls_logits"].shape[0]
    return decode_detections(
        spec,
        out,
        None,
        [(image_size, image_size)] * N,
        score_threshold=0.05,
        detections_per_img=100,
    )


def box_size_range(targets: Sequence[Mapping[str, Tensor]]) -> tuple[float, float]:
    """The 2nd and 98th percentiles of the boxes' longer sides (FCOS level ranges)."""
    sides = [
        t["boxes"][:, 2:].sub(t["boxes"][:, :2]).amax(dim=1) for t in targets if len(t["boxes"])
    ]
    if not sides:
        return 20.0, 120.0
    allv = torch.cat(sides).float()
    lo, hi = torch.quantile(allv, torch.tensor([0.02, 0.98])).tolist()
    return max(2.0, lo), max(lo + 1.0, hi)


def _cls_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: _Context) -> dict[str, Any]:
    from designer.metrics import classification_metrics

    logits = torch.cat([o["logits"].float() for o in _run_head(head, cache, ctx)])
    return classification_metrics(logits, torch.stack(targets), ctx.num_classes)


def _seg_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: _Context) -> dict[str, Any]:
    from designer.metrics import segmentation_metrics

    preds = []
    for out in _run_head(head, cache, ctx):
        logits = out["mask_logits"].float()
        logits = F.interpolate(
            logits, size=(ctx.image_size, ctx.image_size), mode="bilinear", align_corners=False
        )
        preds.append(logits.argmax(dim=1).to(torch.uint8))
    m = segmentation_metrics(torch.cat(preds).long(), torch.stack(targets).long(), ctx.num_classes)
    return m


def _det_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: _Context) -> dict[str, Any]:
    from designer.metrics import detection_metrics

    preds = []
    for out in _run_head(head, cache, ctx):
        preds.extend(detection_decode(ctx.spec, out, ctx.image_size))
    return detection_metrics(preds, targets)


@dataclass
class _TaskOps:
    loss: Callable[[Mapping[str, Tensor], list, _Context], Tensor]
    evaluate: Callable[[nn.Module, FeatureCache, list, _Context], dict[str, Any]]
    primary: str


_OPS: dict[Task, _TaskOps] = {
    Task.CLASSIFICATION: _TaskOps(_cls_loss, _cls_eval, "accuracy"),
    Task.DETECTION: _TaskOps(_det_loss, _det_eval, "map_50"),
    Task.SEGMENTATION: _TaskOps(_seg_loss, _seg_eval, "miou"),
}


@dataclass
class _Context:
    spec: HeadSpec
    image_size: int
    num_classes: int
    batch_size: int
    box_sizes: tuple[float, float] = (20.0, 120.0)
    _anchors: Any = None

    def anchors(self) -> tuple[Tensor, list[int], Any]:
        """The dense head's anchors ``(M, 4)``, anchors per level, FCOS size ranges."""
        if self._anchors is None:
            from heads.detector import (
                anchors_for,
                feature_sizes_for,
                head_levels,
                num_anchors_per_level,
            )
            from heads.matching import fcos_size_ranges

            sizes = feature_sizes_for(self.spec, self.image_size)
            anchors = torch.cat(anchors_for(self.spec, sizes))
            ranges = fcos_size_ranges(len(head_levels(self.spec)), *self.box_sizes)
            self._anchors = (anchors, num_anchors_per_level(self.spec, sizes), ranges)
        return self._anchors

    @property
    def needs_image(self) -> bool:
        return IMAGE_LEVEL in self.spec.input_levels

    def inputs(self, cache: FeatureCache, idx: Sequence[int]) -> dict[str, Tensor]:
        """The head's inputs for cache entries ``idx`` (the ``image`` level as a free view)."""
        feats = cache.get(idx)
        if self.needs_image:
            # Resize nodes read only the image's shape: a broadcast zero costs no memory.
            feats[IMAGE_LEVEL] = torch.zeros(()).expand(
                len(idx), 3, self.image_size, self.image_size
            )
        return feats


@torch.no_grad()
def _run_head(head: nn.Module, cache: FeatureCache, ctx: _Context):
    was = head.training
    head.eval()
    try:
        for start in range(0, len(cache), ctx.batch_size):
            idx = list(range(start, min(len(cache), start + ctx.batch_size)))
            yield head(ctx.inputs(cache, idx))
    finally:
        head.train(was)


# ---------------------------------------------------------------------------------------------
# Data preparation
# ---------------------------------------------------------------------------------------------


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


def split_samples(
    dataset: Dataset, val_fraction: float, seed: int
) -> tuple[list[Sample], list[Sample]]:
    """The dataset's fixed split, or a seeded random one holding out ``val_fraction``."""
    if dataset.val is not None:
        return list(dataset.train), list(dataset.val)
    n = len(dataset.train)
    g = torch.Generator().manual_seed(seed)
    perm = torch.randperm(n, generator=g).tolist()
    n_val = min(n - 1, max(1, round(n * val_fraction)))
    return [dataset.train[i] for i in perm[n_val:]], [dataset.train[i] for i in perm[:n_val]]


def _backbone_fn(backbone: Any, levels: Sequence[str]) -> Callable[[Tensor], dict[str, Tensor]]:
    def run(x: Tensor) -> dict[str, Tensor]:
        try:
            feats = backbone(x, tuple(levels))
        except TypeError:
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
    config: TrainConfig,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Prepared | None:
    """Cache the features of both splits (flipped training images too) and build targets.

    Returns ``None`` when cancelled.
    """
    task = Task(task)
    t0 = time.perf_counter()
    make_target, flip_target = _TARGETS[task]
    mean, std = _norm_stats(backbone)
    size = config.image_size
    run = _backbone_fn(backbone, levels)
    stop = (lambda: cancel.is_set()) if cancel is not None else None

    def cache_split(
        samples: Sequence[Sample], flip: bool, name: str
    ) -> tuple[FeatureCache | None, list]:
        targets: list[Any] = [None] * len(samples)

        def load(idx: Sequence[int]) -> Tensor:
            xs = []
            for i in idx:
                im = samples[i].load_image()
                targets[i] = make_target(samples[i], im, size)
                xs.append(image_tensor(im, size, mean, std))
            return torch.stack(xs)

        def report(done: int, total: int) -> None:
            if progress is not None:
                msg = f"features of the {name} images: {done}/{total}"
                progress(
                    Progress(
                        "features",
                        step=done,
                        total_steps=total,
                        elapsed=time.perf_counter() - t0,
                        message=msg,
                    )
                )

        cache = cache_features(
            run,
            load,
            len(samples),
            flip=flip,
            batch_size=config.feature_batch_size,
            max_memory_bytes=config.cache_memory_mb << 20,
            spill_dir=config.spill_dir,
            should_stop=stop,
            on_batch=report,
        )
        if cache is not None and flip:
            targets = targets + [flip_target(t, size) for t in targets]
        return cache, targets

    train, train_targets = cache_split(train_samples, config.flip, "training")
    if train is None:
        return None
    val, val_targets = (None, [])
    if len(val_samples):
        val, val_targets = cache_split(val_samples, False, "validation")
        if val is None:
            train.close()
            return None
    return Prepared(
        task,
        list(class_names),
        train,
        train_targets,
        val,
        val_targets,
        size,
        config.flip,
        time.perf_counter() - t0,
    )


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------


def set_num_classes(spec: HeadSpec, num_classes: int) -> HeadSpec:
    """``spec`` with every ``num_classes`` parameter set to ``num_classes``."""
    import dataclasses

    for node in spec.nodes:
        if any(f.name == "num_classes" for f in dataclasses.fields(node.params)):
            if node.params.num_classes != num_classes:
                spec = spec.with_params(node.name, num_classes=num_classes)
    return spec


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
    if (
        isinstance(design, str | os.PathLike)
        and str(design).endswith(".json")
        and Path(design).is_file()
    ):
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
                f"the head reads level {name!r}, which the backbone does not give; levels: {', '.join(feature_info)}",
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
    """The input levels some node or output of ``spec`` reads (what to compute and cache)."""
    head = GraphHead(spec)
    return [n for n in head._used_inputs if n != IMAGE_LEVEL]


# ---------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------


def _dist() -> tuple[int, int]:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def _collate(targets: Sequence[Any], idx: Sequence[int]) -> list[Any]:
    return [targets[i] for i in idx]


def _broadcast_int(value: int) -> int:
    import torch.distributed as dist

    t = torch.tensor([int(value)])
    dist.broadcast(t, src=0)
    return int(t.item())


def _broadcast_flag(flag: bool) -> bool:
    import torch.distributed as dist

    t = torch.tensor([1 if flag else 0])
    dist.broadcast(t, src=0)
    return bool(t.item())


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
    ops = _OPS[spec.task]
    ctx = _Context(spec, data.image_size, len(data.class_names), config.batch_size)
    if spec.task is Task.DETECTION:
        ctx.box_sizes = box_size_range(data.train_targets)
    t0 = time.perf_counter()
    torch.manual_seed(config.seed)
    head = GraphHead(spec)
    if init_state is not None:
        head.load_state_dict(init_state, strict=True)
    model: nn.Module = head
    if world > 1:
        from torch.nn.parallel import DistributedDataParallel

        model = DistributedDataParallel(head)
    params = [p for p in head.parameters() if p.requires_grad]
    decay = [p for p in params if p.ndim > 1]
    no_decay = [p for p in params if p.ndim <= 1]
    opt = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": config.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=config.lr,
    )
    n_images = len(data.train_targets) // (2 if data.flip else 1)
    steps_per_epoch = max(1, math.ceil(n_images / config.batch_size))
    total_steps = steps_per_epoch * config.epochs
    budget = config.minutes * 60 if config.minutes else None
    gen = torch.Generator().manual_seed(config.seed + 1000 * rank)

    def lr_at(step: int, elapsed: float) -> float:
        frac = step / total_steps
        if budget:
            frac = max(frac, elapsed / budget)
        warm = config.warmup
        if frac < warm:
            return config.lr * (0.1 + 0.9 * frac / warm)
        frac = min(1.0, (frac - warm) / max(1e-8, 1 - warm))
        return config.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * frac)))

    history: list[dict[str, Any]] = []
    best_metric, best_state, best_epoch, best_metrics = -math.inf, None, 0, {}
    stale, step, stop_reason = 0, 0, "epochs"
    train_start = time.perf_counter()
    for epoch in range(1, config.epochs + 1):
        model.train()
        # Each image once per epoch, original or mirrored at random.
        order = torch.randperm(n_images, generator=gen)
        if data.flip:
            order = order + n_images * torch.randint(0, 2, (n_images,), generator=gen)
        losses = []
        cancelled = timed_out = False
        for b in range(steps_per_epoch):
            idx = order[b * config.batch_size : (b + 1) * config.batch_size].tolist()
            if not idx:
                continue
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            elapsed = time.perf_counter() - train_start
            for g in opt.param_groups:
                g["lr"] = lr_at(step, elapsed)
            out = model(ctx.inputs(data.train, idx))
            loss = ops.loss(out, _collate(data.train_targets, idx), ctx)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            step += 1
            losses.append(float(loss.detach()))
            if progress is not None and rank == 0:
                progress(
                    Progress(
                        "train",
                        epoch,
                        step,
                        total_steps,
                        losses[-1],
                        elapsed=time.perf_counter() - t0,
                    )
                )
            if budget is not None and world == 1 and time.perf_counter() - train_start > budget:
                timed_out = True
                break
        if world > 1:
            cancelled = _broadcast_flag(cancelled)
        if cancelled:
            return TrainResult(spec, None, history, best_metrics, best_epoch, data.class_names, True, "cancelled",
                               time.perf_counter() - t0, data.seconds, image_size=data.image_size)  # fmt: skip
        record: dict[str, Any] = {
            "epoch": epoch,
            "steps": step,
            "loss": float(np.mean(losses)) if losses else float("nan"),
            "lr": opt.param_groups[0]["lr"],
        }
        improved = False
        if rank == 0 and data.val is not None:
            metrics = ops.evaluate(head, data.val, data.val_targets, ctx)
            record.update({k: v for k, v in metrics.items() if not isinstance(v, list)})
            value = metrics[ops.primary]
            if value > best_metric + 1e-6:
                best_metric, best_epoch, best_metrics = value, epoch, metrics
                best_state = {k: v.detach().clone() for k, v in head.state_dict().items()}
                improved = True
        elif rank == 0:
            best_epoch, best_metrics = epoch, {}
            best_state = {k: v.detach().clone() for k, v in head.state_dict().items()}
            improved = True
        record["seconds"] = round(time.perf_counter() - t0, 3)
        history.append(record)
        stale = 0 if improved else stale + 1
        if progress is not None and rank == 0:
            progress(
                Progress(
                    "epoch",
                    epoch,
                    step,
                    total_steps,
                    record["loss"],
                    dict(record),
                    time.perf_counter() - t0,
                )
            )
        if budget is not None and time.perf_counter() - train_start > budget:
            timed_out = True
        stop = None
        if timed_out:
            stop = "time"
        elif config.patience and stale >= config.patience:
            stop = "early_stopping"
        if world > 1:
            stop = "time" if _broadcast_flag(stop is not None) else None
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
            best_state = {k: v.detach().clone() for k, v in head.state_dict().items()}
        for v in best_state.values():
            dist.broadcast(v, src=0)
        best_epoch = int(_broadcast_int(best_epoch))
    result = TrainResult(
        spec, best_state, history, best_metrics, best_epoch, data.class_names, False, stop_reason,
        time.perf_counter() - t0, data.seconds, image_size=data.image_size,
    )  # fmt: skip
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


# ---------------------------------------------------------------------------------------------
# A small backbone for tests and examples
# ---------------------------------------------------------------------------------------------


class TinyBackbone(nn.Module):
    """A fixed random conv backbone with levels ``c3``, ``c4``, ``c5`` (strides 8, 16, 32).

    Each level is random ReLU conv features plus the image average-pooled to that stride (3
    channels), so colour and layout survive the random weights: enough for tests and examples.
    Real training uses :func:`designer.backbones.load_backbone`.

    Shape:
        (N, 3, H, W) -> {"c3": (N, 16, H/8, W/8), "c4": (N, 24, H/16, W/16),
        "c5": (N, 32, H/32, W/32)}

    Example:
        >>> TinyBackbone()(torch.zeros(1, 3, 64, 64))["c4"].shape
        torch.Size([1, 24, 4, 4])
    """

    def __init__(self, seed: int = 0) -> None:
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        chans = [(3, 8), (8, 16), (16, 13), (13, 21), (21, 29)]
        self.convs = nn.ModuleList(nn.Conv2d(a, b, 3, stride=2, padding=1) for a, b in chans)
        with torch.no_grad():
            for c in self.convs:
                fan_in = c.weight[0].numel()
                c.weight.copy_(torch.randn(c.weight.shape, generator=g) * math.sqrt(2.0 / fan_in))
                c.bias.zero_()
        self.feature_info = {
            "c3": FeatureInfo(16, 8),
            "c4": FeatureInfo(24, 16),
            "c5": FeatureInfo(32, 32),
        }
        self.name = "tiny"
        self.requires_grad_(False)
        self.eval()

    def forward(self, x: Tensor, levels: Sequence[str] | None = None) -> dict[str, Tensor]:
        out = {}
        image = x
        for i, conv in enumerate(self.convs):
            x = F.relu(conv(x))
            if i >= 2:
                stride = 2 ** (i + 1)
                pooled = F.avg_pool2d(image, stride)  # (N, 3, H, W) -> (N, 3, H/s, W/s)
                out[f"c{i + 1}"] = torch.cat([x, pooled], dim=1)
        return out if levels is None else {k: out[k] for k in levels}


# ---------------------------------------------------------------------------------------------
# Command line (``model-heads train``), also under ``torchrun``
# ---------------------------------------------------------------------------------------------


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
    """A zoo backbone (:func:`designer.backbones.load_backbone`), or ``tiny`` (:class:`TinyBackbone`)."""
    if name == "tiny":
        return TinyBackbone()
    from designer.backbones import load_backbone

    return load_backbone(name, weights)


def cli_main(argv: Sequence[str] | None = None) -> int:
    """``model-heads train``: train a head and write weights, spec, metrics and curves.

    Example::

        model-heads train --task detection --data shapes --design fcos_lite --out runs/det
        torchrun --nproc_per_node 2 -m designer.training --task classification --data shapes \\
            --design conv_pool --out runs/cls
    """
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
    return 0


# ---------------------------------------------------------------------------------------------
# The app's Train tab (pure callbacks, and the layout the app places in its "Train" tab)
# ---------------------------------------------------------------------------------------------


def train_from_app(
    design_state: Any,
    source: str,
    upload: str | None,
    n_images: float,
    epochs: float,
    minutes: float,
    batch_size: float,
    lr: float,
    seed: float,
    cancel: threading.Event,
    *,
    backbone: Any = None,
    image_size: int = 256,
):
    """Run a training for the app; yields ``(status markdown, curves PNG path, metrics, files,
    design state)``.

    ``design_state`` is the app's :class:`~designer.state.DesignState`; ``source`` is
    ``shapes`` or ``upload`` (a zip). The loss and metric curves are redrawn after every epoch.
    A finished run yields the design with its trained weights attached (what Predict and Export
    then use); a cancelled or failed run yields the design unchanged, so the head the app holds
    stays as it was.
    """
    import queue
    import tempfile

    from designer.data.formats import load_dataset, load_shapes

    spec, task = design_state.spec, design_state.spec.task
    try:
        if source == "upload":
            if not upload:
                raise DataError("upload a zip of your dataset first", "upload")
            dataset = load_dataset(task.value, upload)
        else:
            dataset = load_shapes(task.value, n=int(n_images), seed=int(seed))
        config = TrainConfig(
            epochs=int(epochs), minutes=float(minutes) or None, batch_size=int(batch_size), lr=float(lr),
            seed=int(seed), image_size=image_size,
        )  # fmt: skip
        bb = backbone if backbone is not None else load_training_backbone(design_state.backbone)
    except (ValueError, OSError) as e:
        yield f"**Cannot train:** {e}", None, None, None, design_state
        return
    cancel.clear()
    reports: queue.Queue = queue.Queue()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = train_head(
                spec, dataset, bb, config, progress=reports.put, cancel=cancel
            )
        except (ValueError, OSError) as e:
            box["error"] = e
        finally:
            dataset.close()  # a zip's extracted folder goes with the run
            reports.put(None)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    status = "Starting..."
    live_dir = Path(tempfile.mkdtemp(prefix="model-heads-curves-"))
    history: list[dict[str, Any]] = []
    curves: str | None = None
    while True:
        p = reports.get()
        if p is None:
            break
        if p.stage == "features":
            status = f"Computing backbone features once: {p.message}"
        elif p.stage == "epoch":
            shown = ", ".join(
                f"{k} {v:.3f}"
                for k, v in p.metrics.items()
                if isinstance(v, float) and k not in ("lr", "seconds")
            )
            status = f"Epoch {p.epoch}: {shown} ({p.elapsed:.0f} s)"
            history.append(dict(p.metrics))
            path = live_dir / f"curves_{len(history):04d}.png"
            path.write_bytes(plot_curves(history))
            curves = str(path)
        elif p.stage == "train" and p.step % 10:
            continue
        else:
            status = f"Epoch {p.epoch}, step {p.step}/{p.total_steps}: loss {p.loss:.4f}"
        yield status, curves, None, None, design_state
    thread.join()
    if "error" in box:
        yield f"**Cannot train:** {box['error']}", curves, None, None, design_state
        return
    result: TrainResult = box["result"]
    if result.cancelled or result.state_dict is None:
        yield "Cancelled: the previous head is unchanged.", curves, None, None, design_state
        return
    out = Path(tempfile.mkdtemp(prefix="model-heads-train-"))
    paths = result.save(out)
    shown = {k: round(v, 4) for k, v in result.metrics.items() if not isinstance(v, list)}
    msg = f"Done ({result.stop_reason}): best epoch {result.best_epoch}, {shown}"
    files = [str(paths[k]) for k in ("weights", "spec", "metrics")]
    from designer import state as st

    trained = st.TrainedHead(
        result.spec, design_state.backbone, result.state_dict, tuple(result.class_names)
    )
    new_state, note = st.with_trained(design_state, trained)
    yield f"{msg}  \n{note}", str(paths["curves"]), result.summary(), files, new_state


def build_train_tab(state: Any, *, backbone: Any = None) -> None:
    """Place the Train tab's widgets and wire them (call inside ``gr.Tab("Train")``).

    Args:
        state: the app's ``gr.State`` holding the design (``.spec``, ``.backbone``).
        backbone: a backbone to train over instead of the design's (tests inject a small one).
    """
    import gradio as gr

    cancel_state = gr.State(threading.Event)
    gr.Markdown(
        "Train the current design on frozen backbone features: the backbone runs once per image "
        "(and its mirror), then every epoch runs only the head. Built-in Shapes data, or a zip of "
        "your own: an ImageFolder tree (classification), COCO JSON (detection) or images + mask "
        "PNGs (segmentation)."
    )
    with gr.Row():
        source = gr.Radio(
            [("Built-in Shapes", "shapes"), ("My data (zip)", "upload")],
            value="shapes",
            label="Data",
        )
        upload = gr.File(label="Dataset zip", file_types=[".zip"], type="filepath")
        n_images = gr.Number(300, label="Shapes images", precision=0, minimum=8, maximum=5000)
    with gr.Row():
        epochs = gr.Number(20, label="Epochs", precision=0, minimum=1, maximum=500)
        minutes = gr.Number(2.0, label="Minutes (0: no limit)", minimum=0, maximum=120)
        batch = gr.Number(32, label="Batch size", precision=0, minimum=1, maximum=512)
        lr = gr.Number(2e-3, label="Learning rate", minimum=1e-6, maximum=1.0)
        seed = gr.Number(0, label="Seed", precision=0)
    with gr.Row():
        train_btn = gr.Button("Train", variant="primary")
        cancel_btn = gr.Button("Cancel")
    status = gr.Markdown()
    with gr.Row():
        curves = gr.Image(label="Curves", type="filepath")
        metrics = gr.JSON(label="Metrics")
    files = gr.File(label="Trained weights, spec and metrics", file_count="multiple")

    def run(design, src, up, n, ep, mins, bs, rate, sd, ev):
        yield from train_from_app(design, src, up, n, ep, mins, bs, rate, sd, ev, backbone=backbone)

    train_btn.click(
        run,
        [state, source, upload, n_images, epochs, minutes, batch, lr, seed, cancel_state],
        [status, curves, metrics, files, state],
        api_name="train",
    )
    cancel_btn.click(lambda ev: ev.set(), [cancel_state], None, api_name="cancel_training")


__all__ = [
    "Prepared", "Progress", "TinyBackbone", "TrainConfig", "TrainResult", "build_train_tab",
    "cli_main", "fit", "train_from_app",
    "image_tensor", "init_distributed", "load_training_backbone",
    "plot_curves", "prepare", "resolve_design", "set_num_classes", "split_samples", "train_head",
    "used_levels",
]  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(cli_main())
