"""Every corpus image either loads as upright RGB of the right size or is refused clearly."""

from __future__ import annotations

import pytest
from rel_common import CORPUS, manifest

from designer.images import ImageError, load_image

IMAGES = manifest("images")
BAD = [e for e in IMAGES if e["expect"] == "error"]
GOOD = [e for e in IMAGES if e["expect"] == "ok"]


def test_corpus_is_large_enough():
    assert len(BAD) >= 15 and len(GOOD) >= 10


@pytest.mark.parametrize("entry", IMAGES, ids=lambda e: e["file"])
def test_library_loads_or_refuses(entry):
    path = CORPUS / "images" / entry["file"]
    if entry["expect"] == "ok":
        img = load_image(path)
        assert img.mode == "RGB"
        assert list(img.size) == entry["size"]
        img.getpixel((0, 0))  # decoded, not lazy
    else:
        with pytest.raises(ImageError) as e:
            load_image(path)
        assert entry["file"] in str(e.value)
        assert "Traceback" not in str(e.value)


@pytest.mark.parametrize("entry", BAD, ids=lambda e: e["file"])
def test_library_refuses_bytes_too(entry):
    data = (CORPUS / "images" / entry["file"]).read_bytes()
    with pytest.raises(ImageError):
        load_image(data, name=entry["file"])


def test_bomb_is_refused_before_decoding():
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(ImageError, match="over the limit|decompression bomb"):
        load_image(CORPUS / "images" / "bomb_64mpx.png")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 20_000_000  # decoding it would take 64 MB


@pytest.fixture(scope="module")
def predictor():
    from rel_common import small_predictor

    return small_predictor()


@pytest.mark.parametrize("entry", IMAGES, ids=lambda e: e["file"])
def test_predictor(entry, predictor):
    import heads

    spec = heads.get_preset("linear", predictor.feature_info, num_classes=3)
    path = CORPUS / "images" / entry["file"]
    if entry["expect"] == "ok":
        pred = predictor.predict(path, spec, topk=2)
        assert pred.data["image_size"] == entry["size"]
        assert len(pred.data["topk"]) == 2
    else:
        with pytest.raises(ImageError):
            predictor.predict(path, spec)
