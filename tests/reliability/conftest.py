"""Shared fixtures: the bad-input corpus and one app served on loopback with a small predictor."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rel_common import CORPUS, manifest, small_predictor  # noqa: E402, F401

#: Scripts that test_offline.py runs in a subprocess with the network guard; importing them
#: (doctest collection) would start an app inside the test process.
collect_ignore = ["offline"]


@pytest.fixture(scope="session")
def app_url():
    """The designer app served on 127.0.0.1 (a free port) with a small injected predictor."""
    from designer import app as app_mod
    from designer import limits

    demo = app_mod.create_demo(predictor=small_predictor())
    demo.launch(
        server_name="127.0.0.1",
        server_port=None,
        prevent_thread_lock=True,
        share=False,
        max_file_size=limits.MAX_UPLOAD_BYTES,
        quiet=True,
    )
    try:
        yield demo.local_url.rstrip("/")
    finally:
        demo.close()


@pytest.fixture(scope="session")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False, download_files=os.environ.get("TMPDIR", "/tmp"))
