"""Robust image loading for the app, the command line and the data loaders.

:func:`load_image` takes a path, bytes, a file object, a PIL image or a numpy array and returns
an 8-bit RGB PIL image, upright (EXIF orientation applied), with transparency composited on
white. :func:`open_image` does the same and can decode a big photo *reduced*: a JPEG is decoded
at 1/2, 1/4 or 1/8 scale by the JPEG decoder itself (Pillow's draft mode), other formats are
box-reduced right after decoding, so a 50-megapixel phone photo costs what a 3-megapixel one
does. :func:`load_drawing` reads what a drawing canvas sends.

Only the formats in :data:`FORMATS` are read (never PostScript/EPS, which would run Ghostscript,
nor any other format Pillow happens to know). Everything a person can get wrong -- an empty file,
a file that is not an image, an image format that is not accepted, a truncated or corrupt image,
a decompression bomb, an image over the pixel limits -- raises :class:`ImageError`, a
``ValueError`` whose message names the file by its base name (never a server path) and the
problem.

Limits (see :mod:`designer.limits`): an image whose header declares more than
:data:`~designer.limits.MAX_IMAGE_PIXELS` is refused before any pixel is decoded; one that would
decode to more than :data:`~designer.limits.MAX_DECODE_PIXELS` (after the JPEG reduction, when
``max_side`` asks for one) is refused too.

Example:
    >>> from PIL import Image
    >>> rgba = Image.new("RGBA", (4, 3), (255, 0, 0, 0))
    >>> img = load_image(rgba)
    >>> img.mode, img.size, img.getpixel((0, 0))
    ('RGB', (4, 3), (255, 255, 255))
    >>> import io
    >>> buf = io.BytesIO()
    >>> Image.new("RGB", (4000, 3000), "teal").save(buf, "JPEG")
    >>> photo = open_image(buf.getvalue(), max_side=1000, name="IMG_0001.jpg")
    >>> photo.image.size, photo.original_size, photo.format
    ((1000, 750), (4000, 3000), 'JPEG')
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from designer.limits import MAX_DECODE_PIXELS, MAX_IMAGE_PIXELS

#: Default pixel limit (width * height) of a declared image size (see designer.limits).
MAX_PIXELS = MAX_IMAGE_PIXELS

#: The formats read, as Pillow names them. JPEG includes MPO, the multi-picture JPEG that many
#: phones write (Pillow opens it with its JPEG plugin).
FORMATS = ("JPEG", "PNG", "WEBP", "BMP", "GIF", "TIFF")
#: File name extensions of those formats (for file pickers and dataset folders).
EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")
#: Formats whose decoder can decode at a reduced scale (Pillow's ``draft``).
_DRAFT_FORMATS = frozenset({"JPEG", "MPO"})
#: What a file that is not an accepted image usually is, by its first bytes (for the message).
_SIGNATURES = (
    (b"%!PS", "a PostScript/EPS file, which is not accepted"),
    (b"\xc5\xd0\xd3\xc6", "a PostScript/EPS file, which is not accepted"),
    (b"%PDF", "a PDF document"),
    (b"<svg", "an SVG drawing (vector graphics)"),
    (b"<?xml", "an XML or SVG document"),
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"PK\x03\x04", "a zip archive"),
)

#: Modes that carry an alpha channel and are composited on white.
_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
#: Modes with more than 8 bits per sample (scaled to 8 bits by their range).
_WIDE_MODES = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N", "F"})
#: EXIF orientations that turn the stored image by 90 degrees (width and height swap).
_SWAPPING_ORIENTATIONS = frozenset({5, 6, 7, 8})


class ImageError(ValueError):
    """An input that cannot be used as an image; the message says which and why."""


@dataclass(frozen=True)
class LoadedImage:
    """An image as :func:`open_image` decoded it.

    Attributes:
        image: upright 8-bit RGB, possibly reduced (longest side at least the ``max_side``
            asked for, unless the original is smaller).
        original_size: ``(width, height)`` of the upright image at full resolution.
        format: the file's format (:data:`FORMATS`), or ``None`` for in-memory input.
    """

    image: Image.Image
    original_size: tuple[int, int]
    format: str | None = None

    @property
    def scale(self) -> float:
        """``image`` width over original width (1.0 when not reduced)."""
        return self.image.width / self.original_size[0]


def display_name(source: Any, name: str | None = None) -> str:
    """What messages call an input: ``name``, else a file's base name, never a folder path.

    Example:
        >>> display_name("/tmp/gradio/8f3a/photo.jpg"), display_name(b"..."), display_name(1, "x")
        ('photo.jpg', 'image', 'x')
    """
    if name:
        return name
    if isinstance(source, str | os.PathLike):
        return Path(source).name or "image"
    fname = getattr(source, "name", None)
    if isinstance(fname, str) and fname:
        return Path(fname).name or "image"
    return "image"


def _sniff(head: bytes) -> str | None:
    low = head.lstrip().lower()
    return next((what for sig, what in _SIGNATURES if low.startswith(sig.lower())), None)


def _pixels(n: int) -> str:
    return f"{n / 1e6:,.0f} megapixels" if n >= 10**6 else f"{n:,} pixels"


def _check_declared(w: int, h: int, max_pixels: int, label: str) -> None:
    if w <= 0 or h <= 0:
        raise ImageError(f"{label}: the image has no pixels ({w}x{h})")
    if w * h > max_pixels:
        raise ImageError(
            f"{label}: the file declares {w}x{h} ({_pixels(w * h)}), over the limit of "
            f"{_pixels(max_pixels)}; refused before decoding"
        )


def _check_decoded(
    w: int, h: int, max_decode: int, fmt: str | None, reduced: bool, label: str
) -> None:
    if w * h > max_decode:
        advice = "save it smaller"
        if fmt not in _DRAFT_FORMATS:
            how = f"{fmt or 'this format'} cannot be decoded reduced (JPEG can)"
            advice = "save it smaller or as a JPEG"
        elif reduced:
            how = "at the smallest scale the decoder offers for the size needed"
        else:
            how = "at full size"
        raise ImageError(
            f"{label}: {w}x{h} would decode to {_pixels(w * h)} ({how}), over the limit of "
            f"{_pixels(max_decode)}; {advice}"
        )


def _open_stream(source: Any, label: str) -> Any:
    """A seekable binary stream of ``source`` (a path, bytes or a file object)."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if not data:
            raise ImageError(f"{label}: the data is empty (0 bytes), not an image")
        return io.BytesIO(data)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ImageError(f"{label}: no such file")
        if path.stat().st_size == 0:
            raise ImageError(f"{label}: the file is empty (0 bytes), not an image")
        try:
            return path.open("rb")
        except OSError as e:
            raise ImageError(
                f"{label}: cannot be read ({e.strerror or type(e).__name__})"
            ) from None
    if hasattr(source, "read"):
        if not (hasattr(source, "seek") and source.seekable()):
            source = io.BytesIO(source.read())
        start = source.tell()
        empty = source.seek(0, io.SEEK_END) == start
        source.seek(start)
        if empty:
            raise ImageError(f"{label}: the file is empty (0 bytes), not an image")
        return source
    raise ImageError(
        f"{label}: cannot read an image from a {type(source).__name__}; "
        "give a path, bytes, a file object, a PIL image or a numpy array"
    )


