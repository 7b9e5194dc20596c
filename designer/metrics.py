"""Metrics for training and evaluation, computed with torchmetrics.

- classification: accuracy and macro F1;
- detection: COCO mAP (0.5:0.95) and mAP@0.5 for boxes, and for masks when predictions carry
  them (torchmetrics ``MeanAveragePrecision`` with the pycocotools backend);
- semantic segmentation: mIoU and per-class IoU (from a torchmetrics confusion matrix; classes
  that appear in neither prediction nor target are left out of the mean).

Example:
    >>> import torch
    >>> m = classification_metrics(torch.tensor([[2.0, 0.0], [0.0, 1.0], [3.0, 0.0]]),
    ...                            torch.tensor([0, 1, 1]), num_classes=2)
    >>> round(m["accuracy"], 3), round(m["macro_f1"], 3)
    (0.667, 0.667)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import Tensor
from torchmetrics.functional.classification import (
    multiclass_accuracy,
    multiclass_confusion_matrix,
    multiclass_f1_score,
)

IGNORE_INDEX = 255


def classification_metrics(logits: Tensor, target: Tensor, num_classes: int) -> dict[str, float]:
    """Accuracy (micro) and macro F1 of ``(N, K)`` logits (or ``(N,)`` labels) against ``(N,)``."""
    preds = logits.argmax(dim=1) if logits.ndim == 2 else logits
    acc = multiclass_accuracy(preds, target, num_classes=num_classes, average="micro")
    f1 = multiclass_f1_score(preds, target, num_classes=num_classes, average="macro")
    return {"accuracy": float(acc), "macro_f1": float(f1)}


def detection_metrics(
    preds: Sequence[dict[str, Tensor]],
    targets: Sequence[dict[str, Tensor]],
    *,
    masks: bool = False,
) -> dict[str, float]:
    """COCO mAP and mAP@0.5 of per-image detections.

    Args:
        preds: one dict per image with ``boxes`` ``(D, 4)`` xyxy, ``scores`` ``(D,)``,
            ``labels`` ``(D,)`` (and ``masks`` ``(D, H, W)`` bool with ``masks=True``).
        targets: one dict per image with ``boxes``, ``labels`` (and ``masks``).
        masks: also compute mask mAP (``mask_map``, ``mask_map_50``).

    Example:
        >>> t = [{"boxes": torch.tensor([[0.0, 0, 10, 10]]), "labels": torch.tensor([0])}]
        >>> p = [{"boxes": torch.tensor([[0.0, 0, 10, 10]]), "scores": torch.tensor([0.9]),
        ...       "labels": torch.tensor([0])}]
        >>> detection_metrics(p, t)["map_50"]
        1.0
    """
    meter = DetectionMeter(masks=masks)
    meter.update(preds, targets)
    return meter.compute()


class DetectionMeter:
    """:func:`detection_metrics` fed a batch at a time (torchmetrics keeps masks as RLE, so
    image-size masks need not be held for a whole validation set).

    Example:
        >>> m = torch.zeros(1, 8, 8, dtype=torch.bool)
        >>> m[0, 2:6, 2:6] = True
        >>> meter = DetectionMeter(masks=True)
        >>> meter.update([{"boxes": torch.tensor([[2.0, 2, 6, 6]]), "scores": torch.tensor([0.9]),
        ...                "labels": torch.tensor([0]), "masks": m}],
        ...              [{"boxes": torch.tensor([[2.0, 2, 6, 6]]), "labels": torch.tensor([0]), "masks": m}])
        >>> meter.compute()["mask_map_50"]
        1.0
    """

    def __init__(self, *, masks: bool = False) -> None:
        from torchmetrics.detection import MeanAveragePrecision

        self.iou_types = ("bbox", "segm") if masks else ("bbox",)
        self.metric = MeanAveragePrecision(iou_type=self.iou_types, backend="pycocotools")

    def update(
        self, preds: Sequence[dict[str, Tensor]], targets: Sequence[dict[str, Tensor]]
    ) -> None:
        """Add per-image predictions and targets (keys as :func:`detection_metrics` reads)."""
        self.metric.update(
            [
                {k: v for k, v in p.items() if k in ("boxes", "scores", "labels", "masks")}
                for p in preds
            ],
            [{k: v for k, v in t.items() if k in ("boxes", "labels", "masks")} for t in targets],
        )

    def compute(self) -> dict[str, float]:
        """``map`` and ``map_50`` (boxes), and ``mask_map`` and ``mask_map_50`` with masks."""
        res = self.metric.compute()
        prefix = {"bbox": "", "segm": "mask_"}

        def get(key: str) -> float:
            v = float(res[key])
            return 0.0 if v < 0 else v  # -1 means "no ground truth": report 0

        out: dict[str, float] = {}
        for t in self.iou_types:
            key = "" if len(self.iou_types) == 1 else f"{t}_"
            out[f"{prefix[t]}map"] = get(f"{key}map")
            out[f"{prefix[t]}map_50"] = get(f"{key}map_50")
        return out


def segmentation_metrics(
    pred: Tensor, target: Tensor, num_classes: int, *, ignore_index: int = IGNORE_INDEX
) -> dict[str, float | list[float]]:
    """mIoU and per-class IoU of label maps ``(N, H, W)`` (or ``(N, K, H, W)`` logits).

    Per-class IoU is ``nan`` for a class in neither prediction nor target; the mean skips it.

    Example:
        >>> t = torch.tensor([[[0, 0], [1, 1]]])
        >>> segmentation_metrics(torch.tensor([[[0, 0], [0, 1]]]), t, 2)["per_class_iou"]
        [0.6666666865348816, 0.5]
    """
    if pred.ndim == 4:
        pred = pred.argmax(dim=1)
    cm = multiclass_confusion_matrix(
        pred.reshape(-1), target.reshape(-1).long(), num_classes, ignore_index=ignore_index
    ).double()
    inter = cm.diag()
    union = cm.sum(0) + cm.sum(1) - inter
    iou = torch.where(union > 0, inter / union.clamp(min=1), torch.full_like(inter, math.nan))
    present = ~torch.isnan(iou)
    miou = float(iou[present].mean()) if present.any() else 0.0
    acc = float(inter.sum() / cm.sum().clamp(min=1))
    return {"miou": miou, "pixel_accuracy": acc, "per_class_iou": [float(v) for v in iou.float()]}


__all__ = ["DetectionMeter", "classification_metrics", "detection_metrics", "segmentation_metrics"]
