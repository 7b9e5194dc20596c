"""``python -m designer``: the ``model-heads`` command line."""

from designer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
