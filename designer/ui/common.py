"""What every tab shares: the page (one function draws every design-dependent widget), the
upload components that hand files to the app's own loader, and the page's look.

Example:
    >>> "mh-status" in CSS
    True
"""

from __future__ import annotations

import abc
import functools
import hashlib
import html
import inspect
import json
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from designer import limits
from designer import session as ss
from designer.images import ImageError
from heads.spec import SpecError

CSS = """
.mh-status {min-height: 2.2em; padding: 6px 10px; border-radius: 6px;
            background: var(--block-background-fill);}
.mh-problem {color: var(--error-text-color, #b91c1c);}
.mh-field-error input, .mh-field-error textarea {border-color: #dc2626 !important;}
.mh-field-error .mh-problem, .mh-field-error span[data-testid="block-info"] {color: #b91c1c;}
.mh-diagram img {max-height: 640px; object-fit: contain;}
.mh-stale img {opacity: 0.55; filter: grayscale(60%);}
.mh-note {font-size: 0.92em; opacity: 0.9;}
.mh-nodes .wrap {flex-direction: column; align-items: stretch;}
.mh-nodes .wrap label {width: 100%;}
.mh-legend {display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.92em;}
.mh-legend .mh-swatch {display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px;
                       vertical-align: -0.1em; margin-right: 4px;}
#export-code .cm-scroller {max-height: 640px; overflow: auto;}
.mh-warn {color: var(--color-orange-700, #b45309);}
.mh-photo-cards {display: flex; flex-direction: column; gap: 8px; padding: 8px;}
.mh-photo-card {border: 1px solid var(--border-color-primary); border-radius: 8px;
                padding: 6px 10px;}
.mh-photo-selected {border-color: var(--color-accent); box-shadow: 0 0 0 1px var(--color-accent);}
.mh-photo-title {margin-bottom: 4px;}
.mh-photo-thumbs {display: flex; flex-wrap: wrap; gap: 4px; align-items: center;}
.mh-photo-thumbs img {width: 56px; height: 56px; object-fit: cover; border-radius: 4px;}
.mh-photo-more, .mh-photo-none, .mh-photo-empty {opacity: 0.75; font-size: 0.92em;}
footer {display: none !important;}
"""
THEME = gr.themes.Soft(primary_hue="indigo", secondary_hue="slate")

#: The errors a person can cause: shown as messages, never as tracebacks.
USER_ERRORS = (SpecError, ImageError, ss.ServiceError, ValueError, OSError)


def escape(text: str) -> str:
    """User or block text for a Markdown widget: ``<stride>`` must not become an HTML tag."""
    return html.escape(str(text), quote=False)


#: Longest message sent back (a message quoting a person's text stops well before this).
MESSAGE_CHARS = 2000

# An absolute POSIX path of two or more parts, not the path of a URL (``http://host/a/b``).
_PATH = re.compile(r"(?<![\w.:/~-])/(?:[\w.@+-]+/)+([\w.@+-]*)")
_LONG_NUMBER = re.compile(r"\d{25,}")


def clean(text: Any) -> str:
    """A message as the page and API callers get it: no server paths, nothing unsendable.

    Absolute paths (a temporary upload, the checkout) become their last part; lone surrogates
    and control characters are shown escaped (a reply holding one could not be encoded);
    numbers of more than 24 digits are shortened, and the whole is cut to
    :data:`MESSAGE_CHARS`.

    Example:
        >>> clean("/tmp/gradio/1f3a/photo.png: 9000x9000 is over the limit")
        'photo.png: 9000x9000 is over the limit'
        >>> clean("name 'a\\ud800' " + "1" * 40)
        "name 'a\\\\ud800' 1111111111... (40 digits)"
    """
    text = _PATH.sub(lambda m: m.group(1) or "the folder", str(text))
    text = _LONG_NUMBER.sub(lambda m: f"{m.group()[:10]}... ({len(m.group())} digits)", text)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(
        ch if ch in "\t\n\r" or not (ord(ch) < 32 or ord(ch) == 127) else f"\\x{ord(ch):02x}"
        for ch in text
    )
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 3] + "..."


def check_inputs(values: Any, names: Any = ()) -> None:
    """Refuse an event's inputs holding text that is not text (see :func:`designer.limits.check_text`).

    Walks strings, lists and dicts (not files, images or the session). A field's own limit is
    the endpoint's to state (a spec's bytes, a name's characters); text of twice the largest of
    them, :data:`designer.limits.MAX_SPEC_BYTES`, is refused here, whatever the field.

    Raises:
        designer.limits.TextError: naming the input.
    """
    names = list(names)
    stack = [
        (v, f"field {names[i]!r}" if i < len(names) else f"input {i + 1}")
        for i, v in enumerate(values)
    ]
    while stack:
        v, where = stack.pop()
        if isinstance(v, str):
            limits.check_text(v, where, 2 * limits.MAX_SPEC_BYTES)
        elif isinstance(v, dict):
            stack.extend((x, f"{where}: {k!r}") for k, x in v.items())
            stack.extend((k, f"{where}: a key") for k in v if isinstance(k, str))
        elif isinstance(v, list | tuple):
            stack.extend((x, where) for x in v)


