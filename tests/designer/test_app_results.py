"""What a prediction returns to the page and the API: the result picture (a fresh file per
call, enlarged when small, close to the drawn picture) and the top classes as a plain value."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gradio")
from PIL import Image, ImageDraw  # noqa: E402

from designer import app  # noqa: E402
from designer.app import DISPLAY_MIN_SIDE, _overlay_file  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "shapes_0.png"


def _drawn(size: tuple[int, int]) -> Image.Image:
    """A textured picture with 1-2 pixel boxes and text in saturated colours."""
    rng = np.random.default_rng(0)
    w, h = size
    base = rng.integers(60, 200, (h, w, 3), dtype=np.uint8)
    img = Image.fromarray(base)
    draw = ImageDraw.Draw(img)
    for i, colour in enumerate([(230, 25, 75), (0, 130, 200), (60, 180, 75), (255, 225, 25)]):
        x0, y0 = 10 + 40 * i, 12 + 30 * i
        draw.rectangle([x0, y0, x0 + 70, y0 + 50], outline=colour, width=1 + i % 2)
        draw.text((x0 + 3, y0 + 3), f"star {0.5 + i / 10:.2f}", fill=colour)
    return img


def test_small_results_are_enlarged_and_stay_close_to_the_drawing():
    drawn = _drawn((256, 192))
    path = _overlay_file(drawn)
    shown = Image.open(path)
    assert shown.size == (DISPLAY_MIN_SIDE, 384)  # longest side enlarged, aspect kept
    expected = np.asarray(drawn.resize(shown.size, Image.Resampling.LANCZOS), dtype=int)
    diff = np.abs(np.asarray(shown.convert("RGB"), dtype=int) - expected)
    # Within a few levels everywhere: colours of thin lines are not smeared into their
    # neighbours (as chroma subsampling would do).
    assert diff.mean() < 4, diff.mean()
    assert np.percentile(diff.sum(-1), 99.9) < 60


def test_large_results_keep_their_size():
    drawn = _drawn((640, 480))
    shown = Image.open(_overlay_file(drawn))
    assert shown.size == (640, 480)
    diff = np.abs(np.asarray(shown.convert("RGB"), dtype=int) - np.asarray(drawn, dtype=int))
    assert diff.mean() < 4


def test_every_result_is_a_fresh_file():
    # Gradio copies a returned file into its cache; a file shared between calls could be
    # rewritten while another session's copy is being made.
    drawn = _drawn((64, 64))
    a, b = _overlay_file(drawn), _overlay_file(drawn)
    assert a != b
    assert _overlay_file(None) is None


@pytest.fixture(scope="module")
def backends():
    return app.Backends(Predictor(backbone=TinyBackbone()))


def _predict(backends, task, preset):
    state, msg, design = app.new_design(None, task, "tiny", preset, 3, backends=backends)
    assert design["valid"], msg
    out = app.run_prediction(
        state, str(EXAMPLE), 0.0, 0.5, "class_aware", 2, backends=backends,
        progress=lambda *a, **k: None,
    )  # fmt: skip
    return state, out


def test_top_classes_are_a_plain_value_shown_for_classification_only(backends):
    state, (overlay, label, *_rest, result, _mask, _image) = _predict(
        backends, "classification", "linear"
    )
    assert Path(overlay).is_file()
    assert label == {d["name"]: pytest.approx(d["score"]) for d in result["topk"]}
    *controls, label_shown = app.post_controls(state)
    assert label_shown["visible"] is True and controls[3]["visible"] is True

    state, (_, label, *_rest) = _predict(backends, "detection", "fcos")
    assert label is None
    *controls, label_shown = app.post_controls(state)
    assert label_shown["visible"] is False and controls[0]["visible"] is True


def test_output_folders_are_pruned(monkeypatch, tmp_path):
    import os
    import time

    monkeypatch.setattr(app, "_OUTPUT", {"root": tmp_path, "pruned": 0.0})
    monkeypatch.setattr(app, "OUTPUT_KEEP_S", 600.0)
    old, recent = tmp_path / "old", tmp_path / "recent"
    for d in (old, recent):
        d.mkdir()
        (d / "result.jpg").write_bytes(b"x")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    fresh = app._session_dir()
    assert fresh.parent == tmp_path and fresh.is_dir()
    assert not old.exists(), "a folder older than OUTPUT_KEEP_S is removed"
    assert (recent / "result.jpg").exists(), "a recent folder is kept"
    # Pruning runs at most every OUTPUT_KEEP_S / 10 seconds.
    os.utime(recent, (hour_ago, hour_ago))
    app._session_dir()
    assert recent.exists()
