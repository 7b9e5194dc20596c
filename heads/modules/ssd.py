"""The SSD and SSDLite heads (torch): one class and one box predictor per level.

Levels keep their own channels and anchors per location (SSD reads the backbone's maps
directly). A predictor is SSD's 3x3 conv, or SSDLite's depthwise 3x3 conv, batch norm and
ReLU6 followed by a 1x1 conv; both match torchvision's ``SSDHead`` and ``SSDLiteHead`` layer
for layer. The block is described (parameters, default boxes, loss, decoding, transplant) in
:mod:`heads.blocks.ssd`.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn


class SeparablePredictor(nn.Module):
    """SSDLite's predictor: depthwise 3x3 conv, batch norm, ReLU6, then a 1x1 conv.

    Children: ``depthwise`` (no bias), ``norm``, ``act``, ``pointwise``. Weights start from
    N(0, 0.03) and biases from 0 (torchvision's SSDLite init).

    Shape:
        (N, C_in, H, W) -> (N, C_out, H, W)

    Example:
        >>> SeparablePredictor(8, 12)(torch.randn(1, 8, 5, 5)).shape
        torch.Size([1, 12, 5, 5])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        norm_eps: float = 1e-3,
        norm_momentum: float = 0.03,
    ) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(
            in_channels, in_channels, 3, padding=1, groups=in_channels, bias=False
        )
        self.norm = nn.BatchNorm2d(in_channels, eps=norm_eps, momentum=norm_momentum)
        self.act = nn.ReLU6(inplace=True)
        self.pointwise = nn.Conv2d(in_channels, out_channels, 1)
        for conv in (self.depthwise, self.pointwise):
            nn.init.normal_(conv.weight, mean=0.0, std=0.03)
        nn.init.constant_(self.pointwise.bias, 0.0)

    def forward(self, x: Tensor) -> Tensor:
        return self.pointwise(self.act(self.norm(self.depthwise(x))))


def conv_predictor(
    in_channels: int, out_channels: int, norm_eps: float = 1e-3, norm_momentum: float = 0.03
) -> nn.Conv2d:
    """SSD's predictor: a 3x3 conv, Xavier-uniform weights and zero bias (torchvision's init;
    ``norm_eps`` and ``norm_momentum`` are unused).

    Shape:
        (N, C_in, H, W) -> (N, C_out, H, W)
    """
    conv = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1)
    nn.init.xavier_uniform_(conv.weight)
    nn.init.constant_(conv.bias, 0.0)
    return conv


#: The predictor of each level by :class:`heads.params.SSDPredictor` value.
PREDICTORS = {"conv": conv_predictor, "separable": SeparablePredictor}


class SSDHead(nn.Module):
    """SSD's head: a class and a box predictor per level, levels with their own channels and
    anchor counts.

    The class predictor gives ``K + 1`` scores per anchor, the background first as in
    torchvision; the head returns the classes as ``cls_logits`` and the background apart.

    Args:
        in_channels: channels of each level.
        num_anchors: default boxes per location of each level.
        num_classes: classes ``K`` (without the background).
        predictor: ``conv`` (SSD) or ``separable`` (SSDLite).
        norm_eps, norm_momentum: the SSDLite predictors' batch norm (torchvision's 0.001, 0.03).

    Shape:
        [(N, C_l, H_l, W_l)] * L -> cls_logits (N, M, K), bbox_regression (N, M, 4),
        background_logits (N, M, 1), M = sum(H_l * W_l * A_l)

    Example:
        >>> head = SSDHead((16, 8), (4, 6), num_classes=3)
        >>> [tuple(t.shape) for t in head([torch.randn(2, 16, 4, 4), torch.randn(2, 8, 2, 2)])]
        [(2, 88, 3), (2, 88, 4), (2, 88, 1)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        num_anchors: tuple[int, ...],
        num_classes: int,
        predictor: str = "conv",
        norm_eps: float = 1e-3,
        norm_momentum: float = 0.03,
    ) -> None:
        super().__init__()
        self.num_classes = num_classes
        make = PREDICTORS[predictor]
        bn = {"norm_eps": norm_eps, "norm_momentum": norm_momentum}
        self.cls_logits = nn.ModuleList(
            make(c, a * (num_classes + 1), **bn) for c, a in zip(in_channels, num_anchors)
        )
        self.bbox_pred = nn.ModuleList(
            make(c, a * 4, **bn) for c, a in zip(in_channels, num_anchors)
        )

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, Tensor, Tensor]:
        C = self.num_classes + 1
        all_box = []
        for x, pred in zip(xs, self.bbox_pred):
            box = pred(x)
            N, _, H, W = box.shape
            box = box.view(N, -1, 4, H, W)  # (N, A*4, H, W) -> (N, A, 4, H, W)
            box = box.permute(0, 3, 4, 1, 2)  # (N, A, 4, H, W) -> (N, H, W, A, 4)
            all_box.append(box.reshape(N, -1, 4))  # (N, H, W, A, 4) -> (N, HWA, 4)
        all_cls = []
        for x, pred in zip(xs, self.cls_logits):
            cls = pred(x)
            N, _, H, W = cls.shape
            cls = cls.view(N, -1, C, H, W)  # (N, A*(K+1), H, W) -> (N, A, K+1, H, W)
            cls = cls.permute(0, 3, 4, 1, 2)  # (N, A, K+1, H, W) -> (N, H, W, A, K+1)
            all_cls.append(cls.reshape(N, -1, C))  # (N, H, W, A, K+1) -> (N, HWA, K+1)
        scores = torch.cat(all_cls, dim=1)  # (N, M, K+1): the background, then the classes
        # contiguous, like every other head's outputs (callers .view() them)
        return scores[..., 1:].contiguous(), torch.cat(all_box, dim=1), scores[..., :1].contiguous()


__all__ = ["PREDICTORS", "SSDHead", "SeparablePredictor", "conv_predictor"]
