"""Standalone code export: a head spec printed as one readable Python module.

The exported module imports only torch, torchvision and a few standard-library modules. It holds

- the source of every block class the design uses and of everything those classes reference
  (helpers, constant tables, base classes), found by parsing the ``heads.*`` modules with
  :mod:`ast` and taking the closure over the names each definition reads;
- a head class whose ``__init__`` constructs each node's module from the block's planned
  keyword arguments and whose ``forward`` is the spec's execution plan written out as
  straight-line code, with the tensor shapes at a reference input size as comments;
- for detection designs, the decoding and suppression functions the library ships.

The head class has the same attribute names as :class:`heads.GraphHead`, so the same
``state_dict`` loads into both with ``strict=True`` and gives the same outputs.

The text is written the way ``ruff format`` and ruff's import sorting (``ruff check --select
I,F401 --fix``) leave it at line length 100, so no formatter runs: the copied definitions are
already formatted source, and the generated parts (imports, head class, decoder) use ruff's
string quotes and a layout that keeps a line that fits on one line and otherwise puts one item
per line with a trailing comma, which ruff keeps as it is. Tests check that the output is a
fixed point of :func:`format_code` for every preset and for random designs.

Everything a user can type that reaches the generated code (class name, spec name) is either
validated as an identifier or written as an escaped literal; node and level names are checked by
:func:`heads.plan`.
"""

from __future__ import annotations

import ast
import builtins
import dataclasses
import enum
import functools
import importlib
import inspect
import io
import json
import keyword
import re
import shutil
import subprocess
import sys
import textwrap
import tokenize
import unicodedata
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Modules the exported code may import (besides torch and torchvision).
ALLOWED_STDLIB = frozenset(
    {"__future__", "math", "typing", "collections", "collections.abc", "enum", "itertools",
     "functools", "dataclasses", "warnings"}
)  # fmt: skip
# fullmatch: ``$`` would also match before a trailing newline
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class CodegenError(ValueError):
    """The design cannot be exported (a bad class name, code that is not self-contained)."""


# ---------------------------------------------------------------------------------------------
# Layout: generated lines that ruff format leaves as they are
# ---------------------------------------------------------------------------------------------

#: The line length the exported text is laid out for (the project's ruff setting).
LINE_LENGTH = 100


@dataclass(frozen=True)
class _Group:
    """A bracketed list of items for layout: ``open`` is the text up to and with the opening
    bracket (``"FPN("``, ``"in_channels=("``), ``close`` the closing bracket. Items are text or
    nested groups. ``magic``: exploded, the last item takes a trailing comma too (a subscript
    takes none); ``one_tuple``: on one line, a single item keeps its comma (``(4,)``)."""

    open: str
    items: tuple[str | _Group, ...]
    close: str
    magic: bool = True
    one_tuple: bool = False


def _flat(node: str | _Group) -> str:
    if isinstance(node, str):
        return node
    inner = ", ".join([_flat(item) for item in node.items])
    return node.open + inner + ("," if node.one_tuple else "") + node.close


def _prefixed(prefix: str, node: str | _Group) -> str | _Group:
    if isinstance(node, str):
        return prefix + node
    return dataclasses.replace(node, open=prefix + node.open)


