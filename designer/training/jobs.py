"""Training runs in the background for the app (no gradio here).

A run lives in a process-level registry keyed by the session's id (:attr:`Session.id`), never
inside the session: the session is a value that the app copies freely, a thread and its
cancel event are not. So a run started by one request is cancelled by another -- from the
page or over the API -- by naming the session.

:func:`train_in_app` starts a run and yields :class:`Update` reports (status, the curves redrawn
after each epoch); the last one of a finished run carries the trained head, which the app adopts
into the session *as it is then* (:func:`designer.session.with_trained`), so edits made while
the run went on are not lost. A cancelled or failed run carries nothing.

Example:
    >>> cancel("no-such-session")
    False
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from designer import session as ss
from designer.data.formats import DataError
from designer.training.loop import Keep, TrainConfig, train_head
from designer.training.results import Progress, TrainResult, plot_curves


@dataclass(frozen=True)
class TrainRequest:
    """What the Train tab asks for.

    Attributes:
        source: ``shapes`` (the built-in data), ``upload`` (a zip of the user's data) or
            ``photos`` (photos per class, classification).
        upload: the zip's path for ``upload``.
        photos: for ``photos``: ``(class name, (image files...))`` per class, in output order.
        n_images: images of the built-in data.
        epochs, minutes, batch_size, lr, seed: see :class:`~designer.training.TrainConfig`
            (``minutes`` 0: no limit).
        image_size: the square training size.
    """

    source: str = "shapes"
    upload: str | None = None
    n_images: int = 300
    epochs: int = 20
    minutes: float = 2.0
    batch_size: int = 32
    lr: float = 2e-3
    seed: int = 0
    image_size: int = 256
    photos: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass
class Update:
    """One report of a run for the page: status text, curves, and when done its results.

    ``reports`` are the after-training figures (:mod:`designer.reports`) as ``(file,
    caption)``: the confusion matrix, per-class AP or IoU, and the worst validation images.
    """

    status: str
    curves: str | None = None
    metrics: dict[str, Any] | None = None
    files: list[str] | None = None
    trained: ss.TrainedHead | None = None  # on the last report of a finished run
    reports: list[tuple[str, str]] | None = None


@dataclass
class Job:
    """A run in the background: its thread, its cancel event and its reports."""

    thread: threading.Thread
    cancel: threading.Event = field(default_factory=threading.Event)
    reports: queue.Queue = field(default_factory=queue.Queue)
    result: TrainResult | None = None
    error: Exception | None = None

    @property
    def running(self) -> bool:
        return self.thread.is_alive()


_JOBS: dict[str, Job] = {}
_LOCK = threading.Lock()


def start(key: str, work: Callable[[Callable[[Progress], None], threading.Event], TrainResult]):
    """Run ``work(progress, cancel)`` in a thread registered under ``key``.

    Raises:
        DataError: when a run under ``key`` is still going.
    """
    with _LOCK:
        old = _JOBS.get(key)
        if old is not None and old.running:
            raise DataError("a training run of this session is still going; cancel it first")
        job = Job(threading.Thread(target=lambda: None, daemon=True))

        def run() -> None:
            try:
                job.result = work(job.reports.put, job.cancel)
            except (ValueError, OSError) as e:
                job.error = e
            finally:
                job.reports.put(None)

        job.thread = threading.Thread(target=run, daemon=True, name=f"train-{key[:8]}")
        _JOBS[key] = job
        job.thread.start()
        return job


def cancel(key: str) -> bool:
    """Ask the run under ``key`` to stop; whether one was running."""
    with _LOCK:
        job = _JOBS.get(key)
    if job is None or not job.running:
        return False
    job.cancel.set()
    return True


def running(key: str) -> bool:
    """Whether a run under ``key`` is going."""
    with _LOCK:
        job = _JOBS.get(key)
    return job is not None and job.running


def _dataset(session: ss.Session, request: TrainRequest):
    from designer.data.formats import load_dataset, load_shapes

    task = session.task.value
    if request.source == "photos":
        from designer.photos import photo_dataset

        if session.task.value != "classification":
            raise DataError(
                f"photos per class train a classification head; the design is a {task} head "
                "(choose the classification task, or train it on a dataset zip)",
                "photos",
            )
        return photo_dataset({name: list(files) for name, files in request.photos})
    if request.source == "upload":
        if not request.upload:
            raise DataError("upload a zip of your dataset first", "upload")
        return load_dataset(task, request.upload)
    return load_shapes(task, n=int(request.n_images), seed=int(request.seed))


def _status(p: Progress) -> str | None:
    if p.stage == "features":
        return f"Computing backbone features once: {p.message}"
    if p.stage == "epoch":
        shown = ", ".join(
            f"{k} {v:.3f}"
            for k, v in p.metrics.items()
            if isinstance(v, float) and k not in ("lr", "seconds")
        )
        return f"Epoch {p.epoch}: {shown} ({p.elapsed:.0f} s)"
    if p.stage == "train" and p.step % 10 == 0:
        return f"Epoch {p.epoch}, step {p.step}/{p.total_steps}: loss {p.loss:.4f}"
    return None


def train_in_app(
    session: ss.Session, request: TrainRequest, *, backbone: Any = None
) -> Iterator[Update]:
    """Train the session's design in the background and report as it goes.

    The dataset is closed when the run ends, however it ends (a zip's extracted folder goes
    with it); a caller that stops listening cancels the run first.

    Args:
        session: whose design to train (and whose id names the run).
        request: the data and the schedule.
        backbone: a backbone to train over instead of the design's (tests inject a small one).
    """
    held: dict[str, Any] = {}
    try:
        yield from _train_in_app(session, request, backbone, held)
    finally:
        job = held.get("job")
        if job is not None and job.running:
            job.cancel.set()
            job.thread.join(timeout=60)
        dataset = held.get("dataset")
        if dataset is not None and hasattr(dataset, "close"):
            dataset.close()


def _train_in_app(
    session: ss.Session, request: TrainRequest, backbone: Any, held: dict[str, Any]
) -> Iterator[Update]:
    spec = session.spec
    try:
        v = ss.validate(session)
        if not v.ok:
            raise DataError(f"the design is not buildable yet: {v.message}")
        dataset = held["dataset"] = _dataset(session, request)
        # A few photos give a validation split of one or two images: no early stopping on it,
        # and the last epoch's weights (see designer.photos.train_on_photos).
        few = {"patience": 0, "keep": Keep.LAST} if request.source == "photos" else {}
        config = TrainConfig(
            epochs=int(request.epochs), minutes=float(request.minutes) or None,
            batch_size=int(request.batch_size), lr=float(request.lr), seed=int(request.seed),
            image_size=int(request.image_size), **few,
        )  # fmt: skip
        bb = backbone if backbone is not None else _training_backbone(session)
        job = held["job"] = start(session.id, lambda report, stop: train_head(
            spec, dataset, bb, config, progress=report, cancel=stop))  # fmt: skip
    except (ValueError, OSError) as e:
        yield Update(f"Cannot train: {e}")
        return
    out = ss.output_dir()
    history: list[dict[str, Any]] = []
    curves: str | None = None
    drawn, drawn_at = 0, -CURVES_EVERY_S
    status = "Starting..."
    while (p := job.reports.get()) is not None:
        if p.stage == "epoch":
            history.append(dict(p.metrics))
            if time.monotonic() - drawn_at >= CURVES_EVERY_S:
                curves, drawn, drawn_at = _draw_curves(out, history), len(history), time.monotonic()
        text = _status(p)
        if text is None:
            continue
        status = text
        yield Update(status, curves)
    job.thread.join()
    result = job.result
    stopped = result is None or result.cancelled or result.state_dict is None
    if (job.error is not None or stopped) and len(history) > drawn:  # the last epochs
        curves = _draw_curves(out, history)
    if job.error is not None:
        yield Update(f"Cannot train: {job.error}", curves)
        return
    if stopped:
        yield Update("Cancelled: the previous head is unchanged.", curves)
        return
    from designer.cards import training_card

    paths = result.save(out)
    shown = {k: round(v, 4) for k, v in result.metrics.items() if not isinstance(v, list)}
    numbers = {k: float(v) for k, v in result.metrics.items()
               if isinstance(v, int | float) and not isinstance(v, bool)}  # fmt: skip
    trained = ss.TrainedHead(
        result.spec, session.backbone, result.state_dict, tuple(result.class_names), numbers,
        card=training_card(result, dataset),
    )  # fmt: skip
    msg = f"Done ({result.stop_reason}): best epoch {result.best_epoch}, {shown}."
    files = [str(paths[k]) for k in ("weights", "spec", "metrics")]
    yield Update("Trained; drawing the validation reports...", str(paths["curves"]))
    reports, note = _reports(result, dataset, bb, out, config)
    files += [str(p) for _, p in sorted(reports.items())]
    gallery = [(str(reports[k]), caption) for k, caption in REPORT_CAPTIONS if k in reports]
    yield Update(msg + note, str(paths["curves"]), result.summary(), files, trained, gallery)


#: The curves are redrawn at most this often (seconds) while a run reports its epochs: a
#: drawing takes about half a second, longer than an epoch on cached features.
CURVES_EVERY_S = 1.0


def _draw_curves(out: Any, history: list[dict[str, Any]]) -> str:
    path = out / f"curves_{len(history):04d}.png"
    path.write_bytes(plot_curves(history))
    return str(path)


#: The after-training figures the Train tab shows, in order, with their captions.
REPORT_CAPTIONS = (
    ("confusion_matrix", "Confusion matrix (validation): rows true, columns predicted"),
    ("per_class_ap", "Average precision per class (validation)"),
    ("per_class_iou", "IoU per class (validation)"),
    ("worst", "The worst validation images, with the head's predictions"),
)


def _reports(result: TrainResult, dataset: Any, backbone: Any, out: Any, config: TrainConfig):
    """Write the after-training reports beside the run's files; ``(paths, note)``, the note
    saying why there are none when they cannot be drawn."""
    from designer.reports import report_training

    try:
        return report_training(result, dataset, backbone, out, config), ""
    except (ValueError, OSError, RuntimeError) as e:
        return {}, f" (no validation reports: {e})"


def _training_backbone(session: ss.Session) -> Any:
    """The backbone the session's design sits on, for training: a zoo backbone, or the
    feature extractor of the pretrained start (with its weights file)."""
    from designer.training.cli import load_training_backbone

    if ss.is_pretrained_start(session.backbone):
        start = session.pretrained or ss.PretrainedStart(session.backbone)
        return ss.Backends().pretrained(start).backbone
    return load_training_backbone(session.backbone)


__all__ = ["Job", "TrainRequest", "Update", "cancel", "running", "start", "train_in_app"]
