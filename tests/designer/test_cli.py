"""The ``model-heads`` command line, in process and end to end in a subprocess."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import heads
from designer import cli, diagram

ROOT = Path(__file__).resolve().parents[2]
needs_dot = pytest.mark.skipif(
    diagram.dot_binary() is None, reason="graphviz's dot is not installed"
)


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "designer", *args], capture_output=True, text=True, cwd=cwd or ROOT,
        env=env, timeout=300,
    )  # fmt: skip


def test_help_does_not_import_torch():
    code = (
        "import sys; from designer import cli; p = cli.build_parser(); "
        "assert 'torch' not in sys.modules, 'torch imported'; "
        "assert sorted(cli.SUBCOMMANDS) == sorted(p._subparsers._group_actions[0].choices)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("command", [c for c, s in cli.SUBCOMMANDS.items() if s.forward is None])
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main([command, "--help"])
    assert e.value.code == 0
    assert "usage: model-heads" in capsys.readouterr().out


def test_presets_and_blocks_tables(capsys):
    assert cli.main(["presets"]) == 0
    out = capsys.readouterr().out
    for p in heads.list_presets():
        assert p.name in out
    a = heads.analyze(heads.get_preset("linear"), 224)
    assert diagram.human(a.total_params) in out
    assert cli.main(["presets", "--task", "detection"]) == 0
    out = capsys.readouterr().out
    assert "fcos" in out and "linear" not in out
    assert cli.main(["blocks", "--task", "classification"]) == 0
    out = capsys.readouterr().out
    assert "classifier" in out and "pool" in out


def test_analyze_json_matches_the_library(capsys):
    assert cli.main(["analyze", "mlp", "--num-classes", "7", "--in-channels", "64", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    a = heads.analyze(heads.get_preset("mlp", 64, num_classes=7), 224)
    assert data["total_params"] == a.total_params and data["outputs"]["logits"] == [1, 7]


def test_levels_from_in_channels_and_a_spec_file(tmp_path, capsys):
    assert (
        cli.main(
            ["diagram", "fcos_lite", "--in-channels", "40,112,320", "-o", str(tmp_path / "a.dot")]
        )
        == 0
    )
    dot = (tmp_path / "a.dot").read_text()
    assert "40 ch, stride 8" in dot and "320 ch, stride 32" in dot
    spec = heads.get_preset("linear", 12, num_classes=3)
    (tmp_path / "spec.json").write_text(spec.to_json())
    assert (
        cli.main(
            ["diagram", str(tmp_path / "spec.json"), "-o", str(tmp_path / "b.dot"), "--size", "64"]
        )
        == 0
    )
    assert (tmp_path / "b.dot").read_text() == diagram.to_dot(spec, image_size=64)


@pytest.mark.parametrize(
    "args, message",
    [
        (["diagram", "no_such_preset", "-o", "x.svg"], "unknown preset"),
        (["diagram", "linear", "-o", "x.gif"], "format"),
        (["export", "missing.json", "-o", "x.py"], "not found"),
        (["export", "linear", "-o", "x.py", "--class-name", "a b"], "class name"),
        (["export", "linear", "-o", "x.txt"], ".py"),
        (["analyze", "linear", "--in-channels", "a,b"], "integers"),
        (["analyze", "linear", "--option", "nonsense"], "KEY=VALUE"),
        (["analyze", "linear", "--option", "bogus=1"], "bogus"),
        (["presets", "--task", "painting"], "unknown task"),
    ],
)
def test_user_errors_are_one_line(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(args) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_bad_spec_file_is_a_user_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"task": "classification", "inputs": {}, "nodes": [], "outputs": {}}')
    assert cli.main(["analyze", str(bad)]) == 1
    assert "inputs" in capsys.readouterr().err


def test_forwarded_subcommands(monkeypatch, capsys):
    seen = {}

    def fake_main(argv):
        seen["argv"] = argv
        return 0

    module = type(sys)("fake_app")
    module.main = fake_main
    monkeypatch.setitem(sys.modules, "fake_app", module)
    monkeypatch.setitem(cli.SUBCOMMANDS, "app", cli.Subcommand("app", forward="fake_app:main"))
    assert cli.main(["app", "--port", "7999"]) == 0
    assert seen["argv"] == ["--port", "7999"]
    monkeypatch.setitem(
        cli.SUBCOMMANDS, "app", cli.Subcommand("app", forward="designer.not_there:main")
    )
    assert cli.main(["app"]) == 1
    assert "not available" in capsys.readouterr().err


@needs_dot
def test_end_to_end_diagram_and_export(tmp_path):
    proc = _run("diagram", "fcos_lite", "-o", str(tmp_path / "d.svg"), "--rankdir", "TB")
    assert proc.returncode == 0, proc.stderr
    svg = (tmp_path / "d.svg").read_bytes()
    assert svg.startswith(b"<?xml") and b"cls_logits" in svg
    proc = _run(
        "export", "mlp", "--in-channels", "32", "--num-classes", "4", "-o", str(tmp_path / "my_head.py"),
        "--class-name", "MyHead", "--weights", str(tmp_path / "my_head.safetensors"),
        "--spec-json", str(tmp_path / "my_head.json"),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    spec_text = (tmp_path / "my_head.json").read_text()
    # Import the exported file and run it with the exported weights.
    loader = importlib.util.spec_from_file_location("my_head", tmp_path / "my_head.py")
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    from safetensors.torch import load_file

    head = module.MyHead().eval()
    state = load_file(str(tmp_path / "my_head.safetensors"))
    head.load_state_dict(state, strict=True)
    graph = heads.GraphHead(heads.HeadSpec.from_json(spec_text)).eval()
    graph.load_state_dict(state, strict=True)
    x = torch.randn(2, 32, 7, 7)
    with torch.no_grad():
        assert torch.equal(head(x)["logits"], graph(x)["logits"])
    # The same weights come back through --from-weights.
    proc = _run(
        "export", str(tmp_path / "my_head.json"), "-o", str(tmp_path / "again.py"),
        "--from-weights", str(tmp_path / "my_head.safetensors"), "--weights", str(tmp_path / "again.safetensors"),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    again = load_file(str(tmp_path / "again.safetensors"))
    assert all(torch.equal(again[k], state[k]) for k in state)


def test_weights_that_do_not_fit_are_a_user_error(tmp_path, capsys):
    from safetensors.torch import save_file

    save_file(
        heads.GraphHead(heads.get_preset("mlp", 16, num_classes=3)).state_dict(),
        str(tmp_path / "w.safetensors"),
    )
    args = ["export", "linear", "--in-channels", "16", "-o", str(tmp_path / "x.py")]
    assert cli.main([*args, "--from-weights", str(tmp_path / "w.safetensors")]) == 1
    err = capsys.readouterr().err
    assert "does not fit" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.py").exists()
    (tmp_path / "junk.safetensors").write_bytes(b"not a tensor file")
    assert cli.main([*args, "--from-weights", str(tmp_path / "junk.safetensors")]) == 1
    assert "safetensors" in capsys.readouterr().err
