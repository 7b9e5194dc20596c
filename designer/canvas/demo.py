"""A page with just the head canvas, the spec's JSON and an undo stack.

``python -m designer.canvas.demo [--preset upernet] [--port 7870]`` serves it on 127.0.0.1. It is
the smallest app the canvas needs: the design lives in a :class:`History` (in ``gr.State``, one per
browser session), every canvas edit goes through :meth:`CanvasValue.edited`, and undo/redo
walk the history. Edits, undo and redo are answered directly (:meth:`HeadCanvas.answer`), the
JSON view following; ``direct=False`` takes them as events instead. The browser tests and the
canvas benchmark drive this page.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

for _key, _val in (
    ("GRADIO_ANALYTICS_ENABLED", "False"),
    ("HF_HUB_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
):
    os.environ.setdefault(_key, _val)

import gradio as gr  # noqa: E402

import heads  # noqa: E402
from heads.spec import HeadSpec, SpecError, params_to_dict  # noqa: E402

from .component import HeadCanvas  # noqa: E402
from .edits import EditError, Op, edit_op  # noqa: E402
from .value import CanvasValue  # noqa: E402

#: How many steps undo remembers.
HISTORY_LIMIT = 200


class History:
    """The design and the steps around it: ``past`` for undo, ``future`` for redo.

    A plain class, not a dataclass: Gradio turns a ``gr.State``'s dataclass value into a dict
    (recursively) every time it builds the state's config, which is on every event.

    Example:
        >>> import heads
        >>> h = History(CanvasValue(heads.get_preset("linear", 2048, num_classes=10)))
        >>> h = h.push(h.present.edited({"op": "add", "block": "mlp"}))
        >>> [n.name for n in h.undo().present.spec.nodes]
        ['pool', 'classifier']
        >>> [n.name for n in h.undo().redo().present.spec.nodes]
        ['pool', 'classifier', 'mlp']
    """

    __slots__ = ("future", "past", "present")

    def __init__(
        self,
        present: CanvasValue,
        past: tuple[CanvasValue, ...] = (),
        future: tuple[CanvasValue, ...] = (),
    ) -> None:
        self.present, self.past, self.future = present, past, future

    def push(self, value: CanvasValue) -> History:
        """``value`` becomes the design; the old one can be undone back to."""
        past = (*self.past, self.present)[-HISTORY_LIMIT:]
        return History(value, past, ())

    def replace(self, value: CanvasValue) -> History:
        """``value`` becomes the design without a step (view state, automatic layout)."""
        return History(value, self.past, self.future)

    def undo(self) -> History:
        if not self.past:
            return self
        return History(self.past[-1], self.past[:-1], (self.present, *self.future))

    def redo(self) -> History:
        if not self.future:
            return self
        return History(self.future[0], (*self.past, self.present), self.future[1:])


def _spec_json(value: CanvasValue) -> str:
    return value.spec.to_json()


def create_demo(
    spec: HeadSpec | None = None,
    *,
    image_size: int = 224,
    height: int = 640,
    direct: bool = True,
) -> gr.Blocks:
    """The canvas page for ``spec`` (default: the ``upernet`` preset)."""
    first = CanvasValue(spec or heads.get_preset("upernet"), image_size=image_size)
    presets = [p.name for p in heads.list_presets()]

    with gr.Blocks(title="Head canvas", fill_width=True) as demo:
        history = gr.State(History(first))
        with gr.Row():
            preset = gr.Dropdown(presets, value=None, label="Start from preset", scale=3)
            load = gr.Button("Load preset", scale=1)
            save = gr.Button("Save", scale=1, elem_id="canvas-save")
        canvas = HeadCanvas(first, height=height, elem_id="canvas")
        with gr.Row():
            selected = gr.Markdown("Click a node to select it.", elem_id="canvas-selected")
        with gr.Row():
            spec_view = gr.Code(
                _spec_json(first), language="json", label="spec", elem_id="canvas-spec"
            )
            with gr.Column():
                saved = gr.Textbox(
                    label="saved (the canvas's value, read back)",
                    lines=6,
                    max_lines=12,
                    interactive=True,
                    elem_id="canvas-saved",
                )
                pasted = gr.Textbox(
                    label="a spec's JSON to load", lines=3, max_lines=8, elem_id="canvas-json"
                )
                load_json = gr.Button("Load JSON", elem_id="canvas-load-json")

        # The smallest event of this page (the same state in, a short text out): what a round
        # trip through Gradio costs on its own, which the canvas benchmark measures edits against.
        ping = gr.Button("ping", visible="hidden", elem_id="canvas-ping")
        pong = gr.Textbox(visible="hidden", elem_id="canvas-pong")
        ping.click(lambda h, n: str(int(n or 0) + 1), [history, pong], [pong], queue=False)

        def on_edit(h: History, evt: gr.EventData) -> tuple[Any, History, Any]:
            return edit_step(h, evt._data)

        def edit_step(h: History, edit: Any) -> tuple[Any, History, Any]:
            try:
                new = h.present.edited(edit)
            except (EditError, SpecError) as e:
                return h.present.refused(e, edit if isinstance(edit, dict) else None), h, gr.skip()
            if edit_op(edit) is Op.MOVE and edit.get("auto"):
                # The canvas laid out nodes that had no position: layout, not a step to undo.
                return gr.skip(), h.replace(new), gr.skip()
            # The JSON view is redrawn only when the spec changed (a move changes the layout).
            text = gr.skip() if new.spec == h.present.spec else _spec_json(new)
            return new, h.push(new), text

        def on_undo(h: History) -> tuple[Any, History, str]:
            h2 = h.undo()
            if h2 is h:
                return h.present.noted("nothing to undo"), h, gr.skip()
            return h2.present, h2, _spec_json(h2.present)

        def on_redo(h: History) -> tuple[Any, History, str]:
            h2 = h.redo()
            if h2 is h:
                return h.present.noted("nothing to redo"), h, gr.skip()
            return h2.present, h2, _spec_json(h2.present)

        def on_expand(h: History, evt: gr.EventData) -> tuple[CanvasValue, History]:
            data = evt._data if isinstance(evt._data, dict) else {}
            new = h.present.with_expanded(str(data.get("id")), bool(data.get("expanded")))
            return new, h.replace(new)

        def on_select(h: History, evt: gr.SelectData) -> str:
            info = evt.value if isinstance(evt.value, dict) else {}
            name = info.get("name")
            try:
                node = h.present.spec.node(name)
            except KeyError:
                return f"**{evt.index}** ({info.get('type', '')})"
            params = json.dumps(params_to_dict(node.params))
            return f"**{node.name}** · `{node.block}` · inputs {list(node.inputs)} · `{params}`"

        def on_load(h: History, name: str | None) -> tuple[Any, History, Any]:
            if not name:
                return h.present.noted("choose a preset first"), h, gr.skip()
            new = CanvasValue(heads.get_preset(name), image_size=h.present.image_size)
            return (
                new.noted(f"loaded preset '{name}' (undo to go back)"),
                h.push(new),
                _spec_json(new),
            )

        def on_load_json(h: History, text: str) -> tuple[Any, History, Any]:
            try:
                spec = HeadSpec.from_json(text or "")
            except SpecError as e:
                return h.present.refused(f"not loaded: {e}"), h, gr.skip()
            new = CanvasValue(spec, image_size=h.present.image_size)
            return new, h.push(new), _spec_json(new)

        def on_save(value: CanvasValue | None) -> str:
            return "" if value is None else value.spec.to_json()

        def answer(h: History, kind: str, edit: Any) -> tuple[History, Any, Any]:
            if kind == "expand":
                data = edit if isinstance(edit, dict) else {}
                new = h.present.with_expanded(str(data.get("id")), bool(data.get("expanded")))
                return h.replace(new), new, None
            step = {"undo": on_undo, "redo": on_redo}.get(kind)
            value, new, text = step(h) if step else edit_step(h, edit)
            # gr.skip() for the canvas: nothing to paint; for the JSON: no change to show
            return new, (None if value == gr.skip() else value), (None if text == gr.skip() else 1)

        if direct:
            canvas.answer(history, answer)
        canvas.edited(lambda h: _spec_json(h.present), [history], [spec_view], queue=False)
        canvas.edit(on_edit, [history], [canvas, history, spec_view], queue=False)
        canvas.undo(on_undo, [history], [canvas, history, spec_view], queue=False)
        canvas.redo(on_redo, [history], [canvas, history, spec_view], queue=False)
        canvas.expand(on_expand, [history], [canvas, history], queue=False)
        canvas.select(on_select, [history], [selected], queue=False)
        load.click(on_load, [history, preset], [canvas, history, spec_view], api_name="load")
        load_json.click(
            on_load_json, [history, pasted], [canvas, history, spec_view], api_name="load_json"
        )
        save.click(on_save, [canvas], [saved], api_name="save")
    return demo


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="the head canvas on its own page")
    parser.add_argument("--preset", default="upernet", help="the design to start from")
    parser.add_argument("--port", type=int, default=7870)
    parser.add_argument("--size", type=int, default=224, help="input size for shapes and FLOPs")
    parser.add_argument(
        "--events", action="store_true", help="take edits as Gradio events, not direct requests"
    )
    args = parser.parse_args(argv)
    demo = create_demo(heads.get_preset(args.preset), image_size=args.size, direct=not args.events)
    demo.launch(server_name="127.0.0.1", server_port=args.port)


if __name__ == "__main__":
    main()
