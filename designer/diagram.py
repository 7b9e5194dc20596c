"""Architecture diagrams of a head spec: DOT text, rendered by graphviz's ``dot``.

:func:`to_dot` draws the backbone's input levels, one box per block (its type, key
parameters, output shape, parameter count and FLOPs from :func:`heads.analyze`), edges labelled
with the tensor shapes they carry, and the head's outputs under their keys. Blocks are grouped in
clusters by their registered role (neck, tower, head ...) and coloured by it; a chain of identical
blocks is drawn once with ``x N`` unless ``expand=True``. The text depends only on the spec and the
options, so the same spec gives byte-identical DOT and SVG.

:func:`render` runs ``dot`` (``apt-get install -y graphviz``); without it, it raises
:class:`GraphvizNotFound`, and the DOT text is still available from :func:`to_dot`.

Example:
    >>> import heads
    >>> dot = to_dot(heads.get_preset("mlp", 2048, num_classes=10))
    >>> dot.splitlines()[0]
    'digraph head {'
    >>> "logits" in dot and "(N, 10)" in dot
    True
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import html
import re
import shutil
import subprocess
import textwrap
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from designer.fmt import human

#: Fill and border colours per block role; roles not listed get a colour from ``_PALETTE``.
ROLE_COLORS: dict[str, tuple[str, str]] = {
    "input": ("#eceff1", "#607d8b"),
    "neck": ("#e3f2fd", "#1e88e5"),
    "decoder": ("#e0f7fa", "#00897b"),
    "tower": ("#fff3e0", "#fb8c00"),
    "conv": ("#fff8e1", "#f9a825"),
    "pool": ("#f3e5f5", "#8e24aa"),
    "mlp": ("#ede7f6", "#5e35b1"),
    "head": ("#e8f5e9", "#43a047"),
    "output": ("#fce4ec", "#d81b60"),
}
_PALETTE = (
    ("#f1f8e9", "#7cb342"),
    ("#e8eaf6", "#3949ab"),
    ("#fbe9e7", "#f4511e"),
    ("#e0f2f1", "#00796b"),
    ("#fffde7", "#fdd835"),
)
#: Where each role's cluster is listed (roles not listed follow, by name).
ROLE_ORDER = ("input", "neck", "decoder", "conv", "tower", "pool", "mlp", "head", "output")
ROLE_TITLES = {
    "input": "backbone levels",
    "neck": "neck",
    "decoder": "decoder",
    "tower": "towers",
    "head": "prediction layers",
    "output": "outputs",
}
FONT = "Helvetica"
_MAX_PARAMS = 6
_WRAP = 34


class GraphvizNotFound(RuntimeError):
    """graphviz's ``dot`` program is missing."""


def role_colors(role: str) -> tuple[str, str]:
    """The ``(fill, border)`` colours of a role (a stable palette colour for unknown roles).

    Example:
        >>> role_colors("head")
        ('#e8f5e9', '#43a047')
    """
    if role in ROLE_COLORS:
        return ROLE_COLORS[role]
    return _PALETTE[zlib.crc32(role.encode()) % len(_PALETTE)]


def _esc(text: Any) -> str:
    """Text for an HTML-like label: escaped, control characters dropped."""
    text = "".join(c if c.isprintable() else " " for c in str(text))
    return html.escape(text, quote=True)


def _quote(text: str) -> str:
    """A quoted DOT identifier."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def shape_text(shape: Sequence[int]) -> str:
    """A tensor shape with the batch as ``N``: ``(N, 64, 28, 28)``."""
    return "(" + ", ".join(["N", *map(str, tuple(shape)[1:])]) + ")"


def _short_shape(shape: Sequence[int]) -> str:
    return "\u00d7".join(map(str, tuple(shape)[1:]))


def _value_text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return "(" + ", ".join(_value_text(v) for v in value) + ")"
    return str(value)


def key_params(kwargs: dict[str, Any]) -> list[str]:
    """``name=value`` texts of a block's constructor arguments, minus the input widths."""
    items = [f"{k}={_value_text(v)}" for k, v in kwargs.items() if not k.startswith("in_")]
    if len(items) > _MAX_PARAMS:
        items = items[:_MAX_PARAMS] + [f"+{len(items) - _MAX_PARAMS} more"]
    return items


