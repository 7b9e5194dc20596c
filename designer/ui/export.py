"""The Export tab: the design as one standalone PyTorch file, with its spec, weights and
diagram (:func:`designer.session.export_design`); the head as ONNX, decoding inside the graph
on request (:func:`designer.session.export_onnx_file`); and the whole predictor -- backbone,
preprocessing, head, decoding -- as a zip of ``model.py``, ``model.pt`` and ``model.onnx``
(:func:`designer.session.export_predictor`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.ui.common import Page, clean, escape, raising


def export(session: ss.Session, class_name: str | None):
    """Generated Python for the design, and downloads: .py, spec .json, weights, diagram."""
    r = ss.export_design(session, class_name)
    return r.code, r.files, r.message


def export_onnx(session: ss.Session, decoded: bool):
    """The head as an ``.onnx`` file (decoded outputs when ``decoded``), and what it holds."""
    if not isinstance(decoded, bool):
        raise ss.ServiceError(f"decoded: expected true or false, got {decoded!r}")
    r = ss.export_onnx_file(session, decoded)
    return r.files[0], r.message


def export_predictor(session: ss.Session, include_onnx: bool):
    """The whole predictor as a zip (``model.py``, ``model.pt``, ``model.onnx`` when
    ``include_onnx``), and what it holds."""
    if not isinstance(include_onnx, bool):
        raise ss.ServiceError(f"include_onnx: expected true or false, got {include_onnx!r}")
    r = ss.export_predictor(session, include_onnx)
    return r.files[0], r.message


def _on_page(fn: Callable, outputs: int) -> Callable:
    """The page's button: a design that cannot be exported gets a message, not error badges."""

    def run(*args: Any):
        try:
            return fn(*args)
        except (ss.ServiceError, ValueError, OSError) as e:
            return (
                *[gr.skip()] * (outputs - 1),
                f"<span class='mh-problem'>⚠ {escape(clean(e))}</span>",
            )

    run.__name__ = f"{fn.__name__}_on_page"
    return run


def build(page: Page) -> dict[str, Any]:
    """The Export tab's widgets and events."""
    with gr.Row():
        class_name = gr.Textbox("Head", label="Class name", scale=3)
        export_btn = gr.Button("Generate code and files", variant="primary", scale=1)
    about = gr.Markdown(elem_id="export-about")
    export_msg = gr.Markdown(elem_id="export-msg")
    export_files = gr.File(label="Downloads", file_count="multiple", elem_id="export-files")
    with gr.Accordion("ONNX and the whole predictor", open=True):
        with gr.Row(equal_height=True):
            decoded = gr.Checkbox(
                False, label="Decode inside the graph", scale=2, elem_id="onnx-decoded",
                info="detection: boxes, scores, labels after suppression; classification: "
                "scores; segmentation: the class mask",
            )  # fmt: skip
            onnx_btn = gr.Button("Export ONNX", scale=1, elem_id="onnx-btn")
        with gr.Row(equal_height=True):
            include_onnx = gr.Checkbox(
                True, label="Include model.onnx", scale=2, elem_id="predictor-onnx",
                info="tracing the backbone takes about a minute",
            )  # fmt: skip
            predictor_btn = gr.Button(
                "Export the predictor (zip)", scale=1, elem_id="predictor-btn"
            )
        onnx_msg = gr.Markdown(elem_id="onnx-msg")
        with gr.Row():
            onnx_file = gr.File(label="ONNX file", elem_id="onnx-file")
            predictor_file = gr.File(label="Predictor (model.py, model.pt, model.onnx)",
                                     elem_id="predictor-file")  # fmt: skip
    code = gr.Code(language="python", label="Standalone PyTorch module", lines=24,
                   elem_id="export-code")  # fmt: skip
    w = dict(locals())
    outputs = [code, export_files, export_msg]
    export_btn.click(_on_page(export, 3), [page.state, class_name], outputs,
                     api_visibility="private")  # fmt: skip
    gr.on([], raising(export), [page.state, class_name], outputs, api_name="export")
    for button, fn, option, out, name in (
        (onnx_btn, export_onnx, decoded, onnx_file, "export_onnx"),
        (predictor_btn, export_predictor, include_onnx, predictor_file, "export_predictor"),
    ):
        button.click(_on_page(fn, 2), [page.state, option], [out, onnx_msg],
                     api_visibility="private", concurrency_id="export")  # fmt: skip
        gr.on([], raising(fn), [page.state, option], [out, onnx_msg], api_name=name,
              concurrency_id="export")  # fmt: skip
    return w


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    def view(s: ss.Session) -> dict:
        weights = (
            "its trained weights"
            if ss.head_weights_for(s)[0] is not None
            else ("randomly initialised weights (train it first for real ones)")
        )
        text = (
            f"Exports **{escape(ss.design_name(s))}** as one standalone `.py` file (torch and "
            "torchvision only, the same `state_dict` keys as the in-app head), the spec "
            f"`.json`, {weights} as `.safetensors` and the diagram as SVG and PNG; below, the "
            "head as ONNX and the whole predictor on its backbone."
        )
        return {w["about"]: text}

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["about"]], view_of(w))


__all__ = ["build", "export", "export_onnx", "export_predictor", "register"]
