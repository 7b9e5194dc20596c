"""Browser tests: the app served in-process, Debian's Chromium driven headless by Playwright.

Screenshots of every step go to ``artifacts/e2e/`` (git-ignored). The tests skip when
Playwright or ``/usr/bin/chromium`` is missing (``apt-get install -y chromium``).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "e2e"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    profile = tempfile.mkdtemp(prefix="mh-chromium-")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1440, "height": 1000},
            accept_downloads=True,
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def app_url():
    """The app with its default (lazily loaded) EfficientNet-Lite0 predictor."""
    from designer.app import CSS, THEME, create_demo

    demo = create_demo()
    port = free_port()
    demo.launch(
        prevent_thread_lock=True,
        server_name="127.0.0.1",
        server_port=port,
        quiet=True,
        theme=THEME,
        css=CSS,
    )
    yield f"http://127.0.0.1:{port}/"
    demo.close()


def close_canvas_notice(page) -> None:
    """Close the canvas's notice, if one is open, and wait until it is gone (a notice closes
    itself after 8 s: a click on one closing meanwhile would wait for it in vain)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    dismiss = page.locator('[data-testid="canvas-notice"] button')
    if dismiss.count():
        try:
            dismiss.click(timeout=3000)
        except PlaywrightTimeout:
            pass  # it closed itself meanwhile
        page.locator('[data-testid="canvas-notice"]').wait_for(state="detached")
