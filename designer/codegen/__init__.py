"""Standalone code export: a head spec printed as one readable Python module.

The exported module imports only torch, torchvision and a few standard-library modules. It holds

- the source of every block class the design uses and of everything those classes reference
  (helpers, constant tables, base classes), found by parsing the ``heads.*`` modules with
  :mod:`ast` and taking the closure over the names each definition reads;
- a head class whose ``__init__`` constructs each node's module from the block's planned
  keyword arguments and whose ``forward`` is the spec's execution plan written out as
  straight-line code, with the tensor shapes at a reference input size as comments;
- for detection designs, the library's decoding function (:func:`heads.postprocess.decode_dense`
  and what it calls: anchors, box coding, suppression), copied like any other helper, and a
  ``decode_detections`` that calls it with the design's anchor constants.

The head class has the same attribute names as :class:`heads.GraphHead`, so the same
``state_dict`` loads into both with ``strict=True`` and gives the same outputs.

The text is written the way ``ruff format`` and ruff's import sorting (``ruff check --select
I,F401 --fix``) leave it at line length 100, so no formatter runs: the copied definitions are
already formatted source, and the generated parts (imports, head class, decoder) use ruff's
string quotes and a layout that keeps a line that fits on one line and otherwise puts one item
per line with a trailing comma, which ruff keeps as it is. Tests check that the output is a
fixed point of :func:`format_code` for every preset and for random designs.

The package has one module per role: :mod:`~designer.codegen.closure` (the closure copier),
:mod:`~designer.codegen.layout` (the ruff-style printer), :mod:`~designer.codegen.writer` (the
head writer) and :mod:`~designer.codegen.bundle` (files and weights).

Everything a user can type that reaches the generated code (class name, spec name) is either
validated as an identifier or written as an escaped literal; node and level names are checked by
:func:`heads.plan`.
"""

from __future__ import annotations

from designer.codegen.bundle import export_bundle, save_weights
from designer.codegen.closure import ALLOWED_STDLIB
from designer.codegen.errors import CodegenError
from designer.codegen.layout import LINE_LENGTH, format_code, ruff_binary
from designer.codegen.writer import check_class_name, to_python

__all__ = [
    "ALLOWED_STDLIB",
    "LINE_LENGTH",
    "CodegenError",
    "check_class_name",
    "export_bundle",
    "format_code",
    "ruff_binary",
    "save_weights",
    "to_python",
]
