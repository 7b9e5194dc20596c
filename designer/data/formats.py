"""Datasets a person brings: an ImageFolder tree, COCO JSON, images with mask PNGs, or a zip.

Every loader reads only: nothing in the user's folder is created, moved or changed. A loader
returns a :class:`Dataset` (lists of :class:`Sample`, lazily decoded) and collects the problems
it met while parsing (an annotation naming an unknown category, a mask without an image) in
``dataset.problems``; :func:`designer.data.validate.validate` adds the checks that need the
pixels (unreadable images, boxes outside the image, mask sizes) before anything trains.

Layouts:

- classification, ImageFolder: ``root/<class>/<image>``, or ``root/train/<class>/...`` and
  ``root/val/<class>/...`` for a fixed split.
- detection (and instance masks), COCO: ``root/annotations.json`` (or any single ``*.json``)
  with ``images``, ``annotations`` (``bbox`` as ``[x, y, w, h]``; ``segmentation`` as polygons
  or RLE) and ``categories``; images under ``root/images/`` or beside the JSON. Splits:
  ``root/train.json`` + ``root/val.json``.
- semantic segmentation: ``root/images/<stem>.<ext>`` and ``root/masks/<stem>.png`` whose pixel
  values are class indices (255 = ignore); class names from ``root/classes.txt`` (one a line).
  Splits: ``root/train/{images,masks}`` and ``root/val/{images,masks}``.
- any of these zipped (:func:`safe_extract` refuses unsafe archives).

Example:
    >>> import tempfile, pathlib
    >>> from PIL import Image
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for c in ("cat", "dog"):
    ...     (root / c).mkdir()
    ...     Image.new("RGB", (8, 8)).save(root / c / "a.png")
    >>> ds = load_dataset("classification", root)
    >>> ds.class_names, len(ds.train)
    (['cat', 'dog'], 2)
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff")
IGNORE_INDEX = 255

#: Tasks a dataset can be for (the head tasks; ``segmentation`` is semantic segmentation).
TASKS = ("classification", "detection", "segmentation")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dataset: the file it is about and what is wrong."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class DataError(ValueError):
    """A dataset that cannot be used. ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem] | str, file: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(file or "dataset", problems)]
        self.problems = list(problems)
        shown = "\n".join(f"- {p}" for p in self.problems[:20])
        more = f"\n... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the dataset:\n{shown}{more}")


@dataclass
class Sample:
    """One image and its targets (only the fields of the dataset's task are set).

    Attributes:
        image: a file path, or an in-memory ``PIL.Image`` (built-in data).
        name: how messages refer to the sample (the file name relative to the data root).
        label: the class index (classification).
        boxes: ``(x1, y1, x2, y2)`` boxes in pixels of the original image (detection).
        labels: one class index per box.
        segmentations: one COCO segmentation (polygons or RLE) per box, or ``None``.
        mask: a path to a mask PNG or an ``(H, W)`` integer array of class indices.
        size: ``(width, height)`` when the annotation states it (COCO), else ``None``.
    """

    image: Any
    name: str
    label: int | None = None
    boxes: list[tuple[float, float, float, float]] | None = None
    labels: list[int] | None = None
    segmentations: list[Any] | None = None
    mask: Any = None
    size: tuple[int, int] | None = None

    def load_image(self) -> Image.Image:
        """The image as RGB (``OSError``/``ValueError`` when it cannot be read)."""
        if isinstance(self.image, Image.Image):
            return self.image.convert("RGB")
        with Image.open(self.image) as im:
            return im.convert("RGB")

    def load_mask(self) -> np.ndarray:
        """The semantic mask as an ``(H, W)`` int64 array of class indices."""
        if isinstance(self.mask, str | os.PathLike):
            with Image.open(self.mask) as im:
                arr = np.asarray(im)
        else:
            arr = np.asarray(self.mask)
        if arr.ndim == 3:  # an RGB(A) PNG whose channels repeat the index
            arr = arr[..., 0]
        return arr.astype(np.int64)

    def instance_masks(self, height: int, width: int) -> np.ndarray:
        """The instance masks ``(M, H, W)`` bool, decoded from polygons or RLE."""
        from pycocotools import mask as mask_utils

        out = np.zeros((len(self.segmentations or ()), height, width), dtype=bool)
        for i, seg in enumerate(self.segmentations or ()):
            if seg is None:
                continue
            if isinstance(seg, list):  # polygons
                rles = mask_utils.frPyObjects(seg, height, width)
                rle = mask_utils.merge(rles)
            elif isinstance(seg.get("counts"), list):  # uncompressed RLE
                rle = mask_utils.frPyObjects(seg, height, width)
            else:
                rle = dict(seg)
                if isinstance(rle["counts"], str):
                    rle["counts"] = rle["counts"].encode()
            out[i] = mask_utils.decode(rle).astype(bool)
        return out


