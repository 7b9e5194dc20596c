"""The head writer: a spec printed as a standalone module (the copied definitions, the head class
whose ``__init__`` constructs each node's module from its planned arguments and whose
``forward`` is the execution plan written out, and for detection designs the decoding function
bound to the design's anchors). See :mod:`designer.codegen`.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import json
import keyword
import re
import textwrap
from collections.abc import Callable
from typing import Any

from designer.codegen.closure import (
    _Closure,
    _final_names,
    _index,
    _is_allowed_external,
    _is_internal,
    _rename,
    _resolve_def,
    _segment,
    allow_source,
)
from designer.codegen.errors import CodegenError
from designer.codegen.layout import (
    _docstring,
    _explode,
    _Group,
    _import_lines,
    _layout,
    _node,
    _prefixed,
    _statement,
    _str_literal,
    format_code,
)

# fullmatch: ``$`` would also match before a trailing newline
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def check_class_name(name: Any) -> str:
    """Return ``name`` when it can name the exported class; a :class:`CodegenError` otherwise.

    Example:
        >>> check_class_name("MyHead")
        'MyHead'
    """
    if not isinstance(name, str) or not _IDENT.fullmatch(name) or keyword.iskeyword(name):
        raise CodegenError(
            f"class name {name!r} is not a Python identifier: use letters, digits and '_', "
            "starting with a letter, at most 64 characters"
        )
    if hasattr(builtins, name):
        raise CodegenError(f"class name {name!r} would hide the built-in {name!r}; choose another")
    return name


def _shape(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(["N", *map(str, shape[1:])]) + ")"


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------


def _probe(
    spec: Any, p: Any, image_size: int
) -> dict[str, tuple[bool, tuple[tuple[int, ...], ...]]] | None:
    """Per node: whether the module returns one tensor, and its output shapes.

    Comes from :func:`heads.analyze` (meta tensors, cached per spec and size), so exporting a
    design the app has just drawn costs no second analysis.
    """
    from heads.analysis import analyze

    try:
        a = analyze(spec, image_size)
    except Exception:  # noqa: BLE001 - shapes are comments; a size that does not fit drops them
        return None
    result = {n.name: (n.single, n.output_shapes) for n in a.nodes}
    for name, shape in a.input_shapes.items():
        result[name] = (True, (shape,))
    return result


def to_python(
    spec: Any,
    class_name: str = "Head",
    *,
    image_size: int = 224,
    format: bool = False,  # noqa: A002
    contract: Any = None,
) -> str:
    """A standalone Python module defining ``class_name``, equivalent to ``GraphHead(spec)``.

    Args:
        spec: a :class:`heads.HeadSpec` (or what :func:`heads.resolve_spec` accepts).
        class_name: the head class's name (a Python identifier).
        image_size: the input size the shape comments describe.
        format: also pass the text through :func:`format_code` (two ruff subprocesses). Not
            needed: the text is written the way ``ruff format`` and ruff's import sorting
            leave it, at line length :data:`LINE_LENGTH`.
        contract: what the head expects and gives (a :class:`designer.contract.Contract`):
            described in the module docstring and held by the constant ``CONTRACT``.

    Raises:
        CodegenError: for a bad class name or block code that cannot be exported.
        heads.SpecError: for an invalid spec.

    Example:
        >>> import heads
        >>> code = to_python(heads.get_preset("linear", 512, num_classes=3), "Linear")
        >>> namespace = {}
        >>> exec(compile(code, "linear_head.py", "exec"), namespace)
        >>> import torch
        >>> namespace["Linear"]()(torch.randn(2, 512, 7, 7))["logits"].shape
        torch.Size([2, 3])
    """
    from heads.graph import resolve_spec
    from heads.registry import get_block
    from heads.spec import plan

    spec = resolve_spec(spec)
    check_class_name(class_name)
    if isinstance(image_size, bool) or not isinstance(image_size, int) or image_size < 1:
        raise CodegenError(f"image_size must be a positive integer, got {image_size!r}")
    p = plan(spec)
    closure = _Closure()
    classes: dict[str, str] = {}  # node -> class name in the exported module
    cls_module: dict[str, str] = {}
    for step in p.steps:
        cls = get_block(step.node.block).module
        if cls.__qualname__ != cls.__name__:
            raise CodegenError(
                f"block {step.node.block!r}: {cls.__qualname__} is not a top-level class"
            )
        if not _is_allowed_external(cls.__module__):
            allow_source(cls.__module__)  # the block's own module: copied like the library's
        if _is_internal(cls.__module__):
            closure.add(cls.__module__, cls.__name__)
        elif _is_allowed_external(cls.__module__):
            closure._import(cls.__name__, (cls.__module__, cls.__name__))
        else:
            raise CodegenError(f"block {step.node.block!r}: {cls.__module__} cannot be exported")
        classes[step.node.name] = cls.__name__
        cls_module[step.node.name] = cls.__module__
    closure.add("heads.base", "gather_inputs")
    decoder = _detection_decoder(spec, closure)
    entries = ["decode_detections"] if decoder else []
    closure._import("nn", ("torch", "nn"))
    closure._import("Tensor", ("torch", "Tensor"))

    final = _final_names(closure)
    classes = {
        node: final.get(_resolve_def(cls_module[node], c) or ("", c), c)
        for node, c in classes.items()
    }
    top_names = set(final.values()) | set(closure.imports)
    if decoder:
        top_names |= {
            "LEVEL_STRIDES", "CELL_ANCHORS", "ANCHOR_STRIDE", "DECODING", "decode_detections",
        }  # fmt: skip
    if class_name in top_names:
        raise CodegenError(
            f"class name {class_name!r} is used by the exported code; choose another"
        )

    probe = _probe(spec, p, image_size)
    taken = top_names | {class_name, "self", "features", "levels"} | set(dir(builtins))

    def var(name: str) -> str:
        return name + "_" if name in taken else name

    multi_out = {s.node.name: len(s.outputs) > 1 for s in p.steps}
    single_tensor = {s.node.name: True for s in p.steps}
    if probe is not None:
        single_tensor.update({s.node.name: probe[s.node.name][0] for s in p.steps})

    def ref_expr(src: str, i: int | None, spread: bool) -> str:
        v = var(src)
        if i is not None:
            return f"{v}[{i}]"
        if multi_out.get(src):
            return f"*{v}" if spread else f"{v}[0]"
        return v

    used_inputs = list(p.used_inputs)

    # -- __init__ -----------------------------------------------------------------------------
    # Lines are written at their final indentation (methods at 4, bodies at 8 columns), so that
    # the layout measures them as ruff does.
    body = " " * 8
    init = ["    def __init__(self) -> None:", body + "super().__init__()"]
    for step in p.steps:
        kwargs = step.block_plan.kwargs.items()
        args = tuple(_prefixed(f"{k}=", _node(v)) for k, v in kwargs)
        call = _Group(f"{classes[step.node.name]}(", args, ")")
        init += _layout(call, body, f"self.{step.node.name} = ")

    # -- forward ------------------------------------------------------------------------------
    fwd = [
        "    def forward(self, features: Tensor | list[Tensor] | dict[str, Tensor]) -> dict[str, Tensor]:",
        *_layout(
            _Group("gather_inputs(", ("features", _node(tuple(used_inputs))), ")"),
            body,
            "levels = ",
        ),
    ]
    for name in used_inputs:
        item = _Group("levels[", (_str_literal(name),), "]", magic=False)
        fwd += _statement(body, f"{var(name)} = ", item, _shape(probe[name][1][0]) if probe else "")
    for step in p.steps:
        name = step.node.name
        block = get_block(step.node.block)
        arg: str | _Group
        if block.multi_input:
            parts = [ref_expr(s, i, spread=True) for s, i in step.input_refs]
            if len(parts) == 1 and parts[0].startswith("*"):
                arg = f"list({parts[0][1:]})"
            else:
                arg = _Group("[", tuple(parts), "]")
        else:
            s, i = step.input_refs[0]
            arg = ref_expr(s, i, spread=False)
        fwd.append("")
        fwd.append(f"{body}# {name} ({block.name} block, {block.role})")
        shapes = probe[name][1] if probe else None
        target = var(name)
        if not multi_out[name] and not single_tensor[name]:
            target = f"({target},)"
        call = _Group(f"self.{name}(", (arg,), ")")
        if shapes and len(shapes) > 1:
            port_names = [t.name for t in step.outputs]
            for j, shp in enumerate(shapes):
                label = f" {port_names[j]}" if j < len(port_names) and port_names[j] else ""
                fwd.append(f"{body}# [{j}]{label}: {_shape(shp)}")
            fwd += _statement(body, f"{target} = ", call)
        else:
            fwd += _statement(body, f"{target} = ", call, _shape(shapes[0]) if shapes else "")
    outs = []
    for key, src, i in p.output_refs:
        if i is not None:
            expr = f"{var(src)}[{i}]"
        elif multi_out.get(src):
            expr = f"list({var(src)})"
        else:
            expr = var(src)
        outs.append(f"{_str_literal(key)}: {expr}")
    # One output per line, as a reader looks for the keys.
    fwd += ["", *_explode(_Group("return {", tuple(outs), "}"), body)]

    # -- docstrings ---------------------------------------------------------------------------
    title = json.dumps(spec.name) if spec.name else "an unnamed design"
    shape_lines = []
    if probe:
        for name in used_inputs:
            shape_lines.append(f"    {name}: {_shape(probe[name][1][0])}")
        shape_lines.append("Outputs:")
        for key, src, i in p.output_refs:
            shp = probe[src][1]
            if i is not None:
                desc = _shape(shp[i])
            elif len(shp) == 1:
                desc = _shape(shp[0])
            else:
                desc = "[" + ", ".join(_shape(s) for s in shp) + "]"
            shape_lines.append(f"    {key}: {desc}")
    module_doc = "\n".join(
        [
            f"A {spec.task.value} head exported from the Model Heads design {title}.",
            "",
            "Standalone: it needs only torch and torchvision. The state_dict keys are those of",
            "heads.GraphHead for the same spec, so weights load with strict=True.",
            "",
            f"Example::\n\n    head = {class_name}().eval()\n    outputs = head(features)",
            "",
            *(
                [f"Shapes at {image_size}x{image_size} input (N = batch):", *shape_lines, ""]
                if probe
                else []
            ),
            *(
                ["Contract:", "", *(f"    {line}" for line in contract.describe()), ""]
                if contract is not None
                else []
            ),
            "Spec:",
            "",
            textwrap.indent(spec.to_json(indent=2), "    "),
            "",
        ]
    )
    class_doc = "\n".join(
        [
            f"The head of the design {title} ({spec.task.value}).",
            "",
            "Args of forward:",
            *textwrap.wrap(
                "features: one tensor, a list of level tensors (shallow to deep) or a dict "
                f"with the levels {', '.join(used_inputs)}.",
                88,
                initial_indent="    ",
                subsequent_indent="        ",
            ),
            "",
            "Returns:",
            *textwrap.wrap(
                f"a dict with the keys {', '.join(k for k, _ in spec.outputs)}.",
                88,
                initial_indent="    ",
                subsequent_indent="    ",
            ),
        ]
    )

    segments = [(module, name, _index(module)) for module, name in closure.defs]
    renames = any(k[1] != v for k, v in final.items())
    imports = _import_lines(closure.imports)
    # isort's rule: two blank lines after the imports before a def or class, one otherwise.
    first = segments[0][2].defs[segments[0][1]] if segments else None
    after_imports = 1 if first is not None and isinstance(first, ast.Assign | ast.AnnAssign) else 2
    parts = [_docstring(module_doc), "", *imports, *[""] * after_imports]
    for module, name, idx in segments:
        source = _segment(idx, idx.defs[name])
        parts += [_rename(source, module, final) if renames else source, "", ""]
    generated = [f"class {class_name}(nn.Module):", "    " + _docstring(class_doc, "    ")]
    generated += ["", *init, "", *fwd]
    if decoder:
        generated += ["", "", *decoder(lambda module, name: final.get((module, name), name))]
    if contract is not None:
        generated += ["", "", "#: What the head expects and gives (see the module docstring)."]
        generated += _statement("", "CONTRACT = ", _node(contract.to_dict()))
        entries = ["CONTRACT", *entries]
    names = _Group("[", tuple(map(_str_literal, [class_name, *entries])), "]")
    generated += ["", "", *_layout(names, "", "__all__ = "), ""]
    parts += generated
    code = "\n".join(parts)
    # An internal error, not a user's: the generated code must parse. The copied definitions are
    # whole top-level statements of modules parsed by _index (renames swap names only), so the
    # check parses the generated parts: imports, head class, decoder.
    ast.parse("\n".join([*imports, *generated]))
    return format_code(code) if format else code


def _detection_decoder(spec: Any, closure: _Closure) -> Callable[..., list[str]] | None:
    """Source of ``decode_detections(outputs, image_sizes, ...)`` for a detection design.

    The dense head's strides, cell anchors, anchor spacing rule and box coder are written in as
    constants; :func:`heads.postprocess.decode_dense` (and through it the anchor grid, top-k and
    suppression functions) comes from the library through the closure, like any other helper.
    ``None`` when the design has no dense head.
    """
    if spec.task.value != "detection":
        return None
    from heads import detector
    from heads.spec import SpecError

    defaults = {
        k: v.default
        for k, v in inspect.signature(detector.decode_detections).parameters.items()
        if v.kind is inspect.Parameter.KEYWORD_ONLY
    }
    try:
        ops = detector.dense_head_ops(spec)
        if ops.ops.decoder is not None:  # the block's own decoding function and constants
            function, constants = ops.ops.decoder(ops.node.params, ops.strides)
            return _block_decoder(function, constants, defaults, closure)
        levels = detector.head_levels(spec)
        coder = detector.box_coder_for(spec)
        cells = detector.cell_anchors_for(spec)
        rule = detector.anchor_stride_of(spec)
    except (SpecError, KeyError):
        return None
    coder_cls = type(coder)
    sig = inspect.signature(coder_cls.__init__)
    coder_args = []
    for name in list(sig.parameters)[1:]:
        if not hasattr(coder, name):
            return None
        coder_args.append(_prefixed(f"{name}=", _node(getattr(coder, name))))
    closure.add("heads.postprocess", "decode_dense")
    closure.add(coder_cls.__module__, coder_cls.__name__)
    strides = tuple(lv.stride for lv in levels)
    cell_rows = tuple(tuple(tuple(float(v) for v in row) for row in c.tolist()) for c in cells)
    options = tuple(_prefixed(f"{k}=", _node(v)) for k, v in defaults.items())
    passed = tuple(f"{k}={k}" for k in defaults)
    return lambda name_of: _decoder_lines(
        strides, cell_rows, rule.value, options, passed, tuple(coder_args),
        name_of(coder_cls.__module__, coder_cls.__name__),
        name_of("heads.postprocess", "decode_dense"),
    )  # fmt: skip


def _block_decoder(
    function: Callable[..., Any], constants: dict[str, Any], defaults: dict[str, Any], closure: Any
) -> Callable[..., list[str]]:
    """Source of ``decode_detections`` for a dense head that decodes with its own library
    function (:attr:`heads.registry.DenseOps.decoder`): the function comes through the closure,
    its constants are written in as ``DECODING``."""
    closure.add(function.__module__, function.__name__)
    options = tuple(_prefixed(f"{k}=", _node(v)) for k, v in defaults.items())
    passed = tuple(f"{k}={k}" for k in defaults)
    table = _node(dict(constants))

    def lines(name_of: Callable[[str, str], str]) -> list[str]:
        call = _Group(
            f"{name_of(function.__module__, function.__name__)}(",
            ("outputs", "image_sizes", "feature_sizes", "**DECODING", *passed),
            ")",
        )
        return [
            f"#: The design's constants of its decoding function ({function.__name__}).",
            *_layout(table, "", "DECODING = "),
            "",
            "",
            *_decoder_doc(options),
            *_explode(call, "    ", "return "),
        ]

    return lines


def _decoder_doc(options: tuple[str | _Group, ...]) -> list[str]:
    """The ``def decode_detections(...)`` line and its docstring."""
    params = (
        "outputs: dict[str, Tensor]",
        "image_sizes: list[tuple[int, int]]",
        "feature_sizes: list[tuple[int, int]] | None = None",
        "*",
        *options,
    )
    return [
        *_explode(
            _Group("def decode_detections(", params, ")"), "", "", " -> list[dict[str, Tensor]]:"
        ),
        '    """Boxes, scores and labels per image from the head\'s outputs.',
        "",
        "    Args:",
        "        outputs: what the head returns.",
        "        image_sizes: (H, W) of each image; boxes are clipped to it.",
        "        feature_sizes: (H_l, W_l) per level; default: from input_size.",
        "        input_size: (H, W) of the padded batch; default: the largest image size.",
        "",
        "    Returns:",
        "        one dict per image: boxes (D, 4) xyxy pixels, scores (D,), labels (D,).",
        '    """',
    ]


