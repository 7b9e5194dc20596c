"""Rebuild the canvas's browser code: ``frontend/`` -> ``templates/{component,example}/``.

    python -m designer.canvas.build          # npm ci (first time), then two vite builds
    python -m designer.canvas.build --check  # exit 1 when the built files are older than the source

The built files are committed, so running the app or the tests needs no Node; run this after
changing anything under ``frontend/`` (Node 20 and npm, reaching the npm registry the first
time; ``npm ci`` installs exactly what ``package-lock.json`` pins, and the build is byte-for-byte
reproducible). The digest of the sources it was built from is written beside the built files,
and a test compares it with the sources, so a change that was not rebuilt does not go unnoticed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRONTEND = HERE / "frontend"
TEMPLATES = HERE / "templates"
VARIANTS = ("component", "example")
DIGEST = TEMPLATES / "component" / "source.sha256"
#: What the build reads (node_modules is pinned by the lock file).
SOURCES = ("package.json", "package-lock.json", "vite.config.js", "tsconfig.json")
SOURCE_GLOBS = ("*.svelte", "*.js", "src/*.svelte", "src/*.ts")


def source_files() -> list[Path]:
    files = {FRONTEND / name for name in SOURCES}
    for pattern in SOURCE_GLOBS:
        files.update(FRONTEND.glob(pattern))
    return sorted(f for f in files if f.is_file())


def source_digest() -> str:
    """SHA-256 over the frontend sources' names and bytes (line endings as stored)."""
    h = hashlib.sha256()
    for f in source_files():
        h.update(f.relative_to(FRONTEND).as_posix().encode() + b"\0")
        h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def built_digest() -> str | None:
    return DIGEST.read_text().strip() if DIGEST.is_file() else None


def build() -> None:
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("the canvas build needs Node 20 and npm (apt-get install -y nodejs npm)")
    lock = FRONTEND / "package-lock.json"
    modules = FRONTEND / "node_modules"
    if not modules.is_dir() or lock.stat().st_mtime > modules.stat().st_mtime:
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=FRONTEND, check=True)
    npx = shutil.which("npx") or "npx"
    for variant in VARIANTS:
        env = {**os.environ, "HEAD_CANVAS_VARIANT": variant}
        subprocess.run([npx, "vite", "build"], cwd=FRONTEND, env=env, check=True)
    DIGEST.write_text(source_digest() + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the build is current")
    args = parser.parse_args(argv)
    if args.check:
        current = built_digest() == source_digest()
        print("built files are current" if current else "frontend changed: rebuild the canvas")
        sys.exit(0 if current else 1)
    build()


if __name__ == "__main__":
    main()
