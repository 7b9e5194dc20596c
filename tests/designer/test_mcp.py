"""``model-heads app --mcp``: the agents' tools over MCP, through the ``mcp`` package's client
over loopback (streamable HTTP, what Gradio serves at ``/gradio_api/mcp/``)."""

from __future__ import annotations

import asyncio
import base64
import json
import socket

import pytest

pytest.importorskip("gradio")
pytest.importorskip("mcp")
from mcp import ClientSession  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

import heads  # noqa: E402
from designer.app import launch  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402
from designer.tools import TOOLS  # noqa: E402

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def mcp_url():
    port = _free_port()
    demo = launch("127.0.0.1", port, predictor=Predictor(backbone=TinyBackbone()),
                  prevent_thread_lock=True, mcp=True, quiet=True)  # fmt: skip
    yield f"http://127.0.0.1:{port}/gradio_api/mcp/"
    demo.close()


def _session(url: str, work):
    async def run():
        async with streamable_http_client(url) as (read, write, _):
            async with ClientSession(read, write) as s:
                await s.initialize()
                return await work(s)

    return asyncio.run(run())


def _texts(result) -> list[str]:
    return [c.text for c in result.content if c.type == "text"]


def test_the_tools_are_listed_with_descriptions_and_nothing_else(mcp_url):
    tools = _session(mcp_url, lambda s: s.list_tools()).tools
    by_name = {t.name: t for t in tools}
    assert set(by_name) == set(TOOLS)
    # The page's endpoints (a session in a gr.State) are not served to agents.
    assert not {"choose_preset", "undo", "add_node", "measure"} & set(by_name)
    for t in tools:
        assert t.description and len(t.description) > 30, t.name
        for name, prop in t.inputSchema.get("properties", {}).items():
            assert prop.get("description"), (t.name, name)
    schema = by_name["design_set_params"].inputSchema
    assert schema["required"] == ["design", "node", "params"]
    assert by_name["design_analyze"].inputSchema["properties"]["image_size"]["type"] == "integer"


def test_an_agent_loads_a_preset_edits_analyses_and_draws_it(mcp_url):
    async def work(s):
        out = {}
        r = await s.call_tool("design_from_preset", {"task": "detection", "preset": "fcos_lite",
                                                     "backbone": "tiny", "num_classes": 3})  # fmt: skip
        out["start"] = r
        msg, design = _texts(r)
        r = await s.call_tool("design_set_params", {"design": design, "node": "head",
                                                    "params": '{"num_convs": 3}'})  # fmt: skip
        out["edit"] = r
        design = _texts(r)[1]
        out["analyze"] = await s.call_tool("design_analyze", {"design": design, "image_size": 128})
        out["diagram"] = await s.call_tool("design_diagram", {"design": design})
        out["refused"] = await s.call_tool("design_set_params", {"design": design, "node": "head",
                                                                 "params": '{"num_convs": -1}'})  # fmt: skip
        out["bad"] = await s.call_tool("design_analyze", {"design": "{not json"})
        out["hidden"] = await s.call_tool("choose_preset", {"param_1": "fcos"})
        return out

    out = _session(mcp_url, work)
    msg, design = _texts(out["start"])
    assert msg == "Started detection preset 'fcos_lite' on tiny: nodes neck, head."
    assert json.loads(design)["name"] == "fcos_lite"
    msg, design = _texts(out["edit"])
    assert msg == "Updated 'head': num_convs = 3."
    spec = heads.HeadSpec.from_json(design)
    assert spec.node("head").params.num_convs == 3
    # The analysis the agent gets is the library's, of the edited design.
    table, data = _texts(out["analyze"])
    expected = heads.analyze(spec, (128, 128))
    assert json.loads(data)["total_flops"] == expected.total_flops
    assert "| head | fcos_head |" in table and "a multiply-add counts as two" in table
    image = next(c for c in out["diagram"].content if c.type == "image")
    assert image.mimeType == "image/png" and base64.b64decode(image.data)[:4] == b"\x89PNG"
    refused = _texts(out["refused"])
    assert refused[0].startswith("Not applied: node 'head', field 'num_convs'")
    assert heads.HeadSpec.from_json(refused[1]).node("head").params.num_convs == 3
    assert out["bad"].isError and "design: not valid JSON" in _texts(out["bad"])[0]
    assert out["hidden"].isError and "Unknown tool" in _texts(out["hidden"])[0]