def _width(text: str) -> int:
    """Columns ``text`` takes, as ruff counts them (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _layout(node: str | _Group, indent: str = "", head: str = "", tail: str = "") -> list[str]:
    """Lines of ``head + node + tail`` at ``indent``: one line when it fits in
    :data:`LINE_LENGTH`, otherwise the outermost brackets exploded (see :func:`_explode`).

    Example:
        >>> _layout(_Group("f(", ("a", _Group("(", ("b",), ")", one_tuple=True)), ")"), "", "x = ")
        ['x = f(a, (b,))']
        >>> print("\\n".join(_layout(_Group("f(", ("a" * 50, "b" * 50), ")"), "    ", "x = ")))
            x = f(
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
                bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
            )
    """
    line = indent + head + _flat(node) + tail
    if isinstance(node, str) or not node.items or _width(line) <= LINE_LENGTH:
        return [line]
    return _explode(node, indent, head, tail)


def _explode(node: _Group, indent: str = "", head: str = "", tail: str = "") -> list[str]:
    """``node``'s items one per line, each laid out by :func:`_layout`, with a trailing comma
    after the last one: ruff format keeps a bracket with such a "magic" trailing comma exploded,
    so the result is a fixed point of ``ruff format``."""
    lines = [indent + head + node.open]
    last = len(node.items) - 1
    for i, item in enumerate(node.items):
        lines += _layout(item, indent + "    ", "", "," if node.magic or i < last else "")
    lines.append(indent + node.close + tail)
    return lines


def _statement(indent: str, head: str, node: str | _Group, comment: str = "") -> list[str]:
    """``head + node`` laid out at ``indent``, with ``# comment`` at the end of the line when
    the whole line fits, on its own line above otherwise (ruff counts a trailing comment in the
    line's length and would split the statement to make room for it)."""
    lines = []
    if comment:
        line = f"{indent}{head}{_flat(node)}  # {comment}"
        if _width(line) <= LINE_LENGTH:
            return [line]
        lines.append(f"{indent}# {comment}")
    if (
        isinstance(node, _Group)
        and head.endswith(" = ")
        and _width(indent + head + node.open) > LINE_LENGTH
        and _width(indent + head + _flat(node)) > LINE_LENGTH
    ):
        # Even the line that opens the bracket is too long: ruff puts the value in parentheses.
        return [*lines, f"{indent}{head}(", *_layout(node, indent + "    "), f"{indent})"]
    return lines + _layout(node, indent, head)


# ---------------------------------------------------------------------------------------------
# Source index of the heads.* modules
# ---------------------------------------------------------------------------------------------


@dataclass
class _ModuleIndex:
    name: str
    source: str
    lines: list[str] = field(default_factory=list)
    defs: dict[str, ast.stmt] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    # alias -> (module, attribute or None for ``import module``)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)


_INDEX: dict[str, _ModuleIndex] = {}


def _index(module_name: str) -> _ModuleIndex:
    if module_name in _INDEX:
        return _INDEX[module_name]
    mod = importlib.import_module(module_name)
    source = inspect.getsource(mod)
    tree = ast.parse(source)
    idx = _ModuleIndex(module_name, source, source.splitlines())
    package = module_name if hasattr(mod, "__path__") else module_name.rpartition(".")[0]
    for pos, stmt in enumerate(tree.body):
        names: list[str] = []
        if isinstance(stmt, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names = [stmt.name]
        elif isinstance(stmt, ast.Assign):
            names = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            names = [stmt.target.id]
        elif isinstance(stmt, ast.Import):
            for a in stmt.names:
                if a.asname:
                    idx.imports[a.asname] = (a.name, None)
                else:
                    top = a.name.split(".")[0]
                    idx.imports[top] = (top, None)
        elif isinstance(stmt, ast.ImportFrom):
            base = stmt.module or ""
            if stmt.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - stmt.level + 1])
                base = f"{parent}.{base}" if base else parent
            for a in stmt.names:
                idx.imports[a.asname or a.name] = (base, a.name)
        for n in names:
            idx.defs[n] = stmt
            idx.order[n] = pos
    _INDEX[module_name] = idx
    return idx


def _segment(idx: _ModuleIndex, stmt: ast.stmt) -> str:
    start = stmt.lineno
    for dec in getattr(stmt, "decorator_list", []):
        start = min(start, dec.lineno)
    return "\n".join(idx.lines[start - 1 : stmt.end_lineno])


@functools.lru_cache(maxsize=4096)
def _referenced_names(stmt: ast.stmt) -> list[str]:
    # Keyed by the statement object: the module index keeps its parsed statements alive.
    seen: dict[str, None] = {}
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name):
            seen.setdefault(node.id, None)
    return list(seen)


def _is_internal(module: str) -> bool:
    return module == "heads" or module.startswith("heads.")


def _is_allowed_external(module: str) -> bool:
    top = module.split(".")[0]
    return top in ("torch", "torchvision") or module in ALLOWED_STDLIB


