"""What a training run reports while it runs and what it produces.

:class:`Progress` reports go to the caller's ``progress`` callback (features, steps, epochs,
done); a :class:`TrainResult` holds the best epoch's weights, the history and the metrics, and
saves them with the spec and the curves.

Example:
    >>> png = plot_curves([{"epoch": 1, "loss": 1.0, "accuracy": 0.5},
    ...                    {"epoch": 2, "loss": 0.5, "accuracy": 0.8}])
    >>> png[1:4]
    b'PNG'
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from torch import Tensor

from heads.graph import GraphHead
from heads.spec import HeadSpec


@dataclass
class Progress:
    """One progress report: ``stage`` is ``features``, ``train``, ``epoch`` or ``done``."""

    stage: str
    epoch: int = 0
    step: int = 0
    total_steps: int = 0
    loss: float = float("nan")
    metrics: dict[str, Any] = field(default_factory=dict)
    elapsed: float = 0.0
    message: str = ""


@dataclass
class TrainResult:
    """What a run produced.

    Attributes:
        spec: the trained head's spec (class counts set from the data).
        state_dict: the best epoch's weights (``None`` when cancelled).
        history: one dict per epoch: ``epoch``, ``loss``, ``lr``, ``seconds`` and the
            validation metrics.
        metrics: the best epoch's validation metrics.
        best_epoch: its number (1-based; 0 when none finished).
        class_names: the classes, in output order.
        cancelled: the run was cancelled (nothing to apply).
        stop_reason: ``epochs``, ``time``, ``early_stopping`` or ``cancelled``.
        seconds: wall time of the whole run; ``feature_seconds`` of feature caching.
    """

    spec: HeadSpec
    state_dict: dict[str, Tensor] | None
    history: list[dict[str, Any]]
    metrics: dict[str, Any]
    best_epoch: int
    class_names: list[str]
    cancelled: bool = False
    stop_reason: str = "epochs"
    seconds: float = 0.0
    feature_seconds: float = 0.0
    backbone: str = ""
    image_size: int = 256
    replica_param_sums: list[float] | None = None

    def head(self) -> GraphHead:
        """The trained head module (eval mode)."""
        if self.state_dict is None:
            raise ValueError("the run was cancelled: there are no trained weights")
        head = GraphHead(self.spec)
        head.load_state_dict(self.state_dict, strict=True)
        return head.eval()

    def curves_png(self) -> bytes:
        """Loss and validation metric curves as PNG bytes."""
        return plot_curves(self.history)

    def save(
        self, out_dir: str | os.PathLike, stem: str = "head", *, curves: bool = True
    ) -> dict[str, Path]:
        """Write the weights, the spec, the metrics and (optionally) the curves.

        Files: ``<stem>.safetensors`` (spec and class names in its metadata), ``<stem>.json``
        (the spec), ``metrics.json`` and ``curves.png`` (``<stem>_metrics.json`` and
        ``<stem>_curves.png`` for a stem other than ``head``).

        Returns:
            The written files by kind (``weights``, ``spec``, ``metrics``, ``curves``).
        """
        from safetensors.torch import save_file

        if self.state_dict is None:
            raise ValueError("the run was cancelled: there are no trained weights to save")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        prefix = "" if stem == "head" else f"{stem}_"
        paths = {
            "weights": out / f"{stem}.safetensors",
            "spec": out / f"{stem}.json",
            "metrics": out / f"{prefix}metrics.json",
        }
        if curves:
            paths["curves"] = out / f"{prefix}curves.png"
        weights = {k: v.detach().cpu().contiguous().clone() for k, v in self.state_dict.items()}
        meta = {
            "spec": self.spec.to_json(None),
            "classes": json.dumps(self.class_names),
            "backbone": self.backbone,
            "image_size": str(self.image_size),
        }
        save_file(weights, str(paths["weights"]), metadata=meta)
        paths["spec"].write_text(self.spec.to_json() + "\n")
        text = json.dumps(self.summary(), indent=2, default=_json_default)
        paths["metrics"].write_text(text + "\n")
        if curves:
            paths["curves"].write_bytes(self.curves_png())
        return paths

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary: metrics, history, classes, how the run ended."""
        return {
            "task": self.spec.task.value,
            "backbone": self.backbone,
            "image_size": self.image_size,
            "class_names": self.class_names,
            "best_epoch": self.best_epoch,
            "metrics": self.metrics,
            "stop_reason": self.stop_reason,
            "seconds": round(self.seconds, 2),
            "feature_seconds": round(self.feature_seconds, 2),
            "history": self.history,
        }


def _json_default(v: Any) -> Any:
    if isinstance(v, float | np.floating):
        return None if math.isnan(v) else float(v)
    return str(v)


def plot_curves(history: Sequence[Mapping[str, Any]]) -> bytes:
    """Training loss and validation metrics per epoch, drawn with matplotlib (Agg) as PNG."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 3.2), dpi=100)
    ax_loss, ax_metric = fig.subplots(1, 2)
    epochs = [h["epoch"] for h in history]
    ax_loss.plot(epochs, [h["loss"] for h in history], marker="o", ms=3, label="train loss")
    ax_loss.set_xlabel("epoch")
    ax_loss.set_title("loss")
    ax_loss.grid(alpha=0.3)
    skip = {"epoch", "loss", "lr", "seconds", "steps"}
    keys = [k for k in (history[0] if history else {}) if k not in skip]
    for k in keys:
        vals = [h.get(k) for h in history]
        if all(isinstance(v, int | float) for v in vals):
            ax_metric.plot(epochs, vals, marker="o", ms=3, label=k)
    ax_metric.set_xlabel("epoch")
    ax_metric.set_title("validation")
    ax_metric.set_ylim(0, 1.02)
    ax_metric.grid(alpha=0.3)
    if keys:
        ax_metric.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


__all__ = ["Progress", "TrainResult", "plot_curves"]
