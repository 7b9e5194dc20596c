"""Real photos in a real browser: a pretrained start predicts VOC classes, and photos uploaded
per class train a head that then recognises them.

The app runs with its default backbones (EfficientNet-Lite0, lazily loaded) and a temporary
``TORCH_HOME`` holding a random-weight checkpoint of ``lraspp_mobilenet_v3_large`` under the
real file name, written before the app starts (nothing downloads). Screenshots go to
``artifacts/e2e/``.
"""

from __future__ import annotations

import re
import socket
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PHOTO = ROOT / "assets" / "examples" / "grace_hopper.jpg"
START = "lraspp_mobilenet_v3_large"
TIMEOUT = 60_000  # ms; the machine is shared and slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def photos_app_url(tmp_path_factory):
    """The app over a TORCH_HOME that holds the start's checkpoint (random weights)."""
    torch = pytest.importorskip("torch")
    torchvision = pytest.importorskip("torchvision")
    from designer import pretrained as P

    home = tmp_path_factory.mktemp("torch_home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TORCH_HOME", str(home))
        mp.delenv(P.WEIGHTS_URL_ENV, raising=False)
        path = P.weights_path(START)
        path.parent.mkdir(parents=True)
        torch.manual_seed(0)
        model = torchvision.models.get_model(START, weights=None, weights_backbone=None)
        torch.save(model.state_dict(), path)
        P.clear_cache()
        from designer.app import CSS, THEME, create_demo

        demo = create_demo()
        port = _free_port()
        demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port,
                    quiet=True, theme=THEME, css=CSS)  # fmt: skip
        yield f"http://127.0.0.1:{port}/"
        demo.close()
    P.clear_cache()


@pytest.fixture
def page(browser, photos_app_url):
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(photos_app_url)
    page.locator(".mh-diagram img").wait_for(timeout=TIMEOUT)
    yield page
    page.close()


def _settle(page, seconds: float = 1.5) -> None:
    time.sleep(seconds)
    page.wait_for_function(
        "() => !document.querySelector('.progress-text, .eta-bar')", timeout=TIMEOUT
    )


def _shot(page, artifacts: Path, name: str, locator=None) -> None:
    target = locator if locator is not None else page
    kwargs = {} if locator is not None else {"full_page": True}
    target.screenshot(path=str(artifacts / f"{name}.png"), **kwargs)


def _table_column(page, column: int = 0) -> list[str]:
    """The per-class table's cells of one column, top to bottom."""
    rows = page.locator("#result-table div[role=row]")
    return [
        rows.nth(i).locator("[role=gridcell]").nth(column).inner_text().strip()
        for i in range(rows.count())
    ]


def test_a_pretrained_start_predicts_voc_classes(page, artifacts):
    from designer.pretrained import get_pretrained

    page.get_by_text("Pretrained starts: COCO detectors and VOC segmenters").click()
    table = page.locator("#pretrained-table")
    table.get_by_text(START).wait_for(timeout=TIMEOUT)
    row = table.locator("div[role=row]", has_text=START)
    assert (
        "here" in row.inner_text()
        and "not here" in table.locator("div[role=row]", has_text="fcos_resnet50_fpn").inner_text()
    )
    page.get_by_label("Start", exact=True).click()
    page.get_by_role("option", name=re.compile(START)).click()
    page.locator("#pretrained-status", has_text="weights here").wait_for(timeout=TIMEOUT)
    page.get_by_label("Shorter side").fill("160")
    page.get_by_role("button", name="Use this start (replaces the design)").click()
    page.locator("#status", has_text=f"pretrained start '{START}'").wait_for(timeout=2 * TIMEOUT)
    page.locator("#pretrained-current", has_text="shorter side 160 px").wait_for(timeout=TIMEOUT)
    _settle(page)
    assert page.get_by_label("Backbone").first.input_value().startswith(START)
    _shot(page, artifacts, "pretrained_start_design")

    page.get_by_role("tab", name="Predict").click()
    knows = page.locator("#predict-knows")
    knows.get_by_text("Pascal VOC").wait_for(timeout=TIMEOUT)
    page.locator("#image-input input[type=file]").set_input_files(str(PHOTO))
    page.locator("#result-table div[role=row]").first.wait_for(timeout=2 * TIMEOUT)
    page.locator(".mh-legend").wait_for(timeout=TIMEOUT)
    _settle(page)
    names = _table_column(page)
    assert names and set(names) <= set(get_pretrained(START).class_names), names
    assert "area %" in page.locator("#result-table thead").inner_text()
    assert (
        f"The backbone ({START}) has trained weights" in page.locator("#predict-notes").inner_text()
    )
    _shot(page, artifacts, "pretrained_start_predict")


