"""Compare the design with another one, read-only: its preset, an earlier step, or a spec.

The current design is B; what it is compared with is A, so the diff reads "what the design
changed of A" (:func:`designer.diff.diff`): the two graphs side by side with added (green),
removed (red) and changed (orange) nodes marked, and a table of Δparams, ΔFLOPs (a multiply-add
counts as two), Δ measured CPU time when asked for, and Δ metrics where both designs were
trained (a training run of this session, the bundled head's card, or a metrics file given with
an uploaded spec). Comparing never changes the session.

Example:
    >>> import heads
    >>> from designer import session as ss
    >>> levels = {"c3": heads.FeatureInfo(40, 8), "c4": heads.FeatureInfo(112, 16),
    ...           "c5": heads.FeatureInfo(320, 32)}
    >>> s, _ = ss.start("detection", "efficientnet_lite0", levels, preset="fcos_lite", num_classes=3)
    >>> s, _ = ss.set_params(s, "head", {"num_convs": 3})
    >>> other = other_design(s, Against.PRESET)
    >>> other.caption, [(n.name, n.status.value) for n in compare_specs(s, other).diff.nodes]
    ("preset 'fcos_lite'", [('neck', 'same'), ('head', 'changed')])
    >>> history_choices(s)
    [("1 step back, before: Updated 'head': num_convs = 3", 1)]
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designer import limits
from designer import session as ss
from designer.canvas.value import read_design
from heads.spec import HeadSpec, SpecError


class Against(str, enum.Enum):
    """What the design is compared with."""

    PRESET = "preset"  # the preset it started from (or the design it started from)
    HISTORY = "history"  # an earlier step of the undo history
    SPEC = "spec"  # a pasted or uploaded spec


@dataclass(frozen=True)
class Other:
    """Design A: its spec, what to call it and its training metrics (empty when untrained)."""

    spec: HeadSpec
    caption: str
    metrics: Mapping[str, float] = field(default_factory=dict)


@dataclass
class CompareView:
    """A comparison as the Compare tab shows it."""

    png: str | None
    svg: str | None
    report: str
    data: dict[str, Any]
    caption: str
    diff: Any  # designer.diff.DesignDiff


def history_choices(session: ss.Session) -> list[tuple[str, int]]:
    """``(label, steps back)`` of every earlier design in the undo history, most recent first."""
    steps = session.undo_steps
    out = []
    for k in range(1, len(steps) + 1):
        label = steps[-k].label
        label = label if len(label) <= 70 else label[:69] + "…"
        out.append((f"{k} step{'s' if k > 1 else ''} back, before: {label}", k))
    return out


def metrics_for(session: ss.Session, spec: HeadSpec) -> dict[str, float]:
    """The numeric metrics of a training of ``spec``: the latest run of this session that trained
    it, else the bundled trained head's card when ``spec`` is that head; ``{}`` otherwise."""
    for run_spec, _, metrics in reversed(session.run_metrics):
        if run_spec == spec:
            return dict(metrics)
    bundle = ss.bundled_head(spec.task)
    if bundle is not None and bundle.spec == spec:
        card = (bundle.card or {}).get("metrics") or {}
        return {k: float(v) for k, v in card.items() if isinstance(v, int | float)}
    return {}


def _preset_other(session: ss.Session) -> Other:
    from designer.diff import preset_of

    preset = session.origin_preset
    if preset and preset != ss.BUNDLED:
        # Built for the design's levels and classes: only what the design changed shows.
        spec = preset_of(session.spec, preset)
        return Other(spec, f"preset '{preset}'", metrics_for(session, spec))
    if session.origin is not None:
        what = "the trained head it started from" if preset == ss.BUNDLED else "its start"
        return Other(session.origin, what, metrics_for(session, session.origin))
    raise ss.ServiceError("the design did not start from a preset; compare with a spec instead")


def _history_other(session: ss.Session, steps_back: Any) -> Other:
    n = len(session.undo_steps)
    if n == 0:
        raise ss.ServiceError("there is no earlier step: the undo history is empty")
    try:
        k = int(steps_back)
    except (TypeError, ValueError):
        raise ss.ServiceError(f"steps back {steps_back!r} is not a whole number (1..{n})") from None
    if not 1 <= k <= n:
        raise ss.ServiceError(f"steps back must be between 1 and {n}, got {k}")
    step = session.undo_steps[-k]
    return Other(step.before.spec, f"{k} step{'s' if k > 1 else ''} back (before: {step.label})",
                 metrics_for(session, step.before.spec))  # fmt: skip


