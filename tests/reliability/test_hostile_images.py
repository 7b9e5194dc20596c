"""Broken, hostile and merely huge images through every image entry point: the loaders behind
uploads, the drawing canvas, the backbone's preprocessing, the predictor and the app's upload
endpoint. Each bad file gets an ImageError that names it by its base name (never a server path);
big phone photos are accepted, decoded reduced.

The corpus is generated here (nothing large is committed); the biggest file is a 30000x30000
1-bit PNG of about 110 kB.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hostile_data import big_png, bilevel_bomb_png, eps, header_bomb_png
from PIL import Image, PngImagePlugin

from designer.images import ImageError, image_size, load_drawing, load_image, open_image


def _save(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _photo(w: int = 64, h: int = 48) -> Image.Image:
    rng = np.random.default_rng(w * h)
    return Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8))


def _jpeg_declaring(w: int, h: int) -> bytes:
    data = bytearray(_save(_photo(16, 16), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", h, w)
    return bytes(data)  # with the 16x16 image's scan data


def _gif_declaring(w: int, h: int) -> bytes:
    data = bytearray(_save(Image.new("P", (16, 16)), "GIF"))
    data[6:10] = struct.pack("<HH", w, h)
    return bytes(data)


def _webp_declaring(w: int, h: int) -> bytes:
    data = bytearray(_save(_photo(16, 16), "WEBP", lossless=False))
    assert data[12:16] == b"VP8 "
    data[26:30] = struct.pack("<HH", w & 0x3FFF, h & 0x3FFF)
    return bytes(data)


def _tiff_declaring(w: int, h: int) -> bytes:
    # A little-endian baseline TIFF: 8 tags, one strip that is not there.
    tags = [(256, 4, w), (257, 4, h), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 200),
            (278, 4, h), (279, 4, min(w * h, 2**32 - 1))]  # fmt: skip
    ifd = struct.pack("<H", len(tags)) + b"".join(
        struct.pack("<HHII", tag, kind, 1, value) for tag, kind, value in tags
    )
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\0\0\0\0" + b"\0" * 64


def _bmp_declaring(w: int, h: int) -> bytes:
    return struct.pack("<2sIHHI", b"BM", 54, 0, 0, 54) + struct.pack(
        "<IiiHHIIiiII", 40, w, h, 1, 24, 0, 0, 2835, 2835, 0, 0
    )


def _text_chunk_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "z" * (PngImagePlugin.MAX_TEXT_CHUNK + 10), zip=True)
    return _save(Image.new("RGB", (8, 8)), "PNG", pnginfo=info)


def _bad_crc_png() -> bytes:
    data = bytearray(_save(_photo(), "PNG"))
    idat = data.index(b"IDAT")
    data[idat + 8] ^= 0xFF  # the data no longer matches the chunk's CRC
    return bytes(data)


def _tail(data: bytes, n: int) -> bytes:
    return data[: len(data) - n]


#: name -> (bytes, the message it must give after "<name>: ").
BAD: dict[str, tuple[Callable[[], bytes], str]] = {
    "svg.png": (lambda: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
                r"this is an XML or SVG document"),
    "page.jpg": (lambda: b"<!DOCTYPE html><html><body>hi</body></html>", r"this is an HTML page"),
    "drawing.eps": (eps, r"this is a PostScript/EPS file, which is not accepted"),
    "drawing_named.png": (eps, r"this is a PostScript/EPS file, which is not accepted"),
    "doc.png": (lambda: b"%PDF-1.7\n1 0 obj<<>>endobj\n", r"this is a PDF document"),
    "archive.png": (lambda: b"PK\x03\x04" + b"\0" * 40, r"this is a zip archive"),
    "picture.pcx": (lambda: _save(_photo(), "PCX"), r"not an image in an accepted format"),
    "picture.tga": (lambda: _save(_photo(), "TGA"), r"not an image in an accepted format"),
    "icon.ico": (lambda: _save(_photo(32, 32), "ICO"), r"not an image in an accepted format"),
    "random.jpg": (lambda: np.random.default_rng(1).bytes(3000), r"not an image in an accepted"),
    "empty.png": (lambda: b"", r"the (file|data) is empty \(0 bytes\)"),
    "truncated.jpg": (lambda: _save(_photo(), "JPEG")[:300], r"truncated|corrupt"),
    "truncated.png": (lambda: _tail(_save(_photo(), "PNG"), 200), r"truncated|corrupt"),
    "truncated.webp": (lambda: _tail(_save(_photo(), "WEBP"), 100), r"truncated|corrupt|cannot be opened"),
    "truncated.gif": (lambda: _tail(_save(_photo().convert("P"), "GIF"), 300), r"truncated|corrupt"),
    "truncated.bmp": (lambda: _tail(_save(_photo(), "BMP"), 500), r"truncated|corrupt"),
    "truncated.tiff": (lambda: _tail(_save(_photo(), "TIFF"), 2000), r"truncated|corrupt"),
    "bad_crc.png": (_bad_crc_png, r"corrupt|truncated"),
    "text_chunk.png": (_text_chunk_png, r"a text chunk of the PNG is too large"),
    "bomb_header.png": (lambda: header_bomb_png(100_000, 100_000),
                        r"refused as a possible decompression bomb"),
    "bomb_header.jpg": (lambda: _jpeg_declaring(60_000, 60_000),
                        r"refused as a possible decompression bomb"),
    "bomb_header.gif": (lambda: _gif_declaring(65_535, 65_535),
                        r"refused as a possible decompression bomb"),
    "bomb_header.webp": (lambda: _webp_declaring(16_383, 16_383),
                         r"refused as a possible decompression bomb|declares 16383x16383"),
    "bomb_header.tiff": (lambda: _tiff_declaring(100_000, 100_000),
                         r"refused as a possible decompression bomb"),
    "huge.bmp": (lambda: _bmp_declaring(40_000, 40_000),
                 r"refused as a possible decompression bomb"),
    "over_limit.bmp": (lambda: _bmp_declaring(13_000, 12_000),
                       r"the file declares 13000x12000 \(156 megapixels\), over the limit of 150"),
    "bilevel_30000.png": (bilevel_bomb_png, r"refused as a possible decompression bomb"),
    "grey_8000.png": (big_png, r"8000x8000 would decode to 64 megapixels \(PNG cannot be decoded "
                               r"reduced \(JPEG can\)\), over the limit of 52"),
}  # fmt: skip


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    # A folder like a web server's upload area: its path must never reach a message.
    folder = tmp_path_factory.mktemp("uploads") / "gradio" / "5f1c0a9e7d3b"
    folder.mkdir(parents=True)
    out = {}
    for name, (make, _) in BAD.items():
        out[name] = folder / name
        out[name].write_bytes(make())
    return out


def _small_predictor():
    from rel_common import small_predictor

    return small_predictor()


def _entry_points() -> dict[str, Callable[[Path], object]]:
    import heads
    from designer.backbones import PreprocessConfig, preprocess_image

    predictor = _small_predictor()
    spec = heads.get_preset("linear", predictor.feature_info, num_classes=3)
    return {
        "load_image(path)": load_image,
        "load_image(bytes)": lambda p: load_image(p.read_bytes(), name=p.name),
        "load_image(file)": lambda p: load_image(p.open("rb")),
        "open_image(reduced)": lambda p: open_image(p, max_side=1600),
        "load_drawing(editor)": lambda p: load_drawing(
            {"background": None, "layers": [], "composite": str(p)}, name=p.name
        ),
        "load_drawing(file ref)": lambda p: load_drawing(
            {"composite": {"path": str(p)}}, name=p.name
        ),  # fmt: skip
        "preprocess_image": lambda p: preprocess_image(p, PreprocessConfig()),
        "Predictor.predict": lambda p: predictor.predict(p, spec),
    }


ENTRY_POINTS = list(_entry_points())


@pytest.fixture(scope="module")
def entry_points():
    return _entry_points()


def test_corpus_is_broad():
    assert len(BAD) >= 25
    formats = {Path(n).suffix for n in BAD}
    assert formats >= {".png", ".jpg", ".gif", ".webp", ".bmp", ".tiff", ".eps"}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("name", list(BAD))
def test_every_entry_point_refuses_clearly(name, entry, files, entry_points):
    path = files[name]
    with pytest.raises(ImageError) as e:
        entry_points[entry](path)
    msg = str(e.value)
    assert msg.startswith(f"{name}: "), msg
    assert re.search(BAD[name][1], msg), msg
    assert str(path.parent) not in msg and "/gradio/" not in msg, msg


@pytest.mark.parametrize("name", [n for n in BAD if "bomb" in n or "huge" in n or "limit" in n])
def test_header_level_refusals_need_no_decoding(name, files):
    """Sizes alone refuse these: the header reader gives the same verdict without pixels."""
    if name.startswith("grey_"):
        pytest.skip("declared size within limits; refused when decoding")
    with pytest.raises(ImageError, match=BAD[name][1]):
        image_size(files[name])


def test_phone_photos_are_accepted_through_every_entry_point(tmp_path, entry_points):
    """A 50 MP JPEG (MPO, as phones write it, with an EXIF rotation) and a 48 MP one."""
    import heads

    big = Image.new("RGB", (8160, 6120), (30, 90, 160))
    exif = Image.Exif()
    exif[0x0112] = 6
    mpo = tmp_path / "PXL_20240101_rotated.jpg"
    mpo.write_bytes(_save(big, "MPO", save_all=True, append_images=[_photo(640, 480)],
                          exif=exif, quality=70))  # fmt: skip
    plain = tmp_path / "IMG_48MP.jpg"
    plain.write_bytes(_save(Image.new("RGB", (8000, 6000), (200, 40, 40)), "JPEG", quality=70))
    del big
    photo = open_image(mpo, max_side=1600)
    assert photo.format == "MPO" and photo.original_size == (6120, 8160)
    assert photo.image.size == (1530, 2040)  # the decoder's 1/4 scale, then upright
    for path, size in ((mpo, [6120, 8160]), (plain, [8000, 6000])):
        for entry in ("open_image(reduced)", "preprocess_image", "load_drawing(editor)"):
            entry_points[entry](path)  # no error
        predictor = _small_predictor()
        spec = heads.get_preset("linear", predictor.feature_info, num_classes=3)
        pred = predictor.predict(path, spec)
        assert pred.data["image_size"] == size
        assert max(pred.overlay.size) in (1000, 1020)  # decoded at 1/8 scale, drawn so


def test_a_declared_size_within_the_limit_costs_only_what_is_decoded(tmp_path):
    """A JPEG declaring 12000x12000 (144 MP, under the 150 MP limit) around a 16x16 scan: at full
    size it is refused before decoding; reduced it decodes at 1/4 scale (9 MP) and is taken
    for the grey picture it is."""
    path = tmp_path / "odd.jpg"
    path.write_bytes(_jpeg_declaring(12_000, 12_000))
    with pytest.raises(ImageError, match=r"^odd\.jpg: 12000x12000 would decode to 144 megapixels "
                                         r"\(at full size\), over the limit of 52"):  # fmt: skip
        load_image(path)
    photo = open_image(path, max_side=1600)
    assert photo.original_size == (12_000, 12_000) and photo.image.size == (3000, 3000)


@pytest.mark.parametrize("name", ["svg.png", "truncated.png", "bomb_header.png", "huge.bmp",
                                  "drawing_named.png", "text_chunk.png"])  # fmt: skip
def test_app_upload_endpoint_answers_with_the_message(name, files, client):
    from gradio_client import handle_file

    # The client's session is shared with other tests: start from a buildable design.
    client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    with pytest.raises(Exception) as e:  # noqa: PT011 - gradio_client raises its AppError
        client.predict(handle_file(str(files[name])), 0.3, 0.5, "class_aware", 5,
                       api_name="/predict")  # fmt: skip
    msg = str(e.value)
    assert name in msg and re.search(BAD[name][1], msg), msg
    assert "/gradio/5f1c0a9e7d3b" not in msg and "Traceback" not in msg
    # The server keeps answering.
    _, design = client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    assert design["valid"]
