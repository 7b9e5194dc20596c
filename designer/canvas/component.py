"""``HeadCanvas``: the Gradio 6 custom component that draws and edits a head spec as a graph.

The Python side is this class; the browser side is ``frontend/`` (Svelte 5 and
``@xyflow/svelte``), built by ``build.sh`` into ``templates/component/``, which Gradio serves from
the app itself (nothing loads from a CDN).

The component's value is a :class:`~designer.canvas.value.CanvasValue` (a ``HeadSpec``, a
``CanvasValue`` or a spec's JSON dict are accepted); the browser gets the spec, its layout and
the annotated graph, and sends edits as events instead of changing the value:

- ``edit``: one edit object (:mod:`designer.canvas.edits`) in ``evt._data``; apply it with
  :meth:`CanvasValue.edited` (or :func:`~designer.canvas.edits.apply_edit` and
  :func:`~designer.canvas.edits.update_layout`) and return the new value;
- ``select``: a node was clicked (``gr.SelectData``: ``index`` is its canvas id, ``value``
  ``{id, name, type, block}``);
- ``undo`` / ``redo``: ctrl-z and ctrl-shift-z (or the buttons) on the canvas;
- ``expand``: ``{id, expanded}``: show or hide a block's inner layers
  (:meth:`CanvasValue.with_expanded`).

Edits, undo, redo and expand can instead be answered directly (:meth:`HeadCanvas.answer`): the
browser posts each one to the component's server function and paints the answer it gets back,
one HTTP request outside Gradio's event machinery, and the page's other widgets follow through
the ``edited`` event. Without a direct handler they arrive as the events above.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Literal

import anyio
from gradio import Request
from gradio.components.base import Component, server
from gradio.context import LocalContext

from .palette import palette as registry_palette
from .value import CanvasValue, as_value


class HeadCanvas(Component):
    """An editable graph of a head spec, with shapes, parameters, FLOPs and errors on every node.

    Args:
        value: a ``CanvasValue``, a ``HeadSpec``, a spec's JSON dict, or ``None``.
        palette: the blocks offered for dragging (default: every registered block, see
            :func:`designer.canvas.palette.palette`).
        image_size: the input size a spec given as ``value`` is annotated at.
        height: the canvas's height in pixels.
        interactive: ``False`` shows the graph read-only (no palette, no editing).
    """

    EVENTS = ["edit", "edited", "select", "undo", "redo", "expand"]

    #: What the browser may post to :meth:`apply` (the canvas's own gestures).
    DIRECT_KINDS = ("edit", "undo", "redo", "expand")

    def __init__(
        self,
        value: Any = None,
        *,
        palette: Sequence[dict] | None = None,
        image_size: int | tuple[int, int] = 224,
        height: int = 640,
        label: str | None = None,
        show_label: bool | None = False,
        interactive: bool | None = None,
        direct: bool = False,
        visible: bool | Literal["hidden"] = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        scale: int | None = None,
        min_width: int = 320,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
        every: Any = None,
        inputs: Any = None,
    ) -> None:
        self.palette = list(palette) if palette is not None else registry_palette()
        self.image_size = image_size
        self.height = height
        # Whether the browser posts edits to :meth:`apply` (set by :meth:`answer`).
        self.direct = direct
        self._direct: tuple[Any, Callable] | None = None
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        super().__init__(
            value=value,
            label=label,
            show_label=show_label,
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            scale=scale,
            min_width=min_width,
            render=render,
            key=key,
            every=every,
            inputs=inputs,
        )

    def answer(self, state: Any, fn: Callable[[Any, str, Any], tuple[Any, Any, Any]]) -> None:
        """Answer the canvas's edits, undo, redo and expand directly instead of as events.

        ``fn(value, kind, data) -> (new_value, canvas_value, follow)`` gets the session's value
        of ``state`` (a ``gr.State``), ``kind`` (``"edit"``, ``"undo"``, ``"redo"`` or
        ``"expand"``) and the edit (for ``expand``: ``{id, expanded}``). ``new_value`` is
        stored in the session, ``canvas_value`` (anything the component's value may be, or
        ``None`` for no new drawing) is painted, and a ``follow`` other than ``None`` comes
        back as the data of an ``edited`` event, for the rest of the page. One request per
        session is answered at a time, in the order the browser sent them. Call it inside the
        ``Blocks`` that holds the canvas.
        """
        self._direct = (state, fn)
        self.direct = True

    def _lock(self, session_hash: str) -> threading.Lock:
        with self._locks_guard:
            if len(self._locks) > 4096:  # sessions come and go: forget the idle ones
                for key in [k for k, v in self._locks.items() if not v.locked()]:
                    del self._locks[key]
            return self._locks.setdefault(session_hash, threading.Lock())

    @server
    async def apply(self, data: Any, request: Request) -> dict | None:
        """The browser's direct request ``{kind, edit}``: the answer to paint and what follows.

        Returns ``{"payload", "follow"}``, or ``None`` when this canvas has no direct handler.
        """
        if self._direct is None:
            return None
        body = await request.json()  # Starlette keeps the parsed body: the session's hash
        session_hash = body.get("session_hash") if isinstance(body, dict) else None
        blocks = LocalContext.blocks.get()
        if not isinstance(session_hash, str) or blocks is None:
            return None
        data = data if isinstance(data, dict) else {}
        kind = data.get("kind")
        if kind not in self.DIRECT_KINDS:
            return None
        state, fn = self._direct
        session = blocks.state_holder[session_hash]

        def run() -> dict:
            with self._lock(session_hash):
                new, value, follow = fn(session[state._id], kind, data.get("edit"))
                session[state._id] = new
                payload = None if value is None else self.postprocess(value)
                return {"payload": payload, "follow": follow}

        return await anyio.to_thread.run_sync(run)

    def preprocess(self, payload: dict | None) -> CanvasValue | None:
        """The browser's value as a :class:`CanvasValue` (its annotations are recomputed)."""
        if payload is None:
            return None
        return CanvasValue.from_payload(payload)

    def postprocess(self, value: Any) -> dict | None:
        """The payload the browser draws: spec, layout, annotated graph and notice."""
        v = as_value(value, self.image_size)
        return None if v is None else v.to_payload()

    def example_payload(self) -> Any:
        import heads

        # What an API client sends: no annotated graph (the server derives it, and analysing
        # here would load torch's compiler stack while the app starts).
        spec = heads.get_preset("linear", 2048, num_classes=10)
        return CanvasValue(spec).to_payload(annotated=False)

    def example_value(self) -> Any:
        import heads

        return heads.get_preset("linear", 2048, num_classes=10)

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "a head design: {spec: HeadSpec JSON, layout: {id: {x, y}}, "
            "image_size, expanded, notice, answered, canvas: the annotated graph}",
        }


__all__ = ["HeadCanvas"]
