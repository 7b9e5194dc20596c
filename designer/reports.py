"""Results a person can read: after-training reports and per-class tables of a prediction.

After training, :func:`evaluate` runs the trained head over the validation images and
:func:`write_reports` draws, with matplotlib, and saves:

- classification: ``confusion_matrix.png`` (rows: true class, columns: predicted);
- detection: ``per_class_ap.png`` (COCO AP@[.5:.95] and AP@.5 per class, torchmetrics
  ``MeanAveragePrecision(class_metrics=True)``), and ``per_class_mask_ap.png`` (the same for
  the masks, ``iou_type="segm"``) for a head with an instance mask node, whose masks the
  gallery draws;
- segmentation: ``per_class_iou.png``;
- every task: ``worst.png``, a gallery of the validation images the head did worst on, with its
  predictions (and the truth) drawn, and ``report.json`` with the same numbers.

:func:`report_training` does both for a :class:`~designer.training.TrainResult` (what
``model-heads train`` writes beside the weights). :func:`result_rows` turns a
:class:`~designer.inference.Prediction` into the rows of the Predict tab's table: the top
classes; detection count and best score per class; segmentation area per class.

Example:
    >>> from types import SimpleNamespace as NS
    >>> pred = NS(task="detection", data={"detections": [
    ...     {"name": "cat", "score": 0.9}, {"name": "cat", "score": 0.5},
    ...     {"name": "dog", "score": 0.7}]})
    >>> result_rows(pred)
    [{'class': 'cat', 'count': 2, 'best score': 0.9}, {'class': 'dog', 'count': 1, 'best score': 0.7}]
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch import Tensor

#: Validation images shown in the gallery of worst results.
GALLERY_SIZE = 8
#: Detections drawn in the gallery and counted per image score at least this.
GALLERY_SCORE = 0.3


# ---------------------------------------------------------------------------------------------
# Per-class tables of one prediction
# ---------------------------------------------------------------------------------------------


def _rows_classification(data: dict) -> list[dict[str, Any]]:
    return [
        {"rank": i + 1, "class": t["name"], "score": round(float(t["score"]), 4)}
        for i, t in enumerate(data.get("topk", []))
    ]


def _rows_detection(data: dict) -> list[dict[str, Any]]:
    per: dict[str, list[float]] = {}
    area: dict[str, float] = {}
    dets = data.get("detections", [])
    for d in dets:
        per.setdefault(d["name"], []).append(float(d["score"]))
        area[d["name"]] = area.get(d["name"], 0.0) + float(d.get("mask_fraction", 0.0))
    masks = any("mask_fraction" in d for d in dets)
    rows = [
        {"class": name, "count": len(s), "best score": round(max(s), 4)}
        | ({"mask area %": round(100.0 * area[name], 2)} if masks else {})
        for name, s in per.items()
    ]
    return sorted(rows, key=lambda r: (-r["best score"], r["class"]))


def _rows_segmentation(data: dict) -> list[dict[str, Any]]:
    rows = [
        {"class": c["name"], "area %": round(100.0 * float(c["fraction"]), 2)}
        for c in data.get("classes", [])
    ]
    return sorted(rows, key=lambda r: -r["area %"])


_ROWS = {
    "classification": _rows_classification,
    "detection": _rows_detection,
    "segmentation": _rows_segmentation,
}


def result_rows(prediction: Any) -> list[dict[str, Any]]:
    """The per-class table of a prediction: one dict per row (column name -> value).

    Classification: ``rank``, ``class``, ``score`` (the top-k); detection: ``class``,
    ``count``, ``best score`` (classes by best score), and ``mask area %`` (of the image, the
    class's instance masks together) for a head with instance masks; segmentation: ``class``,
    ``area %`` (of the image, largest first).
    """
    return _ROWS[prediction.task](prediction.data)


# ---------------------------------------------------------------------------------------------
# Evaluation on validation images
# ---------------------------------------------------------------------------------------------


@dataclass
class Evaluation:
    """A trained head's predictions on validation images, and how well each image went.

    Attributes:
        task: the task.
        class_names: names in output order.
        images: the validation images (RGB, resized to ``image_size`` squares).
        targets: per image: a label, ``{"boxes", "labels"}`` or an ``(S, S)`` label map.
        predictions: per image: class probabilities ``(K,)``, ``{"boxes", "scores",
            "labels"}`` or an ``(S, S)`` label map.
        image_scores: per image, higher is better (true-class probability, F1 at IoU 0.5, or
            mean IoU); the gallery shows the lowest.
        names: the samples' names.
        mask_ap: detection with instance masks: ``{class: {"ap", "ap_50"}}`` of the masks
            (torchmetrics ``iou_type="segm"``); the predictions then carry ``masks``
            ``(D, S, S)`` bool for the detections scoring at least :data:`GALLERY_SCORE`.
    """

    task: str
    class_names: list[str]
    images: list[Image.Image]
    targets: list[Any]
    predictions: list[Any]
    image_scores: list[float]
    names: list[str] = field(default_factory=list)
    mask_ap: dict[str, dict[str, float]] | None = None


def _f1_at_50(pred: dict[str, Tensor], target: dict[str, Tensor]) -> float:
    from torchvision.ops import box_iou

    keep = pred["scores"] >= GALLERY_SCORE
    pb, pl = pred["boxes"][keep], pred["labels"][keep]
    tb, tl = target["boxes"], target["labels"]
    if len(pb) == 0 and len(tb) == 0:
        return 1.0
    if len(pb) == 0 or len(tb) == 0:
        return 0.0
    iou = box_iou(pb, tb) * (pl[:, None] == tl[None, :])
    matched, used = 0, set()
    for i in range(len(pb)):  # greedy in score order (the predictions are sorted)
        j = int(iou[i].argmax())
        if iou[i, j] >= 0.5 and j not in used:
            used.add(j)
            matched += 1
    return 2 * matched / (len(pb) + len(tb))


def _mean_iou(pred: Tensor, target: Tensor, num_classes: int) -> float:
    from designer.metrics import segmentation_metrics

    return float(segmentation_metrics(pred[None], target[None], num_classes)["miou"])


def evaluate(
    spec: Any,
    state_dict: Any,
    samples: Sequence[Any],
    backbone: Any,
    image_size: int,
    class_names: Sequence[str],
    *,
    batch_size: int = 16,
) -> Evaluation:
    """Run a trained head over ``samples`` as training validated it (square ``image_size``
    inputs, the backbone's mean/std) and keep everything the reports draw."""
    import torch.nn.functional as F

    from designer.training import TASKS, detection_decode, image_tensor, used_levels
    from designer.training.data import _norm_stats
    from designer.training.tasks import samples_for, target_masks
    from heads.detector import has_instance_masks, instance_masks
    from heads.graph import GraphHead
    from heads.segmenter import IMAGE_LEVEL

    head = GraphHead(spec)
    head.load_state_dict(dict(state_dict), strict=True)
    head.eval()
    task = spec.task.value
    make_target = TASKS[spec.task].target
    mean, std = _norm_stats(backbone)
    levels = tuple(used_levels(spec))
    samples = samples_for(spec, samples)
    ev = Evaluation(task, list(class_names), [], [], [], [], [])
    K = len(class_names)
    # Instance masks are scored as they come (torchmetrics keeps them as RLE).
    masks = task == "detection" and has_instance_masks(spec)
    mask_meters = (_ap_meters("segm"), _ap_meters("segm", iou_thresholds=[0.5])) if masks else ()
    for start in range(0, len(samples), batch_size):
        batch = samples[start : start + batch_size]
        images = [s.load_image() for s in batch]
        x = torch.stack([image_tensor(im, image_size, mean, std) for im in images])
        with torch.inference_mode():
            try:
                feats = dict(backbone(x, levels))
            except TypeError:  # a plain callable backbone
                feats = dict(backbone(x))
            if IMAGE_LEVEL in spec.input_levels:
                feats[IMAGE_LEVEL] = x
            out = head({k: feats[k] for k in (*levels, IMAGE_LEVEL) if k in feats})
        for i, (s, im) in enumerate(zip(batch, images)):
            target = make_target(s, im, image_size)
            ev.images.append(im.resize((image_size, image_size), Image.BILINEAR))
            ev.targets.append(target)
            ev.names.append(s.name)
            if task == "classification":
                probs = out["logits"][i].float().softmax(-1)
                ev.predictions.append(probs)
                ev.image_scores.append(float(probs[int(target)]))
            elif task == "detection":
                one = _one_image(out, i)
                det = detection_decode(spec, one, image_size)[0]
                if masks and "mask_crops" in target:
                    with torch.inference_mode():
                        det = instance_masks(spec, head, one, [det], [(image_size,) * 2])[0]
                    det["masks"] = det["masks"][:, 0] > 0.5  # (D, 1, S, S) -> (D, S, S)
                    truth = {**target, "masks": target_masks(target, image_size)}
                    for meter in mask_meters:
                        meter.update([det], [truth])
                    det["masks"] = det["masks"][det["scores"] >= GALLERY_SCORE]  # drawn ones
                ev.predictions.append(det)
                ev.image_scores.append(_f1_at_50(det, target))
            else:
                logits = F.interpolate(
                    out["mask_logits"][i : i + 1].float(),
                    size=(image_size, image_size),
                    mode="bilinear",
                    align_corners=False,
                )
                labels = logits.argmax(1)[0]  # (1, K, S, S) -> (S, S)
                ev.predictions.append(labels)
                ev.image_scores.append(_mean_iou(labels, target.long(), K))
    if mask_meters:
        ev.mask_ap = _per_class(*(m.compute() for m in mask_meters), ev.class_names)
    return ev


def _one_image(out: dict[str, Any], i: int) -> dict[str, Any]:
    """Image ``i``'s outputs of a batch (tensors, and lists of level tensors)."""
    one: dict[str, Any] = {}
    for k, v in out.items():
        if isinstance(v, Tensor):
            one[k] = v[i : i + 1]
        elif isinstance(v, list | tuple) and all(isinstance(t, Tensor) for t in v):
            one[k] = [t[i : i + 1] for t in v]
    return one


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def confusion_matrix(ev: Evaluation) -> np.ndarray:
    """``(K, K)`` counts: rows true class, columns predicted (torchmetrics)."""
    from torchmetrics.functional.classification import multiclass_confusion_matrix

    preds = torch.stack(ev.predictions).argmax(1)
    target = torch.as_tensor([int(t) for t in ev.targets])
    return multiclass_confusion_matrix(preds, target, len(ev.class_names)).numpy()


def _plot_confusion(cm: np.ndarray, names: list[str], path: Path) -> None:
    K = len(names)
    side = min(14.0, 2.5 + 0.5 * K)
    fig = _figure(side, side)
    ax = fig.add_subplot(111)
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(K), names, rotation=45, ha="right")
    ax.set_yticks(range(K), names)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(f"confusion matrix: {int(np.trace(cm))} of {int(cm.sum())} right")
    if K <= 30:
        top = cm.max() or 1
        for i in range(K):
            for j in range(K):
                colour = "white" if cm[i, j] > top / 2 else "black"
                ax.text(j, i, int(cm[i, j]), ha="center", va="center", color=colour, fontsize=9)
    fig.tight_layout()
    fig.savefig(path)


def per_class_ap(ev: Evaluation) -> dict[str, dict[str, float]]:
    """``{class: {"ap": AP@[.5:.95], "ap_50": AP@.5}}`` (torchmetrics, pycocotools backend);
    classes without validation boxes are left out."""

    def run(**kw: Any) -> dict:
        metric = _ap_meters("bbox", **kw)
        metric.update(
            [{k: p[k] for k in ("boxes", "scores", "labels")} for p in ev.predictions],
            [{k: t[k] for k in ("boxes", "labels")} for t in ev.targets],
        )
        return metric.compute()

    return _per_class(run(), run(iou_thresholds=[0.5]), ev.class_names)


def _ap_meters(iou_type: str, **kw: Any) -> Any:
    from torchmetrics.detection import MeanAveragePrecision

    return MeanAveragePrecision(iou_type=iou_type, class_metrics=True, backend="pycocotools", **kw)


def _per_class(full: dict, half: dict, class_names: Sequence[str]) -> dict[str, dict[str, float]]:
    """``{class: {"ap", "ap_50"}}`` from torchmetrics results over IoU 0.5:0.95 and at 0.5."""
    out = {}
    for label, ap, ap50 in zip(
        full["classes"].reshape(-1).tolist(),
        full["map_per_class"].reshape(-1).tolist(),
        half["map_per_class"].reshape(-1).tolist(),
    ):
        if ap >= 0:  # -1: no ground truth of that class
            name = class_names[label] if label < len(class_names) else f"class {label}"
            out[name] = {"ap": round(ap, 4), "ap_50": round(ap50, 4)}
    return out


def per_class_iou(ev: Evaluation) -> dict[str, float | None]:
    """IoU per class over all validation pixels (``None`` for a class in neither)."""
    from designer.metrics import segmentation_metrics

    m = segmentation_metrics(
        torch.stack(ev.predictions),
        torch.stack([t.long() for t in ev.targets]),
        len(ev.class_names),
    )
    return {
        n: (None if math.isnan(v) else round(v, 4))
        for n, v in zip(ev.class_names, m["per_class_iou"])
    }


def _plot_bars(values: dict[str, Any], title: str, path: Path) -> None:
    names = list(values)
    fig = _figure(7.0, 1.2 + 0.35 * max(1, len(names)))
    ax = fig.add_subplot(111)
    y = np.arange(len(names))[::-1]
    series = values and isinstance(next(iter(values.values())), dict)
    if series:  # AP and AP@.5 side by side
        for off, key, colour in ((-0.2, "ap", "#3b75af"), (0.2, "ap_50", "#9ecae1")):
            ax.barh(y + off, [values[n][key] for n in names], height=0.4, color=colour, label=key)
        ax.legend(loc="lower right")
    else:
        ax.barh(y, [values[n] or 0.0 for n in names], color="#3b75af")
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path)


