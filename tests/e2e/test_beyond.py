"""Comparing designs, fitting anchors, measuring cost per node and test-time augmentation, in a
real browser (default backbones, lazily loaded). Screenshots go to ``artifacts/e2e/``."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "assets" / "examples" / "shapes_0.png"
TIMEOUT = 90_000  # ms; the machine is shared and slow


@pytest.fixture
def page(browser, app_url):
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(app_url)
    page.locator(".mh-diagram img").first.wait_for(timeout=TIMEOUT)
    yield page
    page.close()


def _settle(page, seconds: float = 1.5) -> None:
    time.sleep(seconds)
    page.wait_for_function(
        "() => !document.querySelector('.progress-text, .eta-bar')", timeout=TIMEOUT
    )


def _wait_status(page, text: str) -> None:
    page.locator("#status", has_text=text).wait_for(timeout=TIMEOUT)


def _shot(page, artifacts: Path, name: str, element: str | None = None) -> None:
    if element is not None:
        page.locator(element).first.screenshot(path=str(artifacts / f"{name}.png"))
    else:
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def _detection_preset(page, preset: str) -> None:
    page.get_by_label("detection", exact=True).check()
    _settle(page)
    page.get_by_label("Start from preset").first.click()
    page.get_by_role("option", name=re.compile(f"^{preset}$")).first.click()
    _wait_status(page, f"'{preset}'")
    _settle(page)


def _set_head_param(page, field: str, value: str) -> None:
    page.locator("label", has_text="head").last.click()
    page.get_by_label(field).wait_for(timeout=TIMEOUT)
    page.get_by_label(field).fill(value)
    page.get_by_role("button", name="Apply parameters").click()


def test_compare_with_the_preset_marks_the_change_and_keeps_the_design(page, artifacts):
    _detection_preset(page, "fcos_lite")
    _set_head_param(page, "Num convs", "3")
    _wait_status(page, "num_convs = 3")
    _settle(page)
    page.get_by_role("tab", name="Compare").click()
    page.get_by_role("button", name="Compare with its preset").click()
    report = page.locator("#compare-report")
    report.get_by_text("num_convs: 2 → 3").wait_for(timeout=TIMEOUT)
    page.locator("#compare-diagram img").wait_for(timeout=TIMEOUT)
    caption = page.locator("#compare-caption").inner_text()
    assert "preset 'fcos_lite'" in caption, caption
    text = report.inner_text()
    assert re.search(r"params\s+\S+\s+\S+\s+\+", text), text  # a Δ params row, positive
    assert "changed" in text and "No Δ metrics" in text
    _shot(page, artifacts, "compare_preset")
    # Read-only: the design still has three convs; an edit marks the comparison stale.
    assert "num_convs" in page.locator("#status").inner_text()
    page.get_by_role("button", name=re.compile("Undo")).click()
    _wait_status(page, "Undid")
    page.locator("#compare-caption", has_text="changed since").wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "compare_stale")


def test_fit_anchors_apply_and_undo(page, artifacts):
    _detection_preset(page, "retinanet_lite")
    page.get_by_role("tab", name="Train").click()
    page.get_by_text("Fit anchors to the data").click()
    page.get_by_label("Search generations").fill("60")
    page.locator("#fit-anchors").click()
    report = page.locator("#anchors-report")
    report.get_by_role("cell", name="fitted").wait_for(timeout=2 * TIMEOUT)
    page.locator("#anchors-image img").wait_for(timeout=TIMEOUT)
    rows = [r.locator("td").all_inner_texts() for r in report.locator("tbody tr").all()]
    assert [r[0] for r in rows] == ["the head's", "fitted"], rows
    before, after = (float(r[3]) for r in rows)  # recall on the grid
    assert after >= before, rows
    _shot(page, artifacts, "anchors_fitted", "#anchors")
    page.locator("#apply-anchors").click()
    _wait_status(page, "Fitted anchors to Shapes")
    status = page.locator("#status").inner_text()
    assert "undo takes it back" in status and "Recall" in status, status
    _shot(page, artifacts, "anchors_applied")
    page.get_by_role("button", name=re.compile("Undo: Fitted anchors")).click()
    _wait_status(page, "Undid: Fitted anchors")


def test_measure_adds_measured_columns_to_the_table(page, artifacts):
    _detection_preset(page, "fcos_lite")
    assert "Not measured" in page.locator("#measure-note").inner_text()
    page.locator("#measure").click()
    page.locator("#measure-note", has_text="Measured at 224×224").wait_for(timeout=2 * TIMEOUT)
    table = page.locator("table").filter(has_text="CPU ms").first
    table.wait_for(timeout=TIMEOUT)
    assert "peak" in table.inner_text() and "share" in table.inner_text()
    _wait_status(page, "Measured 'fcos_lite' at 224×224, batch 1")
    # The canvas shows the measured time on each node too.
    canvas = page.locator("#head-canvas")
    canvas.get_by_text(re.compile(r"ms measured")).first.wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "measure")
    # An edit drops the columns (not measured), undo brings them back from the cache.
    _set_head_param(page, "Num convs", "1")
    _wait_status(page, "num_convs = 1")
    page.locator("#measure-note", has_text="Not measured").wait_for(timeout=TIMEOUT)
    assert canvas.get_by_text(re.compile(r"ms measured")).count() == 0
    page.get_by_role("button", name=re.compile("Undo")).click()
    page.locator("#measure-note", has_text="Measured at 224×224").wait_for(timeout=TIMEOUT)


def test_tta_in_predict_reruns_only_the_merge_for_a_new_threshold(page, artifacts):
    page.get_by_label("detection", exact=True).check()  # the bundled, trained head
    _settle(page)
    page.get_by_role("tab", name="Predict").click()
    page.get_by_text("Test-time augmentation and large images").click()
    page.locator("#tta-flip").get_by_role("checkbox").check()
    page.locator("#tta-scales").get_by_label("1.25").check()
    page.locator("#image-input input[type=file]").set_input_files(str(EXAMPLE))
    notes = page.locator("#predict-notes")
    notes.get_by_text("4 views").wait_for(timeout=2 * TIMEOUT)
    assert "each also flipped left-right" in notes.inner_text()
    _shot(page, artifacts, "tta_predicted")
    page.locator("#score-slider input[type=number]").fill("0.6")
    page.locator("#score-slider input[type=number]").press("Enter")
    page.get_by_text("from cache: outputs").wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "tta_threshold")
