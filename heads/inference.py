"""Inference-only form of a head: batch norms folded into convolutions, channels_last layout.

On a CPU, oneDNN's convolutions run markedly faster on channels_last (NHWC) tensors than on
contiguous NCHW ones, and a batch norm in eval mode is an affine map that can be folded into the
convolution before it. :func:`optimize_for_inference` applies both to a copy of a head; the copy
computes the same function (up to float rounding). Its 4-D outputs come out channels_last, as
from any channels_last module (the same shapes and values; ``contiguous_outputs=True`` converts
them back, at the cost of a copy). ``docs/performance.md`` has the measured figures.

Folding uses torch's own ``torch.nn.utils.fusion`` and applies only to pairs that are adjacent
children of an ``nn.Sequential`` (such as :class:`heads.layers.ConvNormAct`), where the order of
children is the order of computation.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn
from torch.nn.utils.fusion import fuse_conv_bn_eval, fuse_linear_bn_eval


def _foldable(bn: nn.Module, kind: type[nn.Module]) -> bool:
    return (
        isinstance(bn, kind)
        and bn.track_running_stats
        and bn.running_mean is not None
        and bn.running_var is not None
    )


def fold_batchnorms(module: nn.Module) -> int:
    """Fold every eval-mode batch norm that directly follows a conv or linear layer inside an
    ``nn.Sequential`` into that layer, in place; the norm becomes ``nn.Identity``.

    Returns:
        how many norms were folded.

    Example:
        >>> from heads.layers import ConvNormAct
        >>> m = nn.Sequential(ConvNormAct(3, 8, norm="batch")).eval()
        >>> fold_batchnorms(m), type(m[0].norm).__name__
        (1, 'Identity')
    """
    if module.training:
        raise ValueError("fold batch norms of a module in eval mode (call .eval() first)")
    folded = 0
    for seq in [m for m in module.modules() if isinstance(m, nn.Sequential)]:
        names = list(seq._modules)
        for a, b in zip(names, names[1:]):
            first, second = seq._modules[a], seq._modules[b]
            if isinstance(first, nn.Conv2d) and _foldable(second, nn.BatchNorm2d):
                seq._modules[a] = fuse_conv_bn_eval(first, second)
            elif isinstance(first, nn.Linear) and _foldable(second, nn.BatchNorm1d):
                seq._modules[a] = fuse_linear_bn_eval(first, second)
            else:
                continue
            seq._modules[b] = nn.Identity()
            folded += 1
    return folded


def _to_layout(x: Any, memory_format: torch.memory_format) -> Any:
    if isinstance(x, Tensor):
        return x.contiguous(memory_format=memory_format) if x.ndim == 4 else x
    if isinstance(x, Mapping):
        return {k: _to_layout(v, memory_format) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return type(x)(_to_layout(v, memory_format) for v in x)
    return x


class InferenceHead(nn.Module):
    """A head prepared by :func:`optimize_for_inference`: same inputs, same output dict.

    Attributes:
        head: the prepared copy (folded norms, channels_last weights when asked).
        spec: the original head's spec, when it has one.
    """

    def __init__(self, head: nn.Module, channels_last: bool, contiguous_outputs: bool) -> None:
        super().__init__()
        self.head = head
        self.channels_last = channels_last
        self.contiguous_outputs = contiguous_outputs
        self.spec = getattr(head, "spec", None)

    def train(self, mode: bool = True) -> InferenceHead:
        if mode:
            raise RuntimeError("an inference head cannot be trained: train the original head")
        return super().train(False)

    def forward(self, features: Any) -> dict[str, Any]:
        if not self.channels_last:
            return self.head(features)
        out = self.head(_to_layout(features, torch.channels_last))
        if self.contiguous_outputs:  # for callers that .view() the maps
            return _to_layout(out, torch.contiguous_format)
        return out


def optimize_for_inference(
    head: nn.Module,
    *,
    channels_last: bool = True,
    fold_norms: bool = True,
    contiguous_outputs: bool = False,
) -> InferenceHead:
    """A copy of ``head`` for inference: batch norms folded into the layers before them and,
    with ``channels_last``, weights and 4-D inputs in channels_last layout.

    The original head is left as it is (train it, save its ``state_dict``); the copy is in eval
    mode, refuses ``train()``, and gives the same outputs up to float rounding (about 1e-6
    relative). With ``channels_last``, 4-D outputs (feature maps, mask logits) keep that layout
    unless ``contiguous_outputs`` asks for a copy in the default one: a large mask costs about a
    tenth of a U-Net head's time to convert.

    Example:
        >>> import heads
        >>> head = heads.build_head(None, heads.get_preset("lite_unet", num_classes=3)).eval()
        >>> fast = optimize_for_inference(head)
        >>> a = heads.analyze(head.spec, 64)
        >>> x = {k: torch.randn(s) for k, s in a.input_shapes.items()}
        >>> with torch.no_grad():
        ...     same = torch.allclose(fast(x)["mask_logits"], head(x)["mask_logits"], atol=1e-5)
        >>> same
        True
    """
    prepared = copy.deepcopy(head).eval()
    if fold_norms:
        fold_batchnorms(prepared)
    if channels_last:
        prepared = prepared.to(memory_format=torch.channels_last)
    for p in prepared.parameters():
        p.requires_grad_(False)
    return InferenceHead(prepared, channels_last, contiguous_outputs).eval()


__all__ = ["InferenceHead", "fold_batchnorms", "optimize_for_inference"]
