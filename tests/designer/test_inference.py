"""The prediction pipeline: real ImageNet predictions, caching, notes, errors, head bundles."""

from __future__ import annotations

import json

import matplotlib.cbook as cbook
import numpy as np
import pytest
import torch
from PIL import Image

import heads
from designer.assets_build import CLASSIFICATION_HEAD, IMAGENET_CLASSES, build_classification
from designer.backbones import WeightsError
from designer.images import ImageError
from designer.inference import (
    UNTRAINED_NOTE,
    HeadBundle,
    Predictor,
    TinyBackbone,
    default_head,
)
from heads.spec import SpecError


@pytest.fixture(scope="module")
def lite_predictor():
    return Predictor()  # the default: EfficientNet-Lite0 with its ImageNet weights


def test_grace_hopper_top5(lite_predictor):
    with cbook.get_sample_data("grace_hopper.jpg") as f:
        photo = Image.open(f).convert("RGB")
    pred = lite_predictor.predict(photo, topk=5)
    names = [t["name"] for t in pred.data["topk"]]
    assert len(names) == 5
    assert {"military uniform", "mortarboard", "academic gown"} & set(names), names
    scores = [t["score"] for t in pred.data["topk"]]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1
    assert pred.notes == []  # pretrained backbone, trained head
    assert pred.chart is not None and pred.chart.size[0] > 100
    assert pred.overlay.size == photo.size
    assert json.loads(pred.to_json())["data"]["topk"][0]["name"] == names[0]
    for stage in ("load", "preprocess", "backbone", "head", "postprocess", "render", "total"):
        assert pred.timings[stage] >= 0
    assert pred.timings["backbone"] > 0

    # Changing topk re-uses the cached head outputs: no backbone or head work.
    again = lite_predictor.predict(photo, topk=3)
    assert (
        again.data["cached"]["outputs"] and again.timings["backbone"] == 0 == again.timings["head"]
    )
    assert [t["name"] for t in again.data["topk"]] == names[:3]


def test_bundled_classification_head():
    bundle = default_head("classification")
    assert len(bundle.class_names) == 1000 and bundle.class_names[652] == "military uniform"
    assert bundle.spec.input_levels == {"c5_head": heads.FeatureInfo(1280, 32)}
    assert bundle.state_dict["classifier.fc.weight"].shape == (1000, 1280)
    lines = IMAGENET_CLASSES.read_text(encoding="utf-8").splitlines()
    assert list(bundle.class_names) == lines


def test_assets_rebuild_to_the_same_bytes(tmp_path):
    head_path = next(p for p in build_classification(tmp_path) if p.suffix == ".safetensors")
    assert head_path.read_bytes() == CLASSIFICATION_HEAD.read_bytes()
    assert (tmp_path / IMAGENET_CLASSES.name).read_bytes() == IMAGENET_CLASSES.read_bytes()


@pytest.fixture
def tiny():
    return Predictor(backbone=TinyBackbone())


def _image(seed: int = 0, size=(96, 64)) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))


def test_untrained_head_and_random_backbone_are_noted(tiny):
    spec = heads.get_preset("linear", tiny.backbone.feature_info, num_classes=4)
    pred = tiny.predict(_image(), spec, class_names=["a", "b", "c", "d"], topk=10)
    assert UNTRAINED_NOTE in pred.notes
    assert any(n.startswith("backbone has random weights") for n in pred.notes)
    assert sorted(t["name"] for t in pred.data["topk"]) == ["a", "b", "c", "d"]
    assert abs(sum(t["score"] for t in pred.data["topk"]) - 1.0) < 1e-4


