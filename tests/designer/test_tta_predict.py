"""Test-time augmentation and sliced inference in the prediction pipeline (a tiny backbone)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from PIL import Image

import heads
from designer.inference import Predictor, TinyBackbone
from designer.tta_inference import TTAOptions, check_tta


@pytest.fixture(scope="module")
def predictor():
    return Predictor(backbone=TinyBackbone())


def _picture(seed: int = 0, size: int = 128) -> Image.Image:
    # Sides equal to the tiny backbone's 128-pixel input: no resizing, no padding, so a flipped
    # picture's input is exactly the flipped input.
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 255, (size, size, 3), dtype=np.uint8)
    a[20:70, 30:90] = (230, 40, 40)
    return Image.fromarray(a)


def _spec(predictor, preset: str, k: int = 4):
    return heads.get_preset(preset, predictor.feature_info, num_classes=k)


def test_flip_tta_averages_the_logits_of_the_image_and_its_mirror(predictor):
    spec = _spec(predictor, "linear", 5)
    img = _picture()

    def probs(image, tta=None):
        top = predictor.predict(image, spec, topk=5, tta=tta).data["topk"]
        return torch.tensor([d["score"] for d in sorted(top, key=lambda d: d["label"])])

    plain, mirrored = probs(img), probs(img.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    # softmax(mean of logits) = softmax(mean of log-probabilities): the normaliser cancels.
    expected = torch.softmax((plain.log() + mirrored.log()) / 2, 0)
    got = probs(img, TTAOptions(hflip=True))
    assert torch.allclose(got, expected, atol=2e-5), (got, expected)
    assert not torch.allclose(plain, mirrored, atol=1e-3)  # the mirror is another picture


def test_one_tile_is_plain_inference(predictor):
    img = _picture(1)
    one_tile = TTAOptions(sliced=True, tile=128, overlap=0.2)
    seg = _spec(predictor, "lite_unet")
    plain = predictor.predict(img, seg)
    sliced = predictor.predict(img, seg, tta=one_tile)
    assert sliced.data["tta"]["tiles"] == 1 and not sliced.data["tta"]["whole_image_pass"]
    np.testing.assert_array_equal(sliced.mask, plain.mask)
    det = _spec(predictor, "fcos_lite")
    a = predictor.predict(img, det, score_threshold=0.05).data["detections"]
    b = predictor.predict(img, det, score_threshold=0.05, tta=one_tile).data["detections"]
    assert len(a) == len(b) > 0
    for x, y in zip(a, b):
        assert x["label"] == y["label"] and math.isclose(x["score"], y["score"], abs_tol=1e-5)
        assert np.allclose(x["box"], y["box"], atol=0.02)


def test_tiles_cover_a_large_image_at_its_own_resolution(predictor):
    img = _picture(2, size=400)  # the plain path shrinks it to 128
    det = _spec(predictor, "fcos_lite")
    p = predictor.predict(img, det, tta=TTAOptions(sliced=True, tile=128, overlap=0.25))
    ran = p.data["tta"]
    assert ran["working_size"] == [400, 400] and ran["whole_image_pass"]
    # The input is padded to 416; tiles of 128 start every 96 px, the last at 416 - 128:
    # 0, 96, 192, 288 per side.
    assert ran["tiles"] == 16
    assert all(0 <= v <= 400 for d in p.data["detections"] for v in d["box"])


def test_views_are_cached_and_only_the_merge_reruns(predictor):
    img = _picture(3)
    det = _spec(predictor, "fcos_lite")
    tta = TTAOptions(hflip=True, scales=(1.0, 1.25))
    first = predictor.predict(img, det, score_threshold=0.05, tta=tta)
    assert [v["size"] for v in first.data["tta"]["views"]] == [[128, 128], [128, 128],
                                                               [160, 160], [160, 160]]  # fmt: skip
    assert first.timings["backbone"] > 0 and not first.data["cached"]["outputs"]
    again = predictor.predict(img, det, score_threshold=0.3, tta=tta)
    assert again.data["cached"]["outputs"] and again.timings["backbone"] == 0
    assert len(again.data["detections"]) <= len(first.data["detections"])
    assert all(d["score"] > 0.3 for d in again.data["detections"])
    # The same options in another order are the same views (one cache entry).
    same = predictor.predict(img, det, tta=TTAOptions(hflip=True, scales=(1.25, 1.0)))
    assert same.data["cached"]["outputs"]
    # Plain options are plain inference.
    plain = predictor.predict(img, det, tta=TTAOptions())
    assert plain.data["tta"] is None


@pytest.mark.parametrize(
    "opts, task, match",
    [
        (TTAOptions(scales=(3.0,)), "detection", "scales must be between 0.5 and 2"),
        (TTAOptions(scales=(0.5, 0.75, 1.0, 1.25, 1.5)), "detection", "at most 4 scales"),
        (TTAOptions(sliced=True, tile=100), "detection", "multiple of 32 in 64..1024"),
        (TTAOptions(sliced=True, overlap=0.8), "segmentation", "overlap must be between 0 and 0.5"),
        (TTAOptions(sliced=True), "classification", "for detection and segmentation"),
    ],
)
def test_bad_options_are_named(opts, task, match):
    with pytest.raises(ValueError, match=match):
        check_tta(opts, task)


def test_a_fixed_size_backbone_takes_the_flip_only():
    assert check_tta(TTAOptions(hflip=True), "classification", fixed_size=True).hflip
    with pytest.raises(ValueError, match="one input size only"):
        check_tta(TTAOptions(scales=(1.0, 1.25)), "classification", fixed_size=True)
