"""The designer in a real browser: design, diagram, predict, threshold, export; and the CLI.

Each step saves a screenshot to ``artifacts/e2e/``.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "assets" / "examples" / "shapes_0.png"
TIMEOUT = 60_000  # ms; the machine is shared and slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def _status(page) -> str:
    return page.locator("#status").inner_text()


def _wait_status(page, text: str) -> None:
    page.locator("#status", has_text=text).wait_for(timeout=TIMEOUT)


def _diagram_src(page) -> str | None:
    img = page.locator(".mh-diagram img")
    return img.get_attribute("src") if img.count() else None


def _image_bytes(page, locator) -> bytes:
    src = locator.get_attribute("src")
    return page.request.get(src).body()


def test_design_predict_export_in_the_browser(browser, app_url, artifacts, tmp_path):
    import numpy as np
    from PIL import Image

    from designer.session import DISPLAY_MIN_SIDE

    page = browser.new_page()
    page.goto(app_url)
    page.get_by_text("Model Heads designer").wait_for(timeout=TIMEOUT)
    page.locator(".mh-diagram img").wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "01_open")

    # Detection preset.
    page.get_by_label("detection").check()
    preset = page.get_by_label("Start from preset")
    preset.click()
    page.get_by_role("option", name="fcos_lite", exact=True).click()
    _wait_status(page, "fcos_lite")
    page.locator("label", has_text="fcos_head").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(
        "() => document.querySelector('.mh-diagram img') !== null", timeout=TIMEOUT
    )
    before = _diagram_src(page)
    _shot(page, artifacts, "02_detection_preset")

    # Change a parameter of the head: the diagram changes.
    page.locator("label", has_text="fcos_head").first.click()
    page.get_by_label("Num convs").wait_for(timeout=TIMEOUT)
    page.get_by_label("Num convs").fill("3")
    page.get_by_role("button", name="Apply parameters").click()
    _wait_status(page, "num_convs = 3")
    page.wait_for_function(
        "(old) => { const i = document.querySelector('.mh-diagram img');"
        " return i && i.getAttribute('src') !== old; }",
        arg=before,
        timeout=TIMEOUT,
    )
    _shot(page, artifacts, "03_parameter_changed")

    # Predict on a bundled example: boxes drawn over the image.
    page.get_by_role("tab", name="Predict").click()
    page.locator("#score-slider input[type=number]").fill("0.01")
    page.locator("#score-slider input[type=number]").press("Enter")
    page.locator("#image-input input[type=file]").set_input_files(str(EXAMPLE))
    page.get_by_text("Times:").wait_for(timeout=TIMEOUT * 2)
    result = page.locator("#result-image img")
    result.wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "04_predicted")
    drawn = np.asarray(Image.open(io.BytesIO(_image_bytes(page, result))).convert("RGB"))
    original_image = Image.open(EXAMPLE).convert("RGB")
    # Results smaller than the display minimum are enlarged for display, keeping their aspect.
    scale = max(1.0, DISPLAY_MIN_SIDE / max(original_image.size))
    size = (round(original_image.width * scale), round(original_image.height * scale))
    original = np.asarray(original_image.resize(size, Image.Resampling.LANCZOS))
    assert drawn.shape == original.shape
    changed = (np.abs(drawn.astype(int) - original.astype(int)).sum(-1) > 60).mean()
    assert changed > 0.001, "no boxes drawn over the image"

    # Raising the threshold re-runs post-processing: fewer (no) boxes.
    src_low = result.get_attribute("src")
    page.locator("#score-slider input[type=number]").fill("0.99")
    page.locator("#score-slider input[type=number]").press("Enter")
    page.wait_for_function(
        "(old) => { const i = document.querySelector('#result-image img');"
        " return i && i.getAttribute('src') !== old; }",
        arg=src_low,
        timeout=TIMEOUT,
    )
    page.get_by_text("from cache").wait_for(timeout=TIMEOUT)
    high = np.asarray(Image.open(io.BytesIO(_image_bytes(page, result))).convert("RGB"))
    changed_high = (np.abs(high.astype(int) - original.astype(int)).sum(-1) > 60).mean()
    assert changed_high < changed
    _shot(page, artifacts, "05_threshold_moved")

    # Export, download the code, and run it.
    classes = int(page.get_by_label("Classes").first.input_value())
    page.get_by_role("tab", name="Export").click()
    page.get_by_role("button", name="Generate code and files").click()
    page.get_by_text("Exported 5 files").wait_for(timeout=TIMEOUT)
    page.locator("#export-code .cm-content").first.wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "06_exported")
    link = page.locator("#export-files tr", has_text=".py").locator("a").first
    with page.expect_download(timeout=TIMEOUT) as info:
        link.click()
    code_path = tmp_path / "exported_head.py"
    info.value.save_as(code_path)
    check = (
        "import importlib.util, torch\n"
        f"spec = importlib.util.spec_from_file_location('exported_head', {str(code_path)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "head = m.Head().eval()\n"
        "x = {'c3': torch.randn(1, 40, 32, 32), 'c4': torch.randn(1, 112, 16, 16),"
        " 'c5': torch.randn(1, 320, 8, 8)}\n"
        "out = head(x)\n"
        "print(sorted(out), tuple(out['cls_logits'].shape))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert "bbox_regression" in run.stdout and f"(1, 1344, {classes})" in run.stdout
    page.close()


def test_cli_app_answers_within_15_seconds(tmp_path):
    exe = Path(sys.executable).with_name("model-heads")
    cmd = [str(exe)] if exe.is_file() else [sys.executable, "-m", "designer"]
    port = free_port()
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [*cmd, "app", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        answered = None
        while time.monotonic() - t0 < 15 and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    if r.status == 200 and b"<html" in r.read(4000).lower():
                        answered = time.monotonic() - t0
                        break
            except OSError:
                time.sleep(0.25)
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
        assert answered is not None, "no page within 15 s of process start"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