def test_weights_as_state_dict_or_file_give_the_same_result(tiny, tmp_path):
    spec = heads.get_preset("mlp", tiny.backbone.feature_info, num_classes=3, hidden=8)
    torch.manual_seed(3)
    state = heads.GraphHead(spec).state_dict()
    from safetensors.torch import save_file

    path = tmp_path / "w.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(path))
    a = tiny.predict(_image(1), spec, state)
    b = tiny.predict(_image(1), spec, path)
    assert a.data["topk"] == b.data["topk"] and UNTRAINED_NOTE not in a.notes
    # Other weights are another cache entry, not a stale hit.
    state2 = {k: v + 0.5 if v.is_floating_point() else v for k, v in state.items()}
    c = tiny.predict(_image(1), spec, state2)
    assert not c.data["cached"]["outputs"] and c.data["topk"] != a.data["topk"]


def test_errors_name_the_problem(tiny, tmp_path):
    spec = heads.get_preset("linear", {"c5_head": heads.FeatureInfo(1280, 32)}, num_classes=3)
    with pytest.raises(SpecError, match="c5_head"):
        tiny.predict(_image(), spec)
    wrong = heads.get_preset("linear", {"c5": heads.FeatureInfo(64, 32)}, num_classes=3)
    with pytest.raises(SpecError, match="64@s32 in the design"):
        tiny.predict(_image(), wrong)
    ok = heads.get_preset("linear", tiny.backbone.feature_info, num_classes=3)
    with pytest.raises(WeightsError, match="do not match"):
        tiny.predict(_image(), ok, {"classifier.fc.weight": torch.zeros(5, 5)})
    with pytest.raises(ValueError, match="suppression 'nms9' is unknown; choose one of: hard"):
        tiny.predict(_image(), ok, suppression="nms9")
    with pytest.raises(ValueError, match="score_threshold must be between 0 and 1"):
        tiny.predict(_image(), ok, score_threshold=1.5)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    with pytest.raises(ImageError, match="bad.png"):
        tiny.predict(bad, ok)


def test_segmentation_pipeline(tiny):
    spec = heads.get_preset("fcn", tiny.backbone.feature_info, num_classes=3)
    names = ("background", "cat", "dog")
    pred = tiny.predict(_image(2, (100, 70)), spec, class_names=names)
    assert pred.task == "segmentation"
    assert pred.mask.shape == (70, 100) and pred.overlay.size == (100, 70)
    fractions = {c["name"]: c["fraction"] for c in pred.data["classes"]}
    assert abs(sum(fractions.values()) - 1.0) < 1e-3
    # The data agrees with the mask it came from.
    for c in pred.data["classes"]:
        assert abs((pred.mask == c["label"]).mean() - c["fraction"]) < 1e-4
    # Background is not painted: where the mask says background, the overlay is the image.
    bg = pred.mask == 0
    if bg.any():
        assert np.array_equal(np.asarray(pred.overlay)[bg], np.asarray(_image(2, (100, 70)))[bg])


def test_detection_pipeline_and_threshold_changes(tiny):
    pytest.importorskip("heads.postprocess")
    levels = tiny.backbone.feature_info
    spec = None
    for name in ("fcos_lite", "retinanet_lite"):
        try:
            spec = heads.get_preset(name, levels, num_classes=2)
            break
        except SpecError:
            continue
    if spec is None:
        pytest.skip("no detection preset fits the tiny backbone's levels")
    img = _image(3, (128, 96))
    low = tiny.predict(img, spec, score_threshold=0.0, class_names=["x", "y"])
    high = tiny.predict(img, spec, score_threshold=0.9, class_names=["x", "y"])
    assert high.data["cached"]["outputs"] and high.timings["backbone"] == 0
    assert high.data["count"] <= low.data["count"]
    for d in low.data["detections"]:
        x0, y0, x1, y1 = d["box"]
        assert 0 <= x0 <= x1 <= 128 and 0 <= y0 <= y1 <= 96
        assert d["name"] in ("x", "y")
    assert all(d["score"] > 0.9 for d in high.data["detections"])


