"""Resource limits in one place: image pixels, upload bytes, design size, dataset size.

Everything a person hands the designer (an image, an uploaded file, a spec, a dataset) is checked
against these limits before anything large is allocated, and a refusal raises
:class:`LimitError` (a ``ValueError``) whose message says what was too large, the limit, and what
to do. A design over the parameter or FLOP limit raises :class:`DesignTooLargeError`, which is
also a :class:`heads.SpecError`, so code that reports spec problems reports it too.

The design check runs the analysis on the ``meta`` device (:func:`heads.analyze`): a design that
would need terabytes is refused in milliseconds, without allocating it.

Example:
    >>> import heads
    >>> spec = heads.get_preset("linear", 2048, num_classes=10)
    >>> check_design(spec).total_params
    20490
    >>> check_upload_size(3 * 2**20, "photo.jpg")
    >>> check_upload_size(MAX_UPLOAD_BYTES + 1, "huge.png")
    Traceback (most recent call last):
    ...
    designer.limits.LimitError: huge.png: 20,971,521 bytes is over the upload limit of 20,971,520 bytes (20 MB)
"""

from __future__ import annotations

import json
import re
from typing import Any

from heads.spec import SpecError

#: Largest image the app takes, in pixels (width * height) as its header declares them, checked
#: before decoding: anything bigger is refused as a possible decompression bomb. Generous: a
#: 108-megapixel phone photo passes (big JPEGs are decoded reduced, see designer.images).
MAX_IMAGE_PIXELS = 150_000_000
#: Largest image decoded, in pixels: a JPEG is decoded reduced to what the model and the display
#: need; other formats decode at full size (4 bytes a pixel in Pillow), so this caps the memory
#: one image can take (a 50-megapixel PNG: 200 MB).
MAX_DECODE_PIXELS = 52_000_000
#: Largest image in a training dataset, in pixels: datasets are read image after image, many
#: times over, and a labelled image this big is a mistake more often than a photo.
MAX_DATASET_IMAGE_PIXELS = 40_000_000
#: Largest uploaded file.
MAX_UPLOAD_BYTES = 20 * 2**20
#: Largest spec JSON file or text (a preset's spec is 1 to 3 KB; a design at :data:`MAX_NODES`
#: about 60 KB): checked before the text is parsed, whichever way it comes in (text box, file,
#: API, agent tool, compared spec).
MAX_SPEC_BYTES = 2_000_000
#: Deepest nesting of JSON a spec or a parameter value may have (a spec is four levels deep;
#: Python's parser would recurse until its stack runs out).
MAX_JSON_DEPTH = 32
#: Longest design name and longest text typed into a one-line field (a name, a class name, a
#: reference list), in characters.
MAX_NAME_CHARS = 200
MAX_FIELD_CHARS = 10_000
#: Largest design: nodes. The presets have 2 to 4 (a block is a whole tower or decoder); a
#: design this big still draws and analyses in well under a second.
MAX_NODES = 200
#: Largest design: parameters (400 MB of float32 weights).
MAX_PARAMS = 100_000_000
#: Largest design: FLOPs for one image at the analysis size (a multiply-add counts as two).
MAX_FLOPS = 2_000_000_000_000
#: The image size designs are checked at when the caller gives none.
DESIGN_CHECK_SIZE = 224
#: Largest weights file's tensors, in bytes, checked from the declared sizes (the safetensors
#: header, a torch archive's records) before anything is read: the zoo's largest backbone
#: (ViT-B/16, 346 MB) and a head at MAX_PARAMS (400 MB) fit.
MAX_WEIGHTS_BYTES = 2**30
#: Memory the process-wide caches may hold, in bytes of tensors: built backbones (the zoo's
#: largest, ViT-B/16, is 346 MB), head bundles read from files, built heads, backbone features per
#: image, raw head outputs per image and design. An entry bigger than its whole cache is used
#: once and not kept; the least recently used entries go first.
BACKBONE_CACHE_BYTES = 512 * 2**20
BUNDLE_CACHE_BYTES = 64 * 2**20
HEAD_CACHE_BYTES = 128 * 2**20
FEATURE_CACHE_BYTES = 32 * 2**20
OUTPUT_CACHE_BYTES = 32 * 2**20
#: Largest dataset: number of images and total bytes on disk (or uncompressed in a zip).
MAX_DATASET_IMAGES = 50_000
MAX_DATASET_BYTES = 4 * 2**30
#: Largest annotation file (COCO JSON, classes.txt), in bytes: read whole into memory.
MAX_ANNOTATION_BYTES = 256 * 2**20
#: Zip archives are measured from their directory before anything is extracted: members
#: (files and folders; an image and its mask are two), uncompressed bytes in all
#: (MAX_DATASET_BYTES), the compression ratio of the whole archive and of each member of 1 MiB
#: or more (images and masks are compressed already: a ratio near 1; zeros reach 1000), the
#: length of each name and of each name's parts, and the folder depth.
MAX_ZIP_MEMBERS = 2 * MAX_DATASET_IMAGES + 1000
MAX_ZIP_RATIO = 100
MAX_ZIP_NAME_CHARS = 1024
MAX_ZIP_PART_BYTES = 255
MAX_ZIP_DEPTH = 32


