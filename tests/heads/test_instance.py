"""Instance mask head: masks line up with their boxes at image resolution."""

from __future__ import annotations

import torch

from heads.instance import (
    InstanceMaskHead,
    instance_mask_loss,
    paste_instance_masks,
    project_masks_on_boxes,
    select_class_masks,
)


def test_pasted_masks_fill_exactly_their_boxes():
    boxes = torch.tensor(
        [[10.0, 20.0, 50.0, 41.0], [0.0, 0.0, 7.0, 90.0], [60.0, 5.0, 100.0, 60.0]]
    )
    masks = paste_instance_masks(torch.ones(3, 1, 28, 28), boxes, (90, 100))
    assert masks.shape == (3, 1, 90, 100)
    for m, (x1, y1, x2, y2) in zip(masks[:, 0] > 0.5, boxes.long().tolist()):
        expected = torch.zeros(90, 100, dtype=torch.bool)
        expected[y1:y2, x1:x2] = True
        assert torch.equal(m, expected)


def test_pasted_mask_keeps_its_left_right_layout():
    left = torch.zeros(1, 1, 28, 28)
    left[..., :14] = 1.0
    m = paste_instance_masks(left, torch.tensor([[20.0, 10.0, 60.0, 30.0]]), (40, 80))[0, 0] > 0.5
    assert m[10:30, 20:40].all() and not m[:, 40:].any() and not m[:, :20].any()


def _identity_head() -> InstanceMaskHead:
    # No tower; the transposed conv copies channel 0 into every 2x2 output pixel and the
    # predictor thresholds it, so a box's mask logits are its RoI features of channel 0.
    head = InstanceMaskHead(("p2",), 4, num_classes=1, channels=1, num_convs=0, roi_size=14)
    with torch.no_grad():
        head.mask_head.deconv.weight.zero_()
        head.mask_head.deconv.weight[0, 0] = 1.0
        head.mask_head.deconv.bias.zero_()
        head.mask_head.predictor.weight.fill_(20.0)
        head.mask_head.predictor.bias.fill_(-10.0)
    return head.eval()


def test_masks_line_up_with_objects_in_their_boxes():
    size = (128, 160)
    obj = torch.zeros(1, 1, *size)
    obj[..., 40:80, 48:112] = 1.0  # the object, in image pixels
    feat = torch.nn.functional.avg_pool2d(obj, 4).repeat(1, 4, 1, 1)  # a stride-4 map of it
    box = torch.tensor([[32.0, 24.0, 128.0, 96.0]])  # the detection, larger than the object
    dets = [{"boxes": box, "labels": torch.tensor([0])}]
    out = _identity_head().predict({"p2": feat}, dets, [size])
    mask = out[0]["masks"][0, 0] > 0.5
    truth = obj[0, 0].bool()
    iou = (mask & truth).sum() / (mask | truth).sum()
    assert iou > 0.9
    assert not mask[:, :32].any() and not mask[:24].any()  # nothing outside the box


def test_predict_shapes_per_image_and_empty():
    head = InstanceMaskHead(("p3", "p4"), 8, num_classes=3, channels=8, num_convs=1).eval()
    feats = {"p3": torch.randn(2, 8, 13, 17), "p4": torch.randn(2, 8, 7, 9)}
    dets = [
        {
            "boxes": torch.tensor([[1.0, 2.0, 30.0, 40.0], [5.0, 5.0, 90.0, 70.0]]),
            "labels": torch.tensor([0, 2]),
        },
        {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.long)},
    ]
    out = head.predict(feats, dets, [(100, 130), (100, 130)])
    assert out[0]["masks"].shape == (2, 1, 100, 130) and out[1]["masks"].shape == (0, 1, 100, 130)
    assert out[0]["masks"].min() >= 0 and out[0]["masks"].max() <= 1


def test_select_and_loss_use_each_box_label():
    logits = torch.zeros(2, 3, 4, 4)
    logits[0, 1] = 10.0
    logits[1, 2] = -10.0
    labels = torch.tensor([1, 2])
    torch.testing.assert_close(
        select_class_masks(logits, labels)[:, 0], torch.stack([logits[0, 1], logits[1, 2]])
    )
    targets = torch.stack([torch.ones(4, 4), torch.zeros(4, 4)])
    assert instance_mask_loss(logits, labels, targets) < 1e-3


def test_project_masks_on_boxes_crops_the_matched_mask():
    gt = torch.zeros(2, 32, 32)
    gt[0, 8:16, 8:24] = 1
    gt[1] = 1
    boxes = torch.tensor([[8.0, 8.0, 24.0, 16.0], [0.0, 0.0, 16.0, 16.0]])
    t = project_masks_on_boxes(gt, boxes, torch.tensor([0, 1]), 8)
    assert t.shape == (2, 8, 8) and t.min() > 0.99
