"""The app starts without what its first page does not need: no torchvision (and with it
torch._dynamo, torch._inductor and sympy, 80 MB of idle memory), no matplotlib, no ONNX."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from designer import app
demo = app.create_demo()
demo.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True)
import httpx
config = httpx.get(demo.local_url + "config", timeout=60)
assert config.status_code == 200
print("LOADED", json.dumps({m: m in sys.modules for m in sys.argv[1:]}))
demo.close()
"""
LAZY = ["torchvision", "torch._dynamo", "torch._inductor", "sympy", "matplotlib", "onnx",
        "onnxruntime", "onnxscript", "efficientnet_lite_pytorch"]  # fmt: skip


def test_start_imports_nothing_the_first_page_does_not_need(tmp_path):
    env = {"PYTHONPATH": str(ROOT), "GRADIO_TEMP_DIR": str(tmp_path / "gradio"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", SCRIPT, *LAZY], capture_output=True, text=True,
                          env=env, timeout=300, cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("LOADED "))
    loaded = json.loads(line.removeprefix("LOADED "))
    assert not any(loaded.values()), [m for m, v in loaded.items() if v]
