"""The YOLOv8-style head: DFL box distributions, centred anchors, the task-aligned assigner and
loss, decoding through the library's post-processing, export and training."""

from __future__ import annotations

import math

import pytest
import torch
from torchvision import ops

import heads
from heads.assigners import points_inside, task_aligned_assign
from heads.blocks.yolo import YOLOHeadParams, branch_widths
from heads.detector import anchors_for, decode_detections, detection_loss, feature_sizes_for
from heads.losses.yolo import distribution_focal_loss, yolo_loss
from heads.modules.yolo import YOLOHead
from heads.spec import FeatureInfo, SpecError

LEVELS = {"c3": FeatureInfo(16, 8), "c4": FeatureInfo(24, 16), "c5": FeatureInfo(32, 32)}


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _features(spec, size, batch=2, seed=0):
    g = torch.Generator().manual_seed(seed)
    return {
        k: torch.randn(batch, v.channels, size // v.stride, size // v.stride, generator=g)
        for k, v in spec.inputs
    }


def test_box_regression_is_the_expected_bin_of_each_distribution():
    head = YOLOHead((16, 24), (8, 16), num_classes=3, reg_max=8, box_width=32, cls_width=16)
    xs = [torch.randn(2, 16, 8, 8), torch.randn(2, 24, 4, 4)]
    cls, ltrb, dist = head(xs)
    assert cls.shape == (2, 80, 3) and ltrb.shape == (2, 80, 4) and dist.shape == (2, 80, 32)
    probs = dist.view(2, 80, 4, 8).softmax(-1)
    torch.testing.assert_close(ltrb, (probs * torch.arange(8.0)).sum(-1))
    assert 0 <= ltrb.min() and ltrb.max() <= 7
    # levels are concatenated in order, location-major: level 1's first location is row 64
    with torch.no_grad():
        one = head.cls_branches[1](xs[1])  # (N, K, 4, 4)
    torch.testing.assert_close(cls[:, 64], one[:, :, 0, 0])
    # YOLOv8's class prior: about 5 objects per 640x640 image
    prior = math.log(5 / 3 / (640 / 8) ** 2)
    assert head.cls_branches[0][-1].bias[0].item() == pytest.approx(prior, rel=1e-6)


def test_branch_widths_follow_yolov8_unless_given():
    assert branch_widths(YOLOHeadParams(num_classes=80), 256) == (64, 256)
    assert branch_widths(YOLOHeadParams(num_classes=3, reg_max=4), 40) == (16, 40)
    assert branch_widths(YOLOHeadParams(num_classes=3, box_width=8, cls_width=12), 64) == (8, 12)


def test_anchors_are_one_stride_squares_centred_on_pixels():
    spec = heads.get_preset("yolo_lite", LEVELS, num_classes=2, channels=16)
    sizes = feature_sizes_for(spec, 64)
    a = anchors_for(spec, sizes)
    assert [len(x) for x in a] == [64, 16, 4]
    assert a[0][:2].tolist() == [[0.0, 0.0, 8.0, 8.0], [8.0, 0.0, 16.0, 8.0]]
    assert a[2][3].tolist() == [32.0, 32.0, 64.0, 64.0]  # centre (48, 48) = (1 + 0.5) * 32


def test_decoding_places_a_known_box():
    spec = heads.get_preset("yolo_lite", LEVELS, num_classes=2, channels=16, reg_max=8)
    sizes = feature_sizes_for(spec, 64)
    M = sum(h * w for h, w in sizes)
    cls = torch.full((1, M, 2), -10.0)
    at = 8 * 3 + 2  # level 0, row 3, column 2: centre (20, 28)
    cls[0, at, 1] = 4.0
    ltrb = torch.zeros(1, M, 4)
    ltrb[0, at] = torch.tensor([1.0, 2.0, 3.0, 4.0])  # strides of 8
    out = {
        "cls_logits": cls,
        "bbox_regression": ltrb,
        "aux_bbox_distribution": torch.zeros(1, M, 32),
    }
    det = decode_detections(spec, out, sizes, [(64, 64)])[0]
    assert det["labels"].tolist() == [1]
    assert det["boxes"].tolist() == [[12.0, 12.0, 44.0, 60.0]]
    assert det["scores"].item() == pytest.approx(torch.sigmoid(torch.tensor(4.0)).item())


def test_points_inside_are_strict():
    points = torch.tensor([[5.0, 5.0], [0.0, 5.0], [10.0, 10.0]])
    assert points_inside(points, torch.tensor([[0.0, 0, 10, 10]])).tolist() == [
        [True, False, False]
    ]


def test_task_aligned_assignment():
    # a row of locations 8 px apart; two objects; predicted boxes one stride wide everywhere
    xs = torch.arange(12.0) * 8 + 4
    points = torch.stack([xs, torch.full_like(xs, 20.0)], dim=1)  # (12, 2)
    pred = torch.cat([points - 12, points + 12], dim=1)  # 24 px squares
    gt = torch.tensor([[2.0, 2, 50, 40], [30.0, 0, 90, 40]])
    labels = torch.tensor([0, 1])
    scores = torch.full((12, 2), 0.3)
    scores[7, 1] = 0.9  # location 7 is sure of object 1's class
    matched, target = task_aligned_assign(scores, pred, points, gt, labels, topk=4)
    inside = points_inside(points, gt)
    for g in range(2):
        mine = (matched == g).nonzero().squeeze(1)
        assert len(mine) <= 4 and inside[g, mine].all()  # top-k, and inside the object
    # locations 4 and 5 lie in both objects: each keeps the object its box overlaps most
    ciou = ops.complete_box_iou(gt, pred)
    for j in (4, 5):
        if matched[j] >= 0:
            assert matched[j] == ciou[:, j].argmax()
    assert matched[7] == 1 and matched[0] == -1 and target[matched < 0].eq(0).all()
    # normalised: each object's best-aligned location gets that object's best overlap
    for g in range(2):
        mine = matched == g
        best = ciou[g][mine].max()
        assert target[mine].max() == pytest.approx(best.item(), rel=1e-5)
    # no objects: all background
    m, t = task_aligned_assign(scores, pred, points, torch.zeros(0, 4), torch.zeros(0).long())
    assert (m == -1).all() and (t == 0).all()


def test_dfl_is_lowest_where_the_distribution_splits_around_the_target():
    target = torch.tensor([[2.3, 0.0, 5.99, 1.5]])
    logits = torch.zeros(1, 4, 8, requires_grad=True)
    opt = torch.optim.SGD([logits], lr=5.0)
    for _ in range(300):
        loss = distribution_focal_loss(logits, target).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    expected = (logits.softmax(-1) * torch.arange(8.0)).sum(-1)
    torch.testing.assert_close(expected.detach(), target, atol=0.02, rtol=0)
    # the two neighbouring bins carry the mass in proportion
    p = logits.softmax(-1)[0, 0].detach()
    assert p[2] == pytest.approx(0.7, abs=0.02) and p[3] == pytest.approx(0.3, abs=0.02)


def test_loss_terms_and_their_normalisation():
    spec = heads.get_preset("yolo_lite", LEVELS, num_classes=3, channels=16)
    head = heads.GraphHead(spec)
    out = head(_features(spec, 64))
    targets = [
        {"boxes": torch.tensor([[4.0, 6.0, 40.0, 30.0]]), "labels": torch.tensor([2])},
        {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.int64)},
    ]
    sizes = feature_sizes_for(spec, 64)
    losses = detection_loss(spec, out, targets, sizes)
    assert set(losses) == {"classification", "bbox_regression", "bbox_distribution"}
    assert all(v > 0 for v in losses.values())
    sum(losses.values()).backward()
    assert all(p.grad is not None for p in head.parameters())
    # without objects only the class term remains: BCE towards zero over a soft-target sum of 1
    none = [targets[1], targets[1]]
    empty = detection_loss(spec, out, none, sizes)
    bce = torch.nn.functional.binary_cross_entropy_with_logits(
        out["cls_logits"], torch.zeros_like(out["cls_logits"]), reduction="sum"
    )
    torch.testing.assert_close(empty["classification"], 0.5 * bce)
    assert empty["bbox_regression"] == 0 and empty["bbox_distribution"] == 0
    # the distributions must be among the outputs
    with pytest.raises(KeyError, match="aux_bbox_distribution"):
        anchors = torch.cat(anchors_for(spec, sizes))
        yolo_loss(
            {k: v for k, v in out.items() if not k.startswith("aux")}, anchors, none, reg_max=16
        )


