"""Hostile and careless input through the app's real endpoints (gradio_client on loopback).

Every case gets the app's own message naming what is wrong (the field, the node, the limit),
no message shows a server path, the session's design (``/save_json``) is unchanged, and the app
answers the next call. The corpus is generated here: deeply nested JSON, huge text, lone UTF-16
surrogates and NUL bytes in names and JSON strings, NaN/Infinity/1e308/negative/boolean numbers,
wrong types, unknown blocks, 10,000 nodes, a design over the size limits, duplicate, empty and
very long names, broken images on the drawing canvas.

Text with a lone surrogate cannot be sent by gradio_client (its JSON encoder refuses it), but
JSON's ``"\\ud800"`` escape carries one to the server: those cases go through Gradio's
``/gradio_api/call`` route with the client's session.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

import httpx
import pytest

gr = pytest.importorskip("gradio")
from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from designer import limits  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
#: What a message must never show: an absolute path of two parts or more.
SERVER_PATH = re.compile(
    r"(?<![\w.:/])/(?:tmp|work|home|root|usr|var|proc|etc)/|" + re.escape(str(ROOT))
)


@pytest.fixture(scope="module")
def client(url):
    return Client(url, verbose=False)


@pytest.fixture
def start(client):
    """A buildable design to start each case from: its saved JSON text."""
    _, design = client.predict("classification", "tiny", "mlp", 3, api_name="/new_design")
    assert design["valid"]
    return client.predict(api_name="/save_json")[1]


def raw_call(url: str, client: Client, api_name: str, data: list) -> tuple[str, object]:
    """Call an endpoint with JSON that may escape lone surrogates, in the client's session.

    Returns ``("complete", outputs)`` or ``("error", message)``.
    """
    body = json.dumps({"data": data, "session_hash": client.session_hash})  # \\ud800 escaped
    r = httpx.post(f"{url}gradio_api/call/{api_name}", content=body,
                   headers={"Content-Type": "application/json"}, timeout=60)  # fmt: skip
    r.raise_for_status()
    event = r.json()["event_id"]
    text = httpx.get(f"{url}gradio_api/call/{api_name}/{event}", timeout=60).text
    kind, payload = None, None
    for line in text.splitlines():
        if line.startswith("event: "):
            kind = line[7:].strip()
        elif line.startswith("data: ") and kind in ("complete", "error"):
            payload = json.loads(line[6:])
    assert kind in ("complete", "error"), text
    return kind, payload


def _message(kind: str, out: object) -> str:
    """The message of a :func:`raw_call` answer: the error's, else the first text output (the
    call route answers every output, the session's state as null)."""
    if kind == "error":
        msg = out.get("error") if isinstance(out, dict) else out
    else:
        msg = next(x for x in out if isinstance(x, str))
    assert isinstance(msg, str), (kind, out)
    return msg


def _spec(start: str, **changes) -> dict:
    spec = json.loads(start)
    spec.update(changes)
    return spec


def _mlp_node(start: str, **changes) -> dict:
    spec = json.loads(start)
    return {**spec["nodes"][1], **changes}


def _with_params(start: str, text: str) -> str:
    """The start design's JSON with the mlp node's params replaced by raw JSON ``text``."""
    spec = json.loads(start)
    spec["nodes"][1]["params"] = "@@"
    return json.dumps(spec).replace('"@@"', text)


def _renamed(start: str, name: str) -> str:
    """The start design's JSON with its mlp node named ``name`` (its references too)."""
    spec = json.loads(start)
    spec["nodes"][1]["name"] = name
    spec["nodes"][2]["inputs"] = [name]
    return json.dumps(spec)


def _chain(start: str, n: int) -> str:
    spec = json.loads(start)
    mlp = spec["nodes"][1]
    nodes = [spec["nodes"][0]] + [
        dict(mlp, name=f"n{i}", inputs=[f"n{i - 1}" if i else "pool"]) for i in range(n)
    ]
    return json.dumps(dict(spec, nodes=nodes, outputs={"logits": f"n{n - 1}"}))


DEEP = "[" * 100_000 + "]" * 100_000