def _draw(ev: Evaluation, i: int) -> Image.Image:
    from torchvision.utils import draw_bounding_boxes, draw_segmentation_masks

    img = torch.from_numpy(np.asarray(ev.images[i], dtype=np.uint8).copy()).permute(2, 0, 1)
    if ev.task == "detection":
        t, p = ev.targets[i], ev.predictions[i]
        keep = p["scores"] >= GALLERY_SCORE
        if len(t["boxes"]):
            img = draw_bounding_boxes(img, t["boxes"], colors="lime", width=2)
        if "masks" in p and len(p["masks"]):
            colours = [_class_colour(int(k)) for k in p["labels"][keep]]
            img = draw_segmentation_masks(img, p["masks"], alpha=0.45, colors=colours)
        if keep.any():
            names = [ev.class_names[int(k)] for k in p["labels"][keep]]
            labels = [f"{n} {s:.2f}" for n, s in zip(names, p["scores"][keep].tolist())]
            img = draw_bounding_boxes(img, p["boxes"][keep], labels=labels, colors="red", width=2)
    elif ev.task == "segmentation":
        labels = ev.predictions[i]
        shown = [k for k in labels.unique().tolist() if ev.class_names[k] != "background"]
        if shown:
            masks = torch.stack([labels == k for k in shown])
            img = draw_segmentation_masks(img, masks, alpha=0.5)
    return Image.fromarray(img.permute(1, 2, 0).numpy())


