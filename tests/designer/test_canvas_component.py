"""The canvas component without a browser: its built files, how the app serves them, its value."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest

import heads
from designer.canvas.value import CanvasValue

TEMPLATES = Path(__file__).resolve().parents[2] / "designer" / "canvas" / "templates" / "component"


def test_the_built_frontend_is_in_the_package_and_self_contained():
    index = (TEMPLATES / "index.js").read_text(encoding="utf-8")
    for name in ("index.js", "svelte_runtime_entry.js", "style.css"):
        assert (TEMPLATES / name).stat().st_size > 0, name
    # Every chunk the entries import is there, and nothing is imported from another host.
    for entry in ("index.js", "svelte_runtime_entry.js"):
        text = (TEMPLATES / entry).read_text(encoding="utf-8")
        for chunk in re.findall(r"""from\s*["']\./([^"']+)["']""", text):
            assert (TEMPLATES / chunk).is_file(), chunk
    assert not re.search(r"""(?:from|import\()\s*["'](?:https?:)?//""", index)
    assert "head-canvas:edit" in index  # the component's own performance marks
    assert "svelte-flow" in (TEMPLATES / "style.css").read_text(encoding="utf-8")


def test_the_built_files_are_those_of_the_current_frontend_source():
    from designer.canvas import build

    assert build.built_digest() == build.source_digest(), (
        "designer/canvas/frontend changed since the last build: "
        "run `python -m designer.canvas.build` and commit templates/"
    )
    example = TEMPLATES.parent / "example"
    assert (example / "index.js").is_file() and (example / "svelte_runtime_entry.js").is_file()


def test_importing_the_canvas_package_loads_no_gradio():
    import subprocess
    import sys

    code = (
        "import sys, designer.canvas as c; import heads;"
        "c.spec_to_canvas(heads.get_preset('linear', 64, num_classes=2));"
        "print('gradio' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_postprocess_and_preprocess():
    from designer.canvas.component import HeadCanvas

    canvas = HeadCanvas(render=False)
    spec = heads.get_preset("fcn")
    payload = canvas.postprocess(spec)
    assert payload["spec"] == spec.to_dict() and payload["layout"] == {}
    graph = json.loads(payload["canvas"])
    assert graph["valid"] and graph["task"] == "segmentation"
    back = canvas.preprocess(json.loads(json.dumps(payload)))
    assert isinstance(back, CanvasValue) and back.spec == spec
    assert canvas.postprocess(None) is None and canvas.preprocess(None) is None
    assert canvas.postprocess(spec.to_dict())["spec"] == spec.to_dict()
    assert {e["name"] for e in canvas.palette} == {b.name for b in heads.list_blocks()}


@pytest.fixture(scope="module")
def demo_url():
    from designer.canvas.demo import create_demo

    demo = create_demo(heads.get_preset("linear", 2048, num_classes=10))
    _, url, _ = demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", quiet=True)
    yield url
    demo.close()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read()


def test_the_app_serves_the_built_files_of_the_component(demo_url):
    from designer.canvas.component import HeadCanvas

    config = json.loads(_get(demo_url + "config"))
    comp = next(c for c in config["components"] if c["props"].get("elem_id") == "canvas")
    class_id = HeadCanvas.get_component_class_id()
    assert comp.get("component_class_id") == class_id
    assert {e["name"] for e in comp["props"]["palette"]} == {b.name for b in heads.list_blocks()}
    assert comp["props"]["value"]["spec"]["name"] == "linear"
    base = f"{demo_url}gradio_api/custom_component/{class_id}/client/component/"
    for name in ("index.js", "svelte_runtime_entry.js", "style.css"):
        assert _get(base + name) == (TEMPLATES / name).read_bytes(), name


def test_load_and_save_through_the_api(demo_url):
    from gradio_client import Client

    client = Client(demo_url, verbose=False)
    payload, spec_text = client.predict("unet", api_name="/load")
    assert json.loads(spec_text) == heads.get_preset("unet").to_dict()
    assert json.loads(payload["canvas"])["valid"]
    saved = client.predict(payload, api_name="/save")
    assert json.loads(saved) == heads.get_preset("unet").to_dict()


def _post(url: str, body: dict) -> object:
    req = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def _direct(url: str, session: str, kind: str, edit: object = None) -> object:
    """What the browser posts for a direct edit (HeadCanvas.apply), as @gradio/client does."""
    config = json.loads(_get(url + "config"))
    comp = next(c for c in config["components"] if c["props"].get("elem_id") == "canvas")
    assert comp["props"]["direct"] is True and "apply" in comp["props"]["server_fns"]
    body = {"component_id": comp["id"], "fn_name": "apply", "session_hash": session,
            "data": {"kind": kind, "edit": edit}}  # fmt: skip
    return _post(url + "gradio_api/component_server", body)


def _spec_view(url: str, session: str) -> dict:
    """The demo's JSON view as the ``edited`` event draws it from the session's history."""
    config = json.loads(_get(url + "config"))
    canvas = next(c["id"] for c in config["components"] if c["props"].get("elem_id") == "canvas")
    index = next(
        i for i, d in enumerate(config["dependencies"]) if [canvas, "edited"] in d["targets"]
    )
    body = {"data": [None], "fn_index": index, "session_hash": session, "trigger_id": canvas}
    return json.loads(_post(url + "gradio_api/run/predict", body)["data"][0])


def test_direct_edits_are_stored_in_their_session_in_order(demo_url):
    one, other = "direct-one", "direct-two"
    answer = _direct(demo_url, one, "edit", {"op": "add", "block": "conv", "seq": 1})
    graph = json.loads(answer["payload"]["canvas"])
    assert answer["payload"]["answered"] == 1 and answer["follow"] is not None
    assert "conv" in {n["id"] for n in graph["nodes"]}
    # The next request reads what the last one stored; the edited event draws from it too.
    edit = {"op": "connect", "source": "in:c5", "target": "conv", "slot": 0, "seq": 2}
    answer = _direct(demo_url, one, "edit", edit)
    assert answer["payload"]["notice"] is None, answer["payload"]["notice"]
    nodes = {n["name"]: n for n in _spec_view(demo_url, one)["nodes"]}
    assert nodes["conv"]["inputs"] == ["c5"]
    # Another session has its own design.
    assert "conv" not in {n["name"] for n in _spec_view(demo_url, other)["nodes"]}
    # Undo and redo walk that session's history.
    _direct(demo_url, one, "undo")
    assert {n["name"]: n for n in _spec_view(demo_url, one)["nodes"]}["conv"]["inputs"] == []
    _direct(demo_url, one, "redo")
    assert {n["name"]: n for n in _spec_view(demo_url, one)["nodes"]}["conv"]["inputs"] == ["c5"]


def test_a_refused_direct_edit_says_why_and_changes_nothing(demo_url):
    session = "direct-refused"
    edit = {"op": "connect", "source": "in:c5", "target": "classifier", "slot": 0}
    answer = _direct(demo_url, session, "edit", {**edit, "seq": 7})
    assert "classifier takes vector inputs, got map" in answer["payload"]["notice"]
    assert answer["follow"] is None  # nothing changed: the page has nothing to follow
    assert (
        _spec_view(demo_url, session) == heads.get_preset("linear", 2048, num_classes=10).to_dict()
    )
    # Kinds the canvas does not send are not answered.
    assert _direct(demo_url, session, "load", {"op": "add", "block": "conv"}) is None


def test_without_a_direct_handler_the_canvas_sends_events():
    from designer.canvas.component import HeadCanvas
    from designer.canvas.demo import create_demo

    demo = create_demo(heads.get_preset("linear", 2048, num_classes=10), direct=False)
    canvas = next(b for b in demo.blocks.values() if isinstance(b, HeadCanvas))
    assert canvas.direct is False and canvas._direct is None
    config = demo.get_config_file()
    comp = next(c for c in config["components"] if c["id"] == canvas._id)
    assert comp["props"]["direct"] is False
    targets = {tuple(t) for d in config["dependencies"] for t in d["targets"]}
    assert {(canvas._id, e) for e in ("edit", "undo", "redo")} <= targets


def test_expanding_a_block_is_answered_directly_and_kept_in_the_session(demo_url):
    session = "direct-expand"
    answer = _direct(demo_url, session, "expand", {"id": "classifier", "expanded": True})
    assert answer["payload"]["expanded"] == ["classifier"] and answer["follow"] is None
    # The session keeps it: the next answer (a move) draws the block expanded too.
    move = {"op": "move", "positions": {"pool": {"x": 10, "y": 20}}, "seq": 3}
    assert _direct(demo_url, session, "edit", move)["payload"]["expanded"] == ["classifier"]
    answer = _direct(demo_url, session, "expand", {"id": "classifier", "expanded": False})
    assert answer["payload"]["expanded"] == []
