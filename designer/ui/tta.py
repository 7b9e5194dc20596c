"""The Predict tab's options for test-time augmentation and large images.

Flip and scales run the backbone and head on several views of the image and merge them
(logits averaged, masks averaged, boxes fused); sliced inference runs overlapping tiles of the
image at its own resolution, for small objects in large images (detection and segmentation).
Changing these re-runs the network; thresholds and suppression re-run only the merge, from the
cached views (:mod:`designer.tta_inference`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.tta_inference import TTAOptions
from heads.spec import Task

SCALES = [("0.75", 0.75), ("1 (as is)", 1.0), ("1.25", 1.25), ("1.5", 1.5)]
TILES = [128, 192, 256, 320, 384, 512, 640, 768, 1024]


def build() -> dict[str, Any]:
    """The accordion of options (placed under the post-processing controls)."""
    with gr.Accordion("Test-time augmentation and large images", open=False,
                      elem_id="tta") as box:  # fmt: skip
        hflip = gr.Checkbox(False, label="Also run the image flipped left-right",
                            elem_id="tta-flip")  # fmt: skip
        scales = gr.CheckboxGroup(SCALES, value=[1.0], label="Scales (one pass each)",
                                  elem_id="tta-scales",
                                  info="views are merged: logits and masks averaged, boxes "
                                  "fused by weighted box fusion")  # fmt: skip
        sliced = gr.Checkbox(False, label="Sliced inference: tiles at the image's own resolution",
                             elem_id="tta-sliced",
                             info="for small objects in large images (flip and scales "
                             "do not apply)")  # fmt: skip
        with gr.Row():
            tile = gr.Dropdown(TILES, value=256, label="Tile (px)", elem_id="tta-tile",
                               info="the size the head was trained at",
                               allow_custom_value=True)  # fmt: skip
            overlap = gr.Slider(0.0, 0.5, 0.2, step=0.05, label="Tile overlap",
                                elem_id="tta-overlap")  # fmt: skip
        whole = gr.Checkbox(True, label="Also one pass over the whole image (large objects)",
                            elem_id="tta-whole")  # fmt: skip
    inputs = [hflip, scales, sliced, tile, overlap, whole]
    return dict(locals())


def options(hflip: bool | None = False, scales: list | None = None, sliced: bool | None = False,
            tile: float | None = 256, overlap: float | None = 0.2,
            whole: bool | None = True) -> TTAOptions:  # fmt: skip
    """The widgets' values as :class:`designer.tta_inference.TTAOptions` (checked when the
    prediction runs, which names a bad value)."""
    return TTAOptions(
        hflip=bool(hflip), scales=tuple(float(s) for s in scales or (1.0,)), sliced=bool(sliced),
        tile=int(tile or 256), overlap=float(0.2 if overlap is None else overlap),
        whole_image=bool(whole),
    )  # fmt: skip


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    """Sliced inference for detection and segmentation; the whole-image pass for detection."""

    def view(s: ss.Session) -> dict:
        dense = s.task is not Task.CLASSIFICATION
        # Hidden for a classifier, and off: a tick left from a detection design would refuse.
        sliced = gr.update(visible=True) if dense else gr.update(visible=False, value=False)
        return {
            w["sliced"]: sliced,
            w["tile"]: gr.update(visible=dense),
            w["overlap"]: gr.update(visible=dense),
            w["whole"]: gr.update(visible=s.task is Task.DETECTION),
        }

    return view


def register(page: Any, w: dict[str, Any]) -> None:
    page.view([w[k] for k in ("sliced", "tile", "overlap", "whole")], view_of(w))


__all__ = ["build", "options", "register"]
