"""Measure, beside the Design tab's analysis table: CPU time and memory per node, on request.

The button runs :func:`designer.measuring.measure_action` (or takes the cached measurement); the
page then redraws, and the analysis table shows the measured columns for as long as the design
on the page is one measured at the page's input size (:func:`designer.measuring.table`).
``/measure`` returns the measurement with its per-node data keyed by node name (what a canvas
overlay reads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import measuring
from designer import session as ss
from designer.ui.common import USER_ERRORS, Page


def build() -> dict[str, Any]:
    """The batch box, the Measure button and the measured totals (placed under the table)."""
    with gr.Row(equal_height=False):
        # No widget range: an out-of-range value gets the app's message, naming the range.
        batch = gr.Number(1, precision=0, label="Batch", scale=1, elem_id="measure-batch",
                          info=f"images per call (1..{measuring.MAX_BATCH})")  # fmt: skip
        runs = gr.Number(measuring.RUNS, precision=0, label="Runs", scale=1,
                         info="timed runs; the median is shown")  # fmt: skip
        measure_btn = gr.Button("Measure CPU time and memory", size="sm", scale=2,
                                elem_id="measure")  # fmt: skip
    measure_note = gr.Markdown(elem_id="measure-note", elem_classes="mh-note")
    measured_json = gr.JSON(visible=False)
    return dict(locals())


def measure(session: ss.Session, batch: float | None, runs: float | None):
    """Measure the design's CPU time (median over runs) and memory per node, and the whole head,
    at the Design tab's input size and ``batch`` images; cached per (design, size, batch).

    Returns the session (with the message), the message, and the measurement: its summary and
    ``per_node``, the measured cost keyed by node name. FLOPs count a multiply-add as two.
    """
    try:
        return measuring.measure_action(session, batch, runs)
    except USER_ERRORS as e:
        msg = f"Not measured: {e}"
        return ss.say(session, msg), msg, None


#: Column widths of the analysis table, analysed only and measured (so all columns fit).
WIDTHS = {
    len(ss.ANALYSIS_HEADERS): ["14%", "18%", "40%", "14%", "14%"],
    len(measuring.MEASURED_HEADERS): ["9%", "12%", "24%", "9%", "9%", "10%", "10%", "17%"],
}


def table_update(session: ss.Session, view: ss.AnalysisView) -> Any:
    """The analysis table drawn from the session: measured columns when the design on the page
    has been measured (:func:`designer.measuring.table`), with widths that fit them."""
    value = measuring.table(session, view)
    return gr.update(value=value, column_widths=WIDTHS.get(len(value["headers"])))


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    def view(s: ss.Session) -> dict:
        return {w["measure_note"]: measuring.note(s, ss.analysis_view(s))}

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    """Wire the button (``/measure``) and register the note's drawer."""
    outputs = [page.state, page.header["reply"], w["measured_json"]]
    page.ends(w["measure_btn"].click(measure, [page.state, w["batch"], w["runs"]], outputs,
                                     api_name="measure", concurrency_id="measure",
                                     concurrency_limit=1))  # fmt: skip
    page.view([w["measure_note"]], view_of(w))


__all__ = ["build", "measure", "register", "table_update"]
