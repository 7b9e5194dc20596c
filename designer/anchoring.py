"""Fit an anchor-based design's anchors to the training data, and apply them as one step.

:func:`fit` takes the boxes of the Train tab's data as training sees them (every image resized
to the training size; :func:`designer.fit_anchors.training_boxes`), fits the RetinaNet head's
sizes and ratios (:func:`heads.anchor_fit.fit_anchors`: k-means with an IoU distance, then a
short evolutionary search) and draws a training image's boxes with their best anchors before
and after. :func:`apply` writes the fitted anchors into the spec as one undoable step.

The number of anchors per location is kept, so the head's layers keep their shapes; but trained
weights predict offsets from the old anchors, so a trained head needs training again (its
weights are set aside, and undo brings them back with the old anchors).

Example:
    >>> import heads
    >>> from designer import session as ss
    >>> s, _ = ss.start("detection", "x", {"c3": heads.FeatureInfo(16, 8),
    ...     "c4": heads.FeatureInfo(16, 16), "c5": heads.FeatureInfo(32, 32)},
    ...     preset="retinanet_lite", num_classes=3)
    >>> r = fit(s, n_images=16, generations=20, size=128)
    >>> r.fit.after.recall >= r.fit.before.recall, r.spec is s.spec
    (True, True)
    >>> s2, msg = apply(s, r)
    >>> msg.startswith("Fitted anchors to Shapes") or msg.startswith("Nothing to apply")
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from designer import session as ss
from heads.spec import HeadSpec, SpecError, Task

#: The square size boxes are taken at (the Train tab's training size).
FIT_SIZE = 256


@dataclass(frozen=True, eq=False)
class FitResult:
    """A fit for one design: what it was fitted on and the before/after picture."""

    spec: HeadSpec
    fit: Any  # heads.anchor_fit.AnchorFit
    data_name: str
    image: str | None
    size: int = FIT_SIZE


def anchor_note(spec: HeadSpec) -> str | None:
    """Why ``spec`` has no anchors to fit (``None`` when it has)."""
    if spec.task is not Task.DETECTION:
        return f"Anchor fitting is for detection heads; this is a {spec.task.value} design."
    from heads.anchor_fit import anchor_config

    try:
        anchor_config(spec)
    except SpecError as e:
        return f"Anchor fitting needs an anchor-based head: {e}."
    return None


def _data(source: str, upload: str | None, n_images: Any, seed: Any) -> tuple[Any, str]:
    from designer.data.formats import load_dataset, load_shapes

    if source == "upload":
        if not upload:
            raise ss.ServiceError("upload a zip of your dataset first (COCO JSON with its images)")
        return load_dataset("detection", upload), Path(upload).name
    n = int(n_images or 300)
    return load_shapes("detection", n=n, seed=int(seed or 0)), f"Shapes ({n} images)"


def fit(
    session: ss.Session,
    source: str = "shapes",
    upload: str | None = None,
    n_images: Any = 300,
    seed: Any = 0,
    generations: Any = 300,
    size: int = FIT_SIZE,
) -> FitResult:
    """Fit the design's anchors to the boxes of the Train tab's data.

    Raises:
        designer.session.ServiceError: for a design without anchors or not buildable, data
            without boxes, or options out of range.
        designer.data.formats.DataError: for a dataset that cannot be read (naming the file).
    """
    from designer.fit_anchors import before_after, training_boxes
    from heads.anchor_fit import fit_anchors

    v = ss.validate(session)
    if not v.ok:
        raise ss.ServiceError(f"The design is not buildable yet: {v.message}")
    why = anchor_note(session.spec)
    if why:
        raise ss.ServiceError(why)
    try:
        gens = int(generations if generations is not None else 300)
    except (TypeError, ValueError):
        raise ss.ServiceError(f"generations {generations!r} is not a whole number") from None
    if not 0 <= gens <= 2000:
        raise ss.ServiceError(f"generations must be between 0 and 2000, got {gens}")
    data, name = _data(source, upload, n_images, seed)
    boxes, sizes, owner = training_boxes(data, size)
    result = fit_anchors(session.spec, boxes, image_sizes=sizes, generations=gens,
                         seed=int(seed or 0))  # fmt: skip
    import torch

    counts = torch.bincount(owner, minlength=len(data.train))
    index = int(counts[:100].argmax())  # the image with the most boxes among the first 100
    path = ss.output_dir() / "anchors.png"
    before_after(data.train[index], size, result).save(path)
    return FitResult(session.spec, result, name, str(path), size)


def _cfg_text(cfg: Any) -> tuple[str, str]:
    return ", ".join(f"{s:g}" for s in cfg.sizes), ", ".join(f"{r:.3g}" for r in cfg.aspect_ratios)


def report(result: FitResult) -> str:
    """The fit as the page shows it: before and after, and what applying does."""
    f = result.fit
    rows = []
    for label, cfg, q in (("the head's", f.original, f.before), ("fitted", f.fitted, f.after)):
        sizes, ratios = _cfg_text(cfg)
        rows.append(
            f"| {label} | {sizes} | {ratios} | {q.recall:.3f} | {q.mean_iou:.3f} | "
            f"{q.recall_centred:.3f} | {'/'.join(map(str, q.level_counts))} |"
        )
    per = len(f.original.aspect_ratios) * f.original.scales_per_octave
    verdict = (
        "**Apply** writes the fitted sizes and ratios into the head (one undoable step)."
        if f.improved
        else "The head's anchors already fit these boxes best: nothing to apply."
    )
    strides = "/".join(map(str, f.original.strides))
    return (
        f"**{f.boxes} boxes** of {result.data_name} at {result.size}×{result.size} (strides "
        f"{strides}). Recall: boxes whose best anchor reaches IoU ≥ {f.threshold:g}, the "
        "matcher's foreground, with anchors where the head puts them (on the grid).\n\n"
        "| anchors | sizes | ratios (h/w) | recall | mean best IoU | recall, centred | "
        "boxes per level |\n|---|---|---|---:|---:|---:|---|\n" + "\n".join(rows) + "\n\n"
        f"{verdict} The head keeps {per} anchors per location, so its layers keep their "
        "shapes; weights trained before predict offsets from the old anchors and need training "
        "again.\n\nBelow, one training image: each box (white) with its best anchor on the grid "
        "(coloured by level: stride, size, IoU), under the head's anchors (left) and the fitted "
        "ones (right)."
    )


def summary(result: FitResult) -> dict[str, Any]:
    """The fit for API clients (sizes, ratios and both qualities)."""
    return {**result.fit.summary(), "data": result.data_name}


def apply(session: ss.Session, result: FitResult | None) -> tuple[ss.Session, str]:
    """Write a fit's anchors into the design (one undoable step).

    Refused, with a message, when there is no fit, the design changed since the fit, or the fit
    found nothing better.
    """
    from heads.anchor_fit import apply_anchors

    if result is None:
        return session, "Nothing to apply: fit the anchors first."
    if result.spec != session.spec:
        return session, "Not applied: the design changed since the fit; fit the anchors again."
    f = result.fit
    if not f.improved:
        return session, "Nothing to apply: the head's anchors already fit best."
    try:
        spec = apply_anchors(session.spec, f.fitted)
    except SpecError as e:
        return session, f"Not applied: {e}"
    sizes, ratios = _cfg_text(f.fitted)
    label = f"Fitted anchors to {result.data_name}: sizes {sizes}; ratios {ratios}"
    trained = ss.trained_weights(session) is not None
    new, msg = ss.commit_edit(session, spec, label)
    msg += (
        f" Recall {f.before.recall:.3f} → {f.after.recall:.3f}, mean best IoU "
        f"{f.before.mean_iou:.3f} → {f.after.mean_iou:.3f}."
    )
    if trained:
        msg += (
            " The trained weights are set aside: they predict offsets from the old anchors "
            "(undo brings them back); train again."
        )
    return new, msg


__all__ = ["FIT_SIZE", "FitResult", "anchor_note", "apply", "fit", "report", "summary"]