class LimitError(ValueError):
    """An input over a resource limit; the message names the input, its size and the limit."""


class DesignTooLargeError(SpecError, LimitError):
    """A design with more parameters or FLOPs than the designer builds."""


class TextError(ValueError):
    """Text that is not text a person types: a lone UTF-16 surrogate, a control character, or
    more characters than the field takes."""


#: Control characters refused in typed text (tab, newline and carriage return are kept).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def check_upload_size(size: int, name: str = "upload", limit: int = MAX_UPLOAD_BYTES) -> None:
    """Refuse an upload of ``size`` bytes over ``limit``.

    Raises:
        LimitError: naming the file, its size and the limit.
    """
    if size > limit:
        raise LimitError(
            f"{name}: {size:,} bytes is over the upload limit of {limit:,} bytes ({_mb(limit)})"
        )


def check_spec_size(size: int, name: str = "spec") -> None:
    """Refuse a spec file or text of ``size`` bytes over :data:`MAX_SPEC_BYTES`."""
    if size > MAX_SPEC_BYTES:
        raise LimitError(
            f"{name}: {size:,} bytes is over the limit of {MAX_SPEC_BYTES:,} bytes for a spec; "
            "a spec is a small JSON file"
        )


def check_text(text: str, what: str = "text", max_chars: int = MAX_FIELD_CHARS) -> str:
    """Refuse text with a lone surrogate, a control character or over ``max_chars``.

    A lone surrogate (``"\\ud800"`` in JSON) is not a character: no UTF-8 encoder takes it, so
    a name holding one would break every later reply that carries it. The message shows the
    character escaped, never the text itself.

    Returns:
        ``text``, unchanged.

    Raises:
        TextError: naming ``what``, the character and its position.

    Example:
        >>> check_text("head_v2", "node name")
        'head_v2'
        >>> check_text("a\\x00b", "node name")
        Traceback (most recent call last):
        ...
        designer.limits.TextError: node name: the control character U+0000 at position 2 is not allowed
    """
    if not isinstance(text, str):
        raise TextError(f"{what}: expected text, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextError(f"{what}: {len(text):,} characters is over the limit of {max_chars:,}")
    if m := _SURROGATE.search(text):
        raise TextError(
            f"{what}: a lone UTF-16 surrogate U+{ord(m.group()):04X} at position "
            f"{m.start() + 1} is not a character (text that was not UTF-8)"
        )
    if m := _CONTROL.search(text):
        raise TextError(
            f"{what}: the control character U+{ord(m.group()):04X} at position {m.start() + 1} "
            "is not allowed"
        )
    return text


def _depth(value: Any, limit: int) -> int:
    """How deeply ``value`` nests lists and objects (stops counting past ``limit``)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, list | dict):
            deepest = max(deepest, d)
            if deepest > limit:
                break
            stack.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return deepest


def parse_json(text: str | bytes, what: str = "JSON", max_bytes: int = MAX_SPEC_BYTES) -> Any:
    """JSON text a person gave, parsed within the limits: size, nesting, text.

    The size is checked before parsing; nesting deeper than :data:`MAX_JSON_DEPTH` is refused
    (Python's parser recurses, and 100,000 nested lists run out of stack); every string in it,
    keys too, is checked by :func:`check_text` (lone surrogates and control characters).

    Raises:
        LimitError: text over ``max_bytes``.
        TextError: not UTF-8, not JSON, nested too deeply, or a string that is not text.

    Example:
        >>> parse_json('{"dropout": 0.1}', "parameters")
        {'dropout': 0.1}
        >>> parse_json("[" * 100 + "]" * 100, "parameters")
        Traceback (most recent call last):
        ...
        designer.limits.TextError: parameters: the JSON is nested more than 32 levels deep
    """
    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise LimitError(
            f"{what}: {size:,} bytes is over the limit of {max_bytes:,} bytes; "
            "a spec is a small JSON file"
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise TextError(f"{what}: not UTF-8 text (byte {e.start + 1})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise TextError(
            f"{what}: not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})"
        ) from None
    except RecursionError:
        raise TextError(
            f"{what}: the JSON is nested more than {MAX_JSON_DEPTH} levels deep"
        ) from None
    if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise TextError(f"{what}: the JSON is nested more than {MAX_JSON_DEPTH} levels deep")
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            check_text(v, f"{what}: a string", max_bytes)
        elif isinstance(v, dict):
            for k, x in v.items():
                check_text(k, f"{what}: a key", max_bytes)
                stack.append(x)
        elif isinstance(v, list):
            stack.extend(v)
    return value


def check_image_pixels(
    width: int, height: int, name: str = "image", limit: int = MAX_IMAGE_PIXELS
) -> None:
    """Refuse an image of more than ``limit`` pixels (default :data:`MAX_IMAGE_PIXELS`)."""
    if width * height > limit:
        raise LimitError(
            f"{name}: {width}x{height} is {width * height:,} pixels, over the limit of "
            f"{limit:,}; resize it first"
        )


def check_design(
    spec: Any,
    image_size: int | tuple[int, int] = DESIGN_CHECK_SIZE,
    *,
    max_params: int = MAX_PARAMS,
    max_flops: int = MAX_FLOPS,
    max_nodes: int = MAX_NODES,
) -> Any:
    """Validate ``spec`` and refuse it when it is too large to build or run.

    Counts the nodes first (:data:`MAX_NODES`), then runs :func:`heads.analyze` on the
    ``meta`` device (no memory is allocated for weights).

    Returns:
        the :class:`heads.analysis.Analysis` of the spec at ``image_size``.

    Raises:
        heads.SpecError: for an invalid spec.
        DesignTooLargeError: naming the largest node, the totals and the limits.
    """
    from heads.analysis import analyze

    nodes = getattr(spec, "nodes", None)
    if nodes is not None and len(nodes) > max_nodes:
        raise DesignTooLargeError(
            f"the design has {len(nodes):,} nodes, over the limit of {max_nodes:,}; "
            "a block is a whole tower or decoder: use fewer, larger blocks",
            field="nodes",
        )
    a = analyze(spec, image_size)
    size = "x".join(map(str, a.image_size))
    if a.total_params > max_params:
        big = max(a.nodes, key=lambda n: n.params)
        raise DesignTooLargeError(
            f"the design has {a.total_params:,} parameters, over the limit of {max_params:,} "
            f"(node '{big.name}' alone has {big.params:,}); use fewer channels or layers",
            field="params",
        )
    if a.total_flops > max_flops:
        big = max(a.nodes, key=lambda n: n.flops)
        raise DesignTooLargeError(
            f"the design needs {a.total_flops / 1e9:,.0f} GFLOPs per {size} image, over the "
            f"limit of {max_flops / 1e9:,.0f} (node '{big.name}' alone needs "
            f"{big.flops / 1e9:,.0f}); use fewer channels, layers or a coarser level",
            field="flops",
        )
    return a


def check_dataset_size(num_images: int, num_bytes: int = 0, name: str = "dataset") -> None:
    """Refuse a dataset with more than :data:`MAX_DATASET_IMAGES` images or too many bytes."""
    if num_images > MAX_DATASET_IMAGES:
        raise LimitError(
            f"{name}: {num_images:,} images is over the limit of {MAX_DATASET_IMAGES:,}; "
            "train on a subset"
        )
    if num_bytes > MAX_DATASET_BYTES:
        raise LimitError(
            f"{name}: {num_bytes:,} bytes is over the limit of {MAX_DATASET_BYTES:,} bytes "
            f"({_mb(MAX_DATASET_BYTES)}); train on a subset"
        )


__all__ = [
    "BACKBONE_CACHE_BYTES",
    "BUNDLE_CACHE_BYTES",
    "FEATURE_CACHE_BYTES",
    "HEAD_CACHE_BYTES",
    "OUTPUT_CACHE_BYTES",
    "DESIGN_CHECK_SIZE",
    "MAX_ANNOTATION_BYTES",
    "MAX_DATASET_BYTES",
    "MAX_DATASET_IMAGES",
    "MAX_FLOPS",
    "MAX_NODES",
    "MAX_DATASET_IMAGE_PIXELS",
    "MAX_DECODE_PIXELS",
    "MAX_IMAGE_PIXELS",
    "MAX_PARAMS",
    "MAX_FIELD_CHARS",
    "MAX_JSON_DEPTH",
    "MAX_NAME_CHARS",
    "MAX_SPEC_BYTES",
    "MAX_UPLOAD_BYTES",
    "MAX_WEIGHTS_BYTES",
    "MAX_ZIP_DEPTH",
    "MAX_ZIP_MEMBERS",
    "MAX_ZIP_NAME_CHARS",
    "MAX_ZIP_PART_BYTES",
    "MAX_ZIP_RATIO",
    "DesignTooLargeError",
    "LimitError",
    "TextError",
    "check_dataset_size",
    "check_design",
    "check_image_pixels",
    "check_spec_size",
    "check_text",
    "check_upload_size",
    "parse_json",
]
