"""Check a dataset before training: every problem, with the file and what is wrong.

:func:`validate` reads every image header (and every mask) once and reports:

- an image that cannot be read, is not in an accepted format, or is over
  :data:`designer.limits.MAX_DATASET_IMAGE_PIXELS` (a decompression bomb never gets decoded),
- a box outside the image, or with no area,
- an unknown category id (found while parsing COCO, see :mod:`designer.data.formats`),
- a mask whose size differs from its image, or with a class index out of range,
- an empty split, or a split too small to train and validate on.

Example:
    >>> from PIL import Image
    >>> from designer.data.formats import Dataset, Sample
    >>> ds = Dataset("detection", ["a"], [Sample(Image.new("RGB", (10, 10)), "x.png",
    ...     boxes=[(0, 0, 20, 5)], labels=[0])])
    >>> [str(p) for p in validate(ds, min_train=1)]
    ['x.png: box 0 (0, 0, 20, 5) lies outside the 10x10 image']
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PIL import Image

from designer.data.formats import IGNORE_INDEX, DataError, Dataset, Problem, Sample
from designer.images import ImageError


def _image_size(sample: Sample) -> tuple[int, int]:
    if isinstance(sample.image, Image.Image):
        return sample.image.size
    # Decoded fully: a truncated file fails here, not during training.
    return sample.load_image().size


def _problem(e: Exception, file: str) -> Problem:
    """A loader's error as a problem: ``"<file>: <what>"`` messages keep their file."""
    msg = str(e)
    if isinstance(e, ImageError) and ": " in msg:
        named, what = msg.split(": ", 1)
        return Problem(named, what)
    return Problem(file, f"cannot be read ({type(e).__name__}: {msg})")


def _check_boxes(sample: Sample, size: tuple[int, int], num_classes: int) -> Iterable[Problem]:
    w, h = size
    tol = 1.0  # a pixel of slack for rounding in exported annotations
    for i, (box, k) in enumerate(zip(sample.boxes or (), sample.labels or (), strict=False)):
        x1, y1, x2, y2 = box
        shown = tuple(round(v, 1) if v != int(v) else int(v) for v in box)
        if x1 < -tol or y1 < -tol or x2 > w + tol or y2 > h + tol:
            yield Problem(sample.name, f"box {i} {shown} lies outside the {w}x{h} image")
        elif x2 <= x1 or y2 <= y1:
            yield Problem(sample.name, f"box {i} {shown} has no area")
        if not 0 <= k < num_classes:
            yield Problem(sample.name, f"box {i} has class index {k}; valid: 0..{num_classes - 1}")


def _check_mask(sample: Sample, size: tuple[int, int], num_classes: int) -> Iterable[Problem]:
    try:
        mask = sample.load_mask()
    except (OSError, ValueError) as e:
        yield _problem(e, f"{sample.name} (mask)")
        return
    mh, mw = mask.shape[:2]
    if (mw, mh) != tuple(size):
        yield Problem(
            sample.name, f"mask size {mw}x{mh} does not match the image size {size[0]}x{size[1]}"
        )
    vals = np.unique(mask)
    bad = [int(v) for v in vals if not (0 <= v < num_classes or v == IGNORE_INDEX)]
    if bad:
        yield Problem(
            sample.name,
            f"mask has class index(es) {bad[:5]}; "
            f"valid: 0..{num_classes - 1} and {IGNORE_INDEX} (ignore)",
        )


def validate(dataset: Dataset, *, min_train: int = 2, min_val: int = 1) -> list[Problem]:
    """Every problem of ``dataset`` (an empty list when it can train).

    Args:
        dataset: what a loader of :mod:`designer.data.formats` returned.
        min_train: the fewest training samples that can train.
        min_val: the fewest validation samples in a fixed validation split.
    """
    problems = list(dataset.problems)
    if dataset.num_classes < 1:
        problems.append(Problem(dataset.display_name, "no classes"))
    for split, samples in dataset.splits().items():
        need = min_train if split == "train" else min_val
        if not samples:
            problems.append(Problem(dataset.display_name, f"the {split} split is empty"))
        elif len(samples) < need:
            problems.append(
                Problem(
                    dataset.display_name,
                    f"the {split} split has {len(samples)} image(s); need {need}",
                )
            )
        for s in samples:
            try:
                size = _image_size(s)
            except (OSError, ValueError) as e:
                problems.append(_problem(e, s.name))
                continue
            if s.size is not None and tuple(s.size) != tuple(size):
                problems.append(
                    Problem(
                        s.name,
                        f"annotation says {s.size[0]}x{s.size[1]}, image is {size[0]}x{size[1]}",
                    )
                )
            if dataset.task == "classification":
                if s.label is None or not 0 <= s.label < dataset.num_classes:
                    problems.append(Problem(s.name, f"label {s.label!r} is not a class index"))
            elif dataset.task == "detection":
                problems.extend(_check_boxes(s, size, dataset.num_classes))
            elif s.mask is not None:
                problems.extend(_check_mask(s, size, dataset.num_classes))
    return problems


def check(dataset: Dataset, **kwargs) -> Dataset:
    """``dataset`` when :func:`validate` finds nothing; a :class:`DataError` listing all else."""
    problems = validate(dataset, **kwargs)
    if problems:
        raise DataError(problems)
    return dataset


__all__ = ["check", "validate"]
