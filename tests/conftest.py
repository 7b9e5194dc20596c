"""Shared test set-up: offline, quiet Gradio; deterministic torch."""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("MPLBACKEND", "Agg")
# Under pytest-xdist every core runs a worker: one thread each (and in the servers and
# commands the tests start), since two threads per worker on the same cores spin against
# each other (about a fifth slower on the training and analysis tests).
WORKERS = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
if WORKERS and int(WORKERS) > 1:
    os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1 if WORKERS and int(WORKERS) > 1 else max(1, min(2, os.cpu_count() or 1)))


@pytest.fixture(autouse=True)
def _seed():
    torch.manual_seed(0)
    yield
