"""The code base passes its own linter and formatter (the configuration in pyproject.toml)."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PATHS = ["heads", "designer", "bench", "tests", "conftest.py"]


def _ruff() -> str:
    from designer.codegen import ruff_binary

    ruff = ruff_binary()
    assert ruff, "ruff is a test dependency (pip install -e '.[test]')"
    return ruff


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["check", "format"])
def test_ruff(command):
    proc = subprocess.run(
        [_ruff(), *command, *PATHS], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