def test_a_yolo_head_learns_two_boxes():
    spec = heads.get_preset("yolo_lite", LEVELS, num_classes=2, channels=16, reg_max=8)
    torch.manual_seed(0)
    head = heads.GraphHead(spec)
    feats = _features(spec, 128, batch=1, seed=1)
    boxes = torch.tensor([[10.0, 14.0, 50.0, 60.0], [70.0, 60.0, 120.0, 100.0]])
    target = [{"boxes": boxes, "labels": torch.tensor([0, 1])}]
    sizes = feature_sizes_for(spec, 128)
    opt = torch.optim.Adam(head.parameters(), lr=3e-3)
    for _ in range(120):
        loss = sum(detection_loss(spec, head(feats), target, sizes).values())
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        det = decode_detections(spec, head.eval()(feats), sizes, [(128, 128)], iou_threshold=0.5)[0]
    for g in range(2):
        mine = det["labels"] == g
        assert mine.any(), f"class {g} not found"
        best = det["boxes"][mine][0]  # highest score of the class
        assert ops.box_iou(best[None], boxes[g : g + 1])[0, 0] > 0.75


def test_plan_checks_and_json():
    spec = heads.get_preset("yolo_lite", num_classes=4)
    assert heads.HeadSpec.from_json(spec.to_json()) == spec
    a = heads.analyze(spec, 256)
    assert a.outputs["aux_bbox_distribution"] == (1, 1344, 64)
    assert a.total_params == sum(p.numel() for p in heads.GraphHead(spec).parameters())
    bad = spec.with_params("head", reg_max=1)
    with pytest.raises(SpecError) as e:
        heads.plan(bad)
    assert e.value.node == "head" and e.value.field == "reg_max"
    node = heads.Node("head", "yolo_head", ("c5", "c3"), YOLOHeadParams(num_classes=4))
    outputs = {"cls_logits": "head.cls_logits", "bbox_regression": "head.bbox_regression"}
    reversed_levels = heads.HeadSpec(spec.task, spec.inputs, (node,), outputs)
    with pytest.raises(SpecError, match="increasing strides"):
        heads.plan(reversed_levels)


