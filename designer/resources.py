"""Run-time files of the designer: bundled heads, example images, class names.

They live in the repository's top-level ``assets/`` folder. The wheel maps that folder into the
package ``designer.assets`` (see ``[tool.setuptools.package-dir]`` in ``pyproject.toml``), so an
installed copy reads them through :mod:`importlib.resources`; a source checkout, where there is
no such package, reads the folder itself. Either way callers ask this module, never a path built
from ``__file__``.

Example:
    >>> (assets_dir() / "heads" / "classification.safetensors").is_file()
    True
    >>> sorted(p.name for p in example_images())[:2]
    ['grace_hopper.jpg', 'shapes_0.png']
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

#: The package the wheel installs ``assets/`` as.
ASSETS_PACKAGE = "designer.assets"
#: Image files offered as examples.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


class ResourceError(FileNotFoundError):
    """A run-time file the installation should carry is missing."""


def source_checkout() -> Path | None:
    """The repository root when the designer runs from a source checkout, else ``None``.

    A checkout is recognised by the project's ``pyproject.toml`` next to the ``designer``
    package (an installed copy has none beside it in ``site-packages``).
    """
    root = Path(__file__).resolve().parent.parent
    project = root / "pyproject.toml"
    try:
        text = project.read_text(encoding="utf-8")
    except OSError:
        return None
    return root if 'name = "model-heads"' in text else None


@functools.lru_cache(maxsize=1)
def assets_dir() -> Path:
    """The folder holding the bundled assets (``heads/``, ``examples/``, class names).

    Raises:
        ResourceError: when neither an installed ``designer.assets`` nor a checkout's
            ``assets/`` exists (an installation built without its data files).
    """
    # Installed from a wheel: the folder designer/assets in site-packages (a wheel installs
    # unzipped, so the resource is a real folder; designer itself is a regular package).
    installed = importlib.resources.files("designer").joinpath("assets")
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    checkout = source_checkout()
    if checkout is not None and (checkout / "assets").is_dir():
        return checkout / "assets"
    raise ResourceError(
        f"the bundled assets are missing: no package {ASSETS_PACKAGE!r} and no assets/ folder "
        "in a source checkout; reinstall model-heads from its wheel"
    )


def asset(*parts: str) -> Path:
    """The path of one bundled file, e.g. ``asset("heads", "detection.safetensors")``.

    The file may not exist (a head that was never built); callers check.
    """
    return assets_dir().joinpath(*parts)


def heads_dir() -> Path:
    """``assets/heads``: the bundled head bundles, specs and training metrics."""
    return asset("heads")


def examples_dir() -> Path:
    """``assets/examples``: example images for the app."""
    return asset("examples")


def example_images() -> list[Path]:
    """The example images, sorted by name (empty when the folder is absent)."""
    try:
        folder = examples_dir()
    except ResourceError:
        return []
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


__all__ = [
    "ASSETS_PACKAGE",
    "ResourceError",
    "asset",
    "assets_dir",
    "example_images",
    "examples_dir",
    "heads_dir",
    "source_checkout",
]
