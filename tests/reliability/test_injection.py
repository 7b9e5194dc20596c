"""User text never becomes code in an export; the app serves only files it made."""

from __future__ import annotations

import dataclasses
import os
import urllib.error
import urllib.request

import pytest

import heads
from designer import codegen
from heads.spec import SpecError

MARK = "MH_INJECTION_MARKER"
PAYLOADS = [
    "x'); open(__import__('os').environ['{m}'], 'w') #",
    'x"); open(__import__("os").environ["{m}"], "w") #',
    '"""\nopen(__import__("os").environ["{m}"], "w")\n"""',
    "'''\nopen(__import__('os').environ['{m}'], 'w')\n'''",
    "\\\nopen(__import__('os').environ['{m}'], 'w')",
    "x\nopen(__import__('os').environ['{m}'], 'w')",
    "x\ropen(__import__('os').environ['{m}'], 'w')",
    "x\u2028open(__import__('os').environ['{m}'], 'w')",
    "x\x00open(__import__('os').environ['{m}'], 'w')",
    "{{__import__('os').system('touch $" + "{m}')}}",
    "__import__('os').system('touch \"$" + "{m}\"')",
    "#\nimport os; open(os.environ['{m}'], 'w')",
    "Head(nn.Module):\n    open(__import__('os').environ['{m}'], 'w')\nclass X",
    "\\N{{LATIN SMALL LETTER A}}\"\"\"; open(__import__('os').environ['{m}'], 'w') #",
]
PAYLOADS = [p.format(m=MARK) for p in PAYLOADS]


def _run_export(code: str, tmp_path) -> None:
    """Execute the exported module and build its head; no marker file may appear."""
    marker = tmp_path / "marker"
    old = os.environ.get(MARK)
    os.environ[MARK] = str(marker)
    try:
        namespace: dict = {"__name__": "exported"}
        exec(compile(code, str(tmp_path / "exported.py"), "exec"), namespace)  # noqa: S102
        namespace["Head"]()
    finally:
        if old is None:
            os.environ.pop(MARK, None)
        else:
            os.environ[MARK] = old
    assert not marker.exists(), "exported code ran injected text"


def _spec():
    return heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)


def test_spec_name_is_quoted(tmp_path):
    """The spec name (free text) reaches the export only as an escaped literal."""
    spec = dataclasses.replace(_spec(), name="\n".join(PAYLOADS))
    code = codegen.to_python(spec, "Head", format=False)
    _run_export(code, tmp_path)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_class_name_is_refused(payload):
    with pytest.raises(codegen.CodegenError):
        codegen.to_python(_spec(), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_node_and_level_names_are_refused(payload):
    spec = _spec()
    with pytest.raises(SpecError):
        codegen.to_python(spec.replace_node("pool", name=payload), "Head")
    with pytest.raises(SpecError):
        renamed = dataclasses.replace(
            spec,
            inputs=((payload, spec.inputs[0][1]),),
            nodes=(spec.replace_node("pool", inputs=(payload,)).nodes),
        )
        codegen.to_python(renamed, "Head")


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_output_keys_and_references_are_refused(payload):
    spec = _spec()
    with pytest.raises(SpecError):
        codegen.to_python(dataclasses.replace(spec, outputs=((payload, "classifier"),)), "Head")
    with pytest.raises(SpecError):
        codegen.to_python(dataclasses.replace(spec, outputs=(("logits", payload),)), "Head")


def test_export_bundle_stem_and_weights_metadata(tmp_path):
    spec = dataclasses.replace(_spec(), name=PAYLOADS[0])
    with pytest.raises(codegen.CodegenError):
        codegen.export_bundle(spec, None, tmp_path, stem="../evil")
    files = codegen.export_bundle(spec, heads.build_head(None, spec).state_dict(), tmp_path)
    assert all(f.parent == tmp_path for f in files)
    _run_export(files[0].read_text(), tmp_path)


# -- through the app ---------------------------------------------------------------------------


def test_app_export_with_injected_texts(client, tmp_path):
    from pathlib import Path

    spec = dataclasses.replace(_spec(), name="../../../../tmp/mh_escape/" + PAYLOADS[2])
    spec = dataclasses.replace(spec, inputs=(("c5", heads.FeatureInfo(32, 32)),))
    msg, design = client.predict(spec.to_json(), api_name="/load_json")
    assert design["valid"], msg
    for payload in PAYLOADS[:5]:
        with pytest.raises(Exception, match="not a Python identifier") as e:
            client.predict(payload, api_name="/export")
        assert "Traceback" not in str(e.value)
    code, files, msg = client.predict("Head", api_name="/export")
    _run_export(code, tmp_path)
    # The spec name did not steer where files were written.
    saved, text = client.predict(api_name="/save_json")
    for f in [saved, *[f if isinstance(f, str) else f["path"] for f in files]]:
        assert ".." not in Path(f).name
    assert "../" not in Path(saved).name
    client.predict(224, api_name="/diagram")
    assert not Path("/tmp/mh_escape").exists()


@pytest.mark.parametrize(
    "path",
    [
        "/gradio_api/file=/etc/passwd",
        "/gradio_api/file=../../../../etc/passwd",
        "/gradio_api/file=%2Fetc%2Fpasswd",
        "/file=/etc/passwd",
        "/gradio_api/file=" + os.path.abspath(__file__),
        "/gradio_api/file=/proc/self/environ",
    ],
)
def test_app_serves_no_arbitrary_files(app_url, path):
    try:
        with urllib.request.urlopen(app_url + path, timeout=10) as r:
            body = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    assert status >= 400, (path, status)
    assert b"root:" not in body and b"import" not in body
