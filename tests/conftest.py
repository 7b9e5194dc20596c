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


def pytest_collection_modifyitems(config, items):
    """Files with slow tests first, each kept whole and in its order (its module fixtures are
    set up once): under pytest-xdist the longest tests then start early, instead of one of
    them running alone at the end while the other workers wait."""
    slow = {str(item.path) for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: str(item.path) not in slow)
