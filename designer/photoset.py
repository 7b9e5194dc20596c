"""A person's photos, per class, as the Train tab collects them (no gradio here).

A :class:`PhotoSet` is a frozen value like the session: classes in order, each with the files
of its photos (uploads and webcam frames). Every action is ``(photos, ...) -> (photos,
message)``; an action that cannot be done (an empty or repeated class name, a file that is not
an image, a class that is full) returns the *same* value and a message naming the class and
the file, and good files given with a bad one are still added. :func:`designer.photos.
photo_dataset` makes a dataset of it for training.

Example:
    >>> p, msg = add_class(PhotoSet(), "cat")
    >>> p, msg = add_class(p, "dog")
    >>> p, msg = rename_class(p, "dog", "puppy")
    >>> msg, p.names
    ("Renamed class 'dog' to 'puppy'.", ('cat', 'puppy'))
    >>> add_class(p, "cat")[1]
    "Not added: there is a class 'cat' already."
    >>> problem(p)
    "class 'cat' has no photos yet; add at least 2"
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Most classes a set holds.
MAX_CLASSES = 20
#: Most photos per class (features of a few hundred photos are cached in seconds).
MAX_PHOTOS = 300
#: Fewest photos per class to train (one goes to validation, one at least to training).
MIN_PHOTOS = 2
#: Longest class name.
MAX_NAME = 40
#: Thumbnails drawn per class card (the count says how many there are).
CARD_THUMBNAILS = 24
#: Thumbnail side, pixels.
THUMB_SIDE = 72


@dataclass(frozen=True)
class PhotoClass:
    """One class: its name and the files of its photos."""

    name: str
    images: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhotoSet:
    """Classes of photos, in order (the order is the head's output order)."""

    classes: tuple[PhotoClass, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.classes)

    def get(self, name: str | None) -> PhotoClass | None:
        return next((c for c in self.classes if c.name == name), None)

    def as_mapping(self) -> dict[str, list[str]]:
        """``{class: [files]}``, what :func:`designer.photos.photo_dataset` takes."""
        return {c.name: list(c.images) for c in self.classes}

    def to_json(self) -> dict[str, Any]:
        """For API replies: classes with their photo counts and file names (no server paths)."""
        return {
            "classes": [
                {"name": c.name, "count": len(c.images), "files": [Path(p).name for p in c.images]}
                for c in self.classes
            ],
            "total": sum(len(c.images) for c in self.classes),
        }


def _check_name(photos: PhotoSet, name: Any, *, other_than: str | None = None) -> str:
    text = str(name or "").strip()
    if not text:
        raise ValueError("give the class a name")
    if len(text) > MAX_NAME:
        raise ValueError(f"the class name is {len(text)} characters; at most {MAX_NAME}")
    if any(ord(ch) < 32 for ch in text):
        raise ValueError("the class name holds control characters")
    if text != other_than and text in photos.names:
        raise ValueError(f"there is a class {text!r} already")
    return text


def add_class(photos: PhotoSet, name: Any) -> tuple[PhotoSet, str]:
    """Add an empty class called ``name`` at the end."""
    try:
        text = _check_name(photos, name)
        if len(photos.classes) >= MAX_CLASSES:
            raise ValueError(f"a set holds at most {MAX_CLASSES} classes")
    except ValueError as e:
        return photos, f"Not added: {e}."
    new = PhotoSet((*photos.classes, PhotoClass(text)))
    return new, f"Added class {text!r}: now add its photos."


def _missing(photos: PhotoSet, name: Any) -> str:
    names = ", ".join(repr(n) for n in photos.names) or "none yet"
    return f"there is no class {name!r}; classes: {names}"


def rename_class(photos: PhotoSet, old: Any, new_name: Any) -> tuple[PhotoSet, str]:
    """Rename class ``old`` (its photos stay)."""
    if photos.get(old) is None:
        return photos, f"Not renamed: {_missing(photos, old)}."
    try:
        text = _check_name(photos, new_name, other_than=old)
    except ValueError as e:
        return photos, f"Not renamed: {e}."
    if text == old:
        return photos, "The name is unchanged."
    classes = tuple(
        dataclasses.replace(c, name=text) if c.name == old else c for c in photos.classes
    )
    return PhotoSet(classes), f"Renamed class {old!r} to {text!r}."


def remove_class(photos: PhotoSet, name: Any) -> tuple[PhotoSet, str]:
    """Remove class ``name`` and its photos."""
    gone = photos.get(name)
    if gone is None:
        return photos, f"Not removed: {_missing(photos, name)}."
    classes = tuple(c for c in photos.classes if c.name != name)
    return PhotoSet(classes), f"Removed class {name!r} and its {len(gone.images)} photos."


def clear_class(photos: PhotoSet, name: Any) -> tuple[PhotoSet, str]:
    """Remove the photos of class ``name`` (the class stays)."""
    cls = photos.get(name)
    if cls is None:
        return photos, f"Not cleared: {_missing(photos, name)}."
    classes = tuple(
        dataclasses.replace(c, images=()) if c.name == name else c for c in photos.classes
    )
    return PhotoSet(classes), f"Removed the {len(cls.images)} photos of class {name!r}."


def _file_name(item: Any) -> str:
    return Path(str(item)).name


def add_photos(photos: PhotoSet, name: Any, files: Sequence[Any] | None) -> tuple[PhotoSet, str]:
    """Add image files (uploads, webcam frames) to class ``name``.

    Each file is read now through the app's image loader, so a file that is not an image is
    named at once; the good files are added all the same. A class takes at most
    :data:`MAX_PHOTOS`.
    """
    from designer.images import ImageError, load_image

    cls = photos.get(name)
    if cls is None:
        return photos, f"Not added: {_missing(photos, name)}."
    paths = [str(getattr(f, "path", f)) for f in files or () if f]
    if not paths:
        return photos, f"Not added: no files for class {name!r}."
    room = MAX_PHOTOS - len(cls.images)
    good: list[str] = []
    bad: list[str] = []
    for path in paths:
        try:
            load_image(path, name=_file_name(path))
        except (ImageError, OSError, ValueError) as e:
            bad.append(str(e))
            continue
        good.append(path)
    skipped = max(0, len(good) - room)
    good = good[: max(0, room)]
    parts = []
    if good:
        parts.append(f"Added {len(good)} photo{'s' * (len(good) != 1)} to class {name!r} "
                     f"({len(cls.images) + len(good)} now).")  # fmt: skip
    if skipped:
        parts.append(f"Not added: {skipped} more (a class holds at most {MAX_PHOTOS}).")
    if bad:
        parts.append("Not added: " + "; ".join(bad) + ".")
    if not good:
        return photos, " ".join(parts)
    classes = tuple(
        dataclasses.replace(c, images=(*c.images, *good)) if c.name == name else c
        for c in photos.classes
    )
    return PhotoSet(classes), " ".join(parts)


def problem(photos: PhotoSet) -> str | None:
    """What stops training on the set (``None``: it can train)."""
    if len(photos.classes) < 2:
        n = len(photos.classes)
        return f"add at least two classes (there {'is' if n == 1 else 'are'} {n})"
    for c in photos.classes:
        if len(c.images) < MIN_PHOTOS:
            have = f"only {len(c.images)} photo" if c.images else "no photos yet"
            return f"class {c.name!r} has {have}; add at least {MIN_PHOTOS}"
    return None


@functools.lru_cache(maxsize=2048)
def _thumbnail(path: str, mtime_ns: int) -> str:
    # Keyed by modification time: a file written again under the same name is drawn again.
    from designer.images import load_image

    img = load_image(path, name=_file_name(path))
    img.thumbnail((THUMB_SIDE, THUMB_SIDE))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def thumbnail(path: str) -> str | None:
    """A small JPEG of the photo as a ``data:`` URL (``None`` when it can no longer be read)."""
    try:
        return _thumbnail(path, Path(path).stat().st_mtime_ns)
    except (OSError, ValueError):
        return None


def cards_html(photos: PhotoSet, selected: str | None = None) -> str:
    """One card per class: its name, how many photos and their thumbnails."""
    if not photos.classes:
        return (
            "<div class='mh-photo-empty'>No classes yet: name one above and press "
            "<b>Add class</b>.</div>"
        )
    cards = []
    for c in photos.classes:
        name = html.escape(c.name)
        thumbs = []
        for path in c.images[:CARD_THUMBNAILS]:
            url = thumbnail(path)
            if url is not None:
                thumbs.append(f"<img src='{url}' alt='{html.escape(_file_name(path))}'>")
        more = len(c.images) - CARD_THUMBNAILS
        if more > 0:
            thumbs.append(f"<span class='mh-photo-more'>+{more}</span>")
        body = "".join(thumbs) or "<span class='mh-photo-none'>no photos yet</span>"
        count = f"{len(c.images)} photo{'s' * (len(c.images) != 1)}"
        mark = " mh-photo-selected" if c.name == selected else ""
        cards.append(
            f"<div class='mh-photo-card{mark}' data-class='{name}' data-count='{len(c.images)}'>"
            f"<div class='mh-photo-title'><b>{name}</b> · {count}</div>"
            f"<div class='mh-photo-thumbs'>{body}</div></div>"
        )
    return "<div class='mh-photo-cards'>" + "".join(cards) + "</div>"


__all__ = [
    "MAX_CLASSES", "MAX_NAME", "MAX_PHOTOS", "MIN_PHOTOS", "PhotoClass", "PhotoSet",
    "add_class", "add_photos", "cards_html", "clear_class", "problem", "remove_class",
    "rename_class", "thumbnail",
]  # fmt: skip