def _class_colour(k: int) -> tuple[int, int, int]:
    from designer.inference import colour_hex

    h = colour_hex(k)
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)


def _caption(ev: Evaluation, i: int) -> str:
    if ev.task == "classification":
        probs = ev.predictions[i]
        k = int(probs.argmax())
        true = ev.class_names[int(ev.targets[i])]
        return f"true {true}\npredicted {ev.class_names[k]} {float(probs[k]):.2f}"
    what = "F1@0.5" if ev.task == "detection" else "mIoU"
    return f"{ev.names[i] if ev.names else i}\n{what} {ev.image_scores[i]:.2f}"


def worst_images(ev: Evaluation, count: int = GALLERY_SIZE) -> list[int]:
    """Indices of the ``count`` validation images with the lowest score, worst first."""
    return sorted(range(len(ev.image_scores)), key=lambda i: ev.image_scores[i])[:count]


def _plot_gallery(ev: Evaluation, path: Path, count: int) -> list[int]:
    worst = worst_images(ev, count)
    cols = min(4, max(1, len(worst)))
    rows = max(1, math.ceil(len(worst) / cols))
    fig = _figure(3.0 * cols, 3.4 * rows)
    for n, i in enumerate(worst):
        ax = fig.add_subplot(rows, cols, n + 1)
        ax.imshow(_draw(ev, i))
        ax.set_title(_caption(ev, i), fontsize=9)
        ax.axis("off")
    legend = {
        "detection": "green: truth, red: predicted",
        "segmentation": "predicted masks",
        "classification": "",
    }[ev.task]
    fig.suptitle("worst validation images" + (f" ({legend})" if legend else ""), fontsize=11)
    fig.tight_layout()
    fig.savefig(path)
    return worst