def _read_text(path: str | Path) -> str:
    data = ss.read_spec_file(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ss.ServiceError(f"{Path(path).name}: the spec is not UTF-8 text") from None


def read_metrics_file(path: str | Path) -> dict[str, float]:
    """The numeric metrics of an uploaded metrics file (a training summary or ``{name: number}``).

    Raises:
        designer.session.ServiceError: naming the file (not its server folder).
    """
    from designer.diff import read_metrics

    name = Path(path).name
    try:
        limits.check_spec_size(Path(path).stat().st_size, name)
        return read_metrics(path)
    except (OSError, ValueError) as e:
        reason = str(e).replace(str(path), name)
        raise ss.ServiceError(f"{name}: not a metrics file ({reason})") from None


def _spec_other(session: ss.Session, text: str | None, path: str | None,
                metrics_path: str | None) -> Other:  # fmt: skip
    name = "the pasted spec"
    if path:
        name = Path(path).name
        text = _read_text(path)
    if not text or not text.strip():
        raise ss.ServiceError("paste a spec's JSON or upload a spec file first")
    try:
        limits.check_spec_size(len(text.encode("utf-8")), name)
        spec = read_design(text)[0]  # a plain spec, or a saved design with its layout
    except (SpecError, TypeError, ValueError) as e:
        raise ss.ServiceError(f"{name}: {e}") from None
    metrics = metrics_for(session, spec)
    if metrics_path:
        metrics = read_metrics_file(metrics_path)
    return Other(spec, f"'{spec.name}' ({name})" if spec.name else name, metrics)


def other_design(
    session: ss.Session,
    against: Against | str,
    steps_back: Any = None,
    text: str | None = None,
    path: str | None = None,
    metrics_path: str | None = None,
) -> Other:
    """Design A for a comparison.

    Raises:
        designer.session.ServiceError: when there is nothing to compare with (no preset, an
            empty history, a step out of range, a spec that does not parse), naming why.
    """
    against = Against(against)
    if against is Against.PRESET:
        try:
            return _preset_other(session)
        except SpecError as e:
            raise ss.ServiceError(str(e)) from None
    if against is Against.HISTORY:
        return _history_other(session, steps_back)
    return _spec_other(session, text, path, metrics_path)


def _profiles(a: HeadSpec, b: HeadSpec, size: int, batch: int) -> tuple[Any, Any]:
    from designer import measuring

    return (measuring.measure_spec(a, size, batch).profile,
            measuring.measure_spec(b, size, batch).profile)  # fmt: skip


def compare_specs(session: ss.Session, other: Other, *, measure: bool = False,
                  batch: int = 1) -> CompareView:  # fmt: skip
    """Compare ``other`` (A) with the session's design (B) at the page's input size, drawn.

    Raises:
        designer.session.ServiceError: when either design does not build (naming which).
    """
    from designer import diagram
    from designer.diff import diff

    v = ss.validate(session)
    if not v.ok:
        raise ss.ServiceError(f"the design is not buildable yet: {v.message}")
    if other.spec.task is not session.task:
        raise ss.ServiceError(
            f"{other.caption} is a {other.spec.task.value} design and this one is "
            f"{session.task.value}: compare designs of one task"
        )
    size = session.view_size
    try:
        limits.check_design(other.spec, size)
        profiles = _profiles(other.spec, session.spec, size, batch) if measure else None
        mine = metrics_for(session, session.spec)
        d = diff(other.spec, session.spec, image_size=size, profiles=profiles,
                 metrics=(dict(other.metrics), mine))  # fmt: skip
        dot = d.to_dot()
        png, svg = diagram.render(dot, "png"), diagram.render(dot, "svg")
    except SpecError as e:
        raise ss.ServiceError(f"Not compared: {e}") from None
    except diagram.GraphvizNotFound as e:
        raise ss.ServiceError(f"No diagram: {e}") from None
    out = ss.output_dir()
    (out / "compare.png").write_bytes(png)
    (out / "compare.svg").write_bytes(svg)
    report = d.to_markdown().replace("# ", "### ", 1)
    if not other.metrics or not mine:
        untrained = [n for n, m in (("A", other.metrics), ("B", mine)) if not m]
        report += (
            f"\nNo Δ metrics: design {' and '.join(untrained)} "
            f"{'was' if len(untrained) == 1 else 'were'} not trained in this session.\n"
        )
    caption = f"A: {other.caption}; B: the design '{ss.design_name(session)}', at {size}×{size}"
    data = {**d.to_dict(), "a_caption": other.caption, "b_caption": ss.design_name(session)}
    return CompareView(str(out / "compare.png"), str(out / "compare.svg"), report, data, caption, d)


__all__ = [
    "Against", "CompareView", "Other", "compare_specs", "history_choices", "metrics_for",
    "other_design", "read_metrics_file",
]  # fmt: skip
