"""The designer web app: design a head, see its diagram and cost, predict, train, export it.

Layout and wiring only. A visitor's work is one :class:`designer.session.Session` in a
``gr.State``; the tabs (:mod:`designer.ui`) build their widgets and wire them to session
functions; every action is a named API endpoint usable from ``gradio_client`` and ends by
drawing every design-dependent widget from the session (:class:`designer.ui.common.Page`), so
nothing on the page is stale. Nothing heavy happens when the app is built: models load on the
first prediction.

Example:
    >>> demo = create_demo()  # doctest: +SKIP
    >>> demo.launch(server_name="127.0.0.1", server_port=7860)  # doctest: +SKIP
"""

from __future__ import annotations

import os

for _key, _value in (
    ("GRADIO_ANALYTICS_ENABLED", "False"),
    ("HF_HUB_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
):
    os.environ.setdefault(_key, _value)

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import uuid  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402

from designer import limits  # noqa: E402
from designer import session as ss  # noqa: E402
from designer.ui import (  # noqa: E402
    agents,
    anchors,
    canvas,
    compare,
    design,
    export,
    header,
    measure,
    predict,
    pretrained,
    train,
)
from designer.ui.common import CSS, THEME, Page  # noqa: E402

#: The default largest upload.
MAX_FILE_SIZE = limits.MAX_UPLOAD_BYTES
#: Events that run at once (the machine this targets has two cores).
CONCURRENCY_LIMIT = 2


def create_demo(predictor: Any = None, *, train_backbone: Any = None) -> gr.Blocks:
    """Build the app (nothing loads until the first prediction).

    Args:
        predictor: a :class:`designer.inference.Predictor`-like object to run predictions
            with; ``None`` makes the default one lazily, on the first prediction.
        train_backbone: a backbone the Train tab trains over instead of the design's (tests
            inject a small one).
    """
    backends = ss.Backends(predictor)
    start = ss.initial_session(backends)

    def fresh_session() -> ss.Session:
        # Called once per visitor: each session gets its own id (training jobs are keyed by it).
        return dataclasses.replace(start, id=uuid.uuid4().hex)

    # Gradio's cache of returned files: older than 2 hours, removed every 30 minutes.
    with gr.Blocks(
        title="Model Heads designer", analytics_enabled=False, delete_cache=(1800, 7200)
    ) as demo:
        page = Page(gr.State(fresh_session))
        gr.Markdown(
            "**Model Heads designer** · build a head for a vision backbone from blocks, see its "
            "shapes and cost, try it on an image, train it, export it as PyTorch code."
        )
        top = header.build(page, start, backends)
        page.header = top
        with gr.Tabs():
            with gr.Tab("Design", id="design"):
                starts = pretrained.build(page, backends, top)
                tab = design.build_tab(page, start, top)
            with gr.Tab("Predict", id="predict"):
                pred = predict.build(page, backends)
            with gr.Tab("Train", id="train"):
                trn = train.build(page, backbone=train_backbone)
                anc = anchors.build(page, trn)
            with gr.Tab("Export", id="export"):
                exp = export.build(page)
            with gr.Tab("Compare", id="compare"):
                cmp = compare.build(page)
        header.register(page, top)
        design.register(page, top, tab)
        measure.register(page, tab["meas"])
        pretrained.register(page, starts)
        predict.register(page, pred)
        train.register(page, trn)
        anchors.register(page, anc)
        export.register(page, exp)
        compare.register(page, cmp)
        canvas.register(page, tab["cw"], top)  # last: an edit replies with the whole page
        agents.build(backends)
        page.finish()
        demo.load(page.draw, [page.state], page.outputs, api_visibility="private")
        demo.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=64)
    # Gradio gives the state's per-visitor factory a load event of its own: the page's, not an
    # endpoint (called over the API it would replace the session, with no undo).
    for fn in demo.fns.values():
        if fn.fn is fresh_session:
            fn.api_visibility = "private"
    return demo


def launch(
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    predictor: Any = None,
    max_file_size: str | int = MAX_FILE_SIZE,
    prevent_thread_lock: bool = False,
    mcp: bool = False,
    **kwargs: Any,
):
    """Build and serve the app on ``host:port`` (local only by default; never shared).

    With ``mcp``, the agents' tools (:mod:`designer.ui.agents`) are also served as MCP tools at
    ``/gradio_api/mcp/`` (needs the ``mcp`` extra: ``pip install model-heads[mcp]``).
    """
    if mcp:
        _check_mcp()
    demo = create_demo(predictor)
    with warnings.catch_warnings():
        # Said of the page's endpoints, which restrict_mcp takes off the MCP server next.
        warnings.filterwarnings("ignore", message="This MCP server includes a tool that has")
        demo.launch(
            server_name=host,
            server_port=port,
            share=False,
            max_file_size=max_file_size,
            theme=THEME,
            css=CSS,
            prevent_thread_lock=True,
            mcp_server=mcp,
            # Only the agents' tools, from the first connection on.
            app_kwargs={"lifespan": agents.mcp_lifespan(demo)} if mcp else None,
            **kwargs,
        )
    if not prevent_thread_lock:
        demo.block_thread()
    return demo


def _check_mcp() -> None:
    try:
        import mcp  # noqa: F401
    except ImportError:
        raise SystemExit(
            "model-heads app --mcp needs the mcp package: pip install 'model-heads[mcp]' "
            "(or pip install 'gradio[mcp]')"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """``model-heads app``: serve the designer."""
    parser = argparse.ArgumentParser(prog="model-heads app", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--max-file-size", default=MAX_FILE_SIZE, help="largest upload (e.g. 20mb)")
    parser.add_argument(
        "--mcp",
        action="store_true",
        help="also serve the design tools to agents over MCP at /gradio_api/mcp/ "
        "(needs the mcp extra)",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    from designer.inference import cap_malloc_arenas

    cap_malloc_arenas()  # before the server's threads exist
    launch(args.host, args.port, max_file_size=args.max_file_size, mcp=args.mcp)
    return 0


__all__ = ["CSS", "MAX_FILE_SIZE", "THEME", "create_demo", "launch", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
