"""The closure copier: the source of every definition an exported head needs, found by parsing
the ``heads.*`` modules with :mod:`ast` and taking the closure over the names each definition
reads (base classes, helpers, constant tables), in dependency order, with the imports they need;
definitions of the same name from two modules are renamed apart.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import io
import keyword
import sys
import tokenize
from dataclasses import dataclass, field

from designer.codegen.errors import CodegenError

#: Modules the exported code may import (besides torch and torchvision).
ALLOWED_STDLIB = frozenset(
    {"__future__", "math", "typing", "collections", "collections.abc", "enum", "itertools",
     "functools", "dataclasses", "warnings"}
)  # fmt: skip


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
    mod = sys.modules.get(module_name) or importlib.import_module(module_name)
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


#: Modules outside ``heads`` whose definitions the export copies: those that define a block's
#: module (a block registered from a project's own module exports like the library's).
BLOCK_SOURCES: set[str] = set()


def allow_source(module: str) -> None:
    """Let the export copy definitions from ``module`` (the writer calls it for every block
    class a design uses)."""
    BLOCK_SOURCES.add(module)


def _is_internal(module: str) -> bool:
    return module == "heads" or module.startswith("heads.") or module in BLOCK_SOURCES


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
