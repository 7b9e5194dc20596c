"""The designer never loses work: what a new user did in a real browser, and what must happen.

Each test drives the app (default backbones, lazily loaded) in Chromium and names the defect it
guards against. Selectors are labels and the texts a person reads. Screenshots of every tab go
to ``artifacts/e2e/``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "images"
EXAMPLE = ROOT / "assets" / "examples" / "shapes_0.png"
TIMEOUT = 60_000  # ms; the machine is shared and slow


@pytest.fixture
def page(browser, app_url):
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(app_url)
    page.locator(".mh-diagram img").wait_for(timeout=TIMEOUT)
    yield page
    page.close()


def _settle(page, seconds: float = 1.5) -> None:
    """Let the events a click may have started reach the page (and the queue drain)."""
    time.sleep(seconds)
    page.wait_for_function(
        "() => !document.querySelector('.progress-text, .eta-bar')", timeout=TIMEOUT
    )


def _status(page) -> str:
    return page.locator("#status").inner_text()


def _wait_status(page, text: str) -> None:
    page.locator("#status", has_text=text).wait_for(timeout=TIMEOUT)


def _nodes(page) -> list[str]:
    """The node list's entries, ``name · block``, in order."""
    radio = page.locator("fieldset", has_text="Nodes (data flows top to bottom)").first
    return [t.strip() for t in radio.locator("label").all_inner_texts()]


def _choose(page, label: str, option: str | re.Pattern) -> None:
    page.get_by_label(label).first.click()
    page.get_by_role("option", name=option).first.click()


def _choose_task(page, task: str) -> None:
    page.get_by_label(task, exact=True).check()
    _settle(page)


def _choose_preset(page, preset: str) -> None:
    _choose(page, "Start from preset", re.compile(f"^{preset}$"))
    _wait_status(page, f"'{preset}'")
    _settle(page)


def _totals(page) -> str:
    return page.locator(".mh-diagram").locator("xpath=..").inner_text()


def _page_text(page) -> str:
    return page.locator("body").inner_text()


def test_leaving_the_preset_box_keeps_the_design(page):
    """Defect 1: clicking into "Start from preset" and away re-applied the preset (edits lost);
    after choosing a task, the same click-away left an empty design."""
    _choose_task(page, "segmentation")
    _choose_preset(page, "unet")
    page.get_by_label("Name").fill("")
    page.locator("label", has_text="classifier").first.click()
    _settle(page)
    page.get_by_label("Name").fill("cls_out")
    page.get_by_role("button", name="Rename").click()
    _wait_status(page, "Renamed 'classifier' to 'cls_out'")
    edited = _nodes(page)
    page.get_by_label("Start from preset").first.click()
    page.get_by_text("Model Heads designer").click()  # away, choosing nothing
    _settle(page, 3)
    assert _nodes(page) == edited, _status(page)
    _choose_task(page, "detection")
    page.get_by_label("Start from preset").first.click()
    page.get_by_text("Model Heads designer").click()
    _settle(page, 3)
    assert _nodes(page), "the design was emptied"
    assert any("head" in n for n in _nodes(page)), _nodes(page)


def test_switching_backbone_keeps_the_image_level(page):
    """Defect 2: DeepLabV3+ moved from efficientnet_lite0 to resnet50 lost its ``image`` level
    and predicted a 7x7 mask while the banner said it was valid."""
    _choose_task(page, "segmentation")
    _choose_preset(page, "deeplabv3plus")
    _choose(page, "Backbone", re.compile("^resnet50"))
    _wait_status(page, "resnet50")
    _settle(page)
    assert re.search(r"mask_logits \(1, \d+, 224, 224\)", _totals(page)), _totals(page)
    assert "image stays the image" in _status(page)


def test_task_buttons_follow_the_design(page):
    """Defect 3: "detection" on a U-Net design swapped the block list but kept the U-Net nodes,
    and a detection block could then be added to it."""
    _choose_task(page, "segmentation")
    _choose_preset(page, "unet")
    _choose_task(page, "detection")
    nodes = " ".join(_nodes(page))
    assert "unet_decoder" not in nodes and re.search(r"fcos_head|retinanet_head", nodes), nodes
    page.get_by_role("button", name=re.compile("Undo")).click()
    _settle(page)
    assert "unet_decoder" in " ".join(_nodes(page))
    assert page.get_by_label("segmentation", exact=True).is_checked()
    page.get_by_label("Block").first.click()
    options = page.get_by_role("option").all_inner_texts()
    assert options and not any(o.startswith("bifpn") for o in options), options


