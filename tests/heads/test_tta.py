"""Test-time augmentation and sliced inference: equivariant toys, exact box mapping, tiles."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

import heads
from heads.blocks.segmentation import ResizeParams, SegClassifierParams
from heads.detector import feature_sizes_for
from heads.spec import FeatureInfo, HeadSpec, Node, Task
from heads.tta import (
    TTA,
    DetectOptions,
    View,
    blend_weights,
    boxes_to_input,
    boxes_to_view,
    sliced_detect,
    sliced_outputs,
    sliced_segment,
    tile_grid,
    tta_classify,
    tta_detect,
    tta_outputs,
    tta_segment,
    view_size,
)

FLIP_AND_SCALES = TTA(scales=(1.0, 0.5), hflip=True)


# -- toys -------------------------------------------------------------------------------------


class BlobDetector(nn.Module):
    """A detector that finds the bright rectangle of channel 0 exactly.

    At every location of every level of an FCOS spec it predicts that rectangle's box (as LTRB
    distances from the location, in strides) with the same score, so decoding returns the
    rectangle itself: what it predicts depends only on the image, as a perfect detector's would,
    which makes it equivariant under flips and exact scale changes.
    """

    def __init__(self, spec: HeadSpec) -> None:
        super().__init__()
        self.spec = spec

    def forward(self, features):
        x = features["image"]  # (N, 3, H, W)
        N, _, H, W = x.shape
        mask = x[:, 0] > 0.5  # (N, H, W)
        outs_box, outs_cls = [], []
        for (h, w), lv in zip(feature_sizes_for(self.spec, (H, W)), heads.head_levels(self.spec)):
            s = lv.stride
            cy, cx = torch.meshgrid(torch.arange(h) * s, torch.arange(w) * s, indexing="ij")
            cx, cy = cx.reshape(-1).float(), cy.reshape(-1).float()  # (HW,)
            for i in range(N):
                cols = torch.nonzero(mask[i].any(0)).squeeze(1)
                rows = torch.nonzero(mask[i].any(1)).squeeze(1)
                x1, x2 = float(cols[0]), float(cols[-1] + 1)
                y1, y2 = float(rows[0]), float(rows[-1] + 1)
                ltrb = torch.stack([cx - x1, cy - y1, x2 - cx, y2 - cy], 1) / s  # (HW, 4)
                outs_box.append((i, ltrb))
            outs_cls.append(h * w)
        M = sum(outs_cls)
        box = torch.cat([b for i, b in outs_box if i == 0])[None]
        if N > 1:
            box = torch.stack([torch.cat([b for i, b in outs_box if i == n]) for n in range(N)])
        cls = torch.full((N, M, 2), -10.0)
        cls[..., 1] = 3.0
        return {
            "cls_logits": cls,
            "bbox_regression": box,
            "bbox_ctrness": torch.full((N, M, 1), 10.0),
        }


def _image_features(x):
    return {"image": x}


def _blob_image(size=(256, 256), box=(40, 60, 120, 100)):
    x = torch.zeros(1, 3, *size)
    x1, y1, x2, y2 = box
    x[:, 0, y1:y2, x1:x2] = 1.0
    return x


DET_SPEC = heads.get_preset("fcos_lite", num_classes=2)


def _seg_toy():
    """A 1x1-conv segmentation head over stride-8 average pooling: flip-equivariant."""
    spec = HeadSpec(
        Task.SEGMENTATION,
        {"image": FeatureInfo(3, 1), "c3": FeatureInfo(3, 8)},
        (
            Node("classifier", "seg_classifier", ("c3",), SegClassifierParams(num_classes=4)),
            Node("upsample", "resize", ("classifier", "image"), ResizeParams()),
        ),
        {"mask_logits": "upsample"},
    )
    head = heads.build_head(None, spec).eval()
    return spec, head, lambda x: {"image": x, "c3": F.avg_pool2d(x, 8)}


def _lite_features(x):
    """Fixed random maps at EfficientNet-Lite0's levels (strides 8/16/32)."""
    g = torch.Generator().manual_seed(7)
    out = {}
    for name, (c, s) in {"c3": (40, 8), "c4": (112, 16), "c5": (320, 32)}.items():
        w = torch.randn(c, 3, 1, 1, generator=g)
        out[name] = F.conv2d(F.avg_pool2d(x, s), w)
    return out


