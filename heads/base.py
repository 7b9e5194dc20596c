"""``BaseHead``: the seed's head interface, and the input conventions every head shares."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch  # noqa: F401  (used by the doctests)
from torch import Tensor, nn

from heads.spec import FeatureInfo, SpecError

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


__all__ = ["BaseHead", "Features", "gather_inputs", "normalize_in_features"]
