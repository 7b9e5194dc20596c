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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from gradio.components.base import Component

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

    EVENTS = ["edit", "select", "undo", "redo", "expand"]

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
