"""Backbones: levels match their FeatureInfo, weights come only from safe files, nothing downloads."""

from __future__ import annotations

import os

import pytest
import torch
from PIL import Image

from designer import backbones as B
from designer.backbones import (
    BackboneError,
    BoundedCache,
    PreprocessConfig,
    WeightsError,
    list_backbones,
    load_backbone,
    load_state_dict_file,
    preprocess_image,
    torchvision_weights_file,
)

REQUIRED = {
    "efficientnet_lite0", "resnet18", "resnet50", "mobilenet_v3_large", "efficientnet_b0",
    "convnext_tiny", "regnet_y_400mf", "vit_b_16",
}  # fmt: skip


def test_list_backbones_describes_the_zoo_without_building():
    infos = {b.name: b for b in list_backbones()}
    assert REQUIRED <= set(infos)
    assert list(infos)[0] == B.DEFAULT_BACKBONE
    for name, info in infos.items():
        strides = [f.stride for f in info.feature_info.values()]
        if name == "vit_b_16":
            assert info.feature_info["tokens"].kind.value == "tokens"
            continue
        assert min(strides) == 4 and max(strides) == 32
        for level, f in info.feature_info.items():
            assert level.startswith(f"c{f.stride.bit_length() - 1}")
    assert infos["efficientnet_lite0"].has_pretrained_weights


@pytest.fixture(scope="module")
def lite():
    return load_backbone("efficientnet_lite0")


