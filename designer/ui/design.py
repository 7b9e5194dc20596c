"""The Design tab: the head canvas beside the selected node's form; the analysis table and the
diagram below.

Every widget here that shows the design is drawn by :func:`tab_view` from the session; every
action is a session function wired as a named API endpoint, whose reply is ``(message, design
JSON)`` and which ends by redrawing the page. The node form is drawn with ``@gr.render`` from the
selected block's parameter dataclass (:mod:`designer.forms`). The canvas
(:mod:`designer.ui.canvas`) edits the same session: a node clicked there is the one the form
shows, and the node list, the block menu and the buttons do what the canvas does from the
keyboard.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import gradio as gr

from designer import session as ss
from designer.forms import FieldKind, FormField, fields_for
from designer.ui import canvas, measure
from designer.ui.common import Page, act, escape
from heads.registry import get_block

# ---------------------------------------------------------------------------------------------
# The Design tab
# ---------------------------------------------------------------------------------------------


def build_tab(page: Page, start: ss.Session, header: dict[str, Any]) -> dict[str, Any]:
    """The canvas beside the node form and list; the analysis table and the diagram below."""
    edit = [page.state, header["reply"], header["design"]]
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=640):
            cw = canvas.build(start)
        with gr.Column(scale=1, min_width=380):
            banner = gr.Markdown(elem_id="banner")
            node_header = gr.Markdown(elem_id="node-header")

            # One render at a time, the latest state last: two renders racing leave the page
            # with the events of one and the server with those of the other.
            @gr.render(inputs=[page.state], concurrency_limit=1, concurrency_id="node_form",
                       trigger_mode="always_last")  # fmt: skip
            def node_form(s: ss.Session) -> None:
                _draw_form(s, form_values)

            # The form's Apply writes here; the edit itself is wired outside the render (an
            # event made inside it would be replaced by the re-render its own edit causes,
            # before its redraw could follow).
            form_values = gr.Textbox(visible=False)
            with gr.Row():
                rename_box = gr.Textbox(label="Name", scale=3)
                rename_btn = gr.Button("Rename", size="sm", scale=1)
            with gr.Row():
                inputs_box = gr.Textbox(
                    label="Inputs", scale=3,
                    info="levels or nodes, comma-separated (node.port for one output)",
                )  # fmt: skip
                inputs_btn = gr.Button("Rewire", size="sm", scale=1)
            # The graph as a list, for the keyboard (the canvas does the same with the mouse).
            nodes = gr.Radio([], label="Nodes (data flows top to bottom)",
                             elem_classes="mh-nodes", elem_id="nodes")  # fmt: skip
            node_name = gr.Textbox(visible=False)  # API clients select by name
            with gr.Row():
                up_btn = gr.Button("▲ Up", size="sm")
                down_btn = gr.Button("▼ Down", size="sm")
                remove_btn = gr.Button("✕ Remove", size="sm", variant="stop")
                reset_btn = gr.Button("Reset to start", size="sm")
            block = gr.Dropdown(ss.block_choices(start.task), value=None, label="Block",
                                elem_id="block", allow_custom_value=True)  # fmt: skip
            with gr.Row():
                add_btn = gr.Button("Add after selected", size="sm", variant="primary")
                insert_btn = gr.Button("Insert before selected", size="sm")
            with gr.Accordion("All parameters as JSON", open=False):
                params_json = gr.Code(language="json", lines=6, label="Parameters")
                apply_json_btn = gr.Button("Apply JSON", size="sm")
            with gr.Accordion("Save / load the design (JSON)", open=False):
                save_btn = gr.Button("Save design JSON", size="sm")
                spec_file = gr.File(label="Design file", file_types=[".json"])
                spec_text = gr.Code(
                    language="json", label="Design JSON", lines=8, elem_id="design-json-text"
                )
                load_btn = gr.Button("Load JSON above (replaces the design)", size="sm")
    # Below the canvas: the totals and the table at the input size, then the diagram the export
    # and the docs draw (the same analysis, one column, so they read together).
    with gr.Column():
        with gr.Row(equal_height=False):
            size = gr.Number(start.view_size, precision=0, label="Input size (pixels)",
                             info="Enter recomputes shapes and FLOPs", scale=1)  # fmt: skip
            totals = gr.Markdown(elem_id="totals")
        table = gr.Dataframe(headers=ss.ANALYSIS_HEADERS, interactive=False, wrap=True,
                             label="Per-node shapes, parameters and FLOPs")  # fmt: skip
        meas = measure.build()
        diagram_img = gr.Image(
            label="Diagram", type="filepath", interactive=False, elem_id="diagram",
            elem_classes="mh-diagram", buttons=["download", "fullscreen"], height=420,
        )  # fmt: skip
        diagram_svg = gr.File(label="Diagram SVG")
        with gr.Accordion("Design JSON (what the API returns)", open=False):
            design_view = gr.JSON()
        analysis = gr.JSON(visible=False)
    w = dict(locals())

    def wire(trigger, fn, inputs, api_name: str | None):
        # No API name: a browser-only duplicate of an endpoint (hidden from the API).
        visibility = "public" if api_name else "private"
        page.ends(trigger(fn, [page.state, *inputs], edit, api_name=api_name,
                          api_visibility=visibility))  # fmt: skip

    wire(nodes.input, act(ss.select), [nodes], None)
    wire(node_name.submit, act(ss.select), [node_name], "select_node")
    wire(add_btn.click, act(_add), [block], "add_node")
    wire(insert_btn.click, act(_insert), [block], "insert_node")
    wire(remove_btn.click, act(ss.remove_node, None), [], "remove_node")
    wire(up_btn.click, act(ss.move_node, None, -1), [], "move_up")
    wire(down_btn.click, act(ss.move_node, None, +1), [], "move_down")
    wire(reset_btn.click, act(ss.reset), [], "reset")
    wire(rename_btn.click, act(ss.rename_node, None), [rename_box], "rename_node")
    wire(rename_box.submit, act(ss.rename_node, None), [rename_box], None)
    wire(inputs_btn.click, act(_rewire), [inputs_box], "set_inputs")
    wire(inputs_box.submit, act(_rewire), [inputs_box], None)
    wire(apply_json_btn.click, act(_params_json), [rename_box, params_json], "set_params")
    wire(form_values.change, act(_form_values), [form_values], None)
    wire(load_btn.click, act(_load_text), [spec_text], "load_json")
    wire(spec_file.upload, act(_load_file), [spec_file], "load_json_file")
    save_btn.click(_save, [page.state], [spec_file, spec_text], api_name="save_json")
    wire(size.submit, act(ss.set_view_size), [size], None)
    size.submit(_diagram_api, [page.state, size],
                [diagram_img, diagram_svg, table, totals, analysis], api_name="diagram")  # fmt: skip
    return w


def _add(s: ss.Session, block: str | None):
    return ss.add_node(s, block) if block else (s, "Choose a block to add.")


def _insert(s: ss.Session, block: str | None):
    return ss.insert_node(s, block) if block else (s, "Choose a block to insert.")


def _rewire(s: ss.Session, refs: str | None):
    return ss.set_inputs(s, None, refs or "")


def _params_json(s: ss.Session, node: str | None, text: str | None):
    try:
        values = json.loads(text or "{}")
    except json.JSONDecodeError as e:
        return s, f"Not applied: the parameters are not valid JSON ({e.msg})."
    if not isinstance(values, dict):
        return s, "Not applied: the parameters must be a JSON object."
    return ss.set_params(s, node or None, values)


def _load_text(s: ss.Session, text: str | None):
    if not text or not text.strip():
        return s, "Not loaded: paste a spec's JSON first."
    return ss.load_json(s, text)


def _load_file(s: ss.Session, path: str | None):
    if not path:
        return s, "Not loaded: no file."
    try:
        return ss.load_json(s, ss.read_spec_file(path))
    except ss.ServiceError as e:
        return s, f"Not loaded: {e}"


def _save(s: ss.Session):
    """The design (its spec, and its layout once the canvas placed it) as a ``.json`` file and
    as text."""
    path = ss.output_dir() / f"{ss.file_stem(s.spec.name)}_design.json"
    text = ss.save_json(s)
    path.write_text(text + "\n")
    return str(path), text


def _diagram_api(s: ss.Session, size: float | None):
    """The diagram (PNG, SVG), the analysis table, the totals and the data at ``size``."""
    try:
        a = ss.analysis_view(s, size)
    except ss.ServiceError as e:
        raise gr.Error(str(e)) from None
    d = ss.diagram_view(s, size)
    return d.png, d.svg, {"headers": ss.ANALYSIS_HEADERS, "data": a.rows}, a.totals, a.data


# ---------------------------------------------------------------------------------------------
# The node form, drawn from the block's parameter dataclass
# ---------------------------------------------------------------------------------------------


def _field_problem(s: ss.Session) -> dict[str, str]:
    """Problems at fields of the selected node: a refused edit's, else the design's."""
    out: dict[str, str] = {}
    v = ss.validate(s)
    for node, fld, msg in (
        (v.node, v.field, v.message) if not v.ok else (None, None, ""),
        (s.refused.node, s.refused.field, s.refused.message) if s.refused else (None, None, ""),
    ):
        if node == s.selected and fld:
            out[fld.split(".")[0].split("[")[0]] = msg
    return out


def _widget(f: FormField, problem: str | None):
    common: dict[str, Any] = {"label": f.label, "min_width": 170, "interactive": True}
    if problem:
        common.update(info=f"⚠ {problem}", elem_classes="mh-field-error")
    else:
        common["info"] = f.help or None
    if f.kind is FieldKind.DROPDOWN:
        return gr.Dropdown(list(f.choices), value=f.value, **common)
    if f.kind in (FieldKind.INT, FieldKind.NUMBER):
        # No widget range: an out-of-range value reaches the session, whose message names it.
        return gr.Number(f.value, precision=0 if f.kind is FieldKind.INT else None, **common)
    if f.kind is FieldKind.CHECKBOX:
        return gr.Checkbox(f.value, **common)
    placeholder = "empty for none" if f.optional else None
    return gr.Textbox(f.value, placeholder=placeholder, **common)


def _draw_form(s: ss.Session, form_values: Any) -> None:
    if s.selected is None or s.selected not in s.node_names:
        return
    node = s.spec.node(s.selected)
    fields = fields_for(node.params)
    problems = _field_problem(s)
    with gr.Row(equal_height=False):
        widgets = [_widget(f, problems.get(f.name)) for f in fields]
    names = [f.name for f in fields]
    apply = gr.Button("Apply parameters", variant="primary", elem_id="apply-params")

    def submit(*values: Any) -> str:
        # A fresh nonce: applying the same values twice is still two submissions.
        body = {"node": node.name, "values": dict(zip(names, values)), "nonce": uuid.uuid4().hex}
        return json.dumps(body)

    apply.click(submit, widgets, [form_values], api_visibility="private", queue=False)


def _form_values(s: ss.Session, text: str | None):
    if not text:
        return s, ""
    body = json.loads(text)
    return ss.set_params(s, body["node"], body["values"])


# ---------------------------------------------------------------------------------------------
# Drawing the tab
# ---------------------------------------------------------------------------------------------


def _node_choices(s: ss.Session, v: ss.Validation) -> list[tuple[str, str]]:
    return [
        (f"{n.name}  ·  {n.block}{' ⚠' if not v.ok and v.node == n.name else ''}", n.name)
        for n in s.spec.nodes
    ]


def _banner(s: ss.Session, v: ss.Validation) -> str:
    if v.ok:
        return "✓ The design is valid."
    if v.node is None or v.node not in s.node_names:
        # A problem of the whole design: shown here, once.
        return f"<span class='mh-problem'>⚠ Not buildable yet — {escape(v.message)}</span>"
    where = "shown at its field below" if v.node == s.selected else "select it to see why"
    return (
        f"<span class='mh-problem'>⚠ Not buildable yet: node '{v.node}' (marked ⚠; {where})."
        "</span> The diagram and the table show the last valid design."
    )


def _node_header(s: ss.Session, v: ss.Validation, field_problems: dict[str, str]) -> str:
    if s.selected is None:
        return "**No node selected.** Add a block to start."
    node = s.spec.node(s.selected)
    block = get_block(node.block)
    outs = [f"`{k}` ← `{r}`" for k, r in s.spec.outputs if r.split(".")[0] == node.name]
    out_line = f" · outputs {', '.join(outs)}" if outs else ""
    text = (
        f"**{node.name}** — block `{node.block}`: {escape(block.description)}  \n"
        f"reads `{', '.join(node.inputs)}`{out_line}"
    )
    if not v.ok and v.node == node.name and not field_problems:
        text += f"\n\n<span class='mh-problem'>⚠ {escape(v.message)}</span>"
    return text


def tab_view(w: dict[str, Any], header: dict[str, Any]) -> Callable[[ss.Session], dict]:
    def view(s: ss.Session) -> dict:
        v = ss.validate(s)
        node = s.spec.node(s.selected) if s.selected else None
        fields = fields_for(node.params) if node else []
        d = ss.diagram_view(s)
        a = ss.analysis_view(s)
        return {
            w["banner"]: _banner(s, v),
            w["nodes"]: gr.update(choices=_node_choices(s, v), value=s.selected),
            w["block"]: gr.update(choices=ss.block_choices(s.task)),
            w["node_header"]: _node_header(s, v, _field_problem(s)),
            w["rename_box"]: gr.update(value=s.selected or "", interactive=node is not None),
            w["inputs_box"]: gr.update(
                value=", ".join(node.inputs) if node else "", interactive=node is not None
            ),
            w["params_json"]: json.dumps({f.name: _json_value(f) for f in fields}, indent=1),
            w["diagram_img"]: gr.update(
                value=d.png, label=d.caption, elem_classes=["mh-diagram"] + (["mh-stale"] * d.stale)
            ),
            w["diagram_svg"]: d.svg,
            w["size"]: s.view_size,
            w["totals"]: a.totals,
            w["table"]: measure.table_update(s, a),
            w["analysis"]: a.data,
            w["design_view"]: ss.to_json_dict(s),
        }

    return view


def _json_value(f: FormField) -> Any:
    from designer.forms import from_widget_value

    try:
        return from_widget_value(f, f.value)
    except ValueError:
        return f.value


def register(page: Page, header: dict[str, Any], tab: dict[str, Any]) -> None:
    """Register the tab's drawer with the page."""
    page.view(
        [tab[k] for k in ("banner", "nodes", "block", "node_header", "rename_box", "inputs_box",
                          "params_json", "diagram_img", "diagram_svg", "size", "totals", "table",
                          "analysis", "design_view")],
        tab_view(tab, header),
    )  # fmt: skip


__all__ = ["build_tab", "register"]
