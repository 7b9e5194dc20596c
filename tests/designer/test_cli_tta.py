"""``model-heads predict``: the command line's results equal the Predictor's with the same
test-time augmentation and sliced-inference options."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

import heads
from designer import cli
from designer.data.shapes import make_sample
from designer.inference import HeadBundle, Predictor, TinyBackbone
from designer.tta_inference import TTAOptions


@pytest.fixture()
def tiny(monkeypatch):
    bb = TinyBackbone()
    monkeypatch.setattr(cli, "make_predictor", lambda name, weights: Predictor(bb))
    return bb


def _bundle(tmp_path, bb, preset, **kw):
    torch.manual_seed(0)
    spec = heads.get_preset(preset, bb.feature_info, num_classes=5, **kw)
    head = heads.GraphHead(spec)
    names = ("circle", "square", "triangle", "star", "hexagon")
    path = HeadBundle(spec, head.state_dict(), names, backbone="tiny").save(
        tmp_path / "h.safetensors"
    )
    return spec, head.state_dict(), names, path


def _image(tmp_path, size=200):
    path = tmp_path / "shapes.png"
    make_sample(0, 3, size=size).image.save(path)
    return path


def _cli(capsys, *argv) -> tuple[int, dict, str]:
    rc = cli.main(["predict", *map(str, argv)])
    out = capsys.readouterr()
    return rc, (json.loads(out.out) if rc == 0 else {}), out.err


CASES = [
    (["--tta"], TTAOptions(hflip=True, scales=(1.0, 1.25))),
    (["--flip"], TTAOptions(hflip=True)),
    (["--scales", "0.75,1.5"], TTAOptions(scales=(0.75, 1.5))),
    (["--tta", "--scales", "1,1.5"], TTAOptions(scales=(1.0, 1.5))),
    (["--sliced", "--tile", "96", "--overlap", "0.25"], TTAOptions(sliced=True, tile=96, overlap=0.25)),
    (["--sliced", "--tile", "64", "--no-whole-image"], TTAOptions(sliced=True, tile=64, whole_image=False)),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "opts"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_detection_options_give_the_predictors_result(tmp_path, capsys, tiny, argv, opts):
    spec, state, names, bundle = _bundle(tmp_path, tiny, "fcos_lite", channels=16)
    image = _image(tmp_path)
    rc, got, err = _cli(capsys, image, bundle, "--score-threshold", "0.05", *argv)
    assert rc == 0, err
    want = Predictor(tiny).predict(
        Image.open(image), spec, state, class_names=names, score_threshold=0.05, tta=opts
    )
    assert got["data"]["detections"] == want.data["detections"]
    assert got["data"]["tta"] == want.data["tta"] and got["data"]["tta"]
    plain = Predictor(tiny).predict(Image.open(image), spec, state, score_threshold=0.05)
    assert got["data"]["detections"] != plain.data["detections"]  # the options did something


def test_segmentation_flip_and_overlay_file(tmp_path, capsys, tiny):
    spec, state, names, bundle = _bundle(tmp_path, tiny, "fcn")
    image = _image(tmp_path, 160)
    out = tmp_path / "overlay.png"
    rc, got, err = _cli(capsys, image, bundle, "--flip", "--scales", "1,1.25", "-o", out)
    assert rc == 0, err
    want = Predictor(tiny).predict(
        Image.open(image),
        spec,
        state,
        class_names=names,
        tta=TTAOptions(hflip=True, scales=(1.0, 1.25)),
    )
    assert got["data"]["classes"] == want.data["classes"]
    np.testing.assert_array_equal(np.asarray(Image.open(out)), np.asarray(want.overlay))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--scales", "3"], "scales must be between"),
        (["--scales", "a,b"], "--scales must be numbers"),
        (["--sliced", "--tile", "100"], "multiple of 32"),
    ],
)
def test_bad_options_are_one_line_errors(tmp_path, capsys, tiny, argv, message):
    _, _, _, bundle = _bundle(tmp_path, tiny, "fcos_lite", channels=16)
    rc, _, err = _cli(capsys, _image(tmp_path), bundle, *argv)
    assert rc == 1 and message in err and err.count("\n") == 1


def test_sliced_classification_is_refused(tmp_path, capsys, tiny):
    _, _, _, bundle = _bundle(tmp_path, tiny, "linear")
    rc, _, err = _cli(capsys, _image(tmp_path), bundle, "--sliced")
    assert rc == 1 and "sliced inference is for detection and segmentation" in err