def test_head_bundle_round_trip(tmp_path):
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(32, 32)}, num_classes=2)
    state = heads.GraphHead(spec).state_dict()
    path = HeadBundle(
        spec, state, ("yes", "no"), backbone="tiny", image_size=128, note="test"
    ).save(tmp_path / "h.safetensors")
    back = HeadBundle.load(path)
    assert back.spec == spec and back.class_names == ("yes", "no") and back.image_size == 128
    assert back.backbone == "tiny" and back.note == "test"
    assert all(torch.equal(back.state_dict[k], v) for k, v in state.items())
    # Files with separate spec/classes metadata keys (as training writes them) load too.
    from safetensors.torch import save_file

    other = tmp_path / "t.safetensors"
    save_file(
        {k: v.contiguous() for k, v in state.items()},
        str(other),
        metadata={"spec": spec.to_json(None), "classes": json.dumps(["a", "b"])},
    )
    assert HeadBundle.load(other).class_names == ("a", "b")
    plain = tmp_path / "plain.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(plain))
    with pytest.raises(WeightsError, match="not a head bundle"):
        HeadBundle.load(plain)
    # A bundle given to predict brings its weights and names; a note says which backbone it expects.
    predictor = Predictor(backbone=TinyBackbone())
    pred = predictor.predict(_image(), back)
    assert {t["name"] for t in pred.data["topk"]} == {"yes", "no"}
    assert UNTRAINED_NOTE not in pred.notes and not any("trained on" in n for n in pred.notes)
    back.backbone = "resnet18"
    assert "this head was trained on resnet18, not tiny" in predictor.predict(_image(), back).notes


def _jpeg(img: Image.Image) -> bytes:
    import io

    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    return buf.getvalue()


def _detection_spec(levels):
    return next(
        heads.get_preset(name, levels, num_classes=2)
        for name in ("fcos_lite", "retinanet_lite")
        if name in {p.name for p in heads.list_presets("detection")}
    )


def test_big_photo_is_decoded_reduced_and_reported_in_original_pixels(tiny):
    """A 6000x4000 JPEG is decoded at 1/4 scale (the overlay needs 1000 px), yet image_size,
    boxes and the model input match a prediction on the full-resolution picture."""
    rng = np.random.default_rng(5)
    small = Image.fromarray(rng.integers(0, 256, (40, 60, 3), dtype=np.uint8))
    full = small.resize((6000, 4000), Image.NEAREST)
    data = _jpeg(full)
    spec = _detection_spec(tiny.backbone.feature_info)
    opts = {"score_threshold": 0.0, "max_detections": 1000, "iou_threshold": 1.0}
    pred = tiny.predict(data, spec, **opts)
    ref = tiny.predict(Image.open(__import__("io").BytesIO(data)).convert("RGB"), spec, **opts)
    assert pred.data["image_size"] == [6000, 4000] == ref.data["image_size"]
    assert pred.data["input_size"] == ref.data["input_size"]
    assert max(pred.overlay.size) == 1500 and max(ref.overlay.size) == 1000  # 6000 // 6
    boxes = np.array([d["box"] for d in pred.data["detections"]])
    ref_boxes = np.array([d["box"] for d in ref.data["detections"]])
    assert boxes.shape == ref_boxes.shape and boxes[:, 2].max() > 3000  # original pixels
    # Every location's box, matched to its nearest: a few original pixels apart on 6000 px.
    nearest = np.abs(boxes[:, None, :] - ref_boxes[None, :, :]).max(-1).min(1)
    assert nearest.max() < 60, nearest.max()


