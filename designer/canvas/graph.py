"""The canvas interpreter: a spec as the graph the browser draws, and that graph back as a spec.

:func:`spec_to_canvas` turns a :class:`~heads.HeadSpec` (valid or not) and its layout into plain
JSON: the backbone's levels as source nodes, every block as a node with typed ports, the head's
outputs as sink nodes, and one edge per input reference; every node carries its output shapes,
parameters and FLOPs where they are known (:mod:`designer.canvas.planning`), and every node or
edge that is wrong carries the library's message. :func:`canvas_to_spec` reads a spec back from
that graph, which is how tests show the canvas draws all of a spec and nothing else.

Canvas ids never collide with names: blocks keep their node name, levels are ``in:<name>``,
outputs ``out:<key>``. Ports are handles: ``o:<index>`` for one output, ``o:*`` for all of a
node's outputs (a bare reference to a multi-output node, such as an FPN feeding a detection head),
``i:<slot>`` for the node's ``slot``-th input reference (named after the block's input port it
belongs to), and ``i:<n>`` for one more input while the block's ports take more. An edge's id is
``<target>/<slot>``.

Example:
    >>> import heads
    >>> spec = heads.get_preset("linear", 2048, num_classes=10)
    >>> canvas = spec_to_canvas(spec, image_size=224)
    >>> [n["id"] for n in canvas["nodes"]]
    ['in:c5', 'pool', 'classifier', 'out:logits']
    >>> [(e["id"], e["source"], e["label"]) for e in canvas["edges"]]
    [('pool/0', 'in:c5', '(N, 2048, 7, 7)'), ('classifier/0', 'pool', '(N, 2048)'), ('out:logits/0', 'classifier', '(N, 10)')]
    >>> canvas_to_spec(canvas) == spec
    True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from designer.canvas.layers import inner_layers
from designer.canvas.palette import KIND_COLORS, Slot, fixed_outputs, input_slots
from designer.diagram import human, key_params, role_colors, shape_text
from heads.registry import get_block
from heads.spec import (
    FeatureInfo,
    HeadSpec,
    Kind,
    Node,
    SpecError,
    TensorType,
    params_to_dict,
    parse_params,
    parse_ref,
)

from .planning import Design, NodeResult, Source, Status, plan_design

CANVAS_VERSION = 1
LEVEL_PREFIX = "in:"
OUTPUT_PREFIX = "out:"
ALL_PORTS = "o:*"
#: Key parameters shown on a node (all of them are in its tooltip).
_SUMMARY_ITEMS = 3


def level_id(name: str) -> str:
    return LEVEL_PREFIX + name


def output_id(key: str) -> str:
    return OUTPUT_PREFIX + key


def edge_id(target: str, slot: int) -> str:
    return f"{target}/{slot}"


def _type_json(t: TensorType, shape: Sequence[int] | None) -> dict[str, Any]:
    return {
        "kind": t.kind.value,
        "channels": t.channels,
        "stride": t.stride,
        "port": t.name,
        "text": t.describe(),
        "shape": list(shape) if shape is not None else None,
        "shape_text": shape_text(shape) if shape is not None else "",
        "color": KIND_COLORS.get(t.kind.value, "#607d8b"),
    }


def _stats_text(params: int | None, flops: int | None) -> str:
    if params is None or flops is None:
        return ""
    return f"{human(params)} params \u00b7 {_flops_text(flops)}"


def _ms_text(ms: float) -> str:
    return f"{ms:.3g} ms" if ms < 100 else f"{ms:.0f} ms"


def _flops_text(flops: int) -> str:
    return f"{human(flops)} FLOPs"


def _source_handle(source: Source, design: Design) -> str:
    """The output handle an input reference leaves from."""
    if source.source is None or source.source in design.levels:
        return "o:0"
    result = design.nodes.get(source.source)
    if result is None:
        return ALL_PORTS
    if result.status is Status.OK:
        if source.index is not None:
            return f"o:{source.index}"
        return "o:0" if len(result.outputs) == 1 else ALL_PORTS
    # Not planned: the block's fixed output ports, if it has them, are drawn.
    ports = _fixed_outputs(result.block)
    port = parse_ref(source.ref)[1]
    if port is not None and port in ports:
        return f"o:{ports.index(port)}"
    if port is not None and port.isdigit() and int(port) < len(ports):
        return f"o:{port}"
    return "o:0" if len(ports) == 1 and port is None else ALL_PORTS


def _fixed_outputs(block_name: str) -> tuple[str, ...]:
    try:
        return fixed_outputs(get_block(block_name))
    except SpecError:
        return ()


def _source_id(source: Source, design: Design) -> str | None:
    if source.source is None:
        return None
    return level_id(source.source) if source.source in design.levels else source.source


def _edge_label(source: Source) -> str:
    if source.error or not source.shapes:
        return ""
    if len(source.shapes) == 1:
        return shape_text(source.shapes[0])
    kinds = {t.kind for t in source.types}
    what = "maps" if kinds == {Kind.MAP} else "tensors"
    strides = [t.stride for t in source.types]
    chans = {t.channels for t in source.types}
    ch = f"{chans.pop()}" if len(chans) == 1 else "mixed"
    return f"{len(source.shapes)} {what}, {ch} ch, s{strides[0]}\u2013s{strides[-1]}"


def _edge(
    target: str, slot: int, source: Source, design: Design, error: str | None = None
) -> dict[str, Any] | None:
    src = _source_id(source, design)
    if src is None:
        return None
    kind = source.types[0].kind.value if source.types else None
    own = error or (None if source.waiting else source.error)
    return {
        "id": edge_id(target, slot),
        "source": src,
        "source_handle": _source_handle(source, design),
        "target": target,
        "target_handle": f"i:{slot}",
        "slot": slot,
        "ref": source.ref,
        "label": _edge_label(source),
        "kind": kind,
        "color": KIND_COLORS.get(kind or "", "#90a4ae"),
        "error": own,
        # the wire's tensor is unknown because a node before it is invalid (not its own fault)
        "waiting": source.waiting and not own,
    }


def _level_node(name: str, info: FeatureInfo, t: TensorType, shape: Sequence[int]) -> dict:
    fill, border = role_colors("input")
    return {
        "id": level_id(name),
        "type": "level",
        "name": name,
        "title": name,
        "subtitle": f"{info.channels} ch \u00b7 stride {info.stride}",
        "level": {"channels": info.channels, "stride": info.stride, "kind": info.kind.value},
        "inputs": [],
        "outputs": [{"handle": "o:0", "index": 0, **_type_json(t, shape)}],
        "bundle": None,
        "status": Status.OK.value,
        "message": None,
        "fill": fill,
        "border": border,
    }


def _slot_errors(node: Node, result: NodeResult, slots: list[Slot]) -> dict[int, str]:
    """Per-wire errors of a node: references that do not resolve, and kinds a slot's port does
    not take (with the library's message when the plan refused the inputs)."""
    errors = {i: s.error for i, s in enumerate(result.sources) if s.error and not s.waiting}
    for i, (source, slot) in enumerate(zip(result.sources, slots)):
        wrong = [t for t in source.types if t.kind not in slot.kinds]
        if i not in errors and wrong:
            kinds = " or ".join(k.value for k in slot.kinds)
            errors[i] = (
                result.message
                if result.status is Status.ERROR and result.field == "inputs"
                else f"its port '{slot.name}' takes {kinds}, got {wrong[0].kind.value}"
            )
    return errors


def _unknown_port(name: str, index: int) -> dict[str, Any]:
    """An output port whose tensor is not known yet (the node is not planned)."""
    return {
        "handle": f"o:{index}",
        "index": index,
        "kind": None,
        "channels": None,
        "stride": None,
        "port": name,
        "text": "",
        "shape": None,
        "shape_text": "",
        "color": "#90a4ae",
    }


def _slot_json(i: int, ref: str | None, slot: Slot, error: str | None = None) -> dict[str, Any]:
    label = slot.name
    if isinstance(ref, str) and ref:
        src, port = parse_ref(ref)
        label = port or src
    return {
        "handle": f"i:{i}",
        "slot": i,
        "ref": ref,
        "port": slot.name,
        "label": label,
        "accepts": [k.value for k in slot.kinds],
        "doc": slot.doc,
        "error": error,
    }


def _block_node(
    node: Node, result: NodeResult, design: Design, expanded: bool
) -> tuple[dict, list[dict]]:
    try:
        block = get_block(node.block)
        role, multi, description = block.role, block.multi_input, block.description
        slots = input_slots(block, len(node.inputs))
    except SpecError:
        block, role, multi, description = None, "block", True, ""
        slots = [Slot(f"in {i}", tuple(Kind)) for i in range(len(node.inputs))]
    fill, border = role_colors(role)
    try:
        params = params_to_dict(node.params)
    except (TypeError, AttributeError):
        params = {}
    if result.kwargs is not None:
        items = key_params(result.kwargs)
    else:
        items = [f"{k}={v}" for k, v in params.items()]
    slot_errors = _slot_errors(node, result, slots)
    inputs = [
        _slot_json(i, ref, slot, slot_errors.get(i))
        for i, (ref, slot) in enumerate(zip(node.inputs, slots))
    ]
    if len(slots) > len(node.inputs):  # one more wire can go in: an empty slot
        inputs.append(_slot_json(len(node.inputs), None, slots[len(node.inputs)]))
    if result.status is Status.OK:
        outputs = [
            {"handle": f"o:{i}", "index": i, **_type_json(t, s)}
            for i, (t, s) in enumerate(zip(result.outputs, result.output_shapes))
        ]
    else:
        outputs = [_unknown_port(n, i) for i, n in enumerate(_fixed_outputs(node.block))]
    bundle = None
    if len(outputs) > 1 or not outputs:
        bundle = {
            "handle": ALL_PORTS,
            "label": f"all {len(outputs)}" if outputs else "out",
        }
    layers = None
    if expanded and result.status is Status.OK and block is not None:
        layers = inner_layers(block, result.kwargs or {}, result.sources, design.image_size)
    data = {
        "id": node.name,
        "type": "block",
        "name": node.name,
        "block": node.block,
        "role": role,
        "title": node.name,
        "subtitle": node.block,
        "description": description,
        "params": params,
        "summary": items[:_SUMMARY_ITEMS],
        "details": items,
        "inputs": inputs,
        "outputs": outputs,
        "bundle": bundle,
        "multi_input": multi,
        "stats": (
            {
                "params": result.params,
                "flops": result.flops,
                "text": _stats_text(result.params, result.flops),
            }
            if result.params is not None
            else None
        ),
        "status": result.status.value,
        "message": result.message,
        "field": result.field,
        "warnings": list(result.warnings),
        "expandable": result.status is Status.OK and block is not None,
        "expanded": layers is not None,
        "layers": layers,
        "fill": fill,
        "border": border,
    }
    edges = []
    for i, source in enumerate(result.sources):
        e = _edge(node.name, i, source, design, slot_errors.get(i))
        if e is not None:
            edges.append(e)
    return data, edges


def _output_node(key: str, ref: str, source: Source, design: Design) -> tuple[dict, list[dict]]:
    fill, border = role_colors("output")
    sid = output_id(key)
    shape = source.shapes[0] if len(source.shapes) == 1 else None
    if source.error:
        text = ""
    elif shape is not None:
        text = shape_text(shape)
    else:
        text = f"{len(source.shapes)} tensors"
    message = None
    status = Status.OK
    if design.message and design.message_node is None and repr(key) in design.message:
        message, status = design.message, Status.ERROR
    elif source.waiting:
        message, status = f"waits for '{source.source}', which is invalid", Status.BLOCKED
    elif source.error:
        message, status = source.error, Status.ERROR
        if source.source is None and not ref:
            message = "connect a node to this output"
    data = {
        "id": sid,
        "type": "output",
        "name": key,
        "key": key,
        "ref": ref,
        "title": key,
        "subtitle": text,
        "inputs": [{"handle": "i:0", "slot": 0, "ref": ref or None, "label": "", "accepts": []}],
        "outputs": [],
        "bundle": None,
        "status": status.value,
        "message": message,
        "fill": fill,
        "border": border,
    }
    edge = _edge(sid, 0, source, design)
    return data, [edge] if edge else []


def spec_to_canvas(
    spec: HeadSpec,
    layout: Mapping[str, Any] | None = None,
    image_size: tuple[int, int] | int = 224,
    *,
    expanded: Sequence[str] = (),
    measured: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The graph the canvas draws for ``spec``, annotated with shapes, parameters, FLOPs and errors.

    Args:
        spec: any spec; an invalid one still draws, its valid part annotated.
        layout: ``{canvas id: {"x": ..., "y": ...}}`` node positions (layout metadata kept beside
            the spec); nodes without one get ``position: None`` and the canvas lays them out.
        image_size: the input size shapes and FLOPs are given for.
        expanded: nodes whose inner layers to list (read-only, with shapes).
        measured: ``{node: {"ms": ...}}``, the design's measured CPU time per node
            (:func:`designer.measuring.overlay`), added to each node's stats line.

    Returns:
        ``{"version", "task", "name", "image_size", "nodes", "edges", "totals", "valid",
        "message", "errors"}``, plain JSON values.
    """
    design = plan_design(spec, image_size)
    layout = layout or {}
    opened = set(expanded)
    nodes: list[dict] = []
    edges: list[dict] = []
    for name, info in spec.inputs:
        if name in design.levels:
            t, shape = design.levels[name]
            nodes.append(_level_node(name, info, t, shape))
    seen: set[str] = set()
    for node in spec.nodes:
        if node.name in seen:
            continue  # a duplicate name: the first node of that name is drawn and marked
        seen.add(node.name)
        data, es = _block_node(node, design.nodes[node.name], design, node.name in opened)
        nodes.append(data)
        edges.extend(es)
    for out in design.outputs:
        data, es = _output_node(out.key, out.ref, out.source, design)
        nodes.append(data)
        edges.extend(es)
    for n in nodes:
        cost = (measured or {}).get(n.get("name"))
        if cost and n.get("stats") and cost.get("ms") is not None:
            # The measured overlay: this design's CPU time per node, once it has been measured.
            ms = float(cost["ms"])
            text = f"{n['stats']['text']} \u00b7 {_ms_text(ms)} measured"
            n["stats"] = {**n["stats"], "ms": ms, "text": text}
        pos = layout.get(n["id"])
        n["position"] = (
            {"x": float(pos["x"]), "y": float(pos["y"])}
            if isinstance(pos, Mapping) and {"x", "y"} <= set(pos)
            else None
        )
    if design.message_node in design.nodes:
        r = next(n for n in nodes if n["id"] == design.message_node)
        if r["status"] == Status.OK.value:
            r["warnings"] = [*r.get("warnings", []), design.message.split(": ", 1)[-1]]
            r["warnings"] = list(dict.fromkeys(r["warnings"]))
    ok = [r for r in design.nodes.values() if r.status is Status.OK]
    params = sum(r.params or 0 for r in ok)
    flops = sum(r.flops or 0 for r in ok)
    errors = [
        {"id": n["id"], "message": n["message"]}
        for n in nodes
        if n["status"] == Status.ERROR.value and n["message"]
    ]
    # A wire's error is usually its node's (a kind the node cannot take): listed once, at the node.
    said = {(e["id"], e["message"]) for e in errors}
    errors += [
        {"id": e["id"], "message": e["error"]}
        for e in edges
        if e["error"] and (e["target"], e["error"]) not in said
    ]
    return {
        "version": CANVAS_VERSION,
        "task": spec.task.value,
        "name": spec.name,
        "image_size": list(design.image_size),
        "nodes": nodes,
        "edges": edges,
        "totals": {
            "nodes": len(design.nodes),
            "params": params,
            "flops": flops,
            "params_text": human(params),
            "flops_text": _flops_text(flops),
            "errors": len(errors),
            "partial": len(ok) < len(design.nodes),
        },
        "valid": design.valid,
        "message": design.message,
        "errors": errors,
    }


def canvas_to_spec(canvas: Mapping[str, Any]) -> HeadSpec:
    """The spec a canvas graph draws: levels, blocks with their parameters and wiring, outputs.

    A node's input references are its input slots' (a reference that names nothing has a slot
    but no edge), replaced by the edge into a slot where there is one, so a graph whose wires
    were changed gives the spec those wires say.

    Raises:
        heads.SpecError: for a block or parameter the library does not know.
    """
    levels, nodes, outputs = [], [], []
    wires: dict[str, dict[int, str]] = {}
    for e in canvas["edges"]:
        wires.setdefault(e["target"], {})[int(e["slot"])] = e["ref"]
    for n in canvas["nodes"]:
        if n["type"] == "level":
            lv = n["level"]
            levels.append((n["name"], FeatureInfo(lv["channels"], lv["stride"], Kind(lv["kind"]))))
        elif n["type"] == "block":
            refs = {i["slot"]: i["ref"] for i in n["inputs"] if i["slot"] is not None and i["ref"]}
            refs.update(wires.get(n["id"], {}))
            block = get_block(n["block"], node=n["name"])
            params = parse_params(block.params, n["params"], node=n["name"])
            nodes.append(Node(n["name"], n["block"], tuple(refs[i] for i in sorted(refs)), params))
        elif n["type"] == "output":
            refs = wires.get(n["id"], {})
            outputs.append((n["key"], refs.get(0, n.get("ref") or "")))
    return HeadSpec(canvas["task"], tuple(levels), tuple(nodes), tuple(outputs), canvas["name"])


__all__ = [
    "ALL_PORTS",
    "canvas_to_spec",
    "edge_id",
    "level_id",
    "output_id",
    "spec_to_canvas",
]
