"""Classification losses: cross-entropy with label smoothing and class weights, class weights
from label counts, multi-label BCE with ``pos_weight``, and the asymmetric loss.

Each loss casts logits to float32 first, so extreme logits under fp16/bf16 autocast give finite
values and gradients.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor


class WeightMethod(str, enum.Enum):
    """How :func:`class_weights_from_counts` turns label counts into weights."""

    INVERSE = "inverse"
    SQRT_INVERSE = "sqrt_inverse"
    EFFECTIVE = "effective"


def classification_loss(
    logits: Tensor,
    target: Tensor,
    *,
    label_smoothing: float = 0.0,
    class_weights: Tensor | None = None,
    ignore_index: int = -100,
) -> Tensor:
    """Cross-entropy over ``(N, K)`` logits and ``(N,)`` class indices (or ``(N, K)`` soft
    targets), with label smoothing and per-class weights.

    Shape:
        logits (N, K), target (N,) or (N, K) -> scalar

    Example:
        >>> logits = torch.tensor([[2.0, 0.0], [0.0, 2.0]])
        >>> round(classification_loss(logits, torch.tensor([0, 1])).item(), 4)
        0.1269
    """
    weight = None if class_weights is None else class_weights.to(logits.device, torch.float32)
    return F.cross_entropy(
        logits.float(),
        target if target.dtype == torch.long else target.float(),
        weight=weight,
        ignore_index=ignore_index,
        label_smoothing=label_smoothing,
    )


def class_weights_from_counts(
    counts: Sequence[int] | Tensor,
    method: WeightMethod | str = WeightMethod.INVERSE,
    beta: float = 0.999,
) -> Tensor:
    """Per-class loss weights from label counts, normalised to mean 1.

    ``inverse`` weighs by ``1 / n``, ``sqrt_inverse`` by ``1 / sqrt(n)``, ``effective`` by
    the inverse effective number of samples ``(1 - beta) / (1 - beta ** n)`` (Cui et al., 2019).
    Classes with no samples get weight 0.

    Example:
        >>> class_weights_from_counts([10, 30, 60])
        tensor([2.0000, 0.6667, 0.3333])
    """
    n = torch.as_tensor(counts, dtype=torch.float64)
    if n.ndim != 1 or (n < 0).any():
        raise ValueError("counts must be a 1-D sequence of non-negative numbers")
    method = WeightMethod(method)
    present = n > 0
    raw = torch.zeros_like(n)
    if method is WeightMethod.INVERSE:
        raw[present] = 1.0 / n[present]
    elif method is WeightMethod.SQRT_INVERSE:
        raw[present] = n[present].rsqrt()
    else:
        if not 0.0 < beta < 1.0:
            raise ValueError(f"beta must be in (0, 1), got {beta}")
        raw[present] = (1.0 - beta) / (1.0 - torch.pow(beta, n[present]))
    if not present.any():
        raise ValueError("every class count is zero")
    raw = raw * present.sum() / raw.sum()
    return raw.float()


def multilabel_bce(logits: Tensor, targets: Tensor, *, pos_weight: Tensor | None = None) -> Tensor:
    """Binary cross-entropy per class for multi-label heads; ``pos_weight`` (K,) up-weighs
    positives of rare labels.

    Shape:
        logits (N, K), targets (N, K) in {0, 1} -> scalar
    """
    pw = None if pos_weight is None else pos_weight.to(logits.device, torch.float32)
    return F.binary_cross_entropy_with_logits(logits.float(), targets.float(), pos_weight=pw)


def asymmetric_loss(
    logits: Tensor,
    targets: Tensor,
    *,
    gamma_pos: float = 0.0,
    gamma_neg: float = 4.0,
    clip: float = 0.05,
    eps: float = 1e-8,
) -> Tensor:
    """Asymmetric loss for multi-label classification (Ridnik et al., 2021).

    Easy negatives are down-weighted by ``p ** gamma_neg`` after shifting their probability
    down by ``clip``; positives use ``(1 - p) ** gamma_pos``. Mean over all entries.

    Shape:
        logits (N, K), targets (N, K) in {0, 1} -> scalar
    """
    x = logits.float()
    y = targets.float()
    p = torch.sigmoid(x)
    p_neg = (p - clip).clamp(min=0) if clip > 0 else p
    # log(sigmoid(x)) and log(1 - p_neg) in forms that stay finite for extreme logits.
    log_pos = F.logsigmoid(x)
    log_neg = torch.log((1 - p_neg).clamp(min=eps))
    loss_pos = y * log_pos * (1 - p).pow(gamma_pos)
    loss_neg = (1 - y) * log_neg * p_neg.pow(gamma_neg)
    return -(loss_pos + loss_neg).mean()


__all__ = [
    "WeightMethod",
    "asymmetric_loss",
    "class_weights_from_counts",
    "classification_loss",
    "multilabel_bce",
]
