"""Block families; importing this package registers every block."""

from heads.blocks import classification  # noqa: F401