def test_export_decodes_like_the_library():
    from designer.codegen import to_python
    from tests.designer.test_codegen import _load
    from tests.heads.exported_decoding import assert_exported_decoding

    spec = heads.get_preset("yolo_lite", LEVELS, num_classes=3, channels=16)
    module = _load(to_python(spec, "Det"))
    graph = heads.GraphHead(spec).eval()
    exported = module.Det().eval()
    exported.load_state_dict(graph.state_dict(), strict=True)
    x = _features(spec, 96)
    with torch.no_grad():
        out, got_out = graph(x), exported(x)
    for key in out:
        assert torch.equal(out[key], got_out[key])
    out = {k: torch.randn_like(v) * 3 for k, v in out.items()}
    out["bbox_regression"] = out["bbox_regression"].abs()
    sizes = [(96, 96), (80, 90)]
    assert_exported_decoding(spec, module, out, sizes, score_threshold=0.3)


def test_yolo_lite_trains_through_the_training_loop():
    from designer.data.formats import load_shapes
    from designer.training import TinyBackbone, TrainConfig, train_head

    ds = load_shapes("detection", 16, seed=0, n_val=4)
    cfg = TrainConfig(epochs=3, batch_size=8, lr=3e-3, image_size=128, patience=0)
    res = train_head("yolo_lite", ds, TinyBackbone(), cfg)
    assert res.stop_reason == "epochs" and {"map", "map_50"} <= set(res.metrics)
    assert res.history[-1]["loss"] < res.history[0]["loss"]
    assert [n.block for n in res.spec.nodes] == ["pan", "yolo_head"]
