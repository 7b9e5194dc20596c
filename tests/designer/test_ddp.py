"""Two-process CPU DistributedDataParallel training through torchrun (gloo)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TORCHRUN = Path(sys.executable).with_name("torchrun")

ARGS = ["--task", "classification", "--data", "shapes", "--design", "conv_pool",
        "--backbone", "tiny", "--epochs", "2", "--image-size", "64", "--shapes-images", "24",
        "--batch-size", "4", "--patience", "0"]  # fmt: skip


def _env() -> dict[str, str]:
    env = dict(os.environ, OMP_NUM_THREADS="1", MPLBACKEND="Agg")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.skipif(not TORCHRUN.exists(), reason="torchrun is not installed beside this Python")
def test_torchrun_two_processes(tmp_path):
    out = tmp_path / "ddp"
    cmd = [str(TORCHRUN), "--standalone", "--nproc_per_node", "2", "-m", "designer.training",
           *ARGS, "--out", str(out)]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads((out / "metrics.json").read_text())
    assert summary["world_size"] == 2
    # 24 images: 5 held out, 19 train -> 9 per rank -> 3 steps of 4 per epoch on each rank
    # (one process alone would take 5).
    assert [h["steps"] for h in summary["history"]] == [3, 6]
    # Gradients were averaged: both replicas end with the same weights.
    a, b = summary["replica_param_sums"]
    assert a == b
    # Only rank 0 wrote, and what it wrote loads.
    from safetensors.torch import load_file

    import heads

    head = heads.GraphHead(heads.HeadSpec.from_json((out / "head.json").read_text()))
    head.load_state_dict(load_file(out / "head.safetensors"), strict=True)
    assert sorted(p.name for p in out.iterdir()) == [
        "confusion_matrix.png", "curves.png", "head.json", "head.safetensors", "metrics.json",
        "report.json", "worst.png",
    ]  # fmt: skip
