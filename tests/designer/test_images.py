"""Image loading: every odd or broken input either becomes an upright RGB image or an ImageError."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from designer.images import ImageError, load_image


def _png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_rgba_and_la_are_composited_on_white():
    rgba = Image.new("RGBA", (4, 4), (200, 10, 10, 0))
    rgba.putpixel((1, 1), (200, 10, 10, 255))
    out = load_image(rgba)
    assert out.mode == "RGB"
    assert out.getpixel((0, 0)) == (255, 255, 255)
    assert out.getpixel((1, 1)) == (200, 10, 10)
    la = Image.new("LA", (2, 2), (0, 128))
    r, g, b = load_image(_png_bytes(la)).getpixel((0, 0))
    assert r == g == b and 120 <= r <= 135  # black at half opacity over white


def test_palette_with_transparency():
    p = Image.new("P", (3, 1))
    p.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    p.putpixel((0, 0), 0)
    p.putpixel((1, 0), 1)
    p.putpixel((2, 0), 0)
    p.info["transparency"] = 0
    out = load_image(_png_bytes(p))
    assert out.getpixel((0, 0)) == (255, 255, 255)
    assert out.getpixel((1, 0)) == (0, 0, 255)


def test_grayscale_and_bilevel():
    assert load_image(Image.new("L", (2, 2), 77)).getpixel((0, 0)) == (77, 77, 77)
    assert load_image(Image.new("1", (2, 2), 1)).getpixel((1, 1)) == (255, 255, 255)


def test_16_bit_grayscale_is_scaled_not_clipped():
    arr = np.array([[0, 32896], [65535, 1000]], dtype=np.uint16)
    img = Image.fromarray(arr)
    assert img.mode.startswith("I")
    out = np.asarray(load_image(_png_bytes(img)))
    assert out[0, 0].tolist() == [0, 0, 0]
    assert out[1, 0].tolist() == [255, 255, 255]
    assert abs(int(out[0, 1, 0]) - 128) <= 1
    # uint16 arrays take the same path
    assert np.asarray(load_image(arr))[1, 0, 0] == 255


def test_cmyk_jpeg_becomes_rgb():
    buf = io.BytesIO()
    Image.new("CMYK", (8, 8), (0, 255, 255, 0)).save(buf, format="JPEG", quality=95)
    out = load_image(buf.getvalue())
    assert out.mode == "RGB"
    r, g, b = out.getpixel((4, 4))
    assert r > 200 and g < 60 and b < 60  # pure red


def test_exif_orientation_is_applied():
    img = Image.new("RGB", (40, 20), (0, 0, 0))
    img.paste((255, 255, 255), (0, 0, 10, 20))  # white left strip
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to view
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif, quality=95)
    out = load_image(buf.getvalue())
    assert out.size == (20, 40)
    assert sum(out.getpixel((10, 2))) > 600  # the left strip is now at the top
    assert sum(out.getpixel((10, 38))) < 100


def test_numpy_float_and_rgba_arrays():
    f = np.full((3, 5, 3), 0.5, dtype=np.float32)
    assert load_image(f).getpixel((0, 0)) == (128, 128, 128)
    a = np.zeros((2, 2, 4), dtype=np.uint8)
    assert load_image(a).getpixel((0, 0)) == (255, 255, 255)
    with pytest.raises(ImageError, match="array"):
        load_image(np.zeros((2, 2, 5), dtype=np.uint8))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(ImageError, match="empty") as e:
        load_image(path)
    assert "empty.png" in str(e.value)
    with pytest.raises(ImageError, match="empty"):
        load_image(b"")


def test_not_an_image_and_missing_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, not an image")
    with pytest.raises(ImageError, match="not an image in an accepted format"):
        load_image(path)
    with pytest.raises(ImageError, match="no such file"):
        load_image(tmp_path / "missing.jpg")
    with pytest.raises(ImageError, match="cannot read an image"):
        load_image(12345)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_truncated_files(tmp_path, fmt):
    rng = np.random.default_rng(0)
    img = Image.fromarray(rng.integers(0, 256, (64, 64, 3), dtype=np.uint8))
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    data = buf.getvalue()
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="truncated|corrupt") as e:
        load_image(path)
    assert path.name in str(e.value) and str(tmp_path) not in str(e.value)


def test_corrupt_png_data():
    data = bytearray(_png_bytes(Image.new("RGB", (32, 32), (1, 2, 3))))
    idat = data.index(b"IDAT")
    data[idat + 6 : idat + 20] = b"\xff" * 14
    with pytest.raises(ImageError):
        load_image(bytes(data))


def test_pixel_limit_is_checked_before_decoding():
    with pytest.raises(
        ImageError, match=r"declares 100x100 \(10,000 pixels\), over the limit of 5,000 pixels"
    ):
        load_image(_png_bytes(Image.new("RGB", (100, 100))), max_pixels=5000)
    assert load_image(_png_bytes(Image.new("RGB", (50, 100))), max_pixels=5000).size == (50, 100)


def _bomb(width: int, height: int) -> bytes:
    # A valid PNG header claiming a huge image, with almost no data.
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = _chunk(b"IDAT", zlib.compress(b"\0" * 10))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + idat + _chunk(b"IEND", b"")


def test_decompression_bomb_is_refused():
    with pytest.raises(ImageError, match="decompression bomb"):
        load_image(_bomb(100_000, 100_000), max_pixels=10**12)
    # Under PIL's own limit but over ours: refused from the header, before decoding.
    with pytest.raises(
        ImageError, match=r"declares 13000x12000 \(156 megapixels\), over the limit of 150"
    ):
        load_image(_bomb(13_000, 12_000))
    # Under the declared-size limit, but a PNG decodes at full size: over the decoding limit.
    with pytest.raises(ImageError, match="would decode to 60 megapixels .PNG cannot be decoded"):
        load_image(_bomb(10_000, 6_000))


def test_animated_gif_gives_first_frame():
    frames = [Image.new("P", (4, 4), i) for i in range(2)]
    for f in frames:
        f.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    assert load_image(buf.getvalue()).getpixel((0, 0)) == (255, 0, 0)


# ---------------------------------------------------------------------------------------------
# Accepted formats, messages without server paths, reduced decoding of big photos
# ---------------------------------------------------------------------------------------------


def _saved(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["EPS", "PCX", "TGA", "PPM", "ICO", "SGI", "DDS", "QOI"])
def test_only_documented_formats_are_read(fmt, tmp_path):
    """Formats Pillow opens but the designer does not document are refused, EPS first of all."""
    data = _saved(Image.new("RGB", (16, 16), (9, 99, 199)), fmt)
    Image.open(io.BytesIO(data))  # Pillow itself would read it
    path = tmp_path / f"picture.{fmt.lower()}"
    path.write_bytes(data)
    with pytest.raises(ImageError, match=r"accepted: JPEG, PNG, WEBP, BMP, GIF, TIFF") as e:
        load_image(path)
    assert str(e.value).startswith(f"picture.{fmt.lower()}: ")
    if fmt == "EPS":
        assert "PostScript/EPS file, which is not accepted" in str(e.value)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "BMP", "GIF", "TIFF"])
def test_documented_formats_are_read(fmt):
    img = load_image(_saved(Image.new("RGB", (16, 12), (200, 100, 50)), fmt))
    assert img.size == (16, 12) and img.mode == "RGB"


def test_markup_named_as_an_image_says_what_it_is(tmp_path):
    path = tmp_path / "logo.png"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    with pytest.raises(ImageError, match=r"^logo\.png: this is an SVG drawing"):
        load_image(path)


def test_oversized_png_text_chunk_is_our_error(tmp_path):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "x" * (PngImagePlugin.MAX_TEXT_CHUNK + 1), zip=True)
    path = tmp_path / "chatty.png"
    path.write_bytes(_saved(Image.new("RGB", (4, 4)), "PNG", pnginfo=info))
    with pytest.raises(ValueError) as raw:  # Pillow's own error, which must not escape
        Image.open(path).load()
    assert type(raw.value) is ValueError
    with pytest.raises(ImageError, match=r"^chatty\.png: .*text chunk of the PNG is too large"):
        load_image(path)


def test_messages_name_the_file_not_the_server_path(tmp_path):
    folder = tmp_path / "gradio" / "0123456789abcdef"
    folder.mkdir(parents=True)
    for name, data in [
        ("cut.jpg", _saved(Image.new("RGB", (64, 64)), "JPEG")[:300]),
        ("bomb.png", _bomb(100_000, 100_000)),
        ("text.png", b"just text"),
    ]:
        (folder / name).write_bytes(data)
        with pytest.raises(ImageError) as e:
            load_image(folder / name)
        assert str(e.value).startswith(f"{name}: ") and str(tmp_path) not in str(e.value)
        with open(folder / name, "rb") as f, pytest.raises(ImageError) as e:
            load_image(f)  # a file object carries its path in .name
        assert str(tmp_path) not in str(e.value)


def test_big_jpeg_is_decoded_reduced_by_the_decoder():
    from designer.images import open_image

    data = _saved(Image.new("RGB", (4000, 3000), (10, 120, 230)), "JPEG")
    photo = open_image(data, max_side=900)
    # 1/4 scale is the smallest of the decoder's scales that is still >= 900 px long.
    assert photo.image.size == (1000, 750) and photo.original_size == (4000, 3000)
    assert photo.scale == 0.25 and photo.format == "JPEG"
    # Limits on decoded pixels apply after the reduction: the same file at full size is refused.
    with pytest.raises(
        ImageError,
        match=r"would decode to 12 megapixels \(at full size\), over the limit of 2 megapixels; save it smaller$",
    ):
        open_image(data, max_decode_pixels=2_000_000)
    assert open_image(data, max_side=900, max_decode_pixels=2_000_000).image.size == (1000, 750)


def test_other_formats_are_box_reduced_after_decoding():
    from designer.images import open_image

    photo = open_image(_saved(Image.new("RGB", (3000, 1000), (0, 255, 0)), "PNG"), max_side=700)
    assert photo.image.size == (750, 250) and photo.original_size == (3000, 1000)
    assert photo.image.getpixel((10, 10)) == (0, 255, 0)
    with pytest.raises(ImageError, match="PNG cannot be decoded reduced"):
        open_image(_saved(Image.new("L", (3000, 1000)), "PNG"), max_decode_pixels=2_000_000)


def test_reduced_decoding_keeps_exif_orientation():
    from designer.images import open_image

    img = Image.new("RGB", (4000, 2000), (0, 0, 0))
    img.paste((255, 255, 255), (0, 0, 1000, 2000))  # white left quarter
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = open_image(_saved(img, "JPEG", exif=exif), max_side=1000)
    assert photo.original_size == (2000, 4000)  # upright: portrait
    assert photo.image.size == (500, 1000)
    assert sum(photo.image.getpixel((250, 20))) > 600  # the white strip is at the top


def test_phone_photo_of_50_megapixels_is_accepted():
    """An 8160x6120 JPEG (a 50 MP phone sensor) loads reduced, cheaply, and keeps its size."""
    import time

    from designer.images import open_image

    data = _saved(Image.new("RGB", (8160, 6120), (90, 140, 30)), "JPEG", quality=80)
    t0 = time.perf_counter()
    photo = open_image(data, max_side=1600, name="PXL_0001.jpg")
    took = time.perf_counter() - t0
    assert photo.original_size == (8160, 6120)
    assert photo.image.size == (2040, 1530)  # the decoder's 1/4 scale
    t0 = time.perf_counter()
    full = load_image(data)  # full resolution is allowed too (under the decoding limit)
    assert full.size == (8160, 6120)
    assert took < time.perf_counter() - t0  # reduced decoding is the cheaper one


def test_huge_bmp_header_is_refused_before_decoding():
    # A 54-byte BMP header declaring 40000x40000 at 24 bits, and no pixel data.
    header = struct.pack("<2sIHHI", b"BM", 54, 0, 0, 54) + struct.pack(
        "<IiiHHIIiiII", 40, 40_000, 40_000, 1, 24, 0, 0, 2835, 2835, 0, 0
    )
    with pytest.raises(ImageError, match="decompression bomb|over the limit") as e:
        load_image(header, name="huge.bmp")
    assert str(e.value).startswith("huge.bmp: ")


def test_load_drawing_takes_editor_values(tmp_path):
    from designer.images import load_drawing

    layer = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    layer.putpixel((3, 3), (255, 0, 0, 255))
    path = tmp_path / "composite.png"
    layer.save(path)
    for value in ({"composite": str(path), "layers": []}, {"composite": layer}, str(path)):
        img = load_drawing(value)
        assert img.getpixel((0, 0)) == (255, 255, 255) and img.getpixel((3, 3)) == (255, 0, 0)
    assert load_drawing({"background": str(path), "composite": None}).size == (32, 32)
    assert load_drawing({"composite": {"path": str(path)}}).size == (32, 32)
    with pytest.raises(ImageError, match="^drawing: the canvas is empty"):
        load_drawing({"composite": None, "background": None})
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"<svg/>")
    with pytest.raises(ImageError, match="^drawing: this is an SVG") as e:
        load_drawing({"composite": str(bad)})
    assert str(tmp_path) not in str(e.value)


def test_image_size_reads_only_the_header():
    from designer.images import image_size

    assert image_size(_bomb(3000, 2000)) == (3000, 2000)  # no pixel data needed
    with pytest.raises(ImageError, match="declares"):
        image_size(_bomb(3000, 2000), max_pixels=1000)
    with pytest.raises(ImageError, match="accepted format"):
        image_size(b"%!PS-Adobe-3.0 EPSF-3.0\n")