def _photo(kind: str, seed: int) -> Image.Image:
    """A noisy 'photo' of a warm, fiery texture or a cool, sky-like one."""
    rng = np.random.default_rng(seed)
    h, w = (int(v) for v in rng.integers(160, 260, 2))
    base = np.array([205, 70, 25] if kind == "fire" else [70, 130, 225], dtype=float)
    blobs = rng.normal(0, 1, (h // 16 + 1, w // 16 + 1, 1)).repeat(16, 0).repeat(16, 1)[:h, :w]
    img = base * (0.75 + 0.2 * blobs) + rng.normal(0, 12, (h, w, 3))
    return Image.fromarray(img.clip(0, 255).astype(np.uint8))


def _photos(folder: Path, kind: str, seeds) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for s in seeds:
        path = folder / f"{kind}_{s}.jpg"
        _photo(kind, s).save(path, quality=92)
        out.append(str(path))
    return out


def _add_class(page, name: str, files: list[str]) -> None:
    page.get_by_label("Class name").fill(name)
    page.get_by_role("button", name="Add class").click()
    page.locator("#photos-message", has_text=f"Added class '{name}'").wait_for(timeout=TIMEOUT)
    page.locator("#photos-target").get_by_label(name, exact=True).wait_for(timeout=TIMEOUT)
    _settle(page, 0.5)
    page.locator("#photos-upload input[type=file]").set_input_files(files)
    card = page.locator(f".mh-photo-card[data-class='{name}'][data-count='{len(files)}']")
    card.wait_for(timeout=2 * TIMEOUT)
    assert card.locator("img").count() == len(files)


def test_photos_per_class_train_a_head_that_recognises_them(page, artifacts, tmp_path):
    page.get_by_role("tab", name="Train").click()
    page.get_by_label("My photos, per class").check()
    page.locator("#photos-panel").get_by_text("Add two or more classes").wait_for(timeout=TIMEOUT)
    assert page.get_by_label("Epochs").first.input_value() == "30"  # the photos' schedule
    _add_class(page, "fire", _photos(tmp_path, "fire", range(6)))
    _add_class(page, "sky", _photos(tmp_path, "sky", range(20, 26)))
    _shot(page, artifacts, "photos_classes", page.locator("#photos-panel").first)
    page.get_by_role("button", name="Train", exact=True).click()
    page.get_by_text(re.compile(r"^Done \(")).first.wait_for(timeout=5 * TIMEOUT)
    page.locator("#train-reports img").first.wait_for(timeout=TIMEOUT)
    _settle(page)
    _shot(page, artifacts, "photos_trained")
    assert "Training finished" in page.locator("#status").inner_text()

    page.get_by_role("tab", name="Predict").click()
    page.locator("#predict-knows").get_by_text(
        "This head knows: fire, sky — your photos (12 images)"
    ).wait_for(timeout=TIMEOUT)
    new = tmp_path / "new_fire.jpg"
    _photo("fire", 99).save(new, quality=92)
    page.locator("#image-input input[type=file]").set_input_files(str(new))
    page.locator("#result-table div[role=row]").first.wait_for(timeout=2 * TIMEOUT)
    _settle(page)
    assert _table_column(page, 1)[0] == "fire", _table_column(page, 1)
    _shot(page, artifacts, "photos_predict")
