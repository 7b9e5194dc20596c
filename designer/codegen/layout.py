"""The ruff-style printer: generated lines laid out the way ``ruff format`` and ruff's import
sorting (``ruff check --select I,F401 --fix``) leave them at line length 100, so no formatter
runs. A line that fits stays on one line; otherwise its outermost brackets explode one item per
line with a trailing comma, which ruff keeps as it is. Literals are written as ruff writes them.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from designer.codegen.closure import ALLOWED_STDLIB
from designer.codegen.errors import CodegenError

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
