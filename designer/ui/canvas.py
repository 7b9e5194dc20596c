"""The head canvas in the Design tab: drawn from the session, its gestures are session actions.

The canvas (:class:`designer.canvas.HeadCanvas`) shows :func:`designer.session.canvas_value`,
drawn by the page after every action like every other design-dependent widget. Its events go to
the session:

- ``edit`` -> :func:`designer.session.canvas_edit`: one undoable step per edit (a move changes
  the layout only), refusals leave the design and say why on the canvas and in the status.
  The browser posts edits, undo and redo directly (:meth:`HeadCanvas.answer`): the canvas is
  painted from the answer, and an ``edited`` event then redraws the rest of the page from the
  stored session (and runs the page's ``on_change`` listeners, which ``gr.State.change`` does
  not hear of a direct change);
- ``select`` -> :func:`designer.session.canvas_select`: the form shows the clicked node;
- ``undo`` / ``redo`` (ctrl-z, ctrl-shift-z) -> the session history, as the Undo/Redo buttons;
- ``expand`` -> :func:`designer.session.canvas_expand` (view state).

An edit's reply carries the whole page (one round trip: the canvas gets its answer, with the
``seq`` it answers and any refusal notice, together with the form, the table and the header);
a move replies with the session and the canvas alone, since nothing else on the page shows
positions.
``/canvas_edit`` takes the same edit as JSON text for API clients.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import limits
from designer import session as ss
from designer.canvas import HeadCanvas
from designer.canvas.edits import LAYOUT_ONLY, EditError, edit_op
from designer.ui.common import Page, act

#: The canvas's height in pixels: with the header above, it fits a 1400x1000 window.
CANVAS_HEIGHT = 560


def build(start: ss.Session) -> dict[str, Any]:
    """The canvas and the API's edit box (place it where the canvas goes)."""
    # Interactive: Gradio would draw a component that is no event's input read-only. Empty
    # until the page's first drawing: an annotated graph needs the analysis, whose flop counter
    # imports torch's compiler stack (about 80 MB), which start-up should not pay for.
    del start
    canvas = HeadCanvas(None, height=CANVAS_HEIGHT, elem_id="head-canvas", interactive=True)
    # API clients send an edit's JSON here (the browser's edits come as canvas events).
    edit_box = gr.Textbox(visible=False)
    return {"canvas": canvas, "edit_box": edit_box}


def _seq(edit: Any) -> int | None:
    seq = edit.get("seq") if isinstance(edit, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) else None


def _page(page: Page, session: ss.Session, *, changes: bool = False) -> dict:
    """The page drawn from ``session`` (only what changed since the last follow-up with
    ``changes``, see :meth:`Page.draw_changes`)."""
    try:
        return page.draw_changes(session) if changes else page.draw(session)
    except Exception:  # noqa: BLE001  (a drawing bug must not lose the edit)
        traceback.print_exc()
        return {}


