"""``model-heads analyze --measure``: measured cost beside the analysed FLOPs and parameters."""

from __future__ import annotations

import json

import heads
from designer import cli


def test_measure_table_lists_every_node_and_the_whole_head(capsys):
    assert cli.main(["analyze", "fcos_lite", "--num-classes", "3", "--size", "128",
                     "--measure", "--runs", "2"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("fcos_lite (detection) at 128x128, batch 1: median of 2 runs")
    header = lines[1].split()
    assert header == "node block params FLOPs ms share GFLOP/s output peak".split()
    rows = {line.split()[0]: line.split() for line in lines[3:5]}
    assert set(rows) == {"neck", "head"}
    a = heads.analyze(heads.get_preset("fcos_lite", num_classes=3), 128)
    assert rows["head"][2] == f"{a.node('head').params:,}"
    assert "whole head:" in out and "a multiply-add counts as two" in out


def test_measure_json(capsys):
    assert cli.main(["analyze", "linear", "--num-classes", "4", "--size", "64", "--measure",
                     "--runs", "1", "--batch", "3", "--json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["batch"] == 3 and [n["name"] for n in data["nodes"]] == ["pool", "classifier"]
    assert data["nodes"][1]["output_bytes"] == 3 * 4 * 4


def test_measure_bad_runs_is_one_line(capsys):
    assert cli.main(["analyze", "linear", "--measure", "--runs", "0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("model-heads analyze: error:") and "runs" in err
