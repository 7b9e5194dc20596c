"""Form fields generated from parameter dataclasses, and widget values parsed back."""

from __future__ import annotations

import dataclasses
import enum

import pytest

import heads
from designer.forms import (
    NONE_CHOICE,
    FieldKind,
    fields_for,
    form_to_raw,
    from_widget_value,
    to_widget_value,
)
from heads.blocks.classification import ClassifierParams, MLPParams, PoolParams
from heads.params import PoolType
from heads.spec import SpecError, param, parse_params


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass(frozen=True)
class Everything:
    color: Color = param(Color.RED, doc="a colour")
    maybe_color: Color | None = param(None, doc="optional colour")
    flag: bool = param(False, doc="a switch")
    count: int = param(3, min=1, max=9, doc="how many")
    ratio: float = param(0.5, min=0.0, max=1.0)
    widths: tuple[int, ...] = param((8, 16), min=1, max=64)
    scales: tuple[float, ...] = param((0.5, 1.0))
    label: str = param("x")
    limit: int | None = param(None, min=0)
    extra: dict = param(None)


def test_kinds_labels_choices_and_ranges():
    fs = {f.name: f for f in fields_for(Everything)}
    assert [f.kind for f in fs.values()] == [
        FieldKind.DROPDOWN, FieldKind.DROPDOWN, FieldKind.CHECKBOX, FieldKind.INT,
        FieldKind.NUMBER, FieldKind.INT_LIST, FieldKind.FLOAT_LIST, FieldKind.TEXT,
        FieldKind.INT, FieldKind.JSON,
    ]  # fmt: skip
    assert fs["color"].choices == ("red", "blue")
    assert fs["maybe_color"].choices == (NONE_CHOICE, "red", "blue")
    assert fs["maybe_color"].value == NONE_CHOICE and fs["maybe_color"].optional
    assert (fs["count"].minimum, fs["count"].maximum) == (1, 9)
    assert "how many" in fs["count"].help and "1 to 9" in fs["count"].help
    assert fs["widths"].value == "8, 16"
    assert fs["limit"].optional and fs["limit"].value == ""
    assert fs["ratio"].label == "Ratio" and fs["maybe_color"].label == "Maybe color"


def test_instance_gives_current_values_and_class_defaults():
    fs = fields_for(MLPParams(hidden_features=(64, 32), dropout=0.3))
    by = {f.name: f for f in fs}
    assert by["hidden_features"].value == "64, 32"
    assert by["hidden_features"].default == "512"
    assert by["dropout"].value == 0.3
    assert by["norm"].value == "batch"


@pytest.mark.parametrize("block", [b.name for b in heads.list_blocks()])
def test_every_registered_block_round_trips_through_its_form(block):
    """Showing a block's defaults in widgets and reading them back gives the same parameters."""
    params_cls = heads.get_block(block).params
    default = params_cls()
    fs = fields_for(default)
    raw = form_to_raw(params_cls, {f.name: f.value for f in fs})
    assert parse_params(params_cls, raw, node="n") == default


def test_browser_style_values_are_typed():
    raw = form_to_raw(
        Everything,
        {
            "color": "blue",
            "maybe_color": NONE_CHOICE,
            "flag": True,
            "count": 4.0,  # number widgets send floats
            "ratio": "0.25",
            "widths": " [32; 8] ",
            "scales": "1, 2.5",
            "limit": "",
            "extra": '{"a": 1}',
        },
    )
    assert raw == {
        "color": "blue", "maybe_color": None, "flag": True, "count": 4, "ratio": 0.25,
        "widths": [32, 8], "scales": [1.0, 2.5], "limit": None, "extra": {"a": 1},
    }  # fmt: skip
    assert isinstance(raw["count"], int)


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("count", 2.5, "whole number"),
        ("count", "abc", "whole number"),
        ("widths", "8, x", "whole number"),
        ("color", "green", "red, blue"),
        ("ratio", "", "value is needed"),
        ("flag", "maybe", "true or false"),
        ("extra", "{bad", "JSON"),
    ],
)
def test_bad_widget_values_name_the_field(name, value, words):
    with pytest.raises(SpecError) as e:
        form_to_raw(Everything, {name: value})
    assert e.value.field == name
    assert words in str(e.value)


def test_unknown_field_lists_valid_ones():
    with pytest.raises(SpecError, match="valid: pool_type, gem_p, lse_r"):
        form_to_raw(PoolParams, {"pool": "avg"})


def test_widget_value_of_enum_and_list():
    assert to_widget_value(FieldKind.DROPDOWN, PoolType.GEM) == "gem"
    assert to_widget_value(FieldKind.FLOAT_LIST, (0.5, 2.0)) == "0.5, 2.0"
    f = next(f for f in fields_for(ClassifierParams) if f.name == "num_classes")
    assert from_widget_value(f, 7.0) == 7