#: (endpoint, inputs made from the start design's JSON, what the message must say)
CASES = [
    ("/load_json", lambda s: [DEEP], "nested more than 32 levels deep"),
    ("/load_json", lambda s: ['{"task": ' + DEEP + "}"], "nested more than 32 levels deep"),
    (
        "/load_json",
        lambda s: [json.dumps(_spec(s, name="x" * 3_000_000))],
        "over the limit of 2,000,000 bytes",
    ),
    ("/load_json", lambda s: [" " * (limits.MAX_SPEC_BYTES + 1) + s], "over the limit"),
    ("/load_json", lambda s: [json.dumps(_spec(s, name="a\x00b"))], "control character U+0000"),
    (
        "/load_json",
        lambda s: [json.dumps(_spec(s, name="y" * 300))],
        "field 'name': 300 characters is over the limit of 200",
    ),
    (
        "/load_json",
        lambda s: [_with_params(s, '{"dropout": NaN}')],
        "field 'dropout': must be a finite number",
    ),
    (
        "/load_json",
        lambda s: [_with_params(s, '{"dropout": Infinity}')],
        "field 'dropout': must be a finite number",
    ),
    (
        "/load_json",
        lambda s: [_with_params(s, '{"hidden_features": [1e308]}')],
        "field 'hidden_features",
    ),
    (
        "/load_json",
        lambda s: [_with_params(s, '{"hidden_features": [-4]}')],
        "-4 is below the minimum 1",
    ),
    (
        "/load_json",
        lambda s: [_with_params(s, '{"hidden_features": [true]}')],
        "field 'hidden_features",
    ),
    ("/load_json", lambda s: [json.dumps(_spec(s, nodes={"a": 1}))], "field 'nodes'"),
    ("/load_json", lambda s: [json.dumps(_spec(s, task=7))], "field 'task'"),
    ("/load_json", lambda s: [s.replace('"block": "mlp"', '"block": "nosuch"')], "unknown block"),
    ("/load_json", lambda s: [_chain(s, 10_000)], "10,001 nodes, over the limit of 200"),
    (
        "/load_json",
        lambda s: [
            json.dumps(_spec(s, nodes=json.loads(s)["nodes"] + [_mlp_node(s)]))
        ],  # fmt: skip
        "node 'mlp', field 'name': the name is used twice",
    ),
    ("/load_json", lambda s: [_renamed(s, "")], "node name '' is not a valid name"),
    ("/load_json", lambda s: [_renamed(s, "m" * 5000)], "5,000 characters is too long: at most 48"),
    ("/load_json", lambda s: [_renamed(s, "import os")], "'import os' is not a valid name"),
    (
        "/load_json",
        lambda s: [
            _with_params(
                s, '{"hidden_features": [16384, 16384, 16384, 16384, 16384, 16384, 16384]}'
            )
        ],  # fmt: skip
        "parameters, over the limit of 100,000,000",
    ),
    ("/set_params", lambda s: ["mlp", '{"dropout": ' + DEEP + "}"], "nested too deeply"),
    (
        "/set_params",
        lambda s: ["mlp", '{"dropout": ' + "[" * 40 + "]" * 40 + "}"],
        "field 'dropout': expected a number",
    ),
    ("/set_params", lambda s: ["mlp", '{"dropout": NaN}'], "field 'dropout': must be a finite"),
    ("/set_params", lambda s: ["mlp", '{"dropout": -Infinity}'], "must be a finite number"),
    ("/set_params", lambda s: ["mlp", '{"dropout": 1e308}'], "above the maximum 0.95"),
    ("/set_params", lambda s: ["mlp", '{"hidden_features": [-5]}'], "-5 is below the minimum 1"),
    ("/set_params", lambda s: ["mlp", '{"hidden_features": [true]}'], "expected a whole number"),
    ("/set_params", lambda s: ["mlp", '{"hidden_features": 1e308}'], "(309 digits) is above"),
    ("/set_params", lambda s: ["mlp", '{"hidden_features": {"a": 1}}'], "expected a whole"),
    ("/set_params", lambda s: ["mlp", '{"nosuch": 1}'], "unknown parameter(s) nosuch; valid:"),
    ("/set_params", lambda s: ["mlp", "[1, 2]"], "must be a JSON object"),
    (
        "/set_params",
        lambda s: [
            "mlp",
            '{"hidden_features": [16384, 16384, 16384, 16384, 16384, 16384, 16384]}',
        ],  # fmt: skip
        "parameters, over the limit of 100,000,000",
    ),
    ("/set_params", lambda s: ["nosuch", '{"dropout": 0.1}'], "there is no node 'nosuch'"),
    ("/rename_node", lambda s: ["a\x00b"], "field 'new_name': the control character U+0000"),
    ("/rename_node", lambda s: ["x" * 10_000], "10,000 characters is too long: at most 48"),
    ("/rename_node", lambda s: [""], "'' is not a valid name"),
    ("/rename_node", lambda s: ["class"], "'class' is not a valid name"),
    ("/rename_node", lambda s: ["mlp"], "'mlp' is taken"),
    ("/set_classes", lambda s: [True], "field 'num_classes': True is not a whole number"),
    ("/set_classes", lambda s: [2.5], "2.5 is not a whole number"),
    ("/set_classes", lambda s: [-3], "-3 is below the minimum 1"),
    ("/set_classes", lambda s: [10**12], "is above the maximum"),
    ("/set_classes", lambda s: ["7\x00"], "control character U+0000"),
    ("/set_classes", lambda s: ["seven"], "'seven' is not a whole number"),
    ("/new_design", lambda s: ["classification", "tiny", "mlp", True], "not a whole number"),
    ("/add_node", lambda s: ["nosuch"], "unknown block 'nosuch'"),
    ("/set_inputs", lambda s: ["c9"], "unknown reference 'c9'; valid: c3, c4, c5"),
    ("/set_inputs", lambda s: ["c5\x00"], "field 'refs': the control character U+0000"),
    ("/select_node", lambda s: ["x" * 20_000], "There is no node 'xxxxxxxxxx"),
    ("/select_node", lambda s: ["x" * (2 * limits.MAX_SPEC_BYTES + 1)], "over the limit"),
]


