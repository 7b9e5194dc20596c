"""The head canvas in a real browser, driven with the mouse and the keyboard.

The page is the canvas's own demo (``designer.canvas.demo``): the canvas, the spec's JSON and an
undo stack. Screenshots go to ``artifacts/e2e/canvas_*.png``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import heads
from tests.e2e.conftest import close_canvas_notice

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TIMEOUT = 30_000  # ms; the machine is shared and slow
PRESETS = [p.name for p in heads.list_presets()]
#: One preset of each task for the screenshots.
TASK_PRESETS = {"classification": "conv_pool", "detection": "fcos_lite", "segmentation": "upernet"}


@pytest.fixture(scope="module")
def canvas_url():
    from designer.canvas.demo import create_demo

    demo = create_demo(heads.get_preset("linear", 2048, num_classes=10), height=620)
    _, url, _ = demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", quiet=True)
    yield url
    demo.close()


@pytest.fixture
def page(browser, canvas_url):
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT)
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(canvas_url)
    page.locator(".block-node").first.wait_for()
    _ready(page)
    _settle(page)
    page.requests, page.errors = requests, errors
    yield page
    assert not errors, errors
    page.close()


# -- helpers -----------------------------------------------------------------------------------


def _ready(page) -> None:
    """Wait until the page has made one round trip (the page's smallest event): Gradio drops an
    event a component sends before the app has finished connecting."""
    box = page.locator("#canvas-pong textarea, #canvas-pong input").first
    before = box.input_value()
    page.evaluate("document.querySelector('#canvas-ping').click()")
    page.wait_for_function(
        "b => { const e = document.querySelector('#canvas-pong textarea, #canvas-pong input');"
        " return e && e.value !== b; }",
        arg=before,
    )


def _settle(page) -> None:
    """Wait until no canvas edit is waiting for the server's answer (and the view settled)."""
    page.wait_for_timeout(250)
    page.wait_for_function("() => !document.querySelector('.head-canvas [data-pending]')")


def node(page, cid: str):
    return page.locator(f'.svelte-flow__node[data-id="{cid}"]')


def handle(page, cid: str, hid: str):
    return node(page, cid).locator(f'.svelte-flow__handle[data-handleid="{hid}"]')


def centre(locator) -> tuple[float, float]:
    box = locator.bounding_box()
    assert box is not None, locator
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def mouse_drag(page, start: tuple[float, float], end: tuple[float, float]) -> None:
    """A real drag: press, move in steps, release."""
    page.mouse.move(*start)
    page.mouse.down()
    # A few pixels first: a drag (HTML drag and drop, or xyflow's) starts past a threshold.
    page.mouse.move(start[0] + 4, start[1] + 4, steps=3)
    page.mouse.move((start[0] + end[0]) / 2, (start[1] + end[1]) / 2, steps=6)
    page.mouse.move(*end, steps=8)
    page.wait_for_timeout(50)
    page.mouse.up()


def answered(page) -> int:
    return page.evaluate("performance.getEntriesByName('head-canvas:edit').length")


def wire(page, source: str, out: str, target: str, slot: str) -> None:
    before = answered(page)
    mouse_drag(page, centre(handle(page, source, out)), centre(handle(page, target, slot)))
    page.wait_for_function(
        f"() => performance.getEntriesByName('head-canvas:edit').length > {before}"
    )


def status(page, cid: str) -> str:
    return node(page, cid).locator("[data-status]").get_attribute("data-status")


def saved_spec(page) -> dict:
    """The spec the canvas holds, read back through the component's value (the Save button)."""
    page.locator("#canvas-saved textarea").fill("")
    page.locator("#canvas-save").click()
    page.wait_for_function(
        "() => document.querySelector('#canvas-saved textarea').value.length > 0"
    )
    return json.loads(page.locator("#canvas-saved textarea").input_value())


def load_preset(page, name: str) -> None:
    dropdown = page.get_by_label("Start from preset")
    dropdown.click()
    dropdown.fill(name)
    page.get_by_role("option", name=name, exact=True).click()
    page.get_by_role("button", name="Load preset").click()
    page.locator('[data-testid="canvas-totals"] .design', has_text=name).wait_for()
    page.wait_for_function(
        "n => document.querySelectorAll('.svelte-flow__node').length === n",
        arg=_drawn(heads.get_preset(name)),
    )
    _settle(page)


def _drawn(spec) -> int:
    return len(spec.inputs) + len(spec.nodes) + len(spec.outputs)


def load_json(page, spec) -> None:
    page.locator("#canvas-json textarea").fill(spec.to_json())
    page.locator("#canvas-load-json").click()
    page.wait_for_function(
        "n => document.querySelectorAll('.svelte-flow__node').length === n", arg=_drawn(spec)
    )
    _settle(page)


def shot(page, artifacts: Path, name: str, *, fit: bool = False, notice: bool = False) -> None:
    """A screenshot of the canvas (the whole graph in view with ``fit``), without a notice
    unless it is the point (``notice``)."""
    if fit:
        page.locator(".svelte-flow__controls-fitview").click()
        page.wait_for_timeout(400)
    if not notice:
        close_canvas_notice(page)
    page.locator(".head-canvas").screenshot(path=str(artifacts / f"canvas_{name}.png"))


# -- the tests -----------------------------------------------------------------------------------


def test_drag_wire_refuse_delete_undo_redo_gives_the_expected_spec(page, artifacts):
    flow = page.locator(".svelte-flow__pane").bounding_box()
    # Drag an MLP from the palette onto the canvas: a new node, red until it has an input.
    drop = (flow["x"] + flow["width"] * 0.45, flow["y"] + flow["height"] * 0.78)
    mouse_drag(page, centre(page.locator('.palette [data-block="mlp"]')), drop)
    node(page, "mlp").wait_for()
    assert status(page, "mlp") == "error"
    assert "no inputs" in node(page, "mlp").locator(".block-node").get_attribute("title")
    # Wire the pooled vector into it.
    wire(page, "pool", "o:0", "mlp", "i:0")
    assert status(page, "mlp") == "ok"
    assert "(N, 2048)" in page.locator('[data-edge="mlp/0"]').inner_text()
    # A wire whose kinds cannot meet (a map into the classifier) is refused, with the reason.
    mouse_drag(
        page, centre(handle(page, "in:c5", "o:0")), centre(handle(page, "classifier", "i:0"))
    )
    notice = page.locator('[data-testid="canvas-notice"]')
    notice.wait_for()
    assert "classifier takes vector inputs, got map" in notice.inner_text()
    shot(page, artifacts, "refused_wire", notice=True)
    assert saved_spec(page)["nodes"][1]["inputs"] == ["pool"]  # nothing changed
    # Wire the MLP into the classifier instead (replacing the pool's wire).
    wire(page, "mlp", "o:0", "classifier", "i:0")
    page.locator('[data-edge="classifier/0"]').wait_for()
    assert "(N, 512)" in page.locator('[data-edge="classifier/0"]').inner_text()
    # Add a conv, select it and delete it with the keyboard.
    drop = (flow["x"] + flow["width"] * 0.7, flow["y"] + flow["height"] * 0.2)
    mouse_drag(page, centre(page.locator('.palette [data-block="conv"]')), drop)
    node(page, "conv").wait_for()
    node(page, "conv").locator(".header .name").click()
    page.locator('.svelte-flow__node.selected[data-id="conv"]').wait_for()
    page.locator("#canvas-selected", has_text="conv").wait_for()
    page.keyboard.press("Delete")
    node(page, "conv").wait_for(state="detached")
    # Undo brings it back, redo deletes it again.
    page.keyboard.press("Control+z")
    node(page, "conv").wait_for()
    page.keyboard.press("Control+Shift+z")
    node(page, "conv").wait_for(state="detached")
    _settle(page)
    shot(page, artifacts, "edited")

    expected = heads.get_preset("linear", 2048, num_classes=10).to_dict()
    expected["nodes"][1]["inputs"] = ["mlp"]
    expected["nodes"].append(
        {
            "name": "mlp",
            "block": "mlp",
            "inputs": ["pool"],
            "params": heads.spec.params_to_dict(heads.get_block("mlp").params()),
        }
    )
    assert saved_spec(page) == expected
    # Everything the page loaded came from the app itself.
    assert page.requests and all(u.startswith("http://127.0.0.1") for u in page.requests)


def test_every_preset_loads_onto_the_canvas_and_saves_back_identical(page, artifacts):
    for name in PRESETS:
        load_preset(page, name)
        spec = heads.get_preset(name)
        assert page.locator('.block-node[data-status="error"]').count() == 0, name
        assert page.locator('[data-testid="canvas-totals"] .ok').count() == 1, name
        assert saved_spec(page) == spec.to_dict(), name
    page.set_viewport_size({"width": 1800, "height": 1000})  # the whole graph, readable
    for task, name in TASK_PRESETS.items():
        load_preset(page, name)
        shot(page, artifacts, f"preset_{task}_{name}", fit=True)


def test_an_invalid_wire_is_red_with_the_message_on_hover_and_the_rest_stays(page, artifacts):
    spec = heads.get_preset("conv_pool", 512, num_classes=3)
    # The conv reads the pooled vector instead of the map: a hand-edited spec.
    nodes = {n.name: n for n in spec.nodes}
    bad = spec.replace_node("pool", inputs=("c5",)).replace_node("conv", inputs=("pool",))
    bad = bad.replace_node("classifier", inputs=("conv",))
    assert {n.name for n in bad.nodes} == set(nodes)
    load_json(page, bad)
    assert status(page, "conv") == "error"
    assert status(page, "classifier") == "blocked"
    assert status(page, "pool") == "ok"
    label = page.locator('[data-edge="conv/0"]')
    assert "takes map inputs, got vector" in label.get_attribute("title")
    assert "takes map inputs, got vector" in node(page, "conv").locator(
        ".block-node"
    ).get_attribute("title")
    assert "(N, 512)" in page.locator('[data-edge="conv/0"]').inner_text()
    assert "problem" in page.locator('[data-testid="canvas-totals"]').inner_text()
    label.hover()
    shot(page, artifacts, "invalid_wire")


def test_expanding_a_block_shows_its_layers_and_an_update_keeps_view_and_selection(page, artifacts):
    load_preset(page, "fcos_lite")
    page.locator(".svelte-flow__controls-fitview").click()
    page.wait_for_timeout(300)
    mounts = page.evaluate("window.__head_canvas_mounts")
    # Move the view and select a node: an update must not remount the canvas and lose them.
    pane = page.locator(".svelte-flow__pane")
    x, y = centre(pane)
    mouse_drag(page, (x + 200, y + 180), (x + 120, y + 140))
    page.mouse.move(x, y)
    page.mouse.wheel(0, -240)
    page.wait_for_timeout(400)
    viewport = page.locator(".svelte-flow__viewport").get_attribute("style")
    node(page, "neck").locator(".header .name").click()
    page.locator('.svelte-flow__node.selected[data-id="neck"]').wait_for()
    node(page, "head").locator("button.expand").click()
    node(page, "head").locator('[data-layer="cls_tower"]').wait_for()
    rows = node(page, "head").locator(".layers")
    assert "×2" in rows.inner_text()
    assert page.evaluate("window.__head_canvas_mounts") == mounts
    assert page.locator(".svelte-flow__viewport").get_attribute("style") == viewport
    assert page.locator('.svelte-flow__node.selected[data-id="neck"]').count() == 1
    # Unfold the tower: its conv, norm and activation with their shapes.
    rows.locator('[data-layer="cls_tower.0"] button.fold').click()
    assert "Conv2d" in rows.inner_text() and "GroupNorm" in rows.inner_text()
    shot(page, artifacts, "expanded_block", fit=True)
    node(page, "head").locator("button.expand").click()
    node(page, "head").locator(".layers").wait_for(state="detached")


def test_keyboard_add_box_select_delete_and_rename(page, artifacts):
    # Blocks added from the keyboard (Enter on a palette entry) land in the view, apart.
    page.locator('.palette [data-block="conv"]').focus()
    page.keyboard.press("Enter")
    node(page, "conv").wait_for()
    page.locator(".palette input[type=search]").fill("mlp")
    assert page.locator(".palette [data-block]").count() == 1  # the search filters
    page.locator('.palette [data-block="mlp"]').focus()
    page.keyboard.press("Enter")
    node(page, "mlp").wait_for()
    _settle(page)
    a, b = node(page, "conv").bounding_box(), node(page, "mlp").bounding_box()
    assert abs(a["y"] - b["y"]) >= 40 or abs(a["x"] - b["x"]) >= 40
    # Shift-drag a box around both, delete them in one edit, and undo it in one step.
    x0 = min(a["x"], b["x"]) - 12
    y0 = min(a["y"], b["y"]) - 12
    x1 = max(a["x"] + a["width"], b["x"] + b["width"]) + 12
    y1 = max(a["y"] + a["height"], b["y"] + b["height"]) + 12
    page.keyboard.down("Shift")
    mouse_drag(page, (x0, y0), (x1, y1))
    page.keyboard.up("Shift")
    assert page.locator(".svelte-flow__node.selected").count() >= 2
    page.keyboard.press("Delete")
    node(page, "conv").wait_for(state="detached")
    assert node(page, "mlp").count() == 0
    page.keyboard.press("Control+z")
    node(page, "conv").wait_for()
    node(page, "mlp").wait_for()
    # Rename by double-clicking the name: references follow, a taken name is refused.
    node(page, "pool").locator(".header .name").dblclick()
    field = node(page, "pool").locator("input.rename")
    field.fill("classifier")
    field.press("Enter")
    notice = page.locator('[data-testid="canvas-notice"]')
    notice.wait_for()
    assert "the name 'classifier' is taken" in notice.inner_text()
    node(page, "pool").locator(".header .name").dblclick()
    node(page, "pool").locator("input.rename").fill("gap")
    node(page, "pool").locator("input.rename").press("Enter")
    node(page, "gap").wait_for()
    assert node(page, "classifier").locator(".port.in .label").inner_text() == "gap"
    assert saved_spec(page)["nodes"][1]["inputs"] == ["gap"]
    history = page.evaluate("performance.getEntriesByName('head-canvas:history').length")
    assert history >= 1  # undo is timed like an edit
