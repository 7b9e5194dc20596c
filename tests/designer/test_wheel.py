"""The wheel carries everything the package needs at run time, and an installed copy works.

The slow test builds the wheel from a copy of the tracked files (``pip wheel --no-deps
--no-build-isolation``: no download), checks its contents, installs it with ``pip install
--no-deps --target`` into a temporary folder and runs the shared interpreter with that folder
first on ``sys.path``, from a working directory outside the repository: the bundled heads load
with their weights from the installed copy, and ``model-heads docs`` asks for a folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11")

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_ROOTS = ("heads", "designer")


def _listed_packages() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return list(config["packages"])


def _source_packages() -> list[str]:
    found = []
    for top in PACKAGE_ROOTS:
        for init in sorted((ROOT / top).rglob("__init__.py")):
            found.append(".".join(init.parent.relative_to(ROOT).parts))
    return found


def test_every_source_package_is_in_the_wheel_configuration():
    listed = set(_listed_packages())
    missing = [p for p in _source_packages() if p not in listed]
    assert not missing, (
        f"add {missing} to [tool.setuptools] packages in pyproject.toml, or the wheel leaves "
        "them out"
    )


def test_every_asset_file_is_matched_by_package_data():
    import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    data = config["package-data"]
    assert config["package-dir"]["designer.assets"] == "assets"
    unmatched = []
    for path in sorted((ROOT / "assets").rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(ROOT / "assets")
        package = ".".join(["designer.assets", *rel.parts[:-1]])
        patterns = data.get(package, [])
        if package not in config["packages"] or not any(
            fnmatch.fnmatch(rel.name, p) for p in patterns
        ):
            unmatched.append(str(rel))
    assert not unmatched, f"assets the wheel would leave out: {unmatched}"


def _tracked_copy(dest: Path) -> Path:
    """The tracked (and new, unignored) files of the checkout, copied to ``dest``."""
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(wheel path, folder the wheel is installed in)."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to list the tracked files")
    base = tmp_path_factory.mktemp("wheel")
    src = _tracked_copy(base / "src")
    out = base / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", str(src), "-w", str(out), "-q"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = out.glob("model_heads-*.whl")
    target = base / "site"
    install = subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel), "-q"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    return wheel, target


def _run_installed(target: Path, code: str, cwd: Path) -> subprocess.CompletedProcess:
    # The installed copy first on sys.path; torch and the other dependencies come from the
    # running interpreter's site-packages. PYTHONPATH is cleared so no checkout is importable.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    env["PYTHONSAFEPATH"] = "1"  # the working directory is not put on sys.path either
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=600,
    )  # fmt: skip


@pytest.mark.slow
def test_wheel_contents(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((ROOT / "assets").rglob("*")):
        if path.is_file():
            rel = path.relative_to(ROOT / "assets").as_posix()
            assert f"designer/assets/{rel}" in names, rel
    for package in _listed_packages():
        if not package.startswith("designer.assets"):
            assert f"{package.replace('.', '/')}/__init__.py" in names, package
    assert not any(n.startswith(("tests/", "bench/", "assets/")) for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "model-heads = designer.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


@pytest.mark.slow
def test_installed_copy_loads_the_bundled_heads(installed, tmp_path):
    _, target = installed
    code = (
        "import json, torch, designer, heads\n"
        "from designer import resources\n"
        "from designer.inference import default_head, default_head_path\n"
        "from heads.graph import GraphHead\n"
        "out = {'designer': designer.__file__, 'heads': heads.__file__,\n"
        "       'checkout': str(resources.source_checkout()),\n"
        "       'examples': [p.name for p in resources.example_images()], 'bundles': {}}\n"
        "for task in ('classification', 'detection', 'segmentation'):\n"
        "    path = default_head_path(task)\n"
        "    b = default_head(task)\n"
        "    head = GraphHead(b.spec)\n"
        "    head.load_state_dict(b.state_dict, strict=True)\n"
        "    out['bundles'][task] = {'path': str(path), 'classes': len(b.class_names),\n"
        "        'params': sum(v.numel() for v in b.state_dict.values())}\n"
        "print(json.dumps(out))\n"
    )
    proc = _run_installed(target, code, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("designer", "heads"):
        assert Path(info[key]).is_relative_to(target), info[key]
    assert info["checkout"] == "None"
    expected = sorted(p.name for p in (ROOT / "assets" / "examples").iterdir())
    assert info["examples"] == expected
    for task, bundle in info["bundles"].items():
        assert Path(bundle["path"]).is_relative_to(target / "designer" / "assets"), bundle
        assert bundle["params"] > 0 and bundle["classes"] > 0, task
    assert info["bundles"]["classification"]["classes"] == 1000


@pytest.mark.slow
def test_installed_docs_command_asks_for_a_folder(installed, tmp_path):
    _, target = installed
    run = "import sys; from designer.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = _run_installed(target, run.replace("sys.argv[1:]", "['docs']"), tmp_path)
    assert proc.returncode == 1
    assert "--out DIR" in proc.stderr and "Traceback" not in proc.stderr
    assert not (target / "docs").exists()
    from designer.diagram import dot_binary

    if dot_binary() is None:
        return  # writing needs graphviz; the refusal above is what the installed copy adds
    out = tmp_path / "my docs"
    argv = f"['docs', '--out', {str(out)!r}]"
    proc = _run_installed(target, run.replace("sys.argv[1:]", argv), tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (out / "manifest.json").is_file()
    assert not (target / "docs").exists()
