"""Resource limits: one place, clear messages, used by images, uploads, designs and datasets."""

from __future__ import annotations

import pytest

import heads
from designer import limits


def test_limits_are_what_the_code_uses():
    from designer import app, images, inference
    from designer.data import formats

    assert images.MAX_PIXELS == limits.MAX_IMAGE_PIXELS
    assert app.MAX_FILE_SIZE == limits.MAX_UPLOAD_BYTES
    assert inference.Predictor.__init__.__kwdefaults__["max_pixels"] == limits.MAX_IMAGE_PIXELS
    assert formats.MAX_ZIP_BYTES <= limits.MAX_DATASET_BYTES


def test_messages_name_input_and_limit():
    with pytest.raises(limits.LimitError, match=r"a\.png: 13000x12000 is 156,000,000 pixels"):
        limits.check_image_pixels(13000, 12000, "a.png")
    limits.check_image_pixels(8160, 6120)  # a 50 MP phone photo
    with pytest.raises(limits.LimitError, match="over the limit of 40,000,000"):
        limits.check_image_pixels(8000, 8000, "a.png", limits.MAX_DATASET_IMAGE_PIXELS)
    with pytest.raises(limits.LimitError, match="over the upload limit"):
        limits.check_upload_size(limits.MAX_UPLOAD_BYTES + 1, "big.zip")
    with pytest.raises(limits.LimitError, match="60,000 images is over the limit"):
        limits.check_dataset_size(60_000)
    with pytest.raises(limits.LimitError, match="bytes is over the limit"):
        limits.check_dataset_size(10, limits.MAX_DATASET_BYTES + 1)
    limits.check_dataset_size(10, 1000)
    limits.check_image_pixels(4000, 3000)


def test_design_limits_are_errors_of_the_spec_kind():
    spec = heads.get_preset("conv_pool", {"c5": heads.FeatureInfo(512, 32)}, num_classes=10)
    a = limits.check_design(spec)
    with pytest.raises(heads.SpecError, match="parameters, over the limit") as e:
        limits.check_design(spec, max_params=a.total_params - 1)
    assert isinstance(e.value, limits.LimitError) and e.value.field == "params"
    with pytest.raises(limits.DesignTooLargeError, match="GFLOPs per 224x224"):
        limits.check_design(spec, max_flops=a.total_flops - 1)
    with pytest.raises(limits.DesignTooLargeError, match="3 nodes, over the limit of 2") as e:
        limits.check_design(spec, max_nodes=2)
    assert e.value.field == "nodes"


def test_predictor_refuses_a_design_over_the_limit(monkeypatch):
    from PIL import Image
    from rel_common import small_predictor

    p = small_predictor()
    spec = heads.get_preset("conv_pool", p.feature_info, num_classes=3)
    monkeypatch.setattr(limits, "MAX_PARAMS", 10)
    monkeypatch.setattr(
        limits.check_design, "__kwdefaults__", {"max_params": 10, "max_flops": 1, "max_nodes": 200}
    )
    with pytest.raises(limits.DesignTooLargeError):
        p.predict(Image.new("RGB", (64, 64)), spec)


def test_app_upload_limit(client, tmp_path):
    from gradio_client import handle_file

    big = tmp_path / "big.json"
    big.write_bytes(b" " * (limits.MAX_UPLOAD_BYTES + 1024))
    with pytest.raises(Exception) as e:  # noqa: PT011 - gradio_client's error type varies
        client.predict(handle_file(str(big)), api_name="/load_json_file")
    assert "Traceback" not in str(e.value)
    msg, design = client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    assert design["valid"]  # still answering


def test_text_and_json_checks_name_what_is_wrong():
    with pytest.raises(
        limits.TextError, match=r"name: a lone UTF-16 surrogate U\+D800 at position 3"
    ):
        limits.check_text("ab\ud800", "name")
    with pytest.raises(limits.TextError, match=r"the control character U\+001B at position 1"):
        limits.check_text("\x1b[31m", "name")
    assert limits.check_text("tab\tand\nnewline", "note") == "tab\tand\nnewline"
    assert limits.check_text("cat \U0001f431", "name")  # a character outside the BMP is fine
    with pytest.raises(limits.TextError, match="201 characters is over the limit of 200"):
        limits.check_text("x" * 201, "name", limits.MAX_NAME_CHARS)
    with pytest.raises(limits.TextError, match="nested more than 32 levels deep"):
        limits.parse_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(limits.TextError, match="nested more than 32 levels deep"):
        limits.parse_json('{"a": ' * 33 + "1" + "}" * 33)
    assert limits.parse_json('{"a": ' * 31 + "1" + "}" * 31)
    with pytest.raises(limits.TextError, match="a key: a lone UTF-16 surrogate"):
        limits.parse_json('{"\\udc00": 1}')
    with pytest.raises(limits.TextError, match="not UTF-8 text"):
        limits.parse_json(b"\xff{}")
    with pytest.raises(limits.LimitError, match="over the limit of 2,000,000 bytes"):
        limits.parse_json(" " * (limits.MAX_SPEC_BYTES + 1))


def test_messages_lose_server_paths_and_unsendable_text():
    from designer.ui.common import MESSAGE_CHARS, clean

    assert clean("/tmp/gradio/0a1b/upload.png: truncated") == "upload.png: truncated"
    assert clean("see http://127.0.0.1:7860/gradio_api/file=x") == (
        "see http://127.0.0.1:7860/gradio_api/file=x"
    )
    assert clean("c4/c5 and 1/2") == "c4/c5 and 1/2"
    assert clean("bad\x00name \ud800").encode("utf-8") == b"bad\\x00name \\ud800"
    assert len(clean("x" * 10_000)) == MESSAGE_CHARS


def test_whole_numbers_from_widgets():
    from designer.session import whole_number

    assert whole_number(7) == 7 and whole_number(7.0) == 7 and whole_number(" 12 ") == 12
    for bad in (True, False, 2.5, float("nan"), float("inf"), "seven", None, [3], "1e400"):
        with pytest.raises(ValueError, match="is not a whole number"):
            whole_number(bad)