def _decoder_lines(
    strides: tuple[int, ...],
    cell_rows: tuple[Any, ...],
    rule: str,
    options: tuple[str | _Group, ...],
    passed: tuple[str, ...],
    coder_args: tuple[str | _Group, ...],
    coder_name: str,
    decode_dense: str,
) -> list[str]:
    call = _Group(
        f"{decode_dense}(",
        (
            "outputs",
            "image_sizes",
            "feature_sizes",
            "strides=LEVEL_STRIDES",
            "cell_anchors=CELL_ANCHORS",
            _Group(f"coder={coder_name}(", coder_args, ")"),
            "anchor_stride=ANCHOR_STRIDE",
            *passed,
        ),
        ")",
    )
    return [
        "#: Stride of each level the dense head predicts on (the order of its outputs).",
        *_layout(_node(strides), "", "LEVEL_STRIDES = "),
        "#: Zero-centred anchors (x1, y1, x2, y2) of one location of each level.",
        *_layout(_node(cell_rows), "", "CELL_ANCHORS = "),
        "#: How anchors are spaced on each level (see AnchorStride).",
        f"ANCHOR_STRIDE = {_str_literal(rule)}",
        "",
        "",
        *_decoder_doc(options),
        *_explode(call, "    ", "return "),
    ]
