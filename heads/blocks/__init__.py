"""Block families; importing this package registers every block."""

from heads.blocks import classification  # noqa: F401
from heads.blocks import detection  # noqa: F401
from heads.blocks import segmentation  # noqa: F401
