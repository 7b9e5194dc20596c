"""Measured cost per node for the app: an explicit action, cached per (spec, size, batch).

:func:`heads.analyze` counts what a design must do; :func:`heads.profile.profile` measures what
it does on this machine (median CPU time per node over several runs, the bytes each node returns,
the peak memory it held, and the whole head timed as one call). Measuring takes seconds, so it
happens only when asked (:func:`measure`) and is kept in a process-level cache keyed by
``(spec, input size, batch)``: the analysis table shows the measured columns whenever the design
on the page has been measured at the page's input size (:func:`measured`), so an edit drops them
and undo brings them back, without measuring again.

Measured times move with the machine's load: they are for comparing nodes of one design, and
designs measured close together, not for quoting across machines.

Example:
    >>> import heads
    >>> from designer import session as ss
    >>> levels = {"c5": heads.FeatureInfo(64, 32)}
    >>> s, _ = ss.start("classification", "tiny", levels, preset="linear", num_classes=3)
    >>> m = measure(s, size=64, batch=2, runs=2)
    >>> measured(s.spec, 64) is m.profile, sorted(overlay(m.profile))
    (True, ['classifier', 'pool'])
    >>> overlay(m.profile)["classifier"]["output_bytes"]  # 2 images x 3 float32 logits
    24
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from designer import limits
from designer import session as ss
from designer.fmt import human
from heads.spec import HeadSpec, SpecError

#: Timed runs per measurement (medians are shown) and untimed runs before them.
RUNS = 5
WARMUP = 1
#: Largest batch the app measures (activations grow with it).
MAX_BATCH = 64
#: Measurements kept (each is a small table; the heads built for them are not kept).
CACHE_ITEMS = 64

#: The analysis table's columns once the design is measured.
MEASURED_HEADERS = [*ss.ANALYSIS_HEADERS, "CPU ms", "share", "memory out / peak"]

_CACHE: OrderedDict[tuple[HeadSpec, int, int], Any] = OrderedDict()
_LOCK = threading.Lock()
# One measurement at a time: two at once on a small machine would time each other.
_RUNNING = threading.Lock()


@dataclass(frozen=True)
class Measurement:
    """A measured design and whether it came from the cache."""

    profile: Any  # heads.profile.Profile
    cached: bool


def _check_batch(batch: Any) -> int:
    try:
        b = int(batch or 1)
    except (TypeError, ValueError):
        raise ss.ServiceError(f"batch {batch!r} is not a whole number") from None
    if not 1 <= b <= MAX_BATCH:
        raise ss.ServiceError(f"batch {b} is outside 1..{MAX_BATCH}")
    return b


def _check_runs(runs: Any) -> int:
    try:
        r = int(runs or RUNS)
    except (TypeError, ValueError):
        raise ss.ServiceError(f"runs {runs!r} is not a whole number") from None
    if not 1 <= r <= 50:
        raise ss.ServiceError(f"runs {r} is outside 1..50")
    return r


def measure_spec(spec: HeadSpec, size: int, batch: int = 1, runs: Any = RUNS) -> Measurement:
    """Measure ``spec`` at ``size`` x ``size`` and ``batch`` images, or take the measurement
    from the cache.

    Raises:
        designer.session.ServiceError: for a design over the size limits or that does not run at
            this size, or a batch or run count out of range.
    """
    key = (spec, int(size), _check_batch(batch))
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return Measurement(hit, True)
    from heads.profile import profile

    try:
        limits.check_design(spec, int(size))  # before allocating weights and features
        with _RUNNING:
            prof = profile(spec, int(size), key[2], runs=_check_runs(runs), warmup=WARMUP)
    except SpecError as e:
        raise ss.ServiceError(f"design {spec.name or '(unnamed)'}: {e}") from None
    with _LOCK:
        _CACHE[key] = prof
        _CACHE.move_to_end(key)
        while len(_CACHE) > CACHE_ITEMS:
            _CACHE.popitem(last=False)
    return Measurement(prof, False)


def measure(session: ss.Session, size: Any = None, batch: Any = 1, runs: Any = RUNS) -> Measurement:
    """Measure the session's design at ``size`` x ``size`` (default: the page's input size) and
    ``batch`` images, or take the measurement from the cache.

    Raises:
        designer.session.ServiceError: for a design that does not build yet, a design over the
            size limits, or a size, batch or run count out of range.
    """
    v = ss.validate(session)
    if not v.ok:
        raise ss.ServiceError(f"The design is not buildable yet: {v.message}")
    return measure_spec(session.spec, ss.check_size(size or session.view_size), batch, runs)


def measured(spec: HeadSpec, size: int) -> Any | None:
    """The latest measurement of ``spec`` at ``size`` (any batch), or ``None``; never measures."""
    with _LOCK:
        for (s, px, _), prof in reversed(_CACHE.items()):
            if px == size and s == spec:
                return prof
    return None


def overlay(profile: Any) -> dict[str, dict[str, Any]]:
    """Per-node measured cost keyed by node name, for a canvas overlay or an API client:
    ``{node: {ms, share, output_bytes, peak_bytes, flops, params, gflops_per_s}}``."""
    return {r["node"]: {k: v for k, v in r.items() if k != "node"} for r in profile.table()}


def _bytes(n: int | None) -> str:
    return "-" if n is None else human(n, "B")


def table(session: ss.Session, view: ss.AnalysisView) -> dict[str, Any]:
    """The analysis table's value: the analysed columns, and the measured ones when the design
    on the page has been measured at the page's input size."""
    prof = None if view.stale else measured(session.spec, session.view_size)
    if prof is None:
        return {"headers": ss.ANALYSIS_HEADERS, "data": view.rows}
    costs = {n.name: n for n in prof.nodes}
    rows = []
    for row in view.rows:
        n = costs.get(row[0])
        if n is None:
            rows.append([*row, "-", "-", "-"])
            continue
        share = n.median_ms / prof.sum_ms if prof.sum_ms > 0 else 0.0
        memory = f"{_bytes(n.output_bytes)} / {_bytes(n.peak_bytes)}"
        rows.append([*row, f"{n.median_ms:.3g}", f"{100 * share:.0f}%", memory])
    return {"headers": MEASURED_HEADERS, "data": rows}


