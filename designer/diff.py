"""Compare two designs: which nodes were added, removed or changed, and what that costs.

:func:`diff` matches the nodes of design A to those of design B — by name first, then, among
the nodes left, by block and inputs (so a renamed node whose inputs did not change is still the
same node) — and lists every parameter that differs. Beside the structure it puts the numbers
that decide between two designs: parameters and FLOPs per node and in total (from
:func:`heads.analyze`, a multiply-add counted as two), measured CPU time (from
:func:`heads.profile.profile`, when asked for) and, where both designs carry metrics of a
training run, the difference of each metric.

A :class:`DesignDiff` renders as Markdown (:meth:`DesignDiff.to_markdown`), JSON
(:meth:`DesignDiff.to_dict`) and a DOT diagram of the two graphs side by side with the added,
removed and changed nodes marked (:meth:`DesignDiff.to_dot`, drawn by
:mod:`designer.diagram`). :func:`diff_against_preset` compares a design with the preset it
started from in one call.

Example:
    >>> import heads
    >>> a = heads.get_preset("fcos_lite", num_classes=5)
    >>> b = a.with_params("head", num_convs=4)
    >>> d = diff(a, b, image_size=128)
    >>> [(n.name, n.status.value) for n in d.nodes]
    [('neck', 'same'), ('head', 'changed')]
    >>> d.node("head").params
    (ParamChange(field='num_convs', old=2, new=4),)
    >>> d.params_b - d.params_a  # 2 towers x 2 more (3x3x64x64 conv + 64 bias + 128 norm)
    148224
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designer.diagram import human
from heads.spec import HeadSpec, SpecError, params_to_dict, parse_ref, plan


class Status(str, enum.Enum):
    """What happened to a node between design A and design B."""

    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


#: Border colours of marked nodes in the diff diagram (added, removed, changed).
MARK_COLORS = {Status.ADDED: "#2e7d32", Status.REMOVED: "#c62828", Status.CHANGED: "#ef6c00"}


@dataclass(frozen=True)
class ParamChange:
    """One parameter that differs (plain JSON values; ``None`` where a block lacks the field)."""

    field: str
    old: Any
    new: Any

    def text(self) -> str:
        return f"{self.field}: {_plain_text(self.old)} \u2192 {_plain_text(self.new)}"


@dataclass(frozen=True)
class NodeDiff:
    """One node of A matched to one of B, or a node only one of them has.

    Attributes:
        status: same, changed, added (only in B) or removed (only in A).
        a, b: the node's name in A and in B (``None`` where it is absent).
        block_a, block_b: its block in A and in B.
        matched_by: ``"name"`` or ``"block+inputs"`` (``None`` for added and removed nodes).
        params: the parameters that differ.
        inputs: ``(A's inputs in B's names, B's inputs)`` when they differ, else ``None``.
        params_a, params_b, flops_a, flops_b: analysed parameters and FLOPs (0 where absent).
        ms_a, ms_b: measured median CPU time, when measured.
    """

    status: Status
    a: str | None
    b: str | None
    block_a: str | None
    block_b: str | None
    matched_by: str | None = None
    params: tuple[ParamChange, ...] = ()
    inputs: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    params_a: int = 0
    params_b: int = 0
    flops_a: int = 0
    flops_b: int = 0
    ms_a: float | None = None
    ms_b: float | None = None

    @property
    def name(self) -> str:
        """The node's name in B, or in A for a removed node."""
        return self.b if self.b is not None else str(self.a)

    @property
    def renamed(self) -> bool:
        return self.a is not None and self.b is not None and self.a != self.b

    def changes(self) -> list[str]:
        """Human lines: the rename, the block change, the inputs and each changed parameter."""
        out = []
        if self.renamed:
            out.append(f"renamed {self.a} \u2192 {self.b}")
        if self.block_a and self.block_b and self.block_a != self.block_b:
            out.append(f"block {self.block_a} \u2192 {self.block_b}")
        if self.inputs is not None:
            out.append(f"inputs {', '.join(self.inputs[0])} \u2192 {', '.join(self.inputs[1])}")
        out += [p.text() for p in self.params]
        return out


@dataclass(frozen=True)
class DesignDiff:
    """Two designs compared at one input size (see the module doc).

    Attributes:
        a, b: the designs.
        image_size: ``(H, W)`` of the analysis and measurement.
        nodes: B's nodes in execution order (same, changed, added), then A's removed nodes.
        levels: ``(name, A's level or None, B's level or None)`` for input levels that differ.
        outputs: ``(key, A's reference or None, B's reference or None)`` for outputs that differ
            (references in B's names).
        params_a, params_b, flops_a, flops_b: totals.
        ms_a, ms_b: measured whole-head median times (``None`` when not measured).
        metrics_a, metrics_b: the designs' training metrics (empty when not given).
        runs: timed runs per design when measured.
    """

    a: HeadSpec
    b: HeadSpec
    image_size: tuple[int, int]
    nodes: tuple[NodeDiff, ...]
    levels: tuple[tuple[str, Any, Any], ...]
    outputs: tuple[tuple[str, str | None, str | None], ...]
    params_a: int
    params_b: int
    flops_a: int
    flops_b: int
    ms_a: float | None = None
    ms_b: float | None = None
    metrics_a: Mapping[str, float] = field(default_factory=dict)
    metrics_b: Mapping[str, float] = field(default_factory=dict)
    runs: int = 0

    @property
    def identical(self) -> bool:
        """Whether the two designs have the same graph (names, blocks, parameters, wiring)."""
        return (
            self.a.task is self.b.task
            and not self.levels
            and not self.outputs
            and all(n.status is Status.SAME and not n.renamed for n in self.nodes)
        )

    def node(self, name: str) -> NodeDiff:
        """The entry of node ``name`` (B's name, or A's for a removed node)."""
        for n in self.nodes:
            if name in (n.b, n.a):
                return n
        raise KeyError(name)

    def by_status(self, status: Status | str) -> list[NodeDiff]:
        status = Status(status)
        return [n for n in self.nodes if n.status is status]

    def metric_deltas(self) -> dict[str, tuple[float, float, float]]:
        """``metric -> (A, B, B - A)`` for the numeric metrics both designs carry."""
        out = {}
        for key in sorted(set(self.metrics_a) & set(self.metrics_b)):
            va, vb = self.metrics_a[key], self.metrics_b[key]
            if _is_number(va) and _is_number(vb):
                out[key] = (float(va), float(vb), float(vb) - float(va))
        return out

    def summary(self) -> list[dict[str, Any]]:
        """Rows ``{quantity, a, b, delta, ratio}``: params, FLOPs, latency, then metrics."""
        rows = [
            _row("params", self.params_a, self.params_b),
            _row("FLOPs", self.flops_a, self.flops_b),
        ]
        if self.ms_a is not None and self.ms_b is not None:
            rows.append(_row("latency_ms", self.ms_a, self.ms_b))
        rows += [_row(k, va, vb) for k, (va, vb, _) in self.metric_deltas().items()]
        return rows

    # -- renderings ---------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (both specs inline)."""
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "image_size": list(self.image_size),
            "identical": self.identical,
            "summary": self.summary(),
            "flops_note": "a multiply-add counts as two FLOPs",
            "runs": self.runs,
            "levels": [{"name": n, "a": _level(x), "b": _level(y)} for n, x, y in self.levels],
            "outputs": [{"key": k, "a": x, "b": y} for k, x, y in self.outputs],
            "nodes": [
                {
                    "name": n.name,
                    "status": n.status.value,
                    "a": n.a,
                    "b": n.b,
                    "block_a": n.block_a,
                    "block_b": n.block_b,
                    "matched_by": n.matched_by,
                    "params": [{"field": p.field, "a": p.old, "b": p.new} for p in n.params],
                    "inputs": None if n.inputs is None else [list(n.inputs[0]), list(n.inputs[1])],
                    "params_a": n.params_a,
                    "params_b": n.params_b,
                    "flops_a": n.flops_a,
                    "flops_b": n.flops_b,
                    "ms_a": n.ms_a,
                    "ms_b": n.ms_b,
                }
                for n in self.nodes
            ],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    def to_markdown(self) -> str:
        """A Markdown report: the totals table, then one row per node."""
        h, w = self.image_size
        name_a, name_b = _caption(self.a, "A"), _caption(self.b, "B")
        lines = [f"# {name_a} \u2192 {name_b}", ""]
        counts = {s: len(self.by_status(s)) for s in Status}
        lines.append(
            f"At {h}\u00d7{w} input: {counts[Status.ADDED]} added, {counts[Status.REMOVED]} "
            f"removed, {counts[Status.CHANGED]} changed, {counts[Status.SAME]} unchanged nodes."
            + (" The graphs are identical." if self.identical else "")
        )
        lines += ["", "| | A | B | \u0394 |", "|---|---:|---:|---:|"]
        for r in self.summary():
            lines.append(
                f"| {_quantity(r['quantity'], self.runs)} | {_num(r['a'], r['quantity'])} | "
                f"{_num(r['b'], r['quantity'])} | {_delta(r)} |"
            )
        lines += ["", "FLOPs count a multiply-add as two."]
        if self.levels or self.outputs:
            lines += ["", "| input level / output | A | B |", "|---|---|---|"]
            lines += [
                f"| level {n} | {_level_text(x)} | {_level_text(y)} |" for n, x, y in self.levels
            ]
            lines += [f"| output {k} | {x or '-'} | {y or '-'} |" for k, x, y in self.outputs]
        measured = any(n.ms_a is not None or n.ms_b is not None for n in self.nodes)
        header = "| node | status | block | \u0394params | \u0394FLOPs |"
        rule = "|---|---|---|---:|---:|"
        if measured:
            header += " \u0394ms |"
            rule += "---:|"
        lines += ["", header + " changes |", rule + "---|"]
        for n in self.nodes:
            block = n.block_b or n.block_a
            if n.block_a and n.block_b and n.block_a != n.block_b:
                block = f"{n.block_a} \u2192 {n.block_b}"
            row = (
                f"| {_md(n.name)} | {n.status.value} | {block} | "
                f"{_signed(n.params_b - n.params_a)} | {_signed(n.flops_b - n.flops_a)} |"
            )
            if measured:
                dm = (n.ms_b or 0.0) - (n.ms_a or 0.0)
                row += f" {dm:+.3f} |"
            lines.append(row + f" {_md('; '.join(n.changes()))} |")
        return "\n".join(lines) + "\n"

    def marks(self) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """Node marks ``name -> (colour, note)`` for A's graph and for B's graph."""
        ma: dict[str, tuple[str, str]] = {}
        mb: dict[str, tuple[str, str]] = {}
        for n in self.nodes:
            if n.status is Status.REMOVED:
                ma[str(n.a)] = (MARK_COLORS[Status.REMOVED], "\u2212 removed")
            elif n.status is Status.ADDED:
                mb[str(n.b)] = (MARK_COLORS[Status.ADDED], "+ added")
            elif n.status is Status.CHANGED:
                changes = n.changes()
                note = (
                    "~ " + changes[0] + (f" (+{len(changes) - 1} more)" if len(changes) > 1 else "")
                )
                ma[str(n.a)] = (MARK_COLORS[Status.CHANGED], "~ changed in B")
                mb[str(n.b)] = (MARK_COLORS[Status.CHANGED], note)
        return ma, mb

    def to_dot(self, *, rankdir: str = "TB") -> str:
        """DOT text: A and B side by side, added (green), removed (red), changed (orange)."""
        from designer.diagram import to_dot_many

        h, w = self.image_size
        ma, mb = self.marks()
        dot = to_dot_many(
            [(f"A: {_caption(self.a, 'A')}", self.a), (f"B: {_caption(self.b, 'B')}", self.b)],
            image_size=(h, w),
            rankdir=rankdir,
            title="design diff",
            marks=[ma, mb],
        )
        cells = "".join(
            f'<TD COLOR="{MARK_COLORS[s]}" BORDER="3"><FONT POINT-SIZE="10">{s.value}</FONT></TD>'
            for s in (Status.ADDED, Status.REMOVED, Status.CHANGED)
        )
        legend = (
            '  "diff_legend" [shape=plain, style="", label=<<TABLE BORDER="0" CELLBORDER="1" '
            'CELLSPACING="4" CELLPADDING="4"><TR><TD BORDER="0"><FONT POINT-SIZE="10"><B>diff'
            f"</B></FONT></TD>{cells}</TR></TABLE>>];"
        )
        head, _, tail = dot.rstrip("\n").rpartition("\n}")
        return head + "\n" + legend + "\n}" + tail + "\n"


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


def _map_ref(ref: str, mapping: Mapping[str, str]) -> str:
    src, port = parse_ref(ref)
    src = mapping.get(src, src)
    return src if port is None else f"{src}.{port}"


def match_nodes(a: HeadSpec, b: HeadSpec) -> dict[str, tuple[str, str]]:
    """Match B's nodes to A's: ``B name -> (A name, how)``, ``how`` is ``name`` or
    ``block+inputs``.

    Nodes of the same name match first. Then each node of B left over, in B's execution order
    (so a chain of renamed nodes matches link by link), matches the first node of A left over
    with the same block and the same inputs once A's names are mapped to B's.

    Example:
        >>> import heads, dataclasses
        >>> a = heads.get_preset("fcos_lite", num_classes=5)
        >>> b = dataclasses.replace(a, nodes=(dataclasses.replace(a.nodes[0], name="fpn"),
        ...     dataclasses.replace(a.nodes[1], inputs=("fpn",))), outputs=a.outputs)
        >>> match_nodes(a, b)
        {'head': ('head', 'name'), 'fpn': ('neck', 'block+inputs')}
    """
    names_a = [n.name for n in a.nodes]
    matched: dict[str, tuple[str, str]] = {
        n.name: (n.name, "name") for n in b.nodes if n.name in names_a
    }
    left_a = [n for n in a.nodes if n.name not in {x for x, _ in matched.values()}]
    order_b = [s.node for s in _steps(b)]
    for nb in order_b:
        if nb.name in matched:
            continue
        a_to_b = {x: y for y, (x, _) in matched.items()}
        for na in left_a:
            if na.block == nb.block and tuple(_map_ref(r, a_to_b) for r in na.inputs) == nb.inputs:
                matched[nb.name] = (na.name, "block+inputs")
                left_a.remove(na)
                break
    return matched


def _steps(spec: HeadSpec) -> tuple:
    try:
        return plan(spec).steps
    except SpecError as e:
        raise SpecError(f"design {spec.name or '(unnamed)'}: {e}") from None


def _param_changes(pa: Any, pb: Any) -> tuple[ParamChange, ...]:
    da, db = params_to_dict(pa), params_to_dict(pb)
    keys = list(da) + [k for k in db if k not in da]
    return tuple(ParamChange(k, da.get(k), db.get(k)) for k in keys if da.get(k) != db.get(k))


# ---------------------------------------------------------------------------------------------
# The diff
# ---------------------------------------------------------------------------------------------


def diff(
    a: Any,
    b: Any,
    *,
    image_size: int | tuple[int, int] = 224,
    measure: bool = False,
    runs: int = 10,
    batch: int = 1,
    profiles: tuple[Any, Any] | None = None,
    metrics: tuple[Mapping[str, Any] | None, Mapping[str, Any] | None] | None = None,
) -> DesignDiff:
    """Compare design ``a`` with design ``b`` (see the module doc).

    Args:
        a, b: specs (or what :func:`heads.resolve_spec` accepts).
        image_size: the input size of the analysis (and measurement).
        measure: also measure each design's CPU time per node (:func:`heads.profile.profile`).
        runs, batch: of the measurement.
        profiles: already measured :class:`heads.profile.Profile` of A and B (the app's cache);
            used instead of measuring.
        metrics: training metrics of A and B (``{"map_50": 0.96, ...}``; a training summary
            with a ``metrics`` key is accepted); Δ rows for the numeric ones both carry.

    Raises:
        heads.SpecError: naming the design that is invalid or does not run at this size.
    """
    from heads.analysis import analyze
    from heads.graph import resolve_spec

    a, b = resolve_spec(a), resolve_spec(b)
    size = (image_size, image_size) if isinstance(image_size, int) else tuple(image_size)
    size = (int(size[0]), int(size[1]))
    analyses = []
    for tag, spec in (("A", a), ("B", b)):
        try:
            analyses.append(analyze(spec, size))
        except SpecError as e:
            raise SpecError(f"design {tag} ({spec.name or 'unnamed'}): {e}") from None
    an_a, an_b = analyses
    if profiles is None and measure:
        from heads.profile import profile

        profiles = (profile(a, size, batch, runs=runs), profile(b, size, batch, runs=runs))
    prof_a, prof_b = profiles if profiles is not None else (None, None)
    matched = match_nodes(a, b)
    b_to_a = {nb: na for nb, (na, _) in matched.items()}
    a_to_b = {na: nb for nb, na in b_to_a.items()}
    stats_a = {n.name: n for n in an_a.nodes}
    stats_b = {n.name: n for n in an_b.nodes}

    def ms(prof: Any, name: str | None) -> float | None:
        if prof is None or name is None:
            return None
        return prof.node(name).median_ms

    nodes: list[NodeDiff] = []
    for step in _steps(b):
        nb = step.node
        sb = stats_b[nb.name]
        if nb.name not in matched:
            nodes.append(NodeDiff(Status.ADDED, None, nb.name, None, nb.block,
                                  params_b=sb.params, flops_b=sb.flops, ms_b=ms(prof_b, nb.name)))  # fmt: skip
            continue
        name_a, how = matched[nb.name]
        na = a.node(name_a)
        sa = stats_a[name_a]
        changes = _param_changes(na.params, nb.params)
        ins_a = tuple(_map_ref(r, a_to_b) for r in na.inputs)
        inputs = None if ins_a == nb.inputs else (ins_a, nb.inputs)
        changed = bool(changes) or inputs is not None or na.block != nb.block or na.name != nb.name
        nodes.append(
            NodeDiff(
                Status.CHANGED if changed else Status.SAME, name_a, nb.name, na.block, nb.block,
                how, changes, inputs, sa.params, sb.params, sa.flops, sb.flops,
                ms(prof_a, name_a), ms(prof_b, nb.name),
            )
        )  # fmt: skip
    for step in _steps(a):
        na = step.node
        if na.name not in a_to_b:
            sa = stats_a[na.name]
            nodes.append(NodeDiff(Status.REMOVED, na.name, None, na.block, None,
                                  params_a=sa.params, flops_a=sa.flops, ms_a=ms(prof_a, na.name)))  # fmt: skip
    la, lb = a.input_levels, b.input_levels
    levels = tuple(
        (name, la.get(name), lb.get(name))
        for name in [*la, *(n for n in lb if n not in la)]
        if la.get(name) != lb.get(name)
    )
    oa = {k: _map_ref(v, a_to_b) for k, v in a.outputs}
    ob = b.output_map
    outputs = tuple(
        (k, oa.get(k), ob.get(k))
        for k in [*oa, *(k for k in ob if k not in oa)]
        if oa.get(k) != ob.get(k)
    )
    ma, mb = metrics if metrics is not None else (None, None)
    return DesignDiff(
        a, b, size, tuple(nodes), levels, outputs,
        an_a.total_params, an_b.total_params, an_a.total_flops, an_b.total_flops,
        prof_a.whole_ms if prof_a is not None else None,
        prof_b.whole_ms if prof_b is not None else None,
        _metrics(ma), _metrics(mb), prof_a.runs if prof_a is not None else 0,
    )  # fmt: skip


def preset_of(spec: HeadSpec, preset: str | None = None) -> HeadSpec:
    """The preset a design is compared with: ``preset`` (default: the design's name), built for
    the design's input levels and number of classes.

    Raises:
        heads.SpecError: when the name is not a preset (the message lists the presets).
    """
    from heads.registry import get_preset, list_presets

    name = preset or spec.name
    known = [p.name for p in list_presets(spec.task)]
    if not name or name not in {p.name for p in list_presets()}:
        what = (
            f"design {spec.name!r} is not named after a preset"
            if not preset
            else f"unknown preset {name!r}"
        )
        raise SpecError(f"{what}; name the preset to compare with, one of: {', '.join(known)}")
    options: dict[str, Any] = {}
    classes = [getattr(n.params, "num_classes", None) for n in spec.nodes]
    classes = [k for k in classes if isinstance(k, int)]
    if classes:
        options["num_classes"] = classes[-1]  # the last classifier is the head's output
    return get_preset(name, spec.input_levels, **options)


def diff_against_preset(spec: Any, preset: str | None = None, **options: Any) -> DesignDiff:
    """The diff from a preset (A) to ``spec`` (B): what the design changed of where it started.

    Args:
        spec: the design.
        preset: the preset's name (default: the design's name).
        **options: :func:`diff`'s options (``image_size``, ``measure`` ...).

    Example:
        >>> import heads
        >>> spec = heads.get_preset("fcos_lite", num_classes=5).with_params("neck", out_channels=96)
        >>> d = diff_against_preset(spec, image_size=128)
        >>> d.node("neck").params[0].text(), d.a.name
        ('out_channels: 64 \u2192 96', 'fcos_lite')
    """
    from heads.graph import resolve_spec

    spec = resolve_spec(spec)
    return diff(preset_of(spec, preset), spec, **options)


def read_metrics(path: str | Path) -> dict[str, float]:
    """The numeric metrics of a metrics file (a training summary's ``metrics``, or a flat
    object of numbers).

    Raises:
        FileNotFoundError: when the file does not exist.
        ValueError: when it is not a JSON object.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"metrics file not found: {path}")
    try:
        data = json.loads(path.read_text())
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path} is not a JSON metrics file: {e}") from None
    if not isinstance(data, Mapping):
        raise ValueError(f"{path} holds a JSON {type(data).__name__}, not an object of metrics")
    return _metrics(data)


def metrics_beside(spec_path: str | Path) -> dict[str, float] | None:
    """The metrics a training run wrote beside a spec file, or ``None``.

    ``model-heads train`` writes ``<stem>.json`` with ``<stem>_metrics.json`` (``head.json``
    with ``metrics.json``).
    """
    path = Path(spec_path)
    if path.suffix.lower() != ".json" or not path.is_file():
        return None
    name = "metrics.json" if path.stem == "head" else f"{path.stem}_metrics.json"
    found = path.with_name(name)
    return read_metrics(found) if found.is_file() else None


# ---------------------------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------------------------


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _metrics(m: Mapping[str, Any] | None) -> dict[str, float]:
    if not m:
        return {}
    if isinstance(m.get("metrics"), Mapping):  # a training summary (metrics.json)
        m = m["metrics"]
    return {str(k): float(v) for k, v in m.items() if _is_number(v)}


def _row(quantity: str, a: float, b: float) -> dict[str, Any]:
    return {
        "quantity": quantity,
        "a": a,
        "b": b,
        "delta": b - a,
        "ratio": (b / a) if a else None,
    }


def _plain_text(v: Any) -> str:
    if isinstance(v, list):
        return "(" + ", ".join(_plain_text(x) for x in v) + ")"
    if isinstance(v, float):
        return f"{v:g}"
    return "-" if v is None else str(v)


def _caption(spec: HeadSpec, tag: str) -> str:
    return spec.name or f"design {tag}"


def _quantity(q: str, runs: int) -> str:
    if q == "latency_ms":
        return f"CPU time, ms (median of {runs})"
    return q


def _num(v: float, quantity: str) -> str:
    if quantity in ("params", "FLOPs"):
        return human(v)
    if quantity == "latency_ms":
        return f"{v:.3f}"
    return f"{v:.4g}"


def _delta(r: Mapping[str, Any]) -> str:
    d = r["delta"]
    if r["quantity"] in ("params", "FLOPs"):
        text = _signed(d)
    elif r["quantity"] == "latency_ms":
        text = f"{d:+.3f}"
    else:
        text = f"{d:+.4g}"
    if r["ratio"] is not None and r["quantity"] in ("params", "FLOPs", "latency_ms"):
        text += f" ({100 * (r['ratio'] - 1):+.0f}%)"
    return text


def _signed(n: float) -> str:
    return "0" if n == 0 else ("+" if n > 0 else "") + human(n)


def _level(info: Any) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"channels": info.channels, "stride": info.stride, "kind": info.kind.value}


def _level_text(info: Any) -> str:
    return "-" if info is None else f"{info.channels}@s{info.stride}"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


__all__ = [
    "MARK_COLORS", "DesignDiff", "NodeDiff", "ParamChange", "Status", "diff",
    "diff_against_preset", "match_nodes", "metrics_beside", "preset_of", "read_metrics",
]  # fmt: skip