def write_reports(
    ev: Evaluation, out_dir: str | Path, *, gallery: int = GALLERY_SIZE
) -> dict[str, Path]:
    """Draw and save the task's figures, the gallery and ``report.json``; returns the files by
    kind (``confusion_matrix``/``per_class_ap``/``per_class_iou``, ``worst``, ``report``)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    summary: dict[str, Any] = {
        "task": ev.task,
        "class_names": ev.class_names,
        "images": len(ev.images),
    }
    if ev.task == "classification":
        cm = confusion_matrix(ev)
        paths["confusion_matrix"] = out / "confusion_matrix.png"
        _plot_confusion(cm, ev.class_names, paths["confusion_matrix"])
        per = cm.diagonal() / np.maximum(cm.sum(1), 1)
        summary["confusion_matrix"] = cm.tolist()
        summary["accuracy"] = float(np.trace(cm) / max(1, cm.sum()))
        summary["per_class_accuracy"] = dict(zip(ev.class_names, per.round(4).tolist()))
    elif ev.task == "detection":
        aps = per_class_ap(ev)
        paths["per_class_ap"] = out / "per_class_ap.png"
        _plot_bars(aps, "average precision per class (validation)", paths["per_class_ap"])
        summary["per_class_ap"] = aps
        if ev.mask_ap is not None:
            paths["per_class_mask_ap"] = out / "per_class_mask_ap.png"
            title = "mask average precision per class (validation)"
            _plot_bars(ev.mask_ap, title, paths["per_class_mask_ap"])
            summary["per_class_mask_ap"] = ev.mask_ap
    else:
        ious = per_class_iou(ev)
        paths["per_class_iou"] = out / "per_class_iou.png"
        _plot_bars(ious, "IoU per class (validation)", paths["per_class_iou"])
        summary["per_class_iou"] = ious
    if ev.images:
        paths["worst"] = out / "worst.png"
        worst = _plot_gallery(ev, paths["worst"], gallery)
        summary["worst"] = [
            {"image": ev.names[i] if ev.names else i, "score": round(ev.image_scores[i], 4)}
            for i in worst
        ]
    paths["report"] = out / "report.json"
    paths["report"].write_text(json.dumps(summary, indent=2) + "\n")
    return paths


def report_training(
    result: Any, dataset: Any, backbone: Any, out_dir: str | Path, config: Any = None
) -> dict[str, Path]:
    """Evaluate a training run on its validation split and write the reports to ``out_dir``.

    The split is the one training used (:func:`designer.training.split_samples` with the same
    fraction, seed and cap).
    """
    from designer.training import TrainConfig, split_samples

    config = config or TrainConfig(image_size=result.image_size)
    if result.state_dict is None:
        raise ValueError("the run was cancelled: there are no trained weights to report on")
    _, val = split_samples(dataset, config.val_fraction, config.seed)
    if config.max_val_images is not None:
        val = val[: config.max_val_images]
    ev = evaluate(
        result.spec, result.state_dict, val, backbone, result.image_size, result.class_names
    )
    return write_reports(ev, out_dir)


__all__ = [
    "GALLERY_SCORE", "GALLERY_SIZE", "Evaluation", "confusion_matrix", "evaluate",
    "per_class_ap", "per_class_iou", "report_training", "result_rows", "worst_images",
    "write_reports",
]  # fmt: skip
