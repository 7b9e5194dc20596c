"""50 concurrent users on loopback: every answer correct and their own, memory bounded."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from bench.bench_load import rss_bytes, run_load  # noqa: E402

CLIENTS = 50


@pytest.mark.slow
def test_fifty_concurrent_users(app_url, tmp_path):
    from PIL import Image
    from rel_common import small_predictor

    image = tmp_path / "img.png"
    Image.new("RGB", (96, 80), (200, 30, 30)).save(image)
    levels = dict(small_predictor().feature_info)
    run_load(app_url, 2, str(image), levels)  # warm caches, so memory growth below is load's
    before = rss_bytes()
    result = run_load(app_url, CLIENTS, str(image), levels, workers=CLIENTS)
    assert result.failures == [], "\n".join(result.failures[:10])
    assert len(result.latencies["predict"]) == CLIENTS
    assert len(result.latencies["edit"]) == 3 * CLIENTS
    assert result.wall_s < 120
    # 50 sessions each hold a small design and a few cached tensors: well under 1.5 GB.
    assert result.rss_peak - before < 1_500_000_000, (before, result.rss_peak)
    print(
        f"load: {CLIENTS} clients, wall {result.wall_s:.1f} s, predict p50 "
        f"{result.percentile('predict', 0.5) * 1000:.0f} ms p95 "
        f"{result.percentile('predict', 0.95) * 1000:.0f} ms, RSS +{(result.rss_peak - before) >> 20} MB"
    )