def _ids(case) -> str:
    return f"{case[0][1:]}-{case[2][:32]}"


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{_ids(c)}" for i, c in enumerate(CASES)])
def test_bad_value_is_refused_and_the_session_kept(client, start, case):
    endpoint, inputs, expected = case
    msg, design = client.predict(*inputs(start), api_name=endpoint)
    assert expected in msg, msg
    assert not SERVER_PATH.search(msg) and "Traceback" not in msg, msg
    assert len(msg) <= 2000
    assert client.predict(api_name="/save_json")[1] == start
    assert json.dumps(design["spec"], indent=2) == start
    # The next call is answered.
    _, design = client.predict("mlp", api_name="/select_node")
    assert design["selected"] == "mlp" and design["valid"]


SURROGATE_CASES = [
    ("load_json", lambda s: [s.replace('"mlp",', '"m\ud800lp",', 1)], "U+D800"),
    (
        "load_json",
        lambda s: [json.dumps(_spec(s, name="a\udfffb"))],
        "lone UTF-16 surrogate U+DFFF",
    ),
    ("rename_node", lambda s: ["a\ud800"], "field 'new_name': a lone UTF-16 surrogate U+D800"),
    ("set_params", lambda s: ["ml\ud800p", '{"dropout": 0.1}'], "lone UTF-16 surrogate"),
    ("set_params", lambda s: ["mlp", '{"act": "\ud800"}'], "lone UTF-16 surrogate"),
    ("set_inputs", lambda s: ["c4, c\udc00"], "lone UTF-16 surrogate U+DC00"),
    ("add_node", lambda s: ["conv\ud83d"], "lone UTF-16 surrogate U+D83D"),
    ("select_node", lambda s: ["\ud800"], "lone UTF-16 surrogate"),
    ("set_classes", lambda s: ["\ud800"], "lone UTF-16 surrogate"),
    ("export", lambda s: ["Head\ud800"], "lone UTF-16 surrogate"),
]


@pytest.mark.parametrize(
    "case", SURROGATE_CASES, ids=[c[0] + str(i) for i, c in enumerate(SURROGATE_CASES)]
)
def test_lone_surrogates_never_reach_the_session(url, client, start, case):
    endpoint, inputs, expected = case
    kind, out = raw_call(url, client, endpoint, inputs(start))
    msg = _message(kind, out)
    assert expected in msg, (kind, out)
    msg.encode("utf-8")  # the reply itself is sendable
    assert client.predict(api_name="/save_json")[1] == start
    # A valid pair (an emoji, escaped as two surrogates in JSON) is a character and is fine.
    kind, out = raw_call(
        url, client, "load_json", [json.dumps(_spec(start, name="cat \U0001f431"))]
    )
    assert kind == "complete" and "Replaced design" in _message(kind, out), out
    assert client.predict(api_name="/undo")[1]["spec"] == json.loads(start)


