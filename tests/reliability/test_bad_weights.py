"""Weights load only as tensors: bad files are refused, pickled code never runs."""

from __future__ import annotations

import pytest
from rel_common import CORPUS, manifest

import heads
from designer import cli
from designer.backbones import WeightsError, load_checked, load_state_dict_file
from heads.spec import HeadSpec

WEIGHTS = manifest("weights")
SPEC = HeadSpec.from_json((CORPUS / "weights" / "target_spec.json").read_text())


@pytest.fixture(autouse=True)
def marker(tmp_path, monkeypatch):
    path = tmp_path / "pwned"
    monkeypatch.setenv("MH_MARKER", str(path))
    yield path
    assert not path.exists(), "a weights file ran code"


def _load_into_head(path):
    head = heads.build_head(None, SPEC)
    load_checked(head, load_state_dict_file(path), path.name)
    return head


@pytest.mark.parametrize("entry", WEIGHTS, ids=lambda e: e["file"])
def test_library(entry):
    path = CORPUS / "weights" / entry["file"]
    if entry["expect"] == "ok":
        head = _load_into_head(path)
        assert head.classifier.fc.weight.shape == (3, 64)
    else:
        with pytest.raises(WeightsError) as e:
            _load_into_head(path)
        assert entry["file"] in str(e.value)


@pytest.mark.parametrize("name", ["exploit_eval.pt", "exploit_raw.pkl"])
def test_exploit_payload_is_live(name, marker):
    """The exploit files do run code under plain pickle (so the refusal above means something)."""
    import pickle
    import zipfile

    path = CORPUS / "weights" / name
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            data = zf.read(next(n for n in zf.namelist() if n.endswith("data.pkl")))
    else:
        data = path.read_bytes()
    try:
        pickle.loads(data)
    except Exception:  # noqa: BLE001, S110 - the torch zip's persistent ids do not resolve
        pass
    assert marker.exists()
    marker.unlink()


@pytest.mark.parametrize("entry", WEIGHTS, ids=lambda e: e["file"])
def test_cli_export(entry, tmp_path, capsys):
    argv = [
        "export",
        str(CORPUS / "weights" / "target_spec.json"),
        "-o",
        str(tmp_path / "head.py"),
        "--from-weights",
        str(CORPUS / "weights" / entry["file"]),
        "--weights",
        str(tmp_path / "out.safetensors"),
    ]
    rc = cli.main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if entry["expect"] == "ok":
        assert rc == 0 and (tmp_path / "out.safetensors").is_file()
    else:
        assert rc == 1 and "error:" in err
        assert not (tmp_path / "out.safetensors").exists()


@pytest.mark.parametrize("entry", [e for e in WEIGHTS if e["expect"] == "error"], ids=str)
def test_predictor(entry):
    from PIL import Image
    from rel_common import small_predictor

    p = small_predictor()
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(32, 32)}, num_classes=3)
    with pytest.raises(WeightsError):
        p.predict(Image.new("RGB", (64, 64)), spec, CORPUS / "weights" / entry["file"])
