"""Shared fixtures of the designer's tests."""

from __future__ import annotations

import socket

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def url():
    """The app over the tiny test backbone, served on 127.0.0.1 for one test module."""
    from designer.app import create_demo
    from designer.inference import Predictor, TinyBackbone

    demo = create_demo(Predictor(backbone=TinyBackbone()))
    port = _free_port()
    demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()
