"""The canvas component's value: a spec, its layout beside it, and what the server says about it.

A :class:`CanvasValue` is what the app keeps and gives the component; the browser receives
:meth:`CanvasValue.to_payload` (the spec JSON, the layout, the annotated graph from
:func:`~designer.canvas.graph.spec_to_canvas`, a notice after a refused edit) and sends the same
object back, which :meth:`CanvasValue.from_payload` reads. The layout is never inside the spec:
two designs with the same spec and different positions are the same head.

Example:
    >>> import heads
    >>> value = CanvasValue(heads.get_preset("linear", 2048, num_classes=10))
    >>> value = value.edited({"op": "move", "positions": {"pool": {"x": 40, "y": 0}}})
    >>> value.layout
    {'pool': {'x': 40.0, 'y': 0.0}}
    >>> CanvasValue.from_payload(value.to_payload()) == value
    True
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from heads.spec import HeadSpec, SpecError

from .edits import EditError, apply_edit, update_layout
from .graph import level_id, output_id, spec_to_canvas

PAYLOAD_FORMAT = "model-heads/canvas"
#: The ``format`` of a saved design that carries its layout beside the spec.
DESIGN_FORMAT = "model-heads/design"
_DESIGN_KEYS = ("format", "spec", "layout")


def _image_size(value: Any) -> tuple[int, int]:
    if isinstance(value, int) and not isinstance(value, bool):
        return (value, value)
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return (int(value[0]), int(value[1]))
    raise SpecError(f"image_size is a size or [height, width], got {value!r}", field="image_size")


@dataclasses.dataclass(frozen=True)
class CanvasValue:
    """A design as the canvas holds it.

    Attributes:
        spec: the head (the only description of the architecture).
        layout: ``{canvas id: {"x", "y"}}`` node positions; ids without one are laid out by the
            canvas.
        image_size: ``(height, width)`` shapes and FLOPs are computed at.
        expanded: nodes whose inner layers are shown.
        notice: a message for the person (a refused edit's reason), shown once.
        notice_kind: ``"error"`` (a refusal) or ``"info"`` (what an action did).
        answered: the ``seq`` of the edit this value answers (the canvas times edits by it).
        selected: the node the app has selected (the canvas shows it selected when it changes).
        measured: the design's measured cost per node (``{node: {"ms", ...}}``), drawn on the
            nodes; empty until the design is measured.
    """

    spec: HeadSpec
    layout: Mapping[str, Mapping[str, float]] = dataclasses.field(default_factory=dict)
    image_size: tuple[int, int] = (224, 224)
    expanded: tuple[str, ...] = ()
    notice: str | None = None
    answered: int | None = None
    notice_kind: str = "error"
    selected: str | None = None
    measured: Mapping[str, Mapping[str, Any]] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        layout = {
            str(k): {"x": float(v["x"]), "y": float(v["y"])}
            for k, v in dict(self.layout or {}).items()
        }
        object.__setattr__(self, "layout", layout)
        object.__setattr__(self, "image_size", _image_size(self.image_size))
        object.__setattr__(self, "expanded", tuple(self.expanded))

    # -- edits --------------------------------------------------------------------------------
    def edited(self, edit: Mapping[str, Any]) -> CanvasValue:
        """The value after one canvas edit (see :mod:`designer.canvas.edits`).

        Raises:
            EditError: when the edit is refused.
        """
        spec = apply_edit(self.spec, edit, self.image_size)
        layout = update_layout(self.layout, edit, self.spec, spec)
        names = {n.name for n in spec.nodes}
        expanded = tuple(n for n in self.expanded if n in names)
        seq = edit.get("seq") if isinstance(edit.get("seq"), int) else None
        return CanvasValue(spec, layout, self.image_size, expanded, None, seq)

    def refused(self, error: EditError | str, edit: Mapping[str, Any] | None = None) -> CanvasValue:
        """The same design, with ``error``'s message as the notice."""
        seq = (edit or {}).get("seq")
        return dataclasses.replace(
            self,
            notice=str(error),
            notice_kind="error",
            answered=seq if isinstance(seq, int) else None,
        )

    def noted(self, text: str) -> CanvasValue:
        """The same design, with ``text`` as an informative notice (what an action did)."""
        return dataclasses.replace(self, notice=text, notice_kind="info", answered=None)

    def with_expanded(self, node: str, expanded: bool) -> CanvasValue:
        """The same design with ``node``'s inner layers shown or hidden."""
        rest = tuple(n for n in self.expanded if n != node)
        names = {n.name for n in self.spec.nodes}
        if expanded and node in names:
            rest = (*rest, node)
        return dataclasses.replace(self, expanded=rest, notice=None)

    # -- the wire format ------------------------------------------------------------------------
    def to_payload(self, annotated: bool = True) -> dict[str, Any]:
        """What the browser receives: the spec, the layout, the annotated graph, the notice.

        ``canvas`` is the annotated graph as JSON text (:meth:`graph` gives it as a dict);
        ``annotated=False`` leaves it out (what a client sends: the server derives it).
        """
        payload = {
            "format": PAYLOAD_FORMAT,
            "spec": self.spec.to_dict(),
            "layout": dict(self.layout),
            "image_size": list(self.image_size),
            "expanded": list(self.expanded),
            "notice": self.notice,
            "notice_kind": self.notice_kind,
            "answered": self.answered,
            "selected": self.selected,
            # The annotated graph travels as JSON text: Gradio walks every nested value of a
            # component's output (twice, looking for files), and a 200-node graph has some
            # 17,000; as text it is one. It is derived from the rest, never read back.
        }
        if annotated:
            payload["canvas"] = json.dumps(self.graph(), separators=(",", ":"))
        return payload

    def graph(self) -> dict[str, Any]:
        """The annotated graph of this design (:func:`~designer.canvas.graph.spec_to_canvas`)."""
        return spec_to_canvas(
            self.spec, self.layout, self.image_size, expanded=self.expanded, measured=self.measured
        )

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> CanvasValue:
        """Read what the browser sends back (the annotated graph is ignored: it is derived).

        Raises:
            heads.SpecError: when the spec or the layout does not parse.
        """
        if not isinstance(payload, Mapping) or "spec" not in payload:
            raise SpecError("a canvas value is an object with a 'spec'")
        layout = payload.get("layout") or {}
        if not isinstance(layout, Mapping) or not all(
            isinstance(v, Mapping) and {"x", "y"} <= set(v) for v in layout.values()
        ):
            raise SpecError("layout is an object {id: {x, y}}", field="layout")
        expanded = payload.get("expanded") or []
        if not isinstance(expanded, list) or not all(isinstance(n, str) for n in expanded):
            raise SpecError("expanded is a list of node names", field="expanded")
        return cls(
            HeadSpec.from_dict(payload["spec"]),
            layout,
            payload.get("image_size", (224, 224)),
            tuple(expanded),
        )


def as_value(value: Any, image_size: tuple[int, int] | int = 224) -> CanvasValue | None:
    """A :class:`CanvasValue` from a value, a spec, a spec's JSON dict, or a payload."""
    if value is None or isinstance(value, CanvasValue):
        return value
    if isinstance(value, HeadSpec):
        return CanvasValue(value, image_size=image_size)
    if isinstance(value, Mapping) and "spec" in value:
        return CanvasValue.from_payload(value)
    if isinstance(value, Mapping):
        return CanvasValue(HeadSpec.from_dict(value), image_size=image_size)
    raise SpecError(f"a canvas shows a HeadSpec or a CanvasValue, got {type(value).__name__}")


def canvas_ids(spec: HeadSpec) -> list[str]:
    """Every id the canvas draws for ``spec``: levels, nodes, outputs."""
    return (
        [level_id(n) for n in spec.input_levels]
        + [n.name for n in spec.nodes]
        + [output_id(k) for k in spec.output_map]
    )


def parse_layout(layout: Any, spec: HeadSpec) -> dict[str, dict[str, float]]:
    """A layout read from a file: ``{id: {"x", "y"}}`` with finite numbers.

    Positions of ids the spec does not draw are dropped (a layout only places what is there).

    Raises:
        heads.SpecError: naming the entry that is not a position.
    """
    if not isinstance(layout, Mapping):
        raise SpecError(
            f"layout is an object {{id: {{x, y}}}}, got {type(layout).__name__}", field="layout"
        )
    known = set(canvas_ids(spec))
    out: dict[str, dict[str, float]] = {}
    for cid, pos in layout.items():
        ok = isinstance(pos, Mapping) and set(pos) == {"x", "y"}
        ok = ok and all(
            isinstance(pos[k], int | float) and not isinstance(pos[k], bool) for k in ("x", "y")
        )
        if not ok or not all(math.isfinite(pos[k]) and abs(pos[k]) < 1e7 for k in ("x", "y")):
            raise SpecError(
                f"layout[{cid!r}] is not a position {{x, y}} (finite numbers): {pos!r}",
                field=f"layout.{cid}",
            )
        if cid in known:
            out[cid] = {"x": float(pos["x"]), "y": float(pos["y"])}
    return out


def design_to_json(spec: HeadSpec, layout: Mapping[str, Mapping[str, float]] | None) -> str:
    """A design as a file: the plain spec, or ``{format, spec, layout}`` when it has a layout.

    A design without positions stays a plain spec, which every reader of specs takes.

    Example:
        >>> import heads
        >>> spec = heads.get_preset("linear", 2048, num_classes=10)
        >>> design_to_json(spec, {}) == spec.to_json()
        True
        >>> text = design_to_json(spec, {"pool": {"x": 40, "y": 0}})
        >>> read_design(text) == (spec, {"pool": {"x": 40.0, "y": 0.0}})
        True
    """
    if not layout:
        return spec.to_json()
    data = {
        "format": DESIGN_FORMAT,
        "spec": spec.to_dict(),
        "layout": {k: {"x": float(v["x"]), "y": float(v["y"])} for k, v in layout.items()},
    }
    return json.dumps(data, indent=2)


def read_design(text: str | bytes) -> tuple[HeadSpec, dict[str, dict[str, float]]]:
    """A design file's spec and layout: a plain spec (no layout) or ``{format, spec, layout}``.

    Raises:
        heads.SpecError: for text that is neither, naming the field.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, TypeError):
        return HeadSpec.from_json(text), {}  # raises the spec's own message
    return design_from_data(data)


def design_from_data(
    data: Any, parse_spec: Callable[[Any], HeadSpec] = HeadSpec.from_dict
) -> tuple[HeadSpec, dict[str, dict[str, float]]]:
    """:func:`read_design` for parsed JSON; ``parse_spec`` reads the spec part (a caller with
    stricter checks than :meth:`HeadSpec.from_dict` passes its own).

    Raises:
        heads.SpecError: naming the field.
    """
    if not (isinstance(data, Mapping) and "spec" in data and "task" not in data):
        return parse_spec(data), {}
    extra = sorted(set(data) - set(_DESIGN_KEYS))
    if extra:
        raise SpecError(
            f"unknown key(s) {', '.join(map(repr, extra))} in a design file; it has "
            f"{', '.join(_DESIGN_KEYS)}",
            field=extra[0],
        )
    if data.get("format", DESIGN_FORMAT) != DESIGN_FORMAT:
        raise SpecError(
            f"format {data['format']!r} is not a design file's ({DESIGN_FORMAT!r})", field="format"
        )
    spec = parse_spec(data["spec"])
    return spec, parse_layout(data.get("layout") or {}, spec)


__all__ = [
    "DESIGN_FORMAT",
    "PAYLOAD_FORMAT",
    "CanvasValue",
    "as_value",
    "canvas_ids",
    "design_from_data",
    "design_to_json",
    "parse_layout",
    "read_design",
]
