"""The app starts, predicts, exports and trains with every non-loopback connection refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture
def offline_env(tmp_path):
    log = tmp_path / "net.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE / "offline"), str(HERE.parents[1]), env.get("PYTHONPATH", "")]
    )
    env["MH_NET_LOG"] = str(log)
    env["MPLBACKEND"] = "Agg"
    for key in ("GRADIO_ANALYTICS_ENABLED", "HF_HUB_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
        env.pop(key, None)  # the app must set these itself
    env.pop("GRADIO_SERVER_NAME", None)
    return env, log


def test_guard_refuses_and_logs(offline_env):
    env, log = offline_env
    code = (
        "import socket\n"
        "try:\n    socket.create_connection(('93.184.216.34', 80), timeout=1)\n"
        "except OSError as e:\n    print('refused', e)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "refused" in r.stdout
    assert "93.184.216.34" in log.read_text()


@pytest.mark.slow
def test_app_works_offline(offline_env):
    env, log = offline_env
    r = subprocess.run(
        [sys.executable, str(HERE / "offline" / "serve_and_use.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert report["url"].startswith("http://127.0.0.1:")
    assert report["server_name"] == "127.0.0.1"
    assert report["design_valid"] and report["predict_topk"] == 2
    assert report["export_files"] >= 3 and report["export_has_class"]
    assert report["trained"]
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"connections to other hosts were attempted:\n{attempts}"
