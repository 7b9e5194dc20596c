"""The head canvas: a spec drawn as an editable graph in the browser, one more interpreter of it.

Pure Python, no gradio (the session model uses these):

- :func:`spec_to_canvas` — a spec (valid or not) and its layout as the annotated graph the
  browser draws; :func:`canvas_to_spec` reads it back;
- :func:`apply_edit` / :func:`update_layout` — one canvas edit applied to a spec and to its
  layout, refusing bad ones with :class:`EditError`;
- :class:`CanvasValue` — the component's value (spec, layout, view state, notice);
- :func:`design_to_json` / :func:`read_design` — a design file: a spec, with its layout beside it;
- :func:`palette` — the registered blocks as the canvas offers them.

The Gradio component is :class:`HeadCanvas` (``designer.canvas.component``, imported on first use
so that importing this package loads no gradio); ``python -m designer.canvas.demo`` serves it on
its own page.
"""

from __future__ import annotations

from typing import Any

from .edits import LAYOUT_ONLY, EditError, Op, apply_edit, update_layout
from .graph import canvas_to_spec, spec_to_canvas
from .layers import inner_layers
from .palette import accepted_kinds, palette
from .planning import Design, Status, plan_design
from .value import CanvasValue, as_value, design_to_json, read_design

__all__ = [
    "LAYOUT_ONLY",
    "CanvasValue",
    "Design",
    "EditError",
    "HeadCanvas",
    "Op",
    "Status",
    "accepted_kinds",
    "apply_edit",
    "as_value",
    "canvas_to_spec",
    "design_to_json",
    "inner_layers",
    "palette",
    "plan_design",
    "read_design",
    "spec_to_canvas",
    "update_layout",
]


def __getattr__(name: str) -> Any:
    if name == "HeadCanvas":
        from .component import HeadCanvas

        return HeadCanvas
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
