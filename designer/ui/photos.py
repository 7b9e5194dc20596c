"""Your own photos per class in the Train tab, the way Teachable Machine does it.

Name a class, add its photos (several uploads at once, or webcam frames), see each class's
thumbnails and count, rename or remove classes; the Train button then trains the design, a
classification head, on frozen backbone features of these photos. The photos are a
:class:`designer.photoset.PhotoSet` in a ``gr.State`` of their own (they are data, not the
design); every action is a named API endpoint replying ``(message, photos JSON)``:
``/photos_add_class``, ``/photos_rename_class``, ``/photos_remove_class``, ``/photos_clear``,
``/photos_add``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import photoset as ps
from designer.ui.common import ImagePath, escape

HOW = (
    "Add two or more classes and a few photos of each (ten or more tell them apart better), "
    "from files or the webcam. **Train** then learns a classification head on the backbone's "
    "frozen features in seconds, and Predict recognises these classes on new photos."
)


def _api(fn: Callable) -> Callable:
    """A photo-set action as an API endpoint: ``(photos, *inputs) -> (photos, message, JSON)``."""

    def run(photos: ps.PhotoSet | None, *inputs: Any):
        new, msg = fn(photos or ps.PhotoSet(), *inputs)
        return new, escape(msg), new.to_json()

    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


def _page(fn: Callable) -> Callable:
    """The same action for the page, which also redraws the selected class: one the action
    made (added, renamed) becomes selected; a removed one hands the selection to the last."""

    def run(photos: ps.PhotoSet | None, target: str | None, *inputs: Any):
        old = photos or ps.PhotoSet()
        new, msg = fn(old, *inputs)
        fresh = [n for n in new.names if n not in old.names]
        names = list(new.names)
        value = fresh[-1] if fresh else target if target in names else (names or [None])[-1]
        return new, escape(msg), new.to_json(), gr.update(choices=names, value=value)

    return run


def _cards(photos: ps.PhotoSet | None, target: str | None) -> str:
    return ps.cards_html(photos or ps.PhotoSet(), target)


def build(visible: bool = False) -> dict[str, Any]:
    """The photo panel (shown when the Train tab's data is "My photos")."""
    photos = gr.State(ps.PhotoSet())
    with gr.Column(visible=visible, variant="panel", elem_id="photos-panel") as panel:
        gr.Markdown(HOW, elem_classes="mh-note")
        with gr.Row(equal_height=False):
            class_name = gr.Textbox(label="Class name", placeholder="e.g. cat", scale=3,
                                    elem_id="photos-class-name")  # fmt: skip
            add_class_btn = gr.Button("Add class", variant="primary", scale=1, size="sm",
                                      elem_id="photos-add-class")  # fmt: skip
            rename_btn = gr.Button("Rename selected", scale=1, size="sm", elem_id="photos-rename")
            remove_btn = gr.Button("Remove selected", variant="stop", scale=1, size="sm",
                                   elem_id="photos-remove")  # fmt: skip
            clear_btn = gr.Button("Clear its photos", scale=1, size="sm", elem_id="photos-clear")
        target = gr.Radio([], label="Selected class (photos are added to it)",
                          elem_id="photos-target")  # fmt: skip
        with gr.Row(equal_height=False):
            uploads = gr.File(label="Upload photos to the selected class", file_count="multiple",
                              file_types=["image"], type="filepath", height=150,
                              elem_id="photos-upload")  # fmt: skip
            with gr.Column():
                webcam = ImagePath(label="Webcam", sources=["webcam"], type="filepath",
                                   height=200, elem_id="photos-webcam")  # fmt: skip
                frame_btn = gr.Button("Add this frame to the selected class", size="sm",
                                      elem_id="photos-add-frame")  # fmt: skip
        message = gr.Markdown(elem_classes="mh-status", elem_id="photos-message")
        cards = gr.HTML(ps.cards_html(ps.PhotoSet()), elem_id="photos-cards")
        listing = gr.JSON(visible=False)
        class_arg = gr.Textbox(visible=False)  # the class an API call names
    w = dict(locals())
    hidden = {"api_visibility": "private"}

    def wire(event, fn, inputs):
        return event(_page(fn), [photos, target, *inputs], [photos, message, listing, target],
                     **hidden).then(_cards, [photos, target], [cards], **hidden)  # fmt: skip

    def api(fn, inputs, name: str):
        gr.on([], _api(fn), [photos, *inputs], [photos, message, listing], api_name=name)

    for trigger in (add_class_btn.click, class_name.submit):
        wire(trigger, ps.add_class, [class_name])
    wire(rename_btn.click, ps.rename_class, [target, class_name])
    wire(remove_btn.click, ps.remove_class, [target])
    wire(clear_btn.click, ps.clear_class, [target])
    # Uploads go to the selected class; the box then empties for the next class's photos.
    wire(uploads.upload, ps.add_photos, [target, uploads]).then(
        lambda: None, [], [uploads], **hidden
    )
    wire(frame_btn.click, _add_frame, [target, webcam])
    target.input(_cards, [photos, target], [cards], **hidden)
    api(ps.add_class, [class_name], "photos_add_class")
    api(ps.rename_class, [class_arg, class_name], "photos_rename_class")
    api(ps.remove_class, [class_arg], "photos_remove_class")
    api(ps.clear_class, [class_arg], "photos_clear")
    api(ps.add_photos, [class_arg, uploads], "photos_add")
    return w


def _add_frame(photos: ps.PhotoSet, name: str | None, frame: str | None):
    """Add the webcam's current frame to class ``name``."""
    if not frame:
        return photos, "Not added: take a picture with the webcam first."
    return ps.add_photos(photos, name, [frame])


__all__ = ["HOW", "build"]
