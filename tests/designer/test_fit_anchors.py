"""``model-heads fit-anchors``: boxes as training sees them, the fitted design, the picture."""

from __future__ import annotations

import json

import pytest
import torch
from PIL import Image

import heads
from designer import cli
from designer.data.formats import load_coco, load_shapes
from designer.fit_anchors import training_boxes
from heads.anchor_fit import anchor_config


def _coco(tmp_path, boxes, size=(400, 200)):
    """A COCO file of one image of ``size`` with ``boxes`` ([x, y, w, h])."""
    (tmp_path / "images").mkdir()
    Image.new("RGB", size, "gray").save(tmp_path / "images" / "a.png")
    data = {
        "images": [{"id": 1, "file_name": "a.png", "width": size[0], "height": size[1]}],
        "annotations": [
            {"id": i, "image_id": 1, "category_id": 3, "bbox": b} for i, b in enumerate(boxes)
        ],
        "categories": [{"id": 3, "name": "thing"}],
    }
    path = tmp_path / "train.json"
    path.write_text(json.dumps(data))
    return path


def test_training_boxes_are_in_the_square_training_input(tmp_path):
    path = _coco(tmp_path, [[40, 20, 100, 50], [0, 0, 400, 200]])
    boxes, sizes, owner = training_boxes(load_coco(path), 256)
    # 400x200 stretched to 256x256: x * 0.64, y * 1.28
    assert torch.allclose(boxes, torch.tensor([[25.6, 25.6, 89.6, 89.6], [0, 0, 256, 256]]))
    assert sizes.tolist() == [[256.0, 256.0]] * 2 and owner.tolist() == [0, 0]
    ds = load_shapes("detection", n=3)
    b, _, owner = training_boxes(ds, 256)
    assert torch.equal(b, torch.cat([torch.tensor(s.boxes) for s in ds.train]))


def test_cli_writes_the_fitted_design_and_the_picture(tmp_path, capsys):
    out, png = tmp_path / "fitted.json", tmp_path / "anchors.png"
    assert cli.main(["fit-anchors", "--data", "shapes", "--shapes-images", "40", "--generations",
                     "20", "-o", str(out), "--image", str(png)]) == 0  # fmt: skip
    text = capsys.readouterr().out
    assert "recall" in text and text.count("\n") >= 4
    spec = heads.HeadSpec.from_json(out.read_text())
    base = heads.get_preset("retinanet_lite", num_classes=5)  # the data's five classes
    assert spec.with_params("head", anchor_sizes=(32.0, 64.0, 128.0),
                            aspect_ratios=(0.5, 1.0, 2.0)) == base  # fmt: skip
    assert anchor_config(spec) != anchor_config(base)
    with Image.open(png) as im:
        assert im.size[0] > 2 * 256 and im.mode == "RGB"


def test_cli_json_on_a_coco_file(tmp_path, capsys):
    boxes = [[x, 10, 12, 40] for x in range(10, 380, 20)]  # tall boxes
    path = _coco(tmp_path, boxes, size=(400, 400))
    assert cli.main(["fit-anchors", "--data", str(path), "--generations", "20", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["boxes"] == len(boxes)
    assert min(data["after"]["aspect_ratios"]) > 1.5
    assert data["after"]["recall"] >= data["before"]["recall"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--design", "fcos_lite"], "anchor-based head"),
        (["--size", "100"], "multiple of 32"),
        (["-o", "x.txt"], "must be a .json file"),
        (["--image-index", "999", "--image", "a.png"], "not a training image with boxes"),
    ],
)
def test_cli_errors_are_one_line(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = ["fit-anchors", "--data", "shapes", "--shapes-images", "5", "--generations", "0"]
    assert cli.main(argv + args) == 1
    err = capsys.readouterr().err
    assert err.startswith("model-heads fit-anchors: error:") and message in err
