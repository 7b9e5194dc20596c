"""The SSDLite pretrained start equals torchvision's ``ssdlite320_mobilenet_v3_large`` end to
end, with the same (random) weights: the 320x320 resize, MobileNetV3 and its extra blocks, the
transplanted head, default boxes, softmax decoding and the boxes mapped back to the image.

As in ``test_pretrained_parity.py``, a random-weight checkpoint is written under the real file
name in a temporary ``TORCH_HOME``; torchvision's reference is its builder with
``weights=DEFAULT`` (it finds the file: no download), the service :func:`load_pretrained`. The
norms' statistics come from a batch of images (random MobileNet features collapse otherwise)
and the class predictor is scaled so that some softmax scores pass 0.6: the comparison is of
confident detections, with no cap in play.
"""

from __future__ import annotations

import pytest
import torch
import torchvision

from designer import pretrained as P
from tests.designer.test_pretrained_parity import (
    _assert_same_detections,
    _image,
    _normalise_batchnorms,
)

NAME = "ssdlite320_mobilenet_v3_large"
SETTINGS = {"score_threshold": 0.6, "detections_per_img": 1000, "topk_candidates": 1000}
TV_SETTINGS = {"score_thresh": 0.6, "detections_per_img": 1000, "topk_candidates": 1000}


def _checkpoint() -> None:
    d = P.get_pretrained(NAME)
    torch.manual_seed(0)
    model = torchvision.models.get_model(
        NAME, weights=None, weights_backbone=None, num_classes=d.torchvision_num_classes
    ).eval()
    to_tensor = d.weights.transforms()
    images, _ = model.transform([to_tensor(_image(300, 400, 90)), to_tensor(_image(400, 300, 91))])
    _normalise_batchnorms(model, images.tensors)
    with torch.no_grad():
        calibration, _ = model.transform([to_tensor(_image(480, 640, 99))])
        logits = model.head(list(model.backbone(calibration.tensors).values()))["cls_logits"]
        for block in model.head.classification_head.module_list:
            block[1].weight.mul_(2.0 / logits.std())  # logits of spread 2: a few clear winners
    path = P.weights_path(NAME)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """(torchvision's model, the service) over one random checkpoint in a temporary home."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TORCH_HOME", str(tmp_path_factory.mktemp("torch_home")))
        P.clear_cache()
        _checkpoint()
        d = P.get_pretrained(NAME)
        ref = torchvision.models.get_model(NAME, weights=d.weights, **TV_SETTINGS).eval()
        yield ref, P.load_pretrained(NAME)
    P.clear_cache()


def _expected(ref, images) -> list[dict]:
    to_tensor = P.get_pretrained(NAME).weights.transforms()
    with torch.no_grad():
        out = ref([to_tensor(im) for im in images])
    for det in out:
        det["labels"] = det["labels"] - 1  # torchvision's 0 is the background
    return out


def test_the_start_is_listed_with_object_class_names():
    d = P.get_pretrained(NAME)
    assert d.task.value == "detection" and d.family is P.Family.SSD
    assert d.file_name == "ssdlite320_mobilenet_v3_large_coco-a79551df.pth"
    assert d.class_names[0] == "person" and len(d.class_names) == 90
    assert d.torchvision_num_classes == 91
    assert NAME in {i.name for i in P.list_pretrained()}


@pytest.mark.parametrize("size", [(480, 640), (333, 517), (320, 320)], ids=str)
def test_detections_equal_torchvision(pair, size):
    ref, svc = pair
    image = _image(*size, seed=size[0])
    expected = _expected(ref, [image])[0]
    got = svc.detect([image], **SETTINGS)[0]
    assert len(expected["scores"]) >= 3  # confident detections to compare
    _assert_same_detections(got, expected)
    # the names are torchvision's categories
    names = svc.bundle.class_names
    categories = P.get_pretrained(NAME).weights.meta["categories"]
    assert [names[i] for i in got["labels"]] == [categories[i + 1] for i in got["labels"]]


def test_every_image_is_resized_to_320_and_a_batch_equals_one_at_a_time(pair):
    ref, svc = pair
    images = [_image(333, 517, 333), _image(480, 640, 480)]  # two with confident boxes
    x, metas = svc.backbone.prepare(images)
    assert tuple(x.shape) == (2, 3, 320, 320)
    assert [m.resized_size for m in metas] == [(320, 320), (320, 320)]
    for got, expected in zip(svc.detect(images, **SETTINGS), _expected(ref, images)):
        _assert_same_detections(got, expected)


def test_the_start_keeps_torchvisions_settings_and_head(pair):
    ref, svc = pair
    assert svc.post == {
        "score_threshold": 0.001, "iou_threshold": 0.55, "detections_per_img": 300,
        "topk_candidates": 300,
    }  # fmt: skip
    spec = svc.bundle.spec
    assert [n.block for n in spec.nodes] == ["ssd_head"]
    assert spec.node("head").params.predictor.value == "separable"
    assert svc.backbone.config.mean == (0.5, 0.5, 0.5)
    with pytest.raises(P.PretrainedError, match="fixed input size"):
        P.build_pretrained(NAME, min_size=200)


def test_predict_path_gives_torchvision_boxes(pair):
    ref, svc = pair
    image = _image(480, 640, 480)
    expected = _expected(ref, [image])[0]
    pred = svc.predict(image, score_threshold=0.6, max_detections=1000)
    dets = pred.data["detections"]
    got = {
        "boxes": torch.tensor([d["box"] for d in dets]),
        "scores": torch.tensor([d["score"] for d in dets]),
        "labels": torch.tensor([d["label"] for d in dets]),
    }
    assert len(dets) == len(expected["scores"]) > 0
    torch.testing.assert_close(got["scores"].sort().values, expected["scores"].sort().values,
                               atol=1e-4, rtol=0)  # fmt: skip
    for box, label in zip(expected["boxes"], expected["labels"]):
        same = got["labels"] == label
        assert (got["boxes"][same] - box).abs().max(dim=1).values.min() < 0.02


def test_the_app_starts_from_it_and_says_how_it_resizes(pair):
    from designer import session as ss
    from designer import starts

    backends = ss.Backends()
    session = ss.initial_session(backends, "detection")
    new, msg = starts.choose_pretrained(session, NAME, backends=backends)
    assert "resized to 320x320 px whatever its aspect" in msg and "shorter side" not in msg, msg
    assert new.pretrained.name == NAME
    same, msg = starts.choose_pretrained(new, NAME, min_size=300, backends=backends)
    assert same is new and msg.startswith("Not started") and "320x320" in msg, msg
