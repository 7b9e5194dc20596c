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
    with pytest.raises(ImageError, match="not a recognised image"):
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
    assert str(path) in str(e.value)


def test_corrupt_png_data():
    data = bytearray(_png_bytes(Image.new("RGB", (32, 32), (1, 2, 3))))
    idat = data.index(b"IDAT")
    data[idat + 6 : idat + 20] = b"\xff" * 14
    with pytest.raises(ImageError):
        load_image(bytes(data))


def test_pixel_limit_is_checked_before_decoding():
    with pytest.raises(ImageError, match="over the limit"):
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
    with pytest.raises(ImageError, match="over the limit"):
        load_image(_bomb(10_000, 5_000))


def test_animated_gif_gives_first_frame():
    frames = [Image.new("P", (4, 4), i) for i in range(2)]
    for f in frames:
        f.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    assert load_image(buf.getvalue()).getpixel((0, 0)) == (255, 0, 0)
