"""The Compare tab: the design beside its preset, an earlier step or a spec, read-only.

Every comparison (:mod:`designer.comparing`) draws the two graphs side by side with added,
removed and changed nodes marked, and reports Δparams, ΔFLOPs, Δ measured CPU time (when asked)
and Δ metrics where both designs were trained. Nothing here changes the session; the result
says when the design has changed since it was drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import comparing
from designer import session as ss
from designer.ui.common import USER_ERRORS, Page, escape, raising

ABOUT = (
    "Compares the current design (**B**) with another design (**A**): the two graphs side by "
    "side, added nodes in green, removed in red, changed in orange, and what each change costs. "
    "Comparing never changes the design."
)


def _result(session: ss.Session, other: comparing.Other, measure: bool | None):
    view = comparing.compare_specs(session, other, measure=bool(measure))
    return view.png, view.svg, escape(view.report), view.data, escape(view.caption), session.spec


def compare_preset(session: ss.Session, measure: bool | None = False):
    """Compare the design with the preset it started from (built for the design's levels and
    classes), or with the design it started from when that was not a preset.

    Returns the side-by-side diagram (PNG, SVG), the report (Markdown: totals table with
    Δparams, ΔFLOPs, Δ CPU time when measured, Δ metrics where both were trained; one row per
    node), the diff as JSON and a caption.
    """
    return _result(session, comparing.other_design(session, "preset"), measure)


def compare_history(session: ss.Session, steps_back: float | None, measure: bool | None = False):
    """Compare the design with how it was ``steps_back`` steps ago in the undo history (1: before
    the last action). Returns what :func:`compare_preset` returns."""
    return _result(session, comparing.other_design(session, "history", steps_back), measure)


def compare_spec(
    session: ss.Session,
    spec_text: str | None,
    spec_file: str | None = None,
    metrics_file: str | None = None,
    measure: bool | None = False,
):
    """Compare the design with a spec: JSON text, or an uploaded ``.json`` file (which wins),
    optionally with that design's training metrics file (``metrics.json``) for Δ metrics.
    Returns what :func:`compare_preset` returns."""
    other = comparing.other_design(session, "spec", None, spec_text, spec_file, metrics_file)
    return _result(session, other, measure)


def on_page(fn: Callable) -> Callable:
    """For the page's buttons: a person's error becomes the caption, the last result stays."""

    @functools.wraps(fn)
    def wrapper(*args: Any):
        try:
            return fn(*args)
        except USER_ERRORS as e:
            note = f"<span class='mh-problem'>⚠ Not compared: {escape(e)}</span>"
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), note, gr.skip()

    return wrapper


def build(page: Page) -> dict[str, Any]:
    """The Compare tab's widgets and events."""
    compared = gr.State(None)  # the design (B) the shown comparison was drawn for
    gr.Markdown(ABOUT, elem_classes="mh-note")
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=320):
            preset_btn = gr.Button("Compare with its preset", variant="primary",
                                   elem_id="compare-preset")  # fmt: skip
            # Any value reaches the session, which names the valid range (API clients).
            steps = gr.Dropdown([], label="An earlier step of this session", elem_id="compare-step",
                                info="the design as it was before that action",
                                allow_custom_value=True)  # fmt: skip
            history_btn = gr.Button("Compare with that step", size="sm")
            with gr.Accordion("A spec of your own (JSON)", open=False):
                spec_text = gr.Code(language="json", label="Spec JSON", lines=6)
                spec_file = gr.File(label="or a spec file", file_types=[".json"], type="filepath")
                metrics_file = gr.File(label="its training metrics (optional, metrics.json)",
                                       file_types=[".json"], type="filepath")  # fmt: skip
                spec_btn = gr.Button("Compare with this spec", size="sm")
            measure = gr.Checkbox(False, label="Also measure both on this CPU (takes seconds)",
                                  elem_id="compare-measure")  # fmt: skip
        with gr.Column(scale=5, min_width=480):
            caption = gr.Markdown("Nothing compared yet.", elem_classes="mh-status",
                                  elem_id="compare-caption")  # fmt: skip
            diagram = gr.Image(label="A and B side by side", type="filepath", interactive=False,
                               elem_id="compare-diagram", elem_classes="mh-diagram",
                               buttons=["download", "fullscreen"], height=560)  # fmt: skip
            report = gr.Markdown(elem_id="compare-report")
            svg = gr.File(label="Side by side (SVG)")
            with gr.Accordion("The diff as JSON", open=False):
                data = gr.JSON()
    w = dict(locals())
    outputs = [diagram, svg, report, data, caption, compared]
    events = (
        (preset_btn, compare_preset, [measure], "compare_preset"),
        (history_btn, compare_history, [steps, measure], "compare_history"),
        (spec_btn, compare_spec, [spec_text, spec_file, metrics_file, measure], "compare_spec"),
    )
    for button, fn, inputs, api_name in events:
        # The endpoint first: the page's own event would otherwise take the function's name.
        gr.on([], raising(fn), [page.state, *inputs], outputs, api_name=api_name)
        button.click(on_page(fn), [page.state, *inputs], outputs, api_visibility="private")
    # A drawn comparison is of the design as it was: say so once the design has changed.
    page.state.change(_stale, [page.state, compared, caption], [caption],
                      api_visibility="private", queue=False)  # fmt: skip
    page.on_change.append((_stale, [page.state, compared, caption], [caption]))
    return w


STALE = "<span class='mh-problem'>The design has changed since: compare again.</span>"


def _stale(session: ss.Session, compared: Any, caption: str | None):
    if compared is None:
        return gr.skip()
    text = caption or ""
    fresh = text.replace("  \n" + STALE, "")
    if compared == session.spec:  # back to the compared design (undo)
        return fresh if fresh != text else gr.skip()
    return gr.skip() if STALE in text else fresh + "  \n" + STALE


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    def view(s: ss.Session) -> dict:
        choices = comparing.history_choices(s)
        return {
            w["steps"]: gr.update(choices=choices, value=choices[0][1] if choices else None),
            w["history_btn"]: gr.update(interactive=bool(choices)),
        }

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["steps"], w["history_btn"]], view_of(w))


__all__ = ["build", "compare_history", "compare_preset", "compare_spec", "register"]
