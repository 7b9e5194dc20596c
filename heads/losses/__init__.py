"""Losses shipped beside the heads (never inside them), one module per task.

Every loss computes in float32, so it stays finite under fp16/bf16 autocast.
"""

from heads.losses.classification import (  # noqa: F401
    asymmetric_loss,
    class_weights_from_counts,
    classification_loss,
    multilabel_bce,
)
from heads.losses.detection import (  # noqa: F401
    BoxLoss,
    centerness_loss,
    centerness_targets,
    ciou_loss,
    diou_loss,
    fcos_loss,
    giou_loss,
    retinanet_loss,
    sigmoid_focal_loss,
    smooth_l1_loss,
)
from heads.losses.segmentation import (  # noqa: F401
    boundary_loss,
    cross_entropy_loss,
    dice_loss,
    focal_loss,
    match_target,
    segmentation_loss,
)
