"""Helpers shared by the reliability tests (imported by path: tests are not a package)."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def manifest(section: str) -> list[dict]:
    """The corpus entries of one section (``images``, ``specs``, ``weights``, ``datasets``)."""
    return json.loads((CORPUS / section / "manifest.json").read_text())


def small_predictor():
    """A predictor over the random two-level test backbone (builds instantly)."""
    from designer.inference import Predictor, TinyBackbone

    return Predictor(backbone=TinyBackbone())
