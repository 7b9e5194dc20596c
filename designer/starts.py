"""Pretrained starts in the session: a torchvision detector or segmenter as the design.

Choosing a start (:func:`choose_pretrained`) sets backbone and head together, as one undoable
step: the session's backbone becomes the start's feature extractor (its name is the start's,
:class:`~designer.session.PretrainedStart` keeps the weights file and the sizes), the design
becomes the preset that reproduces torchvision's head, and that head's transplanted weights,
class names and card (COCO or VOC, from torchvision's metadata) are what Predict and Export use.
Undo brings back the design, backbone and weights that were there before.

Weights come from files only (:mod:`designer.pretrained`): :func:`start_rows` says which are
here, and :func:`download` fetches one when a person asks, reporting size, destination and
progress. No gradio here; :mod:`designer.ui.pretrained` draws it.

Example:
    >>> rows = start_rows()
    >>> rows[0]["start"], rows[0]["task"], rows[0]["labels"]
    ('retinanet_resnet50_fpn', 'detection', 91)
    >>> parse_size("", "min_size") is None, parse_size(512.0, "min_size")
    (True, 512)
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from designer import session as ss

#: The sizes a person may give a start (pixels).
SIZE_RANGE = (32, 4096)


def start_rows() -> list[dict[str, Any]]:
    """One row per pretrained start: name, task, labels, whether its weights are here, the
    download size and where the file goes (nothing is built or loaded)."""
    from designer.pretrained import list_pretrained

    return [
        {
            "start": i.name,
            "task": i.task,
            "labels": i.num_classes,
            "weights": "here" if i.available else "not here",
            "MB": round(i.size_mb, 1),
            "file": i.path,
            "about": i.description,
        }
        for i in list_pretrained()
    ]


def start_choices() -> list[tuple[str, str]]:
    """``(label, name)`` of the starts; the label says whether the weights are here."""
    return [
        (
            f"{r['start']} — {r['task']}, {r['labels']} labels · "
            + ("weights here" if r["weights"] == "here" else f"{r['MB']:.0f} MB to download"),
            r["start"],
        )
        for r in start_rows()
    ]


def parse_size(value: Any, field: str) -> int | None:
    """A size a person typed: empty means torchvision's default.

    Raises:
        ValueError: naming ``field`` and the valid range.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        size = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"field {field!r}: {value!r} is not a number of pixels") from None
    lo, hi = SIZE_RANGE
    if size != int(size) or not lo <= size <= hi:
        raise ValueError(f"field {field!r}: {value!r} is not a whole number in {lo}..{hi}")
    return int(size)


def describe(start: ss.PretrainedStart) -> str:
    """The start's preprocessing in words (what torchvision's transforms do with an image)."""
    from designer.pretrained import get_pretrained

    d = get_pretrained(start.name)
    if d.fixed_size:
        sizes = f"resized to {d.fixed_size}x{d.fixed_size} px whatever its aspect"
    elif d.task.value == "detection":
        sizes = (
            f"shorter side {start.min_size or 800} px unless the longer would pass "
            f"{start.max_size or 1333} px, padded to a multiple of 32"
        )
    else:
        sizes = f"shorter side {start.resize_size or 520} px"
    norm = ""
    if start.mean:
        mean = ", ".join(f"{v:.3f}" for v in start.mean)
        std = ", ".join(f"{v:.3f}" for v in start.std)
        norm = f"; normalised with mean ({mean}), std ({std})"
    where = start.weights or "torchvision's cache"
    return f"{d.description}: {sizes}{norm}; weights from {where}"


