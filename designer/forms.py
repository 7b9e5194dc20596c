"""Form field descriptions generated from blocks' parameter dataclasses (no gradio here).

Every block's parameters are a frozen dataclass whose fields carry a range and a help text
(:func:`heads.spec.param`) and whose closed choices are enums. :func:`fields_for` turns such a
dataclass into :class:`FormField` descriptions -- a label, a widget kind, the choices, the range,
the help text and the current value as a widget shows it -- and :func:`form_to_raw` turns widget
values (strings and numbers as a browser sends them) back into the JSON values that
:func:`heads.spec.parse_params` types and checks.

The app draws one widget per field with ``@gr.render`` (:mod:`designer.ui.design`).

Example:
    >>> from heads.blocks.classification import MLPParams
    >>> [(f.name, f.kind.value) for f in fields_for(MLPParams)]  # doctest: +NORMALIZE_WHITESPACE
    [('hidden_features', 'int_list'), ('norm', 'dropdown'), ('act', 'dropdown'),
     ('dropout', 'number'), ('input_norm', 'dropdown')]
    >>> form_to_raw(MLPParams, {"hidden_features": "256, 128", "dropout": 0.1})
    {'hidden_features': [256, 128], 'dropout': 0.1}
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from heads.spec import SpecError, params_to_dict


class FieldKind(str, enum.Enum):
    """The widget a parameter is edited with."""

    DROPDOWN = "dropdown"  # an enum (or an optional enum): choose one value
    NUMBER = "number"  # a float
    INT = "int"  # an int (a number widget that takes whole numbers)
    CHECKBOX = "checkbox"  # a bool
    INT_LIST = "int_list"  # a tuple of ints, typed as "256, 128"
    FLOAT_LIST = "float_list"  # a tuple of floats, typed as "0.5, 1.0, 2.0"
    TEXT = "text"  # a string
    JSON = "json"  # anything else, edited as JSON text


#: The empty choice of an optional dropdown.
NONE_CHOICE = "(none)"


@dataclass(frozen=True)
class FormField:
    """How one parameter is shown and edited.

    Attributes:
        name: the dataclass field name (the key in the spec's JSON).
        label: a human label (``"Hidden features"``).
        kind: the widget kind.
        value: the current value as the widget shows it (a string for dropdowns and lists).
        default: the dataclass default, shown the same way.
        choices: the valid values of a dropdown.
        minimum, maximum: the declared range (``None`` where open).
        help: the field's help text, with the range and format appended.
        optional: whether ``None`` is allowed (an empty text or the ``(none)`` choice).
    """

    name: str
    label: str
    kind: FieldKind
    value: Any
    default: Any
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    optional: bool = False


def _label(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(args) < len(typing.get_args(tp)):
            return args[0], True
    return tp, False


def _kind_of(tp: Any) -> FieldKind:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return FieldKind.DROPDOWN
    if tp is bool:
        return FieldKind.CHECKBOX
    if tp is int:
        return FieldKind.INT
    if tp is float:
        return FieldKind.NUMBER
    if tp is str:
        return FieldKind.TEXT
    if typing.get_origin(tp) is tuple:
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        if args and all(a is int for a in args):
            return FieldKind.INT_LIST
        if args and all(a in (int, float) for a in args):
            return FieldKind.FLOAT_LIST
    return FieldKind.JSON


def _format_number(x: Any) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(x)
    return repr(x) if isinstance(x, float) else str(x)


def to_widget_value(kind: FieldKind, value: Any) -> Any:
    """A parameter value as its widget shows it (lists as ``"256, 128"``, enums by value).

    Example:
        >>> to_widget_value(FieldKind.INT_LIST, (256, 128))
        '256, 128'
    """
    if value is None:
        return NONE_CHOICE if kind is FieldKind.DROPDOWN else ""
    if kind is FieldKind.DROPDOWN:
        return str(value.value if isinstance(value, enum.Enum) else value)
    if kind in (FieldKind.INT_LIST, FieldKind.FLOAT_LIST):
        return ", ".join(_format_number(v) for v in value)
    if kind is FieldKind.JSON:
        plain = params_to_dict(value) if dataclasses.is_dataclass(value) else value
        if isinstance(plain, tuple):
            plain = list(plain)
        return json.dumps(plain)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _help(doc: str, kind: FieldKind, lo: Any, hi: Any, optional: bool) -> str:
    parts = [doc] if doc else []
    if lo is not None and hi is not None:
        parts.append(f"range {lo:g} to {hi:g}")
    elif lo is not None:
        parts.append(f"at least {lo:g}")
    elif hi is not None:
        parts.append(f"at most {hi:g}")
    if kind is FieldKind.INT_LIST:
        parts.append("whole numbers separated by commas")
    elif kind is FieldKind.FLOAT_LIST:
        parts.append("numbers separated by commas")
    elif kind is FieldKind.JSON:
        parts.append("JSON")
    if optional and kind is not FieldKind.DROPDOWN:
        parts.append("empty for none")
    return "; ".join(parts)


def fields_for(params: Any) -> list[FormField]:
    """The form fields of a parameter dataclass (a class, or an instance for current values).

    Args:
        params: a block's parameter dataclass, or an instance of it.

    Returns:
        One :class:`FormField` per dataclass field, in declaration order.

    Example:
        >>> from heads.blocks.classification import ClassifierParams
        >>> f = fields_for(ClassifierParams(num_classes=3))[0]
        >>> f.label, f.kind.value, f.value, f.minimum, f.maximum
        ('Num classes', 'int', 3, 1, 100000)
    """
    cls = params if isinstance(params, type) else type(params)
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"expected a parameter dataclass, got {cls!r}")
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        tp, optional = _unwrap_optional(hints[f.name])
        kind = _kind_of(tp)
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = None
        current = default if isinstance(params, type) else getattr(params, f.name)
        choices: tuple[str, ...] = ()
        if kind is FieldKind.DROPDOWN:
            choices = tuple(str(m.value) for m in tp)
            if optional:
                choices = (NONE_CHOICE, *choices)
        lo, hi = f.metadata.get("min"), f.metadata.get("max")
        out.append(
            FormField(
                name=f.name,
                label=_label(f.name),
                kind=kind,
                value=to_widget_value(kind, current),
                default=to_widget_value(kind, default),
                choices=choices,
                minimum=lo,
                maximum=hi,
                help=_help(f.metadata.get("doc", ""), kind, lo, hi, optional),
                optional=optional,
            )
        )
    return out


def _split_list(text: str) -> list[str]:
    text = text.strip().strip("[]()")
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()] if text else []


def _parse_int(text: Any, name: str) -> int:
    if isinstance(text, bool):
        raise SpecError(f"expected a whole number, got {text!r}", field=name)
    if isinstance(text, int):
        return text
    if isinstance(text, float):
        if math.isfinite(text) and text.is_integer():
            return int(text)
        raise SpecError(f"expected a whole number, got {text!r}", field=name)
    s = str(text).strip()
    try:
        return int(s)
    except ValueError:
        try:
            return _parse_int(float(s), name)
        except ValueError:
            raise SpecError(f"expected a whole number, got {s!r}", field=name) from None


def _parse_float(text: Any, name: str) -> float:
    if isinstance(text, bool):
        raise SpecError(f"expected a number, got {text!r}", field=name)
    if isinstance(text, int | float):
        return float(text)
    s = str(text).strip()
    try:
        return float(s)
    except ValueError:
        raise SpecError(f"expected a number, got {s!r}", field=name) from None


def from_widget_value(field: FormField, value: Any) -> Any:
    """A widget's value as the JSON value :func:`heads.spec.parse_params` takes.

    Raises:
        SpecError: with ``field`` set, when text does not parse (``"12, x"`` for a list).

    Example:
        >>> from heads.blocks.classification import MLPParams
        >>> from_widget_value(fields_for(MLPParams)[0], "64,32")
        [64, 32]
    """
    name = field.name
    empty = value is None or (isinstance(value, str) and not value.strip())
    if field.optional and (empty or value == NONE_CHOICE):
        return None
    kind = field.kind
    if kind is FieldKind.DROPDOWN:
        if value not in field.choices:
            raise SpecError(
                f"{value!r} is not valid; choose one of: {', '.join(field.choices)}", field=name
            )
        return value
    if kind is FieldKind.CHECKBOX:
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        if not isinstance(value, bool):
            raise SpecError(f"expected true or false, got {value!r}", field=name)
        return value
    if empty and kind not in (FieldKind.TEXT, FieldKind.INT_LIST, FieldKind.FLOAT_LIST):
        raise SpecError("a value is needed", field=name)
    if kind is FieldKind.INT:
        return _parse_int(value, name)
    if kind is FieldKind.NUMBER:
        return _parse_float(value, name)
    if kind is FieldKind.INT_LIST:
        items = value if isinstance(value, list | tuple) else _split_list(str(value))
        return [_parse_int(v, name) for v in items]
    if kind is FieldKind.FLOAT_LIST:
        items = value if isinstance(value, list | tuple) else _split_list(str(value))
        return [_parse_float(v, name) for v in items]
    if kind is FieldKind.TEXT:
        return "" if value is None else str(value)
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError as e:
        raise SpecError(f"not valid JSON: {e.msg}", field=name) from None


def form_to_raw(params: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Widget values (a subset of the fields) as the JSON values of a parameter dataclass.

    Unknown names are errors that list the valid ones; fields not in ``values`` are left out
    (callers merge with the current parameters).

    Raises:
        SpecError: naming the field that does not parse.
    """
    fields = {f.name: f for f in fields_for(params)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise SpecError(f"unknown parameter(s) {', '.join(unknown)}; valid: {', '.join(fields)}")
    return {name: from_widget_value(fields[name], v) for name, v in values.items()}


__all__ = [
    "NONE_CHOICE", "FieldKind", "FormField", "fields_for", "form_to_raw", "from_widget_value",
    "to_widget_value",
]  # fmt: skip