@dataclass
class Dataset:
    """A task, its class names, the samples of each split and the problems met parsing.

    ``val`` is ``None`` when the data has no fixed split (training then splits ``train``).
    """

    task: str
    class_names: list[str]
    train: list[Sample]
    val: list[Sample] | None = None
    root: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def splits(self) -> dict[str, list[Sample]]:
        """The named splits present (``train``, and ``val`` when fixed)."""
        return {"train": self.train} if self.val is None else {"train": self.train, "val": self.val}


# ---------------------------------------------------------------------------------------------
# Zip archives
# ---------------------------------------------------------------------------------------------

MAX_ZIP_FILES = 50_000
MAX_ZIP_BYTES = 4 * 1024**3
MAX_ZIP_RATIO = 200


def safe_extract(
    zip_path: str | os.PathLike,
    dest: str | os.PathLike,
    *,
    max_files: int = MAX_ZIP_FILES,
    max_bytes: int = MAX_ZIP_BYTES,
    max_ratio: float = MAX_ZIP_RATIO,
) -> Path:
    """Extract a zip into ``dest`` after checking every member; nothing is written otherwise.

    Refuses members with absolute paths or ``..`` components, symlinks, more than
    ``max_files`` members, more than ``max_bytes`` uncompressed, or a member whose compression
    ratio exceeds ``max_ratio`` (zip bombs). Sizes are checked again while writing, since a
    header can lie.

    Returns:
        The folder holding the data: ``dest``, or its only top-level folder.

    Raises:
        DataError: naming the member and what is wrong.
    """
    name = Path(zip_path).name
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as e:
        raise DataError(f"not a readable zip archive ({e})", name) from None
    dest = Path(dest)
    with zf:
        members = zf.infolist()
        if len(members) > max_files:
            raise DataError(f"too many files ({len(members)} > {max_files})", name)
        total = 0
        for m in members:
            fname = m.filename.replace("\\", "/")
            parts = [p for p in fname.split("/") if p]
            if fname.startswith("/") or (len(fname) > 1 and fname[1] == ":") or ".." in parts:
                raise DataError(f"refusing member {m.filename!r}: path leaves the archive", name)
            if stat.S_ISLNK(m.external_attr >> 16):
                raise DataError(f"refusing member {m.filename!r}: symbolic link", name)
            total += m.file_size
            if total > max_bytes:
                raise DataError(f"too large: more than {max_bytes} bytes uncompressed", name)
            if (
                m.compress_size
                and m.file_size / m.compress_size > max_ratio
                and m.file_size > 1 << 20
            ):
                raise DataError(
                    f"refusing member {m.filename!r}: compression ratio "
                    f"{m.file_size / m.compress_size:.0f} looks like a zip bomb",
                    name,
                )
        dest.mkdir(parents=True, exist_ok=True)
        written = 0
        root = dest.resolve()
        for m in members:
            target = (dest / m.filename).resolve()
            if root not in target.parents and target != root:
                raise DataError(f"refusing member {m.filename!r}: path leaves the archive", name)
            if m.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(m) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    written += len(chunk)
                    if written > max_bytes:
                        raise DataError(
                            f"too large: more than {max_bytes} bytes uncompressed", name
                        )
                    out.write(chunk)
    entries = [p for p in dest.iterdir() if not p.name.startswith((".", "__MACOSX"))]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest


# ---------------------------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------------------------


def _images_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS
    )


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def load_image_folder(root: str | os.PathLike) -> Dataset:
    """An ImageFolder tree: ``root/<class>/<image>`` (or ``root/{train,val}/<class>/...``).

    Class indices follow the sorted class folder names (torchvision's ``ImageFolder``).
    """
    root = Path(root)
    problems: list[Problem] = []
    split_dirs = {s: root / s for s in ("train", "val") if (root / s).is_dir()}
    fixed = "train" in split_dirs and "val" in split_dirs
    bases = split_dirs if fixed else {"train": root}
    classes: set[str] = set()
    for base in bases.values():
        classes.update(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))
    names = sorted(classes)
    if not names:
        problems.append(Problem(str(root), "no class folders (expected root/<class>/<image>)"))
    splits: dict[str, list[Sample]] = {}
    for split, base in bases.items():
        samples = []
        for k, cname in enumerate(names):
            cdir = base / cname
            if not cdir.is_dir():
                problems.append(
                    Problem(_rel(cdir, root), f"class folder missing in the {split} split")
                )
                continue
            files = _images_in(cdir)
            if not files:
                problems.append(Problem(_rel(cdir, root), "class folder has no images"))
            samples.extend(Sample(p, _rel(p, root), label=k) for p in files)
        splits[split] = samples
    return Dataset("classification", names, splits["train"], splits.get("val"), str(root), problems)