@pytest.mark.parametrize("name", ["text.png", "zero_bytes.png"])
def test_bad_uploads_get_the_apps_message(page, artifacts, name):
    """Defect 4: a text file named .png or an empty .png showed three red "Error" badges and
    no message."""
    page.get_by_role("tab", name="Predict").click()
    page.locator("#image-input input[type=file]").set_input_files(str(CORPUS / name))
    message = page.locator(".mh-status", has_text=name).first
    message.wait_for(timeout=TIMEOUT)
    _settle(page)
    _shot(page, artifacts, f"bad_upload_{Path(name).stem}")
    assert page.locator(".wrap span.error").count() == 0
    assert "/tmp" not in message.inner_text()


def _invalid_message() -> str:
    """Why the MLP preset with a group norm does not build (the library's words)."""
    import heads
    from designer.backbones import backbone_info

    spec = heads.get_preset("mlp", backbone_info("efficientnet_lite0").feature_info)
    norm = type(spec.node("mlp").params.norm)
    with pytest.raises(heads.SpecError) as e:
        heads.plan(spec.with_params("mlp", norm=norm("group")))
    return str(e.value).split(": ", 1)[-1]  # the reason, without "node ..., field ..."


def test_an_invalid_design_keeps_its_diagram_and_says_why_once(page, artifacts):
    """Defect 5: an invalid design wiped the diagram and the table, and showed the same error
    four times."""
    _choose_preset(page, "mlp")
    page.locator("label", has_text="mlp").first.click()
    _settle(page)
    _choose(page, "Norm", "group")
    page.get_by_role("button", name="Apply parameters").click()
    _wait_status(page, "norm")
    _settle(page)
    _shot(page, artifacts, "invalid_design")
    assert page.locator(".mh-diagram img").count() == 1, "the diagram was wiped"
    table = page.locator(".block", has_text="Per-node shapes, parameters and FLOPs").last
    table = table.inner_text()
    assert "mlp" in table and "classifier" in table, "the table was wiped"
    reason = _invalid_message()
    # Once on the page, at the field; the canvas shows it at its node as well.
    on_canvas = page.locator(".head-canvas").inner_text().count(reason)
    assert _page_text(page).count(reason) - on_canvas == 1, _page_text(page)


def test_widgets_follow_a_loaded_design(page):
    """Defect 6: after loading a JSON design the preset box still named the old preset and
    "Classes" showed 4 for a 6-class design."""
    import heads
    from designer.backbones import backbone_info

    levels = backbone_info("efficientnet_lite0").feature_info
    spec = heads.get_preset("fcn", {k: v for k, v in levels.items() if k != "c5_head"},
                            num_classes=6)  # fmt: skip
    _choose_task(page, "segmentation")
    _choose_preset(page, "unet")
    page.get_by_text("Save / load the design (JSON)").click()
    editor = page.locator(".cm-content").last
    editor.click()
    page.keyboard.insert_text(json.dumps(spec.to_dict()))
    page.get_by_role("button", name=re.compile("Load JSON above")).click()
    _wait_status(page, "6 nodes" if len(spec.nodes) == 6 else f"{len(spec.nodes)} nodes")
    _settle(page)
    assert page.get_by_label("Start from preset").first.input_value() in ("", "None")
    assert page.get_by_label("Classes").first.input_value() == "6"


def test_widgets_follow_training(page, artifacts):
    """Defect 6: after training, the Design tab still showed ``logits (1, 10)`` and the status
    "Started from preset 'conv_pool'" until a node was clicked."""
    from designer.data.shapes import CLASS_NAMES

    _choose_preset(page, "conv_pool")
    before = re.search(r"logits \(1, (\d+)\)", _totals(page))
    assert before and int(before[1]) != len(CLASS_NAMES), _totals(page)
    page.get_by_role("tab", name="Train").click()
    page.get_by_label("Shapes images").fill("16")
    page.get_by_label("Epochs").fill("1")
    page.get_by_role("button", name="Train", exact=True).click()
    page.get_by_text(re.compile(r"^Done \(")).first.wait_for(timeout=4 * TIMEOUT)
    _settle(page)
    _shot(page, artifacts, "tab_train_done")
    page.get_by_role("tab", name="Design").click()
    assert "Started from preset" not in _status(page) and "Training finished" in _status(page)
    assert f"logits (1, {len(CLASS_NAMES)})" in _totals(page), _totals(page)


