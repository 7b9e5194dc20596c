"""What training does differently per task: targets, their mirrors, the loss, the evaluation.

One :class:`TaskOps` per task in :data:`TASKS`; the loop (:mod:`designer.training.loop`) never
branches on the task. Every loss is the library's own (:mod:`heads.losses`, and
:func:`heads.detection_loss`, which reads anchors, the box coder and FCOS's centre-sampling
radius from the spec), so a head trains exactly as its spec says.

Example:
    >>> import torch, heads
    >>> spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    >>> ctx = Context(spec, image_size=64, num_classes=2, batch_size=4)
    >>> out = {"logits": torch.tensor([[4.0, -4.0]])}
    >>> round(TASKS[heads.Task.CLASSIFICATION].loss(out, [torch.tensor(0)], ctx).item(), 3)
    0.2
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from torch import Tensor, nn

from designer.data.formats import IGNORE_INDEX, Sample
from designer.features import FeatureCache
from heads.segmenter import IMAGE_LEVEL
from heads.spec import HeadSpec, Task

#: Label smoothing of the classification loss.
LABEL_SMOOTHING = 0.05


@dataclass
class Context:
    """What the task operations need to know about a run.

    Attributes:
        spec: the head being trained.
        image_size: the square input size.
        num_classes: classes of the data.
        batch_size: head batch size (evaluation too).
        box_sizes: detection: the 2nd and 98th percentiles of the boxes' longer sides, which
            spread objects over the levels of a point-based (FCOS-style) head.
    """

    spec: HeadSpec
    image_size: int
    num_classes: int
    batch_size: int
    box_sizes: tuple[float, float] = (20.0, 120.0)

    def inputs(self, cache: FeatureCache, idx: Sequence[int]) -> dict[str, Tensor]:
        """The head's inputs for cache entries ``idx`` (the ``image`` level as a free view)."""
        feats = cache.get(idx)
        if IMAGE_LEVEL in self.spec.input_levels:
            # Resize nodes read only the image's shape: a broadcast zero costs no memory.
            feats[IMAGE_LEVEL] = torch.zeros(()).expand(
                len(idx), 3, self.image_size, self.image_size
            )
        return feats


@torch.no_grad()
def run_head(head: nn.Module, cache: FeatureCache, ctx: Context):
    """The head's outputs over every cache entry, a batch at a time (eval mode)."""
    was = head.training
    head.eval()
    try:
        for start in range(0, len(cache), ctx.batch_size):
            idx = list(range(start, min(len(cache), start + ctx.batch_size)))
            yield head(ctx.inputs(cache, idx))
    finally:
        head.train(was)


# ---------------------------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------------------------


def _cls_target(sample: Sample, image: Image.Image, size: int) -> Tensor:
    return torch.tensor(int(sample.label))


def _cls_flip(target: Tensor, size: int) -> Tensor:
    return target


def _cls_loss(out: Mapping[str, Tensor], targets: list[Tensor], ctx: Context) -> Tensor:
    from heads.losses import classification_loss

    return classification_loss(out["logits"], torch.stack(targets), label_smoothing=LABEL_SMOOTHING)


def _cls_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: Context) -> dict:
    from designer.metrics import classification_metrics

    logits = torch.cat([o["logits"].float() for o in run_head(head, cache, ctx)])
    return classification_metrics(logits, torch.stack(targets), ctx.num_classes)


# ---------------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------------


def _det_target(sample: Sample, image: Image.Image, size: int) -> dict[str, Tensor]:
    w, h = image.size
    boxes = torch.tensor(sample.boxes or [], dtype=torch.float32).reshape(-1, 4)
    boxes = boxes * torch.tensor([size / w, size / h, size / w, size / h])
    labels = torch.tensor(sample.labels or [], dtype=torch.long)
    return {"boxes": boxes.clamp(0, size), "labels": labels}


def _det_flip(target: dict[str, Tensor], size: int) -> dict[str, Tensor]:
    b = target["boxes"]
    flipped = torch.stack([size - b[:, 2], b[:, 1], size - b[:, 0], b[:, 3]], dim=1)
    return {"boxes": flipped, "labels": target["labels"]}


def detection_loss_options(ctx: Context) -> dict[str, Any]:
    """Options for :func:`heads.detection_loss` that come from the data, not the spec.

    A point-based head (one whose parameters carry a centre-sampling radius, as FCOS's do)
    assigns objects to levels by size; its ranges follow the data's box sizes (COCO's ranges
    would put small images' objects all on one level).
    """
    from heads.detector import dense_head_node, head_levels
    from heads.matching import fcos_size_ranges

    if not hasattr(dense_head_node(ctx.spec).params, "center_sampling_radius"):
        return {}
    return {"size_ranges": fcos_size_ranges(len(head_levels(ctx.spec)), *ctx.box_sizes)}


