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
    assert str(evil) in str(e.value)
    with pytest.raises(WeightsError, match="refused"):
        load_backbone("resnet18", weights=evil)
    assert not marker.exists()


def test_user_weights_files(tmp_path):
    from safetensors.torch import save_file

    state = _resnet18_state(7)
    st = tmp_path / "r18.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(st))
    bb = B.build_backbone("resnet18", weights=st)
    assert bb.pretrained and bb.weights_note == f"weights from {st}"
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
