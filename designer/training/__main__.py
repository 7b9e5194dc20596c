"""``python -m designer.training`` (and ``torchrun -m designer.training``): the training CLI."""

from designer.training.cli import cli_main

if __name__ == "__main__":
    raise SystemExit(cli_main())
