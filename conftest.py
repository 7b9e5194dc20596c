"""Root test set-up, loaded before any test or doctest module: offline Gradio settings, and the
library imported once under its own name, so doctests of block and preset modules find their
registrations in place instead of registering a second copy."""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

import heads  # noqa: E402,F401