def _wrap_items(items: list[str]) -> list[str]:
    # Parameters fill lines of about _WRAP characters, breaking only between parameters.
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 2 + len(item) <= _WRAP:
            lines[-1] += ", " + item
        else:
            lines.extend(textwrap.wrap(item, _WRAP, subsequent_indent="  ") or [item])
    return lines


@dataclasses.dataclass
class _Group:
    """One drawn box: a node, or a chain of identical nodes collapsed to ``x N``."""

    names: list[str]
    block: str
    role: str


def _groups(spec: Any, p: Any, expand: bool) -> list[_Group]:
    from heads.registry import get_block

    consumers = p.consumers
    groups: list[_Group] = []
    by_last: dict[str, _Group] = {}
    params = {s.node.name: s.node.params for s in p.steps}
    for step in p.steps:
        node = step.node
        block = get_block(node.block)
        if not expand and len(step.input_refs) == 1:
            src, idx = step.input_refs[0]
            prev = by_last.get(src)
            if (
                prev is not None
                and idx in (None, 0)
                and consumers.get(src) == 1
                and prev.block == node.block
                and params[src] == node.params
                and len(step.outputs) == 1
            ):
                prev.names.append(node.name)
                del by_last[src]
                by_last[node.name] = prev
                continue
        g = _Group([node.name], node.block, block.role)
        groups.append(g)
        by_last[node.name] = g
    return groups


def _node_label(title: str, lines: list[tuple[str, int, str]], bold_size: int = 13) -> str:
    rows = [f'<TR><TD><FONT POINT-SIZE="{bold_size}"><B>{_esc(title)}</B></FONT></TD></TR>']
    for text, size, color in lines:
        rows.append(
            f'<TR><TD><FONT POINT-SIZE="{size}" COLOR="{color}">{_esc(text)}</FONT></TD></TR>'
        )
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        + "".join(rows)
        + "</TABLE>>"
    )


