"""Semantic segmentation losses: cross-entropy, Dice, focal and a boundary-aware loss.

Every loss takes logits ``(N, K, h, w)`` and integer targets ``(N, H, W)`` (pixels equal to
``ignore_index`` count nowhere), computes in float32 so it stays finite under fp16/bf16 autocast,
and accepts logits smaller than the target: the target is then sampled at the centres of the
logits' grid (:func:`match_target`), which is how a head is trained on its stride-4 logits
(``aux_low_res``) instead of the image-size ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import Tensor


def match_target(target: Tensor, size: tuple[int, int]) -> Tensor:
    """Integer labels ``(N, H, W)`` sampled at the centres of an ``size`` grid (nearest).

    Example:
        >>> t = torch.arange(16).view(1, 4, 4)
        >>> match_target(t, (2, 2)).tolist()
        [[[5, 7], [13, 15]]]
    """
    if tuple(target.shape[-2:]) == tuple(size):
        return target
    t = F.interpolate(target[:, None].float(), size=size, mode="nearest-exact")
    return t[:, 0].to(target.dtype)


def _prepare(logits: Tensor, target: Tensor) -> tuple[Tensor, Tensor]:
    logits = logits.float()
    return logits, match_target(target.long(), (logits.shape[-2], logits.shape[-1]))


def cross_entropy_loss(
    logits: Tensor,
    target: Tensor,
    weight: Tensor | Sequence[float] | None = None,
    ignore_index: int = 255,
    label_smoothing: float = 0.0,
) -> Tensor:
    """Per-pixel cross-entropy with class weights, an ignore index and label smoothing.

    Example:
        >>> logits = torch.zeros(1, 3, 4, 4)
        >>> round(cross_entropy_loss(logits, torch.zeros(1, 4, 4, dtype=torch.long)).item(), 4)
        1.0986
    """
    logits, target = _prepare(logits, target)
    if weight is not None:
        weight = torch.as_tensor(weight, dtype=torch.float32, device=logits.device)
    if not (target != ignore_index).any():
        return logits.sum() * 0.0  # every pixel ignored: zero, still connected to the graph
    return F.cross_entropy(
        logits, target, weight=weight, ignore_index=ignore_index, label_smoothing=label_smoothing
    )


def _one_hot(target: Tensor, num_classes: int, ignore_index: int) -> tuple[Tensor, Tensor]:
    valid = target != ignore_index
    t = torch.where(valid, target, torch.zeros_like(target))
    onehot = F.one_hot(t, num_classes).permute(0, 3, 1, 2).float()  # (N, H, W, K) -> (N, K, H, W)
    return onehot * valid[:, None], valid[:, None].float()


def dice_loss(
    logits: Tensor, target: Tensor, ignore_index: int = 255, smooth: float = 1.0, eps: float = 1e-7
) -> Tensor:
    """Soft Dice loss over softmax probabilities, averaged over the classes.

    Example:
        >>> target = torch.tensor([[[0, 1], [1, 0]]])
        >>> perfect = 20.0 * F.one_hot(target, 2).permute(0, 3, 1, 2).float()
        >>> dice_loss(perfect, target).item() < 1e-3
        True
    """
    logits, target = _prepare(logits, target)
    onehot, valid = _one_hot(target, logits.shape[1], ignore_index)
    probs = logits.softmax(dim=1) * valid
    dims = (0, 2, 3)
    inter = (probs * onehot).sum(dims)
    card = probs.sum(dims) + onehot.sum(dims)
    dice = (2 * inter + smooth) / (card + smooth).clamp_min(eps)
    return 1.0 - dice.mean()


def focal_loss(
    logits: Tensor,
    target: Tensor,
    gamma: float = 2.0,
    alpha: Tensor | Sequence[float] | None = None,
    ignore_index: int = 255,
) -> Tensor:
    """Softmax focal loss ``-alpha_t (1 - p_t)^gamma log p_t``, averaged over valid pixels.

    Example:
        >>> logits = torch.zeros(1, 2, 3, 3)
        >>> target = torch.zeros(1, 3, 3, dtype=torch.long)
        >>> round(focal_loss(logits, target, gamma=0.0).item(), 4)  # gamma 0 is cross-entropy
        0.6931
    """
    logits, target = _prepare(logits, target)
    valid = target != ignore_index
    t = torch.where(valid, target, torch.zeros_like(target))
    logp = logits.log_softmax(dim=1).gather(1, t[:, None])[:, 0]  # (N, 1, H, W) -> (N, H, W)
    loss = -((1.0 - logp.exp()) ** gamma) * logp
    if alpha is not None:
        loss = loss * torch.as_tensor(alpha, dtype=torch.float32, device=logits.device)[t]
    return (loss * valid).sum() / valid.sum().clamp_min(1)


def boundary_mask(target: Tensor, width: int = 3, ignore_index: int = 255) -> Tensor:
    """Pixels within ``width // 2`` pixels of a label change (``(N, H, W)`` bool).

    Example:
        >>> t = torch.zeros(1, 1, 6, dtype=torch.long); t[..., 3:] = 1
        >>> boundary_mask(t, width=3)[0, 0].int().tolist()
        [0, 0, 1, 1, 0, 0]
    """
    t = target.float()[:, None]  # (N, H, W) -> (N, 1, H, W)
    pad = width // 2
    hi = F.max_pool2d(F.pad(t, (pad,) * 4, mode="replicate"), width, stride=1)
    lo = -F.max_pool2d(F.pad(-t, (pad,) * 4, mode="replicate"), width, stride=1)
    edge = (hi != lo)[:, 0]
    return edge & (target != ignore_index)


def boundary_loss(
    logits: Tensor,
    target: Tensor,
    width: int = 3,
    boundary_weight: float = 1.0,
    ignore_index: int = 255,
) -> Tensor:
    """Boundary-aware cross-entropy: the mean cross-entropy over pixels near label boundaries,
    times ``boundary_weight``, plus the mean over all pixels. Errors on the thin boundary band,
    which a plain mean drowns, get the weight of the whole image.

    Example:
        >>> t = torch.zeros(1, 8, 8, dtype=torch.long); t[:, :, 4:] = 1
        >>> loss = boundary_loss(torch.zeros(1, 2, 8, 8), t)
        >>> round(loss.item(), 4)  # log(2) on the band and overall
        1.3863
    """
    logits, target = _prepare(logits, target)
    pixel = F.cross_entropy(logits, target, ignore_index=ignore_index, reduction="none")
    valid = target != ignore_index
    band = boundary_mask(target, width, ignore_index)
    mean_all = (pixel * valid).sum() / valid.sum().clamp_min(1)
    mean_band = (pixel * band).sum() / band.sum().clamp_min(1)
    return mean_all + boundary_weight * mean_band


def segmentation_loss(
    outputs: Mapping[str, Tensor],
    target: Tensor,
    *,
    logits_key: str = "mask_logits",
    aux_keys: Sequence[str] = ("aux_mask_logits",),
    aux_weight: float = 0.4,
    dice_weight: float = 0.0,
    weight: Tensor | Sequence[float] | None = None,
    ignore_index: int = 255,
    label_smoothing: float = 0.0,
) -> Tensor:
    """The usual training loss of a segmentation head's outputs: cross-entropy on
    ``logits_key`` (``aux_low_res`` trains on the stride-4 grid), plus ``aux_weight`` times the
    cross-entropy of each auxiliary output present, plus ``dice_weight`` times Dice.

    Example:
        >>> out = {"mask_logits": torch.zeros(2, 3, 8, 8), "aux_mask_logits": torch.zeros(2, 3, 8, 8)}
        >>> target = torch.zeros(2, 8, 8, dtype=torch.long)
        >>> round(segmentation_loss(out, target).item(), 4)  # (1 + 0.4) * log(3)
        1.5381
    """
    if logits_key not in outputs:
        raise KeyError(f"outputs have no {logits_key!r}; got {', '.join(outputs)}")
    ce = dict(weight=weight, ignore_index=ignore_index, label_smoothing=label_smoothing)
    loss = cross_entropy_loss(outputs[logits_key], target, **ce)
    if dice_weight:
        loss = loss + dice_weight * dice_loss(outputs[logits_key], target, ignore_index)
    for key in aux_keys:
        if key in outputs:
            loss = loss + aux_weight * cross_entropy_loss(outputs[key], target, **ce)
    return loss


__all__ = [
    "boundary_loss", "boundary_mask", "cross_entropy_loss", "dice_loss", "focal_loss",
    "match_target", "segmentation_loss",
]  # fmt: skip
