"""Each suppression method against a plain loop reference, a hand-checked case, and empties."""

import math

import pytest
import torch
from torchvision import ops

from heads import nms
from heads.nms import Decay, Suppression, suppress


def _iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union


def _diou(a, b):
    cx = lambda r: ((r[0] + r[2]) / 2, (r[1] + r[3]) / 2)  # noqa: E731
    (ax, ay), (bx, by) = cx(a), cx(b)
    d2 = (ax - bx) ** 2 + (ay - by) ** 2
    c2 = (max(a[2], b[2]) - min(a[0], b[0])) ** 2 + (max(a[3], b[3]) - min(a[1], b[1])) ** 2
    return _iou(a, b) - d2 / c2


def _random(n, classes=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    centres = torch.rand(8, 2, generator=g) * 200
    pick = torch.randint(0, 8, (n,), generator=g)
    xy = centres[pick] + torch.randn(n, 2, generator=g) * 6
    wh = torch.rand(n, 2, generator=g) * 40 + 10
    boxes = torch.cat([xy, xy + wh], dim=1).double()
    return boxes, torch.rand(n, generator=g).double(), torch.randint(0, classes, (n,), generator=g)


def _greedy_ref(boxes, scores, labels, thr, overlap):
    b, s, l = boxes.tolist(), scores.tolist(), labels.tolist()
    order = sorted(range(len(s)), key=lambda i: -s[i])
    kept = []
    for i in order:
        if all(l[k] != l[i] or overlap(b[k], b[i]) <= thr for k in kept):
            kept.append(i)
    return kept


def _soft_ref(boxes, scores, labels, decay, thr):
    b, live, l = boxes.tolist(), scores.tolist(), labels.tolist()
    pool = list(range(len(live)))
    out = []
    while pool:
        i = max(pool, key=lambda k: (live[k], -k))
        if live[i] <= thr:
            break
        out.append((i, live[i]))
        pool.remove(i)
        for j in pool:
            if l[j] == l[i]:
                live[j] *= decay(_iou(b[i], b[j]))
    return out


def _matrix_ref(boxes, scores, labels, f):
    b, s, l = boxes.tolist(), scores.tolist(), labels.tolist()
    order = sorted(range(len(s)), key=lambda i: -s[i])
    iou = {}
    for a, i in enumerate(order):
        for j in order[a + 1 :]:
            iou[i, j] = _iou(b[i], b[j]) if l[i] == l[j] else 0.0
    comp = {j: max([iou[i, j] for i in order[: order.index(j)]], default=0.0) for j in order}
    out = {}
    for a, j in enumerate(order):
        ratios = [f(iou[i, j]) / f(comp[i]) for i in order[:a]]
        out[j] = s[j] * min([1.0, *ratios])
    return out


def _wbf_ref(boxes, scores, labels, thr):
    leaders = ops.batched_nms(boxes, scores, labels, thr).tolist()
    b, s, l = boxes.tolist(), scores.tolist(), labels.tolist()
    clusters = {k: [] for k in leaders}
    for j in range(len(s)):
        if j in clusters:
            clusters[j].append(j)
            continue
        same = [k for k in leaders if l[k] == l[j]]
        best = max(same, key=lambda k: _iou(b[k], b[j]))
        clusters[best].append(j)
    out = {}
    for k, members in clusters.items():
        w = sum(s[m] for m in members)
        box = [sum(s[m] * b[m][c] for m in members) / w for c in range(4)]
        out[k] = (box, w / len(members))
    return out


@pytest.mark.parametrize("seed", [0, 1])
def test_hard_and_class_aware_equal_loops(seed):
    boxes, scores, labels = _random(150, seed=seed)
    hard = suppress(boxes, scores, labels, Suppression.HARD, iou_threshold=0.5)
    assert hard.indices.tolist() == _greedy_ref(boxes, scores, torch.zeros_like(labels), 0.5, _iou)
    aware = suppress(boxes, scores, labels, "class_aware", iou_threshold=0.5)
    assert aware.indices.tolist() == _greedy_ref(boxes, scores, labels, 0.5, _iou)
    assert (aware.labels == labels[aware.indices]).all()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_diou_negative_threshold_equals_loop(seed):
    # DIoU > -0.2 holds for boxes that do not overlap: every pair of a label is compared
    boxes, scores, labels = _random(90, seed=seed)
    expected = _greedy_ref(boxes, scores, labels, -0.2, _diou)
    assert suppress(boxes, scores, labels, "diou", iou_threshold=-0.2).indices.tolist() == expected


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_diou_equals_loop(seed, monkeypatch):
    boxes, scores, labels = _random(200, seed=seed)
    expected = _greedy_ref(boxes, scores, labels, 0.4, _diou)
    assert suppress(boxes, scores, labels, "diou", iou_threshold=0.4).indices.tolist() == expected
    # the overlap sweep in many chunks gives the same answer
    monkeypatch.setattr(nms, "PAIR_CHUNK", 5)
    assert suppress(boxes, scores, labels, "diou", iou_threshold=0.4).indices.tolist() == expected


@pytest.mark.parametrize("method", ["soft_linear", "soft_gaussian"])
@pytest.mark.parametrize("limit", [nms.MATRIX_LIMIT, 16])
def test_soft_nms_equals_loop(method, limit, monkeypatch):
    monkeypatch.setattr(nms, "MATRIX_LIMIT", limit)  # 16: row-by-row paths
    boxes, scores, labels = _random(120)
    decay = (
        (lambda iou: 1 - iou if iou > 0.3 else 1.0)
        if method == "soft_linear"
        else (lambda iou: math.exp(-(iou**2) / 0.5))
    )
    expected = _soft_ref(boxes, scores, labels, decay, 0.01)
    res = suppress(
        boxes, scores, labels, method, iou_threshold=0.3, score_threshold=0.01, sigma=0.5
    )
    assert res.indices.tolist() == [i for i, _ in expected]
    torch.testing.assert_close(
        res.scores, torch.tensor([v for _, v in expected], dtype=res.scores.dtype)
    )


def test_soft_nms_sequential_finish_equals_loop(monkeypatch):
    monkeypatch.setattr(nms, "MATRIX_LIMIT", 16)  # every label too large: one row per pick
    boxes, scores, labels = _random(80)
    expected = _soft_ref(boxes, scores, labels, lambda iou: math.exp(-(iou**2) / 0.5), 0.0)
    assert suppress(boxes, scores, labels, "soft_gaussian").indices.tolist() == [
        i for i, _ in expected
    ]


@pytest.mark.parametrize("decay", [Decay.LINEAR, Decay.GAUSSIAN])
@pytest.mark.parametrize("chunk", [nms.PAIR_CHUNK, 7])
def test_matrix_nms_equals_loop(decay, chunk, monkeypatch):
    monkeypatch.setattr(nms, "PAIR_CHUNK", chunk)  # 7: the overlap sweep in many chunks
    boxes, scores, labels = _random(60)
    f = (lambda x: 1 - x) if decay is Decay.LINEAR else (lambda x: math.exp(-(x**2) / 0.5))
    expected = _matrix_ref(boxes, scores, labels, f)
    res = suppress(boxes, scores, labels, "matrix", matrix_decay=decay, score_threshold=-1.0)
    got = dict(zip(res.indices.tolist(), res.scores.tolist()))
    assert got.keys() == expected.keys()
    for k, v in expected.items():
        assert got[k] == pytest.approx(v, rel=1e-6, abs=1e-9)


@pytest.mark.parametrize(
    ("chunk", "thr"), [(nms.PAIR_CHUNK, 0.55), (7, 0.55), (nms.PAIR_CHUNK, 0.0)]
)
def test_wbf_over_nms_clusters_equals_loop(chunk, thr, monkeypatch):
    # 7: the overlap sweep in many chunks; 0.0: any overlap joins a cluster
    monkeypatch.setattr(nms, "PAIR_CHUNK", chunk)
    boxes, scores, labels = _random(100)
    expected = _wbf_ref(boxes, scores, labels, thr)
    res = suppress(boxes, scores, labels, "wbf_nms", iou_threshold=thr)
    assert sorted(res.indices.tolist()) == sorted(expected)
    for box, score, k in zip(res.boxes.tolist(), res.scores.tolist(), res.indices.tolist()):
        assert box == pytest.approx(expected[k][0], rel=1e-5)
        assert score == pytest.approx(expected[k][1], rel=1e-5)


def test_topk_and_thresholds():
    boxes, scores, labels = _random(50)
    res = suppress(boxes, scores, labels, "topk", score_threshold=0.3, max_detections=7)
    expected = [i for i in sorted(range(50), key=lambda i: -float(scores[i])) if scores[i] > 0.3][
        :7
    ]
    assert res.indices.tolist() == expected


def test_hand_checked_examples():
    boxes = torch.tensor([[0.0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60], [0, 0, 10, 10]])
    scores = torch.tensor([0.9, 0.8, 0.7, 0.6])
    labels = torch.tensor([0, 0, 0, 1])
    iou01 = 81 / 119
    assert suppress(boxes, scores, labels, "hard").indices.tolist() == [0, 2]
    assert suppress(boxes, scores, labels, "class_aware").indices.tolist() == [0, 2, 3]
    lin = suppress(boxes, scores, labels, "soft_linear", iou_threshold=0.5)
    assert lin.indices.tolist() == [0, 2, 3, 1]
    assert lin.scores[3].item() == pytest.approx(0.8 * (1 - iou01), rel=1e-5)
    gau = suppress(boxes, scores, labels, "soft_gaussian", sigma=0.5)
    assert gau.scores[-1].item() == pytest.approx(0.8 * math.exp(-(iou01**2) / 0.5), rel=1e-5)
    # DIoU: same IoU as box 1 but centres 10 px apart instead of 1: the side-by-side box survives
    side = torch.tensor([[0.0, 0, 10, 10], [4, 0, 14, 10]])  # IoU 6/14 = 0.43, DIoU 0.43 - 16/196
    assert suppress(side, scores[:2], method="hard", iou_threshold=0.4).indices.tolist() == [0]
    assert suppress(side, scores[:2], method="diou", iou_threshold=0.4).indices.tolist() == [0, 1]
    mat = suppress(boxes, scores, labels, "matrix", matrix_decay="linear")
    assert dict(zip(mat.indices.tolist(), mat.scores.tolist()))[1] == pytest.approx(
        0.8 * (1 - iou01), rel=1e-5
    )
    wbf = suppress(boxes, scores, labels, "wbf")
    assert wbf.boxes[0].tolist() == pytest.approx(
        [0.8 / 1.7, 0.8 / 1.7, 10 + 0.8 / 1.7, 10 + 0.8 / 1.7]
    )
    assert wbf.scores[0].item() == pytest.approx(0.85)


@pytest.mark.parametrize("method", list(Suppression))
def test_empty_inputs_give_empty_results(method):
    res = suppress(torch.zeros(0, 4), torch.zeros(0), None, method)
    assert (
        res.boxes.shape == (0, 4) and res.scores.shape == (0,) and res.indices.dtype == torch.int64
    )
    low = suppress(
        torch.tensor([[0.0, 0, 5, 5]]), torch.tensor([0.01]), None, method, score_threshold=0.5
    )
    assert len(low.scores) == 0


def test_unknown_method_names_choices():
    with pytest.raises(ValueError, match="soft_gaussian"):
        suppress(torch.zeros(1, 4), torch.ones(1), None, "fancy")


def test_pairwise_iou_equals_torchvision():
    a, b = _random(40)[0].float(), _random(30, seed=3)[0].float()
    torch.testing.assert_close(nms.pairwise_iou(a, b), ops.box_iou(a, b))


def test_pairwise_iou_and_diou_batched_equal_torchvision():
    a, b = _random(24, seed=4)[0].float(), _random(18, seed=5)[0].float()
    torch.testing.assert_close(nms.pairwise_diou(a, b), ops.distance_box_iou(a, b))
    # leading dimensions: each (A, B) slice is the 2-D result
    a3, b3 = a.view(3, 8, 4), b.view(3, 6, 4)
    for g in range(3):
        torch.testing.assert_close(nms.pairwise_iou(a3, b3)[g], ops.box_iou(a3[g], b3[g]))
        torch.testing.assert_close(nms.pairwise_diou(a3, b3)[g], ops.distance_box_iou(a3[g], b3[g]))


@pytest.mark.parametrize("limit", [nms.MATRIX_LIMIT, 400, 1])
def test_label_blocks_cover_every_position_once(limit, monkeypatch):
    monkeypatch.setattr(nms, "MATRIX_LIMIT", limit)
    g = torch.Generator().manual_seed(0)
    # skewed label sizes: one large label, several mid-sized and many small ones
    labels = torch.cat([torch.full((40,), 3), torch.randint(10, 14, (50,), generator=g),
                        torch.randint(20, 60, (45,), generator=g)])  # fmt: skip
    labels = labels[torch.randperm(len(labels), generator=g)]
    blocks = nms._label_blocks(labels)
    seen = torch.cat([blk[blk >= 0] for blk in blocks])
    assert sorted(seen.tolist()) == list(range(len(labels)))
    for blk in blocks:
        G, S = blk.shape
        assert G == 1 or G * S * S <= limit
        for row in blk:
            real = row[row >= 0]
            assert len(real) > 0 and (labels[real] == labels[real[0]]).all()
            assert (real[1:] > real[:-1]).all()  # ascending: score order is kept
            assert (row[len(real) :] == -1).all()  # padding only at the end
            assert 2 * len(real) > S  # similar sizes share a block


@pytest.mark.parametrize("method", ["soft_linear", "soft_gaussian"])
@pytest.mark.parametrize("limit", [nms.MATRIX_LIMIT, 300])
def test_soft_nms_many_labels_equals_loop(method, limit, monkeypatch):
    # many labels of different sizes: padded blocks stepped together, several blocks
    monkeypatch.setattr(nms, "MATRIX_LIMIT", limit)
    boxes, scores, labels = _random(140, classes=9, seed=6)
    labels = torch.where(labels < 3, 0, labels)  # one label much larger than the others
    decay = (
        (lambda iou: 1 - iou if iou > 0.4 else 1.0)
        if method == "soft_linear"
        else (lambda iou: math.exp(-(iou**2) / 0.3))
    )
    expected = _soft_ref(boxes, scores, labels, decay, 0.05)
    res = suppress(
        boxes, scores, labels, method, iou_threshold=0.4, score_threshold=0.05, sigma=0.3
    )
    assert res.indices.tolist() == [i for i, _ in expected]
    torch.testing.assert_close(
        res.scores, torch.tensor([v for _, v in expected], dtype=res.scores.dtype)
    )


def test_diou_many_labels_equals_loop(monkeypatch):
    monkeypatch.setattr(nms, "MATRIX_LIMIT", 300)
    boxes, scores, labels = _random(160, classes=9, seed=7)
    labels = torch.where(labels < 3, 0, labels)
    expected = _greedy_ref(boxes, scores, labels, 0.3, _diou)
    assert suppress(boxes, scores, labels, "diou", iou_threshold=0.3).indices.tolist() == expected


@pytest.mark.parametrize("chunk", [nms.PAIR_CHUNK, 3])
def test_overlap_pairs_are_every_overlapping_pair(chunk, monkeypatch):
    monkeypatch.setattr(nms, "PAIR_CHUNK", chunk)
    boxes, _, labels = _random(120, classes=4, seed=8)
    boxes[:5] = boxes[5:10]  # duplicates
    src, dst, iou = nms._overlap_pairs(boxes, labels, nms.pairwise_iou)
    got = {(i, j) for i, j, v in zip(src.tolist(), dst.tolist(), iou.tolist()) if v > 0}
    full = ops.box_iou(boxes, boxes)
    same = labels[:, None] == labels[None, :]
    expected = {(i, j) for i, j in torch.nonzero((full > 0) & same).tolist() if i < j}
    assert got == expected
    assert (src < dst).all() and (labels[src] == labels[dst]).all()
    torch.testing.assert_close(iou, full[src, dst])


def test_components_equal_union_find():
    g = torch.Generator().manual_seed(3)
    n = 200
    src, dst = torch.randint(0, n, (150,), generator=g), torch.randint(0, n, (150,), generator=g)
    parent = list(range(n))

    def find(v):
        while parent[v] != v:
            v = parent[v]
        return v

    for a, b in zip(src.tolist(), dst.tolist()):
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    comp = nms._components(n, src, dst)
    groups = {}
    for v in range(n):
        groups.setdefault(find(v), []).append(v)
    for members in groups.values():
        assert comp[members].tolist() == [min(members)] * len(members)


def _crowd(n, classes, seed):
    # float32 scores with no ties, so every correct greedy NMS keeps the same boxes in one order
    g = torch.Generator().manual_seed(seed)
    centres = torch.rand(max(n // 30, 1), 2, generator=g) * 600
    xy = centres[torch.randint(0, len(centres), (n,), generator=g)]
    xy = xy + torch.randn(n, 2, generator=g) * 10
    boxes = torch.cat([xy, xy + torch.rand(n, 2, generator=g) * 100 + 4], dim=1)
    scores = (torch.randperm(n, generator=g).float() + 1) / (n + 1)  # all above 0
    return boxes, scores, torch.randint(0, classes, (n,), generator=g)


@pytest.mark.parametrize(
    ("n", "classes", "label_boxes"),
    [(1500, 91, None), (4000, 7, None), (4000, 7, 10**6), (2500, 1, 10**6), (3000, 40, 40)],
    ids=["many-labels", "large-labels", "large-labels-in-blocks", "one-label-in-blocks", "mixed"],
)
def test_class_aware_blocks_equal_torchvision(n, classes, label_boxes, monkeypatch):
    # Above BATCHED_NMS_BOXES the labels run side by side in padded blocks (large labels by
    # torchvision's kernel); torchvision's batched_nms (a loop over labels there) is the
    # reference, threshold by threshold.
    if label_boxes is not None:
        monkeypatch.setattr(nms, "BLOCK_LABEL_BOXES", label_boxes)
    boxes, scores, labels = _crowd(n, classes, seed=n + classes)
    assert n > nms.BATCHED_NMS_BOXES
    for thr in (0.1, 0.5, 0.8):
        got = suppress(boxes, scores, labels, "class_aware", iou_threshold=thr).indices
        assert torch.equal(got, ops.batched_nms(boxes, scores, labels, thr)), thr


@pytest.mark.parametrize("steps", [32, 2000], ids=["falls-back", "iterates"])
def test_class_aware_blocks_settle_long_chains(steps, monkeypatch):
    # A row of boxes, each overlapping the next: keeping the first drops the second, which then
    # no longer suppresses the third, and so on down the chain (one link per step): the block
    # either iterates to the end or hands the chain to the sequential kernel.
    monkeypatch.setattr(nms, "GREEDY_STEPS", steps)
    monkeypatch.setattr(nms, "BLOCK_LABEL_BOXES", 10**6)
    n = 1200
    x = torch.arange(n, dtype=torch.float32) * 4  # neighbours: IoU 0.43; next but one: 0.11
    boxes = torch.stack([x, torch.zeros(n), x + 10, torch.full((n,), 10.0)], dim=1)
    scores = 1 - torch.arange(n, dtype=torch.float32) / n
    labels = torch.zeros(n, dtype=torch.int64)
    got = suppress(boxes, scores, labels, "class_aware", iou_threshold=0.3).indices
    assert torch.equal(got, torch.arange(0, n, 2))
    assert torch.equal(got, ops.batched_nms(boxes, scores, labels, 0.3))
