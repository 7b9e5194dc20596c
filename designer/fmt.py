"""Numbers as people read them, one way everywhere (diagram boxes, the app's tables, the CLI).

Example:
    >>> human(20490), human(1_250_000), human(512), human(4.1e9, "FLOPs")
    ('20.5k', '1.25M', '512', '4.1GFLOPs')
"""

from __future__ import annotations

_UNITS = ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))


def human(n: float, unit: str = "") -> str:
    """A short number with three significant digits and a k/M/G/T suffix.

    Args:
        n: the number.
        unit: appended after the suffix (``"FLOPs"``).

    Example:
        >>> human(999_999), human(-1500), human(0.25)
        ('1M', '-1.5k', '0.25')
    """
    for i, (size, suffix) in enumerate(_UNITS):
        value = float(f"{abs(n) / size:.3g}")  # three significant digits
        if value >= 1000 and i > 0:
            # Rounding carried into the next unit (999.96k reads 1M, not 1e+03k).
            size, suffix = _UNITS[i - 1]
            value = float(f"{abs(n) / size:.3g}")
        if value >= 1:
            return f"{'-' if n < 0 else ''}{value:g}{suffix}{unit}"
    return f"{int(n)}{unit}" if float(n).is_integer() else f"{n:.3g}{unit}"


__all__ = ["human"]
