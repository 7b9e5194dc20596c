"""Tools for agents: the designer's actions as API endpoints, served as MCP tools with ``--mcp``.

Each tool of :func:`designer.tools.agent_tools` is an endpoint named after its function, whose
docstring and typed parameters Gradio turns into the tool's description and input schema. The
design travels with every call as JSON text, so each agent holds its own design.

The page's endpoints keep the visitor's work in a ``gr.State``. Over MCP, Gradio 6 runs every
tool call through one loopback client, so all agents would share one session, and it drops the
reply of an endpoint that returns the state; :func:`restrict_mcp` therefore serves only these
tools over MCP (the page's endpoints stay on the API for ``gradio_client``, where each client is
a session of its own).

Connect an MCP client to ``http://127.0.0.1:7860/gradio_api/mcp/`` (streamable HTTP) or
``.../gradio_api/mcp/sse`` (SSE) after ``model-heads app --mcp``.
"""

from __future__ import annotations

import contextlib
import inspect
import typing
from collections.abc import AsyncIterator, Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.tools import TOOLS, agent_tools
from designer.ui.common import NumberValue, raising


def _input(hint: Any, default: Any) -> gr.components.Component:
    """A hidden input component for one parameter (its type is the tool's input schema)."""
    value = None if default is inspect.Parameter.empty else default
    if hint is int:  # booleans and fractions reach the tool, which names them
        return NumberValue(value, precision=0, visible=False)
    if hint is float:
        return gr.Number(value, visible=False)
    if hint is bool:
        return gr.Checkbox(value, visible=False)
    return gr.Textbox(value, visible=False)


def _outputs(name: str, hint: Any) -> list[gr.components.Component]:
    if name == "design_diagram":
        # An image output: MCP clients receive the picture itself.
        return [gr.Image(type="filepath", visible=False)]
    if name == "design_export":
        return [gr.Textbox(visible=False), gr.Code(language="python", visible=False),
                gr.File(file_count="multiple", visible=False)]  # fmt: skip
    # Text outputs, one each: an MCP client gets the message and the design's JSON apart.
    count = len(typing.get_args(hint)) if typing.get_origin(hint) is tuple else 1
    return [gr.Textbox(visible=False) for _ in range(count)]


def build(backends: ss.Backends) -> list[str]:
    """Register every tool as an API endpoint (inside the app's Blocks); returns their names.

    Parameter names come from the functions' signatures and their descriptions from the
    docstrings' ``Args:``; the hidden components give each parameter its type.
    """
    names = []
    for fn in agent_tools(backends):
        hints = typing.get_type_hints(fn)
        params = inspect.signature(fn).parameters.values()
        inputs = [_input(hints.get(p.name, str), p.default) for p in params]
        outputs = _outputs(fn.__name__, hints.get("return", str))
        # A person's error becomes a clear message, never a traceback. Not queued: Gradio's MCP
        # server then calls the function directly and returns each output as its own content
        # (over its loopback client, the outputs of a queued call arrive as one repr string).
        gr.on([], raising(fn), inputs, outputs, api_name=fn.__name__, queue=False)
        names.append(fn.__name__)
    return names


def restrict_mcp(demo: gr.Blocks, tools: tuple[str, ...] = TOOLS) -> list[str]:
    """Serve only ``tools`` over MCP (listing and calling); returns the tool names served.

    Gradio 6 builds its MCP tools from every public endpoint when the server starts and has no
    per-endpoint switch, so the other endpoints are taken out of its table here.
    """
    server: Any = getattr(demo, "mcp_server_obj", None)
    if server is None:
        return []
    keep = {f"/{t}" for t in tools}
    server.tool_to_endpoint = {
        tool: endpoint for tool, endpoint in server.tool_to_endpoint.items() if endpoint in keep
    }
    return sorted(server.tool_to_endpoint)


def mcp_lifespan(demo: gr.Blocks) -> Callable:
    """A server lifespan that restricts the MCP tools as the server starts, before it accepts
    a connection (``demo.launch(app_kwargs={"lifespan": mcp_lifespan(demo)})``)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        restrict_mcp(demo)
        yield

    return lifespan


__all__ = ["build", "mcp_lifespan", "restrict_mcp"]