def test_the_diagram_is_beside_the_design_and_the_nodes_read_down(page):
    """Defect 8: the diagram started 1,073 px down the page (below the fold at 1400x1000); the
    node list, "data flows top to bottom", wrapped left to right. The design's picture is the
    canvas now, beside the form, all of it in the window."""
    box = page.locator(".head-canvas").bounding_box()
    assert box and box["y"] + box["height"] <= 1000, box
    _choose_preset(page, "mlp")
    radio = page.locator("fieldset", has_text="Nodes (data flows top to bottom)").first
    boxes = [b.bounding_box() for b in radio.locator("label").all()]
    assert len(boxes) == 3 and boxes[0]["x"] == boxes[1]["x"] == boxes[2]["x"], boxes
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]


def test_the_backbone_list_says_which_have_weights(page):
    """Defect 8: the backbone dropdown did not say which backbones have real weights here."""
    page.get_by_label("Backbone").first.click()
    options = page.get_by_role("option").all_inner_texts()
    assert any("ImageNet weights" in o for o in options), options
    assert any("random weights" in o for o in options), options


def test_the_node_header_keeps_the_blocks_text(page, artifacts):
    """Defect 8: the header of a U-Net decoder lost "<stride>)" and read "(ports s"."""
    _choose_task(page, "segmentation")
    _choose_preset(page, "unet")
    page.locator("label", has_text="unet_decoder").first.click()
    page.get_by_text("(ports s<stride>)").first.wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "tab_design")


def test_the_zip_box_follows_the_data_choice(page, artifacts):
    """Defect 8: the dataset zip box stayed visible with "Built-in Shapes" chosen."""
    page.get_by_role("tab", name="Train").click()
    page.get_by_label("Built-in Shapes").wait_for(timeout=TIMEOUT)
    assert not page.get_by_text("Dataset zip").is_visible()
    page.get_by_label("My data (zip)").check()
    page.get_by_text("Dataset zip").wait_for(timeout=TIMEOUT)
    page.get_by_label("Built-in Shapes").check()
    page.get_by_text("Dataset zip").wait_for(state="hidden", timeout=TIMEOUT)
    _shot(page, artifacts, "tab_train")
    page.get_by_role("tab", name="Export").click()
    page.get_by_role("button", name="Generate code and files").wait_for(timeout=TIMEOUT)
    _shot(page, artifacts, "tab_export")


def test_the_segmentation_overlay_has_a_legend_and_toggles(page, artifacts):
    """Defect 8: the segmentation overlay had no colour legend (class names, colours, area %),
    no per-class toggles and no opacity."""
    _choose_task(page, "segmentation")  # the bundled, trained head
    page.get_by_role("tab", name="Predict").click()
    page.locator("#image-input input[type=file]").set_input_files(str(EXAMPLE))
    legend = page.locator(".mh-legend")
    legend.wait_for(timeout=2 * TIMEOUT)
    assert re.search(r"background \d+\.\d%", legend.inner_text()), legend.inner_text()
    assert legend.locator(".mh-swatch").count() >= 2
    _shot(page, artifacts, "tab_predict")
    before = page.locator("#result-image img").get_attribute("src")
    drawn = legend.locator(".mh-class[data-drawn='1']")
    assert drawn.count() >= 1, legend.inner_text()
    name = drawn.first.get_attribute("data-name")
    page.locator("#hide").get_by_label(name, exact=True).check()
    page.wait_for_function(
        "(old) => { const i = document.querySelector('#result-image img');"
        " return i && i.getAttribute('src') !== old; }",
        arg=before, timeout=TIMEOUT,
    )  # fmt: skip
    legend.locator(f".mh-class[data-name='{name}'][data-drawn='0']").wait_for(timeout=TIMEOUT)
    assert page.get_by_label("Mask opacity").first.is_visible()


def _shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
