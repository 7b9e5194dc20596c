"""Measured cost per node: structure and invariants (never timings against a constant)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import heads
from heads.profile import Profile, profile, random_features


@pytest.fixture(scope="module")
def fcos_profile() -> Profile:
    spec = heads.get_preset("fcos_lite", num_classes=3)
    return profile(spec, 128, batch=2, runs=5, warmup=1)


def test_every_node_is_measured_in_plan_order(fcos_profile):
    p = fcos_profile
    assert [n.name for n in p.nodes] == [s.node.name for s in heads.plan(p.spec).steps]
    assert all(n.median_ms > 0 and n.min_ms <= n.median_ms <= n.max_ms for n in p.nodes)
    assert p.whole_ms > 0 and p.runs == 5 and p.batch == 2 and p.threads >= 1


def test_output_bytes_equal_the_output_tensors(fcos_profile):
    p = fcos_profile
    a = heads.analyze(p.spec, 128, batch=2)
    for cost, stats in zip(p.nodes, a.nodes):
        expected = sum(4 * torch.Size(s).numel() for s in stats.output_shapes)  # float32
        assert cost.output_bytes == expected
        assert cost.flops == stats.flops and cost.params == stats.params
    feats = random_features(p.spec, 128, 2)
    assert p.input_bytes == sum(v.numel() * 4 for v in feats.values())
    assert p.activation_bytes == sum(n.output_bytes for n in p.nodes)


def test_peak_memory_holds_at_least_the_output(fcos_profile):
    # A node's output is allocated while it runs and still held when it returns.
    for n in fcos_profile.nodes:
        assert n.peak_bytes is not None
        assert n.peak_bytes >= n.output_bytes


def test_node_times_add_up_to_about_the_whole_head(fcos_profile):
    # The nodes are the head's work; the graph's own Python between them is small. The factor
    # is wide because the timings come from a shared machine.
    p = fcos_profile
    assert 0.25 < p.sum_ms / p.whole_ms < 4.0
    assert sum(p.share(n.name) for n in p.nodes) == pytest.approx(1.0)


def test_a_built_head_keeps_its_weights_and_mode():
    spec = heads.get_preset("linear", 64, num_classes=4)
    head = heads.build_head(None, spec).train()
    before = {k: v.clone() for k, v in head.state_dict().items()}
    p = profile(head, 32, runs=2, warmup=0)
    assert head.training
    assert all(torch.equal(before[k], v) for k, v in head.state_dict().items())
    assert p.node("classifier").output_bytes == 4 * 4


def test_to_dict_is_json_and_says_how_flops_count(fcos_profile):
    data = json.loads(json.dumps(fcos_profile.to_dict()))
    assert [n["name"] for n in data["nodes"]] == ["neck", "head"]
    assert "multiply-add counts as two" in data["flops_note"]
    rows = fcos_profile.table()
    assert {"node", "ms", "share", "output_bytes", "peak_bytes", "gflops_per_s"} <= set(rows[0])


def test_bad_arguments_and_designs_are_named():
    spec = heads.get_preset("linear", 64, num_classes=4)
    with pytest.raises(ValueError, match="runs"):
        profile(spec, 32, runs=0)
    with pytest.raises(heads.SpecError, match="unknown preset 'fcos_lit'.*fcos_lite"):
        profile("fcos_lit", 32, runs=1)


def test_kineto_chatter_stays_off_stderr_but_other_text_is_kept():
    # In a subprocess: pytest's capture replaces the stderr file descriptor this test would see.
    code = (
        "import os, sys, heads\n"
        "from heads.profile import _quiet_kineto, profile\n"
        "profile(heads.get_preset('linear', 64, num_classes=2), 32, runs=1, warmup=0)\n"
        "with _quiet_kineto():\n"
        "    sys.stderr.write('kept line\\n')\n"
        "    os.write(2, b'USDT:2026-01-01 10:00:00 1:1 Handler.cpp:39] profiler_start\\n')\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "kept line" in proc.stderr
    assert "USDT" not in proc.stderr and "profiler_st" not in proc.stderr