def register(page: Page, w: dict[str, Any], header: dict[str, Any]) -> None:
    """Draw the canvas from the session and wire its events.

    Call after every other view is registered: an edit replies with the whole page.
    """
    canvas = w["canvas"]
    page.view([canvas], lambda s: {canvas: ss.canvas_value(s)})
    reply, design = header["reply"], header["design"]
    outputs = [page.state, reply, design, *page.outputs]

    def answer(old: ss.Session, new: ss.Session, msg: str, value: Any = None) -> dict:
        if msg:
            new = ss.say(new, msg)
        out = {page.state: new, reply: (msg + ss.problem_suffix(new)).strip()}
        out[design] = ss.to_json_dict(new)
        out.update(_page(page, new))
        if value is not None:
            out[canvas] = value
        return out

    def edit_step(s: ss.Session, edit: Any) -> tuple[ss.Session, str, Any, bool]:
        """(session, message, canvas value, whether the rest of the page is to be redrawn)."""
        new, msg = ss.canvas_edit(s, edit)
        refused = new.refused is not None and new.refused.message == msg and bool(msg)
        try:
            layout_only = edit_op(edit) in LAYOUT_ONLY
        except EditError:
            layout_only = False
        if layout_only and not refused:
            # Positions only: nothing else on the page shows them (the canvas gets its answer).
            return new, msg, ss.canvas_value(new, answered=_seq(edit)), False
        value = ss.canvas_value(new, notice=msg if refused else None, answered=_seq(edit))
        return new, msg, value, True

    def on_edit(s: ss.Session, evt: gr.EventData) -> dict:
        new, msg, value, whole = edit_step(s, evt._data)
        if not whole:
            return {page.state: new, canvas: value}
        return answer(s, new, msg, value)

    def history_step(step: Callable, s: ss.Session) -> tuple[ss.Session, str, Any]:
        new, msg = step(s)
        return new, msg, ss.canvas_value(new, notice=msg, notice_kind="info") if new is s else None

    def history(step: Callable) -> Callable:
        def run(s: ss.Session) -> dict:
            new, msg, value = history_step(step, s)
            return answer(s, new, msg, value)

        run.__name__ = f"canvas_{step.__name__}"
        return run

    def direct(s: ss.Session, kind: str, edit: Any) -> tuple[ss.Session, Any, Any]:
        """A direct edit, undo, redo or expand: the canvas is painted from the answer, and the
        rest of the page follows (``on_edited``) when the design changed."""
        if kind == "expand":
            data = edit if isinstance(edit, dict) else {}
            new, _ = ss.canvas_expand(s, str(data.get("id")), bool(data.get("expanded")))
            return new, ss.canvas_value(new), None
        if kind == "edit":
            new, msg, value, whole = edit_step(s, edit)
        else:
            new, msg, value = history_step(ss.undo if kind == "undo" else ss.redo, s)
            whole = True
            if value is None:
                value = ss.canvas_value(new)
        if msg:
            new = ss.say(new, msg)
        return new, value, ({"message": msg} if whole else None)

    def on_edited(s: ss.Session, evt: gr.EventData) -> dict:
        # The session was stored by the direct answer: draw from it, never write it (an edit
        # answered meanwhile would be lost).
        data = evt._data if isinstance(evt._data, dict) else {}
        msg = str(data.get("message") or "")
        out = {reply: (msg + ss.problem_suffix(s)).strip(), design: ss.to_json_dict(s)}
        out.update(_page(page, s, changes=True))  # a run of edits changes few widgets each
        out.pop(canvas, None)
        return out

    def on_select(s: ss.Session, evt: gr.SelectData) -> dict:
        new, msg = ss.canvas_select(s, evt.index if isinstance(evt.index, str) else None)
        return {page.state: new} if new is s else answer(s, new, msg)

    def on_expand(s: ss.Session, evt: gr.EventData) -> tuple[ss.Session, Any]:
        data = evt._data if isinstance(evt._data, dict) else {}
        new, _ = ss.canvas_expand(s, str(data.get("id")), bool(data.get("expanded")))
        return new, ss.canvas_value(new)

    # One canvas event at a time, each one run (an edit sent while another is answered is
    # queued, not dropped), each reading the session the last one left.
    # No progress overlay: it would cover the canvas (and catch the pointer) on every edit.
    options = {"api_visibility": "private", "concurrency_limit": 1, "concurrency_id": "canvas",
               "trigger_mode": "multiple", "show_progress": "hidden"}  # fmt: skip
    canvas.answer(page.state, direct)
    followed = canvas.edited(
        on_edited, [page.state], [o for o in outputs if o is not page.state and o is not canvas],
        **options,
    )  # fmt: skip
    for fn, inputs, outs in page.on_change:
        followed = followed.then(fn, inputs, outs, api_visibility="private", queue=False)
    canvas.edit(on_edit, [page.state], outputs, **options)
    canvas.undo(history(ss.undo), [page.state], outputs, **options)
    canvas.redo(history(ss.redo), [page.state], outputs, **options)
    canvas.select(on_select, [page.state], outputs, **options)
    canvas.expand(on_expand, [page.state], [page.state, canvas], **options)
    page.ends(
        w["edit_box"].submit(
            act(_edit_json), [page.state, w["edit_box"]], [page.state, reply, design],
            api_name="canvas_edit",
        )
    )  # fmt: skip


def _edit_json(s: ss.Session, text: str | None) -> tuple[ss.Session, str]:
    """One canvas edit as JSON text (``{"op": "add", "block": "conv"}``, see
    :mod:`designer.canvas.edits`): the API's way to edit the graph as the canvas does."""
    try:
        limits.check_spec_size(len((text or "").encode("utf-8")), "the edit")
        edit = json.loads(text or "")
    except json.JSONDecodeError as e:
        return s, f"Not applied: the edit is not valid JSON ({e.msg})."
    except RecursionError:
        return s, "Not applied: the edit is nested too deeply."
    except ValueError as e:  # over the size limit
        return s, f"Not applied: {e}"
    return ss.canvas_edit(s, edit)


__all__ = ["CANVAS_HEIGHT", "build", "register"]
