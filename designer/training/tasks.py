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

import dataclasses
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
#: Side of the box-relative instance mask kept per object as a training target (uint8): the
#: mask inside its box, resampled; a 28x28 mask head's targets are resampled from it.
MASK_TARGET_SIZE = 64
#: Ground-truth boxes are jittered by up to this fraction of their side (each edge) before the
#: mask head sees them: at inference it sees detected boxes, which are a little off.
MASK_BOX_JITTER = 0.1


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
        head: the module being trained; an instance mask node's loss needs it (its masks are
            made from boxes, which the head's outputs do not carry).
    """

    spec: HeadSpec
    image_size: int
    num_classes: int
    batch_size: int
    box_sizes: tuple[float, float] = (20.0, 120.0)
    head: nn.Module | None = None

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
    labels = torch.tensor(sample.labels or [], dtype=torch.long)
    target = {"boxes": boxes, "labels": labels}
    if sample.segmentations and len(boxes):
        target["mask_crops"] = mask_crops(sample.instance_masks(h, w), boxes)
    boxes = boxes * torch.tensor([size / w, size / h, size / w, size / h])
    return {**target, "boxes": boxes.clamp(0, size)}


def mask_crops(masks: np.ndarray | Tensor, boxes: Tensor) -> Tensor:
    """Each object's mask inside its box, resampled to :data:`MASK_TARGET_SIZE` squares.

    Box-relative crops are what a mask head learns from (any box near the object maps into
    its crop), they do not change when the image is resized, and they cost 4 KB an object
    where full masks at 256x256 would cost 64.

    Shape:
        masks (M, H, W) bool, boxes (M, 4) xyxy in the masks' pixels -> (M, S, S) uint8
        (0..255, the share of each cell inside the mask)

    Example:
        >>> m = torch.zeros(1, 20, 20, dtype=torch.bool)
        >>> m[0, 5:15, 5:10] = True  # the left half of box (5, 5, 15, 15)
        >>> c = mask_crops(m, torch.tensor([[5.0, 5.0, 15.0, 15.0]]))
        >>> # inside the box's left half it is 255, right half 0 (bilinear edges between)
        >>> c.shape, c[0, 8:56, 4:28].min().item(), c[0, 8:56, 36:60].max().item()
        (torch.Size([1, 64, 64]), 255, 0)
    """
    from heads.instance import project_masks_on_boxes

    masks = torch.as_tensor(np.asarray(masks)).bool()
    idx = torch.arange(len(boxes))
    crops = project_masks_on_boxes(masks, boxes.float(), idx, MASK_TARGET_SIZE)
    return crops.mul(255).round().to(torch.uint8)


def samples_for(spec: HeadSpec, samples: Sequence[Sample]) -> list[Sample]:
    """The samples as ``spec`` trains on them: without instance masks unless the spec has an
    instance mask node (decoding and resampling masks costs more than the rest of a target)."""
    from heads.detector import has_instance_masks

    if spec.task is not Task.DETECTION or has_instance_masks(spec):
        return list(samples)
    return [dataclasses.replace(s, segmentations=None) if s.segmentations else s for s in samples]


def _det_flip(target: dict[str, Tensor], size: int) -> dict[str, Tensor]:
    b = target["boxes"]
    flipped = torch.stack([size - b[:, 2], b[:, 1], size - b[:, 0], b[:, 3]], dim=1)
    out = {**target, "boxes": flipped}
    if "mask_crops" in target:  # the box mirrors, so its crop mirrors with it
        out["mask_crops"] = torch.flip(target["mask_crops"], dims=[2])
    return out


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
    from heads.detector import feature_sizes_for, has_instance_masks

    sizes = feature_sizes_for(ctx.spec, ctx.image_size)
    boxes_only = [{"boxes": t["boxes"], "labels": t["labels"]} for t in targets]
    losses = heads.detection_loss(ctx.spec, out, boxes_only, sizes, **detection_loss_options(ctx))
    if has_instance_masks(ctx.spec):
        losses["mask"] = instance_mask_training_loss(out, targets, ctx)
    return sum(losses.values())


def _jitter(boxes: Tensor, amount: float) -> Tensor:
    """Each edge moved by up to ``amount`` of the box's side (torch's seeded generator)."""
    wh = (boxes[:, 2:] - boxes[:, :2]).repeat(1, 2)  # (R, 4): w, h, w, h
    return boxes + (torch.rand_like(boxes) * 2 - 1) * amount * wh


def _crop_coords(boxes: Tensor, gt: Tensor) -> Tensor:
    """``boxes`` in the pixels of ``gt``'s box-relative crops (``0..MASK_TARGET_SIZE``)."""
    scale = MASK_TARGET_SIZE / (gt[:, 2:] - gt[:, :2]).clamp_min(1e-6).repeat(1, 2)
    return (boxes - gt[:, :2].repeat(1, 2)) * scale


def _mask_targets(targets: Sequence[Mapping[str, Tensor]], jitter: float):
    """The boxes the mask head sees, their labels and their targets' crops and crop boxes."""
    have = [t for t in targets if "mask_crops" in t]
    gt = [t["boxes"] for t in have]
    seen = [_jitter(b, jitter) if jitter else b for b in gt]
    crops = torch.cat([t["mask_crops"] for t in have]) if have else torch.zeros(0, 1, 1)
    crop_boxes = _crop_coords(torch.cat(seen), torch.cat(gt)) if have else torch.zeros(0, 4)
    labels = torch.cat([t["labels"] for t in have]) if have else torch.zeros(0, dtype=torch.long)
    return have, seen, labels, crops, crop_boxes