@dataclass
class _Closure:
    """Definitions (in dependency order) and the imports they need."""

    defs: list[tuple[str, str]] = field(default_factory=list)  # (module, name) in output order
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # alias -> source
    _done: set[tuple[str, str]] = field(default_factory=set)
    _active: set[tuple[str, str]] = field(default_factory=set)

    def add(self, module: str, name: str) -> None:
        key = (module, name)
        if key in self._done or key in self._active:
            return
        idx = _index(module)
        if name not in idx.defs:
            if name in idx.imports:  # a re-export
                src, attr = idx.imports[name]
                if attr is not None and _is_internal(src):
                    self.add(src, attr)
                    return
                if attr is not None and _is_allowed_external(src):
                    self._import(name, (src, attr))
                    return
            raise CodegenError(f"{module}.{name} is not a top-level definition the export can copy")
        self._active.add(key)
        stmt = idx.defs[name]
        # The definitions this one needs come first (base classes, tables, helpers).
        for ref in _referenced_names(stmt):
            if ref in idx.defs and ref != name:
                if ref in [n for n in _stmt_names(stmt)]:
                    continue
                self.add(module, ref)
            elif ref in idx.imports:
                src, attr = idx.imports[ref]
                if _is_internal(src):
                    if attr is None:
                        raise CodegenError(
                            f"{module}.{name} uses 'import {src}'; block code must import "
                            "names from heads modules (from heads.x import y)"
                        )
                    self.add(src, attr)
                elif _is_allowed_external(src):
                    self._import(ref, (src, attr))
                else:
                    raise CodegenError(
                        f"{module}.{name} uses {src!r}; exported code may import only torch, "
                        f"torchvision and {', '.join(sorted(ALLOWED_STDLIB - {'__future__'}))}"
                    )
        self._active.discard(key)
        self._done.add(key)
        for n in _stmt_names(stmt):
            self._done.add((module, n))
        self.defs.append(key)

    def _import(self, alias: str, source: tuple[str, str | None]) -> None:
        if alias in self.imports and self.imports[alias] != source:
            raise CodegenError(
                f"the name {alias!r} is imported from two places: {self.imports[alias]} and {source}"
            )
        self.imports[alias] = source


def _stmt_names(stmt: ast.stmt) -> list[str]:
    if isinstance(stmt, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return [stmt.name]
    if isinstance(stmt, ast.Assign):
        return [t.id for t in stmt.targets if isinstance(t, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return [stmt.target.id]
    return []


def _natural(name: str) -> tuple[Any, ...]:
    # isort's order (ruff's "I" rules): case-insensitive, runs of digits compared as numbers.
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name.lower()))


def _member_key(name: str) -> tuple[Any, ...]:
    # isort's order-by-type: CONSTANTS, then Classes, then everything else.
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, _natural(name), name)


def _import_lines(imports: Mapping[str, tuple[str, str | None]]) -> list[str]:
    """The import block as ``ruff check --select I`` writes it (isort's default profile):
    ``__future__``, then standard library, then torch/torchvision; in each section the plain
    imports, then the from-imports, sorted; ``as`` from-imports on their own line."""
    sections: tuple[tuple[list[Any], dict[str, list[str]], list[Any]], ...] = (
        ([], {}, []),  # standard library
        ([], {}, []),  # third party
    )
    for alias, (module, attr) in imports.items():
        if module == "__future__":
            continue
        plain, froms, aliased = sections[0 if module in ALLOWED_STDLIB else 1]
        if attr is None:
            plain.append((module, "" if alias == module else alias))
        elif alias == attr:
            froms.setdefault(module, []).append(attr)
        else:
            aliased.append((module, attr, alias))
    lines = ["from __future__ import annotations"]
    for plain, froms, aliased in sections:
        stmts: list[tuple[tuple[Any, ...], list[str]]] = []
        for module, members in froms.items():
            members = sorted(set(members), key=_member_key)
            line = f"from {module} import {', '.join(members)}"
            if _width(line) > LINE_LENGTH:  # isort's wrap: parentheses, one name per line
                wrapped = _explode(_Group(f"from {module} import (", tuple(members), ")"))
            else:
                wrapped = [line]
            stmts.append(((_natural(module), module, _member_key(members[0]), ""), wrapped))
        for module, attr, alias in aliased:
            key = (_natural(module), module, _member_key(attr), alias)
            stmts.append((key, [f"from {module} import {attr} as {alias}"]))
        section = [
            f"import {m} as {a}" if a else f"import {m}"
            for m, a in sorted(set(plain), key=lambda ma: (_natural(ma[0]), ma[0], ma[1]))
        ]
        for _, stmt_lines in sorted(stmts, key=lambda ks: ks[0]):
            section += stmt_lines
        if section:
            lines += ["", *section]
    return lines


# ---------------------------------------------------------------------------------------------
# Literals and names
# ---------------------------------------------------------------------------------------------


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


