"""The Export tab in a browser: the head as ONNX with decoding inside, downloaded and run in
onnxruntime; an unbuildable design gets the message at its node, not error badges."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TIMEOUT = 120_000  # ms; the machine is shared and slow


def _shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_onnx_download_from_the_export_tab(browser, app_url, artifacts, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    page = browser.new_page()
    page.goto(app_url)
    page.locator("#status").wait_for(timeout=TIMEOUT)
    time.sleep(2)  # the first drawing of the page
    page.get_by_role("tab", name="Export").click()
    page.locator("#onnx-decoded input").check()
    page.locator("#onnx-btn").click()
    page.locator("#onnx-msg", has_text="Exported").wait_for(timeout=TIMEOUT)
    message = page.locator("#onnx-msg").inner_text()
    assert "outputs scores" in message and "trained weights" in message, message
    assert "/tmp/" not in message
    _shot(page, artifacts, "export_onnx")
    link = page.locator("#onnx-file a").first
    with page.expect_download(timeout=TIMEOUT) as info:
        link.click()
    path = tmp_path / "head.onnx"
    info.value.save_as(path)
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    assert [o.name for o in sess.get_outputs()] == ["scores"]
    page.close()


def test_unbuildable_design_gets_a_message_in_the_export_tab(browser, app_url, artifacts):
    page = browser.new_page()
    page.goto(app_url)
    page.locator("#status").wait_for(timeout=TIMEOUT)
    time.sleep(2)
    # Move the classifier above the pool: the classifier now reads nothing valid.
    page.locator("#nodes label").last.click()
    page.get_by_role("button", name="▲ Up").click()
    page.locator("#status", has_text="Moved").wait_for(timeout=TIMEOUT)
    page.get_by_role("tab", name="Export").click()
    page.locator("#onnx-btn").click()
    page.locator("#onnx-msg", has_text="Cannot export to ONNX").wait_for(timeout=TIMEOUT)
    message = page.locator("#onnx-msg").inner_text()
    assert "node '" in message, message
    _shot(page, artifacts, "export_onnx_refused")
    page.close()
