"""What a prediction returns to the page and the API: the result picture (a fresh file per
call, enlarged when small, close to the drawn picture), the top classes as a plain value, the
segmentation legend; and the output folders' pruning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gradio")
from PIL import Image, ImageDraw  # noqa: E402

from designer import session as ss  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402
from designer.session import DISPLAY_MIN_SIDE  # noqa: E402
from designer.session import overlay_file as _overlay_file  # noqa: E402

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
    return ss.Backends(Predictor(backbone=TinyBackbone()))


def _predict(backends, task, preset):
    session, msg = ss.new_design(
        ss.initial_session(backends), task, "tiny", preset, 3, backends=backends
    )
    assert ss.validate(session).ok, msg
    return session, ss.predict(session, str(EXAMPLE), ss.PostSettings(score=0.0, topk=2),
                               backends=backends)  # fmt: skip


def test_top_classes_are_a_plain_value_shown_for_classification_only(backends):
    state, p = _predict(backends, "classification", "linear")
    assert Path(p.overlay).is_file()
    assert p.top_classes == {d["name"]: pytest.approx(d["score"]) for d in p.result["topk"]}
    _, p = _predict(backends, "detection", "fcos")
    assert p.top_classes is None


def test_the_segmentation_legend_names_colours_and_areas_and_toggles_classes(backends):
    from designer.ui.predict import legend_html

    session, p = _predict(backends, "segmentation", "fcn")
    classes = p.result["classes"]
    assert abs(sum(c["fraction"] for c in classes) - 1) < 1e-4
    assert all(c["color"].startswith("#") and len(c["color"]) == 7 for c in classes)
    html = legend_html(p.result)
    for c in classes:
        assert c["name"] in html and c["color"] in html and f"{100 * c['fraction']:.1f}%" in html
    # Hiding a drawn class takes it off the overlay (the same cached outputs).
    drawn = [c for c in classes if c["drawn"]]
    assert drawn, classes
    hidden = ss.predict(session, str(EXAMPLE), ss.PostSettings(hidden=(drawn[0]["label"],)),
                        backends=backends)  # fmt: skip
    again = {c["label"]: c["drawn"] for c in hidden.result["classes"]}
    assert again[drawn[0]["label"]] is False and hidden.result["cached"]["outputs"]
    a = np.asarray(Image.open(p.overlay), dtype=int)
    b = np.asarray(Image.open(hidden.overlay), dtype=int)
    assert np.abs(a - b).sum(-1).max() > 60


def test_output_folders_are_pruned(monkeypatch, tmp_path):
    import os
    import time

    monkeypatch.setattr(ss, "_OUTPUT", {"root": tmp_path, "pruned": 0.0})
    monkeypatch.setattr(ss, "OUTPUT_KEEP_S", 600.0)
    old, recent = tmp_path / "old", tmp_path / "recent"
    for d in (old, recent):
        d.mkdir()
        (d / "result.jpg").write_bytes(b"x")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    fresh = ss.output_dir()
    assert fresh.parent == tmp_path and fresh.is_dir()
    assert not old.exists(), "a folder older than OUTPUT_KEEP_S is removed"
    assert (recent / "result.jpg").exists(), "a recent folder is kept"
    # Pruning runs at most every OUTPUT_KEEP_S / 10 seconds.
    os.utime(recent, (hour_ago, hour_ago))
    ss.output_dir()
    assert recent.exists()
