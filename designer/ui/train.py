"""The Train tab: train the current design on frozen backbone features, in the background.

A run is a job of the session (:mod:`designer.training.jobs`), so ``/cancel_training`` stops it
from another request -- the page's Cancel button or an API client. When a run finishes, the
trained head is adopted into the session as it is *then* (edits made meanwhile stay reachable
by undo), and the whole page is redrawn from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import photoset
from designer import session as ss
from designer.training import jobs
from designer.ui import photos as photo_panel
from designer.ui.common import Page, escape

FORMATS = {
    "classification": "an ImageFolder tree (one folder of images per class)",
    "detection": "COCO JSON with its images",
    "segmentation": "images with mask PNGs of class indices",
}


#: The schedule the boxes suggest for each data source (a few photos: more, smaller steps).
SCHEDULES = {
    "shapes": {"epochs": 20, "batch": 32, "lr": 2e-3},
    "upload": {"epochs": 20, "batch": 32, "lr": 2e-3},
    "photos": {"epochs": 30, "batch": 8, "lr": 5e-3},
}


def _request(photos, source, upload, n_images, epochs, minutes, batch, lr, seed, image_size):
    source = source or "shapes"
    if source == "photos":
        problem = photoset.problem(photos or photoset.PhotoSet())
        if problem:
            raise ValueError(f"Not ready to train on your photos: {problem}.")
    pairs = tuple((c.name, c.images) for c in (photos or photoset.PhotoSet()).classes)
    return jobs.TrainRequest(
        source, upload, int(n_images or 300), int(epochs or 20), float(minutes or 0),
        int(batch or 32), float(lr or 2e-3), int(seed or 0), image_size,
        pairs if source == "photos" else (),
    )  # fmt: skip


def _source_changed(source: str):
    """The data's own boxes, and the schedule suggested for it."""
    plan = SCHEDULES.get(source, SCHEDULES["shapes"])
    return (
        gr.update(visible=source == "upload"),
        gr.update(visible=source == "shapes"),
        gr.update(visible=source == "photos"),
        plan["epochs"],
        plan["batch"],
        plan["lr"],
    )


def build(page: Page, *, backbone: Any = None, image_size: int = 256) -> dict[str, Any]:
    """The Train tab's widgets and events.

    Args:
        page: the app's page.
        backbone: a backbone to train over instead of the design's (tests inject a small one).
        image_size: the square training size.
    """
    about = gr.Markdown(elem_id="train-about")
    with gr.Row():
        source = gr.Radio([("Built-in Shapes", "shapes"), ("My data (zip)", "upload"),
                           ("My photos, per class", "photos")],
                          value="shapes", label="Data", elem_id="train-source")  # fmt: skip
        upload = gr.File(label="Dataset zip", file_types=[".zip"], type="filepath", visible=False,
                         elem_id="train-upload")  # fmt: skip
        n_images = gr.Number(300, label="Shapes images", precision=0, minimum=8, maximum=5000)
    with gr.Row():
        epochs = gr.Number(20, label="Epochs", precision=0, minimum=1, maximum=500)
        minutes = gr.Number(2.0, label="Minutes (0: no limit)", minimum=0, maximum=120)
        batch = gr.Number(32, label="Batch size", precision=0, minimum=1, maximum=512)
        lr = gr.Number(2e-3, label="Learning rate", minimum=1e-6, maximum=1.0)
        seed = gr.Number(0, label="Seed", precision=0)
    panel = photo_panel.build()
    with gr.Row():
        train_btn = gr.Button("Train", variant="primary", elem_id="train-button")
        cancel_btn = gr.Button("Cancel")
    status = gr.Markdown(elem_id="train-status")
    with gr.Row():
        curves = gr.Image(label="Curves", type="filepath", interactive=False)
        metrics = gr.JSON(label="Metrics")
    reports = gr.Gallery(label="After training: per-class results and the worst validation images",
                         columns=2, height="auto", object_fit="contain", elem_id="train-reports",
                         buttons=["download", "fullscreen"])  # fmt: skip
    files = gr.File(label="Trained weights, spec, metrics and reports", file_count="multiple")
    trained = gr.State(None)
    w = dict(locals())

    # Each source shows its own boxes (the zip, the Shapes count, the photo panel).
    source.change(
        _source_changed, [source], [upload, n_images, panel["panel"], epochs, batch, lr],
        api_visibility="private", queue=False,
    )  # fmt: skip

    settings = [panel["photos"], source, upload, n_images, epochs, minutes, batch, lr, seed]

    def run(session: ss.Session, *values: Any):
        try:
            request = _request(*values, image_size)
        except ValueError as e:
            yield escape(e), None, None, None, None, None
            return
        for u in jobs.train_in_app(session, request, backbone=backbone):
            yield escape(u.status), u.curves, u.metrics, u.reports, u.files, u.trained

    def run_api(session: ss.Session, *values: Any):
        # Over the API the reply carries the session: it is the one the run started from, with
        # the trained head adopted (an API client waits for its run before editing).
        for *shown, head in run(session, *values):
            new = ss.with_trained(session, head)[0] if head is not None else gr.skip()
            yield *shown, new

    def adopt(session: ss.Session, head: ss.TrainedHead | None):
        if head is None:
            return session, "", ss.to_json_dict(session), None
        new, note = ss.with_trained(session, head)
        return ss.say(new, note), note, ss.to_json_dict(new), None

    outputs = [status, curves, metrics, reports, files]
    header = page.header
    event = train_btn.click(run, [page.state, *settings], [*outputs, trained],
                            api_visibility="private", concurrency_id="train",
                            concurrency_limit=1)  # fmt: skip
    page.ends(event.then(adopt, [page.state, trained],
                         [page.state, header["reply"], header["design"], trained],
                         api_visibility="private"))  # fmt: skip
    gr.on([], run_api, [page.state, *settings], [*outputs, page.state], api_name="train",
          concurrency_id="train", concurrency_limit=1)  # fmt: skip
    cancel_btn.click(cancel, [page.state], [status], api_name="cancel_training",
                     concurrency_limit=None)  # fmt: skip
    return w


def cancel(session: ss.Session) -> str:
    """Stop the session's training run (the previous head stays)."""
    if jobs.cancel(session.id):
        return "Cancelling: the run stops after the current step."
    return "No training run is going."


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    """What will be trained: the design, its task and classes, the backbone, the data format."""

    def view(s: ss.Session) -> dict:
        k = ss.num_classes_of(s.spec)
        v = ss.validate(s)
        state = "" if v.ok else " <span class='mh-problem'>(not buildable yet: see Design)</span>"
        text = (
            f"Trains the current design **{escape(ss.design_name(s))}** ({s.task.value}, "
            f"{k if k else '?'} classes; the data sets the count) on **{s.backbone}**{state}. "
            "The backbone runs once per image and its mirror, then every epoch runs only the "
            f"head. Built-in Shapes data, or a zip of your own: {FORMATS[s.task.value]}"
        )
        if s.task.value == "classification":
            text += "; or your own photos, a few per class, from files or the webcam."
        else:
            text += (
                ". Photos per class train classification heads: choose the classification "
                "task to use them."
            )
        return {w["about"]: text}

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["about"]], view_of(w))


__all__ = ["build", "cancel", "register"]
