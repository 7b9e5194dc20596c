"""The designer's actions for agents: a design in, a design out (no gradio here).

An agent (an MCP client, :mod:`designer.ui.agents`) holds its design itself, as the spec's JSON
text, and passes it to every call; each call returns a message and the new design's JSON. Every
action is the app's own session function (:mod:`designer.session`) run on a session made from
that design, so an agent's edit is refused, typed and explained exactly as the page's is, and
one agent's work never meets another's.

Example:
    >>> from designer.inference import Predictor, TinyBackbone
    >>> from designer.session import Backends
    >>> tools = {fn.__name__: fn for fn in agent_tools(Backends(Predictor(backbone=TinyBackbone())))}
    >>> msg, design = tools["design_from_preset"]("classification", "mlp", "tiny", 3)
    >>> msg
    "Started classification preset 'mlp' on tiny: nodes pool, mlp, classifier."
    >>> msg, design = tools["design_set_params"](design, "mlp", '{"hidden_features": [64]}')
    >>> msg
    "Updated 'mlp': hidden_features = (64,)."
    >>> tools["design_set_params"](design, "mlp", '{"dropout": 2}')[0]
    "Not applied: node 'mlp', field 'dropout': 2.0 is above the maximum 0.95"
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from designer import limits
from designer import session as ss
from designer.fmt import human
from heads.registry import list_presets
from heads.spec import HeadSpec, SpecError, Task, params_to_dict

#: The tools' names (each is its function's name, its API endpoint and its MCP tool).
TOOLS = (
    "list_presets", "list_blocks", "list_backbones", "design_from_preset", "design_add_node",
    "design_remove_node", "design_set_params", "design_set_inputs", "design_rename_node",
    "design_set_classes", "design_analyze", "design_measure", "design_compare", "design_diagram",
    "design_export",
)  # fmt: skip


class ToolError(ValueError):
    """A call an agent got wrong (a design that is not a spec, an unknown task); the message
    says what and how to fix it."""


def parse_design(design: str) -> HeadSpec:
    """A design's JSON text as a spec.

    Raises:
        ToolError: naming the field that is wrong, or saying the text is not JSON.
    """
    if not isinstance(design, str) or not design.strip():
        raise ToolError("design: pass the design's JSON text (what design_from_preset returns)")
    try:
        return ss.parse_spec_text(design, "design")
    except (SpecError, TypeError, ValueError) as e:
        raise ToolError(f"design: {e}") from None


def _task(task: str) -> Task:
    try:
        return Task(task)
    except ValueError:
        raise ToolError(
            f"task {task!r} is unknown; choose one of: {', '.join(t.value for t in Task)}"
        ) from None


def _params(text: str | None, what: str = "params") -> dict[str, Any]:
    if not text or not text.strip():
        return {}
    try:
        values = limits.parse_json(text, what)
    except (limits.LimitError, limits.TextError) as e:
        raise ToolError(str(e)) from None
    if not isinstance(values, dict):
        raise ToolError(f'{what}: a JSON object of field values, e.g. {{"num_convs": 3}}')
    return values


def _reply(new: ss.Session, msg: str) -> tuple[str, str]:
    return (msg + ss.problem_suffix(new)).strip(), ss.save_json(new)


def _analysis_text(view: ss.AnalysisView) -> str:
    lines = ["| node | block | output | params | FLOPs |", "|---|---|---|---:|---:|"]
    lines += [f"| {' | '.join(str(c) for c in row)} |" for row in view.rows]
    return "\n".join(lines) + "\n\n" + view.totals.replace("  \n", "\n")


def agent_tools(backends: ss.Backends) -> list[Callable]:
    """The tools, each a typed function whose name and docstring describe it to an agent."""

    def session_of(design: str) -> ss.Session:
        return ss.new_session(backends.default(), parse_design(design))

    def list_presets_of(task: str = "detection") -> str:
        """List the presets of a task: the starting designs design_from_preset builds (@bundled: the task's trained head, when one is bundled).

        Args:
            task: classification, detection or segmentation.

        Returns:
            JSON: a list of {name, description}.
        """
        t = _task(task)
        out = [{"name": p.name, "description": p.description} for p in list_presets(t)]
        bundle = ss.bundled_head(t)
        if bundle is not None:
            out.insert(0, {"name": ss.BUNDLED, "description": f"the bundled trained head "
                           f"'{bundle.spec.name}' on {bundle.backbone} ({bundle.note})"})  # fmt: skip
        return json.dumps(out)

    list_presets_of.__name__ = "list_presets"

    def list_blocks(task: str = "detection") -> str:
        """List the blocks a design of a task can use, with their parameters and defaults.

        Args:
            task: classification, detection or segmentation.

        Returns:
            JSON: a list of {name, description, params: {field: default}}.
        """
        t = _task(task)
        return json.dumps([
            {"name": b.name, "description": b.description, "params": params_to_dict(b.params())}
            for b in ss.blocks_for(t)
        ])  # fmt: skip

    def list_backbones() -> str:
        """List the backbones a design can sit on, with their feature levels (channels, stride).

        Returns:
            JSON: a list of {name, levels: {level: {channels, stride}}}.
        """
        out = []
        for name in backends.names():
            levels = backends.levels(name)
            out.append({"name": name, "levels": {k: {"channels": v.channels, "stride": v.stride}
                                                 for k, v in levels.items()}})  # fmt: skip
        return json.dumps(out)

    def design_from_preset(
        task: str, preset: str, backbone: str = "", num_classes: int = 0
    ) -> tuple[str, str]:
        """Start a design from a preset on a backbone's feature levels.

        Args:
            task: classification, detection or segmentation.
            preset: a preset name, or @bundled for the task's trained head (see list_presets).
            backbone: a backbone name (see list_backbones); empty for the default one.
            num_classes: how many classes the head predicts; 0 for the preset's default.

        Returns:
            the message, and the design's JSON text (pass it to the other design_* tools).
        """
        bb = backbone or backends.default()
        base = ss.new_session(bb, HeadSpec(_task(task), {}, (), (), ""))
        try:
            k = ss.whole_number(num_classes)
        except ValueError as e:
            raise ToolError(f"num_classes: {e}") from None
        try:
            new, msg = ss.new_design(base, task, bb, preset, k or None, backends=backends)
        except (KeyError, ValueError) as e:  # an unknown backbone
            raise ToolError(f"backbone {bb!r}: {e}; see list_backbones") from None
        if new is base:
            raise ToolError(msg)
        nodes = ", ".join(new.node_names)
        what = (
            f"the trained head '{new.spec.name}'" if preset == ss.BUNDLED else f"preset '{preset}'"
        )
        return _reply(new, f"Started {task} {what} on {bb}: nodes {nodes}.")

    def design_add_node(
        design: str, block: str, after: str = "", name: str = "", params: str = ""
    ) -> tuple[str, str]:
        """Add a node of a block after a node (or a feature level); the nodes that read it then read the new node.

        Args:
            design: the design's JSON text.
            block: the block (see list_blocks).
            after: the node or level the new node reads; empty for the last node.
            name: the new node's name; empty for one made from the block's name.
            params: the node's parameters as a JSON object (missing fields take defaults).

        Returns:
            the message (it says why when the node is not added), and the design's JSON text.
        """
        s = session_of(design)
        new, msg = ss.add_node(s, block, after=after or (s.node_names[-1] if s.node_names else None),
                               name=name or None, params=_params(params))  # fmt: skip
        return _reply(new, msg)

    def design_remove_node(design: str, node: str) -> tuple[str, str]:
        """Remove a node; the nodes it fed read its inputs instead, outputs it gave are dropped.

        Args:
            design: the design's JSON text.
            node: the node's name.

        Returns:
            the message and the design's JSON text.
        """
        return _reply(*ss.remove_node(session_of(design), node))

    def design_set_params(design: str, node: str, params: str) -> tuple[str, str]:
        """Change some parameters of a node; values are typed and range-checked.

        Args:
            design: the design's JSON text.
            node: the node's name.
            params: the fields to change as a JSON object, e.g. {"num_convs": 3}.

        Returns:
            the message (naming the node and field of a refused value) and the design's JSON text.
        """
        return _reply(*ss.set_params(session_of(design), node, _params(params)))

    def design_set_inputs(design: str, node: str, inputs: str) -> tuple[str, str]:
        """Rewire a node's inputs.

        Args:
            design: the design's JSON text.
            node: the node's name.
            inputs: levels or nodes, comma-separated (node.port for one output of a node).

        Returns:
            the message and the design's JSON text.
        """
        return _reply(*ss.set_inputs(session_of(design), node, inputs))

    def design_rename_node(design: str, node: str, new_name: str) -> tuple[str, str]:
        """Rename a node and every reference to it (the name prefixes its weights' keys).

        Args:
            design: the design's JSON text.
            node: the node's name.
            new_name: its new name.

        Returns:
            the message and the design's JSON text.
        """
        return _reply(*ss.rename_node(session_of(design), node, new_name))

    def design_set_classes(design: str, num_classes: int) -> tuple[str, str]:
        """Set how many classes the design predicts (every num_classes parameter).

        Args:
            design: the design's JSON text.
            num_classes: the number of classes.

        Returns:
            the message and the design's JSON text.
        """
        return _reply(*ss.set_classes(session_of(design), num_classes))

    def design_analyze(design: str, image_size: int = 224) -> tuple[str, str]:
        """Analyse a design: whether it builds, each node's output shape, parameters and FLOPs (a multiply-add counts as two), at a square input size.

        Args:
            design: the design's JSON text.
            image_size: the input image's side in pixels.

        Returns:
            a Markdown table with totals (or what is wrong and where), and the analysis as JSON.
        """
        s = session_of(design)
        v = ss.validate(s)
        if not v.ok:
            where = f" (node '{v.node}', field '{v.field}')" if v.node else ""
            return f"Not buildable yet{where}: {v.message}", json.dumps({"valid": False,
                   "problem": {"message": v.message, "node": v.node, "field": v.field}})  # fmt: skip
        view = ss.analysis_view(s, image_size)
        return _analysis_text(view), json.dumps(view.data)

    def design_measure(
        design: str, image_size: int = 224, batch: int = 1, runs: int = 5
    ) -> tuple[str, str]:
        """Measure a design on this machine's CPU: median time per node over runs, the memory each node uses, and the whole head (random weights; takes seconds).

        Args:
            design: the design's JSON text.
            image_size: the input image's side in pixels.
            batch: images per call.
            runs: timed runs (the median is reported).

        Returns:
            a Markdown table, and the measurement as JSON with per_node costs keyed by node name.
        """
        from designer import measuring

        s = session_of(design)
        m = measuring.measure(s, image_size, batch, runs)
        p = m.profile
        lines = ["| node | block | ms | share | output | peak | FLOPs |",
                 "|---|---|---:|---:|---:|---:|---:|"]  # fmt: skip
        for r in p.table():
            peak = "-" if r["peak_bytes"] is None else human(r["peak_bytes"], "B")
            lines.append(f"| {r['node']} | {r['block']} | {r['ms']:.3f} | {100 * r['share']:.1f}% "
                         f"| {human(r['output_bytes'], 'B')} | {peak} | {human(r['flops'])} |")  # fmt: skip
        text = "\n".join(lines) + "\n\n" + measuring.totals(p)
        return text, json.dumps(measuring.data(p, m.cached))

    def design_compare(design_a: str, design_b: str, image_size: int = 224) -> tuple[str, str]:
        """Compare design A with design B: nodes added, removed or changed (and how), and the difference in parameters and FLOPs.

        Args:
            design_a: the first design's JSON text (the reference).
            design_b: the second design's JSON text.
            image_size: the input image's side in pixels.

        Returns:
            a Markdown report and the diff as JSON.
        """
        from designer.diff import diff

        a, b = parse_design(design_a), parse_design(design_b)
        try:
            d = diff(a, b, image_size=ss.check_size(image_size))
        except SpecError as e:
            raise ToolError(str(e)) from None
        return d.to_markdown(), d.to_json(indent=None)

    def design_diagram(design: str, image_size: int = 224) -> str:
        """Draw a design's diagram (PNG): its nodes, wiring, output shapes, parameters and FLOPs.

        Args:
            design: the design's JSON text.
            image_size: the input image's side in pixels.

        Returns:
            the diagram as a PNG image.
        """
        png, _, problem = ss.diagram_files(parse_design(design), image_size)
        if png is None:
            raise ToolError(problem)
        return png

    def design_export(design: str, class_name: str = "Head") -> tuple[str, str, list[str]]:
        """Export a design as one standalone PyTorch file (torch and torchvision only), with its spec JSON, weights (randomly initialised unless it is the bundled trained head) and diagram.

        Args:
            design: the design's JSON text.
            class_name: the generated module's class name.

        Returns:
            the message, the generated Python code, and the files.
        """
        s = session_of(design)
        r = ss.export_design(s, class_name)
        return r.message, r.code, r.files

    return [
        list_presets_of, list_blocks, list_backbones, design_from_preset, design_add_node,
        design_remove_node, design_set_params, design_set_inputs, design_rename_node,
        design_set_classes, design_analyze, design_measure, design_compare, design_diagram,
        design_export,
    ]  # fmt: skip


__all__ = ["TOOLS", "ToolError", "agent_tools", "parse_design"]