def _parameter_names(fn: Callable) -> list[str]:
    try:
        return list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return []


def _named(args: list[Any], fn: Callable) -> tuple[list[Any], list[str]]:
    names = [n for n in _parameter_names(fn) if n not in ("session", "s")]
    return args, names


def raising(fn: Callable) -> Callable:
    """For API endpoints: a person's error becomes a clear ``gr.Error`` (what gradio_client
    raises as ``AppError``); anything else is logged and reported by type, never as a
    traceback. Every message goes through :func:`clean`."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            check_inputs(*_named([a for a in args if not isinstance(a, ss.Session)], fn))
            return fn(*args, **kwargs)
        except gr.Error as e:
            raise gr.Error(clean(e.message)) from None
        except (*USER_ERRORS, limits.TextError) as e:
            raise gr.Error(clean(e)) from None
        except RecursionError:
            raise gr.Error("the input is nested too deeply to read") from None
        except Exception as e:  # noqa: BLE001
            traceback.print_exc()
            raise gr.Error(clean(f"{type(e).__name__}: {e}")) from None

    return wrapper


def act(fn: Callable, *bound: Any, **options: Any) -> Callable:
    """A session action as an endpoint: ``(session, *inputs) -> (session, message, JSON)``.

    The page shows the message from the session (and the problem at its node); API callers
    get it with the design's remaining problem appended. An action that fails -- text that is
    not text, input nested too deeply, an error the action did not expect, a result that
    could not be sent -- leaves the session as it was and says why: a failed action never
    leaves the session unusable.
    """

    names = _parameter_names(fn)[1 + len(bound) :]

    def run(session: ss.Session, *inputs: Any):
        try:
            check_inputs(inputs, names)
            new, msg = fn(session, *bound, *inputs, **options)
        except limits.TextError as e:
            new, msg = session, f"Not done: {e}."
        except RecursionError:
            new, msg = session, "Not done: the input is nested too deeply to read."
        except USER_ERRORS as e:
            new, msg = session, f"Not done: {e}"
        except Exception as e:  # noqa: BLE001  (the page must keep working)
            traceback.print_exc()
            new, msg = (
                session,
                f"Not done: an internal error ({type(e).__name__}); nothing changed.",
            )
        msg = clean(msg)
        if msg:
            new = ss.say(new, msg)
        try:
            design = ss.to_json_dict(new)
            json.dumps(design, ensure_ascii=False).encode("utf-8")
        except Exception as e:  # noqa: BLE001  (a design no reply can carry is not kept)
            traceback.print_exc()
            new = ss.say(
                session, msg := f"Not done: the result cannot be sent ({type(e).__name__})."
            )
            design = ss.to_json_dict(session)
        return new, clean(msg + ss.problem_suffix(new)).strip(), design

    # Named after the action, but not ``functools.wraps``: gradio reads the signature, and
    # this one takes the session plus the event's inputs.
    run.__name__ = getattr(fn, "__name__", "action")
    run.__doc__ = fn.__doc__
    return run


# ---------------------------------------------------------------------------------------------
# The page: every action ends by drawing the design-dependent widgets from the session
# ---------------------------------------------------------------------------------------------

View = Callable[[ss.Session], dict]


#: Sessions whose follow-up drawings :class:`Page` remembers (the oldest is forgotten first).
FOLLOWED_SESSIONS = 256


def _digest(value: Any) -> str | None:
    """A digest of a plain JSON value (``None`` for anything else: always sent)."""

    def refuse(obj: Any) -> Any:
        raise TypeError(type(obj).__name__)

    try:
        text = json.dumps(value, sort_keys=True, default=refuse)
    except (TypeError, ValueError):
        return None
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


@dataclass
class Page:
    """The session's ``gr.State`` and the views that draw widgets from it.

    Each tab registers a view (``session -> {component: value or update}``) for the widgets
    that follow the design, and passes every event that changes the session to :meth:`ends`;
    :meth:`draw` is the one function that redraws them all, and :meth:`finish` makes every
    registered event end with it (events passed after :meth:`finish` are chained at once).
    """

    state: gr.State
    header: dict[str, Any] = field(default_factory=dict)
    views: list[View] = field(default_factory=list)
    outputs: list[Any] = field(default_factory=list)
    pending: list[Any] = field(default_factory=list)
    ready: bool = False
    #: Per session id, what :meth:`draw_changes` last sent (component -> digest).
    followed: dict[str, dict[Any, str | None]] = field(default_factory=dict)
    #: ``(fn, inputs, outputs)`` to run when the session changes outside an event (a direct
    #: canvas edit), as ``state.change`` listeners run for an event's change.
    on_change: list[tuple[Any, list, list]] = field(default_factory=list)

    def view(self, outputs: list[Any], fn: View) -> None:
        """Register ``fn`` as the drawer of ``outputs``."""
        self.outputs.extend(outputs)
        self.views.append(fn)

    def draw(self, session: ss.Session) -> dict:
        """Every design-dependent widget, drawn from ``session``."""
        self.followed.pop(session.id, None)  # the page now shows what this drawing gives
        out: dict = {}
        for fn in self.views:
            out.update(fn(session))
        return out

    def draw_changes(self, session: ss.Session) -> dict:
        """The widgets whose drawing changed since the last :meth:`draw_changes` of this
        session, with no :meth:`draw` in between (else every widget).

        For a run of follow-ups (the canvas's ``edited``): each output Gradio's page updates
        costs it a walk of the whole page, and most widgets do not change with one edit.
        Values that are not plain JSON are always sent.
        """
        out: dict = {}
        for fn in self.views:
            out.update(fn(session))
        before = self.followed.pop(session.id, None) or {}
        after = {key: _digest(value) for key, value in out.items()}
        self.followed[session.id] = after
        while len(self.followed) > FOLLOWED_SESSIONS:
            self.followed.pop(next(iter(self.followed)))
        return {k: v for k, v in out.items() if after[k] is None or before.get(k) != after[k]}

    def ends(self, event: Any) -> Any:
        """Make ``event`` end by drawing the page; returns the chained event."""
        if self.ready:
            return event.then(self._draw, [self.state], self.outputs, api_visibility="private")
        self.pending.append(event)
        return event

    def finish(self) -> None:
        self.ready = True
        for event in self.pending:
            self.ends(event)
        self.pending.clear()

    def _draw(self, session: ss.Session) -> dict:
        try:
            return self.draw(session)
        except Exception:  # noqa: BLE001  (a drawing bug must not take the page down)
            traceback.print_exc()
            return {}


# ---------------------------------------------------------------------------------------------
# Uploads go to the app's loader
# ---------------------------------------------------------------------------------------------


def _saved(item: Any, name: str) -> str | None:
    """An upload's server path; bytes (the editor's in-memory layers) are written to a file."""
    if item is None:
        return None
    if isinstance(item, bytes | bytearray | memoryview):
        path = ss.output_dir() / name
        path.write_bytes(bytes(item))
        return str(path)
    return item.path


class _NoStub(type(gr.Image)):
    """Gradio's component metaclass, less the ``.pyi`` stub it writes beside the defining
    module at import time. The subclasses here add no events and no constructor arguments
    (all a stub would describe), and a package must not write into its own folder."""

    def __new__(mcs, name: str, bases: tuple, attrs: dict):
        return abc.ABCMeta.__new__(mcs, name, bases, attrs)


class ImagePath(gr.Image, metaclass=_NoStub):
    """An image input that hands the uploaded file's path to the app unopened.

    ``gr.Image`` opens every upload with PIL before the event runs, so a corrupt or empty file
    fails inside Gradio, the page shows only red "Error" badges and the reason reaches only the
    server log. This one passes the path on, and :func:`designer.session.load_upload` gives
    each bad file the app's own message.
    """

    is_template = True  # drawn by the frontend's image component

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        if payload.path is None and payload.url and payload.url.startswith("data:"):
            import base64

            data = base64.b64decode(payload.url.split(",", 1)[1])
            return _saved(data, "pasted.png")
        return payload.path


class SketchPaths(gr.Sketchpad, metaclass=_NoStub):
    """A drawing canvas whose value reaches the app as file paths, unopened (see
    :class:`ImagePath`): ``{"background": path, "layers": [paths], "composite": path}``."""

    def get_block_name(self) -> str:
        return "imageeditor"

    def preprocess(self, payload: Any) -> dict | None:
        if payload is None:
            return None
        if payload.id is not None:
            blobs = self.blob_storage.pop(payload.id, None)
            if blobs is not None:
                payload = blobs
        return {
            "background": _saved(payload.background, "background.png"),
            "layers": [
                p for i, x in enumerate(payload.layers) if (p := _saved(x, f"layer{i}.png"))
            ],
            "composite": _saved(payload.composite, "drawing.png"),
        }


class NumberValue(gr.Number, metaclass=_NoStub):
    """A number input that hands the app what was sent, for the session to check.

    ``gr.Number`` converts with ``float()`` before the event runs: JSON's ``true`` arrives as
    ``1`` (a boolean taken for a count), ``2.5`` is rounded to a whole number, and text that is
    not a number fails inside Gradio with a generic error. This one passes booleans, text and
    fractions on unconverted, and the session's
    :func:`designer.session.whole_number` names what is wrong.
    """

    def get_block_name(self) -> str:
        return "number"

    def preprocess(self, payload: Any) -> Any:
        if payload is None or isinstance(payload, bool | str):
            return payload
        if self.precision == 0 and isinstance(payload, float) and not payload.is_integer():
            return payload  # not rounded: 2.5 classes is a mistake to name, not to guess
        return super().preprocess(payload)


def upload_name(path: str | None) -> str:
    """An upload as the page names it: the file's own name, never the server folder."""
    return Path(path).name if path else ""


__all__ = [
    "CSS", "MESSAGE_CHARS", "THEME", "ImagePath", "NumberValue", "act", "check_inputs", "clean", "Page", "SketchPaths", "USER_ERRORS", "escape", "raising",
    "upload_name",
]  # fmt: skip