def _body(
    spec: Any,
    analysis: Any,
    prefix: str,
    expand: bool,
    indent: str,
    marks: Mapping[str, tuple[str, str]] | None = None,
) -> tuple[list[str], set[str]]:
    """DOT statements for one spec (ids prefixed), and the roles it uses.

    ``marks`` maps node names to ``(colour, note)``: the node's box gets that border colour, a
    thick border and the note as its last line (how design diffs mark added, removed and
    changed nodes).
    """
    from heads.registry import get_block

    p = _plan(spec)
    stats = {n.name: n for n in analysis.nodes}
    out: list[str] = []
    roles: set[str] = {"input", "output"}
    groups = _groups(spec, p, expand)
    group_of = {name: g for g in groups for name in g.names}
    steps = {s.node.name: s for s in p.steps}

    def nid(kind: str, name: str) -> str:
        return _quote(f"{prefix}{kind}:{name}")

    clusters: dict[str, list[str]] = {}
    # Input levels.
    fill, border = role_colors("input")
    for name, info in spec.inputs:
        shape = analysis.input_shapes[name]
        label = _node_label(name, [(f"{info.channels} ch, stride {info.stride}", 10, "#37474f"),
                                   (shape_text(shape), 10, "#37474f")])  # fmt: skip
        clusters.setdefault("input", []).append(
            f'{nid("in", name)} [label={label}, fillcolor="{fill}", color="{border}"];'
        )
    # Blocks.
    for g in groups:
        roles.add(g.role)
        first, last = steps[g.names[0]], steps[g.names[-1]]
        block = get_block(g.block)
        title = g.names[0] if len(g.names) == 1 else f"{g.names[0]} \u2026 {g.names[-1]}"
        kind = f"{block.name} block" + (f" \u00d7 {len(g.names)}" if len(g.names) > 1 else "")
        lines = [(kind, 11, "#263238")]
        lines += [(t, 9, "#455a64") for t in _wrap_items(key_params(first.block_plan.kwargs))]
        shapes = stats[last.node.name].output_shapes
        if len(shapes) <= 3:
            lines += [("\u2192 " + shape_text(s), 10, "#263238") for s in shapes]
        else:
            lines.append(
                (f"\u2192 {len(shapes)} outputs, {shape_text(shapes[0])} \u2026", 10, "#263238")
            )
        n_params = sum(stats[n].params for n in g.names)
        n_flops = sum(stats[n].flops for n in g.names)
        lines.append((f"{human(n_params)} params \u00b7 {human(n_flops)} FLOPs", 9, "#546e7a"))
        fill, border = role_colors(g.role)
        mark = next((marks[n] for n in g.names if n in marks), None) if marks else None
        extra = ""
        if mark is not None:
            border, note = mark
            lines.append((note, 10, border))
            extra = ", penwidth=3"
        clusters.setdefault(g.role, []).append(
            f'{nid("n", g.names[0])} [label={_node_label(title, lines)}, fillcolor="{fill}", color="{border}"{extra}];'
        )
    # Outputs.
    fill, border = role_colors("output")
    for key, shape in analysis.outputs.items():
        text = shape_text(shape) if shape and isinstance(shape[0], int) else f"{len(shape)} tensors"
        label = _node_label(key, [(text, 10, "#37474f")], bold_size=12)
        clusters.setdefault("output", []).append(
            f'{nid("out", key)} [label={label}, shape=box, style="rounded,filled,bold", '
            f'fillcolor="{fill}", color="{border}"];'
        )
    order = list(ROLE_ORDER) + sorted(set(clusters) - set(ROLE_ORDER))
    for role in order:
        if role not in clusters:
            continue
        fill, border = role_colors(role)
        title = ROLE_TITLES.get(role, role)
        out.append(f"{indent}subgraph {_quote('cluster_' + prefix + role)} {{")
        if role == "input":
            out.append(f"{indent}  rank=same;")  # the backbone's levels side by side
        out.append(
            f'{indent}  label={_quote(title)}; style="dashed,rounded"; color="{border}"; fontcolor="{border}";'
        )
        out += [f"{indent}  {s}" for s in clusters[role]]
        out.append(f"{indent}}}")

    # Edges, labelled with the tensors they carry.
    def src_id(src: str) -> str:
        if src in spec.input_levels:
            return nid("in", src)
        return nid("n", group_of[src].names[0])

    def edge_label(src: str, idx: int | None) -> str:
        if src in spec.input_levels:
            return _short_shape(analysis.input_shapes[src])
        shapes = stats[src].output_shapes
        names = [t.name for t in steps[src].outputs]
        if idx is not None:
            port = names[idx] if idx < len(names) and names[idx] else str(idx)
            return (
                f"{port}: {_short_shape(shapes[idx])}"
                if len(shapes) > 1
                else _short_shape(shapes[idx])
            )
        if len(shapes) == 1:
            return _short_shape(shapes[0])
        if len(shapes) <= 3:
            return "\n".join(_short_shape(s) for s in shapes)
        return f"{len(shapes)} maps: {_short_shape(shapes[0])} \u2026 {_short_shape(shapes[-1])}"

    edges: list[str] = []
    for g in groups:
        step = steps[g.names[0]]
        for src, idx in step.input_refs:
            label = edge_label(src, idx)
            edges.append(f"{src_id(src)} -> {nid('n', g.names[0])} [label={_quote_lines(label)}];")
    for key, src, idx in p.output_refs:
        edges.append(
            f"{src_id(src)} -> {nid('out', key)} [label={_quote_lines(edge_label(src, idx))}];"
        )
    out += [f"{indent}{e}" for e in edges]
    return out, roles


