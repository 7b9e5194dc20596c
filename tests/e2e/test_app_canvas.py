"""The head canvas in the app's Design tab, driven with the mouse and the keyboard.

Every canvas gesture is a session action: the status, the Undo button's label and the node form
follow it, and the design saved from the page is the one the same edits give through the session
model in-process. Screenshots go to ``artifacts/e2e/app_canvas_*.png``.
"""

from __future__ import annotations

import json
import re

import pytest

from designer import session as ss
from tests.e2e.conftest import close_canvas_notice

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TIMEOUT = 60_000  # ms; the machine is shared and slow
#: One preset of each task for the screenshots.
TASK_PRESETS = {"classification": "conv_pool", "detection": "fcos_lite", "segmentation": "upernet"}


def _backends() -> ss.Backends:
    """The app's backbones: a tiny injected one (no weights to load)."""
    from designer.inference import Predictor, TinyBackbone

    return ss.Backends(Predictor(backbone=TinyBackbone()))


@pytest.fixture(scope="module")
def app():
    from designer.app import CSS, THEME, create_demo
    from designer.inference import Predictor, TinyBackbone

    demo = create_demo(Predictor(backbone=TinyBackbone()))
    _, url, _ = demo.launch(
        prevent_thread_lock=True, server_name="127.0.0.1", quiet=True, theme=THEME, css=CSS
    )
    yield url
    demo.close()


@pytest.fixture
def page(browser, app):
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.set_default_timeout(TIMEOUT)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(app)
    page.locator(".block-node").first.wait_for()
    page.locator("#status", has_text="Started").wait_for()
    yield page
    assert not errors, errors
    page.close()


# -- helpers -----------------------------------------------------------------------------------


def node(page, cid: str):
    return page.locator(f'.svelte-flow__node[data-id="{cid}"]')


def handle(page, cid: str, hid: str):
    return node(page, cid).locator(f'.svelte-flow__handle[data-handleid="{hid}"]')


def centre(locator) -> tuple[float, float]:
    box = locator.bounding_box()
    assert box is not None, locator
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def drag(page, start: tuple[float, float], end: tuple[float, float]) -> None:
    """A real drag: press, move in steps past the drag threshold, release."""
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + 4, start[1] + 4, steps=3)
    page.mouse.move(*end, steps=12)
    page.wait_for_timeout(50)
    page.mouse.up()


