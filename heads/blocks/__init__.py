"""Block families; importing this package registers every block (no torch is imported)."""

from heads.blocks import (
    classification,  # noqa: F401
    detection,  # noqa: F401
    primitives,  # noqa: F401
    segmentation,  # noqa: F401
    ssd,  # noqa: F401
    yolo,  # noqa: F401
)
