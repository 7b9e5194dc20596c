"""Fit anchors to the data, in the Train tab: on the tab's data choice, for anchor-based heads.

**Fit anchors** (``/fit_anchors``) fits the RetinaNet head's sizes and ratios to the boxes of the
chosen data and shows recall and mean best IoU before and after, with a training image's boxes
and their best anchors drawn under both. **Apply** (``/apply_anchors``) writes the fitted
anchors into the design as one undoable step (:mod:`designer.anchoring`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import anchoring
from designer import session as ss
from designer.ui.common import USER_ERRORS, Page, act, escape, raising


def fit_anchors(session: ss.Session, source: str | None, upload: str | None,
                n_images: float | None, seed: float | None, generations: float | None,
                size: int = anchoring.FIT_SIZE):  # fmt: skip
    """Fit the design's anchors (a RetinaNet-style head) to the boxes of the training data:
    built-in Shapes (``n_images``, ``seed``) or an uploaded COCO zip; ``generations`` of
    evolutionary search after k-means with an IoU distance.

    Returns the report (Markdown: sizes, ratios, best possible recall and mean best IoU before
    and after), the before/after picture, the fit as JSON, and the fit for ``/apply_anchors``.
    """
    r = anchoring.fit(session, source or "shapes", upload, n_images, seed, generations, size)
    return escape(anchoring.report(r)), r.image, anchoring.summary(r), r


def _on_page(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args: Any):
        try:
            return fn(*args)
        except USER_ERRORS as e:
            note = f"<span class='mh-problem'>⚠ Not fitted: {escape(e)}</span>"
            return note, gr.skip(), gr.skip(), gr.skip()

    return wrapper


def build(page: Page, train: dict[str, Any]) -> dict[str, Any]:
    """The accordion under the Train tab's settings; reads the tab's data choice."""
    fitted = gr.State(None)
    with gr.Accordion("Fit anchors to the data (anchor-based detection heads)", open=False,
                      elem_id="anchors") as box:  # fmt: skip
        about = gr.Markdown(elem_id="anchors-about")
        with gr.Row(equal_height=False):
            generations = gr.Number(300, precision=0, label="Search generations", scale=1,
                                    info="evolution after k-means (0: k-means only)")  # fmt: skip
            fit_btn = gr.Button("Fit anchors", variant="primary", scale=1, elem_id="fit-anchors")
            apply_btn = gr.Button("Apply fitted anchors (undoable)", scale=1,
                                  elem_id="apply-anchors")  # fmt: skip
        anchor_report = gr.Markdown(elem_id="anchors-report")
        # No label over the picture: its own titles (the anchors and their quality) are at the top.
        picture = gr.Image(label="Boxes (white) and their best anchors", show_label=False,
                           type="filepath", interactive=False, elem_id="anchors-image",
                           buttons=["download", "fullscreen"])  # fmt: skip
        fit_json = gr.JSON(visible=False)
    w = dict(locals())
    size = int(train.get("image_size") or anchoring.FIT_SIZE)
    data = [train["source"], train["upload"], train["n_images"], train["seed"], generations]
    outputs = [anchor_report, picture, fit_json, fitted]
    fn = functools.partial(fit_anchors, size=size)
    fit_btn.click(_on_page(fn), [page.state, *data], outputs, api_visibility="private",
                  concurrency_id="fit_anchors", concurrency_limit=1)  # fmt: skip
    gr.on([], raising(fn), [page.state, *data], outputs, api_name="fit_anchors",
          concurrency_id="fit_anchors", concurrency_limit=1)  # fmt: skip
    header = page.header
    page.ends(apply_btn.click(act(anchoring.apply), [page.state, fitted],
                              [page.state, header["reply"], header["design"]],
                              api_name="apply_anchors"))  # fmt: skip
    return w


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    """Shown for detection designs; fitting is offered for anchor-based heads only."""

    def view(s: ss.Session) -> dict:
        why = anchoring.anchor_note(s.spec)
        text = (
            "Fits the head's anchor sizes and aspect ratios to the boxes of the data chosen "
            "above, as training sees them, keeping the number of anchors per location."
            if why is None
            else f"{escape(why)} Start from `retinanet_lite` or `retinanet` to fit anchors."
        )
        ok = why is None
        return {
            w["box"]: gr.update(visible=s.task.value == "detection"),
            w["about"]: text,
            w["fit_btn"]: gr.update(interactive=ok),
            w["apply_btn"]: gr.update(interactive=ok),
        }

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["box"], w["about"], w["fit_btn"], w["apply_btn"]], view_of(w))


__all__ = ["build", "fit_anchors", "register"]
