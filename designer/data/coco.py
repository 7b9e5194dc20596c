"""COCO JSON read strictly: every field a loader uses is checked, and each problem names the file,
the entry and the field.

A COCO file is an object with three lists: ``images`` (``id``, ``file_name``, optional
``width``/``height``), ``annotations`` (``image_id``, ``category_id``, ``bbox`` as
``[x, y, width, height]`` of finite numbers, optional ``iscrowd`` and ``segmentation`` as
polygons or RLE) and ``categories`` (``id``, optional ``name``). Ids are integers (not strings,
not booleans, not lists) and unique. A ``file_name`` is a relative path inside the dataset:
an absolute path, a drive letter or a ``..`` part is refused, so an annotation file can never
make the designer read outside the dataset. Python's ``json`` reads ``NaN`` and ``Infinity``;
they are refused wherever a number is expected.

Example:
    >>> import json, tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "annotations.json").write_text(json.dumps({
    ...     "images": [{"id": [1], "file_name": "/etc/passwd"}],
    ...     "annotations": [7], "categories": [{"id": 1}, {"id": "2"}]}))
    >>> problems = []
    >>> _ = parse_coco(root / "annotations.json", root, problems)
    >>> for p in problems:
    ...     print(p)
    annotations.json: categories[1].id must be an integer, got '2' (a string)
    annotations.json: images[0].id must be an integer, got [1] (a list)
    annotations.json: images[0].file_name '/etc/passwd' must be a relative path inside the dataset
    annotations.json: annotations[0] must be an object, got 7 (a number)
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from designer import limits
from designer.data.formats import Sample
from designer.data.problems import Problem

#: Problems reported per COCO file before the rest are summarised (a broken exporter repeats one).
MAX_PROBLEMS_PER_FILE = 200

_KINDS = {
    dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
    float: "a number", type(None): "null",
}  # fmt: skip


def _kind(v: Any) -> str:
    return _KINDS.get(type(v), type(v).__name__)


def _shown(v: Any) -> str:
    text = json.dumps(v) if not isinstance(v, str) else repr(v)
    # Long values keep both ends: where a path starts and which file it names.
    return text if len(text) <= 64 else f"{text[:30]}...{text[-30:]}"


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def relative_path_problem(name: str) -> str | None:
    """Why ``name`` is not a safe relative path inside a dataset, or ``None``.

    Example:
        >>> relative_path_problem("images/a.jpg"), relative_path_problem("../x.jpg")
        (None, 'must be a relative path inside the dataset')
    """
    if not name:
        return "is empty"
    if "\x00" in name:
        return "contains a NUL character"
    unix = name.replace("\\", "/")
    if unix.startswith("/") or (len(unix) > 1 and unix[1] == ":") or ".." in unix.split("/"):
        return "must be a relative path inside the dataset"
    return None


class _Report:
    """Problems of one file, capped at :data:`MAX_PROBLEMS_PER_FILE`."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file, self.problems, self.count = file, problems, 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if self.count <= MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, message))

    def finish(self) -> None:
        if self.count > MAX_PROBLEMS_PER_FILE:
            self.problems.append(
                Problem(self.file, f"... and {self.count - MAX_PROBLEMS_PER_FILE:,} more problems")
            )


def _need_int(report: _Report, where: str, v: Any) -> bool:
    if _is_int(v):
        return True
    if v is None:
        report(f"{where} is missing")
    else:
        report(f"{where} must be an integer, got {_shown(v)} ({_kind(v)})")
    return False


def _categories(data: list, report: _Report) -> tuple[list[int], list[str]]:
    ids: list[int] = []
    names: dict[int, str] = {}
    for i, c in enumerate(data):
        where = f"categories[{i}]"
        if not isinstance(c, dict):
            report(f"{where} must be an object, got {_shown(c)} ({_kind(c)})")
            continue
        if not _need_int(report, f"{where}.id", c.get("id")):
            continue
        cid = c["id"]
        if cid in names:
            report(f"{where}.id {cid} is used twice")
            continue
        name = c.get("name", str(cid))
        if not isinstance(name, str | int) or isinstance(name, bool):
            report(f"{where}.name must be a string, got {_shown(name)} ({_kind(name)})")
            name = str(cid)
        ids.append(cid)
        names[cid] = str(name)
    ids.sort()
    return ids, [names[i] for i in ids]


def _images(data: list, json_path: Path, root: Path, report: _Report) -> dict[int, Sample]:
    from designer.data.formats import _rel

    image_dirs = [root / "images", json_path.parent / "images", json_path.parent, root]
    samples: dict[int, Sample] = {}
    for i, im in enumerate(data):
        where = f"images[{i}]"
        if not isinstance(im, dict):
            report(f"{where} must be an object, got {_shown(im)} ({_kind(im)})")
            continue
        ok = _need_int(report, f"{where}.id", im.get("id"))
        fname = im.get("file_name")
        if not isinstance(fname, str):
            report(f"{where}.file_name must be a string, got {_shown(fname)} ({_kind(fname)})")
            ok = False
        elif (why := relative_path_problem(fname)) is not None:
            report(f"{where}.file_name {_shown(fname)} {why}")
            ok = False
        size = None
        if "width" in im or "height" in im:
            w, h = im.get("width"), im.get("height")
            if _is_int(w) and _is_int(h) and w > 0 and h > 0:
                size = (w, h)
            else:
                report(
                    f"{where}: width and height must be positive integers, got "
                    f"{_shown(w)} and {_shown(h)}"
                )
                ok = False
        if not ok:
            continue
        if im["id"] in samples:
            report(f"{where}.id {im['id']} is used twice")
            continue
        path = next((d / fname for d in image_dirs if (d / fname).is_file()), image_dirs[0] / fname)
        samples[im["id"]] = Sample(
            path, _rel(path, root), boxes=[], labels=[], segmentations=[], size=size
        )
    return samples