def test_lite0_levels_and_weights(lite):
    assert lite.pretrained and "efficientnet-lite0" in lite.weights_note.lower().replace("_", "-")
    x = torch.randn(2, 3, 96, 128)
    with torch.inference_mode():
        feats = lite(x)
    assert list(feats) == list(lite.feature_info)
    for name, f in feats.items():
        info = lite.feature_info[name]
        assert f.shape == (2, info.channels, 96 // info.stride, 128 // info.stride), name
    # The 1280-channel level is exactly what the package's own classifier pools.
    with torch.inference_mode():
        ref = lite.model.extract_features(x)
    torch.testing.assert_close(feats["c5_head"], ref)
    # Asking for shallow levels only skips the rest and gives the same values.
    with torch.inference_mode():
        part = lite(x, ("c2", "c3"))
    assert list(part) == ["c2", "c3"]
    torch.testing.assert_close(part["c3"], feats["c3"])


def test_lite0_stays_frozen_and_checks_input(lite):
    lite.train()
    assert not lite.training and not any(m.training for m in lite.modules())
    assert not any(p.requires_grad for p in lite.parameters())
    with pytest.raises(BackboneError, match="divisible by 32"):
        lite(torch.randn(1, 3, 100, 100))
    with pytest.raises(BackboneError, match="unknown level"):
        lite(torch.randn(1, 3, 64, 64), ("p9",))
    with pytest.raises(BackboneError, match="choose one of"):
        load_backbone("resnet1000")


def test_preprocess_keeps_aspect_pads_and_maps_back():
    cfg = PreprocessConfig()
    x, meta = preprocess_image(Image.new("RGB", (640, 480), (255, 0, 0)), cfg)
    assert x.shape == (3, 256, 320)
    assert meta.resized_size == (320, 240) and meta.input_size == (320, 256)
    # The padding is zero (the mean colour); the image is normalised red.
    assert float(x[:, 240:].abs().max()) == 0.0
    torch.testing.assert_close(
        x[:, 0, 0], torch.tensor([(1 - 0.485) / 0.229, -0.456 / 0.224, -0.406 / 0.225])
    )
    boxes = meta.boxes_to_original(
        torch.tensor([[0.0, 0.0, 160.0, 120.0], [300.0, 200.0, 330.0, 260.0]])
    )
    torch.testing.assert_close(
        boxes, torch.tensor([[0.0, 0.0, 320.0, 240.0], [600.0, 400.0, 640.0, 480.0]])
    )
    logits = torch.zeros(2, 64, 80)
    logits[1, :30, :40] = 1.0  # the top-left quarter of the valid region (stride 4)
    up = meta.map_to_original(logits, mode="nearest")
    assert up.shape == (2, 480, 640)
    assert up[1, :240, :320].all() and not up[1, 240:, :].any() and not up[1, :, 320:].any()
    # Small images are scaled up, large ones down; sides are always multiples of 32.
    for size in [(20, 10), (333, 1000), (4000, 3000)]:
        x, meta = preprocess_image(Image.new("RGB", size), cfg)
        assert x.shape[1] % 32 == 0 and x.shape[2] % 32 == 0
        assert 64 <= max(meta.resized_size) <= 320


def _resnet18_state(seed: int) -> dict[str, torch.Tensor]:
    import torchvision

    torch.manual_seed(seed)
    return torchvision.models.resnet18().state_dict()


def test_torch_home_checkpoint_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    path = torchvision_weights_file("resnet18")
    assert path == tmp_path / "hub" / "checkpoints" / "resnet18-f37072fd.pth"
    bb = B.build_backbone("resnet18")
    assert (
        not bb.pretrained
        and str(path) in bb.weights_note
        and bb.weights_note.startswith("random weights")
    )
    assert not {b.name: b for b in list_backbones()}["resnet18"].has_pretrained_weights

    state = _resnet18_state(123)
    path.parent.mkdir(parents=True)
    torch.save(state, path)
    assert {b.name: b for b in list_backbones()}["resnet18"].has_pretrained_weights
    bb = load_backbone("resnet18")
    assert bb.pretrained and str(path) in bb.weights_note
    got = dict(bb.named_parameters())
    torch.testing.assert_close(got["body.layer1.0.conv1.weight"], state["layer1.0.conv1.weight"])
    with torch.inference_mode():
        feats = bb(torch.randn(1, 3, 64, 64))
    assert {k: tuple(v.shape) for k, v in feats.items()} == {
        "c2": (1, 64, 16, 16), "c3": (1, 128, 8, 8), "c4": (1, 256, 4, 4), "c5": (1, 512, 2, 2),
    }  # fmt: skip
    assert load_backbone("resnet18") is bb  # cached


class _RunsCode:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_a_checkpoint_that_runs_code_is_refused(tmp_path):
    marker = tmp_path / "code_ran"
    evil = tmp_path / "evil.pth"
    torch.save({"conv.weight": torch.zeros(1), "payload": _RunsCode(str(marker))}, evil)
    with pytest.raises(WeightsError, match="refused") as e:
        load_state_dict_file(evil)
    assert str(e.value).startswith("evil.pth: ") and str(tmp_path) not in str(e.value)
    with pytest.raises(WeightsError, match="refused"):
        load_backbone("resnet18", weights=evil)
    assert not marker.exists()


def test_user_weights_files(tmp_path):
    from safetensors.torch import save_file

    state = _resnet18_state(7)
    st = tmp_path / "r18.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(st))
    bb = B.build_backbone("resnet18", weights=st)
    assert bb.pretrained and bb.weights_note == f"weights from {st}"  # the caller's own path
    torch.testing.assert_close(
        dict(bb.named_parameters())["body.conv1.weight"], state["conv1.weight"]
    )
    # A checkpoint wrapping its weights is unwrapped; a wrong one is named precisely.
    wrapped = tmp_path / "wrapped.pt"
    torch.save({"state_dict": state, "epoch": 3}, wrapped)
    assert load_state_dict_file(wrapped).keys() == state.keys()
    partial = tmp_path / "partial.pt"
    torch.save({k: v for k, v in state.items() if not k.startswith("fc.")}, partial)
    with pytest.raises(WeightsError, match="missing: fc.weight"):
        B.build_backbone("resnet18", weights=partial)
    junk = tmp_path / "junk.pth"
    junk.write_bytes(b"not a checkpoint")
    with pytest.raises(WeightsError, match="not a readable"):
        load_state_dict_file(junk)
    with pytest.raises(WeightsError, match="no such"):
        load_state_dict_file(tmp_path / "nope.pth")


def test_bounded_cache_evicts_least_recently_used():
    cache = BoundedCache(max_bytes=1000, max_items=3)
    for k in "abc":
        cache.put(k, torch.zeros(50))  # 200 bytes each
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("d", torch.zeros(50))  # over max_items: b goes
    assert list(cache.keys()) == ["c", "a", "d"]
    cache.put("e", torch.zeros(200))  # 800 bytes: over max_bytes, c and a go
    assert list(cache.keys()) == ["d", "e"] and cache.nbytes == 1000
    big = torch.zeros(1000)
    assert cache.put("big", big) is big  # larger than the bound alone: returned, not kept
    assert list(cache.keys()) == ["d", "e"] and cache.nbytes == 1000
    cache.put("d", torch.zeros(10))  # replacing an entry counts its new size only
    assert cache.nbytes == 840
    cache.discard(lambda key: key == "e")
    assert list(cache.keys()) == ["d"] and cache.nbytes == 40


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REQUIRED - {"efficientnet_lite0", "resnet18"}))
def test_every_backbone_gives_its_levels(name):
    bb = B.build_backbone(name)
    x, _ = bb.preprocess(Image.new("RGB", (200, 150), (10, 200, 30)))
    with torch.inference_mode():
        feats = bb(x[None])
    assert list(feats) == list(bb.feature_info)
    for level, f in feats.items():
        info = bb.feature_info[level]
        if info.kind.value == "tokens":
            assert f.shape == (1, 1 + (224 // 16) ** 2, info.channels)
        else:
            assert f.shape == (
                1,
                info.channels,
                x.shape[1] // info.stride,
                x.shape[2] // info.stride,
            )


def test_prepare_batches_images_of_different_sizes():
    from designer.inference import TinyBackbone

    bb = TinyBackbone()
    batch, metas = bb.prepare([Image.new("RGB", (200, 100)), Image.new("RGB", (50, 120))])
    assert batch.shape == (2, 3, 128, 128)
    assert [m.input_size for m in metas] == [(128, 64), (64, 128)]
    assert [m.resized_size for m in metas] == [(128, 64), (50, 120)]  # only the large one shrinks
    with torch.inference_mode():
        feats = bb(batch)
    assert feats["c4"].shape == (2, 16, 8, 8) and feats["c5"].shape == (2, 32, 4, 4)


# ---------------------------------------------------------------------------------------------
# Declared sizes are checked before anything is materialised
# ---------------------------------------------------------------------------------------------


def _safetensors(header: dict, data: bytes = b"") -> bytes:
    import json
    import struct

    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + data


def _refuse_loading(monkeypatch):
    """Make any tensor loading fail the test: the refusal must come from the declared sizes."""
    import safetensors.torch

    def boom(*args, **kwargs):
        raise AssertionError("tensors were loaded before the declared sizes were checked")

    monkeypatch.setattr(torch, "load", boom)
    monkeypatch.setattr(safetensors.torch, "load_file", boom)


@pytest.mark.parametrize(
    ("header", "data", "message"),
    [
        (
            {"w": {"dtype": "F32", "shape": [100_000, 100_000], "data_offsets": [0, 16]}},
            b"\0" * 16,
            r"tensor 'w': declares F32 \[100000, 100000\] \(37.3 GB\), over the limit of 1.0 GB",
        ),
        (
            {"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 32]}},
            b"\0" * 16,
            r"tensor 'w': declares F32 \[4\] \(16 bytes\) at bytes 0..32, but the file holds 16",
        ),
        (
            {"w": {"dtype": "F128", "shape": [1], "data_offsets": [0, 16]}},
            b"\0" * 16,
            r"tensor 'w': unknown dtype 'F128'; known: BOOL, U8",
        ),
        (
            {"w": {"dtype": "F32", "shape": [-1, 4], "data_offsets": [0, 16]}},
            b"\0" * 16,
            "shape must be a list of non-negative integers",
        ),
        (
            {"w": {"dtype": "F32", "shape": [True], "data_offsets": [0, 4]}},
            b"\0" * 4,
            "shape must be a list of non-negative integers",
        ),
        ({"w": [1, 2]}, b"", "its header entry is not an object"),
        ({"w": {"dtype": "F32", "shape": [1]}}, b"\0" * 4, r"data_offsets must be \[start, end\]"),
    ],
    ids=["huge_shape", "offsets_past_the_data", "unknown_dtype", "negative_dim", "bool_dim",
         "entry_not_object", "no_offsets"],
)  # fmt: skip
def test_safetensors_header_is_checked_before_reading(tmp_path, monkeypatch, header, data, message):
    path = tmp_path / "weights.safetensors"
    path.write_bytes(_safetensors(header, data))
    _refuse_loading(monkeypatch)
    with pytest.raises(WeightsError, match=message) as e:
        load_state_dict_file(path)
    assert str(e.value).startswith("weights.safetensors: ") and str(tmp_path) not in str(e.value)


def test_safetensors_header_framing(tmp_path, monkeypatch):
    import struct

    _refuse_loading(monkeypatch)
    cases = {
        "short.safetensors": b"\x10\0\0",
        "long_header.safetensors": struct.pack("<Q", 10**6) + b"{}",
        "deep.safetensors": struct.pack("<Q", 200_000) + b"[" * 200_000,
        "array.safetensors": struct.pack("<Q", 2) + b"[]",
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(WeightsError, match=f"^{name}: not .*safetensors file"):
            load_state_dict_file(tmp_path / name)


def test_total_of_safetensors_tensors_is_bounded(tmp_path):
    from safetensors.torch import save_file

    path = tmp_path / "two.safetensors"
    save_file({"a": torch.zeros(100), "b": torch.zeros(100)}, str(path))
    assert set(load_state_dict_file(path, max_bytes=800)) == {"a", "b"}
    with pytest.raises(WeightsError, match="holds 0.0 MB of tensors, over the limit"):
        load_state_dict_file(path, max_bytes=799)


def _rezip(src, dst, compress_type=None, flag_bits=0):
    """Copy a torch.save archive, deflating its tensor records (what torch never writes)."""
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            new = zipfile.ZipInfo(info.filename, info.date_time)
            is_record = "/data/" in info.filename
            new.compress_type = compress_type if is_record and compress_type else 0
            zout.writestr(new, data)
            if is_record and flag_bits:
                zout.getinfo(info.filename).flag_bits |= flag_bits
    return dst


def test_a_deflated_tensor_record_is_refused_before_unpickling(tmp_path, monkeypatch):
    """A 16 MB zero tensor deflates to 16 kB: torch would inflate it before any shape check."""
    import zipfile

    plain = tmp_path / "plain.pt"
    torch.save({"fc.weight": torch.zeros(2048, 2048)}, plain)
    bomb = _rezip(plain, tmp_path / "small.pt", zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 40_000 < 16 * 2**20
    assert torch.load(bomb, weights_only=True)["fc.weight"].shape == (2048, 2048)  # it would load
    _refuse_loading(monkeypatch)
    with pytest.raises(WeightsError, match=r"^small.pt: record '.*data/0' is compressed"):
        load_state_dict_file(bomb)
    with pytest.raises(WeightsError, match="is compressed"):
        load_backbone("resnet18", weights=bomb)


def test_torch_archive_records_are_bounded_and_never_encrypted(tmp_path, monkeypatch):
    plain = tmp_path / "plain.pt"
    torch.save({"w": torch.zeros(1000)}, plain)
    assert load_state_dict_file(plain)["w"].shape == (1000,)
    locked = _rezip(plain, tmp_path / "locked.pt", flag_bits=0x1)
    _refuse_loading(monkeypatch)
    with pytest.raises(WeightsError, match="^locked.pt: record .* is encrypted"):
        load_state_dict_file(locked)
    with pytest.raises(WeightsError, match="^plain.pt: holds .* of records, over the limit"):
        load_state_dict_file(plain, max_bytes=3000)


def test_hostile_weights_through_the_predictor_and_the_cli(tmp_path, capsys):
    import zipfile

    import heads
    from designer import cli
    from designer.inference import Predictor, TinyBackbone

    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(32, 32)}, num_classes=3)
    plain = tmp_path / "head.pt"
    torch.save(heads.GraphHead(spec).state_dict(), plain)
    bomb = _rezip(plain, tmp_path / "head_bomb.pt", zipfile.ZIP_DEFLATED)
    huge = tmp_path / "huge.safetensors"
    huge.write_bytes(
        _safetensors({"classifier.fc.weight": {"dtype": "F32", "shape": [2**20, 2**20],
                                               "data_offsets": [0, 4]}}, b"\0" * 4)
    )  # fmt: skip
    p = Predictor(backbone=TinyBackbone())
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(spec.to_json())
    for bad in (bomb, huge):
        with pytest.raises(WeightsError, match=f"^{bad.name}: "):
            p.predict(Image.new("RGB", (64, 64)), spec, bad)
        out = tmp_path / "out.safetensors"
        rc = cli.main(["export", str(spec_file), "-o", str(tmp_path / "h.py"),
                       "--from-weights", str(bad), "--weights", str(out)])  # fmt: skip
        err = capsys.readouterr().err
        assert rc == 1 and f"{bad.name}: " in err and "Traceback" not in err
        assert not out.exists()


def test_weights_file_names_match_torchvision_and_need_no_torchvision_import():
    import subprocess
    import sys

    import torchvision

    for name in B.backbone_names():
        if B._ZOO[name].family == "lite":
            continue
        url = torchvision.models.get_model_weights(name).DEFAULT.url
        assert torchvision_weights_file(name).name == url.rsplit("/", 1)[-1], name
    # Describing the zoo (what the app does on its first page) leaves torchvision unimported.
    code = (
        "import sys; from designer import backbones as b; b.list_backbones(); "
        "b.backbone_info('resnet50'); print('torchvision' in sys.modules)"
    )
    import os
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False"
