"""Robust image loading for the app and the command line.

:func:`load_image` takes a path, bytes, a file object, a PIL image or a numpy array and returns
an 8-bit RGB PIL image, upright (EXIF orientation applied), with transparency composited on
white. Everything a person can get wrong — an empty file, a file that is not an image, a
truncated or corrupt image, a decompression bomb, an image over the pixel limit — raises
:class:`ImageError` with a message naming the file and the problem.

Example:
    >>> from PIL import Image
    >>> rgba = Image.new("RGBA", (4, 3), (255, 0, 0, 0))
    >>> img = load_image(rgba)
    >>> img.mode, img.size, img.getpixel((0, 0))
    ('RGB', (4, 3), (255, 255, 255))
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from designer.limits import MAX_IMAGE_PIXELS

#: Default pixel limit (width * height): about a 40-megapixel photo (see designer.limits).
MAX_PIXELS = MAX_IMAGE_PIXELS

#: Modes that carry an alpha channel and are composited on white.
_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
#: Modes with more than 8 bits per sample (scaled to 8 bits by their range).
_WIDE_MODES = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N", "F"})


class ImageError(ValueError):
    """An input that cannot be used as an image; the message says which and why."""


def _describe(source: Any, name: str | None) -> str:
    if name:
        return name
    if isinstance(source, str | os.PathLike):
        return str(source)
    return getattr(source, "name", None) or f"<{type(source).__name__}>"


def load_image(
    source: Any, *, max_pixels: int = MAX_PIXELS, name: str | None = None
) -> Image.Image:
    """Open ``source`` as an upright 8-bit RGB image.

    Args:
        source: a path, ``bytes``, a binary file object, a ``PIL.Image.Image`` or a numpy
            array (``(H, W)``, ``(H, W, 3)`` or ``(H, W, 4)``; uint8, uint16 or float in [0, 1]).
        max_pixels: refuse images with more pixels than this (checked from the header,
            before decoding).
        name: what to call the input in error messages (default: its path or type).

    Returns:
        A loaded ``RGB`` image.

    Raises:
        ImageError: for a missing, empty, unreadable, truncated, corrupt or too large image.
    """
    label = _describe(source, name)
    if isinstance(source, Image.Image):
        return _to_rgb(_check_size(source, max_pixels, label), label)
    if isinstance(source, np.ndarray):
        return _from_array(source, max_pixels, label)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if not data:
            raise ImageError(f"{label}: the data is empty (0 bytes), not an image")
        stream: Any = io.BytesIO(data)
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ImageError(f"{label}: no such file")
        if path.stat().st_size == 0:
            raise ImageError(f"{label}: the file is empty (0 bytes), not an image")
        stream = path
    elif hasattr(source, "read"):
        stream = source
    else:
        raise ImageError(
            f"{label}: cannot read an image from a {type(source).__name__}; "
            "give a path, bytes, a file object, a PIL image or a numpy array"
        )
    with warnings.catch_warnings():
        # PIL warns (rather than raises) between its limit and twice its limit.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(stream)
        except UnidentifiedImageError:
            raise ImageError(
                f"{label}: not a recognised image format (or the file is corrupt)"
            ) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise ImageError(f"{label}: refused as a possible decompression bomb ({e})") from None
        except OSError as e:
            raise ImageError(f"{label}: cannot be opened ({e})") from None
        _check_size(img, max_pixels, label)
        try:
            img.seek(0)  # the first frame of animations and multi-page files
            img.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise ImageError(f"{label}: refused as a possible decompression bomb ({e})") from None
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            msg = str(e)
            what = "truncated" if "truncated" in msg.lower() else "corrupt"
            raise ImageError(
                f"{label}: the image data is {what} ({msg or type(e).__name__})"
            ) from None
    return _to_rgb(img, label)


def _check_size(img: Image.Image, max_pixels: int, label: str) -> Image.Image:
    w, h = img.size
    if w <= 0 or h <= 0:
        raise ImageError(f"{label}: the image has no pixels ({w}x{h})")
    if w * h > max_pixels:
        raise ImageError(
            f"{label}: {w}x{h} is {w * h:,} pixels, over the limit of {max_pixels:,}; "
            "resize it or raise max_pixels"
        )
    return img


def _to_rgb(img: Image.Image, label: str) -> Image.Image:
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
    if h * w > max_pixels:
        raise ImageError(f"{label}: {w}x{h} is over the limit of {max_pixels:,} pixels")
    if h == 0 or w == 0:
        raise ImageError(f"{label}: the image has no pixels ({w}x{h})")
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


__all__ = ["MAX_PIXELS", "ImageError", "load_image"]
