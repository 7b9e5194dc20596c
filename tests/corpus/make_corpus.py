"""Write the bad-input corpus: images, specs, weights and datasets (see README.md).

Run from the repository root: ``.venv/bin/python tests/corpus/make_corpus.py``. The output is
deterministic and committed; the whole corpus stays under 1 MB. ``manifest.json`` in each folder
says what every file is and what the designer must do with it (``ok``: load; ``error``: refuse
with a clear message).
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import stat
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _png(width: int, height: int, idat: bytes, *, mode: int = 0, depth: int = 8) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, depth, mode, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _save(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _photo(w: int = 64, h: int = 48, seed: int = 0) -> Image.Image:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    arr = np.stack([x * 255 // max(w - 1, 1), y * 255 // max(h - 1, 1), (x + y) % 256], -1)
    arr = (arr + rng.integers(0, 20, arr.shape)).clip(0, 255).astype(np.uint8)
    return Image.fromarray(arr, "RGB")


# ---------------------------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------------------------


def make_images(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    items: list[dict] = []

    def add(name: str, data: bytes, expect: str, what: str, size=None):
        (out / name).write_bytes(data)
        items.append({"file": name, "expect": expect, "what": what, "size": size})

    photo = _photo()
    jpeg = _save(photo, "JPEG", quality=90)
    png = _save(photo, "PNG")
    add("truncated.jpg", jpeg[: len(jpeg) // 2], "error", "a JPEG cut in half")
    add("truncated.png", png[: len(png) // 2], "error", "a PNG cut in half")
    add("header_only.png", png[:33], "error", "only the PNG signature and IHDR")
    add("zero_bytes.png", b"", "error", "an empty file")
    add("text.png", b"this is a text file, not an image\n", "error", "text named .png")
    add(
        "html.jpg",
        b"<html><script>alert(1)</script></html>\n",
        "error",
        "HTML named .jpg",
    )
    add(
        "svg.png",
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
        "error",
        "SVG text named .png (not a raster image)",
    )
    add("random_bytes.jpg", random.Random(0).randbytes(4096), "error", "4 KB of random bytes")
    # A PNG that declares 100000 x 100000 pixels (10 gigapixels) and is a few bytes on disk.
    add(
        "bomb_header.png",
        _png(100_000, 100_000, zlib.compress(b"\x00" * 1000)),
        "error",
        "decompression bomb: declares 100000x100000, tiny on disk",
    )
    # A real 8000 x 8000 greyscale PNG (64 Mpx, over the designer's 40 Mpx limit but under
    # PIL's own bomb threshold): every row is a filter byte and zeros, so it deflates ~1000:1.
    raw = (b"\x00" + b"\x00" * 8000) * 8000
    add(
        "bomb_64mpx.png",
        _png(8000, 8000, zlib.compress(raw, 9)),
        "error",
        "decompression bomb: a real 8000x8000 image that is ~60 KB on disk",
    )
    add(
        "zero_width.png",
        _png(0, 10, zlib.compress(b"")),
        "error",
        "IHDR declares width 0",
    )
    bad_crc = bytearray(png)
    bad_crc[40] ^= 0xFF  # inside the first IDAT chunk
    add("corrupt_data.png", bytes(bad_crc), "error", "PNG with a corrupted IDAT chunk")
    bmp = _save(photo, "BMP")
    add("truncated.bmp", bmp[: len(bmp) // 3], "error", "a BMP cut short")
    gif = _save(photo.convert("P"), "GIF")
    add("truncated.gif", gif[: len(gif) // 2], "error", "a GIF cut in half")
    # A JPEG whose start-of-frame declares 65500 x 65500.
    sof = jpeg.find(b"\xff\xc0")
    big = bytearray(jpeg)
    big[sof + 5 : sof + 9] = struct.pack(">HH", 65500, 65500)
    add("bomb_header.jpg", bytes(big), "error", "JPEG header declaring 65500x65500")

    # Odd but valid images: they must load as RGB of the right size.
    add("one_pixel.png", _save(Image.new("RGB", (1, 1), (9, 9, 9)), "PNG"), "ok", "1x1", [1, 1])
    add(
        "wide_20000x20.png",
        _save(Image.new("RGB", (20000, 20), (200, 10, 10)), "PNG"),
        "ok",
        "20000x20 strip",
        [20000, 20],
    )
    add(
        "tall_20x20000.png",
        _save(Image.new("L", (20, 20000), 128), "PNG"),
        "ok",
        "20x20000 strip (greyscale)",
        [20, 20000],
    )
    add("cmyk.jpg", _save(photo.convert("CMYK"), "JPEG"), "ok", "CMYK JPEG", [64, 48])
    g16 = Image.fromarray((np.arange(64 * 48).reshape(48, 64) * 21).astype(np.uint16))
    add("gray16.png", _save(g16, "PNG"), "ok", "16-bit greyscale PNG", [64, 48])
    pal = photo.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    add(
        "palette_transparency.png",
        _save(pal, "PNG", transparency=0),
        "ok",
        "palette PNG with a transparent index",
        [64, 48],
    )
    add("rgba.png", _save(photo.convert("RGBA"), "PNG"), "ok", "RGBA PNG", [64, 48])
    add("gray_alpha.png", _save(photo.convert("LA"), "PNG"), "ok", "greyscale + alpha", [64, 48])
    add("bilevel.png", _save(photo.convert("1"), "PNG"), "ok", "1-bit black and white", [64, 48])
    frames = [_photo(32, 24, seed=i) for i in range(3)]
    add(
        "animated.gif",
        _save(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=50, loop=0),
        "ok",
        "animated GIF (first frame used)",
        [32, 24],
    )
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees clockwise to display
    add(
        "exif_rotated.jpg",
        _save(photo, "JPEG", exif=exif.tobytes()),
        "ok",
        "EXIF orientation 6: 64x48 stored, shown as 48x64",
        [48, 64],
    )
    add(
        "float32.tif",
        _save(
            Image.fromarray(np.linspace(0, 1, 64 * 48, dtype=np.float32).reshape(48, 64)), "TIFF"
        ),
        "ok",
        "32-bit float TIFF",
        [64, 48],
    )
    add("webp.webp", _save(photo, "WEBP", quality=80), "ok", "WebP", [64, 48])
    add("png_named.jpg", png, "ok", "a PNG with a .jpg name", [64, 48])
    return items


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------


def _base() -> dict:
    return {
        "format": "model-heads/spec",
        "version": 1,
        "name": "bad",
        "task": "classification",
        "inputs": {"c5": {"channels": 64, "stride": 32, "kind": "map"}},
        "nodes": [
            {"name": "pool", "block": "pool", "inputs": ["c5"], "params": {"pool_type": "avg"}},
            {
                "name": "classifier",
                "block": "classifier",
                "inputs": ["pool"],
                "params": {"num_classes": 3},
            },
        ],
        "outputs": {"logits": "classifier"},
    }


def _conv(name: str, src: str, out: int, k: int = 3) -> dict:
    return {
        "name": name,
        "block": "conv",
        "inputs": [src],
        "params": {"out_channels": out, "kernel_size": k},
    }


def make_specs(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    items: list[dict] = []

    def add(name: str, what: str, data=None, field: str = "", *, text: str | None = None):
        if text is None:
            text = json.dumps(data, indent=1)
        (out / name).write_text(text)
        items.append({"file": name, "expect": "error", "what": what, "field": field})

    def mutate(fn):
        d = _base()
        fn(d)
        return d

    def p(node: int, **kw):
        return lambda d: d["nodes"][node]["params"].update(kw)

    add("not_json.json", "not JSON at all", text="{nodes: [pool, classifier")
    add("empty.json", "an empty file", text="")
    add("array.json", "a JSON array instead of an object", text="[]")
    add("string.json", "a JSON string", text='"linear"')
    add(
        "deep_nesting.json",
        "100000 nested lists (overflows a recursive parser)",
        text="[" * 100_000 + "]" * 100_000,
    )
    add(
        "unknown_block.json",
        "a block that does not exist",
        mutate(lambda d: d["nodes"][0].update(block="poool")),
        "block",
    )
    add(
        "wrong_type_int.json",
        "a string where an integer goes",
        mutate(p(1, num_classes="3")),
        "num_classes",
    )
    add(
        "bool_for_int.json",
        "true where an integer goes",
        mutate(p(1, num_classes=True)),
        "num_classes",
    )
    add("float_for_int.json", "10.5 classes", mutate(p(1, num_classes=10.5)), "num_classes")
    add("negative_classes.json", "-1 classes", mutate(p(1, num_classes=-1)), "num_classes")
    add("zero_classes.json", "0 classes", mutate(p(1, num_classes=0)), "num_classes")
    add("huge_int.json", "10**30 classes", mutate(p(1, num_classes=10**30)), "num_classes")
    add(
        "nan_dropout.json",
        "NaN dropout (Python's json accepts the NaN literal)",
        text=json.dumps(mutate(p(1, dropout=float("nan")))),
        field="dropout",
    )
    add(
        "infinity_gem.json",
        "Infinity as a float parameter",
        text=json.dumps(mutate(p(0, gem_p=float("inf")))),
        field="gem_p",
    )
    add(
        "bad_enum.json",
        "an enum value that does not exist",
        mutate(p(0, pool_type="evil")),
        "pool_type",
    )
    add("unknown_param.json", "a parameter the block does not have", mutate(p(0, size=3)), "size")
    add(
        "params_list.json",
        "params as a list",
        mutate(lambda d: d["nodes"][0].update(params=[1, 2])),
        "params",
    )
    add(
        "unknown_task.json",
        "an unknown task",
        mutate(lambda d: d.update(task="captioning")),
        "task",
    )
    add(
        "wrong_version.json",
        "a future format version",
        mutate(lambda d: d.update(version=99)),
        "version",
    )
    add("missing_outputs.json", "no outputs key", mutate(lambda d: d.pop("outputs")), "outputs")
    add("empty_outputs.json", "outputs is empty", mutate(lambda d: d.update(outputs={})), "outputs")
    add("no_nodes.json", "an empty node list", mutate(lambda d: d.update(nodes=[])), "nodes")
    add(
        "nodes_object.json",
        "nodes as an object",
        mutate(lambda d: d.update(nodes={"a": 1})),
        "nodes",
    )
    add(
        "bad_output_key.json",
        "an output key that is not a known key",
        mutate(lambda d: d.update(outputs={"__class__": "classifier"})),
        "outputs",
    )
    add(
        "cycle.json",
        "two nodes that read each other",
        mutate(lambda d: d["nodes"][0].update(inputs=["classifier"])),
        "",
    )
    add(
        "self_cycle.json",
        "a node that reads itself",
        mutate(lambda d: d["nodes"][0].update(inputs=["pool"])),
        "",
    )
    add(
        "dangling_node.json",
        "a node that reaches no output",
        mutate(lambda d: d["nodes"].append(_conv("extra", "c5", 8))),
        "",
    )
    add(
        "unknown_reference.json",
        "an input that names nothing",
        mutate(lambda d: d["nodes"][0].update(inputs=["c4"])),
        "inputs",
    )
    add(
        "bad_port.json",
        "a port the node does not have",
        mutate(lambda d: d["outputs"].update(logits="classifier.7")),
        "",
    )
    add(
        "inputs_not_strings.json",
        "inputs as numbers",
        mutate(lambda d: d["nodes"][0].update(inputs=[5])),
        "inputs",
    )
    add(
        "wrong_kind.json",
        "a classifier fed a feature map (needs a vector)",
        mutate(lambda d: d["nodes"][1].update(inputs=["c5"]) or d["nodes"].pop(0)),
        "inputs",
    )
    add(
        "zero_channels.json",
        "an input level with 0 channels",
        mutate(lambda d: d["inputs"]["c5"].update(channels=0)),
        "inputs",
    )
    add(
        "negative_stride.json",
        "an input level with stride -32",
        mutate(lambda d: d["inputs"]["c5"].update(stride=-32)),
        "inputs",
    )
    add(
        "bad_level_kind.json",
        "an unknown level kind",
        mutate(lambda d: d["inputs"]["c5"].update(kind="cube")),
        "inputs",
    )
    add(
        "bad_node_name.json",
        "a node name with spaces and symbols",
        mutate(lambda d: _rename(d, "Bad Name!")),
        "",
    )
    add(
        "reserved_name.json", "a node called 'forward'", mutate(lambda d: _rename(d, "forward")), ""
    )
    add("keyword_name.json", "a node called 'class'", mutate(lambda d: _rename(d, "class")), "")
    add(
        "dunder_name.json", "a node called '__init__'", mutate(lambda d: _rename(d, "__init__")), ""
    )
    add(
        "injection_name.json",
        "a node name carrying Python code",
        mutate(lambda d: _rename(d, "x;__import__('os').system('touch pwned')")),
        "",
    )
    add(
        "duplicate_names.json",
        "two nodes with one name",
        mutate(lambda d: d["nodes"].insert(0, _conv("pool", "c5", 8))),
        "",
    )

    # Absurd sizes: valid graphs that would need more memory than any machine has. They must be
    # refused by the parameter/FLOP limits from the meta-device analysis, before allocation.
    def absurd(d):
        d["inputs"]["c5"] = {"channels": 65536, "stride": 1, "kind": "map"}
        d["nodes"][:1] = [
            _conv("conv1", "c5", 8192, 11),
            _conv("conv2", "conv1", 8192, 11),
            _conv("conv3", "conv2", 8192, 11),
            {"name": "pool", "block": "pool", "inputs": ["conv3"], "params": {}},
        ]

    add(
        "absurd_params.json",
        "65536 channels into three 8192-wide 11x11 convs (~80 G params)",
        mutate(absurd),
        "params",
    )

    def flops(d):
        d["inputs"]["c5"] = {"channels": 1024, "stride": 1, "kind": "map"}
        d["nodes"][:1] = [
            _conv("conv1", "c5", 1024),
            _conv("conv2", "conv1", 1024),
            _conv("conv3", "conv2", 1024),
            {"name": "pool", "block": "pool", "inputs": ["conv3"], "params": {}},
        ]

    add(
        "absurd_flops.json",
        "three 1024-wide 3x3 convs at stride 1 (~2.8 TFLOPs at 224 px)",
        mutate(flops),
        "flops",
    )
    add(
        "absurd_mlp.json",
        "an MLP of 20 hidden layers of 16384 (5 G params)",
        mutate(
            lambda d: (
                d["nodes"].insert(
                    1,
                    {
                        "name": "mlp",
                        "block": "mlp",
                        "inputs": ["pool"],
                        "params": {"hidden_features": [16384] * 20},
                    },
                )
                or d["nodes"][2].update(inputs=["mlp"])
            )
        ),
        "params",
    )
    return items


def _rename(d: dict, name: str) -> None:
    d["nodes"][0]["name"] = name
    d["nodes"][1]["inputs"] = [name]


# ---------------------------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------------------------


class _Exploit:
    """Pickles as a call to ``eval`` that would create the file named by ``$MH_MARKER``."""

    def __reduce__(self):
        code = (
            "open(__import__('os').environ.get('MH_MARKER', '/tmp/mh_pwned'), 'w').write('pwned')"
        )
        return (eval, (code,))


def make_weights(out: Path) -> list[dict]:
    import pickle

    import torch
    from safetensors.torch import save

    import heads

    out.mkdir(parents=True, exist_ok=True)
    items: list[dict] = []

    def add(name: str, data: bytes, what: str, expect: str = "error"):
        (out / name).write_bytes(data)
        items.append({"file": name, "expect": expect, "what": what})

    torch.manual_seed(0)
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(64, 32)}, num_classes=3)
    (out / "target_spec.json").write_text(spec.to_json() + "\n")
    sd = {k: v.contiguous() for k, v in heads.build_head(None, spec).state_dict().items()}
    good = save(sd)
    add("good.safetensors", good, "weights that fit target_spec.json", "ok")
    add(
        "wrong_shapes.safetensors",
        save({"classifier.fc.weight": torch.zeros(7, 64), "classifier.fc.bias": torch.zeros(7)}),
        "right keys, wrong shapes (7 classes instead of 3)",
    )
    add(
        "wrong_keys.safetensors",
        save({"backbone.conv.weight": torch.zeros(3, 3)}),
        "keys of another model",
    )
    add("truncated.safetensors", good[: len(good) // 2], "a safetensors file cut in half")
    add("zero_bytes.safetensors", b"", "an empty file")
    add(
        "huge_header.safetensors",
        struct.pack("<Q", 2**62) + b"{}",
        "header length field claims 2**62 bytes",
    )
    add("random_bytes.safetensors", random.Random(1).randbytes(2048), "random bytes")
    add("text.pt", b"not a checkpoint\n", "text named .pt")
    buf = io.BytesIO()
    torch.save({"w": _Exploit()}, buf)
    add("exploit_eval.pt", buf.getvalue(), "torch zip checkpoint whose unpickling calls eval")
    add(
        "exploit_raw.pkl",
        pickle.dumps({"state_dict": _Exploit()}, protocol=2),
        "raw pickle whose unpickling calls eval",
    )
    buf = io.BytesIO()
    torch.save({"classifier.fc.weight": [1.0, 2.0]}, buf)
    add("not_tensors.pt", buf.getvalue(), "a checkpoint whose values are lists, not tensors")
    buf = io.BytesIO()
    torch.save(sd, buf)
    add("good.pt", buf.getvalue(), "a plain torch state_dict that fits target_spec.json", "ok")
    return items


# ---------------------------------------------------------------------------------------------
# Datasets
# ---------------------------------------------------------------------------------------------


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            if isinstance(info, str):
                info = zipfile.ZipInfo(info, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def make_datasets(out: Path) -> list[dict]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    items: list[dict] = []
    tiny = _save(Image.new("RGB", (8, 8), (0, 128, 0)), "PNG")

    def add(name: str, what: str, task: str = "classification", expect: str = "error"):
        items.append({"file": name, "expect": expect, "what": what, "task": task})

    _zip(out / "traversal.zip", [("data/a/x.png", tiny), ("../../evil.txt", b"escaped")])
    add("traversal.zip", "a member named ../../evil.txt")
    _zip(out / "absolute.zip", [("data/a/x.png", tiny), ("/tmp/mh_evil_abs.txt", b"escaped")])
    add("absolute.zip", "a member with an absolute path")
    link = zipfile.ZipInfo("data/a/link.png", date_time=(1980, 1, 1, 0, 0, 0))
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _zip(out / "symlink.zip", [("data/b/x.png", tiny), (link, b"/etc/passwd")])
    add("symlink.zip", "a symbolic link to /etc/passwd")
    _zip(out / "zip_bomb.zip", [("data/a/x.png", tiny), ("data/a/big.png", b"\x00" * (48 << 20))])
    add("zip_bomb.zip", "one member of 48 MB zeros, ~50 KB compressed")
    (out / "not_a_zip.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    add("not_a_zip.zip", "a file named .zip that is not an archive")
    win = zipfile.ZipInfo("..\\..\\evil_win.txt", date_time=(1980, 1, 1, 0, 0, 0))
    _zip(out / "backslash_traversal.zip", [("data/a/x.png", tiny), (win, b"escaped")])
    add("backslash_traversal.zip", "a member named ..\\..\\evil_win.txt")

    # Folder datasets with problems the validation must report, naming the file.
    cls = out / "cls_truncated"
    for c in ("cat", "dog"):
        (cls / c).mkdir(parents=True)
        for i in range(2):
            (cls / c / f"{i}.png").write_bytes(tiny)
    (cls / "dog" / "broken.png").write_bytes(tiny[: len(tiny) // 2])
    add("cls_truncated", "an ImageFolder tree with one truncated image (dog/broken.png)")
    cls = out / "cls_one_class"
    (cls / "only").mkdir(parents=True)
    for i in range(3):
        (cls / "only" / f"{i}.png").write_bytes(tiny)
    add(
        "cls_one_class",
        "an ImageFolder tree with a single class (accepted today; a one-class softmax learns nothing)",
        expect="ok",
    )
    (out / "cls_empty").mkdir()
    (out / "cls_empty" / ".keep").write_text("")
    add("cls_empty", "an empty folder")

    seg = out / "seg_mask_size"
    (seg / "images").mkdir(parents=True)
    (seg / "masks").mkdir()
    for i in range(3):
        (seg / "images" / f"{i}.png").write_bytes(tiny)
        size = (8, 8) if i else (5, 7)
        (seg / "masks" / f"{i}.png").write_bytes(_save(Image.new("L", size, 1), "PNG"))
    (seg / "classes.txt").write_text("background\nthing\n")
    add("seg_mask_size", "a mask whose size differs from its image (0.png)", "segmentation")
    seg = out / "seg_bad_class"
    (seg / "images").mkdir(parents=True)
    (seg / "masks").mkdir()
    for i in range(3):
        (seg / "images" / f"{i}.png").write_bytes(tiny)
        (seg / "masks" / f"{i}.png").write_bytes(
            _save(Image.new("L", (8, 8), 7 if i == 1 else 1), "PNG")
        )
    (seg / "classes.txt").write_text("background\nthing\n")
    add("seg_bad_class", "a mask with class index 7 of 2 classes (1.png)", "segmentation")

    coco = out / "coco_bad"
    (coco / "images").mkdir(parents=True)
    for i in range(3):
        (coco / "images" / f"{i}.png").write_bytes(tiny)
    ann = {
        "images": [{"id": i, "file_name": f"{i}.png", "width": 8, "height": 8} for i in range(3)],
        "annotations": [
            {"id": 1, "image_id": 0, "category_id": 1, "bbox": [1, 1, 4, 4]},
            {"id": 2, "image_id": 1, "category_id": 1, "bbox": [2, 2, 40, 40]},
            {"id": 3, "image_id": 2, "category_id": 9, "bbox": [1, 1, 2, 2]},
        ],
        "categories": [{"id": 1, "name": "thing"}],
    }
    (coco / "annotations.json").write_text(json.dumps(ann))
    add("coco_bad", "COCO with a box outside its image and an unknown category id", "detection")
    coco = out / "coco_not_json"
    (coco / "images").mkdir(parents=True)
    (coco / "images" / "0.png").write_bytes(tiny)
    (coco / "annotations.json").write_text('{"images": [')
    add("coco_not_json", "COCO annotations that are not valid JSON", "detection")
    return items


def main() -> int:
    os.environ.setdefault("MH_MARKER", "/tmp/mh_pwned_corpus_build")
    sections = {
        "images": make_images,
        "specs": make_specs,
        "weights": make_weights,
        "datasets": make_datasets,
    }
    for name, fn in sections.items():
        folder = HERE / name
        items = fn(folder)
        (folder / "manifest.json").write_text(json.dumps(items, indent=1) + "\n")
        print(f"{name}: {len(items)} files")
    total = sum(f.stat().st_size for f in HERE.rglob("*") if f.is_file())
    print(f"corpus: {total:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
