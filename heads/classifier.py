"""Classification heads: the seed's ``ClassificationHead`` and the classification presets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from heads.base import PerStride, normalize_in_features, select_levels
from heads.blocks.classification import ClassifierParams, ConvParams, MLPParams, PoolParams
from heads.graph import GraphHead
from heads.params import Act, LabelMode, Norm, PoolType
from heads.registry import register_preset
from heads.spec import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task


def _deepest(levels: dict[str, FeatureInfo]) -> str:
    # The level with the largest stride, of any kind; the last one among equals, so a backbone's
    # head conv (EfficientNet's ``c5_head`` after ``c5``) is what a classifier pools.
    names = select_levels(levels, per_stride=PerStride.LAST, count=1)
    if not names:
        raise SpecError(
            "a classification head needs at least one feature level", field="in_features"
        )
    return names[0]


def classification_spec(
    in_features: Any = 2048,
    num_classes: int = 10,
    dropout_rate: float = 0.0,
    *,
    pool: PoolType | str = PoolType.AVG,
    hidden_features: Sequence[int] = (),
    norm: Norm | str = Norm.BATCH,
    act: Act | str = Act.RELU,
    input_norm: Norm | str = Norm.NONE,
    label_mode: LabelMode | str = LabelMode.SINGLE,
    levels: str = "last",
    conv_channels: int = 0,
    name: str = "",
) -> HeadSpec:
    """The spec of a classification head: [conv] -> pool -> [MLP] -> classifier.

    Args:
        in_features: the backbone's levels (an int is one ``(N, C, H, W)`` level).
        num_classes: number of classes ``K``.
        dropout_rate: dropout before the classifier (and inside the MLP).
        pool: global pooling (``avg, max, avgmax, catavgmax, gem, lse, attention, token``).
        hidden_features: widths of MLP pre-logits layers (empty: none).
        norm, act: the MLP's norm and activation.
        input_norm: a norm on the pooled vector before the MLP (norm-MLP heads).
        label_mode: ``single`` (softmax) or ``multi`` (sigmoid per class).
        levels: ``last`` pools the deepest level; ``all`` pools every level and concatenates.
        conv_channels: a 3x3 conv of this width before pooling (0: none).

    Example:
        >>> spec = classification_spec(2048, 10, hidden_features=(256,))
        >>> [n.block for n in spec.nodes]
        ['pool', 'mlp', 'classifier']
    """
    lv = normalize_in_features(in_features)
    if levels not in ("last", "all"):
        raise SpecError(f"levels must be 'last' or 'all', got {levels!r}", field="levels")
    src = [_deepest(lv)] if levels == "last" else list(lv)
    nodes = []
    if conv_channels:
        if len(src) != 1:
            raise SpecError(
                "a conv before pooling takes one level; use levels='last'", field="conv_channels"
            )
        nodes.append(Node("conv", "conv", tuple(src), ConvParams(out_channels=conv_channels)))
        src = ["conv"]
    nodes.append(Node("pool", "pool", tuple(src), PoolParams(pool_type=PoolType(pool))))
    prev = "pool"
    if hidden_features or Norm(input_norm) is not Norm.NONE:
        if not hidden_features:
            raise SpecError("input_norm needs hidden_features", field="input_norm")
        mlp = MLPParams(
            tuple(hidden_features), Norm(norm), Act(act), float(dropout_rate), Norm(input_norm)
        )
        nodes.append(Node("mlp", "mlp", ("pool",), mlp))
        prev = "mlp"
    mode = LabelMode(label_mode)
    cls = ClassifierParams(
        num_classes, float(dropout_rate), mode, 0.01 if mode is LabelMode.MULTI else 0.0
    )
    nodes.append(Node("classifier", "classifier", (prev,), cls))
    return HeadSpec(Task.CLASSIFICATION, lv, tuple(nodes), {"logits": "classifier"}, name)


class ClassificationHead(GraphHead):
    """Classification head: pooling, optional MLP pre-logits, dropout and a linear classifier.

    Args:
        in_features: channels of the backbone output (or its levels, see
            :func:`heads.base.normalize_in_features`).
        num_classes: number of classes ``K``.
        dropout_rate: dropout before the classifier.
        **options: see :func:`classification_spec` (``pool``, ``hidden_features``,
            ``label_mode``, ``levels`` ...).

    Shape:
        features ``(N, C, H, W)``, ``(N, C)``, tokens ``(N, L, C)`` or a list/dict of levels
        -> ``{"logits": (N, K)}``

    Example:
        >>> import torch
        >>> head = ClassificationHead(in_features=2048, num_classes=10, dropout_rate=0.2)
        >>> head(torch.randn(2, 2048, 7, 7))["logits"].shape
        torch.Size([2, 10])
        >>> head(torch.randn(2, 2048))["logits"].shape
        torch.Size([2, 10])
    """

    def __init__(
        self,
        in_features: Any = None,
        num_classes: int = 10,
        dropout_rate: float = 0.0,
        **options: Any,
    ):
        super().__init__()
        if in_features is not None:
            self.build_head(
                in_features, {"num_classes": num_classes, "dropout_rate": dropout_rate, **options}
            )

    def build_head(self, in_features: Any, config: Any) -> None:
        """Build from ``in_features`` and a dict of :func:`classification_spec` options."""
        if isinstance(config, HeadSpec):
            self._build(config)
            return
        self._build(classification_spec(in_features, **dict(config or {})))

    def forward(self, features):
        # A pooled vector (N, C) given for a map level is that map at 1x1 (what a global pool
        # gives the same vector for).
        levels = self.spec.input_levels
        if (
            hasattr(features, "ndim")
            and features.ndim == 2
            and len(levels) == 1
            and next(iter(levels.values())).kind is Kind.MAP
        ):
            features = features[:, :, None, None]  # (N, C) -> (N, C, 1, 1)
        return super().forward(features)


# ---------------------------------------------------------------------------------------------
# Presets
# ---------------------------------------------------------------------------------------------

_DEFAULT_IN = {"c5": FeatureInfo(2048, 32)}


@register_preset("linear", task=Task.CLASSIFICATION)
def linear_preset(
    in_features=None, num_classes: int = 1000, dropout: float = 0.0, pool: str = "avg"
) -> HeadSpec:
    """Global average pool and one linear layer (torchvision's ResNet ``fc``)."""
    return classification_spec(
        in_features or _DEFAULT_IN, num_classes, dropout, pool=pool, name="linear"
    )


@register_preset("mlp", task=Task.CLASSIFICATION)
def mlp_preset(
    in_features=None, num_classes: int = 1000, hidden: int = 512, dropout: float = 0.2
) -> HeadSpec:
    """Average pool, an MLP layer (linear, batch norm, ReLU, dropout) and a linear classifier."""
    return classification_spec(
        in_features or _DEFAULT_IN, num_classes, dropout, hidden_features=(hidden,), name="mlp"
    )


@register_preset("norm_mlp", task=Task.CLASSIFICATION)
def norm_mlp_preset(
    in_features=None, num_classes: int = 1000, hidden: int = 512, dropout: float = 0.0
) -> HeadSpec:
    """Average pool, layer norm, a GELU pre-logits layer and a classifier (ConvNeXt style)."""
    return classification_spec(
        in_features or _DEFAULT_IN,
        num_classes,
        dropout,
        hidden_features=(hidden,),
        norm=Norm.NONE,
        act=Act.GELU,
        input_norm=Norm.LAYER,
        name="norm_mlp",
    )


@register_preset("conv_pool", task=Task.CLASSIFICATION)
def conv_pool_preset(
    in_features=None, num_classes: int = 1000, channels: int = 128, dropout: float = 0.1
) -> HeadSpec:
    """A 3x3 conv on the deepest map, then average pool and a linear classifier."""
    return classification_spec(
        in_features or _DEFAULT_IN, num_classes, dropout, conv_channels=channels, name="conv_pool"
    )


@register_preset("multilevel", task=Task.CLASSIFICATION)
def multilevel_preset(in_features=None, num_classes: int = 1000, dropout: float = 0.0) -> HeadSpec:
    """Every level average-pooled and concatenated, then a linear classifier."""
    return classification_spec(
        in_features or _DEFAULT_IN, num_classes, dropout, levels="all", name="multilevel"
    )


__all__ = ["ClassificationHead", "classification_spec"]