def _str_literal(text: str) -> str:
    """``text`` as a string literal the way ruff format writes it: in double quotes unless that
    needs more escapes than single quotes; backslashes, that quote and unprintable characters
    escaped (lower-case hex, as ``repr`` writes them).

    Example:
        >>> print(_str_literal("it's"), _str_literal('say "hi"'), _str_literal("a\\tb"))
        "it's" 'say "hi"' "a\\tb"
    """
    quote = "'" if text.count('"') > text.count("'") else '"'
    if text.isprintable() and "\\" not in text and quote not in text:
        return quote + text + quote
    out = []
    for c in text:
        if c == "\\" or c == quote:
            out.append("\\" + c)
        elif c.isprintable():
            out.append(c)
        else:
            out.append(repr(c)[1:-1])
    return quote + "".join(out) + quote


def _node(value: Any) -> str | _Group:
    """Python source for a plain constructor argument, as text or a group for :func:`_layout`."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return _str_literal(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f'float("{value}")'
        return repr(value).replace("e+", "e")  # ruff writes 1e16, not 1e+16
    if isinstance(value, tuple):
        return _Group("(", tuple(_node(v) for v in value), ")", one_tuple=len(value) == 1)
    if isinstance(value, list):
        return _Group("[", tuple(_node(v) for v in value), "]")
    if isinstance(value, Mapping):
        items = tuple(_prefixed(f"{_literal(k)}: ", _node(v)) for k, v in value.items())
        return _Group("{", items, "}")
    raise CodegenError(
        f"constructor argument {value!r} is not a plain value (int, float, str, tuple)"
    )


def _literal(value: Any) -> str:
    """Python source for a plain constructor argument, on one line."""
    return _flat(_node(value))


def _docstring(text: str, indent: str = "") -> str:
    """A triple-quoted literal whose value is ``text`` (escapes quotes, backslashes, controls)."""
    text = text.rstrip("\n")
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # Control characters other than newlines would be invisible or break lines: escape them.
    body = "".join(
        c
        if c == "\n" or (c.isprintable() and c not in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        else c.encode("unicode_escape").decode("ascii")
        for c in body
    )
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    lines = body.split("\n")
    out = '"""' + lines[0]
    for line in lines[1:]:
        out += "\n" + (indent + line if line else "")
    if len(lines) > 1:
        out += "\n" + indent
    out += '"""'
    first, *rest = ast.literal_eval(out).split("\n")
    value = "\n".join([first, *(line.removeprefix(indent) for line in rest)])
    if value.rstrip("\n") != text:  # pragma: no cover - an internal error
        raise CodegenError("could not write the docstring literal")
    return out


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
        top_names |= {"LEVEL_STRIDES", "CELL_ANCHORS", "ANCHOR_STRIDE", "decode_detections"}
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

    used = {src for s in p.steps for src, _ in s.input_refs} | {src for _, src, _ in p.output_refs}
    used_inputs = [n for n, _ in spec.inputs if n in used]

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

    try:
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
    defaults = {
        k: v.default
        for k, v in inspect.signature(detector.decode_detections).parameters.items()
        if v.kind is inspect.Parameter.KEYWORD_ONLY
    }
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
    params = (
        "outputs: dict[str, Tensor]",
        "image_sizes: list[tuple[int, int]]",
        "feature_sizes: list[tuple[int, int]] | None = None",
        "*",
        *options,
    )
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
        *_explode(call, "    ", "return "),
    ]


def _resolve_def(module: str, name: str, depth: int = 0) -> tuple[str, str] | None:
    """The ``(module, name)`` that ``name`` means in ``module``: its own or an imported def."""
    if not _is_internal(module):
        return None
    idx = _index(module)
    if name in idx.defs:
        return (module, name)
    src, attr = idx.imports.get(name, ("", None))
    if attr is not None and _is_internal(src) and depth < 16:
        return _resolve_def(src, attr, depth + 1)
    return None


def _final_names(closure: _Closure) -> dict[tuple[str, str], str]:
    """Unique top-level names: the first definition keeps its name, a later one with the same
    name from another module gets the module's name as a suffix (``_conv_segmentation``)."""
    used = set(closure.imports)
    final = {}
    for module, name in closure.defs:
        new, k = name, 1
        while new in used:
            new = f"{name}_{module.rsplit('.', 1)[-1].lstrip('_')}" + (str(k) if k > 1 else "")
            k += 1
        used.add(new)
        final[(module, name)] = new
    return final


