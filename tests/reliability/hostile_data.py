"""A corpus of broken and hostile datasets, written into a folder when the tests run.

Nothing here is committed as data: every case is generated in a fixture (the largest file is a
zip bomb of about 70 kB). Each :class:`Case` says which task it is for, how to build it, and
the message (a regular expression) that must name the file and the field at fault.

Kinds: malformed COCO JSON (types, missing fields, NaN/Infinity, duplicates, nesting), COCO
``file_name`` outside the dataset, zip archives that must be refused before extraction (bombs,
traversal, long or deep names, encrypted members, unknown compression, duplicates) or that fail
while extracting (bad CRC), images inside datasets (a 30000x30000 1-bit PNG, an 8000x8000 image
over the dataset pixel limit, EPS, truncated files, a mask bomb), and annotation side files.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

#: The file a payload would create if it escaped (no test may ever find it).
MARKER = "MH_PAYLOAD_RAN.txt"


def png(w: int = 32, h: int = 24, seed: int = 0, mode: str = "RGB") -> bytes:
    rng = np.random.default_rng(seed)
    arr = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
    img = Image.fromarray(arr)
    if mode != "RGB":
        img = img.convert(mode)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bilevel_bomb_png(side: int = 30_000) -> bytes:
    """A real ``side`` x ``side`` 1-bit PNG of zeros: ~110 kB that PIL would decode to 900 MP."""
    row = b"\0" * (1 + (side + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def big_png(side: int = 8000) -> bytes:
    """A real ``side`` x ``side`` greyscale PNG (64 MP at 8000), a few kB on disk."""
    row = b"\0" * (1 + side)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def header_bomb_png(w: int, h: int) -> bytes:
    """A PNG header declaring ``w`` x ``h`` with almost no data."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 16)) + _chunk(b"IEND", b"")
    )  # fmt: skip


def eps() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(buf, "EPS")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Dataset layouts
# ---------------------------------------------------------------------------------------------