def choose_pretrained(
    session: ss.Session,
    name: str | None,
    weights: str | None = None,
    min_size: Any = None,
    max_size: Any = None,
    resize_size: Any = None,
    *,
    backends: ss.Backends,
) -> tuple[ss.Session, str]:
    """Replace the design by pretrained start ``name`` (backbone, head and its weights), undoably.

    Args:
        session: the session.
        name: one of :func:`designer.pretrained.pretrained_names`.
        weights: a checkpoint file (empty: torchvision's cache).
        min_size, max_size: detection: the resize bounds (empty: torchvision's).
        resize_size: segmentation: the shorter side (empty: torchvision's).
        backends: where the loaded starts come from.

    Returns:
        the new session and what was replaced; the same session and the reason when the start
        cannot be used (unknown name, no weights file, a file that is not the model's, sizes
        of the other task).
    """
    from designer.backbones import WeightsError
    from designer.pretrained import PretrainedError, get_pretrained

    if not name:
        return session, "Not started: choose a pretrained start first."
    try:
        d = get_pretrained(name)
        start = ss.PretrainedStart(
            d.name,
            (weights or "").strip() or None,
            parse_size(min_size, "min_size"),
            parse_size(max_size, "max_size"),
            parse_size(resize_size, "resize_size"),
        )
        model = backends.pretrained(start)
    except (PretrainedError, WeightsError, ValueError, OSError) as e:
        return session, f"Not started: {e}"
    config = model.backbone.config
    start = dataclasses.replace(start, mean=tuple(config.mean), std=tuple(config.std))
    b = model.bundle
    head = ss.TrainedHead(b.spec, d.name, b.state_dict, tuple(b.class_names), card=dict(b.card))
    what = f"pretrained start '{d.name}' ({d.weights} weights, {len(b.class_names)} labels)"
    first = b.spec.nodes[0].name if b.spec.nodes else None
    new, label = ss.adopt_weights(
        session, head, what, origin=b.spec, origin_preset=None, pretrained=start, selected=first
    )
    if label:
        return new, f"{label} Preprocessing: {describe(start)}."
    if start != session.pretrained:
        # The same head on the same backbone, other sizes or another file: a step of its own.
        msg = f"Pretrained start '{d.name}' now preprocesses: {describe(start)}"
        return ss.set_pretrained_options(new, start, msg), msg + " (undo goes back)."
    return new, f"The design is pretrained start '{d.name}' already."


def _progress_text(name: str, p: Any) -> str:
    size = f"{p.total / 1e6:.1f} MB" if p.total else "size unknown"
    head = f"Downloading **{name}** ({size}) from {p.url} to `{p.destination}`"
    if p.fraction is not None:
        return f"{head}: {100 * p.fraction:.0f}% ({p.done / 1e6:.1f} MB)"
    return f"{head}: {p.done / 1e6:.1f} MB"


def download(name: str | None, *, url: str | None = None) -> Iterator[str]:
    """Download a start's weights into torchvision's cache, on a person's request; yields
    status lines (size, destination and progress), the last saying how it ended.

    A file already there is not downloaded again; a download that cannot be done (no network,
    a file whose hash does not match) ends with the reason and leaves no file behind.
    """
    from designer.backbones import WeightsError
    from designer.pretrained import PretrainedError, download_weights, get_pretrained, weights_path

    try:
        d = get_pretrained(name)
    except PretrainedError as e:
        yield f"Not downloaded: {e}"
        return
    dest = weights_path(d.name)
    if dest.is_file():
        yield f"The weights of **{d.name}** are here already: `{dest}`."
        return
    reports: queue.Queue = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["path"] = download_weights(d.name, url=url, progress=reports.put)
        except (WeightsError, PretrainedError, OSError, ValueError) as e:
            outcome["error"] = e
        finally:
            reports.put(None)

    threading.Thread(target=work, daemon=True, name=f"download-{d.name}").start()
    yield f"Downloading **{d.name}** ({d.size_mb:.1f} MB) to `{dest}`..."
    while (p := reports.get()) is not None:
        if not p.finished:
            yield _progress_text(d.name, p)
    if "error" in outcome:
        yield f"Not downloaded: {outcome['error']}"
        return
    path = Path(outcome["path"])
    yield (
        f"Downloaded **{d.name}**: {path.stat().st_size / 1e6:.1f} MB in `{path}`. "
        "Choose it to use it."
    )


__all__ = [
    "SIZE_RANGE", "choose_pretrained", "describe", "download", "parse_size", "start_choices",
    "start_rows",
]  # fmt: skip