def _quote_lines(text: str) -> str:
    """A quoted DOT string whose lines are centred line breaks."""
    return "\\n".join(_quote(line)[1:-1] for line in text.split("\n")).join('""')


def _plan(spec: Any) -> Any:
    from heads.spec import plan

    return plan(spec)


def _legend(roles: set[str], indent: str) -> list[str]:
    # Block roles in pipeline order, then unknown roles, with the outputs last.
    known = [r for r in ROLE_ORDER if r in roles and r != "output"]
    order = known + sorted(roles - set(ROLE_ORDER)) + (["output"] if "output" in roles else [])
    cells = []
    for role in order:
        fill, border = role_colors(role)
        cells.append(
            f'<TD BGCOLOR="{fill}" COLOR="{border}" BORDER="1" STYLE="rounded">'
            f'<FONT POINT-SIZE="10">{_esc(ROLE_TITLES.get(role, role))}</FONT></TD>'
        )
    label = (
        '<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="4" CELLPADDING="4"><TR>'
        '<TD BORDER="0"><FONT POINT-SIZE="10"><B>legend</B></FONT></TD>'
        + "".join(cells)
        + "</TR></TABLE>>"
    )
    return [f'{indent}"legend" [shape=plain, style="", label={label}];']


def _header(rankdir: str, title_label: str) -> list[str]:
    return [
        "digraph head {",
        f'  graph [rankdir={rankdir}, fontname="{FONT}", fontsize=12, labelloc=t, nodesep=0.25, '
        f"ranksep=0.45, newrank=true, label={title_label}];",
        f'  node [shape=box, style="rounded,filled", fontname="{FONT}", fontsize=10, margin="0.12,0.06"];',
        f'  edge [fontname="{FONT}", fontsize=9, color="#78909c", fontcolor="#37474f", arrowsize=0.7];',
    ]


def _totals(analysis: Any) -> str:
    h, w = analysis.image_size
    return f"{human(analysis.total_params)} params \u00b7 {human(analysis.total_flops)} FLOPs at {h}\u00d7{w}"


def _title_label(title: str, sub: str) -> str:
    return f'<<FONT POINT-SIZE="16"><B>{_esc(title)}</B></FONT><BR/><FONT POINT-SIZE="11">{_esc(sub)}</FONT>>'


def to_dot(
    spec: Any,
    *,
    image_size: int | tuple[int, int] = 224,
    rankdir: str = "LR",
    expand: bool = False,
    title: str | None = None,
) -> str:
    """The DOT text of a head's architecture diagram.

    Args:
        spec: a :class:`heads.HeadSpec` (or what :func:`heads.resolve_spec` accepts).
        image_size: the input size for shapes and FLOPs.
        rankdir: ``LR`` (left to right) or ``TB`` (top to bottom).
        expand: draw every node, also chains of identical blocks.
        title: the diagram's title (default: the spec's name and task).

    Raises:
        heads.SpecError: for an invalid spec or a size its blocks cannot take.
        ValueError: for an unknown ``rankdir``.
    """
    from heads.analysis import analyze
    from heads.graph import resolve_spec

    if rankdir not in ("LR", "TB"):
        raise ValueError(f"rankdir must be 'LR' or 'TB', got {rankdir!r}")
    spec = resolve_spec(spec)
    analysis = analyze(spec, image_size)
    name = (
        title
        if title is not None
        else (f"{spec.name} ({spec.task.value})" if spec.name else spec.task.value)
    )
    lines = _header(rankdir, _title_label(name, _totals(analysis)))
    body, roles = _body(spec, analysis, "", expand, "  ")
    lines += body + _legend(roles, "  ") + ["}", ""]
    return "\n".join(lines)


