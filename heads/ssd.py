"""SSD's default boxes and post-processing (torchvision's ``DefaultBoxGenerator`` and
``SSD.postprocess_detections`` semantics), spec-free: the ``ssd_head`` block
(:mod:`heads.blocks.ssd`) calls them with its parameters, exported code with the design's
values written in.

Default boxes are fractions of the input: level ``k`` has scale ``s_k``, two square boxes
(``s_k`` and ``sqrt(s_k s_{k+1})``) and, for each extra aspect ratio ``r``, the pair
``(s_k sqrt(r), s_k / sqrt(r))`` and its transpose; widths and heights are clipped to
``[0, 1]`` (``clip``) and multiplied by the input's width and height. Their centres are
``(i + 0.5) * step`` pixels, or ``(i + 0.5) / f_k`` of the input with ``f_k`` the level's map
size when no steps are given.

Scores are a softmax over the background and the classes; the class labels are 0-based like
every head of the library (torchvision's label ``l`` is label ``l - 1`` here, its 0 being the
background).

Example:
    >>> scales = default_box_scales(2, 0.2, 0.9)
    >>> [round(s, 2) for s in scales]
    [0.2, 0.9, 1.0]
    >>> wh = default_box_sizes(scales, ((2.0,), ()))
    >>> [len(w) for w in wh]
    [4, 2]
    >>> [tuple(b.shape) for b in default_boxes([(2, 2), (1, 1)], (64, 64), wh)]
    [(16, 4), (2, 4)]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from heads.box_coding import DeltaBoxCoder
from heads.nms import suppress


def default_box_scales(num_levels: int, min_ratio: float, max_ratio: float) -> list[float]:
    """SSD's scales ``s_0 .. s_L``: evenly from ``min_ratio`` to ``max_ratio`` over the levels,
    then 1 (torchvision's ``DefaultBoxGenerator`` without explicit scales).

    Example:
        >>> [round(s, 3) for s in default_box_scales(6, 0.2, 0.95)]
        [0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.0]
    """
    if num_levels > 1:
        step = max_ratio - min_ratio
        return [min_ratio + step * k / (num_levels - 1.0) for k in range(num_levels)] + [1.0]
    return [min_ratio, max_ratio]


def default_box_sizes(
    scales: Sequence[float], aspect_ratios: Sequence[Sequence[float]]
) -> list[list[tuple[float, float]]]:
    """Each level's default box ``(w, h)`` pairs as fractions of the input: ``(s_k, s_k)``,
    ``(s'_k, s'_k)`` with ``s'_k = sqrt(s_k s_{k+1})``, then ``(s_k sqrt(r), s_k / sqrt(r))``
    and its transpose for each aspect ratio ``r`` of the level.

    Example:
        >>> [[tuple(round(v, 3) for v in p) for p in lv] for lv in default_box_sizes((0.5, 1.0), ((4.0,),))]
        [[(0.5, 0.5), (0.707, 0.707), (1.0, 0.25), (0.25, 1.0)]]
    """
    out = []
    for k, ratios in enumerate(aspect_ratios):
        s_k, s_prime = scales[k], math.sqrt(scales[k] * scales[k + 1])
        pairs = [(s_k, s_k), (s_prime, s_prime)]
        for r in ratios:
            w, h = s_k * math.sqrt(r), s_k / math.sqrt(r)
            pairs += [(w, h), (h, w)]
        out.append(pairs)
    return out


def default_boxes(
    feature_sizes: Sequence[Sequence[int]],
    input_size: Sequence[int],
    sizes: Sequence[Sequence[Sequence[float]]],
    steps: Sequence[int] | None = None,
    clip: bool = True,
    dtype: torch.dtype = torch.float32,
    device: torch.device | str | None = None,
) -> list[Tensor]:
    """Every level's default boxes, ``xyxy`` pixels, location-major then box (the head's order).

    Computed as torchvision's ``DefaultBoxGenerator`` does (the same operations, so the same
    values): centres and sizes as fractions of the input, then scaled by its width and height.

    Args:
        feature_sizes: ``(H_l, W_l)`` per level.
        input_size: ``(H, W)`` of the input the backbone ran on.
        sizes: each level's ``(w, h)`` fractions (:func:`default_box_sizes`).
        steps: each level's spacing in pixels; ``None``: the input's size over the map's.
        clip: clip the fractions to ``[0, 1]``.

    Shape:
        one (H_l * W_l * A_l, 4) tensor per level.
    """
    if len(feature_sizes) != len(sizes) or (steps is not None and len(steps) != len(sizes)):
        raise ValueError(
            f"one feature size, box size list (and step) per level: got {len(feature_sizes)}, "
            f"{len(sizes)}" + ("" if steps is None else f" and {len(steps)}")
        )
    H, W = int(input_size[0]), int(input_size[1])
    xy_size = torch.tensor([W, H], device=device)
    out = []
    for k, (fh, fw) in enumerate(feature_sizes):
        fh, fw = int(fh), int(fw)
        if steps is not None:
            per_x, per_y = W / steps[k], H / steps[k]
        else:
            per_y, per_x = fh, fw
        shifts_x = ((torch.arange(0, fw, device=device) + 0.5) / per_x).to(dtype=dtype)
        shifts_y = ((torch.arange(0, fh, device=device) + 0.5) / per_y).to(dtype=dtype)
        shift_y, shift_x = torch.meshgrid(shifts_y, shifts_x, indexing="ij")
        shift_x, shift_y = shift_x.reshape(-1), shift_y.reshape(-1)  # (H_l, W_l) -> (HW,)
        wh = torch.as_tensor(sizes[k], dtype=dtype, device=device)  # (A, 2)
        # (HW,) x 2A -> (HW, 2A) -> (HWA, 2): each location's centre once per box
        centres = torch.stack((shift_x, shift_y) * len(wh), dim=-1).reshape(-1, 2)
        wh = (wh.clamp(min=0, max=1) if clip else wh).repeat(fh * fw, 1)  # (HWA, 2)
        out.append(torch.cat([(centres - 0.5 * wh) * xy_size, (centres + 0.5 * wh) * xy_size], 1))
    return out


def softmax_scores(outputs: Mapping[str, Tensor]) -> Tensor:
    """Class probabilities of a softmax over the background and the classes: the background
    logit (``aux_background_logits``) and ``cls_logits`` joined as torchvision's head has them.

    Shape:
        cls_logits (N, M, K), aux_background_logits (N, M, 1) -> (N, M, K)
    """
    logits = torch.cat([outputs[BACKGROUND_KEY], outputs["cls_logits"]], dim=-1)  # (N, M, K+1)
    return F.softmax(logits.float(), dim=-1)[..., 1:]


#: The output key of an SSD head's background logits.
BACKGROUND_KEY = "aux_background_logits"


def decode_ssd(
    outputs: Mapping[str, Tensor],
    image_sizes: Sequence[Sequence[int]],
    feature_sizes: Sequence[Sequence[int]] | None = None,
    *,
    strides: Sequence[int],
    box_sizes: Sequence[Sequence[Sequence[float]]],
    steps: Sequence[int] | None = None,
    clip: bool = True,
    box_weights: Sequence[float] = (10.0, 10.0, 5.0, 5.0),
    input_size: Sequence[int] | None = None,
    score_threshold: float = 0.01,
    topk_candidates: int = 400,
    suppression: Any = "class_aware",
    iou_threshold: float = 0.45,
    detections_per_img: int = 200,
    **options: Any,
) -> list[dict[str, Tensor]]:
    """Detections per image from an SSD head's outputs (torchvision's
    ``SSD.postprocess_detections``: softmax scores, per class the ``topk_candidates`` best
    above ``score_threshold`` over all levels, then class-aware suppression).

    Args:
        outputs: ``cls_logits (N, M, K)``, ``bbox_regression (N, M, 4)`` and
            ``aux_background_logits (N, M, 1)``.
        image_sizes: ``(H, W)`` of each image (boxes are clipped to it).
        feature_sizes: ``(H_l, W_l)`` per level; ``None``: ``ceil(input_size / stride)``.
        strides: each level's stride in the spec (for ``feature_sizes=None``).
        box_sizes, steps, clip: the default boxes (:func:`default_boxes`).
        box_weights: the box coder's weights (SSD's ``(10, 10, 5, 5)``).
        input_size: ``(H, W)`` of the input the backbone ran on; default: the largest image.
        score_threshold, topk_candidates, iou_threshold, detections_per_img: as torchvision's
            (its SSD300 defaults; SSDLite uses 0.001, 300, 0.55 and 300).
        suppression: a :class:`heads.nms.Suppression` (class-aware NMS as torchvision).
        **options: further :func:`heads.nms.suppress` options (``sigma``, ``matrix_decay``).

    Returns:
        one dict per image: ``boxes (D, 4)`` xyxy pixels, ``scores (D,)``, ``labels (D,)``
        (0-based), highest score first.
    """
    if input_size is None:
        input_size = (max(int(s[0]) for s in image_sizes), max(int(s[1]) for s in image_sizes))
    if feature_sizes is None:
        feature_sizes = [
            (math.ceil(int(input_size[0]) / s), math.ceil(int(input_size[1]) / s)) for s in strides
        ]
    cls_logits = outputs["cls_logits"]  # (N, M, K)
    N, M, K = cls_logits.shape
    anchors = torch.cat(
        default_boxes(feature_sizes, input_size, box_sizes, steps, clip, device=cls_logits.device)
    )  # (M, 4)
    if len(anchors) != M:
        raise ValueError(
            f"the outputs have {M} predictions per image but feature sizes "
            f"{[tuple(s) for s in feature_sizes]} give {len(anchors)}; pass the feature sizes "
            "the head ran at"
        )
    if len(image_sizes) != N:
        raise ValueError(f"expected {N} image sizes (one per image), got {len(image_sizes)}")
    scores = softmax_scores(outputs)  # (N, M, K)
    coder = DeltaBoxCoder(box_weights)
    boxes = coder.decode(outputs["bbox_regression"].float(), anchors.float())  # (N, M, 4)
    k = min(int(topk_candidates), M)
    results = []
    for b, s, (h, w) in zip(boxes, scores, image_sizes):
        x = b[:, 0::2].clamp(min=0, max=int(w))
        y = b[:, 1::2].clamp(min=0, max=int(h))
        b = torch.stack((x[:, 0], y[:, 0], x[:, 1], y[:, 1]), dim=1)
        # per class, the k best anchors; those not above the threshold are dropped below
        top, idx = s.T.topk(k, dim=1)  # (K, M) -> (K, k)
        label = torch.arange(K, device=s.device)[:, None].expand(K, k)
        keep = top.flatten() > score_threshold
        cand_scores, cand_idx = top.flatten()[keep], idx.flatten()[keep]
        res = suppress(
            b.index_select(0, cand_idx),
            cand_scores,
            label.flatten()[keep],
            suppression,
            iou_threshold=iou_threshold,
            score_threshold=score_threshold,
            max_detections=detections_per_img,
            **options,
        )
        results.append({"boxes": res.boxes, "scores": res.scores, "labels": res.labels})
    return results


__all__ = [
    "BACKGROUND_KEY", "decode_ssd", "default_box_scales", "default_box_sizes", "default_boxes",
    "softmax_scores",
]  # fmt: skip
