"""The Predict tab: an upload, an example or a drawing through the design and its backbone.

Every file goes through the app's own image loader (:func:`designer.session.load_upload`), so a
bad file gets a message naming it and what is wrong with it, on the page and over the API.
Threshold, opacity and class toggles re-run only post-processing (the raw outputs are cached).
The controls shown follow the design's task (:func:`view`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.resources import example_images
from designer.ui import tta
from designer.ui.common import USER_ERRORS, ImagePath, Page, SketchPaths, escape, raising
from heads.spec import Task

SUPPRESSION_CHOICES = [
    ("class-aware NMS", "class_aware"),
    ("NMS across classes", "hard"),
    ("soft-NMS (linear)", "soft_linear"),
    ("soft-NMS (Gaussian)", "soft_gaussian"),
    ("DIoU-NMS", "diou"),
    ("Matrix NMS", "matrix"),
    ("weighted box fusion", "wbf"),
    ("top-k only (no suppression)", "topk"),
]


def _examples() -> list[str]:
    return [str(p) for p in example_images()]


def _settings(score, iou, suppression, topk, opacity=0.5, hidden=None, *views):
    """Post-processing settings and the test-time augmentation options (:mod:`designer.ui.tta`)."""
    post = ss.PostSettings(
        float(score), float(iou), suppression or "class_aware", int(topk or 5),
        float(0.5 if opacity is None else opacity), tuple(int(k) for k in hidden or ()),
    )  # fmt: skip
    return post, tta.options(*views)


def run_prediction(session: ss.Session, image: str | None, *post: Any, backends: ss.Backends):
    """Predict on ``image`` (a file path): the overlay, the top classes (classification), notes,
    times, the results as JSON (boxes in original image pixels), the mask PNG and the image
    (kept for re-running post-processing)."""
    if not image:
        raise ss.ServiceError("Upload an image, pick an example or draw one first.")
    settings, views = _settings(*post)
    p = ss.predict(session, image, settings, backends=backends, tta=views)
    return p.overlay, p.top_classes, escape(p.notes), p.timings, p.result, p.mask, str(image)


def predict_drawing(session: ss.Session, drawing: dict | None, *post: Any, backends: ss.Backends):
    """Predict on the drawing canvas's picture; each of its files goes through the loader."""
    drawing = drawing or {}
    files = [drawing.get("background"), *(drawing.get("layers") or []), drawing.get("composite")]
    for path in filter(None, files):
        ss.load_upload(path)  # a bad layer gets its own message
    picture = drawing.get("composite") or drawing.get("background")
    if not picture:
        raise ss.ServiceError("Draw something on the canvas first.")
    return run_prediction(session, picture, *post, backends=backends)


def rerun_postprocess(session: ss.Session, last: str | None, *post: Any, backends: ss.Backends):
    """Re-run post-processing with new settings on the last image (raw outputs are cached)."""
    if not last:
        raise ss.ServiceError("Predict on an image first.")
    return run_prediction(session, last, *post, backends=backends)


def on_page(fn: Callable) -> Callable:
    """For the page's own events: a person's error becomes the notes text (the other outputs
    stay as they were), never gradio's red "Error" badges."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any):
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as e:
            note = f"<span class='mh-problem'>⚠ {escape(e)}</span>"
            return gr.skip(), gr.skip(), note, "", gr.skip(), gr.skip(), gr.skip()

    return wrapper


def legend_html(result: dict | None) -> str:
    """The segmentation overlay's colours: class, colour, share of the image, drawn or not."""
    classes = (result or {}).get("classes") or []
    if not classes:
        return ""
    items = []
    for c in classes:
        swatch = c.get("color", "#999") if c.get("drawn") else "transparent"
        border = c.get("color", "#999")
        state = "" if c.get("drawn") else " (not drawn)"
        drawn = "1" if c.get("drawn") else "0"
        items.append(
            f"<span class='mh-class' data-drawn='{drawn}' data-name='{escape(c['name'])}'>"
            f"<span class='mh-swatch' style='background:{swatch};"
            f"border:2px solid {border}'></span>{escape(c['name'])} "
            f"{100 * c['fraction']:.1f}%{state}</span>"
        )
    return "<div class='mh-legend'>" + "".join(items) + "</div>"


#: The per-class table's columns before any prediction (and with no rows).
ROW_HEADERS = {
    "classification": ["rank", "class", "score"],
    "detection": ["class", "count", "best score"],
    "segmentation": ["class", "area %"],
}
_ROW_LABELS = {
    "classification": "Per class: the top classes",
    "detection": "Per class: boxes and best score",
    "segmentation": "Per class: share of the image",
}


def rows_table(result: dict | None):
    """The per-class table beside the picture (:func:`designer.reports.result_rows`)."""
    result = result or {}
    task = result.get("task", "classification")
    rows = result.get("rows") or []
    headers = list(rows[0]) if rows else ROW_HEADERS.get(task, ["class"])
    label = _ROW_LABELS.get(task, "Per class")
    if task == "detection" and not rows:
        label = "Per class: no boxes above the score threshold"
    data = [[r.get(h) for h in headers] for r in rows]
    return gr.update(value={"headers": headers, "data": data}, label=label)


def _toggle_choices(result: dict | None):
    classes = [c for c in (result or {}).get("classes") or [] if c["name"] != "background"]
    return gr.update(choices=[(c["name"], int(c["label"])) for c in classes], value=[])


