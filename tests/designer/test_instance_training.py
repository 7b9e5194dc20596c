"""Instance masks end to end: Shapes' per-object masks as targets, the mask node trained through
its block's loss, mask mAP and mask IoU in validation, and masks drawn by Predict."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import heads
from designer.data.formats import load_shapes
from designer.inference import Predictor, TinyBackbone
from designer.training import Keep, TrainConfig, train_head
from designer.training import tasks as T
from heads.detector import instance_mask_logits
from heads.instance import instance_mask_loss, project_masks_on_boxes

SIZE = 128


def _iou(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a & b).sum() / (a | b).sum().clamp_min(1))


def _spec(bb):
    return heads.get_preset(
        "fcos_instance", bb.feature_info, num_classes=5, channels=32, mask_channels=32
    )


def test_shapes_detection_samples_carry_their_instance_masks():
    from designer.data import shapes

    ds = load_shapes("detection", n=3, seed=2, size=SIZE)
    for i, s in enumerate(ds.train):
        want = shapes.make_sample(2, i, size=SIZE).masks
        got = s.instance_masks(SIZE, SIZE)
        assert got.shape == want.shape and np.array_equal(got, want)


def test_targets_keep_box_crops_that_paste_back_and_mirror():
    ds = load_shapes("detection", n=4, seed=1, size=96)
    ops = T.TASKS[heads.Task.DETECTION]
    for s in ds.train:
        im = s.load_image()
        t = ops.target(s, im, SIZE)  # 96 px image, 128 px training size
        assert t["mask_crops"].shape == (len(s.boxes), T.MASK_TARGET_SIZE, T.MASK_TARGET_SIZE)
        masks = torch.from_numpy(s.instance_masks(96, 96))[:, None].float()
        want = torch.nn.functional.interpolate(masks, size=(SIZE, SIZE), mode="nearest")[:, 0] > 0
        got = T.target_masks(t, SIZE)
        for g, w in zip(got, want):
            assert _iou(g, w) > 0.85
        flipped = T.target_masks(ops.flip(t, SIZE), SIZE)
        for g, w in zip(flipped, want):
            assert _iou(g, torch.flip(w, dims=[1])) > 0.85


def test_mask_loss_is_the_blocks_loss_on_the_objects_boxes(monkeypatch):
    monkeypatch.setattr(T, "MASK_BOX_JITTER", 0.0)
    bb = TinyBackbone()
    spec = _spec(bb)
    ds = load_shapes("detection", n=2, seed=0, size=SIZE)
    targets = [T.TASKS[spec.task].target(s, s.load_image(), SIZE) for s in ds.train]
    head = heads.GraphHead(spec)
    out = head(bb(torch.randn(2, 3, SIZE, SIZE)))
    ctx = T.Context(spec, SIZE, 5, 2, head=head)
    got = T.instance_mask_training_loss(out, targets, ctx)
    boxes = [t["boxes"] for t in targets]
    logits = instance_mask_logits(spec, head, out, boxes, [(SIZE, SIZE)] * 2)
    crops = torch.cat([t["mask_crops"] for t in targets]).float() / 255
    unit = torch.tensor([[0.0, 0.0, T.MASK_TARGET_SIZE, T.MASK_TARGET_SIZE]]).repeat(len(crops), 1)
    want_t = project_masks_on_boxes(crops, unit, torch.arange(len(crops)), logits.shape[-1])
    labels = torch.cat([t["labels"] for t in targets])
    torch.testing.assert_close(got, instance_mask_loss(logits, labels, want_t))
    # The whole detection loss includes it, and it reaches the mask head's weights.
    loss = T.TASKS[spec.task].loss(out, targets, ctx)
    loss.backward()
    assert head.masks.mask_head.predictor.weight.grad.abs().sum() > 0


@pytest.fixture(scope="module")
def trained():
    # One thread: on a shared, loaded machine a small head's steps run several times faster
    # than with threads waiting on each other (35 s against 160 s measured at a load of 11).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.manual_seed(0)
        bb = TinyBackbone()
        ds = load_shapes("detection", n=96, seed=0, n_val=12, size=SIZE)
        cfg = TrainConfig(
            epochs=6, batch_size=8, lr=5e-3, image_size=SIZE, patience=0, keep=Keep.LAST
        )
        return bb, ds, train_head(_spec(bb), ds, bb, cfg)
    finally:
        torch.set_num_threads(threads)


def test_a_short_run_learns_masks(trained):
    bb, ds, res = trained
    ops = T.TASKS[heads.Task.DETECTION]
    # The floor: masks that fill each object's box (what a mask head that learned nothing
    # about shapes would draw at best). Measured: 0.66 for these images, the run 0.77.
    filled = [
        float((c > 127).float().mean())
        for s in ds.val
        for c in ops.target(s, s.load_image(), SIZE)["mask_crops"]
    ]
    floor = float(np.mean(filled))
    first, last = res.history[0], res.history[-1]
    assert {"map", "map_50", "mask_map", "mask_map_50", "mask_iou"} <= set(last)
    assert res.metrics["mask_iou"] > floor + 0.06, (res.metrics, floor)
    assert last["mask_iou"] > first["mask_iou"]
    assert res.metrics["mask_map_50"] > 0.0


def test_predict_draws_the_instance_masks(trained):
    bb, ds, res = trained
    p = Predictor(bb)
    image = ds.val[0].load_image()

    def run(alpha):
        return p.predict(
            image, res.spec, res.state_dict, class_names=ds.class_names,
            score_threshold=0.15, mask_alpha=alpha,
        )  # fmt: skip

    plain, drawn = run(0.0), run(0.8)
    dets = drawn.data["detections"]
    assert dets and all(0 < d["mask_fraction"] <= 1 for d in dets)
    a = np.asarray(plain.overlay, dtype=np.int16)
    b = np.asarray(drawn.overlay, dtype=np.int16)
    changed = (np.abs(a - b).sum(axis=2) > 0).mean()
    # Only the masks' pixels change colour with their opacity, and they do change.
    assert 0 < changed <= sum(d["mask_fraction"] for d in dets) + 1e-6
    # A head without a mask node reports no masks.
    spec = heads.get_preset("fcos_lite", bb.feature_info, num_classes=5, channels=32)
    assert "mask_fraction" not in str(p.predict(image, spec, score_threshold=0.0).data)


def test_predict_masks_are_the_librarys(trained):
    from heads.detector import decode_detections, feature_sizes_for, instance_masks

    bb, ds, res = trained
    image = ds.val[1].load_image()  # 128 px: the model input is the image itself
    p = Predictor(bb)
    pred = p.predict(image, res.spec, res.state_dict, score_threshold=0.15, mask_alpha=1.0)
    head = heads.GraphHead(res.spec).eval()
    head.load_state_dict(res.state_dict)
    x, meta = bb.preprocess(image, bb.config)
    with torch.no_grad():
        out = head(bb(x[None]))
        h, w = meta.input_size[1], meta.input_size[0]
        dets = decode_detections(
            res.spec, out, feature_sizes_for(res.spec, (h, w)), [(h, w)], input_size=(h, w),
            score_threshold=0.15, iou_threshold=0.5, detections_per_img=100,
        )  # fmt: skip
        want = instance_masks(res.spec, head, out, dets, [(h, w)])[0]["masks"][:, 0] > 0.5
    fractions = [d["mask_fraction"] for d in pred.data["detections"]]
    assert len(fractions) == len(want)
    got = want.flatten(1).float().mean(1).tolist()
    np.testing.assert_allclose(fractions, got, atol=0.01)


def test_reports_score_and_draw_the_masks(trained, tmp_path):
    import json

    from designer.reports import evaluate, result_rows, write_reports

    bb, ds, res = trained
    ev = evaluate(res.spec, res.state_dict, ds.val, bb, SIZE, ds.class_names)
    # Per-class mask AP over the same validation images averages to the run's mask mAP.
    assert ev.mask_ap and set(ev.mask_ap) <= set(ds.class_names)
    mean = np.mean([v["ap"] for v in ev.mask_ap.values()])
    assert mean == pytest.approx(res.metrics["mask_map"], abs=2e-3)
    drawn = [p for p in ev.predictions if len(p["masks"])]
    assert drawn and all(p["masks"].shape[1:] == (SIZE, SIZE) for p in drawn)
    paths = write_reports(ev, tmp_path, gallery=4)
    assert paths["per_class_mask_ap"].stat().st_size > 1000
    summary = json.loads(paths["report"].read_text())
    assert summary["per_class_mask_ap"] == ev.mask_ap
    pred = Predictor(bb).predict(
        ds.val[0].load_image(), res.spec, res.state_dict, class_names=ds.class_names,
        score_threshold=0.15,
    )  # fmt: skip
    rows = result_rows(pred)
    assert rows and all("mask area %" in r for r in rows)
    total = sum(d["mask_fraction"] for d in pred.data["detections"])
    assert sum(r["mask area %"] for r in rows) == pytest.approx(100 * total, abs=0.05)


def test_only_a_mask_node_pays_for_the_masks():
    bb = TinyBackbone()
    ds = load_shapes("detection", n=3, seed=0, size=SIZE)
    plain = heads.get_preset("fcos_lite", bb.feature_info, num_classes=5)
    assert all(s.segmentations is None for s in T.samples_for(plain, ds.train))
    assert all(s.segmentations for s in ds.train)  # the dataset itself is left as it was
    assert T.samples_for(_spec(bb), ds.train) == ds.train


def test_tta_says_the_masks_are_not_drawn(trained):
    from designer.inference import TTA_MASKS_NOTE
    from designer.tta_inference import TTAOptions

    bb, ds, res = trained
    pred = Predictor(bb).predict(
        ds.val[0].load_image(), res.spec, res.state_dict, score_threshold=0.15,
        tta=TTAOptions(hflip=True),
    )  # fmt: skip
    assert TTA_MASKS_NOTE in pred.notes
    assert pred.data["detections"] and all(
        "mask_fraction" not in d for d in pred.data["detections"]
    )
