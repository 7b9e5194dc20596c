"""Every export states its contract: Python (docstring and CONTRACT), safetensors, ONNX.

The ONNX metadata is checked in test_onnx.py; here the Python and safetensors forms, the
bundled heads' contracts and the command line's.
"""

from __future__ import annotations

import json

import pytest

import heads
from designer import cli
from designer.codegen import export_bundle, format_code, ruff_binary, to_python
from designer.contract import (
    METADATA_KEY,
    UNTRAINED,
    Contract,
    backbone_for,
    bundled_contract,
    contract_for,
    read_metadata,
)


def _contract(spec):
    return contract_for(spec, "efficientnet_lite0", class_names=("cat", "dog"), trained_on="pets")


def test_python_export_states_the_contract_in_its_docstring_and_a_constant():
    spec = heads.get_preset("fcos_lite", num_classes=2)
    contract = _contract(spec)
    code = to_python(spec, "Head", contract=contract)
    doc = code.split('"""')[1]
    section = doc[doc.index("Contract:") : doc.index("Spec:")]
    for line in contract.describe():
        assert f"    {line}" in section
    for text in ("backbone: efficientnet_lite0", "c3 (40 channels, stride 8)",
                 "sides divisible by 32", "mean (0.485, 0.456, 0.406)", "classes (2): cat, dog",
                 "trained on: pets"):  # fmt: skip
        assert text in section
    ns: dict = {}
    exec(compile(code, "head.py", "exec"), ns)  # noqa: S102
    assert Contract.from_dict(ns["CONTRACT"]) == contract
    assert "CONTRACT" in ns["__all__"]
    head = heads.GraphHead(spec)
    ns["Head"]().load_state_dict(head.state_dict(), strict=True)
    assert to_python(spec, "Head") == to_python(spec, "Head", contract=None)
    assert "CONTRACT" not in to_python(spec, "Head")
    if ruff_binary() is not None:
        assert format_code(code) == code  # laid out as ruff would


def test_bundle_weights_carry_the_contract(tmp_path):
    from safetensors import safe_open

    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(16, 32)}, num_classes=2)
    contract = contract_for(spec, "resnet18", class_names=("a", "b"))
    paths = export_bundle(spec, heads.GraphHead(spec).state_dict(), tmp_path, contract=contract)
    weights = next(p for p in paths if p.suffix == ".safetensors")
    with safe_open(str(weights), framework="pt") as f:
        meta = f.metadata()
    assert read_metadata(meta) == contract
    assert heads.HeadSpec.from_json(meta["spec"]) == spec
    assert "CONTRACT = " in next(p for p in paths if p.suffix == ".py").read_text()


@pytest.mark.parametrize("task", ["classification", "detection", "segmentation"])
def test_bundled_heads_state_backbone_levels_sizes_normalisation_classes_training(task):
    from designer.inference import default_head

    bundle = default_head(task)
    contract = bundled_contract(task)
    assert contract.backbone == bundle.backbone == "efficientnet_lite0"
    info = dict(bundle.spec.inputs)
    assert [lv.name for lv in contract.levels] == [k for k, _ in bundle.spec.inputs]
    assert all((lv.channels, lv.stride) == (info[lv.name].channels, info[lv.name].stride)
               for lv in contract.levels)  # fmt: skip
    assert contract.input_multiple == 32
    assert contract.mean == (0.485, 0.456, 0.406) and contract.std == (0.229, 0.224, 0.225)
    assert contract.class_names == bundle.class_names and contract.class_names
    if bundle.state_dict is None:
        assert contract.trained_on == UNTRAINED
    elif task == "classification":
        assert "ImageNet" in contract.trained_on
    else:
        assert "Shapes" in contract.trained_on and "validation" in contract.trained_on
        assert contract.image_size == bundle.image_size == contract.max_side


def test_contract_reading_names_what_is_wrong():
    with pytest.raises(ValueError, match="not a model-heads contract"):
        Contract.from_dict({"backbone": "x"})
    data = _contract(heads.get_preset("fcos_lite")).to_dict()
    del data["levels"]
    with pytest.raises(ValueError, match="bad contract: 'levels'"):
        Contract.from_dict(data)
    with pytest.raises(ValueError, match="bad contract JSON"):
        Contract.from_json("{")
    assert read_metadata({"spec": "{}"}) is None


def test_backbone_for_matches_levels_or_says_none():
    assert backbone_for(heads.get_preset("fcos_lite")) == "efficientnet_lite0"
    assert backbone_for(heads.get_preset("retinanet")) == "resnet50"
    odd = heads.get_preset("linear", {"c5": heads.FeatureInfo(7, 32)})
    assert backbone_for(odd) is None


def test_cli_python_export_writes_the_contract(tmp_path, capsys):
    out, weights = tmp_path / "head.py", tmp_path / "head.safetensors"
    code = cli.main([
        "export", "fcos_lite", "--backbone", "efficientnet_lite0", "--num-classes", "2",
        "--classes", "cat,dog", "-o", str(out), "--weights", str(weights),
    ])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    ns: dict = {}
    exec(compile(out.read_text(), "head.py", "exec"), ns)  # noqa: S102
    contract = Contract.from_dict(ns["CONTRACT"])
    assert contract.class_names == ("cat", "dog") and contract.backbone == "efficientnet_lite0"
    from safetensors import safe_open

    with safe_open(str(weights), framework="pt") as f:
        assert json.loads(f.metadata()[METADATA_KEY]) == ns["CONTRACT"]


def test_cli_onnx_choices_are_the_enums():
    from designer.onnx_export import GRAPH_SUPPRESSION, Sizes

    assert cli.ONNX_SIZES == tuple(s.value for s in Sizes)
    assert cli.ONNX_SUPPRESSION == tuple(s.value for s in GRAPH_SUPPRESSION)
