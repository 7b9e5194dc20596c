"""Pretrained starts equal torchvision's models end to end, with the same (random) weights.

Each test writes a random-weight checkpoint under the real file name into a temporary
``TORCH_HOME``; torchvision's reference is then its own builder with ``weights=DEFAULT``, which
finds the file in its cache (no download), and the service is :func:`load_pretrained` on the same
file. Images of 480x640, 333x517 and 128x256 (the last a multiple of 128 at the model input)
are resized small (detection ``min_size=128, max_size=256``; segmentation ``resize_size=64``) on
both sides, which torchvision allows through the same builder arguments.

Random detection weights score every anchor near the prior (0.01); the checkpoint's classifier
is rescaled so logits spread as N(-3, 1) on a calibration image, and both sides keep scores
above 0.7 with no candidate or output cap in play: the comparison is of the detections, not of
which near-equal scores a cap cuts.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torchvision
from PIL import Image

from designer import pretrained as P

DETECTION = ["retinanet_resnet50_fpn", "retinanet_resnet50_fpn_v2", "fcos_resnet50_fpn"]
SEGMENTATION = [
    "deeplabv3_resnet50",
    "deeplabv3_resnet101",
    "deeplabv3_mobilenet_v3_large",
    "fcn_resnet50",
    "lraspp_mobilenet_v3_large",
]
SIZES = [(480, 640), (333, 517), (128, 256)]  # (H, W)
DET_SIZE = {"min_size": 128, "max_size": 256}
SETTINGS = {"score_threshold": 0.7, "detections_per_img": 1000, "topk_candidates": 1000}
TV_SETTINGS = {"score_thresh": 0.7, "detections_per_img": 1000, "topk_candidates": 1000}


def _image(h: int, w: int, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    # Smooth random colour fields: image-like statistics rather than pixel noise.
    small = rng.integers(0, 256, (max(2, h // 16), max(2, w // 16), 3), dtype=np.uint8)
    return Image.fromarray(small).resize((w, h), Image.BICUBIC)


def _normalise_batchnorms(model: torch.nn.Module, images: torch.Tensor) -> None:
    """Set every norm's running statistics to those of ``images`` (one training-mode pass), so
    random features stay O(1) through a deep ResNet instead of growing layer by layer."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    for m in norms:
        m.momentum = 1.0  # the running statistics become this batch's
    model.backbone.train()
    with torch.no_grad():
        model.backbone(images)
    model.eval()
    for m in norms:
        m.momentum = 0.1


def _calibrate(model: torch.nn.Module) -> None:
    """Rescale the classifier so its logits are N(-3, 1) on a calibration image."""
    cls = model.head.classification_head.cls_logits
    x = torchvision.transforms.functional.pil_to_tensor(_image(480, 640, 99)).float() / 255
    with torch.no_grad():
        images, _ = model.transform([x])
        logits = model.head(list(model.backbone(images.tensors).values()))["cls_logits"]
        mean, std = logits.mean(), logits.std()
        cls.weight.mul_(1 / std)
        cls.bias.copy_(-3.0 - (mean - cls.bias) / std)


def _checkpoint(name: str) -> None:
    """A random-weight checkpoint of ``name`` at torchvision's cache path."""
    d = P.get_pretrained(name)
    torch.manual_seed(0)
    kwargs = dict(d.build_kwargs, num_classes=len(d.class_names))
    if d.task.value == "detection":
        kwargs.update(DET_SIZE)
    model = torchvision.models.get_model(name, weights=None, weights_backbone=None, **kwargs)
    if d.task.value == "detection":
        images, _ = model.eval().transform([torch.rand(3, 128, 192), torch.rand(3, 128, 192)])
        _normalise_batchnorms(model, images.tensors)
        _calibrate(model)
    else:
        _normalise_batchnorms(model, torch.randn(2, 3, 64, 96))
    path = P.weights_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)