def _describe_failure(e: BaseException) -> str:
    msg = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
    if "MAX_TEXT_CHUNK" in msg:  # Pillow's guard against text-chunk bombs in a PNG
        return "a text chunk of the PNG is too large (over Pillow's safety limit)"
    if "truncated" in msg.lower():
        return f"the image data is truncated ({msg})"
    return f"the image data is corrupt ({msg})"


def _decode(
    stream: Any, label: str, max_pixels: int, max_decode: int, max_side: int | None
) -> tuple[Image.Image, tuple[int, int], str | None]:
    """Open and decode the first frame: (image, full stored size, format)."""
    with warnings.catch_warnings():
        # Our limits, not Pillow's warning threshold, decide (its hard error still applies).
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            img = Image.open(stream, formats=FORMATS)
        except UnidentifiedImageError:
            stream.seek(0)
            what = _sniff(stream.read(64))
            accepted = ", ".join(FORMATS)
            raise ImageError(
                f"{label}: {'this is ' + what if what else 'not an image in an accepted format'}"
                f" (accepted: {accepted})"
            ) from None
        except Image.DecompressionBombError as e:
            raise ImageError(f"{label}: refused as a possible decompression bomb ({e})") from None
        except Exception as e:  # noqa: BLE001  (a decoder failing on hostile bytes, any type)
            raise ImageError(f"{label}: cannot be opened: {_describe_failure(e)}") from None
        full = img.size
        _check_declared(*full, max_pixels, label)
        fmt = img.format
        try:
            img.seek(0)  # the first frame of animations and multi-page files
            reduced = bool(max_side and fmt in _DRAFT_FORMATS and max(full) > max_side)
            if reduced:
                s = max_side / max(full)
                # The decoder picks the smallest scale (1/2, 1/4, 1/8) still at least this big.
                img.draft("RGB", (max(1, round(full[0] * s)), max(1, round(full[1] * s))))
            _check_decoded(*img.size, max_decode, fmt, reduced, label)
            img.load()
        except ImageError:
            raise
        except Image.DecompressionBombError as e:
            raise ImageError(f"{label}: refused as a possible decompression bomb ({e})") from None
        except MemoryError:
            raise ImageError(f"{label}: not enough memory to decode {full[0]}x{full[1]}") from None
        except Exception as e:  # noqa: BLE001  (a decoder failing on hostile bytes, any type)
            raise ImageError(f"{label}: {_describe_failure(e)}") from None
    return img, full, fmt


