"""The Export tab: the design as one standalone PyTorch file, with its spec, weights and
diagram (:func:`designer.session.export_design`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.ui.common import Page, escape, raising


def export(session: ss.Session, class_name: str | None):
    """Generated Python for the design, and downloads: .py, spec .json, weights, diagram."""
    r = ss.export_design(session, class_name)
    return r.code, r.files, r.message


def export_on_page(session: ss.Session, class_name: str | None):
    """The page's button: a design that cannot be exported gets a message, not error badges."""
    try:
        return export(session, class_name)
    except ss.ServiceError as e:
        return gr.skip(), gr.skip(), f"<span class='mh-problem'>⚠ {escape(e)}</span>"


def build(page: Page) -> dict[str, Any]:
    """The Export tab's widgets and events."""
    with gr.Row():
        class_name = gr.Textbox("Head", label="Class name", scale=3)
        export_btn = gr.Button("Generate code and files", variant="primary", scale=1)
    about = gr.Markdown(elem_id="export-about")
    export_msg = gr.Markdown(elem_id="export-msg")
    export_files = gr.File(label="Downloads", file_count="multiple", elem_id="export-files")
    code = gr.Code(language="python", label="Standalone PyTorch module", lines=24,
                   elem_id="export-code")  # fmt: skip
    w = dict(locals())
    outputs = [code, export_files, export_msg]
    export_btn.click(export_on_page, [page.state, class_name], outputs, api_visibility="private")
    gr.on([], raising(export), [page.state, class_name], outputs, api_name="export")
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
            f"`.json`, {weights} as `.safetensors` and the diagram as SVG and PNG."
        )
        return {w["about"]: text}

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["about"]], view_of(w))


__all__ = ["build", "export", "register"]