@pytest.fixture(scope="module")
def torch_home(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        home = tmp_path_factory.mktemp("torch_home")
        mp.setenv("TORCH_HOME", str(home))
        P.clear_cache()
        yield home
    P.clear_cache()


@pytest.fixture(scope="module")
def pair(torch_home):
    """``pair(name)``: (torchvision's model, the service) over one random checkpoint."""
    made: dict[str, tuple] = {}

    def get(name: str) -> tuple:
        if name not in made:
            made.clear()  # one pair at a time: each holds a ResNet or two
            _checkpoint(name)
            if P.get_pretrained(name).task.value == "detection":
                made[name] = (
                    _reference(name, **DET_SIZE, **TV_SETTINGS),
                    P.build_pretrained(name, **DET_SIZE),
                )
            else:
                made[name] = (_reference(name), P.build_pretrained(name, resize_size=64))
        return made[name]

    return get


def _reference(name: str, **kwargs) -> torch.nn.Module:
    d = P.get_pretrained(name)
    return torchvision.models.get_model(name, weights=d.weights, **kwargs).eval()


def _decided(logits: torch.Tensor, margin: float) -> torch.Tensor:
    """Pixels whose top two logits differ by more than ``margin``: where rounding cannot
    change the argmax."""
    top2 = logits.topk(2, dim=0).values
    return (top2[0] - top2[1]) > margin


def _assert_same_detections(ours: dict, ref: dict) -> None:
    assert len(ref["scores"]) > 0, "no reference detections: nothing compared"
    assert len(ours["scores"]) == len(ref["scores"])
    a = ours["scores"].argsort(descending=True)
    b = ref["scores"].argsort(descending=True)
    torch.testing.assert_close(ours["scores"][a], ref["scores"][b], atol=1e-4, rtol=0)
    # Order among near-equal scores may differ: match each detection to the nearest of the
    # same label instead of by rank.
    for box, label in zip(ref["boxes"], ref["labels"]):
        same = ours["labels"] == label
        assert same.any(), f"no detection of label {int(label)}"
        err = (ours["boxes"][same] - box).abs().max(dim=1).values.min()
        assert err < 1e-2, f"box {box.tolist()} (label {int(label)}) is {float(err):.4f} px off"


#: At 128x256 the random checkpoints of RetinaNet v1 and FCOS still give enough scores above
#: the threshold to reach a cap, where near-equal scores decide what is cut: not yet compared.
CAPPED = pytest.mark.xfail(reason="detections reach a cap at 128x256 (test calibration)")


@pytest.mark.parametrize("size", [*SIZES[:2], pytest.param(SIZES[2], marks=CAPPED)], ids=str)
@pytest.mark.parametrize("name", DETECTION)
def test_detection_matches_torchvision(pair, name, size):
    ref, svc = pair(name)
    d = P.get_pretrained(name)
    image = _image(*size, SIZES.index(size))
    with torch.no_grad():
        expected = ref([d.weights.transforms()(image)])[0]
    got = svc.detect([image], **SETTINGS)[0]
    _assert_same_detections(got, expected)


def test_batch_padding_matches_torchvision(pair):
    name = "retinanet_resnet50_fpn"
    ref, svc = pair(name)
    images = [_image(333, 517, 5), _image(480, 640, 6)]
    to_tensor = P.get_pretrained(name).weights.transforms()
    with torch.no_grad():
        expected = ref([to_tensor(im) for im in images])
    got = svc.detect(images, **SETTINGS)
    x, metas = svc.backbone.prepare(images)
    # One batch padded to a multiple of 32 over both images, as torchvision's batch_images.
    assert tuple(x.shape[-2:]) == (128, 224) and [m.resized_size for m in metas] == [
        (198, 128),
        (170, 128),
    ]
    for g, e in zip(got, expected):
        _assert_same_detections(g, e)


def test_predict_path_gives_torchvision_boxes(pair):
    name = "fcos_resnet50_fpn"
    ref, svc = pair(name)
    image = _image(480, 640, 3)
    with torch.no_grad():
        expected = ref([P.get_pretrained(name).weights.transforms()(image)])[0]
    pred = svc.predict(image, score_threshold=0.7, max_detections=1000)
    assert pred.task == "detection" and not any("random" in n for n in pred.notes)
    dets = pred.data["detections"]
    got = {
        "boxes": torch.tensor([d["box"] for d in dets]),
        "scores": torch.tensor([d["score"] for d in dets]),
        "labels": torch.tensor([d["label"] for d in dets]),
    }
    assert len(dets) == len(expected["scores"]) > 0
    torch.testing.assert_close(
        got["scores"].sort().values, expected["scores"].sort().values, atol=1e-4, rtol=0
    )
    for box, label in zip(expected["boxes"], expected["labels"]):
        err = (got["boxes"][got["labels"] == label] - box).abs().max(dim=1).values.min()
        assert err < 0.02  # the prediction's boxes are rounded to 0.01 px
    names = P.get_pretrained(name).class_names
    assert all(d["name"] == names[d["label"]] for d in dets)


@pytest.mark.parametrize("name", SEGMENTATION)
def test_segmentation_matches_torchvision(pair, name):
    ref, svc = pair(name)
    transform = P.get_pretrained(name).weights.transforms(resize_size=64)
    # ResNet-101 is ResNet-50's head on a deeper body: one size keeps the test short.
    for i, (h, w) in enumerate(SIZES[:1] if "101" in name else SIZES[:2]):
        image = _image(h, w, i)
        with torch.no_grad():
            expected = ref(transform(image)[None])["out"][0]
        logits, meta = svc.segment([image])[0]
        assert logits.shape == expected.shape and meta.original_size == (w, h)
        assert expected.argmax(0).unique().numel() > 2  # a map of several classes
        # The backbone runs channels_last (faster on a CPU): its convolutions sum in another
        # order than torchvision's contiguous ones, a few 1e-5 of the logits' range.
        scale = float(expected.abs().max())
        torch.testing.assert_close(logits, expected, atol=1e-4 * scale, rtol=1e-4)
        decided = _decided(expected, 2e-4 * scale)
        assert decided.float().mean() > 0.99
        assert torch.equal(logits.argmax(0)[decided], expected.argmax(0)[decided])


def test_segmentation_predict_path_gives_torchvision_mask(pair):
    name = "lraspp_mobilenet_v3_large"
    ref, svc = pair(name)
    image = _image(333, 517, 4)
    with torch.no_grad():
        out = ref(P.get_pretrained(name).weights.transforms(resize_size=64)(image)[None])["out"]

    def nearest(x: torch.Tensor) -> torch.Tensor:  # (h, w) -> (333, 517), as the Predictor
        return torch.nn.functional.interpolate(x[None, None].float(), (333, 517))[0, 0]

    expected = nearest(out[0].argmax(0)).numpy().astype(np.int32)
    decided = nearest(_decided(out[0], 2e-4 * float(out.abs().max()))).bool().numpy()
    pred = svc.predict(image)
    assert pred.mask.shape == (333, 517) and decided.mean() > 0.99
    assert np.array_equal(pred.mask[decided], expected[decided])
    shown = {c["name"] for c in pred.data["classes"]}
    assert shown <= set(P.get_pretrained(name).class_names)
