"""Every corpus spec is refused with a clear message: by the library, the CLI and the app's API."""

from __future__ import annotations

import json

import pytest
from rel_common import CORPUS, manifest

from designer import cli, limits
from heads.spec import HeadSpec, SpecError

SPECS = manifest("specs")


def _refuse(text: bytes) -> SpecError:
    with pytest.raises(SpecError) as e:
        spec = HeadSpec.from_json(text)
        limits.check_design(spec)
    return e.value


def test_corpus_is_large_enough():
    assert len(SPECS) >= 30


@pytest.mark.parametrize("entry", SPECS, ids=lambda e: e["file"])
def test_library_refuses(entry):
    err = _refuse((CORPUS / "specs" / entry["file"]).read_bytes())
    msg = str(err)
    assert msg and "Traceback" not in msg
    if entry["field"] in ("params", "flops") and entry["file"].startswith("absurd"):
        assert isinstance(err, limits.DesignTooLargeError)
        assert "over the limit" in msg
    elif entry["field"]:
        assert entry["field"] in msg


def test_absurd_design_is_refused_without_allocating():
    import tracemalloc

    text = (CORPUS / "specs" / "absurd_params.json").read_bytes()
    tracemalloc.start()
    with pytest.raises(limits.DesignTooLargeError, match="81,201,799,171 parameters"):
        limits.check_design(HeadSpec.from_json(text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50_000_000


@pytest.mark.parametrize("entry", SPECS, ids=lambda e: e["file"])
def test_cli_refuses(entry, capsys, tmp_path):
    path = str(CORPUS / "specs" / entry["file"])
    # export with --weights builds the head: the size limits must refuse before allocating.
    argv = ["export", path, "-o", str(tmp_path / "h.py"), "--weights", str(tmp_path / "w.st")]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) <= 25
    assert not (tmp_path / "h.py").exists()


def test_cli_refuses_oversized_spec_file(tmp_path, capsys):
    big = tmp_path / "big.json"
    big.write_text(" " * (limits.MAX_SPEC_BYTES + 1) + "{}")
    assert cli.main(["analyze", str(big)]) == 1
    assert "over the limit" in capsys.readouterr().err


def test_app_refuses_every_spec_and_keeps_answering(client):
    _, start = client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    assert start["valid"], start
    # Every fourth entry plus the size cases keeps the API round trips few (each costs ~0.3 s).
    chosen = [e for i, e in enumerate(SPECS) if i % 4 == 0 or e["file"].startswith("absurd")]
    for entry in chosen:
        text = (CORPUS / "specs" / entry["file"]).read_text()
        if not text.strip():
            continue  # the app asks for text first; covered below
        msg, design = client.predict(text, api_name="/load_json")
        assert "Traceback" not in msg and 'File "' not in msg
        if entry["file"].startswith("absurd"):
            # A design over the size limits is refused at the door, from the meta analysis.
            assert msg.startswith("Not loaded") and "over the limit" in msg, (entry["file"], msg)
        if msg.startswith("Not loaded"):
            assert design["spec"] == start["spec"], entry["file"]
            continue
        # A well-formed but unfinished graph is loaded for editing, with the problem reported.
        assert not design["valid"], (entry["file"], msg)
        assert design["problem"]["message"] in msg
        msg, design = client.predict(api_name="/undo")
        assert design["spec"] == start["spec"]
    msg, design = client.predict("", api_name="/load_json")
    assert msg.startswith("Not loaded") and design["spec"] == start["spec"]


def test_app_refuses_spec_files(client, tmp_path):
    from gradio_client import handle_file

    for name in ("deep_nesting.json", "nan_dropout.json", "injection_name.json", "cycle.json"):
        msg, design = client.predict(
            handle_file(str(CORPUS / "specs" / name)), api_name="/load_json_file"
        )
        assert msg.startswith("Not loaded") or not design["valid"], (name, msg)
        assert "Traceback" not in msg
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"name": "x" * (limits.MAX_SPEC_BYTES + 10)}))
    msg, _ = client.predict(handle_file(str(big)), api_name="/load_json_file")
    assert msg.startswith("Not loaded") and "over the limit" in msg
