"""From dense head outputs to detections: threshold, top-k per level, decode, clip, suppress.

:func:`postprocess_detections` does what torchvision's ``RetinaNet.postprocess_detections`` and
``FCOS.postprocess_detections`` do (the same detections with class-aware hard NMS), but batched:
the score threshold is one comparison in logit space over the whole ``(N, M, K)`` batch (no
sigmoid over millions of logits), and the top-k per (image, level) is one grouped sort of the
survivors instead of a Python loop over levels x images.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import Tensor

from heads.box_coding import DeltaBoxCoder
from heads.nms import Decay, Suppression, suppress


def _logit(p: float) -> float:
    if p <= 0:
        return -math.inf
    if p >= 1:
        return math.inf
    return math.log(p / (1 - p))


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


def _group_rank(groups: Tensor, scores: Tensor) -> tuple[Tensor, Tensor]:
    """Order by (group, score desc) and each element's rank inside its group.

    Shape: groups (P,), scores (P,) -> order (P,), rank (P,) aligned with ``order``.
    """
    order = torch.argsort(scores, descending=True, stable=True)
    order = order[torch.argsort(groups[order], stable=True)]
    g = groups[order]
    counts = torch.bincount(g)
    starts = torch.cumsum(counts, 0) - counts
    rank = torch.arange(len(g), device=g.device) - starts[g]
    return order, rank


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

    # Threshold in logit space: sigmoid(x) > t <=> x > logit(t). With centerness both factors
    # must exceed t**2, which prefilters the class logits the same way.
    prefilter = score_threshold if bbox_ctrness is None else score_threshold**2
    img, anchor, label = torch.nonzero(cls_logits > _logit(prefilter), as_tuple=True)
    scores = torch.sigmoid(cls_logits[img, anchor, label].float())
    if bbox_ctrness is not None:
        scores = torch.sqrt(scores * torch.sigmoid(bbox_ctrness[img, anchor, 0].float()))
    sizes = torch.tensor([[int(h), int(w)] for h, w in image_sizes], device=device).reshape(N, 2)
    keep = (scores > score_threshold) & (sizes[img] > 0).all(dim=1)
    img, anchor, label, scores = img[keep], anchor[keep], label[keep], scores[keep]

    # top-k per (image, level): one grouped sort over the survivors
    ends = torch.tensor(num_anchors_per_level, device=device).cumsum(0)
    level = torch.bucketize(anchor, ends, right=True)
    L = len(num_anchors_per_level)
    order, rank = _group_rank(img * L + level, scores)
    order = order[rank < topk_candidates]
    img, anchor, label, scores = img[order], anchor[order], label[order], scores[order]

    # decode and clip the candidates only
    cand_anchors = anchors[anchor] if anchors.ndim == 2 else anchors[img, anchor]
    boxes = coder.decode(bbox_regression[img, anchor], cand_anchors)
    hw = sizes[img].to(boxes.dtype)  # (P, 2) as (H, W)
    x = boxes[:, 0::2].clamp(min=0).minimum(hw[:, 1:2])
    y = boxes[:, 1::2].clamp(min=0).minimum(hw[:, 0:1])
    boxes = torch.stack((x[:, 0], y[:, 0], x[:, 1], y[:, 1]), dim=1)

    # suppression per image (boxes of different images never interact)
    counts = torch.bincount(img, minlength=N).tolist()
    by_image = torch.argsort(img, stable=True)
    results = []
    for part in torch.split(by_image, counts):
        if len(part) == 0:
            results.append(dict(empty))
            continue
        res = suppress(
            boxes[part],
            scores[part],
            label[part],
            suppression,
            iou_threshold=iou_threshold,
            score_threshold=score_threshold,
            max_detections=detections_per_img,
            sigma=sigma,
            matrix_decay=matrix_decay,
        )
        results.append({"boxes": res.boxes, "scores": res.scores, "labels": res.labels})
    return results


__all__ = ["postprocess_detections"]
