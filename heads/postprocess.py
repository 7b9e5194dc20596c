"""From dense head outputs to detections: top-k per level, threshold, decode, clip, suppress.

:func:`postprocess_detections` gives what torchvision's ``RetinaNet.postprocess_detections`` and
``FCOS.postprocess_detections`` give (the same detections with class-aware hard NMS), with less
work: every logit is read once, by a max over classes; the top-k per level is taken among the
rows of the level's top-k anchors only (an anchor's best class bounds its other classes), with
one ``topk`` per level for the whole batch; sigmoid, thresholding and decoding touch only those
candidates. No Python loop over images until suppression, which is per image.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import torch
from torch import Tensor

from heads.anchors import grid_anchors, level_strides
from heads.box_coding import DeltaBoxCoder
from heads.nms import Decay, Suppression, suppress
from heads.params import AnchorStride


def _anchor_tensor(anchors, num_anchors_per_level: Sequence[int], N: int, M: int) -> Tensor:
    """Anchors as (M, 4) shared or (N, M, 4) per image, from any of the accepted layouts."""
    if isinstance(anchors, Tensor):
        return anchors
    anchors = list(anchors)
    if not anchors:
        raise ValueError("anchors is empty")
    per_level = len(anchors) == len(num_anchors_per_level) and all(
        isinstance(a, Tensor) and len(a) == n for a, n in zip(anchors, num_anchors_per_level)
    )
    if (
        per_level
        and sum(num_anchors_per_level) == M
        and not (len(anchors) == N and len(anchors[0]) == M)
    ):
        return torch.cat(anchors)  # one per-level list shared by all images
    return torch.stack([torch.cat(list(a)) if isinstance(a, (list, tuple)) else a for a in anchors])


def _score(logits: Tensor, ctr: Tensor | None) -> Tensor:
    """Class probabilities, or FCOS's ``sqrt(sigmoid(cls) * ctr)`` with ``ctr`` a probability.

    Monotone in the logits, so an anchor's best logit gives its best score.
    """
    prob = torch.sigmoid(logits.float())
    return prob if ctr is None else torch.sqrt(prob * ctr)


def postprocess_detections(
    cls_logits: Tensor,
    bbox_regression: Tensor,
    anchors: Tensor | Sequence[Tensor] | Sequence[Sequence[Tensor]],
    num_anchors_per_level: Sequence[int],
    image_sizes: Sequence[Sequence[int]],
    *,
    coder=None,
    bbox_ctrness: Tensor | None = None,
    score_threshold: float = 0.05,
    topk_candidates: int = 1000,
    suppression: Suppression | str = Suppression.CLASS_AWARE,
    iou_threshold: float = 0.5,
    detections_per_img: int = 300,
    sigma: float = 0.5,
    matrix_decay: Decay | str = Decay.GAUSSIAN,
) -> list[dict[str, Tensor]]:
    """Detections per image from a dense head's outputs.

    Args:
        cls_logits: (N, M, K) class logits, levels concatenated.
        bbox_regression: (N, M, 4) box outputs for ``coder``.
        anchors: (M, 4) shared, (N, M, 4), one (M, 4) per image, one per-level list per image
            (torchvision's layout) or one per-level list shared by all images.
        num_anchors_per_level: M_l per level (a level may have 0).
        image_sizes: ``(H, W)`` per image, for clipping; an image with a zero side gets nothing.
        coder: :class:`~heads.box_coding.DeltaBoxCoder` (default) or ``LTRBBoxCoder`` (FCOS).
        bbox_ctrness: (N, M, 1) centerness logits; then ``score = sqrt(sigmoid(cls) *
            sigmoid(ctr))`` as in FCOS.
        score_threshold: keep scores above this.
        topk_candidates: best candidates kept per image and level before suppression.
        suppression: a :class:`~heads.nms.Suppression` method.
        iou_threshold, sigma, matrix_decay: passed to :func:`heads.nms.suppress`.
        detections_per_img: at most this many detections per image.

    Returns:
        one dict per image: ``boxes`` (D, 4) ``xyxy`` pixels, ``scores`` (D,), ``labels`` (D,),
        highest score first.

    Shape:
        cls_logits (N, M, K), bbox_regression (N, M, 4) -> N x {boxes (D, 4), scores (D,), labels (D,)}

    Example:
        >>> from heads.anchors import Anchors
        >>> anchors = Anchors((32, 64), scales_per_octave=1)
        >>> levels = anchors.for_image((64, 64), [(8, 8), (4, 4)])
        >>> counts = [len(a) for a in levels]
        >>> logits = torch.full((1, sum(counts), 2), -9.0)
        >>> logits[0, 10, 1] = 3.0
        >>> out = postprocess_detections(logits, torch.zeros(1, sum(counts), 4), levels, counts, [(64, 64)])
        >>> out[0]["boxes"], out[0]["labels"]
        (tensor([[ 8.,  0., 40., 16.]]), tensor([1]))
    """
    N, M, K = cls_logits.shape
    device = cls_logits.device
    coder = coder or DeltaBoxCoder()
    num_anchors_per_level = [int(n) for n in num_anchors_per_level]
    if sum(num_anchors_per_level) != M:
        raise ValueError(
            f"num_anchors_per_level sums to {sum(num_anchors_per_level)}, but there are {M} anchors"
        )
    if len(image_sizes) != N:
        raise ValueError(f"expected {N} image sizes (one per image), got {len(image_sizes)}")
    empty = {
        "boxes": bbox_regression.new_zeros((0, 4)),
        "scores": cls_logits.new_zeros((0,), dtype=torch.float32),
        "labels": torch.zeros(0, dtype=torch.int64, device=device),
    }
    if N == 0 or M == 0 or K == 0:
        return [dict(empty) for _ in range(N)]
    anchors = _anchor_tensor(anchors, num_anchors_per_level, N, M)
    ctr = None if bbox_ctrness is None else torch.sigmoid(bbox_ctrness[..., 0].float())  # (N, M)

    # An anchor's best class bounds all its scores: the top-k scores of a level lie in the
    # level's top-k anchors by best score, so only those rows are read again.
    best = cls_logits.amax(dim=2)  # (N, M, K) -> (N, M)
    key = best if ctr is None else _score(best, ctr)
    flat_logits = cls_logits.reshape(N * M, K)  # (N, M, K) -> (N*M, K)
    offsets = torch.arange(N, device=device)[:, None] * M  # first row of each image in flat_logits
    if ctr is not None:
        ctr = ctr.reshape(N * M)  # (N, M) -> (N*M,)
    anchor_parts, label_parts, score_parts = [], [], []
    start = 0
    for count in num_anchors_per_level:
        k_anchors = min(topk_candidates, count)
        if k_anchors == 0:
            start += count
            continue
        top = key[:, start : start + count].topk(k_anchors, dim=1, sorted=False).indices + start
        rows_at = (top + offsets).flatten()  # (N, k_anchors) -> (N * k_anchors,) rows of flat
        rows = flat_logits.index_select(0, rows_at).view(N, k_anchors, K)
        rows = _score(rows, None if ctr is None else ctr.index_select(0, rows_at).view(N, -1, 1))
        # (N, k_anchors, K) -> (N, k_anchors * K): one score per (anchor, class) candidate
        values, flat = rows.reshape(N, -1).topk(min(topk_candidates, k_anchors * K), dim=1)
        anchor_parts.append(torch.gather(top, 1, flat // K))
        label_parts.append(flat % K)
        score_parts.append(values)
        start += count
    if not score_parts:
        return [dict(empty) for _ in range(N)]
    sizes = torch.tensor([[int(h), int(w)] for h, w in image_sizes], device=device).reshape(N, 2)
    scores = torch.cat(score_parts, dim=1)  # (N, P), P <= L * topk_candidates
    keep = (scores > score_threshold) & (sizes > 0).all(dim=1)[:, None]
    # (N, P) -> (D,) candidates, image-major; index_select, not advanced indexing (which starts
    # the thread pool for any size: milliseconds per call on a busy machine)
    at = torch.nonzero(keep.flatten()).squeeze(1)
    img = torch.div(at, keep.shape[1], rounding_mode="floor")
    anchor = torch.cat(anchor_parts, dim=1).flatten().index_select(0, at)
    label = torch.cat(label_parts, dim=1).flatten().index_select(0, at)
    scores = scores.flatten().index_select(0, at)

    # decode and clip the candidates only
    in_batch = img * M + anchor  # row of (N*M, ...) views
    if anchors.ndim == 2:
        cand_anchors = anchors.index_select(0, anchor)
    else:
        cand_anchors = anchors.reshape(N * M, 4).index_select(0, in_batch)
    deltas = bbox_regression.reshape(N * M, -1).index_select(0, in_batch)
    boxes = coder.decode(deltas, cand_anchors)
    hw = sizes.index_select(0, img).to(boxes.dtype)  # (D, 2) as (H, W)
    x = boxes[:, 0::2].clamp(min=0).minimum(hw[:, 1:2])
    y = boxes[:, 1::2].clamp(min=0).minimum(hw[:, 0:1])
    boxes = torch.stack((x[:, 0], y[:, 0], x[:, 1], y[:, 1]), dim=1)

    # suppression per image (boxes of different images never interact); img is sorted
    counts = torch.bincount(img, minlength=N).tolist()
    results = []
    for b, s, lab in zip(boxes.split(counts), scores.split(counts), label.split(counts)):
        if len(s) == 0:
            results.append(dict(empty))
            continue
        res = suppress(
            b,
            s,
            lab,
            suppression,
            iou_threshold=iou_threshold,
            score_threshold=score_threshold,
            max_detections=detections_per_img,
            sigma=sigma,
            matrix_decay=matrix_decay,
        )
        results.append({"boxes": res.boxes, "scores": res.scores, "labels": res.labels})
    return results


def decode_dense(
    outputs: Mapping[str, Tensor],
    image_sizes: Sequence[Sequence[int]],
    feature_sizes: Sequence[Sequence[int]] | None = None,
    *,
    strides: Sequence[int],
    cell_anchors: Sequence[Any],
    coder: Any,
    anchor_stride: AnchorStride | str = AnchorStride.SPEC,
    input_size: Sequence[int] | None = None,
    **options: Any,
) -> list[dict[str, Tensor]]:
    """Detections per image from a dense head's output dict, given its anchor configuration.

    The spec-free core of :func:`heads.detector.decode_detections` (which reads the arguments
    from a spec); exported detection code calls it with the design's values written in.

    Args:
        outputs: ``cls_logits (N, M, K)``, ``bbox_regression (N, M, 4)`` and optionally
            ``bbox_ctrness (N, M, 1)``.
        image_sizes: ``(H, W)`` of each image (boxes are clipped to it).
        feature_sizes: ``(H_l, W_l)`` per level; ``None``: ``ceil(input_size / stride)``.
        strides: each level's stride in the spec.
        cell_anchors: each level's zero-centred ``(A, 4)`` anchors (tensors or nested lists).
        coder: the box coder the regressions decode with.
        anchor_stride: the grid spacing rule (:func:`heads.anchors.level_strides`).
        input_size: ``(H, W)`` of the padded batch the backbone ran on; default: the largest
            image size when ``feature_sizes`` is ``None``, else what
            :func:`heads.anchors.level_strides` assumes.
        **options: :func:`postprocess_detections` options (``score_threshold``,
            ``suppression``, ``iou_threshold`` ...).

    Raises:
        ValueError: when the outputs' ``M`` does not match the feature sizes.
    """
    if feature_sizes is None:
        if input_size is None:
            input_size = (max(int(s[0]) for s in image_sizes), max(int(s[1]) for s in image_sizes))
        feature_sizes = [
            (math.ceil(int(input_size[0]) / s), math.ceil(int(input_size[1]) / s)) for s in strides
        ]
    cls_logits = outputs["cls_logits"]  # (N, M, K)
    cells = [
        torch.as_tensor(c, dtype=cls_logits.dtype, device=cls_logits.device) for c in cell_anchors
    ]
    counts = [int(h) * int(w) * len(c) for (h, w), c in zip(feature_sizes, cells)]
    if len(feature_sizes) != len(cells) or sum(counts) != cls_logits.shape[1]:
        raise ValueError(
            f"the outputs have {cls_logits.shape[1]} predictions per image but feature sizes "
            f"{[tuple(s) for s in feature_sizes]} give {sum(counts)}; pass the feature sizes the "
            "head ran at"
        )
    spacing = level_strides(feature_sizes, strides, anchor_stride, input_size)
    anchors = torch.cat(grid_anchors(feature_sizes, spacing, cells))  # (M, 4)
    return postprocess_detections(
        cls_logits,
        outputs["bbox_regression"],
        anchors,
        counts,
        [(int(s[0]), int(s[1])) for s in image_sizes],
        coder=coder,
        bbox_ctrness=outputs.get("bbox_ctrness"),
        **options,
    )


__all__ = ["decode_dense", "postprocess_detections"]
