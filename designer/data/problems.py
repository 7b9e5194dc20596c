"""What is wrong with a dataset: :class:`Problem` (a file and a message) and :class:`DataError`.

Example:
    >>> err = DataError([Problem("a.json", "images must be a list, got an object")])
    >>> print(err)
    1 problem(s) in the dataset:
    - a.json: images must be a list, got an object
    >>> err.problems[0].file
    'a.json'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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


__all__ = ["DataError", "Problem"]
