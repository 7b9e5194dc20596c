"""Train a designed head on frozen backbone features.

The backbone runs once per image (and once per mirrored image, for flip augmentation) and its
features are cached in fp16; every epoch then runs only the head, with the library's loss for
the task. The package splits by role:

- :mod:`designer.training.loop`: :class:`TrainConfig`, the optimiser, the schedule and the
  loop (:func:`fit`, :func:`train_head`);
- :mod:`designer.training.tasks`: what differs per task (targets, loss, metrics);
- :mod:`designer.training.data`: the split, the spec for the data and the feature cache;
- :mod:`designer.training.results`: progress reports and :class:`TrainResult`;
- :mod:`designer.training.jobs`: runs in the background for the app;
- :mod:`designer.training.cli`: ``model-heads train`` (also under ``torchrun``).

Example:
    >>> TrainConfig(epochs=5).image_size
    256
"""

from designer.inference import TinyBackbone
from designer.training.cli import cli_main, init_distributed, load_training_backbone
from designer.training.data import (
    Prepared,
    image_tensor,
    prepare,
    resolve_design,
    split_samples,
    used_levels,
)
from designer.training.loop import (
    Keep,
    TrainConfig,
    configure_optimizers,
    fit,
    get_lr,
    train_head,
)
from designer.training.results import Progress, TrainResult, plot_curves
from designer.training.tasks import TASKS, box_size_range, detection_decode

__all__ = [
    "TASKS", "Keep", "Prepared", "Progress", "TinyBackbone", "TrainConfig", "TrainResult",
    "box_size_range", "cli_main", "configure_optimizers", "detection_decode", "fit", "get_lr",
    "image_tensor", "init_distributed", "load_training_backbone", "plot_curves", "prepare",
    "resolve_design", "split_samples", "train_head", "used_levels",
]  # fmt: skip
