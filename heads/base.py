"""``BaseHead``: the seed's head interface, and the input conventions every head shares."""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import torch  # noqa: F401  (used by the doctests)
from torch import Tensor, nn

from heads.spec import FeatureInfo, Kind, SpecError

Features = Tensor | Sequence[Tensor] | Mapping[str, Tensor]


def normalize_in_features(in_features: Any) -> dict[str, FeatureInfo]:
    """Turn the ways of describing a backbone's output into named levels.

    Accepts an int (one level of that many channels at stride 32), a :class:`FeatureInfo`, a
    list of them (named by stride: ``c{log2(stride)}``), or a
    mapping ``name -> FeatureInfo | int``.

    Example:
        >>> normalize_in_features(2048)
        {'c5': FeatureInfo(channels=2048, stride=32, kind=<Kind.MAP: 'map'>)}
        >>> list(normalize_in_features([FeatureInfo(512, 16), FeatureInfo(1024, 32)]))
        ['c4', 'c5']
    """
    if isinstance(in_features, bool):
        raise SpecError(f"in_features must be channels or feature levels, got {in_features!r}")
    if isinstance(in_features, int):
        in_features = FeatureInfo(in_features, 32)
    if isinstance(in_features, FeatureInfo):
        in_features = [in_features]
    if isinstance(in_features, Mapping):
        out = {}
        for k, v in in_features.items():
            out[str(k)] = FeatureInfo(v, 32) if isinstance(v, int) else v
            if not isinstance(out[str(k)], FeatureInfo):
                raise SpecError(f"in_features[{k!r}] must be a FeatureInfo or an int, got {v!r}")
        return out
    if isinstance(in_features, Sequence) and in_features:
        out = {}
        for i, v in enumerate(in_features):
            if not isinstance(v, FeatureInfo):
                raise SpecError(f"in_features[{i}] must be a FeatureInfo, got {v!r}")
            name = f"c{v.stride.bit_length() - 1}" if v.stride & (v.stride - 1) == 0 else f"l{i}"
            if name in out:
                name = f"l{i}"
            out[name] = v
        return out
    raise SpecError(f"in_features must be an int, FeatureInfo, list or dict, got {in_features!r}")


class PerStride(str, enum.Enum):
    """Which of the levels that share a stride :func:`select_levels` keeps.

    ``first``: the first one (a pyramid level, e.g. EfficientNet's ``c5`` block output rather than
    the ``c5_head`` conv after it); ``last``: the last one (what a classifier pools: ``c5_head``);
    ``all``: every one (torchvision's dilated ResNets give ``layer3`` and ``layer4`` at stride 8).
    """

    FIRST = "first"
    LAST = "last"
    ALL = "all"


def select_levels(
    levels: Mapping[str, FeatureInfo],
    *,
    per_stride: PerStride | str,
    kinds: Collection[Kind] | None = None,
    min_stride: int = 1,
    count: int | None = None,
    exclude: Collection[str] = (),
) -> list[str]:
    """The names of the levels a head reads, shallow to deep.

    Keeps the levels not named in ``exclude``, of a kind in ``kinds`` (any kind when ``None``)
    and of stride at least ``min_stride``; sorts them by stride (levels of one stride keep their
    order in ``levels``); keeps the level(s) of each stride that ``per_stride`` says; then the
    deepest ``count`` of those (all when ``None``). Returns an empty list when none qualifies:
    the caller says what it needed.

    Example:
        >>> lite0 = {"c2": FeatureInfo(24, 4), "c3": FeatureInfo(40, 8), "c4": FeatureInfo(112, 16),
        ...          "c5": FeatureInfo(320, 32), "c5_head": FeatureInfo(1280, 32)}
        >>> select_levels(lite0, per_stride="first", kinds={Kind.MAP}, min_stride=8, count=2)
        ['c4', 'c5']
        >>> select_levels(lite0, per_stride="last", count=1)
        ['c5_head']
        >>> dilated = {"image": FeatureInfo(3, 1), "layer4": FeatureInfo(2048, 8),
        ...            "layer3": FeatureInfo(1024, 8)}
        >>> select_levels(dilated, per_stride="all", exclude={"image"})
        ['layer4', 'layer3']
    """
    rule = PerStride(per_stride)
    if count is not None and count < 1:
        raise ValueError(f"count must be at least 1 (or None for every level), got {count}")
    names = [
        name
        for name, info in levels.items()
        if name not in exclude
        and info.stride >= min_stride
        and (kinds is None or info.kind in kinds)
    ]
    names.sort(key=lambda name: levels[name].stride)  # stable: one stride's levels keep order
    if rule is not PerStride.ALL:
        by_stride: dict[int, str] = {}
        for name in names:
            if rule is PerStride.LAST or levels[name].stride not in by_stride:
                by_stride[levels[name].stride] = name
        names = list(by_stride.values())  # in order of first insertion: shallow to deep
    return names if count is None else names[-count:]


class BaseHead(nn.Module):
    """Base class of every head: build layers with :meth:`build_head`, run :meth:`forward`.

    Subclasses implement ``build_head(in_features, config)``, which creates the layers, and
    ``forward(features)``. Passing ``in_features`` and ``config`` to the constructor calls
    ``build_head`` straight away.

    Example:
        >>> class TinyHead(BaseHead):
        ...     def build_head(self, in_features, config):
        ...         self.fc = nn.Linear(in_features, config["num_classes"])
        ...     def forward(self, features):
        ...         return {"logits": self.fc(features)}
        >>> TinyHead(8, {"num_classes": 3})(torch.randn(2, 8))["logits"].shape
        torch.Size([2, 3])
    """

    def __init__(self, in_features: Any = None, config: Any = None) -> None:
        super().__init__()
        if in_features is not None:
            self.build_head(in_features, config if config is not None else {})

    def build_head(self, in_features: Any, config: Any) -> None:
        """Create the head's layers for ``in_features`` following ``config``."""
        raise NotImplementedError(f"{type(self).__name__} must implement build_head")

    def forward(self, features: Features) -> dict[str, Tensor]:  # pragma: no cover - abstract
        raise NotImplementedError(f"{type(self).__name__} must implement forward")


def gather_inputs(features: Features, names: Sequence[str]) -> dict[str, Tensor]:
    """Match the ways of passing features to a head's named input levels.

    One tensor feeds a one-level head (or the last level of a head when it is the only one
    used); a list gives levels in order (a longer list is matched from its end, the way
    backbones list shallow to deep); a dict gives them by name.

    Raises:
        ValueError: saying which level is missing and what was given.
    """
    if isinstance(features, Tensor):
        if len(names) != 1:
            raise ValueError(
                f"this head takes {len(names)} feature levels ({', '.join(names)}); "
                "pass a list or a dict of tensors, not one tensor"
            )
        return {names[0]: features}
    if isinstance(features, Mapping):
        missing = [n for n in names if n not in features]
        if missing:
            raise ValueError(
                f"missing feature level(s) {', '.join(missing)}; got {', '.join(map(str, features))}"
            )
        return {n: features[n] for n in names}
    if isinstance(features, Sequence) and not isinstance(features, str):
        feats = list(features)
        if len(feats) < len(names):
            raise ValueError(
                f"this head takes {len(names)} feature levels, got a list of {len(feats)}"
            )
        return dict(zip(names, feats[len(feats) - len(names) :]))
    raise TypeError(
        f"features must be a tensor, a list or a dict of tensors, got {type(features).__name__}"
    )


__all__ = [
    "BaseHead",
    "Features",
    "PerStride",
    "gather_inputs",
    "normalize_in_features",
    "select_levels",
]
