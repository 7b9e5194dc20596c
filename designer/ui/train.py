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

from designer import session as ss
from designer.training import jobs
from designer.ui.common import Page, escape

FORMATS = {
    "classification": "an ImageFolder tree (one folder of images per class)",
    "detection": "COCO JSON with its images",
    "segmentation": "images with mask PNGs of class indices",
}


def _request(source, upload, n_images, epochs, minutes, batch, lr, seed, image_size):
    return jobs.TrainRequest(
        source or "shapes", upload, int(n_images or 300), int(epochs or 20),
        float(minutes or 0), int(batch or 32), float(lr or 2e-3), int(seed or 0), image_size,
    )  # fmt: skip


def build(page: Page, *, backbone: Any = None, image_size: int = 256) -> dict[str, Any]:
    """The Train tab's widgets and events.

    Args:
        page: the app's page.
        backbone: a backbone to train over instead of the design's (tests inject a small one).
        image_size: the square training size.
    """
    about = gr.Markdown(elem_id="train-about")
    with gr.Row():
        source = gr.Radio([("Built-in Shapes", "shapes"), ("My data (zip)", "upload")],
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
    with gr.Row():
        train_btn = gr.Button("Train", variant="primary")
        cancel_btn = gr.Button("Cancel")
    status = gr.Markdown(elem_id="train-status")
    with gr.Row():
        curves = gr.Image(label="Curves", type="filepath", interactive=False)
        metrics = gr.JSON(label="Metrics")
    files = gr.File(label="Trained weights, spec and metrics", file_count="multiple")
    trained = gr.State(None)
    w = dict(locals())

    # The zip box shows only when the data is the user's own (the Shapes count otherwise).
    source.change(
        lambda s: (gr.update(visible=s == "upload"), gr.update(visible=s == "shapes")),
        [source], [upload, n_images], api_visibility="private", queue=False,
    )  # fmt: skip

    settings = [source, upload, n_images, epochs, minutes, batch, lr, seed]

    def run(session: ss.Session, *values: Any):
        request = _request(*values, image_size)
        for u in jobs.train_in_app(session, request, backbone=backbone):
            yield escape(u.status), u.curves, u.metrics, u.files, u.trained

    def run_api(session: ss.Session, *values: Any):
        # Over the API the reply carries the session: it is the one the run started from, with
        # the trained head adopted (an API client waits for its run before editing).
        for status_, curves_, metrics_, files_, head in run(session, *values):
            new = ss.with_trained(session, head)[0] if head is not None else gr.skip()
            yield status_, curves_, metrics_, files_, new

    def adopt(session: ss.Session, head: ss.TrainedHead | None):
        if head is None:
            return session, "", ss.to_json_dict(session), None
        new, note = ss.with_trained(session, head)
        return ss.say(new, note), note, ss.to_json_dict(new), None

    outputs = [status, curves, metrics, files]
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
            f"head. Built-in Shapes data, or a zip of your own: {FORMATS[s.task.value]}."
        )
        return {w["about"]: text}

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["about"]], view_of(w))


__all__ = ["build", "cancel", "register"]
