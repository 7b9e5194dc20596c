"""Box coding: boxes <-> regression targets relative to anchors.

Both coders work on any leading shape: ``deltas (..., 4)`` with anchors that broadcast to it, so a
batch ``(N, M, 4)`` decodes against shared anchors ``(M, 4)`` in one call.

- :class:`DeltaBoxCoder`: R-CNN / RetinaNet ``(dx, dy, dw, dh)``, equal to torchvision's
  ``BoxCoder``.
- :class:`LTRBBoxCoder`: FCOS distances from the anchor centre to the box's left, top, right and
  bottom edges, optionally divided by the anchor size; equal to torchvision's ``BoxLinearCoder``.

Example:
    >>> anchors = torch.tensor([[0.0, 0.0, 10.0, 10.0]])
    >>> boxes = torch.tensor([[2.0, 1.0, 12.0, 11.0]])
    >>> coder = DeltaBoxCoder()
    >>> coder.decode(coder.encode(boxes, anchors), anchors)
    tensor([[ 2.,  1., 12., 11.]])
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import Tensor

#: torchvision's clamp on ``dw, dh`` before ``exp``: boxes at most 1000/16 times the anchor.
DEFAULT_XFORM_CLIP = math.log(1000.0 / 16)


def _centres_sizes(boxes: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    w = boxes[..., 2] - boxes[..., 0]
    h = boxes[..., 3] - boxes[..., 1]
    return boxes[..., 0] + 0.5 * w, boxes[..., 1] + 0.5 * h, w, h


class DeltaBoxCoder:
    """``(dx, dy, dw, dh)`` coding: centre offsets in anchor sizes and log size ratios.

    Args:
        weights: ``(wx, wy, ww, wh)`` multiply the targets (Faster R-CNN's box head uses
            ``(10, 10, 5, 5)``; RetinaNet ``(1, 1, 1, 1)``).
        bbox_xform_clip: upper clamp of ``dw, dh`` before ``exp`` when decoding.

    Shape:
        encode: boxes (..., 4), anchors broadcastable -> (..., 4);
        decode: deltas (..., 4), anchors broadcastable -> (..., 4).
    """

    def __init__(
        self,
        weights: Sequence[float] = (1.0, 1.0, 1.0, 1.0),
        bbox_xform_clip: float = DEFAULT_XFORM_CLIP,
    ) -> None:
        self.weights = tuple(float(w) for w in weights)
        self.bbox_xform_clip = float(bbox_xform_clip)

    def encode(self, boxes: Tensor, anchors: Tensor) -> Tensor:
        """Regression targets that move ``anchors`` onto ``boxes``."""
        anchors = anchors.to(boxes.dtype)
        wx, wy, ww, wh = self.weights
        ax, ay, aw, ah = _centres_sizes(anchors)
        gx, gy, gw, gh = _centres_sizes(boxes)
        return torch.stack(
            (
                wx * (gx - ax) / aw,
                wy * (gy - ay) / ah,
                ww * torch.log(gw / aw),
                wh * torch.log(gh / ah),
            ),
            dim=-1,
        )

    def decode(self, deltas: Tensor, anchors: Tensor) -> Tensor:
        """Boxes ``xyxy`` from regression outputs; computed in the deltas' dtype."""
        anchors = anchors.to(deltas.dtype)
        wx, wy, ww, wh = self.weights
        ax, ay, aw, ah = _centres_sizes(anchors)
        dx = deltas[..., 0] / wx
        dy = deltas[..., 1] / wy
        # Clamped so that exp() cannot overflow on an untrained head.
        dw = torch.clamp(deltas[..., 2] / ww, max=self.bbox_xform_clip)
        dh = torch.clamp(deltas[..., 3] / wh, max=self.bbox_xform_clip)
        cx = dx * aw + ax
        cy = dy * ah + ay
        half_w = 0.5 * torch.exp(dw) * aw
        half_h = 0.5 * torch.exp(dh) * ah
        return torch.stack((cx - half_w, cy - half_h, cx + half_w, cy + half_h), dim=-1)


class LTRBBoxCoder:
    """FCOS coding: distances from the anchor centre to the box's left, top, right, bottom.

    Args:
        normalize_by_size: divide the distances by the anchor's width/height (torchvision's
            FCOS does, with anchors one stride wide, so targets are in strides).

    Shape:
        encode: boxes (..., 4), anchors broadcastable -> (..., 4);
        decode: distances (..., 4), anchors broadcastable -> (..., 4).

    Example:
        >>> coder = LTRBBoxCoder()
        >>> coder.encode(torch.tensor([[0.0, 0.0, 16.0, 8.0]]), torch.tensor([[0.0, 0.0, 8.0, 8.0]]))
        tensor([[0.5000, 0.5000, 1.5000, 0.5000]])
    """

    def __init__(self, normalize_by_size: bool = True) -> None:
        self.normalize_by_size = normalize_by_size

    def _scale(self, anchors: Tensor) -> Tensor:
        w = anchors[..., 2] - anchors[..., 0]
        h = anchors[..., 3] - anchors[..., 1]
        return torch.stack((w, h, w, h), dim=-1)

    def encode(self, boxes: Tensor, anchors: Tensor) -> Tensor:
        """``(l, t, r, b)`` distances from the anchor centres to the box edges."""
        anchors = anchors.to(boxes.dtype)
        cx = 0.5 * (anchors[..., 0] + anchors[..., 2])
        cy = 0.5 * (anchors[..., 1] + anchors[..., 3])
        out = torch.stack(
            (cx - boxes[..., 0], cy - boxes[..., 1], boxes[..., 2] - cx, boxes[..., 3] - cy), dim=-1
        )
        if self.normalize_by_size:
            out = out / self._scale(anchors)
        return out

    def decode(self, deltas: Tensor, anchors: Tensor) -> Tensor:
        """Boxes ``xyxy`` from ``(l, t, r, b)`` outputs; computed in the deltas' dtype."""
        anchors = anchors.to(deltas.dtype)
        cx = 0.5 * (anchors[..., 0] + anchors[..., 2])
        cy = 0.5 * (anchors[..., 1] + anchors[..., 3])
        if self.normalize_by_size:
            deltas = deltas * self._scale(anchors)
        return torch.stack(
            (cx - deltas[..., 0], cy - deltas[..., 1], cx + deltas[..., 2], cy + deltas[..., 3]),
            dim=-1,
        )


def clip_boxes(boxes: Tensor, image_size: Sequence[int]) -> Tensor:
    """Clips ``xyxy`` boxes to an image of ``(H, W)``. Shape: (..., 4) -> (..., 4)."""
    h, w = int(image_size[0]), int(image_size[1])
    x = boxes[..., 0::2].clamp(min=0, max=w)
    y = boxes[..., 1::2].clamp(min=0, max=h)
    # (..., 2) x 2 -> (..., 2, 2) -> (..., 4) in x1, y1, x2, y2 order
    return torch.stack((x, y), dim=-1).reshape(boxes.shape)


__all__ = ["DEFAULT_XFORM_CLIP", "DeltaBoxCoder", "LTRBBoxCoder", "clip_boxes"]