# -- views and mapping ------------------------------------------------------------------------


def test_views_and_sizes():
    assert TTA(scales=(1.0, 2.0)).views() == (
        View(1.0, False), View(1.0, True), View(2.0, False), View(2.0, True)
    )  # fmt: skip
    assert TTA(hflip=False).views() == (View(1.0, False),)
    assert view_size((250, 333), 1.0) == (256, 320) and view_size((20, 20), 0.5) == (32, 32)
    with pytest.raises(ValueError, match="scales"):
        TTA(scales=())


@given(
    st.lists(st.floats(0, 300), min_size=4, max_size=4),
    st.sampled_from([0.5, 0.75, 1.0, 1.3, 2.0]),
    st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_boxes_map_back_exactly(coords, scale, flip):
    x1, x2 = sorted(coords[:2])
    y1, y2 = sorted(coords[2:])
    boxes = torch.tensor([[x1, y1, x2, y2]], dtype=torch.float64)
    size = (288, 320)
    vsize = view_size(size, scale)
    view = View(scale, flip)
    there = boxes_to_view(boxes, view, vsize, size)
    assert torch.allclose(boxes_to_input(there, view, vsize, size), boxes, atol=1e-9)
    if flip:  # a flip maps x to W - x: the box's horizontal span reverses
        assert there[0, 0] == pytest.approx(vsize[1] - x2 * vsize[1] / size[1])


def test_view_of_a_box_lands_where_the_pixels_go():
    x = _blob_image((128, 192), (16, 8, 48, 40))
    for view in (View(1.0, True), View(0.5, True), View(2.0, False)):
        vsize = view_size((128, 192), view.scale)
        from heads.tta import apply_view

        v = apply_view(x, view, vsize)
        cols = torch.nonzero(v[0, 0].gt(0.5).any(0)).squeeze(1)
        rows = torch.nonzero(v[0, 0].gt(0.5).any(1)).squeeze(1)
        seen = torch.tensor([[cols[0], rows[0], cols[-1] + 1, rows[-1] + 1]], dtype=torch.float32)
        want = boxes_to_view(torch.tensor([[16.0, 8, 48, 40]]), view, vsize, (128, 192))
        assert torch.allclose(seen, want, atol=1.0)


# -- TTA per task -----------------------------------------------------------------------------


def test_flip_tta_of_an_invariant_classifier_is_plain_inference():
    spec = heads.get_preset("linear", {"c5": FeatureInfo(3, 32)}, num_classes=5)
    head = heads.build_head(None, spec).eval()

    def features(x):
        return {"c5": F.avg_pool2d(x, 32)}

    x = torch.rand(2, 3, 64, 96)
    plain = tta_classify(tta_outputs(x, features, head, TTA(hflip=False)))
    flipped = tta_outputs(x, features, head, TTA(hflip=True))
    assert len(flipped.views) == 2
    assert torch.allclose(tta_classify(flipped), plain, atol=1e-5)
    with torch.inference_mode():
        assert torch.allclose(plain, head(features(x))["logits"], atol=1e-6)


def test_flip_tta_of_an_equivariant_segmenter_is_plain_inference():
    spec, head, features = _seg_toy()
    x = torch.rand(1, 3, 64, 96)
    plain = tta_segment(tta_outputs(x, features, head, TTA(hflip=False)))
    assert plain.shape == (1, 4, 64, 96)
    assert torch.allclose(tta_segment(tta_outputs(x, features, head, TTA())), plain, atol=1e-5)
    # a second scale is resized back to the input: same shape, a different average
    multi = tta_segment(tta_outputs(x, features, head, TTA(scales=(1.0, 2.0), hflip=False)))
    assert multi.shape == plain.shape and not torch.allclose(multi, plain)


def test_flip_and_scale_tta_of_a_perfect_detector_is_plain_inference():
    head = BlobDetector(DET_SPEC)
    x = _blob_image(box=(40, 60, 120, 100))
    plain = tta_detect(tta_outputs(x, _image_features, head, TTA(hflip=False)))[0]
    assert plain["boxes"].tolist() == [[40.0, 60.0, 120.0, 100.0]] and plain["labels"].tolist() == [
        1
    ]
    raw = tta_outputs(x, _image_features, head, FLIP_AND_SCALES)
    assert [v.input_size for v in raw.views] == [(256, 256)] * 2 + [(128, 128)] * 2
    for merge in ("wbf", "class_aware"):
        merged = tta_detect(raw, DetectOptions(merge=merge))[0]
        assert torch.allclose(merged["boxes"], plain["boxes"], atol=1e-4)
        assert torch.allclose(merged["scores"], plain["scores"], atol=1e-6)
        assert torch.equal(merged["labels"], plain["labels"])


class LeftBlobDetector(BlobDetector):
    """Finds the rectangle only when it lies in the left half of the image."""

    def forward(self, features):
        out = super().forward(features)
        x = features["image"]
        cols = torch.nonzero(x[0, 0].gt(0.5).any(0)).squeeze(1)
        if float(cols.float().mean()) > x.shape[-1] / 2:
            out["cls_logits"] = torch.full_like(out["cls_logits"], -10.0)
        return out


def test_wbf_treats_each_view_as_one_list():
    # Found in the unflipped view only: WBF's 'avg' score halves (one of two views), while a
    # suppression merge keeps the one view's score.
    head = LeftBlobDetector(DET_SPEC)
    x = _blob_image(box=(20, 60, 80, 100))
    raw = tta_outputs(x, _image_features, head, TTA(hflip=True))
    plain = tta_detect(tta_outputs(x, _image_features, head, TTA(hflip=False)))[0]
    fused = tta_detect(raw)[0]
    assert torch.allclose(fused["boxes"], plain["boxes"])
    assert torch.allclose(fused["scores"], plain["scores"] / 2)
    assert torch.allclose(tta_detect(raw, DetectOptions(merge="class_aware"))[0]["scores"],
                          plain["scores"])  # fmt: skip
    weighted = tta_detect(raw, DetectOptions(view_weights=(3.0, 1.0)))[0]
    assert torch.allclose(weighted["scores"], plain["scores"] * 3 / 4)


def test_post_processing_reruns_from_the_raw_outputs():
    head = BlobDetector(DET_SPEC)
    raw = tta_outputs(_blob_image(), _image_features, head, FLIP_AND_SCALES)
    score = float(tta_detect(raw)[0]["scores"][0])
    assert len(tta_detect(raw, DetectOptions(score_threshold=score + 0.01))[0]["boxes"]) == 0
    assert len(tta_detect(raw, DetectOptions(score_threshold=score - 0.01))[0]["boxes"]) == 1
    with pytest.raises(ValueError, match="detection head, not a segmentation head"):
        tta_segment(raw)


def test_detection_tta_on_a_trained_like_head_runs_every_view():
    head = heads.build_head(None, DET_SPEC).eval()
    raw = tta_outputs(torch.rand(2, 3, 128, 160), _lite_features, head, FLIP_AND_SCALES)
    dets = tta_detect(raw, DetectOptions(score_threshold=0.0, detections_per_img=20))
    assert len(dets) == 2
    for d in dets:
        assert d["boxes"].shape[1] == 4 and len(d["boxes"]) <= 20
        assert (d["boxes"][:, 2] <= 160 + 1e-3).all() and (d["boxes"][:, 3] <= 128 + 1e-3).all()
        assert torch.all(d["scores"][:-1] >= d["scores"][1:])


# -- tiles ------------------------------------------------------------------------------------


@given(
    st.integers(1, 900), st.integers(1, 900), st.sampled_from([64, 128, 256]),
    st.sampled_from([0.0, 0.1, 0.25, 0.5]),
)  # fmt: skip
@settings(max_examples=80, deadline=None)
def test_tiles_cover_the_image(h, w, tile, overlap):
    tiles = tile_grid((h, w), tile, overlap)
    covered = torch.zeros(h, w, dtype=torch.int32)
    for t in tiles:
        assert 0 <= t.y0 < t.y1 <= h and 0 <= t.x0 < t.x1 <= w
        assert t.size == (min(tile, h), min(tile, w))
        covered[t.y0 : t.y1, t.x0 : t.x1] += 1
    assert bool((covered > 0).all())
    xs = sorted({t.x0 for t in tiles})
    for a, b in zip(xs, xs[1:]):  # neighbours overlap by at least the fraction asked
        assert a + tile - b >= overlap * tile - 1e-9


def test_blend_weights_fall_off_only_inside_the_image():
    tiles = tile_grid((100, 300), 100, 0.3)
    w = blend_weights(tiles[0], (100, 300), 10)
    assert w[:, 0].eq(1).all() and w[0, :90].eq(1).all() and w[50, -1] < 0.1
    middle = blend_weights(tiles[1], (100, 300), 10)
    assert middle[50, 0] < 0.1 and middle[50, -1] < 0.1 and middle[50, 50] == 1


def test_one_tile_is_plain_inference_for_detection_and_segmentation():
    head = heads.build_head(None, DET_SPEC).eval()
    x = torch.rand(1, 3, 256, 224)
    opts = DetectOptions(score_threshold=0.0, detections_per_img=50)
    raw = sliced_outputs(x, _lite_features, head, tile=256)
    assert len(raw.tiles) == 1
    plain = tta_detect(tta_outputs(x, _lite_features, head, TTA(hflip=False)), opts)[0]
    sliced = sliced_detect(raw, opts)
    for k in ("boxes", "scores", "labels"):
        assert torch.equal(sliced[k], plain[k])
    spec, seg, features = _seg_toy()
    y = torch.rand(1, 3, 96, 128)
    plain_seg = tta_segment(tta_outputs(y, features, seg, TTA(hflip=False)))
    assert torch.equal(sliced_segment(sliced_outputs(y, features, seg, tile=128)), plain_seg)


def test_sliced_segmentation_blends_away_the_seams():
    # The toy's logits at a pixel depend on its 8x8 cell and the bilinear upsampling around it:
    # tiles aligned to the cells agree with the whole image except within a few pixels of their
    # edges. Blending weights that fall off towards the edges hide those seams; a flat average
    # does not.
    spec, head, features = _seg_toy()
    y = torch.rand(1, 3, 192, 320)
    whole = tta_segment(tta_outputs(y, features, head, TTA(hflip=False)))
    raw = sliced_outputs(y, features, head, tile=128, overlap=0.5)
    assert len(raw.tiles) == 8
    inner = (slice(None), slice(None), slice(8, -8), slice(8, -8))  # image edges: no neighbour
    blended = (sliced_segment(raw) - whole)[inner].abs()
    flat = (sliced_segment(raw, ramp=0) - whole)[inner].abs()
    assert blended.max() < flat.max() / 5
    assert blended.max() < 0.01 * whole.abs().mean()


def test_sliced_detection_merges_tiles_and_drops_cut_pieces():
    head = BlobDetector(DET_SPEC)
    box = (200, 40, 260, 90)  # in the overlap of the first two columns of tiles
    x = _blob_image((256, 512), box)
    raw = sliced_outputs(x, _image_features, head, tile=256, overlap=0.5)
    assert len(raw.tiles) == 3
    det = sliced_detect(raw)
    assert det["boxes"].tolist() == [list(map(float, box))]
    # without dropping cut pieces, the tile that cuts the blob adds a partial box
    kept = sliced_detect(raw, DetectOptions(merge="class_aware", merge_iou=0.9), cut_margin=None)
    assert len(kept["boxes"]) == 2


def test_whole_image_pass_finds_objects_larger_than_the_overlap():
    head = BlobDetector(DET_SPEC)
    box = (100, 40, 420, 200)  # wider than any tile: every tile cuts it
    x = _blob_image((256, 512), box)
    tiles_only = sliced_detect(sliced_outputs(x, _image_features, head, tile=256, overlap=0.25))
    assert len(tiles_only["boxes"]) == 0
    raw = sliced_outputs(x, _image_features, head, tile=256, overlap=0.25, whole_image=True)
    assert raw.whole is not None and raw.whole.input_size == (128, 256)
    assert sliced_detect(raw)["boxes"].tolist() == [list(map(float, box))]


def test_bad_inputs_are_named():
    head = BlobDetector(DET_SPEC)
    with pytest.raises(ValueError, match=r"\(N, 3, H, W\)"):
        tta_outputs(torch.rand(3, 64, 64), _image_features, head)
    with pytest.raises(ValueError, match="one image"):
        sliced_outputs(torch.rand(2, 3, 64, 64), _image_features, head, tile=64)
    with pytest.raises(ValueError, match="multiple of 32"):
        sliced_outputs(torch.rand(1, 3, 300, 300), _image_features, head, tile=100)
    with pytest.raises(ValueError, match="overlap"):
        tile_grid((100, 100), 64, 1.0)
    with pytest.raises(ValueError, match="spec"):
        tta_outputs(torch.rand(1, 3, 64, 64), _image_features, lambda f: {})
