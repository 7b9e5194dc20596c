"""What an exported head expects and gives: its contract, written into every export.

A head only makes sense on the features it was built for. The :class:`Contract` states them:
the backbone, the levels the head reads (channels and strides), the rule input sizes must
follow, the resizing and normalisation of images, the class names and what the weights were
trained on. Exports carry it in three forms, all made here from one object:

- Python (:func:`designer.codegen.to_python`): a ``Contract:`` section in the module docstring
  (:meth:`Contract.describe`) and a ``CONTRACT`` constant (:meth:`Contract.to_dict`);
- safetensors: the metadata key :data:`METADATA_KEY` (JSON text);
- ONNX: ``metadata_props`` with the same key, and the description in the model's doc string.

Example:
    >>> import heads
    >>> spec = heads.get_preset("fcos_lite", num_classes=2)
    >>> c = contract_for(spec, "efficientnet_lite0", class_names=("cat", "dog"))
    >>> c.levels[0], c.input_multiple
    (Level(name='c3', channels=40, stride=8, kind='map'), 32)
    >>> Contract.from_json(c.to_json()) == c
    True
    >>> print(c.describe()[1])
    levels read: c3 (40 channels, stride 8), c4 (112 channels, stride 16), c5 (320 channels, stride 32)
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The metadata key of the contract in safetensors and ONNX files.
METADATA_KEY = "model_heads.contract"
#: The format version of :meth:`Contract.to_dict`.
VERSION = 1
UNTRAINED = "untrained (random weights)"


@dataclass(frozen=True)
class Level:
    """One feature level a head reads: ``channels`` maps at ``stride`` (``kind``: map, tokens,
    vector)."""

    name: str
    channels: int
    stride: int
    kind: str = "map"

    def describe(self) -> str:
        if self.kind == "map":
            return f"{self.name} ({self.channels} channels, stride {self.stride})"
        return f"{self.name} ({self.kind} of {self.channels}, stride {self.stride})"


@dataclass(frozen=True)
class Contract:
    """An exported head's contract.

    Attributes:
        task: ``classification``, ``detection`` or ``segmentation``.
        backbone: the backbone name (:func:`designer.backbones.backbone_names`).
        levels: the levels the head reads, shallow to deep.
        input_multiple: image sides (after resizing and padding) must be multiples of this.
        resize: how images are resized and padded before the backbone, in words.
        max_side, min_side: the resize bounds of the longest side, in pixels.
        mean, std: per-channel normalisation of RGB values in ``[0, 1]``.
        class_names: names in output order (empty: unnamed).
        trained_on: what the weights were trained on (or that they are untrained).
        image_size: the longest side the head was trained at (``None``: the backbone's default).
    """

    task: str
    backbone: str
    levels: tuple[Level, ...]
    input_multiple: int
    resize: str
    max_side: int
    min_side: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    class_names: tuple[str, ...] = ()
    trained_on: str = UNTRAINED
    image_size: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values, with ``format`` and ``version`` keys."""
        data = dataclasses.asdict(self)
        data["levels"] = [dataclasses.asdict(lv) for lv in self.levels]
        for key in ("mean", "std", "class_names"):
            data[key] = list(data[key])
        return {"format": "model-heads/contract", "version": VERSION, **data}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, sort_keys=indent is None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Contract:
        """Read :meth:`to_dict`'s output.

        Raises:
            ValueError: naming the missing or malformed field.
        """
        if not isinstance(data, Mapping) or data.get("format") != "model-heads/contract":
            raise ValueError("not a model-heads contract (no format 'model-heads/contract')")
        fields = {f.name for f in dataclasses.fields(cls)}
        try:
            values = {k: v for k, v in data.items() if k in fields}
            values["levels"] = tuple(Level(**lv) for lv in data["levels"])
            for key in ("mean", "std", "class_names"):
                values[key] = tuple(values.get(key, ()))
            return cls(**values)
        except (KeyError, TypeError) as e:
            raise ValueError(f"bad contract: {e}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> Contract:
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError as e:
            raise ValueError(f"bad contract JSON: {e}") from None

    def describe(self) -> list[str]:
        """The contract as lines of text (for docstrings and model descriptions)."""
        names = ", ".join(self.class_names)
        if len(names) > 300:
            shown = ", ".join(self.class_names[:8])
            names = f"{shown}, ... ({len(self.class_names)} in all, see CONTRACT)"
        trained = f"; trained at a longest side of {self.image_size} px" if self.image_size else ""
        return [
            f"backbone: {self.backbone}",
            f"levels read: {', '.join(lv.describe() for lv in self.levels)}",
            f"input size: sides divisible by {self.input_multiple} ({self.resize})",
            f"normalisation: RGB in [0, 1], mean {_floats(self.mean)}, std {_floats(self.std)}",
            f"classes ({len(self.class_names)}): {names or 'unnamed'}",
            f"trained on: {self.trained_on}{trained}",
        ]

    def metadata(self) -> dict[str, str]:
        """The safetensors / ONNX metadata entry."""
        return {METADATA_KEY: self.to_json()}


def _floats(values: Sequence[float]) -> str:
    return "(" + ", ".join(f"{v:g}" for v in values) + ")"


def used_levels(spec: Any) -> list[str]:
    """The input levels some node (or output) of ``spec`` reads, in the spec's order."""
    from heads.spec import plan

    p = plan(spec)
    used = {src for s in p.steps for src, _ in s.input_refs}
    used |= {src for _, src, _ in p.output_refs}
    return [name for name, _ in spec.inputs if name in used]


#: The level that carries the preprocessed image itself (segmentation heads read its size).
IMAGE_LEVEL = "image"


def backbone_for(spec: Any) -> str | None:
    """The first zoo backbone that gives every level ``spec`` reads (``None``: none does).

    Example:
        >>> import heads
        >>> backbone_for(heads.get_preset("fcos_lite", num_classes=3))
        'efficientnet_lite0'
    """
    from designer.backbones import list_backbones

    info = dict(spec.inputs)
    wanted = [k for k in used_levels(spec) if k != IMAGE_LEVEL]
    for b in list_backbones():
        have = b.feature_info
        if all(k in have and have[k] == info[k] for k in wanted):
            return b.name
    return None


def resize_rule(config: Any) -> str:
    """:class:`designer.backbones.PreprocessConfig` in words."""
    policy = getattr(config.policy, "value", str(config.policy))
    rules = {
        "shrink": f"longest side scaled down to at most {config.max_side} px "
        f"(up to at least {config.min_side})",
        "fit": f"longest side scaled to {config.max_side} px",
        "square": f"longest side scaled to {config.max_side} px, padded to a square",
    }
    return f"{rules[policy]}, then zero-padded right and bottom to multiples of {config.multiple}"


def contract_for(
    spec: Any,
    backbone: str,
    *,
    class_names: Sequence[str] = (),
    trained_on: str | None = None,
    image_size: int | None = None,
) -> Contract:
    """The contract of ``spec`` on ``backbone``.

    Args:
        spec: the head's spec.
        backbone: the backbone it reads (its preprocessing is the backbone's).
        class_names: names in output order.
        trained_on: what the weights were trained on (default: untrained).
        image_size: the longest side it was trained at; replaces the backbone's ``max_side``.

    Raises:
        designer.backbones.BackboneError: for an unknown backbone.
    """
    from designer.backbones import _entry

    config = _entry(backbone).config
    if image_size:
        config = dataclasses.replace(config, max_side=int(image_size))
    info = dict(spec.inputs)
    levels = tuple(
        Level(name, info[name].channels, info[name].stride, info[name].kind.value)
        for name in used_levels(spec)
    )
    strides = [lv.stride for lv in levels if lv.kind == "map"]
    return Contract(
        task=spec.task.value,
        backbone=backbone,
        levels=levels,
        input_multiple=max([config.multiple, *strides]),
        resize=resize_rule(config),
        max_side=config.max_side,
        min_side=config.min_side,
        mean=tuple(float(v) for v in config.mean),
        std=tuple(float(v) for v in config.std),
        class_names=tuple(str(n) for n in class_names),
        trained_on=trained_on or UNTRAINED,
        image_size=int(image_size) if image_size else None,
    )


def trained_on_text(bundle: Any) -> str:
    """What a :class:`designer.inference.HeadBundle` was trained on, in words: its card's
    dataset, image count, validation metrics and source (:mod:`designer.cards`), else its note.

    Example:
        >>> from designer.inference import default_head
        >>> trained_on_text(default_head("detection"))
        'synthetic Shapes (1,000 images, synthetic pictures only); validation map 0.589, map_50 0.960; python -m designer.assets_train (fcos_lite on frozen EfficientNet-Lite0)'
    """
    if bundle.state_dict is None:
        return UNTRAINED
    return card_text(getattr(bundle, "card", None)) or bundle.note or "not stated"


def card_text(card: Mapping[str, Any] | None) -> str | None:
    """A head card's dataset, image count, validation metrics and source in words
    (:mod:`designer.cards`); ``None`` for a card that names no dataset."""
    card = dict(card or {})
    if not card.get("dataset"):
        return None
    details = [f"{int(card['image_count']):,} images"] if card.get("image_count") else []
    if card.get("synthetic"):
        details.append("synthetic pictures only")
    text = card["dataset"] + (f" ({', '.join(details)})" if details else "")
    metrics = card.get("metrics") or {}
    figures = [f"{k} {v:.3f}" for k, v in metrics.items() if isinstance(v, int | float)]
    if figures:
        text += "; validation " + ", ".join(figures)
    if card.get("source"):
        text += f"; {card['source']}"
    return text


def bundle_contract(bundle: Any) -> Contract:
    """The contract of a :class:`designer.inference.HeadBundle` (a bundled or trained head)."""
    return contract_for(
        bundle.spec,
        bundle.backbone,
        class_names=bundle.class_names,
        trained_on=trained_on_text(bundle),
        image_size=bundle.image_size,
    )


def bundled_contract(task: Any) -> Contract:
    """The contract of the head bundled for ``task`` (see :func:`designer.inference.default_head`)."""
    from designer.inference import default_head

    return bundle_contract(default_head(task))


def class_names_arg(text: str | None) -> tuple[str, ...]:
    """``--classes``: names separated by commas, or a text file with one name per line."""
    if not text:
        return ()
    path = Path(text)
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        return tuple(line.strip() for line in lines if line.strip())
    return tuple(name.strip() for name in text.split(",") if name.strip())


def cli_contract(spec: Any, args: Any) -> Contract | None:
    """The contract the CLI writes: the named (or matching) backbone, ``--classes``, and where
    the weights came from; ``None`` when no zoo backbone gives the head's levels."""
    backbone = (
        getattr(args, "contract_backbone", None) or getattr(args, "backbone", None)
    ) or backbone_for(spec)
    if backbone is None:
        return None
    weights = getattr(args, "from_weights", None)
    return contract_for(
        spec,
        backbone,
        class_names=class_names_arg(getattr(args, "classes", None)),
        trained_on=f"weights from {Path(weights).name}" if weights else None,
    )


def read_metadata(metadata: Mapping[str, str] | None) -> Contract | None:
    """The contract in a file's metadata (``None`` when it has none)."""
    if not metadata or METADATA_KEY not in metadata:
        return None
    return Contract.from_json(metadata[METADATA_KEY])


__all__ = [
    "METADATA_KEY",
    "UNTRAINED",
    "Contract",
    "Level",
    "bundle_contract",
    "backbone_for",
    "bundled_contract",
    "class_names_arg",
    "cli_contract",
    "contract_for",
    "read_metadata",
    "resize_rule",
    "trained_on_text",
    "used_levels",
]
