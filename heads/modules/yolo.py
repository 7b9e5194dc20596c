"""The YOLOv8-style decoupled, anchor-free detection head (torch).

Every level gets its own class branch and box branch (decoupled, not shared over levels as
RetinaNet's and FCOS's towers are). The box branch predicts each side's distance from the
location's centre as a distribution over ``reg_max`` bins (distribution focal loss, DFL); the
expected value of the softmax is the distance in strides. The block is described (parameters,
plan, anchors, loss) in :mod:`heads.blocks.yolo`.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn

from heads.layers import ConvNormAct


def yolo_branch(
    in_channels: int,
    width: int,
    out_channels: int,
    num_convs: int,
    norm: str,
    act: str,
    bias: float,
) -> nn.Sequential:
    """``num_convs`` 3x3 conv-norm-act layers at ``width``, then a 1x1 prediction conv whose
    bias starts at ``bias``.

    Shape:
        (N, C_in, H, W) -> (N, out_channels, H, W)

    Example:
        >>> yolo_branch(16, 32, 8, 2, "batch", "silu", 1.0)(torch.randn(1, 16, 4, 4)).shape
        torch.Size([1, 8, 4, 4])
    """
    layers: list[nn.Module] = [
        ConvNormAct(in_channels if i == 0 else width, width, 3, norm=norm, act=act)
        for i in range(num_convs)
    ]
    pred = nn.Conv2d(width if num_convs else in_channels, out_channels, kernel_size=1)
    nn.init.constant_(pred.bias, bias)
    return nn.Sequential(*layers, pred)


def class_prior_bias(
    num_classes: int, stride: int, objects: float = 5.0, image: int = 640
) -> float:
    """YOLOv8's class bias: ``objects`` expected objects in a ``image`` x ``image`` picture,
    spread over the classes and the level's locations.

    Example:
        >>> round(class_prior_bias(80, 8), 3)
        -11.537
    """
    return math.log(objects / num_classes / (image / stride) ** 2)


class YOLOHead(nn.Module):
    """YOLOv8's decoupled head: per-level class and box branches, DFL box distributions.

    Each side's distance (left, top, right, bottom, from the location's centre, in strides) is
    ``sum_i i * softmax(logits)_i`` over ``reg_max`` bins ``0 .. reg_max - 1``. The head returns
    the class logits, those expected distances (decoded by
    :class:`heads.box_coding.LTRBBoxCoder` against one-stride anchors), and the distribution
    logits the DFL loss reads.

    Args:
        in_channels: channels of each input level (they may differ).
        strides: each level's stride (the class bias prior depends on it).
        num_classes: classes ``K``.
        reg_max: bins ``R`` per side.
        box_width, cls_width: widths of the box and class branches.
        num_convs: 3x3 convs in each branch.
        norm, act: the branches' norm and activation.
        prior_objects: expected objects per 640x640 image (the class bias at the start).

    Shape:
        [(N, C_l, H_l, W_l)] * L -> cls_logits (N, M, K), bbox_regression (N, M, 4),
        bbox_distribution (N, M, 4 * R), M = sum(H_l * W_l)

    Example:
        >>> head = YOLOHead((16, 32), (8, 16), num_classes=3, reg_max=8, box_width=32, cls_width=16)
        >>> [tuple(t.shape) for t in head([torch.randn(2, 16, 8, 8), torch.randn(2, 32, 4, 4)])]
        [(2, 80, 3), (2, 80, 4), (2, 80, 32)]
    """

    def __init__(
        self,
        in_channels: tuple[int, ...],
        strides: tuple[int, ...],
        num_classes: int,
        reg_max: int = 16,
        box_width: int = 64,
        cls_width: int = 64,
        num_convs: int = 2,
        norm: str = "batch",
        act: str = "silu",
        prior_objects: float = 5.0,
    ) -> None:
        super().__init__()
        self.num_classes = num_classes
        self.reg_max = reg_max
        K, R = num_classes, reg_max
        # A box bias of 1 in every bin is a uniform distribution: every location starts with a
        # box (R - 1) strides wide, which overlaps the objects around it (the assigner needs it).
        self.box_branches = nn.ModuleList(
            yolo_branch(c, box_width, 4 * R, num_convs, norm, act, 1.0) for c in in_channels
        )
        self.cls_branches = nn.ModuleList(
            yolo_branch(
                c, cls_width, K, num_convs, norm, act, class_prior_bias(K, s, prior_objects)
            )
            for c, s in zip(in_channels, strides)
        )

    def forward(self, xs: list[Tensor]) -> tuple[Tensor, Tensor, Tensor]:
        K, R = self.num_classes, self.reg_max
        # One branch over every level, then the other (as the other dense heads: cache reuse).
        all_cls = []
        for x, branch in zip(xs, self.cls_branches):
            N, _, H, W = x.shape
            cls = branch(x).permute(0, 2, 3, 1)  # (N, K, H, W) -> (N, H, W, K)
            all_cls.append(cls.reshape(N, H * W, K))  # (N, H, W, K) -> (N, HW, K)
        all_dist = []
        for x, branch in zip(xs, self.box_branches):
            N, _, H, W = x.shape
            dist = branch(x).permute(0, 2, 3, 1)  # (N, 4R, H, W) -> (N, H, W, 4R)
            all_dist.append(dist.reshape(N, H * W, 4 * R))  # (N, H, W, 4R) -> (N, HW, 4R)
        dist = torch.cat(all_dist, dim=1)  # (N, M, 4R)
        N, M, _ = dist.shape
        bins = torch.arange(R, dtype=dist.dtype, device=dist.device)
        # (N, M, 4R) -> (N, M, 4, R): softmax over each side's bins, expected bin -> (N, M, 4)
        ltrb = dist.view(N, M, 4, R).softmax(dim=3).matmul(bins)
        return torch.cat(all_cls, dim=1), ltrb, dist


__all__ = ["YOLOHead", "class_prior_bias", "yolo_branch"]