def test_predictions_keep_caches_under_their_byte_bounds():
    """Many distinct images and designs through one predictor: every cache stays in bounds."""
    from designer.backbones import BoundedCache
    from designer.inference import PredictorCaches

    caches = PredictorCaches(
        heads=BoundedCache(60_000, max_items=64),
        features=BoundedCache(500_000, max_items=64),
        outputs=BoundedCache(400, max_items=64),  # 12 bytes of logits a prediction
    )
    p = Predictor(backbone=TinyBackbone(), caches=caches)
    levels = p.backbone.feature_info
    peak = {name: 0 for name in caches.stats()}
    for i in range(60):
        # A new design each time (1-10 kB of weights) on a new image.
        spec = heads.get_preset("mlp", levels, num_classes=3, hidden=8 + i)
        p.predict(_image(i, (64 + i, 64)), spec)
        for name, st in caches.stats().items():
            assert st["bytes"] <= st["max_bytes"], (name, st)
            peak[name] = max(peak[name], st["bytes"])
    # The bounds were reached, so they are what held the caches back (not the entry counts).
    assert all(peak[name] > caches.stats()[name]["max_bytes"] // 2 for name in peak), peak
    assert max(len(caches.features), len(caches.outputs), len(caches.heads)) < 60


def test_predictors_share_the_process_caches_without_mixing_results():
    from designer.inference import SHARED_CACHES

    a, b = Predictor(backbone=TinyBackbone()), Predictor(backbone=TinyBackbone())
    assert a.caches is SHARED_CACHES is b.caches
    spec = heads.get_preset("linear", a.backbone.feature_info, num_classes=3)
    img = _image(7)
    pa, pb = a.predict(img, spec), b.predict(img, spec)
    assert not pb.data["cached"]["features"]  # b's backbone is another random one
    assert a.predict(img, spec).data["cached"]["outputs"]
    a.clear_caches()
    assert not a.predict(img, spec).data["cached"]["outputs"]
    assert b.predict(img, spec).data["cached"]["outputs"]  # b's entries survive a's clearing
    assert pa.data["topk"] != pb.data["topk"]


def test_heap_trimmer_trims_once_after_a_burst_of_pokes():
    import time

    from designer.inference import HeapTrimmer

    trimmer = HeapTrimmer(delay=0.05)
    if trimmer._trim is None:
        pytest.skip("not glibc: the trimmer does nothing")
    calls = []
    real = trimmer._trim
    trimmer._trim = lambda pad: calls.append(pad) or real(pad)
    for _ in range(20):
        trimmer.poke()
    deadline = time.time() + 5
    while not calls and time.time() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert calls == [0]  # twenty pokes in a burst: one trim
    trimmer.poke()
    while len(calls) < 2 and time.time() < deadline + 5:
        time.sleep(0.01)
    assert calls == [0, 0]


def test_a_classification_prediction_imports_no_torchvision():
    """torchvision costs about 190 MB resident: only detection and segmentation need it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, heads\n"
        "from PIL import Image\n"
        "from designer.inference import Predictor, TinyBackbone\n"
        "p = Predictor(backbone=TinyBackbone())\n"
        "spec = heads.get_preset('linear', p.feature_info, num_classes=3)\n"
        "p.predict(Image.new('RGB', (64, 48)), spec)\n"
        "print('torchvision' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-2000:]


def test_the_app_process_caps_malloc_arenas_unless_the_environment_decides():
    import os
    import subprocess
    import sys
    from pathlib import Path

    # Twelve threads allocating at once; glibc's malloc_stats names each arena on stderr.
    code = """
import ctypes, sys, threading
from designer.inference import cap_malloc_arenas
print(cap_malloc_arenas(2) if sys.argv[1] == "cap" else None, flush=True)
barrier = threading.Barrier(12)
def work():
    barrier.wait()
    blocks = [bytearray(256) for _ in range(20000)]
    barrier.wait()
threads = [threading.Thread(target=work) for _ in range(12)]
[t.start() for t in threads]
[t.join() for t in threads]
ctypes.CDLL("libc.so.6").malloc_stats()
"""
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    env["PYTHONPATH"] = str(root)

    def run(mode: str, **extra: str) -> tuple[str, int]:
        res = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True,
                             env={**env, **extra}, timeout=120, check=True)  # fmt: skip
        return res.stdout.split()[0], res.stderr.count("Arena ")

    took, capped = run("cap")
    if took == "False":
        pytest.skip("not glibc: nothing to cap")
    assert took == "True" and 1 <= capped <= 2
    _, free = run("free")
    assert free > 2  # without the cap, the threads had arenas of their own
    took, decided = run("cap", MALLOC_ARENA_MAX="3")
    assert took == "False" and 1 <= decided <= 3  # the environment's setting stands