def to_dot_many(
    specs: Sequence[tuple[str, Any]],
    *,
    image_size: int | tuple[int, int] = 224,
    rankdir: str = "TB",
    title: str = "Model Heads",
    marks: Sequence[Mapping[str, tuple[str, str]] | None] | None = None,
) -> str:
    """One DOT graph with several heads side by side, each in its own titled cluster.

    Args:
        specs: ``(caption, spec)`` pairs.
        marks: per spec, node name -> ``(colour, note)`` (see ``_body``), or ``None``.
    """
    from heads.analysis import analyze
    from heads.graph import resolve_spec

    if rankdir not in ("LR", "TB"):
        raise ValueError(f"rankdir must be 'LR' or 'TB', got {rankdir!r}")
    lines = _header(rankdir, _title_label(title, f"heads at {_size_text(image_size)} input"))
    roles: set[str] = set()
    for i, (caption, spec) in enumerate(specs):
        spec = resolve_spec(spec)
        analysis = analyze(spec, image_size)
        body, used = _body(spec, analysis, f"h{i}/", False, "    ", marks[i] if marks else None)
        roles |= used
        label = _title_label(caption, _totals(analysis))
        lines.append(f"  subgraph {_quote(f'cluster_head{i}')} {{")
        lines.append(f'    label={label}; style="rounded"; color="#b0bec5"; margin=12;')
        lines += body
        lines.append("  }")
    lines += _legend(roles, "  ") + ["}", ""]
    return "\n".join(lines)


def _size_text(size: int | tuple[int, int]) -> str:
    h, w = (size, size) if isinstance(size, int) else size
    return f"{h}\u00d7{w}"


def dot_binary() -> str | None:
    """The path of graphviz's ``dot``, or ``None``."""
    return shutil.which("dot")


INSTALL_HINT = (
    "graphviz's 'dot' program is not installed; install it with 'apt-get install -y graphviz' "
    "(Debian/Ubuntu), 'brew install graphviz' (macOS) or 'conda install graphviz'. "
    "The DOT text is still available: write the diagram to a .dot file"
)
_GENERATOR = re.compile(rb"<!-- Generated by graphviz[^>]*-->\n?")


def render(dot: str, fmt: str = "svg", *, dpi: int | None = None) -> bytes:
    """Render DOT text with graphviz's ``dot`` to ``svg``, ``png`` or ``pdf`` bytes.

    SVG output carries no graphviz version comment, so equal DOT gives equal bytes.

    Raises:
        GraphvizNotFound: when ``dot`` is not installed (the message says how to install it).
        ValueError: for another format, or DOT text that graphviz rejects.
    """
    if fmt not in ("svg", "png", "pdf"):
        raise ValueError(f"format must be svg, png or pdf, got {fmt!r}")
    exe = dot_binary()
    if exe is None:
        raise GraphvizNotFound(INSTALL_HINT)
    cmd = [exe, f"-T{fmt}"]
    if dpi is not None:
        cmd.append(f"-Gdpi={int(dpi)}")
    proc = subprocess.run(cmd, input=dot.encode(), capture_output=True, timeout=120, check=False)
    if proc.returncode != 0:
        raise ValueError(
            f"graphviz could not render the diagram: {proc.stderr.decode(errors='replace').strip()}"
        )
    data = proc.stdout
    if fmt == "svg":
        data = _GENERATOR.sub(b"", data)
    return data


def graphviz_version() -> str | None:
    """``dot -V``'s version text, or ``None`` without graphviz."""
    exe = dot_binary()
    if exe is None:
        return None
    proc = subprocess.run([exe, "-V"], capture_output=True, timeout=30, check=False)
    return (proc.stderr or proc.stdout).decode(errors="replace").strip()


def dot_digest(dot: str) -> str:
    """A short hash of DOT text (what the docs' manifest records)."""
    return hashlib.sha256(dot.encode()).hexdigest()[:16]


__all__ = [
    "GraphvizNotFound", "INSTALL_HINT", "ROLE_COLORS", "dot_binary", "dot_digest",
    "graphviz_version", "human", "key_params", "render", "role_colors", "shape_text", "to_dot",
    "to_dot_many",
]  # fmt: skip