def image_folder(root: Path, extra: dict[str, bytes] | None = None, per_class: int = 3) -> Path:
    """``root/<class>/<i>.png`` for classes ``a`` and ``b``, plus ``extra`` files by name."""
    for k, c in enumerate("ab"):
        (root / c).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            (root / c / f"{i}.png").write_bytes(png(seed=10 * k + i))
    for name, data in (extra or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def coco_folder(root: Path, data: object, images: dict[str, bytes] | None = None) -> Path:
    """``root/annotations.json`` holding ``data`` (NaN/Infinity written as Python does)."""
    (root / "images").mkdir(parents=True, exist_ok=True)
    for name, raw in (images or {"a.png": png(), "b.png": png(seed=1)}).items():
        (root / "images" / name).write_bytes(raw)
    text = data if isinstance(data, str) else json.dumps(data)
    (root / "annotations.json").write_text(text)
    return root


def good_coco() -> dict:
    return {
        "images": [
            {"id": 1, "file_name": "a.png", "width": 32, "height": 24},
            {"id": 2, "file_name": "b.png", "width": 32, "height": 24},
        ],
        "annotations": [
            {"id": 10, "image_id": 1, "category_id": 3, "bbox": [2, 2, 10, 8]},
            {"id": 11, "image_id": 2, "category_id": 7, "bbox": [4, 4, 12, 12]},
        ],
        "categories": [{"id": 3, "name": "cat"}, {"id": 7, "name": "dog"}],
    }


def coco_with(**changes) -> dict:
    """:func:`good_coco` with top-level keys replaced, or ``path=value`` edits such as
    ``annotations__0__bbox=[...]``."""
    data = good_coco()
    for key, value in changes.items():
        parts = key.split("__")
        target = data
        for p in parts[:-1]:
            target = target[int(p)] if isinstance(target, list) else target[p]
        last = parts[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return data


def mask_folder(root: Path, mask: bytes | None = None, classes: bytes | None = None) -> Path:
    (root / "images").mkdir(parents=True)
    (root / "masks").mkdir()
    for i in range(3):
        (root / "images" / f"{i}.png").write_bytes(png(seed=i))
        m = Image.fromarray(np.zeros((24, 32), np.uint8))
        buf = io.BytesIO()
        m.save(buf, "PNG")
        (root / "masks" / f"{i}.png").write_bytes(buf.getvalue())
    if mask is not None:
        (root / "masks" / "0.png").write_bytes(mask)
    if classes is not None:
        (root / "classes.txt").write_bytes(classes)
    return root


# ---------------------------------------------------------------------------------------------
# Zips
# ---------------------------------------------------------------------------------------------


def write_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    return path


def folder_members(prefix: str = "data/") -> dict[str, bytes]:
    """An ImageFolder dataset's files as zip members."""
    out = {}
    for k, c in enumerate("ab"):
        for i in range(3):
            out[f"{prefix}{c}/{i}.png"] = png(seed=10 * k + i)
    return out


def patch_zip(path: Path, member: str, *, flag_bits: int = 0, method: int | None = None,
              corrupt: bool = False) -> Path:  # fmt: skip
    """Edit one member's headers (local and central) or flip a byte of its data in place."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    local = info.header_offset
    assert raw[local : local + 4] == b"PK\x03\x04"
    name_len, extra_len = struct.unpack("<HH", raw[local + 26 : local + 30])
    eocd = raw.rfind(b"PK\x05\x06")
    pos = struct.unpack("<I", raw[eocd + 16 : eocd + 20])[0]  # the central directory
    while True:  # this member's central entry
        assert raw[pos : pos + 4] == b"PK\x01\x02"
        n, m, k = struct.unpack("<HHH", raw[pos + 28 : pos + 34])
        if raw[pos + 46 : pos + 46 + n].decode() == member:
            break
        pos += 46 + n + m + k
    if flag_bits:
        for off in (local + 6, pos + 8):
            (bits,) = struct.unpack("<H", raw[off : off + 2])
            raw[off : off + 2] = struct.pack("<H", bits | flag_bits)
    if method is not None:
        raw[local + 8 : local + 10] = struct.pack("<H", method)
        raw[pos + 10 : pos + 12] = struct.pack("<H", method)
    if corrupt:
        data = local + 30 + name_len + extra_len
        raw[data + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def zeros_bomb(path: Path, members: int = 64, size: int = 2**20) -> Path:
    """``members`` members of ``size`` zero bytes each (64 MB from about 70 kB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zeros = b"\0" * size
        for i in range(members):
            zf.writestr(f"data/a/{i}.png", zeros)
    return path


# ---------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile input: ``build(folder)`` writes it under ``folder`` and returns its path."""

    name: str
    task: str
    build: Callable[[Path], Path]
    message: str  # a regular expression the error must match (it names the file and field)


def _coco_case(name: str, data: object, message: str, images=None) -> Case:
    return Case(name, "detection", lambda d: coco_folder(d / name, data, images), message)


def _outside_image(d: Path) -> str:
    """A real image outside the dataset: reading it would be a leak. Returns its absolute path."""
    secret = d / "outside" / "secret.png"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_bytes(png(seed=99))
    return str(secret)


def _traversal_coco(d: Path, how: str) -> Path:
    secret = _outside_image(d)
    fname = {"dotdot": "../../outside/secret.png", "absolute": secret,
             "backslash": "..\\..\\outside\\secret.png", "drive": "C:/outside/secret.png"}[how]  # fmt: skip
    data = coco_with(images__1__file_name=fname)
    return coco_folder(d / f"coco_{how}", data)


COCO_CASES = [
    _coco_case("coco_mixed_category_ids", coco_with(categories=[{"id": 3}, {"id": "7"}]),
               r"annotations\.json: categories\[1\]\.id must be an integer, got '7' \(a string\)"),
    _coco_case("coco_category_without_id", coco_with(categories=[{"id": 3}, {"name": "dog"}]),
               r"annotations\.json: categories\[1\]\.id is missing"),
    _coco_case("coco_category_id_float", coco_with(categories=[{"id": 3}, {"id": 7.5}]),
               r"categories\[1\]\.id must be an integer, got 7\.5 \(a number\)"),
    _coco_case("coco_duplicate_category", coco_with(categories=[{"id": 3}, {"id": 3}]),
               r"categories\[1\]\.id 3 is used twice"),
    _coco_case("coco_category_name_object",
               coco_with(categories=[{"id": 3, "name": {"en": "cat"}}, {"id": 7}]),
               r"categories\[0\]\.name must be a string, got \{\"en\": \"cat\"\} \(an object\)"),
    _coco_case("coco_images_object", coco_with(images={"id": 1, "file_name": "a.png"}),
               r"annotations\.json: images must be a list, got an object"),
    _coco_case("coco_no_categories", {k: v for k, v in good_coco().items() if k != "categories"},
               r"annotations\.json: categories must be a list, got missing"),
    _coco_case("coco_top_level_array", [good_coco()],
               r"annotations\.json: a COCO file is an object .*; got a list"),
    _coco_case("coco_image_id_list", coco_with(images__0__id=[1]),
               r"annotations\.json: images\[0\]\.id must be an integer, got \[1\] \(a list\)"),
    _coco_case("coco_image_id_bool", coco_with(images__0__id=True),
               r"images\[0\]\.id must be an integer, got true \(a boolean\)"),
    _coco_case("coco_duplicate_image_id", coco_with(images__1__id=1),
               r"images\[1\]\.id 1 is used twice"),
    _coco_case("coco_file_name_number", coco_with(images__0__file_name=5),
               r"images\[0\]\.file_name must be a string, got 5 \(a number\)"),
    _coco_case("coco_file_name_empty", coco_with(images__0__file_name=""),
               r"images\[0\]\.file_name '' is empty"),
    _coco_case("coco_width_negative", coco_with(images__0__width=-32),
               r"images\[0\]: width and height must be positive integers, got -32 and 24"),
    _coco_case("coco_width_nan", coco_with(images__0__width=float("nan")),
               r"images\[0\]: width and height must be positive integers, got NaN and 24"),
    _coco_case("coco_annotations_numbers", coco_with(annotations=[1, 2]),
               r"annotations\.json: annotations\[0\] must be an object, got 1 \(a number\)"),
    _coco_case("coco_bbox_null", coco_with(annotations__0__bbox=[None, 2, 10, 8]),
               r"annotations\[0\] \(id 10\)\.bbox \[null, 2, 10, 8\] must hold 4 finite numbers"),
    _coco_case("coco_bbox_infinity", coco_with(annotations__0__bbox=[2, 2, float("inf"), 8]),
               r"annotations\[0\] \(id 10\)\.bbox \[2, 2, Infinity, 8\] must hold 4 finite"),
    _coco_case("coco_bbox_nan", coco_with(annotations__1__bbox=[float("nan"), 2, 3, 4]),
               r"annotations\[1\] \(id 11\)\.bbox \[NaN, 2, 3, 4\] must hold 4 finite"),
    _coco_case("coco_bbox_strings", coco_with(annotations__0__bbox=["2", "2", "10", "8"]),
               r"annotations\[0\] \(id 10\)\.bbox .* must hold 4 finite numbers"),
    _coco_case("coco_bbox_three_values", coco_with(annotations__0__bbox=[2, 2, 10]),
               r"annotations\[0\] \(id 10\)\.bbox must be \[x, y, width, height\], got \[2, 2, 10\]"),
    _coco_case("coco_bbox_negative_size", coco_with(annotations__0__bbox=[20, 2, -10, 8]),
               r"annotations\[0\] \(id 10\)\.bbox \[20, 2, -10, 8\] has a negative width"),
    _coco_case("coco_image_id_unknown", coco_with(annotations__0__image_id=99),
               r"annotations\[0\] \(id 10\)\.image_id 99 is not the id of an image"),
    _coco_case("coco_image_id_string", coco_with(annotations__0__image_id="1"),
               r"annotations\[0\] \(id 10\)\.image_id must be an integer, got '1' \(a string\)"),
    _coco_case("coco_category_unknown", coco_with(annotations__1__category_id=8),
               r"annotations\[1\] \(id 11\)\.category_id 8 is not a category; categories are 3, 7"),
    _coco_case("coco_iscrowd_word", coco_with(annotations__0__iscrowd="yes"),
               r"annotations\[0\] \(id 10\)\.iscrowd must be 0 or 1, got 'yes'"),
    _coco_case("coco_polygon_too_short",
               coco_with(annotations__0__segmentation=[[1, 1, 5, 5]]),
               r"annotations\[0\] \(id 10\)\.segmentation: polygon 0 must be a list of at least 3"),
    _coco_case("coco_rle_bad_counts",
               coco_with(annotations__0__segmentation={"size": [24, 32], "counts": [-5, 3]}),
               r"annotations\[0\] \(id 10\)\.segmentation: an RLE needs counts as a string"),
    _coco_case("coco_rle_wrong_total",
               coco_with(annotations__0__segmentation={"size": [24, 32], "counts": [5, 3]}),
               r"segmentation: the RLE counts cover 8 pixels, not 24x32"),
    _coco_case("coco_not_json", "{\"images\": [", r"annotations\.json: not readable JSON"),
    _coco_case("coco_deep_nesting", "[" * 100_000 + "]" * 100_000,
               r"annotations\.json: not readable JSON \(nested too deeply\)"),
    Case("coco_file_name_dotdot", "detection", lambda d: _traversal_coco(d, "dotdot"),
         r"images\[1\]\.file_name '\.\./\.\./outside/secret\.png' must be a relative path inside"),
    Case("coco_file_name_absolute", "detection", lambda d: _traversal_coco(d, "absolute"),
         r"images\[1\]\.file_name '/.*secret\.png' must be a relative path inside the dataset"),
    Case("coco_file_name_backslash", "detection", lambda d: _traversal_coco(d, "backslash"),
         r"images\[1\]\.file_name .*secret\.png' must be a relative path inside the dataset"),
    Case("coco_file_name_drive", "detection", lambda d: _traversal_coco(d, "drive"),
         r"images\[1\]\.file_name 'C:/outside/secret\.png' must be a relative path inside"),
]  # fmt: skip


def _zip_case(name: str, make: Callable[[Path], Path], message: str, task="classification") -> Case:
    return Case(name, task, lambda d: make(d / f"{name}.zip"), message)


def _traversal_zip(p: Path) -> Path:
    return write_zip(p, {**folder_members(), f"data/../../{MARKER}": b"payload"})


def _symlink_zip(p: Path) -> Path:
    write_zip(p, folder_members())
    with zipfile.ZipFile(p, "a") as zf:
        info = zipfile.ZipInfo("data/a/link.png", (2024, 1, 1, 0, 0, 0))
        info.external_attr = 0o120777 << 16  # a symbolic link to /etc/passwd
        zf.writestr(info, "/etc/passwd")
    return p


ZIP_CASES = [
    _zip_case("zip_zeros_bomb", lambda p: zeros_bomb(p),
              r"zip_zeros_bomb\.zip: member 'data/a/0\.png': 1,048,576 bytes from [\d,]+ \(ratio [\d,]+"),
    _zip_case("zip_one_big_zero_member",
              lambda p: write_zip(p, {**folder_members(), "data/a/big.png": b"\0" * (8 << 20)}),
              r"zip_one_big_zero_member\.zip: member 'data/a/big\.png': .* looks like a zip bomb"),
    _zip_case("zip_bad_crc",
              lambda p: patch_zip(write_zip(p, folder_members(), zipfile.ZIP_STORED),
                                  "data/a/1.png", corrupt=True),
              r"zip_bad_crc\.zip: member 'data/a/1\.png' cannot be extracted \(Bad CRC-32"),
    _zip_case("zip_encrypted",
              lambda p: patch_zip(write_zip(p, folder_members()), "data/b/2.png", flag_bits=1),
              r"zip_encrypted\.zip: member 'data/b/2\.png': it is encrypted"),
    _zip_case("zip_unknown_method",
              lambda p: patch_zip(write_zip(p, folder_members()), "data/a/0.png", method=99),
              r"zip_unknown_method\.zip: member 'data/a/0\.png': its compression method 99 is not"),
    _zip_case("zip_long_name",
              lambda p: write_zip(p, {**folder_members(), "data/a/" + "x" * 300 + ".png": png()}),
              r"zip_long_name\.zip: member 'data/a/x+\.\.\.x+\.png': a part of its name is 304 bytes"),
    _zip_case("zip_long_path",
              lambda p: write_zip(p, {**folder_members(), "data/a/" + "d/" * 600 + "x.png": png()}),
              r"zip_long_path\.zip: member .*: its name is 1,\d\d\d characters long; the limit is 1,024"),
    _zip_case("zip_deep", lambda p: write_zip(p, {**folder_members(), "data/" + "d/" * 40 + "a.png": png()}),
              r"zip_deep\.zip: member .*: it is 41 folders deep; the limit is 32"),
    _zip_case("zip_traversal", _traversal_zip,
              rf"zip_traversal\.zip: member 'data/\.\./\.\./{MARKER}': its path leaves the archive"),
    _zip_case("zip_absolute",
              lambda p: write_zip(p, {**folder_members(), f"/tmp/{MARKER}": b"payload"}),
              rf"zip_absolute\.zip: member '/tmp/{MARKER}': its path leaves the archive"),
    _zip_case("zip_symlink", _symlink_zip,
              r"zip_symlink\.zip: member 'data/a/link\.png': it is a symbolic link"),
    _zip_case("zip_only_metadata",
              lambda p: write_zip(p, {"__MACOSX/data/a/._0.png": b"\0\5\26\7", ".DS_Store": b"x"}),
              r"zip_only_metadata\.zip: no class folders"),
    _zip_case("zip_duplicate",
              lambda p: write_zip(p, {**folder_members(), "data//a/0.png": png(seed=5)}),
              r"zip_duplicate\.zip: member 'data//a/0\.png' appears twice"),
    _zip_case("zip_file_and_folder",
              lambda p: write_zip(p, {**folder_members(), "data/a": b"not a folder"}),
              r"zip_file_and_folder\.zip: 'data/a' is both a file and a folder"),
    _zip_case("zip_truncated",
              lambda p: p.write_bytes(write_zip(p, folder_members()).read_bytes()[:400]) and p,
              r"zip_truncated\.zip: not a readable zip archive"),
]  # fmt: skip


def _image_case(name: str, file: str, data: Callable[[], bytes], message: str) -> Case:
    return Case(name, "classification",
                lambda d: image_folder(d / name, {f"a/{file}": data()}), message)  # fmt: skip


IMAGE_CASES = [
    _image_case("img_bilevel_bomb", "bomb.png", bilevel_bomb_png,
                r"a/bomb\.png: refused as a possible decompression bomb|a/bomb\.png: the file declares 30000x30000"),
    _image_case("img_over_dataset_limit", "big.png", big_png,
                r"a/big\.png: the file declares 8000x8000 \(64 megapixels\), over the limit of 40"),
    _image_case("img_header_bomb", "huge.png", lambda: header_bomb_png(100_000, 100_000),
                r"a/huge\.png: refused as a possible decompression bomb"),
    _image_case("img_eps_as_jpg", "drawing.jpg", eps,
                r"a/drawing\.jpg: this is a PostScript/EPS file, which is not accepted"),
    _image_case("img_svg_as_png", "logo.png", lambda: b'<svg xmlns="http://www.w3.org/2000/svg"/>',
                r"a/logo\.png: this is an SVG drawing"),
    _image_case("img_truncated", "cut.png", lambda: png(64, 64)[:200],
                r"a/cut\.png: .*truncated"),
    _image_case("img_empty", "empty.png", lambda: b"",
                r"a/empty\.png: the file is empty \(0 bytes\)"),
    Case("mask_bomb", "segmentation",
         lambda d: mask_folder(d / "mask_bomb", mask=header_bomb_png(10_000, 10_000)),
         r"masks/0\.png: the file declares 10000x10000 \(100 megapixels\), over the limit of 40"),
    Case("mask_not_an_image", "segmentation",
         lambda d: mask_folder(d / "mask_not_an_image", mask=b"GIF89a but not really"),
         r"masks/0\.png: .*(not an image|corrupt|truncated)"),
    Case("classes_not_utf8", "segmentation",
         lambda d: mask_folder(d / "classes_not_utf8", classes=b"\xff\xfe\x00b\x00a\x00d"),
         r"classes\.txt: cannot be read as UTF-8 text"),
]  # fmt: skip

CASES = COCO_CASES + ZIP_CASES + IMAGE_CASES


def good_zip(path: Path) -> Path:
    """A valid ImageFolder zip with macOS metadata that must be skipped."""
    members = folder_members()
    members["__MACOSX/data/a/._0.png"] = b"\0\5\26\7 AppleDouble"
    members["data/a/._1.png"] = b"\0\5\26\7 AppleDouble"
    members["data/.DS_Store"] = b"\0\0\0\1Bud1"
    return write_zip(path, members)
