"""Your own photos, per class: a classification head trained on them in seconds.

The Teachable-Machine way: a person gives a few images for each class (several uploads, or
webcam frames, which are images too); :func:`photo_dataset` makes them a
:class:`~designer.data.formats.Dataset`, and :func:`train_on_photos` trains a classification
head on frozen backbone features (:func:`designer.training.train_head`) and returns a
:class:`~designer.inference.HeadBundle` whose card says it knows these classes from these photos.

Example:
    >>> from PIL import Image
    >>> ds = photo_dataset({"red": [Image.new("RGB", (8, 8), "red")] * 2,
    ...                     "blue": [Image.new("RGB", (8, 8), "blue")] * 2})
    >>> ds.class_names, len(ds.train), ds.train[2].name
    (['red', 'blue'], 4, 'blue/0')
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from designer.data.formats import DataError, Dataset, Problem, Sample

#: What the card calls data made of a person's photos.
PHOTOS = "your photos"


def photo_dataset(photos: Mapping[str, Sequence[Any]], *, name: str = PHOTOS) -> Dataset:
    """A classification dataset from ``{class name: [images]}`` (paths, PIL images, arrays or
    bytes; read now, so a bad file is named before training).

    Raises:
        DataError: fewer than two classes, a class without images, an empty or repeated class
            name, or an image that cannot be read (each problem names the class and image).
    """
    from designer.images import ImageError, load_image

    problems: list[Problem] = []
    names = [str(n).strip() for n in photos]
    if len(names) < 2:
        problems.append(Problem("classes", f"needs at least two classes, got {len(names)}"))
    seen: set[str] = set()
    samples: list[Sample] = []
    for label, images in enumerate(photos.values()):
        cls = names[label]
        if not cls:
            problems.append(Problem(f"class {label + 1}", "has no name"))
        elif cls in seen:
            problems.append(Problem(cls, "is named twice"))
        seen.add(cls)
        if not images:
            problems.append(Problem(cls or f"class {label + 1}", "has no images"))
        for i, image in enumerate(images or ()):
            where = f"{cls}/{Path(image).name if isinstance(image, str | Path) else i}"
            try:
                img = load_image(image)
            except (ImageError, OSError, ValueError) as e:
                problems.append(Problem(where, f"cannot be read ({e})"))
                continue
            samples.append(Sample(img, f"{cls}/{i}", label=label))
    if problems:
        raise DataError(problems)
    return Dataset("classification", names, samples, None, name)


def train_on_photos(
    photos: Mapping[str, Sequence[Any]],
    backbone: Any,
    *,
    design: Any = "linear",
    config: Any = None,
    progress: Callable[[Any], None] | None = None,
    cancel: threading.Event | None = None,
    name: str = PHOTOS,
) -> Any:
    """Train a classification head on ``photos`` over a frozen ``backbone``.

    Args:
        photos: ``{class name: [images]}`` (see :func:`photo_dataset`).
        backbone: a :class:`designer.backbones.Backbone` (or any feature callable with
            ``feature_info``).
        design: a classification preset or spec (default ``linear``: a pooled linear layer,
            the quickest to train on a few images).
        config: a :class:`designer.training.TrainConfig` (default: 40 epochs at 224 px, no
            early stopping and the last epoch's weights: a few photos give a validation split
            too small to choose an epoch by).
        progress, cancel: as :func:`designer.training.train_head`.
        name: what the card calls the data.

    Returns:
        a :class:`~designer.inference.HeadBundle` with the card of the run, or ``None`` when
        cancelled.
    """
    from designer.cards import bundle_from_training
    from designer.training import Keep, TrainConfig, train_head

    dataset = photo_dataset(photos, name=name)
    config = config or TrainConfig(
        epochs=40, image_size=224, patience=0, batch_size=16, keep=Keep.LAST
    )
    result = train_head(design, dataset, backbone, config, progress=progress, cancel=cancel)
    if result.cancelled:
        return None
    return bundle_from_training(result, dataset, dataset_name=name)


__all__ = ["PHOTOS", "photo_dataset", "train_on_photos"]