def _segmentation_problem(seg: Any) -> str | None:
    if seg is None or seg == []:
        return None
    if isinstance(seg, list):
        for j, poly in enumerate(seg):
            if not (isinstance(poly, list) and len(poly) >= 6 and len(poly) % 2 == 0):
                return f"polygon {j} must be a list of at least 3 x, y pairs"
            if not all(_is_number(v) for v in poly):
                return f"polygon {j} has a value that is not a finite number"
        return None
    if isinstance(seg, dict):
        size, counts = seg.get("size"), seg.get("counts")
        if not (
            isinstance(size, list) and len(size) == 2 and all(_is_int(v) and v > 0 for v in size)
        ):
            return "an RLE needs size [height, width] of positive integers"
        if isinstance(counts, str):
            return None
        if isinstance(counts, list) and all(_is_int(v) and v >= 0 for v in counts):
            if sum(counts) != size[0] * size[1]:
                return f"the RLE counts cover {sum(counts):,} pixels, not {size[0]}x{size[1]}"
            return None
        return "an RLE needs counts as a string or a list of non-negative integers"
    return f"must be polygons (a list) or an RLE (an object), got {_kind(seg)}"


def _annotations(
    data: list, samples: dict[int, Sample], index: dict[int, int], report: _Report
) -> None:
    cat_list = ", ".join(map(str, index)) or "none"
    for i, ann in enumerate(data):
        where = f"annotations[{i}]"
        if not isinstance(ann, dict):
            report(f"{where} must be an object, got {_shown(ann)} ({_kind(ann)})")
            continue
        if _is_int(ann.get("id")):
            where = f"annotations[{i}] (id {ann['id']})"
        if not _need_int(report, f"{where}.image_id", ann.get("image_id")):
            continue
        sample = samples.get(ann["image_id"])
        if sample is None:
            report(f"{where}.image_id {ann['image_id']} is not the id of an image")
            continue
        if not _need_int(report, f"{where}.category_id", ann.get("category_id")):
            continue
        cid = ann["category_id"]
        if cid not in index:
            report(f"{where}.category_id {cid} is not a category; categories are {cat_list}")
            continue
        crowd = ann.get("iscrowd", 0)
        if crowd not in (0, 1):
            report(f"{where}.iscrowd must be 0 or 1, got {_shown(crowd)}")
            continue
        if crowd:
            continue
        bbox = ann.get("bbox")
        if not (isinstance(bbox, list) and len(bbox) == 4):
            report(f"{where}.bbox must be [x, y, width, height], got {_shown(bbox)}")
            continue
        if not all(_is_number(v) for v in bbox):
            report(f"{where}.bbox {_shown(bbox)} must hold 4 finite numbers")
            continue
        x, y, w, h = (float(v) for v in bbox)
        if w < 0 or h < 0:
            report(f"{where}.bbox {_shown(bbox)} has a negative width or height")
            continue
        seg = ann.get("segmentation")
        why = _segmentation_problem(seg)
        if why is not None:
            report(f"{where}.segmentation: {why}")
            continue
        sample.boxes.append((x, y, x + w, y + h))
        sample.labels.append(index[cid])
        sample.segmentations.append(seg or None)


def read_json(path: Path, report: _Report) -> Any:
    """A JSON file's value, or ``None`` after reporting why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as e:
        report(f"cannot be read ({e.strerror or type(e).__name__})")
        return None
    if size > limits.MAX_ANNOTATION_BYTES:
        report(
            f"{size:,} bytes, over the limit of {limits.MAX_ANNOTATION_BYTES:,} for an "
            "annotation file"
        )
        return None
    try:
        return json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        report(f"not readable JSON ({e})")
    except RecursionError:
        report("not readable JSON (nested too deeply)")
    return None


def parse_coco(
    json_path: Path, root: Path, problems: list[Problem]
) -> tuple[list[str], list[Sample], list[int]]:
    """Class names, samples and category ids of one COCO file; problems go to ``problems``.

    Entries with a problem are left out (the problem says which); the caller refuses to train
    while ``problems`` is not empty.
    """
    from designer.data.formats import _rel

    report = _Report(_rel(json_path, root), problems)
    data = read_json(json_path, report)
    if data is None:
        report.finish()
        return [], [], []
    if not isinstance(data, dict):
        report(
            f"a COCO file is an object with images, annotations and categories; got {_kind(data)}"
        )
        report.finish()
        return [], [], []
    lists = {}
    for key in ("images", "annotations", "categories"):
        value = data.get(key)
        if not isinstance(value, list):
            got = "missing" if key not in data else f"{_kind(value)}"
            report(f"{key} must be a list, got {got}")
        lists[key] = value if isinstance(value, list) else []
    cat_ids, names = _categories(lists["categories"], report)
    samples = _images(lists["images"], json_path, root, report)
    _annotations(lists["annotations"], samples, {c: i for i, c in enumerate(cat_ids)}, report)
    report.finish()
    return names, list(samples.values()), cat_ids


__all__ = ["MAX_PROBLEMS_PER_FILE", "parse_coco", "read_json", "relative_path_problem"]
