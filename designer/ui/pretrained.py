"""The pretrained-start picker of the Design tab: torchvision's COCO detectors and VOC segmenters.

The list says which starts have their weights here (torchvision's cache, or a file a person
names); Download fetches a start's weights only when clicked, showing size, destination and
progress; "Use this start" replaces the design by the start (backbone, head and weights), one
undoable step (:func:`designer.starts.choose_pretrained`). Each is a named API endpoint:
``/list_pretrained``, ``/download_weights``, ``/choose_pretrained``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer import starts
from designer.pretrained import pretrained_names
from designer.ui.common import Page, act, escape

TABLE_HEADERS = ["start", "task", "labels", "weights", "MB", "trained on / published scores"]

INTRO = (
    "torchvision's detectors (COCO, 91 labels) and segmenters (VOC, 21 classes) whose heads the "
    "presets reproduce exactly. Choosing one sets the backbone and the head together, with the "
    "weights, class names and preprocessing of torchvision's checkpoint. Weights are read from "
    "torchvision's cache or a file you name; nothing downloads unless you click Download."
)


def _table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    data = [[r["start"], r["task"], r["labels"], r["weights"], r["MB"], r["about"]] for r in rows]
    return {"headers": TABLE_HEADERS, "data": data}


def choice_info(name: str | None) -> str:
    """What a start needs before it can be used: its weights, their size and destination."""
    if not name:
        return "Choose a start to see where its weights are."
    row = next((r for r in starts.start_rows() if r["start"] == name), None)
    if row is None:
        return f"<span class='mh-problem'>⚠ {escape(name)} is not a pretrained start.</span>"
    if row["weights"] == "here":
        return f"✓ **{name}**: weights here, `{escape(row['file'])}`."
    return (
        f"**{name}**: weights not here. Download ({row['MB']:.0f} MB) writes "
        f"`{escape(row['file'])}`; or name a weights file above."
    )


def _sizes_for(name: str | None):
    """Detection starts take min/max size, segmentation starts the resize size."""
    task = next((r["task"] for r in starts.start_rows() if r["start"] == name), None)
    det, seg = task == "detection", task == "segmentation"
    return gr.update(visible=det), gr.update(visible=det), gr.update(visible=seg)


def build(page: Page, backends: ss.Backends, header: dict[str, Any]) -> dict[str, Any]:
    """The picker: the list, the start, a weights file, sizes, Use and Download."""
    with gr.Accordion("Pretrained starts: COCO detectors and VOC segmenters (torchvision)",
                      open=False, elem_id="pretrained"):  # fmt: skip
        gr.Markdown(INTRO, elem_classes="mh-note")
        current = gr.Markdown(elem_id="pretrained-current")
        table = gr.Dataframe(headers=TABLE_HEADERS, interactive=False, wrap=True,
                             elem_id="pretrained-table", label="Starts",
                             column_widths=["21%", "11%", "6%", "8%", "6%", "48%"])  # fmt: skip
        with gr.Row(equal_height=False):
            # Plain names while the app starts: the labels (weights here, sizes) read
            # torchvision's weights metadata, and importing torchvision costs 80 MB of idle
            # memory; the page's first drawing gives the labels.
            choice = gr.Dropdown(pretrained_names(), value=None, label="Start", scale=3,
                                 elem_id="pretrained-choice", allow_custom_value=True)  # fmt: skip
            weights = gr.Textbox(label="Weights file (optional)", scale=3,
                                 elem_id="pretrained-weights",
                                 placeholder="empty: torchvision's cache ($TORCH_HOME)")  # fmt: skip
            min_size = gr.Number(None, label="Min size", precision=0, scale=1, visible=False,
                                 info="empty: 800", elem_id="pretrained-min")  # fmt: skip
            max_size = gr.Number(None, label="Max size", precision=0, scale=1, visible=False,
                                 info="empty: 1333", elem_id="pretrained-max")  # fmt: skip
            resize_size = gr.Number(None, label="Shorter side", precision=0, scale=1,
                                    visible=False, info="empty: 520",
                                    elem_id="pretrained-resize")  # fmt: skip
        with gr.Row():
            use_btn = gr.Button("Use this start (replaces the design)", variant="primary",
                                elem_id="pretrained-use")  # fmt: skip
            download_btn = gr.Button("Download weights", elem_id="pretrained-download")
        status = gr.Markdown(choice_info(None), elem_classes="mh-status",
                             elem_id="pretrained-status")  # fmt: skip
        listing = gr.JSON(visible=False)
    w = dict(locals())
    edit = [page.state, header["reply"], header["design"]]

    choice.change(
        lambda n: (choice_info(n), *_sizes_for(n)), [choice],
        [status, min_size, max_size, resize_size], api_visibility="private", queue=False,
    )  # fmt: skip
    page.ends(use_btn.click(
        act(starts.choose_pretrained, backends=backends),
        [page.state, choice, weights, min_size, max_size, resize_size], edit,
        api_name="choose_pretrained",
    ))  # fmt: skip
    page.ends(download_btn.click(download, [choice], [status], api_name="download_weights",
                                 concurrency_id="download", concurrency_limit=2))  # fmt: skip
    gr.on([], starts.start_rows, [], [listing], api_name="list_pretrained")
    return w


def download(name: str | None):
    """Download a start's weights (explicitly): status lines with size, destination, progress."""
    yield from starts.download(name)


def view_of(w: dict[str, Any]) -> Callable[[ss.Session], dict]:
    """The list (which weights are here now) and the start the design sits on."""

    def view(s: ss.Session) -> dict:
        if s.pretrained is not None:
            text = (
                f"The design sits on pretrained start **{s.pretrained.name}**: "
                f"{escape(starts.describe(s.pretrained))}."
            )
        else:
            text = f"The design sits on the zoo backbone **{escape(s.backbone)}**."
        return {
            w["current"]: text,
            w["table"]: _table(starts.start_rows()),
            w["choice"]: gr.update(choices=starts.start_choices()),
        }

    return view


def register(page: Page, w: dict[str, Any]) -> None:
    page.view([w["current"], w["table"], w["choice"]], view_of(w))


__all__ = ["TABLE_HEADERS", "build", "choice_info", "download", "register"]