def test_a_design_at_the_node_limit_loads_and_one_over_does_not(client, start):
    at = _chain(start, limits.MAX_NODES - 1)  # pool + 199 chained MLPs: 200 nodes
    assert len(at.encode()) < limits.MAX_SPEC_BYTES
    msg, design = client.predict(at, api_name="/load_json")
    assert "200 nodes" in msg and design["valid"], msg
    _, design = client.predict("n5", api_name="/select_node")  # still interactive
    assert design["selected"] == "n5"
    client.predict(api_name="/undo")
    msg, design = client.predict(_chain(start, limits.MAX_NODES), api_name="/load_json")
    assert "201 nodes, over the limit of 200" in msg
    assert json.dumps(design["spec"], indent=2) == start


def test_the_view_size_is_checked_against_the_design_limits(client, start):
    # Wide convs at stride 8: within the limits at 224, over the FLOP limit at 4096.
    _, design = client.predict("segmentation", "tiny", "fcn", 3, api_name="/new_design")
    client.predict("fcn", api_name="/select_node")
    msg, design = client.predict("c3", api_name="/set_inputs")
    msg, design = client.predict(
        "fcn", '{"channels": 2048, "num_convs": 3}', api_name="/set_params"
    )
    assert "Updated" in msg and design["valid"], msg
    saved = client.predict(api_name="/save_json")[1]
    *_, totals, data = client.predict(4096, api_name="/diagram")
    assert "GFLOPs per 4096x4096 image, over the limit" in totals and not data["valid"], totals
    assert client.predict(api_name="/save_json")[1] == saved
    *_, totals, data = client.predict(224, api_name="/diagram")
    assert data["valid"] and "Total at 224" in totals
    # The page's size box is a view setting: a size the design cannot be analysed at is
    # refused and the view stays where it was.
    from designer import session as ss

    s = ss.load_json(ss.initial_session(ss.Backends(Predictor(backbone=TinyBackbone()))),
                     saved)[0]  # fmt: skip
    same, msg = ss.set_view_size(s, 4096)
    assert same is s and msg.startswith("Not changed: at 4096×4096") and "over the limit" in msg
    bigger, msg = ss.set_view_size(s, 512)
    assert bigger.view_size == 512 and "512×512" in msg