def instance_mask_training_loss(
    out: Mapping[str, Any], targets: Sequence[Mapping[str, Tensor]], ctx: Context
) -> Tensor:
    """The instance mask node's loss (:func:`heads.instance.instance_mask_loss`) on the
    ground-truth boxes, jittered by :data:`MASK_BOX_JITTER` (images without masks skipped).

    Mask R-CNN trains its mask head on the proposals matched to objects; a dense detector's
    boxes come after decoding, so the mask head learns from the objects' own boxes, moved a
    little as detected boxes are.
    """
    from heads.detector import instance_mask_logits
    from heads.instance import instance_mask_loss, project_masks_on_boxes

    if ctx.head is None:
        raise ValueError("training an instance mask head needs the head module (Context.head)")
    have, seen, labels, crops, crop_boxes = _mask_targets(targets, MASK_BOX_JITTER)
    if not labels.numel():
        return out["cls_logits"].sum() * 0.0
    keep = [i for i, t in enumerate(targets) if "mask_crops" in t]
    sub = _select_images(out, keep, len(targets))
    sizes = [(ctx.image_size, ctx.image_size)] * len(keep)
    logits = instance_mask_logits(ctx.spec, ctx.head, sub, seen, sizes)  # (R, K, M, M)
    idx = torch.arange(len(crops))
    want = project_masks_on_boxes(crops.float() / 255, crop_boxes, idx, logits.shape[-1])
    return instance_mask_loss(logits, labels, want)


def _select_images(out: Mapping[str, Any], keep: list[int], n: int) -> dict[str, Any]:
    """The outputs of images ``keep`` of a batch of ``n`` (tensors and lists of tensors)."""
    if len(keep) == n:
        return dict(out)
    idx = torch.tensor(keep)

    def pick(v: Any) -> Any:
        if isinstance(v, Tensor):
            return v[idx]
        if isinstance(v, list | tuple):
            return type(v)(pick(x) for x in v)
        return v

    return {k: pick(v) for k, v in out.items()}


def mask_iou_on_boxes(
    head: nn.Module, spec: HeadSpec, out: Mapping[str, Any], targets: Sequence[Mapping], size: int
) -> list[float]:
    """Per object, the IoU of the mask the head predicts on the object's own box with its
    ground-truth mask (both box-relative, at the mask head's resolution): how well the mask
    head does apart from the detector."""
    from heads.detector import instance_mask_logits
    from heads.instance import project_masks_on_boxes, select_class_masks

    have, seen, labels, crops, crop_boxes = _mask_targets(targets, 0.0)
    if not labels.numel():
        return []
    keep = [i for i, t in enumerate(targets) if "mask_crops" in t]
    sub = _select_images(out, keep, len(targets))
    logits = instance_mask_logits(spec, head, sub, seen, [(size, size)] * len(keep))
    pred = select_class_masks(logits, labels)[:, 0] > 0  # (R, M, M)
    idx = torch.arange(len(crops))
    want = project_masks_on_boxes(crops.float() / 255, crop_boxes, idx, logits.shape[-1]) > 0.5
    inter = (pred & want).flatten(1).sum(1).float()
    union = (pred | want).flatten(1).sum(1).float().clamp_min(1)
    return (inter / union).tolist()


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


def target_masks(target: Mapping[str, Tensor], size: int) -> Tensor:
    """A target's instance masks ``(M, size, size)`` bool, pasted from its crops into its boxes."""
    from heads.instance import paste_instance_masks

    crops = target["mask_crops"].float()[:, None] / 255  # (M, S, S) -> (M, 1, S, S)
    return paste_instance_masks(crops, target["boxes"], (size, size))[:, 0] > 0.5


def _det_eval(head: nn.Module, cache: FeatureCache, targets: list, ctx: Context) -> dict:
    from designer.metrics import DetectionMeter
    from heads.detector import has_instance_masks, instance_masks

    masks = has_instance_masks(ctx.spec) and all(
        "mask_crops" in t for t in targets if len(t["boxes"])
    )
    meter = DetectionMeter(masks=masks)
    ious: list[float] = []
    start = 0
    for out in run_head(head, cache, ctx):
        batch = targets[start : start + len(out["cls_logits"])]
        start += len(batch)
        preds = detection_decode(ctx.spec, out, ctx.image_size)
        if masks:
            sizes = [(ctx.image_size, ctx.image_size)] * len(preds)
            with torch.no_grad():
                preds = instance_masks(ctx.spec, head, out, preds, sizes)
                ious += mask_iou_on_boxes(head, ctx.spec, out, batch, ctx.image_size)
            preds = [{**p, "masks": p["masks"][:, 0] > 0.5} for p in preds]
            batch = [
                {**t, "masks": target_masks(t, ctx.image_size)}
                if "mask_crops" in t
                else {
                    **t,
                    "masks": torch.zeros(0, ctx.image_size, ctx.image_size, dtype=torch.bool),
                }
                for t in batch
            ]
        # Streamed: mask predictions at image size are large; the meter keeps them as RLE.
        meter.update(preds, batch)
    metrics = meter.compute()
    if masks:
        metrics["mask_iou"] = float(np.mean(ious)) if ious else 0.0
    return metrics


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
    "MASK_BOX_JITTER", "MASK_TARGET_SIZE", "Context", "TASKS", "TaskOps", "box_size_range",
    "detection_decode", "detection_loss_options", "instance_mask_training_loss", "mask_crops",
    "mask_iou_on_boxes", "run_head", "samples_for", "target_masks",
]  # fmt: skip
