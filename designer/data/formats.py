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
- any of these zipped: :func:`load_dataset` measures the archive before extracting it
  (:mod:`designer.data.archives`) into a temporary folder of its own, which
  :meth:`Dataset.close` removes (as does the garbage collector once nothing uses the data).

COCO files are read strictly (:mod:`designer.data.coco`): each malformed entry is a problem
naming the file, the entry and the field, and a ``file_name`` outside the dataset is refused.
Images and masks are decoded by :mod:`designer.images` (the accepted formats only) under
:data:`designer.limits.MAX_DATASET_IMAGE_PIXELS`; a dataset is limited to
:data:`~designer.limits.MAX_DATASET_IMAGES` images and :data:`~designer.limits.MAX_DATASET_BYTES`.

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

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from designer import limits
from designer.data.archives import ExtractedFolder, inspect_zip, safe_extract
from designer.data.problems import DataError, Problem
from designer.images import EXTENSIONS, load_image, open_raster

IMAGE_EXTENSIONS = EXTENSIONS
IGNORE_INDEX = 255

#: Tasks a dataset can be for (the head tasks; ``segmentation`` is semantic segmentation).
TASKS = ("classification", "detection", "segmentation")


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
        keep: what must live as long as the sample (the folder a zip was extracted into).

    Images are read as stored (no EXIF rotation: annotations are drawn on the stored pixels),
    transparency composited on white.
    """

    image: Any
    name: str
    label: int | None = None
    boxes: list[tuple[float, float, float, float]] | None = None
    labels: list[int] | None = None
    segmentations: list[Any] | None = None
    mask: Any = None
    size: tuple[int, int] | None = None
    keep: Any = field(default=None, repr=False, compare=False)

    def load_image(self) -> Image.Image:
        """The image as RGB (:class:`designer.images.ImageError`, a ``ValueError``, naming the
        sample when it cannot be read or is over the dataset pixel limit)."""
        if isinstance(self.image, Image.Image):
            return self.image.convert("RGB")
        return load_image(
            self.image,
            max_pixels=limits.MAX_DATASET_IMAGE_PIXELS,
            max_decode_pixels=limits.MAX_DATASET_IMAGE_PIXELS,
            name=self.name,
            upright=False,
        )

    def load_mask(self) -> np.ndarray:
        """The semantic mask as an ``(H, W)`` int64 array of class indices."""
        if isinstance(self.mask, str | os.PathLike):
            arr = np.asarray(
                open_raster(
                    self.mask,
                    max_pixels=limits.MAX_DATASET_IMAGE_PIXELS,
                    max_decode_pixels=limits.MAX_DATASET_IMAGE_PIXELS,
                    name=_mask_name(self),
                )
            )
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
    ``owned`` holds the temporary folders the data lives in (a zip's extraction):
    :meth:`close` removes them; use the dataset as a context manager to close it on leaving.
    """

    task: str
    class_names: list[str]
    train: list[Sample]
    val: list[Sample] | None = None
    root: str = ""
    problems: list[Problem] = field(default_factory=list)
    owned: list[ExtractedFolder] = field(default_factory=list, repr=False, compare=False)
    label: str = ""

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def display_name(self) -> str:
        """How messages name the dataset: ``label``, else its folder's name (never a path)."""
        return self.label or Path(self.root).name or "dataset"

    def splits(self) -> dict[str, list[Sample]]:
        """The named splits present (``train``, and ``val`` when fixed)."""
        return {"train": self.train} if self.val is None else {"train": self.train, "val": self.val}

    def close(self) -> None:
        """Remove the temporary folders the data was extracted into (its files are gone after)."""
        for folder in self.owned:
            folder.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _mask_name(sample: Sample) -> str:
    mask = sample.mask
    if isinstance(mask, str | os.PathLike) and sample.name:
        # The mask's path relative to the data root, like the sample's own name.
        parts = Path(sample.name).parts
        return (
            str(Path(*parts[:-2], "masks", Path(mask).name)) if len(parts) >= 2 else Path(mask).name
        )
    return f"{sample.name} (mask)"


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
        problems.append(Problem(root.name, "no class folders (expected root/<class>/<image>)"))
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
    from designer.data.coco import parse_coco

    return parse_coco(json_path, root, problems)


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
            raise DataError(msg, root.name)
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
        return Sample(s.image, s.name, mask=_LazySemantic(s), size=s.size, keep=s.keep)

    return Dataset(
        "segmentation",
        ["background", *ds.class_names],
        [convert(s) for s in ds.train],
        [convert(s) for s in ds.val] if ds.val is not None else None,
        ds.root,
        ds.problems,
        ds.owned,
        ds.label,
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
            where = _rel(base, root) if base != root else root.name
            problems.append(Problem(where, "expected folders images/ and masks/"))
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
        names = _read_class_names(names_file, problems)
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


def _read_class_names(path: Path, problems: list[Problem]) -> list[str]:
    size = path.stat().st_size
    if size > limits.MAX_ANNOTATION_BYTES:
        problems.append(Problem(path.name, f"{size:,} bytes, over the limit of "
                                f"{limits.MAX_ANNOTATION_BYTES:,} for an annotation file"))  # fmt: skip
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        problems.append(Problem(path.name, f"cannot be read as UTF-8 text ({e})"))
        return []
    names = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(names) > IGNORE_INDEX:
        problems.append(
            Problem(path.name, f"{len(names)} classes; masks hold at most {IGNORE_INDEX} "
                    f"(index {IGNORE_INDEX} means ignore)")
        )  # fmt: skip
    return names


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
            # Each shape's visible mask as COCO RLE: instance mask heads train on it.
            rles = [_rle(m) for m in s.masks]
            return Sample(s.image, name, boxes=boxes, labels=[int(k) for k in s.labels],
                          segmentations=rles, size=s.image.size)  # fmt: skip
        return Sample(s.image, name, mask=s.semantic)

    make = shapes.make_sample
    train = [convert(i, make(seed, i, **options)) for i in range(n)]
    val = [convert(i, make(seed, i, **options)) for i in range(n, n + n_val)] if n_val else None
    names = shapes.SEGMENTATION_CLASS_NAMES if task == "segmentation" else shapes.CLASS_NAMES
    return Dataset(task, list(names), train, val, "shapes")


def _rle(mask: np.ndarray) -> dict[str, Any]:
    """A bool ``(H, W)`` mask as compressed COCO RLE (``counts`` as text, as COCO JSON has it)."""
    from pycocotools import mask as mask_utils

    rle = mask_utils.encode(np.asfortranarray(mask.astype(np.uint8)))
    return {"size": list(rle["size"]), "counts": rle["counts"].decode()}


def _check_size(ds: Dataset) -> None:
    """Add the image-count and byte problems of a dataset from files."""
    samples = [s for split in ds.splits().values() for s in split]
    if len(samples) > limits.MAX_DATASET_IMAGES:
        ds.problems.append(
            Problem(ds.display_name, f"{len(samples):,} images, over the limit of "
                    f"{limits.MAX_DATASET_IMAGES:,}; train on a subset")
        )  # fmt: skip
        return
    total = 0
    for s in samples:
        for f in (s.image, s.mask):
            if isinstance(f, str | os.PathLike):
                try:
                    total += os.stat(f).st_size
                except OSError:
                    pass  # a missing file is reported by validation, by name
    if total > limits.MAX_DATASET_BYTES:
        ds.problems.append(
            Problem(ds.display_name, f"{total:,} bytes of images and masks, over the limit of "
                    f"{limits.MAX_DATASET_BYTES:,}; train on a subset")
        )  # fmt: skip


def _load_folder(task: str, path: Path) -> Dataset:
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


def load_dataset(
    task: str, source: str | os.PathLike, *, extract_to: str | os.PathLike | None = None
) -> Dataset:
    """Load a dataset for ``task`` from a folder, a COCO JSON file or a zip.

    A zip is measured first (:func:`designer.data.archives.inspect_zip`) and extracted into
    ``extract_to`` or else a new temporary folder, which the returned dataset owns: it is
    removed by :meth:`Dataset.close` (``with load_dataset(...) as ds:``), when the dataset and
    its samples are garbage, or at exit -- and at once when loading fails.

    Args:
        task: ``classification``, ``detection`` or ``segmentation``.
        source: a folder, a ``.json`` file, a ``.zip`` archive, or ``"shapes"`` (built-in
            data, see :func:`load_shapes`).
        extract_to: where a zip is extracted (the caller's folder: not removed).

    Raises:
        DataError: for an unknown task, a missing source or an unsafe zip (every problem).
    """
    if task not in TASKS:
        raise DataError(f"unknown task {task!r}; choose one of: {', '.join(TASKS)}", "task")
    if str(source) == "shapes":
        return load_shapes(task)
    path = Path(source)
    if not path.exists():
        raise DataError("does not exist", path.name or str(path))
    if not (path.is_file() and path.suffix.lower() == ".zip"):
        ds = _load_folder(task, path)
        _check_size(ds)
        return ds
    folder = None if extract_to else ExtractedFolder.create()
    try:
        root = safe_extract(path, extract_to or folder.path)
        ds = _load_folder(task, root)
    except BaseException:
        if folder is not None:
            folder.close()
        raise
    ds.label = path.name
    # Problems about the extraction folder itself are about the archive.
    tmp_name = Path(extract_to or folder.path).name
    ds.problems[:] = [Problem(path.name, p.message) if p.file == tmp_name else p
                      for p in ds.problems]  # fmt: skip
    if folder is not None:
        ds.owned.append(folder)
        for split in ds.splits().values():
            for s in split:
                s.keep = folder
    _check_size(ds)
    return ds


__all__ = [
    "IGNORE_INDEX", "IMAGE_EXTENSIONS", "TASKS", "DataError", "Dataset", "ExtractedFolder",
    "Problem", "Sample", "coco_to_semantic", "inspect_zip", "load_coco", "load_dataset",
    "load_image_folder", "load_mask_folder", "load_shapes", "safe_extract",
]  # fmt: skip

#: The zip limits (see designer.limits), under the names this module has always had.
MAX_ZIP_FILES = limits.MAX_ZIP_MEMBERS
MAX_ZIP_BYTES = limits.MAX_DATASET_BYTES
MAX_ZIP_RATIO = limits.MAX_ZIP_RATIO