def build(page: Page, backends: ss.Backends) -> dict[str, Any]:
    """The Predict tab's widgets and events."""
    last_image = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=320):
            with gr.Tabs():
                with gr.Tab("Upload"):
                    image_in = ImagePath(
                        type="filepath", label="Image", sources=["upload", "clipboard"],
                        height=320, elem_id="image-input",
                    )  # fmt: skip
                    predict_btn = gr.Button("Predict", variant="primary")
                    if _examples():
                        gr.Examples(_examples(), inputs=[image_in], label="Examples")
                with gr.Tab("Draw"):
                    sketch = SketchPaths(label="Draw shapes", type="filepath", height=320,
                                         canvas_size=(384, 384), elem_id="sketch")  # fmt: skip
                    predict_draw_btn = gr.Button("Predict drawing", variant="primary")
            score = gr.Slider(0.0, 1.0, 0.3, step=0.01, label="Score threshold",
                              elem_id="score-slider")  # fmt: skip
            iou = gr.Slider(0.05, 0.95, 0.5, step=0.05, label="IoU threshold")
            suppression = gr.Dropdown(SUPPRESSION_CHOICES, value="class_aware", label="Suppression")
            topk = gr.Slider(1, 20, 5, step=1, label="Top-k classes")
            opacity = gr.Slider(0.0, 1.0, 0.5, step=0.05, label="Mask opacity",
                                elem_id="opacity")  # fmt: skip
            hidden = gr.CheckboxGroup([], label="Hide classes on the overlay", elem_id="hide")
            aug = tta.build()
        with gr.Column(scale=3, min_width=380):
            knows = gr.Markdown(elem_classes="mh-status", elem_id="predict-knows")
            notes = gr.Markdown(
                "Upload an image, pick an example or draw one: the result shows here.",
                elem_classes="mh-status", elem_id="predict-notes",
            )  # fmt: skip
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=300):
                    overlay = gr.Image(label="Result", type="filepath", interactive=False,
                                       height=480, elem_id="result-image")  # fmt: skip
                    legend = gr.HTML(elem_id="legend")
                with gr.Column(scale=2, min_width=220):
                    per_class = gr.Dataframe(label="Per class", interactive=False, wrap=True,
                                             elem_id="result-table")  # fmt: skip
            # The API's top classes (the page shows them in the per-class table).
            topk_label = gr.Label(label="Top classes", visible=False)
            timings = gr.Markdown(elem_classes="mh-note")
            with gr.Accordion("Results as JSON and mask download", open=False):
                result_json = gr.JSON()
                mask_file = gr.File(label="Segmentation mask (PNG of class indices)")
    w = dict(locals())
    post = [score, iou, suppression, topk, opacity, hidden, *aug["inputs"]]
    outputs = [overlay, topk_label, notes, timings, result_json, mask_file, last_image]
    bind = functools.partial
    predict_fn = bind(run_prediction, backends=backends)
    draw_fn = bind(predict_drawing, backends=backends)
    rerun_fn = bind(rerun_postprocess, backends=backends)

    def fresh(event):  # a new picture: its table, its legend and its class toggles
        return (
            event.then(rows_table, [result_json], [per_class], api_visibility="private")
            .then(legend_html, [result_json], [legend], api_visibility="private")
            .then(_toggle_choices, [result_json], [hidden], api_visibility="private")
        )

    for trigger in (predict_btn.click, image_in.upload):
        fresh(trigger(on_page(predict_fn), [page.state, image_in, *post], outputs,
                      api_visibility="private"))  # fmt: skip
    fresh(predict_draw_btn.click(on_page(draw_fn), [page.state, sketch, *post], outputs,
                                 api_visibility="private"))  # fmt: skip
    # API endpoints (no trigger on the page): the same functions, errors raised as AppError.
    gr.on([], raising(predict_fn), [page.state, image_in, *post], outputs, api_name="predict")
    gr.on([], raising(draw_fn), [page.state, sketch, *post], outputs, api_name="predict_drawing")
    gr.on([], raising(rerun_fn), [page.state, last_image, *post], outputs, api_name="postprocess")

    def rerun_if_predicted(session, last, *values):
        if not last:
            return tuple(gr.skip() for _ in outputs)
        return on_page(rerun_fn)(session, last, *values)

    gr.on(
        [c.change if isinstance(c, gr.Slider) else c.input for c in post],
        rerun_if_predicted, [page.state, last_image, *post], outputs,
        api_visibility="private", trigger_mode="always_last",
    ).then(legend_html, [result_json], [legend], api_visibility="private").then(
        rows_table, [result_json], [per_class], api_visibility="private")  # fmt: skip
    return w


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    """The controls and results the design's task uses (thresholds: detection; top-k and the
    top classes: classification; opacity, class toggles and the legend: segmentation)."""

    def view(s: ss.Session) -> dict:
        cls, det, seg = (s.task is t for t in Task)
        shown = {"score": det, "iou": det, "suppression": det, "topk": cls}
        shown.update(opacity=seg, hidden=seg, legend=seg)
        out = {w[k]: gr.update(visible=v) for k, v in shown.items()}
        knows = ss.knowledge_for(s)
        text = escape(ss.knowledge_text(knows))
        out[w["knows"]] = text if knows.ok else f"<span class='mh-warn'>{text}</span>"
        return out

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    names = ("score", "iou", "suppression", "topk", "opacity", "hidden", "legend", "knows")
    page.view([w[k] for k in names], view_of(w))
    tta.register(page, w["aug"])


__all__ = ["SUPPRESSION_CHOICES", "build", "legend_html", "register", "run_prediction"]