def _det_loss(out: Mapping[str, Tensor], targets: list[dict[str, Tensor]], ctx: Context) -> Tensor:
    import heads
    from heads.detector import feature_sizes_for

    sizes = feature_sizes_for(ctx.spec, ctx.image_size)
    losses = heads.detection_loss(ctx.spec, out, targets, sizes, **detection_loss_options(ctx))
    return sum(losses.values())


def detection_decode(
    spec: HeadSpec, out: Mapping[str, Tensor], image_size: int
) -> list[dict[str, Tensor]]:
    """Per-image detections of a head's outputs on ``image_size`` square inputs (for mAP)."""
    from heads.detector import decode_detections

    n = out["cls_logits"].shape[0]
    return decode_detections(
        spec, out, None, [(image_size, image_size)] * n, score_threshold=0.05,
        detections_per_img=100,
    )  # fmt: skip


def box_size_range(targets: Sequence[Mapping[str, Tensor]]) -> tuple[float, float]:
    """The 2nd and 98th percentiles of the boxes' longer sides (FCOS level ranges)."""
    sides = [
        t["boxes"][:, 2:].sub(t["boxes"][:, :2]).amax(dim=1) for t in targets if len(t["boxes"])
    ]
    if not sides:
        return 20.0, 120.0
    lo, hi = torch.quantile(torch.cat(sides).float(), torch.tensor([0.02, 0.98])).tolist()
    return max(2.0, lo), max(lo + 1.0, hi)


def _det_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: Context) -> dict:
    from designer.metrics import detection_metrics

    preds = []
    for out in run_head(head, cache, ctx):
        preds.extend(detection_decode(ctx.spec, out, ctx.image_size))
    return detection_metrics(preds, targets)


# ---------------------------------------------------------------------------------------------
# Segmentation
# ---------------------------------------------------------------------------------------------


def _seg_target(sample: Sample, image: Image.Image, size: int) -> Tensor:
    mask = sample.load_mask().astype(np.uint8)
    im = Image.fromarray(mask).resize((size, size), Image.NEAREST)
    return torch.from_numpy(np.asarray(im).copy())  # (size, size) uint8


def _seg_flip(target: Tensor, size: int) -> Tensor:
    return torch.flip(target, dims=[1])


def _seg_loss(out: Mapping[str, Tensor], targets: list[Tensor], ctx: Context) -> Tensor:
    from heads.losses.segmentation import segmentation_loss

    # Light decoders also return their stride-4 logits (``aux_low_res``): the loss runs on that
    # grid (targets sampled nearest), many more steps per second than at full size.
    key = "aux_low_res" if "aux_low_res" in out else "mask_logits"
    target = torch.stack(targets).long()  # (N, S, S)
    return segmentation_loss(out, target, logits_key=key, ignore_index=IGNORE_INDEX)


def _seg_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: Context) -> dict:
    from designer.metrics import segmentation_metrics

    preds = []
    for out in run_head(head, cache, ctx):
        logits = F.interpolate(
            out["mask_logits"].float(), size=(ctx.image_size, ctx.image_size), mode="bilinear",
            align_corners=False,
        )  # fmt: skip
        preds.append(logits.argmax(dim=1).to(torch.uint8))  # (N, K, S, S) -> (N, S, S)
    return segmentation_metrics(
        torch.cat(preds).long(), torch.stack(targets).long(), ctx.num_classes
    )


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskOps:
    """One task's training operations.

    Attributes:
        target: ``(sample, resized image, size) -> target`` at the training size.
        flip: the target of the horizontally mirrored image.
        loss: ``(head outputs, targets, context) -> scalar``.
        evaluate: ``(head, cache, targets, context) -> metrics``.
        primary: the metric early stopping and the best epoch follow.
    """

    target: Callable[[Sample, Image.Image, int], Any]
    flip: Callable[[Any, int], Any]
    loss: Callable[[Mapping[str, Tensor], list, Context], Tensor]
    evaluate: Callable[[nn.Module, FeatureCache, list, Context], dict[str, Any]]
    primary: str


TASKS: dict[Task, TaskOps] = {
    Task.CLASSIFICATION: TaskOps(_cls_target, _cls_flip, _cls_loss, _cls_eval, "accuracy"),
    Task.DETECTION: TaskOps(_det_target, _det_flip, _det_loss, _det_eval, "map_50"),
    Task.SEGMENTATION: TaskOps(_seg_target, _seg_flip, _seg_loss, _seg_eval, "miou"),
}

__all__ = [
    "Context", "TASKS", "TaskOps", "box_size_range", "detection_decode",
    "detection_loss_options", "run_head",
]  # fmt: skip
