"""The design controls above the tabs: task, backbone, preset, classes, undo/redo, status.

Choosing another task, preset or backbone is an explicit, undoable action; each is a named API
endpoint. The widgets are drawn from the session by :func:`view_of`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.forms import fields_for
from designer.ui.common import NumberValue, Page, act, escape
from heads.spec import Task


def build(page: Page, start: ss.Session, backends: ss.Backends) -> dict[str, Any]:
    """Task, backbone, preset, classes, new design, undo/redo and the status line."""
    with gr.Row(equal_height=False):
        task = gr.Radio([t.value for t in Task], value=start.task.value, label="Task", scale=2)
        backbone = gr.Dropdown(
            # Plain names while the app starts (which ones have weights here is known once the
            # zoo is imported, seconds later: the first drawing of the page says it).
            backends.names(), value=start.backbone, label="Backbone", scale=2,
            elem_id="backbone", allow_custom_value=True,
        )  # fmt: skip
        preset = gr.Dropdown(
            ss.preset_choices(start.task), value=start.origin_preset, label="Start from preset",
            scale=2, elem_id="preset", info="choosing another preset replaces the design",
            # Any name reaches the session, which names the valid ones (the API sends any task's).
            allow_custom_value=True,
        )  # fmt: skip
        classes = NumberValue(
            ss.num_classes_of(start.spec), precision=0, label="Classes", scale=1,
            elem_id="classes", info="Enter sets the design's classes",
        )  # fmt: skip
        with gr.Column(scale=1, min_width=180):
            new_btn = gr.Button("New design", size="sm")
            with gr.Row():
                undo_btn = gr.Button("↶ Undo", size="sm", elem_id="undo")
                redo_btn = gr.Button("↷ Redo", size="sm", elem_id="redo")
    status = gr.Markdown(escape(start.message), elem_classes="mh-status", elem_id="status")
    # Replies for API clients (the page draws its status from the session instead).
    reply = gr.Textbox(visible=False)
    design = gr.JSON(visible=False)
    w = dict(locals())
    edit = [page.state, reply, design]

    def wire(trigger, fn, inputs, api_name: str, visibility: str = "public"):
        page.ends(trigger(fn, [page.state, *inputs], edit, api_name=api_name,
                          api_visibility=visibility))  # fmt: skip

    wire(task.input, act(ss.choose_task, backends=backends), [task], "set_task")
    # ``.select`` fires only when an option is chosen: looking at the list and clicking away
    # changes nothing; choosing the preset the design started from changes nothing either.
    wire(preset.select, act(ss.choose_preset, backends=backends), [preset, classes],
         "choose_preset")  # fmt: skip
    wire(backbone.select, act(ss.change_backbone, backends=backends), [backbone], "set_backbone")
    wire(classes.submit, act(ss.set_classes), [classes], "set_classes")
    wire(undo_btn.click, act(ss.undo), [], "undo")
    wire(redo_btn.click, act(ss.redo), [], "redo")
    wire(new_btn.click, act(ss.new_design, backends=backends), [task, backbone, preset, classes],
         "new_design")  # fmt: skip
    return w


def _short(label: str | None, limit: int = 48) -> str:
    if not label:
        return ""
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _status(s: ss.Session, fields: set[str]) -> str:
    refused = s.refused
    if refused is not None and refused.message == s.message and refused.node == s.selected:
        name = (refused.field or "").split(".")[0].split("[")[0]
        if name in fields:
            # The reason is shown once, at the field.
            return f"Not applied: see the highlighted field '{name}' of '{refused.node}'."
    return escape(s.message) or "Ready."


def view_of(w: dict[str, Any], backends: ss.Backends) -> Callable[[ss.Session], dict]:
    def view(s: ss.Session) -> dict:
        undo, redo = ss.undo_label(s), ss.redo_label(s)
        node = s.spec.node(s.selected) if s.selected else None
        fields = {f.name for f in fields_for(node.params)} if node else set()
        return {
            w["task"]: s.task.value,
            w["backbone"]: gr.update(choices=backends.choices(s.backbone), value=s.backbone),
            w["preset"]: gr.update(choices=ss.preset_choices(s.task), value=s.origin_preset),
            w["classes"]: ss.num_classes_of(s.spec),
            w["undo_btn"]: gr.update(
                value=f"↶ Undo: {_short(undo)}" if undo else "↶ Undo", interactive=bool(undo)
            ),
            w["redo_btn"]: gr.update(
                value=f"↷ Redo: {_short(redo)}" if redo else "↷ Redo", interactive=bool(redo)
            ),
            w["status"]: _status(s, fields),
        }

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    """Register the header's drawer with the page."""
    names = ("task", "backbone", "preset", "classes", "undo_btn", "redo_btn", "status")
    page.view([w[k] for k in names], view_of(w, w["backends"]))


__all__ = ["build", "register", "view_of"]