def _reduce(img: Image.Image, max_side: int | None) -> Image.Image:
    """Box-reduce by the largest integer factor that keeps the longest side >= ``max_side``."""
    if not max_side:
        return img
    factor = max(img.size) // max_side
    return img.reduce(factor) if factor >= 2 else img


def _orientation(img: Image.Image) -> int:
    try:
        return int(img.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001  (a broken EXIF block means "as stored")
        return 1


def open_image(
    source: Any,
    *,
    max_side: int | None = None,
    max_pixels: int = MAX_PIXELS,
    max_decode_pixels: int = MAX_DECODE_PIXELS,
    name: str | None = None,
    upright: bool = True,
) -> LoadedImage:
    """Open ``source`` as an upright 8-bit RGB image, reduced when it is much bigger than needed.

    Args:
        source: a path, ``bytes``, a binary file object, a ``PIL.Image.Image`` or a numpy
            array (``(H, W)``, ``(H, W, 3)`` or ``(H, W, 4)``; uint8, uint16 or float in [0, 1]).
        max_side: the longest side the caller needs; a bigger image is decoded reduced (by the
            JPEG decoder, or by an integer box reduction) to no less than this. ``None``: full
            resolution.
        max_pixels: refuse an image whose header declares more pixels (before decoding).
        max_decode_pixels: refuse an image that would decode to more pixels than this.
        name: what to call the input in messages (default: the file's base name).
        upright: apply the EXIF orientation (``False``: the pixels as stored, which is what
            dataset annotations are drawn on).

    Returns:
        A :class:`LoadedImage`.

    Raises:
        ImageError: for a missing, empty, unreadable, unaccepted, truncated, corrupt or too
            large image.

    Example:
        >>> import numpy as np
        >>> open_image(np.zeros((2000, 100, 3), np.uint8), max_side=500).image.size
        (25, 500)
    """
    label = display_name(source, name)
    if isinstance(source, np.ndarray):
        img = _from_array(source, max_pixels, label)
        return LoadedImage(_reduce(img, max_side), img.size)
    if isinstance(source, Image.Image):
        _check_declared(*source.size, max_pixels, label)
        img = _to_rgb(source, label, upright)
        return LoadedImage(_reduce(img, max_side), img.size, source.format)
    stream = _open_stream(source, label)
    try:
        img, full, fmt = _decode(stream, label, max_pixels, max_decode_pixels, max_side)
        turned = upright and _orientation(img) in _SWAPPING_ORIENTATIONS
        img = _reduce(_to_rgb(img, label, upright), max_side)
    finally:
        if stream is not source:
            stream.close()
    w, h = full
    return LoadedImage(img, (h, w) if turned else (w, h), fmt)


def open_raster(
    source: Any,
    *,
    max_pixels: int = MAX_PIXELS,
    max_decode_pixels: int = MAX_DECODE_PIXELS,
    name: str | None = None,
) -> Image.Image:
    """The first frame of an image file decoded in its own mode (no conversion, no rotation):
    what a mask of class indices needs. Same formats, limits and errors as :func:`open_image`.

    Example:
        >>> import io
        >>> buf = io.BytesIO()
        >>> Image.new("L", (5, 4), 3).save(buf, "PNG")
        >>> m = open_raster(buf.getvalue(), name="mask.png")
        >>> m.mode, m.size, m.getpixel((0, 0))
        ('L', (5, 4), 3)
    """
    label = display_name(source, name)
    if isinstance(source, Image.Image):
        _check_declared(*source.size, max_pixels, label)
        return source
    stream = _open_stream(source, label)
    try:
        return _decode(stream, label, max_pixels, max_decode_pixels, None)[0]
    finally:
        if stream is not source:
            stream.close()


def load_image(
    source: Any,
    *,
    max_pixels: int = MAX_PIXELS,
    name: str | None = None,
    max_side: int | None = None,
    max_decode_pixels: int = MAX_DECODE_PIXELS,
    upright: bool = True,
) -> Image.Image:
    """Open ``source`` as an upright 8-bit RGB image (:func:`open_image`'s ``image``).

    Args:
        source: a path, ``bytes``, a binary file object, a ``PIL.Image.Image`` or a numpy array.
        max_pixels: refuse images whose header declares more pixels (before decoding).
        name: what to call the input in error messages (default: the file's base name).
        max_side: decode reduced to no less than this longest side (``None``: full size).
        max_decode_pixels: refuse an image that would decode to more pixels than this.
        upright: apply the EXIF orientation (``False``: the pixels as stored).

    Returns:
        A loaded ``RGB`` image.

    Raises:
        ImageError: for a missing, empty, unreadable, truncated, corrupt or too large image.
    """
    return open_image(
        source,
        max_side=max_side,
        max_pixels=max_pixels,
        max_decode_pixels=max_decode_pixels,
        name=name,
        upright=upright,
    ).image


def load_drawing(value: Any, *, name: str = "drawing", max_side: int | None = None) -> Image.Image:
    """The picture a drawing canvas sends, as upright RGB on white.

    Args:
        value: an image editor's value -- a dict with ``composite`` (and ``background``,
            ``layers``), each a path, PIL image or array -- or one of those directly.
        name: what to call it in messages.
        max_side: as in :func:`open_image`.

    Raises:
        ImageError: for an empty canvas or a picture that is not a readable image.

    Example:
        >>> from PIL import Image
        >>> layer = Image.new("RGBA", (8, 8), (0, 0, 0, 0))
        >>> load_drawing({"composite": layer, "layers": [layer]}).getpixel((0, 0))
        (255, 255, 255)
    """
    picture = value
    if isinstance(value, dict):
        picture = value.get("composite")
        if picture is None:
            picture = value.get("background")
    if picture is None or (isinstance(picture, str) and not picture):
        raise ImageError(f"{name}: the canvas is empty; draw something first")
    if isinstance(picture, dict) and "path" in picture:  # a file reference (API clients)
        picture = picture["path"]
    return load_image(picture, name=name, max_side=max_side)


def image_size(
    source: Any, *, name: str | None = None, max_pixels: int = MAX_PIXELS
) -> tuple[int, int]:
    """``(width, height)`` of an image file from its header, upright, without decoding pixels.

    Raises:
        ImageError: for a file that is not an accepted image, or declares too many pixels.

    Example:
        >>> import io
        >>> from PIL import Image
        >>> buf = io.BytesIO()
        >>> Image.new("RGB", (30, 20)).save(buf, "PNG")
        >>> image_size(buf.getvalue())
        (30, 20)
    """
    label = display_name(source, name)
    if isinstance(source, Image.Image):
        return source.size
    stream = _open_stream(source, label)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                img = Image.open(stream, formats=FORMATS)
            except UnidentifiedImageError:
                raise ImageError(f"{label}: not an image in an accepted format") from None
            except Image.DecompressionBombError as e:
                raise ImageError(
                    f"{label}: refused as a possible decompression bomb ({e})"
                ) from None
            except Exception as e:  # noqa: BLE001  (a decoder failing on hostile bytes)
                raise ImageError(f"{label}: cannot be opened: {_describe_failure(e)}") from None
            w, h = img.size
            _check_declared(w, h, max_pixels, label)
            return (h, w) if _orientation(img) in _SWAPPING_ORIENTATIONS else (w, h)
    finally:
        if stream is not source:
            stream.close()


def _to_rgb(img: Image.Image, label: str, upright: bool = True) -> Image.Image:
    if upright:
        try:
            img = ImageOps.exif_transpose(img) or img
        except Exception:  # noqa: BLE001  (a broken EXIF block must not lose the image)
            pass
    mode = img.mode
    if mode == "P" or mode == "PA":
        img = (
            img.convert("RGBA")
            if "transparency" in img.info or mode == "PA"
            else img.convert("RGB")
        )
        mode = img.mode
    if mode in _WIDE_MODES:
        img = _wide_to_l(img)
        mode = img.mode
    if mode in _ALPHA_MODES:
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if mode == "RGB":
        return img
    try:
        return img.convert("RGB")
    except (ValueError, OSError) as e:
        raise ImageError(f"{label}: cannot convert mode {mode!r} to RGB ({e})") from None


def _wide_to_l(img: Image.Image) -> Image.Image:
    # 16-bit and float greyscale: scale by the sample range, not by clipping at 255.
    arr = np.asarray(img, dtype=np.float64)
    if img.mode == "F":
        arr = arr * 255.0 if arr.size and np.nanmax(arr) <= 1.0 else arr
    elif arr.size and arr.max() > 255:
        arr = arr / 257.0
    arr = np.nan_to_num(arr)
    return Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))


def _from_array(arr: np.ndarray, max_pixels: int, label: str) -> Image.Image:
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (3, 4)):
        raise ImageError(
            f"{label}: an image array is (H, W), (H, W, 3) or (H, W, 4), got {arr.shape}"
        )
    h, w = arr.shape[:2]
    _check_declared(w, h, max_pixels, label)
    if arr.dtype == np.uint16:
        arr = (arr.astype(np.float64) / 257.0 + 0.5).astype(np.uint8)
    elif np.issubdtype(arr.dtype, np.floating):
        arr = (np.clip(np.nan_to_num(arr), 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    elif arr.dtype == np.bool_:
        arr = arr.astype(np.uint8) * 255
    elif arr.dtype != np.uint8:
        raise ImageError(
            f"{label}: unsupported array dtype {arr.dtype}; use uint8, uint16 or float"
        )
    # uint8 arrays of these shapes map to L, RGB and RGBA images.
    return _to_rgb(Image.fromarray(np.ascontiguousarray(arr)), label)


__all__ = [
    "EXTENSIONS", "FORMATS", "MAX_PIXELS", "ImageError", "LoadedImage", "display_name",
    "image_size", "load_drawing", "load_image", "open_image", "open_raster",
]  # fmt: skip