def settle(page) -> None:
    """No canvas edit waiting for its answer, and the page's queue drained."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('.head-canvas [data-pending]')")
    page.wait_for_function("() => !document.querySelector('.progress-text, .eta-bar')")


def status(page, text: str) -> None:
    page.locator("#status", has_text=text).wait_for()


def choose_preset(page, name: str) -> None:
    page.get_by_label("Start from preset").first.click()
    page.get_by_role("option", name=re.compile(f"^{name}$")).first.click()
    page.locator('[data-testid="canvas-totals"] .design', has_text=name).wait_for()
    settle(page)


def fit(page) -> None:
    """The whole graph in view (the canvas's fit button)."""
    page.locator(".svelte-flow__controls-fitview").click()
    page.wait_for_timeout(400)


def saved_design(page) -> dict:
    """The design the session holds, as the page saves it (the file behind the download link)."""
    accordion = page.get_by_text("Save / load the design (JSON)")
    if not page.get_by_role("button", name="Save design JSON").is_visible():
        accordion.click()
    link = page.locator("a[href*='_design.json']")
    old = link.get_attribute("href") if link.count() else None
    page.get_by_role("button", name="Save design JSON").click()
    page.wait_for_function(
        "old => { const a = document.querySelector(\"a[href*='_design.json']\");"
        " return a && a.getAttribute('href') !== old; }",
        arg=old,
    )
    return json.loads(page.request.get(link.first.get_attribute("href")).text())


def shot(page, artifacts, name: str) -> None:
    """The Design tab as a person sees it at 1400x1000 (from the top, no notice left open)."""
    close_canvas_notice(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(200)
    page.screenshot(path=str(artifacts / f"app_canvas_{name}.png"))


# -- the tests -----------------------------------------------------------------------------------


def test_canvas_edits_are_session_steps_and_the_saved_spec_is_theirs(page, artifacts):
    choose_preset(page, "linear")
    fit(page)  # every port in view
    level = node(page, "pool").locator(".port.in .label").first.inner_text()
    flow = page.locator(".svelte-flow__pane").bounding_box()
    # Drag an MLP from the palette onto the canvas: one step, named; the form shows it.
    drop = (flow["x"] + flow["width"] * 0.5, flow["y"] + flow["height"] * 0.8)
    drag(page, centre(page.locator('.palette [data-block="mlp"]')), drop)
    node(page, "mlp").wait_for()
    status(page, "Added mlp 'mlp'.")
    page.locator("#undo", has_text="Added mlp 'mlp'").wait_for()
    page.locator("#node-header", has_text="mlp").wait_for()
    # Wire the pooled vector into it, then a refused wire (a map into the classifier).
    drag(page, centre(handle(page, "pool", "o:0")), centre(handle(page, "mlp", "i:0")))
    status(page, "Wired pool -> mlp.")
    drag(page, centre(handle(page, f"in:{level}", "o:0")),
         centre(handle(page, "classifier", "i:0")))  # fmt: skip
    notice = page.locator('[data-testid="canvas-notice"]')
    notice.wait_for()
    assert "classifier takes vector inputs, got map" in notice.inner_text()
    drag(page, centre(handle(page, "mlp", "o:0")), centre(handle(page, "classifier", "i:0")))
    status(page, "Wired mlp -> classifier.")
    page.locator('[data-edge="classifier/0"]', has_text="(N, 512)").wait_for()
    # A server-side refusal (a taken name): the reason on the canvas and in the status.
    node(page, "mlp").locator(".header .name").dblclick()
    node(page, "mlp").locator("input.rename").fill("classifier")
    node(page, "mlp").locator("input.rename").press("Enter")
    page.locator('[data-testid="canvas-notice"]', has_text="is taken").wait_for()
    status(page, "is taken")
    settle(page)
    # Add a conv, select it, delete it with the keyboard; ctrl-z and ctrl-shift-z.
    drop = (flow["x"] + flow["width"] * 0.75, flow["y"] + flow["height"] * 0.2)
    drag(page, centre(page.locator('.palette [data-block="conv"]')), drop)
    node(page, "conv").wait_for()
    settle(page)
    node(page, "conv").locator(".header .name").click()
    page.locator('.svelte-flow__node.selected[data-id="conv"]').wait_for()
    page.keyboard.press("Delete")
    node(page, "conv").wait_for(state="detached")
    status(page, "Deleted 'conv'.")
    page.keyboard.press("Control+z")
    node(page, "conv").wait_for()
    status(page, "Undid: Deleted 'conv'.")
    page.keyboard.press("Control+Shift+z")
    node(page, "conv").wait_for(state="detached")
    status(page, "Redid: Deleted 'conv'.")
    settle(page)
    # Click the MLP and edit a parameter in the form: the canvas repaints the new width.
    node(page, "mlp").locator(".header .name").click()
    page.locator("#node-header", has_text="block mlp").wait_for()
    field = page.get_by_label("Hidden features")
    field.fill("256")
    page.locator("#apply-params").click()
    page.locator('[data-edge="classifier/0"]', has_text="(N, 256)").wait_for()
    status(page, "Updated 'mlp'")
    settle(page)
    # Moving a node is layout, not a step: the Undo button still names the form's edit.
    x, y = centre(node(page, "classifier").locator(".header .name"))
    drag(page, (x, y), (x + 30, y + 60))
    settle(page)  # the move was answered
    page.locator("#undo", has_text="Updated 'mlp'").wait_for()
    # A node chosen in the list (the keyboard's way) is the one the canvas shows selected.
    page.locator("#nodes label", has_text="pool").first.click()
    page.locator('.svelte-flow__node.selected[data-id="pool"]').wait_for()
    assert page.locator(".svelte-flow__node.selected").count() == 1
    settle(page)
    shot(page, artifacts, "edited")

    saved = saved_design(page)
    assert set(saved) == {"format", "spec", "layout"}
    # Every node has its place in the saved layout (the canvas's own layout included).
    drawn = page.evaluate(
        "[...document.querySelectorAll('.svelte-flow__node')].map(n => n.dataset.id)"
    )
    assert set(saved["layout"]) == set(drawn) and "mlp" in drawn and f"in:{level}" in drawn
    spec = saved["spec"]
    by_name = {n["name"]: n for n in spec["nodes"]}
    assert [n["name"] for n in spec["nodes"]] == ["pool", "classifier", "mlp"]
    assert by_name["mlp"]["inputs"] == ["pool"] and by_name["classifier"]["inputs"] == ["mlp"]
    assert by_name["mlp"]["params"]["hidden_features"] == [256]
    # The same edits through the session model give the same spec.
    assert spec == _through_the_session(page)


def _through_the_session(page) -> dict:
    """The spec the test's edits give when applied with the session functions in-process."""
    backends = _backends()
    s = ss.initial_session(backends)
    classes = int(page.get_by_label("Classes").first.input_value())
    s, _ = ss.choose_preset(s, "linear", classes, backends=backends)
    for edit in (
        {"op": "add", "block": "mlp"},
        {"op": "connect", "source": "pool", "target": "mlp"},
        {"op": "connect", "source": "mlp", "target": "classifier", "slot": 0},
    ):
        s, msg = ss.canvas_edit(s, edit)
        assert not msg.startswith("Not applied"), msg
    s, msg = ss.set_params(s, "mlp", {"hidden_features": "256"})
    return s.spec.to_dict()


def test_presets_invalid_wire_and_expanded_block_read_well(page, artifacts):
    for task, name in TASK_PRESETS.items():
        page.get_by_label(task, exact=True).check()
        settle(page)
        choose_preset(page, name)
        assert page.locator('.block-node[data-status="error"]').count() == 0, name
        page.evaluate("window.scrollTo(0, 0)")
        box = page.locator(".head-canvas").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 1000, box  # fits the window
        shot(page, artifacts, f"preset_{task}_{name}")
        if task == "detection":
            # Expand a block (the detection head's towers): its inner layers, repeats folded.
            node(page, "head").locator("button.expand").click()
            node(page, "head").locator('[data-layer="cls_tower"]').wait_for()
            assert "×2" in node(page, "head").locator(".layers").inner_text()
            fit(page)
            shot(page, artifacts, "expanded_block")
            node(page, "head").locator("button.expand").click()
            node(page, "head").locator(".layers").wait_for(state="detached")
    # A wire the block cannot use (a pooled vector into a conv), from a loaded design: red,
    # with the library's message, while the rest of the graph keeps its shapes.
    backends = _backends()
    s, _ = ss.choose_preset(ss.initial_session(backends), "conv_pool", 3, backends=backends)
    level = s.spec.node("conv").inputs[0]
    bad = s.spec.replace_node("pool", inputs=(level,)).replace_node("conv", inputs=("pool",))
    bad = bad.replace_node("classifier", inputs=("conv",))
    page.get_by_text("Save / load the design (JSON)").click()
    page.locator("#design-json-text .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(bad.to_json())
    page.get_by_role("button", name="Load JSON above (replaces the design)").click()
    status(page, "by a loaded classification design")
    settle(page)
    assert node(page, "conv").locator("[data-status]").get_attribute("data-status") == "error"
    assert node(page, "pool").locator("[data-status]").get_attribute("data-status") == "ok"
    label = page.locator('[data-edge="conv/0"]')
    assert "takes map inputs, got vector" in label.get_attribute("title")
    # The problem list takes the view to the node; the wire's message shows on hover.
    page.locator('[data-testid="canvas-problems"] button').first.click()
    page.wait_for_timeout(500)
    page.evaluate("window.scrollTo(0, 0)")
    label.hover()
    page.wait_for_timeout(300)
    shot(page, artifacts, "invalid_wire")