def test_spec_files_with_bad_bytes_are_refused(client, start, tmp_path):
    cases = {
        "binary.json": (b"\xff\xfe\x00\x00garbage", "not UTF-8"),
        "nul.json": (start.replace('"mlp",', '"m\\u0000lp",', 1).encode(), "control character"),
        "deep.json": (DEEP.encode(), "nested more than 32"),
        "big.json": (b" " * (limits.MAX_SPEC_BYTES + 1), "over the limit of 2,000,000"),
    }
    for name, (data, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        msg, design = client.predict(handle_file(str(path)), api_name="/load_json_file")
        assert msg.startswith("Not loaded") and expected in msg, (name, msg)
        assert not SERVER_PATH.search(msg) and str(tmp_path) not in msg, msg
        assert json.dumps(design["spec"], indent=2) == start


def test_agent_tools_refuse_bad_values(client, start):
    cases = [
        ("/design_set_params", [start, "mlp", '{"dropout": ' + DEEP + "}"], "nested more than 32"),
        ("/design_set_params", [start, "mlp", '{"dropout": "\\u0000"}'], "control character"),
        ("/design_analyze", [_chain(start, 10_000), 224], "10,001 nodes, over the limit of 200"),
        ("/design_analyze", [DEEP, 224], "nested more than 32"),
        ("/design_from_preset", ["classification", "mlp", "tiny", True], "not a whole number"),
        ("/design_rename_node", [start, "mlp", "z" * 500], "too long: at most 48"),
        ("/design_set_classes", [start, 2.5], "2.5 is not a whole number"),
        ("/design_compare", [start, DEEP, 224], "nested"),
    ]
    for endpoint, args, expected in cases:
        try:
            out = client.predict(*args, api_name=endpoint)
            msg = out[0]
        except AppError as e:
            msg = str(e)
        assert expected in msg, (endpoint, msg)
        assert not SERVER_PATH.search(msg), msg
    msg, design = client.predict(start, "mlp", "head", api_name="/design_rename_node")
    assert "Renamed" in msg  # still answering


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(w: int, h: int, idat: bytes) -> bytes:
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def _bmp_declaring(w: int, h: int) -> bytes:
    header = struct.pack("<2sIHHI", b"BM", 54 + 16, 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, w, h, 1, 24, 0, 16, 2835, 2835, 0, 0)
    return header + info + b"\0" * 16


BAD_DRAWINGS = {
    "truncated.png": (lambda: _png(64, 64, zlib.compress(b"\0" * 65 * 64))[:60], "truncated.png"),
    "svg.png": (
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>',
        "svg.png",
    ),
    "bomb.png": (lambda: _png(100_000, 100_000, zlib.compress(b"\0" * 16)), "decompression bomb"),
    "huge.bmp": (lambda: _bmp_declaring(30_000, 30_000), "huge.bmp"),
}


@pytest.mark.parametrize("name", sorted(BAD_DRAWINGS))
def test_drawing_canvas_refuses_bad_pictures(client, start, tmp_path, name):
    make, expected = BAD_DRAWINGS[name]
    path = tmp_path / name
    path.write_bytes(make())
    picture = handle_file(str(path))
    with pytest.raises(AppError) as e:
        client.predict({"background": picture, "layers": [], "composite": picture},
                       0.3, 0.5, "class_aware", 3, api_name="/predict_drawing")  # fmt: skip
    msg = str(e.value)
    assert expected in msg and "Traceback" not in msg, msg
    assert not SERVER_PATH.search(msg), msg
    assert client.predict(api_name="/save_json")[1] == start


def test_page_config_names_no_server_folder(url):
    """The config the browser fetches holds no path of the checkout or the home folder; the
    examples' files are served from Gradio's own cache, the only absolute paths it holds."""
    import tempfile

    from gradio.utils import get_upload_folder

    config = httpx.get(f"{url}config", timeout=30).text
    assert str(ROOT) not in config and str(Path.home()) not in config
    cache = str(Path(get_upload_folder()).resolve())
    paths = set(re.findall(r'"path":\s*"([^"]+)"', config))
    assert paths, "the Predict tab's examples are in the config"
    for p in paths:
        assert p.startswith(cache) or not p.startswith("/"), p
    assert tempfile.gettempdir() not in re.sub(re.escape(cache), "", config)


def test_other_entry_points_name_what_is_wrong_without_server_paths(client, start, tmp_path):
    """A weights file typed into the pretrained picker, class names of the photo sets, the
    Measure options: refused with the app's message, no folder shown, the design kept."""
    secret = tmp_path / "secret" / "weights.pth"
    secret.parent.mkdir()
    secret.write_bytes(b"not a checkpoint")
    cases = [
        ("/choose_pretrained", ["fcos_resnet50_fpn", str(secret), None, None, None],
         "weights.pth: not a readable torch checkpoint"),
        ("/choose_pretrained", ["fcos_resnet50_fpn", str(tmp_path / "missing.pth"), None, None,
                                None], "missing.pth: no such weights file"),
        ("/choose_pretrained", ["fcos_resnet50_fpn", "/etc/passwd", None, None, None], "passwd"),
        ("/photos_add_class", ["a\x00b"], "control characters"),
        ("/photos_add_class", ["x" * 100_000], "at most 40"),
        ("/measure", [10**9, 5], "batch 1000000000 is outside 1..64"),
    ]  # fmt: skip
    for endpoint, args, expected in cases:
        try:
            out = client.predict(*args, api_name=endpoint)
            msg = next(x for x in out if isinstance(x, str))
        except AppError as e:
            msg = str(e)
        assert expected in msg, (endpoint, msg)
        assert not SERVER_PATH.search(msg) and str(tmp_path) not in msg, msg
        assert client.predict(api_name="/save_json")[1] == start


def test_no_node_is_added_past_the_limit(client, start):
    at = _chain(start, limits.MAX_NODES - 1)
    msg, design = client.predict(at, api_name="/load_json")
    assert len(design["spec"]["nodes"]) == limits.MAX_NODES, msg
    saved = client.predict(api_name="/save_json")[1]
    for endpoint in ("/add_node", "/insert_node"):
        msg, design = client.predict("mlp", api_name=endpoint)
        assert "the design has 200 nodes, the limit" in msg, msg
        assert client.predict(api_name="/save_json")[1] == saved
    client.predict(api_name="/undo")
