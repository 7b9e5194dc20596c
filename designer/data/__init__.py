"""Datasets for training and trying heads: the procedural Shapes data."""

from designer.data.shapes import (
    CLASS_NAMES,
    SEGMENTATION_CLASS_NAMES,
    ShapeSample,
    ShapesDataset,
    ShapesTask,
    generate,
    make_sample,
)

__all__ = [
    "CLASS_NAMES", "SEGMENTATION_CLASS_NAMES", "ShapeSample", "ShapesDataset", "ShapesTask",
    "generate", "make_sample",
]  # fmt: skip