def _rename(source: str, module: str, final: dict[tuple[str, str], str]) -> str:
    """``source`` (code of ``module``) with references to renamed definitions renamed."""
    if all(k[1] == v for k, v in final.items()):
        return source
    edits = []
    prev = None
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if (
            tok.type == tokenize.NAME
            and not keyword.iskeyword(tok.string)
            and not (prev is not None and prev.string == ".")
        ):
            target = _resolve_def(module, tok.string)
            if target is not None and final.get(target, tok.string) != tok.string:
                edits.append((tok.start, tok.end, final[target]))
        if tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            prev = tok
    lines = source.split("\n")
    for (row, start), (_, end), new in reversed(edits):
        lines[row - 1] = lines[row - 1][:start] + new + lines[row - 1][end:]
    return "\n".join(lines)


def ruff_binary() -> str | None:
    """The ruff executable, when installed (next to the interpreter or on ``PATH``)."""
    try:
        from ruff.__main__ import find_ruff_bin

        return str(find_ruff_bin())
    except Exception:  # noqa: BLE001 - ruff is optional
        pass
    local = Path(sys.executable).with_name("ruff")
    return str(local) if local.exists() else shutil.which("ruff")


def format_code(code: str, line_length: int = LINE_LENGTH) -> str:
    """``code`` with sorted imports and ruff's formatting; unchanged when ruff is missing.

    Runs two ruff subprocesses (``check --select I,F401 --fix``, then ``format``). The text of
    :func:`to_python` is already what this returns, so exporting does not call it.
    """
    ruff = ruff_binary()
    if ruff is None:
        return code
    common = ["--isolated", "--line-length", str(line_length), "--stdin-filename", "head.py"]
    try:
        fixed = subprocess.run(
            [ruff, "check", "--select", "I,F401", "--fix", "--exit-zero", "--quiet", *common, "-"],
            input=code, capture_output=True, text=True, check=True, timeout=60,
        ).stdout  # fmt: skip
        formatted = subprocess.run(
            [ruff, "format", *common, "-"], input=fixed or code, capture_output=True, text=True, check=True,
            timeout=60,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return code
    return formatted or code


# ---------------------------------------------------------------------------------------------
# Bundles
# ---------------------------------------------------------------------------------------------


def _safe_state_dict(state_dict: Mapping[str, Any]) -> dict[str, Any]:
    # safetensors refuses shared or strided storage: save contiguous, independent copies.
    return {k: v.detach().to("cpu").contiguous().clone() for k, v in state_dict.items()}


def export_bundle(
    spec: Any,
    state_dict: Mapping[str, Any] | None,
    out: str | Path,
    *,
    class_name: str = "Head",
    stem: str = "head",
    contract: Any = None,
) -> list[Path]:
    """Write the exported module, the spec JSON and the weights to a folder or a ``.zip``.

    Files: ``<stem>.py`` (see :func:`to_python`), ``<stem>.json`` (the spec) and, when a
    ``state_dict`` is given, ``<stem>.safetensors`` (load with
    ``safetensors.torch.load_file`` and ``load_state_dict(strict=True)``). A ``contract``
    (:class:`designer.contract.Contract`) goes into the module (see :func:`to_python`) and the
    safetensors metadata.

    Returns:
        the written paths (the zip file alone for a ``.zip`` target).
    """
    from heads.graph import resolve_spec

    spec = resolve_spec(spec)
    if not isinstance(stem, str) or not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}", stem):
        raise CodegenError(f"file stem {stem!r} must be letters, digits, '_', '-' or '.'")
    files: dict[str, bytes] = {
        f"{stem}.py": to_python(spec, class_name, contract=contract).encode(),
        f"{stem}.json": (spec.to_json() + "\n").encode(),
    }
    if state_dict is not None:
        from safetensors.torch import save

        meta = {"spec": spec.to_json(None), **(contract.metadata() if contract else {})}
        files[f"{stem}.safetensors"] = save(_safe_state_dict(state_dict), metadata=meta)
    out = Path(out)
    if out.suffix == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
        out.write_bytes(buf.getvalue())
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def save_weights(
    state_dict: Mapping[str, Any], path: str | Path, metadata: dict[str, str] | None = None
) -> Path:
    """Save a ``state_dict`` as safetensors (contiguous copies, so shared tensors are fine)."""
    from safetensors.torch import save_file

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(_safe_state_dict(state_dict), str(path), metadata=metadata)
    return path


__all__ = [
    "CodegenError",
    "check_class_name",
    "export_bundle",
    "format_code",
    "save_weights",
    "to_python",
]