def totals(profile: Any) -> str:
    """One line: the nodes' time against the whole head's, the activations, what was run."""
    h, w = profile.image_size
    part = 100 * profile.sum_ms / profile.whole_ms if profile.whole_ms > 0 else 0.0
    rest = " (the rest is the graph's own work between nodes)" if part < 100 else ""
    return (
        f"**Measured at {h}×{w}, batch {profile.batch}:** whole head "
        f"{profile.whole_ms:.2f} ms; its nodes timed one by one {profile.sum_ms:.2f} ms, "
        f"{part:.0f}% of the whole{rest}; {human(profile.activation_bytes, 'B')} of "
        f"activations. Median of {profile.runs} runs on {profile.threads} CPU thread(s), random "
        "weights; times move with the machine's load."
    )


def note(session: ss.Session, view: ss.AnalysisView) -> str:
    """What the page shows under the table: the measured totals, or how to measure."""
    prof = None if view.stale else measured(session.spec, session.view_size)
    if prof is not None:
        return totals(prof)
    return (
        "Not measured: **Measure** times each node on this machine's CPU (median of "
        f"{RUNS} runs) and reads the memory it uses, at the input size above."
    )


def data(profile: Any, cached: bool) -> dict[str, Any]:
    """The measurement for API clients: the profile's summary and :func:`overlay`."""
    return {**profile.to_dict(), "cached": cached, "per_node": overlay(profile)}


def measure_action(
    session: ss.Session, batch: Any = 1, runs: Any = RUNS
) -> tuple[ss.Session, str, dict[str, Any]]:
    """The Measure button: measure the design (or take it from the cache) and say so.

    The session is unchanged but for the message: a measurement is not a design step.
    """
    m = measure(session, None, batch, runs)
    p = m.profile
    h, w = p.image_size
    how = "from the cache" if m.cached else f"median of {p.runs} runs"
    msg = (
        f"Measured '{ss.design_name(session)}' at {h}×{w}, batch {p.batch} ({how}): whole "
        f"head {p.whole_ms:.2f} ms, nodes {p.sum_ms:.2f} ms."
    )
    return ss.say(session, msg), msg, data(p, m.cached)


__all__ = [
    "MAX_BATCH", "MEASURED_HEADERS", "RUNS", "Measurement", "data", "measure", "measure_action",
    "measure_spec", "measured", "note", "overlay", "table", "totals",
]  # fmt: skip