def _coco_split(
    json_path: Path, root: Path, problems: list[Problem]
) -> tuple[list[str], list[Sample], list[int]]:
    rel = _rel(json_path, root)
    try:
        data = json.loads(json_path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        problems.append(Problem(rel, f"not readable JSON ({e})"))
        return [], [], []
    if not isinstance(data, dict) or not all(
        k in data for k in ("images", "annotations", "categories")
    ):
        problems.append(Problem(rel, "a COCO file needs 'images', 'annotations' and 'categories'"))
        return [], [], []
    cats = sorted(data["categories"], key=lambda c: c["id"])
    cat_ids = [int(c["id"]) for c in cats]
    index = {cid: i for i, cid in enumerate(cat_ids)}
    names = [str(c.get("name", c["id"])) for c in cats]
    image_dirs = [root / "images", json_path.parent / "images", json_path.parent, root]
    samples: dict[int, Sample] = {}
    for im in data["images"]:
        fname = str(im.get("file_name", ""))
        path = next((d / fname for d in image_dirs if (d / fname).is_file()), image_dirs[0] / fname)
        size = (int(im["width"]), int(im["height"])) if "width" in im and "height" in im else None
        samples[int(im["id"])] = Sample(
            path, _rel(path, root), boxes=[], labels=[], segmentations=[], size=size
        )
    for i, ann in enumerate(data["annotations"]):
        where = f"{rel} annotation {ann.get('id', i)}"
        sample = samples.get(int(ann.get("image_id", -1)))
        if sample is None:
            problems.append(Problem(where, f"unknown image id {ann.get('image_id')!r}"))
            continue
        cid = ann.get("category_id")
        if cid not in index:
            problems.append(
                Problem(
                    where,
                    f"unknown category id {cid!r}; categories are {', '.join(map(str, cat_ids))}",
                )
            )
            continue
        if ann.get("iscrowd", 0):
            continue
        bbox = ann.get("bbox")
        if not (isinstance(bbox, list) and len(bbox) == 4):
            problems.append(Problem(where, f"bbox must be [x, y, width, height], got {bbox!r}"))
            continue
        x, y, w, h = (float(v) for v in bbox)
        sample.boxes.append((x, y, x + w, y + h))
        sample.labels.append(index[cid])
        sample.segmentations.append(ann.get("segmentation") or None)
    return names, list(samples.values()), cat_ids


def load_coco(root: str | os.PathLike, task: str = "detection") -> Dataset:
    """COCO JSON: boxes, labels and instance masks (polygons or RLE).

    ``root`` is a folder (``train.json`` + ``val.json``, or one ``*.json``) or a JSON file.
    Category ids map to class indices in id order. With ``task="segmentation"`` the instance
    masks are painted into semantic masks (later instances on top).
    """
    root = Path(root)
    problems: list[Problem] = []
    if root.is_file():
        files = {"train": root}
        root = root.parent
    elif (root / "train.json").is_file() and (root / "val.json").is_file():
        files = {"train": root / "train.json", "val": root / "val.json"}
    else:
        found = (
            sorted((root / "annotations").glob("*.json")) if (root / "annotations").is_dir() else []
        )
        found = found or sorted(root.glob("*.json"))
        if len(found) != 1:
            msg = (
                "no COCO JSON file"
                if not found
                else f"{len(found)} JSON files; expected one or train.json + val.json"
            )
            raise DataError(msg, str(root))
        files = {"train": found[0]}
    splits, names = {}, None
    for split, path in files.items():
        n, samples, _ = _coco_split(path, root, problems)
        if names is None:
            names = n
        elif n != names:
            problems.append(
                Problem(_rel(path, root), f"categories differ from the train split's ({names})")
            )
        splits[split] = samples
    ds = Dataset("detection", names or [], splits["train"], splits.get("val"), str(root), problems)
    return ds if task == "detection" else coco_to_semantic(ds)


def coco_to_semantic(ds: Dataset) -> Dataset:
    """Turn a COCO dataset's instance masks into semantic masks (class 0 is ``background``)."""

    def convert(s: Sample) -> Sample:
        return Sample(s.image, s.name, mask=_LazySemantic(s), size=s.size)

    return Dataset(
        "segmentation",
        ["background", *ds.class_names],
        [convert(s) for s in ds.train],
        [convert(s) for s in ds.val] if ds.val is not None else None,
        ds.root,
        ds.problems,
    )


class _LazySemantic:
    """A semantic mask painted from a sample's instance masks when first read."""

    def __init__(self, sample: Sample) -> None:
        self.sample = sample

    def __array__(self, dtype=None, copy=None):
        s = self.sample
        w, h = s.size or s.load_image().size
        out = np.zeros((h, w), dtype=np.int64)
        for m, k in zip(s.instance_masks(h, w), s.labels or (), strict=False):
            out[m] = k + 1
        return out if dtype is None else out.astype(dtype)


def load_mask_folder(root: str | os.PathLike) -> Dataset:
    """Images with mask PNGs: ``root/images/<stem>.*`` + ``root/masks/<stem>.png``."""
    root = Path(root)
    problems: list[Problem] = []
    fixed = all((root / s / "images").is_dir() for s in ("train", "val"))
    bases = {"train": root / "train", "val": root / "val"} if fixed else {"train": root}
    splits: dict[str, list[Sample]] = {}
    max_index = 0
    for split, base in bases.items():
        img_dir, mask_dir = base / "images", base / "masks"
        if not img_dir.is_dir() or not mask_dir.is_dir():
            problems.append(Problem(_rel(base, root) or ".", "expected folders images/ and masks/"))
            splits[split] = []
            continue
        masks = {p.stem: p for p in mask_dir.iterdir() if p.suffix.lower() == ".png"}
        samples = []
        for p in _images_in(img_dir):
            m = masks.pop(p.stem, None)
            if m is None:
                problems.append(Problem(_rel(p, root), f"no mask masks/{p.stem}.png"))
                continue
            samples.append(Sample(p, _rel(p, root), mask=m))
        problems.extend(Problem(_rel(m, root), "mask without an image") for m in masks.values())
        splits[split] = samples
    names_file = root / "classes.txt"
    if names_file.is_file():
        names = [ln.strip() for ln in names_file.read_text().splitlines() if ln.strip()]
    else:
        # Without names, the classes are the indices the masks use.
        for s in [*splits.get("train", []), *splits.get("val", [])]:
            try:
                vals = np.unique(s.load_mask())
            except (OSError, ValueError):
                continue  # validate() reports it
            vals = vals[vals != IGNORE_INDEX]
            if vals.size:
                max_index = max(max_index, int(vals.max()))
        names = [f"class_{i}" for i in range(max_index + 1)]
    return Dataset("segmentation", names, splits["train"], splits.get("val"), str(root), problems)


def load_shapes(
    task: str, n: int = 600, seed: int = 0, *, n_val: int = 0, **options: Any
) -> Dataset:
    """The built-in Shapes data (:mod:`designer.data.shapes`) as a :class:`Dataset` in memory.

    Args:
        task: ``classification``, ``detection`` or ``segmentation`` (semantic).
        n: training images (samples ``0..n-1`` of ``seed``).
        seed: the generator's seed.
        n_val: images of a fixed validation split (samples ``n..n+n_val-1``); 0: none.
        **options: :func:`designer.data.shapes.make_sample` options (``size`` ...).
    """
    from designer.data import shapes

    if task not in TASKS:
        raise DataError(f"unknown task {task!r}; choose one of: {', '.join(TASKS)}", "task")
    if task == "classification":
        options.setdefault("classification", True)

    def convert(i: int, s: Any) -> Sample:
        name = f"shapes/{seed}/{i}.png"
        if task == "classification":
            return Sample(s.image, name, label=int(s.label))
        if task == "detection":
            boxes = [tuple(float(v) for v in b) for b in s.boxes]
            return Sample(s.image, name, boxes=boxes, labels=[int(k) for k in s.labels])
        return Sample(s.image, name, mask=s.semantic)

    make = shapes.make_sample
    train = [convert(i, make(seed, i, **options)) for i in range(n)]
    val = [convert(i, make(seed, i, **options)) for i in range(n, n + n_val)] if n_val else None
    names = shapes.SEGMENTATION_CLASS_NAMES if task == "segmentation" else shapes.CLASS_NAMES
    return Dataset(task, list(names), train, val, "shapes")


def load_dataset(
    task: str, source: str | os.PathLike, *, extract_to: str | os.PathLike | None = None
) -> Dataset:
    """Load a dataset for ``task`` from a folder, a COCO JSON file or a zip.

    Args:
        task: ``classification``, ``detection`` or ``segmentation``.
        source: a folder, a ``.json`` file, a ``.zip`` archive, or ``"shapes"`` (built-in
            data, see :func:`load_shapes`).
        extract_to: where a zip is extracted (a new temporary folder by default).

    Raises:
        DataError: for an unknown task, a missing source or an unsafe zip.
    """
    if task not in TASKS:
        raise DataError(f"unknown task {task!r}; choose one of: {', '.join(TASKS)}", "task")
    if str(source) == "shapes":
        return load_shapes(task)
    path = Path(source)
    if not path.exists():
        raise DataError("does not exist", str(path))
    if path.is_file() and path.suffix.lower() == ".zip":
        import tempfile

        dest = (
            Path(extract_to) if extract_to else Path(tempfile.mkdtemp(prefix="model-heads-data-"))
        )
        path = safe_extract(path, dest)
    if task == "classification":
        return load_image_folder(path)
    if task == "detection":
        return load_coco(path, "detection")
    if (
        (path / "images").is_dir()
        and (path / "masks").is_dir()
        or (path / "train" / "masks").is_dir()
    ):
        return load_mask_folder(path)
    return load_coco(path, "segmentation")


__all__ = [
    "IGNORE_INDEX", "TASKS", "DataError", "Dataset", "Problem", "Sample", "coco_to_semantic",
    "load_coco", "load_dataset", "load_image_folder", "load_mask_folder", "load_shapes",
    "safe_extract",
]  # fmt: skip
