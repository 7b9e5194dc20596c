"""The code generator's error."""

from __future__ import annotations


class CodegenError(ValueError):
    """The design cannot be exported (a bad class name, code that is not self-contained)."""


__all__ = ["CodegenError"]
