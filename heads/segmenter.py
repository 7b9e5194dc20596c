"""Semantic segmentation heads: presets, ``SegmentationHead``, transplanting torchvision heads.

Every preset takes the backbone's levels and adds an ``image`` level (``FeatureInfo(3, 1)``)
that the final ``resize`` node reads for its size only, so a head given
``{**features, "image": image}`` returns ``mask_logits`` of shape ``(N, K, H, W)`` at the image's
size for any ``H, W`` (divisible by the backbone's stride or not). ``low_res_logits=True`` also
returns the logits before that resize as ``aux_low_res`` (stride 4 for the U-Net presets), the
grid to compute a training loss on; ``aux=True`` adds deep supervision as ``aux_mask_logits``.

Example:
    >>> import torch, heads
    >>> levels = {"c3": FeatureInfo(16, 8), "c4": FeatureInfo(32, 16)}
    >>> head = heads.GraphHead(heads.get_preset("deeplabv3plus", levels, num_classes=3, channels=16))
    >>> feats = {"c3": torch.randn(1, 16, 13, 17), "c4": torch.randn(1, 32, 7, 9), "image": torch.randn(1, 3, 97, 131)}
    >>> head.eval()(feats)["mask_logits"].shape
    torch.Size([1, 3, 97, 131])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from torch import Tensor, nn

from heads.analysis import analyze
from heads.base import PerStride, normalize_in_features, select_levels
from heads.blocks.classification import ConvParams
from heads.blocks.segmentation import (
    ASPPParams,
    DeepLabV3PlusParams,
    FCNHeadParams,
    LRASPPParams,
    MLPDecoderParams,
    PointRendParams,
    ResizeParams,
    SegClassifierParams,
    SemanticFPNParams,
    UNetParams,
    UPerNetParams,
)
from heads.graph import GraphHead, resolve_spec
from heads.params import Act, Attention, Fusion, Norm, Upsample
from heads.registry import register_preset
from heads.spec import FeatureInfo, HeadSpec, Node, SpecError, Task

#: The input level that carries the image (read for its size only).
IMAGE_LEVEL = "image"
IMAGE_INFO = FeatureInfo(3, 1)

_RESNET50 = {
    "c2": FeatureInfo(256, 4),
    "c3": FeatureInfo(512, 8),
    "c4": FeatureInfo(1024, 16),
    "c5": FeatureInfo(2048, 32),
}
#: EfficientNet-Lite0's levels (the ``s4 .. s32`` block outputs; see docs/tasks.md, Segmentation).
LITE0_LEVELS = {
    "s4": FeatureInfo(24, 4),
    "s8": FeatureInfo(40, 8),
    "s16": FeatureInfo(112, 16),
    "s32": FeatureInfo(320, 32),
}


# ---------------------------------------------------------------------------------------------
# Helpers shared by the presets
# ---------------------------------------------------------------------------------------------


def with_image_level(in_features: Any) -> dict[str, FeatureInfo]:
    """The levels with an ``image`` level (``FeatureInfo(3, 1)``) first, added when absent.

    Example:
        >>> list(with_image_level({"c5": FeatureInfo(2048, 32)}))
        ['image', 'c5']
    """
    levels = normalize_in_features(in_features)
    image = levels.pop(IMAGE_LEVEL, IMAGE_INFO)
    if image.stride != 1:
        raise SpecError(
            f"the '{IMAGE_LEVEL}' level must have stride 1, got {image.stride}", field="inputs"
        )
    return {IMAGE_LEVEL: image, **levels}


def feature_levels(levels: dict[str, FeatureInfo]) -> list[str]:
    """The backbone levels (everything but the image), shallow to deep.

    Levels that share a stride are all kept, in their order (torchvision's dilated ResNets give
    ``layer3`` and ``layer4`` at stride 8).

    Example:
        >>> feature_levels({"image": IMAGE_INFO, "layer3": FeatureInfo(1024, 8),
        ...                 "layer4": FeatureInfo(2048, 8), "c2": FeatureInfo(256, 4)})
        ['c2', 'layer3', 'layer4']
    """
    return _levels(levels, PerStride.ALL)


def _deepest(levels: dict[str, FeatureInfo]) -> str:
    # The last of the deepest stride's levels: a dilated ResNet's layer4 after its layer3.
    return _levels(levels, PerStride.LAST, count=1)[0]


def _levels(
    levels: dict[str, FeatureInfo], per_stride: PerStride, count: int | None = None
) -> list[str]:
    names = select_levels(levels, per_stride=per_stride, count=count, exclude=(IMAGE_LEVEL,))
    if not names:
        raise SpecError("a segmentation head needs at least one feature level", field="inputs")
    return names


def _second_deepest(levels: dict[str, FeatureInfo], option: str) -> str:
    names = feature_levels(levels)
    if len(names) < 2:
        raise SpecError("an auxiliary classifier needs a second feature level", field=option)
    return names[-2]


def _low_level(levels: dict[str, FeatureInfo], deep: str) -> str:
    # DeepLabV3+'s skip: the stride-4 level if there is one, else the shallowest.
    names = [n for n in feature_levels(levels) if levels[n].stride < levels[deep].stride]
    if not names:
        raise SpecError("needs a level shallower than the deepest one for the skip", field="inputs")
    four = [n for n in names if levels[n].stride == 4]
    return four[0] if four else names[0]


def _finish(
    levels: dict[str, FeatureInfo],
    nodes: list[Node],
    logits: str,
    name: str,
    *,
    low_res_logits: bool = False,
    aux: Node | None = None,
) -> HeadSpec:
    """The spec: ``nodes``, the auxiliary classifier ``aux`` (deep supervision, when given),
    and the nodes resizing ``logits`` (``mask_logits``) and ``aux`` (``aux_mask_logits``) to the
    image's size."""
    resize = [Node("upsample", "resize", (logits, IMAGE_LEVEL), ResizeParams())]
    outputs = {"mask_logits": "upsample"}
    if aux is not None:
        nodes = [*nodes, aux]
        resize.append(Node("aux_upsample", "resize", (aux.name, IMAGE_LEVEL), ResizeParams()))
        outputs["aux_mask_logits"] = "aux_upsample"
    if low_res_logits:
        outputs["aux_low_res"] = logits
    return HeadSpec(Task.SEGMENTATION, levels, (*nodes, *resize), outputs, name)


def _aux_fcn(levels: dict[str, FeatureInfo], num_classes: int) -> Node:
    return Node(
        "aux_fcn", "fcn_head", (_second_deepest(levels, "aux"),), FCNHeadParams(num_classes)
    )


# ---------------------------------------------------------------------------------------------
# Presets reproducing torchvision's heads
# ---------------------------------------------------------------------------------------------

_TV_DEEPLAB_IN = {"layer3": FeatureInfo(1024, 8), "layer4": FeatureInfo(2048, 8)}
#: Level names of the heads made from torchvision models, by the models' backbone output keys
#: (``out`` is a reserved name: the dilated ResNet's ``layer4`` it is).
TORCHVISION_LEVELS = {"out": "layer4", "aux": "layer3", "low": "low", "high": "high"}
_TV_LRASPP_IN = {"low": FeatureInfo(40, 8), "high": FeatureInfo(960, 16)}


@register_preset("deeplabv3", task=Task.SEGMENTATION)
def deeplabv3_preset(
    in_features=None,
    num_classes: int = 21,
    atrous_rates: Sequence[int] = (12, 24, 36),
    channels: int = 256,
    aux: bool = False,
    low_res_logits: bool = False,
) -> HeadSpec:
    """DeepLabV3 (torchvision's ``DeepLabHead``): ASPP, a 3x3 conv and a 1x1 classifier."""
    levels = with_image_level(in_features or _TV_DEEPLAB_IN)
    deep = _deepest(levels)
    nodes = [
        Node("aspp", "aspp", (deep,), ASPPParams(out_channels=channels, rates=tuple(atrous_rates))),
        Node("conv", "conv", ("aspp",), ConvParams(out_channels=channels)),
        Node("classifier", "seg_classifier", ("conv",), SegClassifierParams(num_classes)),
    ]
    return _finish(
        levels,
        nodes,
        "classifier",
        "deeplabv3",
        low_res_logits=low_res_logits,
        aux=_aux_fcn(levels, num_classes) if aux else None,
    )


@register_preset("fcn", task=Task.SEGMENTATION)
def fcn_preset(
    in_features=None, num_classes: int = 21, aux: bool = False, low_res_logits: bool = False
) -> HeadSpec:
    """FCN (torchvision's ``FCNHead``): a 3x3 conv to a quarter of the channels, a 1x1 classifier."""
    levels = with_image_level(in_features or _TV_DEEPLAB_IN)
    nodes = [Node("fcn", "fcn_head", (_deepest(levels),), FCNHeadParams(num_classes))]
    return _finish(
        levels,
        nodes,
        "fcn",
        "fcn",
        low_res_logits=low_res_logits,
        aux=_aux_fcn(levels, num_classes) if aux else None,
    )


@register_preset("lraspp", task=Task.SEGMENTATION)
def lraspp_preset(
    in_features=None, num_classes: int = 21, inter_channels: int = 128, low_res_logits: bool = False
) -> HeadSpec:
    """LR-ASPP (torchvision's ``LRASPPHead``) over the stride-8 and the deepest level."""
    levels = with_image_level(in_features or _TV_LRASPP_IN)
    deep = _deepest(levels)
    shallow = [n for n in feature_levels(levels) if levels[n].stride < levels[deep].stride]
    if not shallow:
        raise SpecError("LR-ASPP needs a level shallower than the deepest one", field="inputs")
    eight = [n for n in shallow if levels[n].stride == 8]
    low = eight[0] if eight else shallow[-1]
    nodes = [Node("lraspp", "lraspp", (low, deep), LRASPPParams(num_classes, inter_channels))]
    return _finish(levels, nodes, "lraspp", "lraspp", low_res_logits=low_res_logits)


# ---------------------------------------------------------------------------------------------
# Multi-level presets
# ---------------------------------------------------------------------------------------------


@register_preset("unet", task=Task.SEGMENTATION)
def unet_preset(
    in_features=None,
    num_classes: int = 21,
    decoder_channels: Sequence[int] = (256, 128, 64),
    num_convs: int = 2,
    upsample: Upsample | str = Upsample.BILINEAR,
    fusion: Fusion | str = Fusion.CONCAT,
    attention: Attention | str = Attention.NONE,
    norm: Norm | str = Norm.BATCH,
    act: Act | str = Act.RELU,
    aux: bool = False,
    low_res_logits: bool = False,
) -> HeadSpec:
    """U-Net decoder over every level (skips shallow to deep) and a 1x1 classifier.

    ``aux=True`` adds a classifier on the second-finest decoder stage (deep supervision).
    """
    levels = with_image_level(in_features or _RESNET50)
    names = feature_levels(levels)
    stages = len(names) - 1
    widths = tuple(decoder_channels)
    if stages >= 1 and len(widths) not in (1, stages):
        # Keep the finest widths when a backbone has fewer levels than the default.
        widths = widths[-stages:] if len(widths) > stages else widths
    params = UNetParams(
        widths,
        num_convs,
        Upsample(upsample),
        Fusion(fusion),
        Attention(attention),
        Norm(norm),
        Act(act),
    )
    nodes = [Node("decoder", "unet_decoder", tuple(names), params)]
    finest = f"decoder.{stages - 1}"
    nodes.append(Node("classifier", "seg_classifier", (finest,), SegClassifierParams(num_classes)))
    if aux and stages < 2:
        raise SpecError(
            "deep supervision needs at least two decoder stages (three levels)", field="aux"
        )
    second = f"decoder.{stages - 2}"
    aux_node = Node("aux_classifier", "seg_classifier", (second,), SegClassifierParams(num_classes))
    return _finish(
        levels,
        nodes,
        "classifier",
        "unet",
        low_res_logits=low_res_logits,
        aux=aux_node if aux else None,
    )


@register_preset("deeplabv3plus", task=Task.SEGMENTATION)
def deeplabv3plus_preset(
    in_features=None,
    num_classes: int = 21,
    atrous_rates: Sequence[int] = (6, 12, 18),
    channels: int = 256,
    low_proj: int = 48,
    upsample: Upsample | str = Upsample.BILINEAR,
    attention: Attention | str = Attention.NONE,
    aux: bool = False,
    low_res_logits: bool = False,
) -> HeadSpec:
    """DeepLabV3+: ASPP on the deepest level, a decoder over the stride-4 skip, a classifier."""
    levels = with_image_level(in_features or _RESNET50)
    deep = _deepest(levels)
    low = _low_level(levels, deep)
    nodes = [
        Node(
            "aspp",
            "aspp",
            (deep,),
            ASPPParams(out_channels=channels, rates=tuple(atrous_rates), dropout=0.1),
        ),
        Node(
            "decoder",
            "deeplabv3plus_decoder",
            (low, "aspp"),
            DeepLabV3PlusParams(
                low_proj, channels, upsample=Upsample(upsample), attention=Attention(attention)
            ),
        ),
        Node("classifier", "seg_classifier", ("decoder",), SegClassifierParams(num_classes)),
    ]
    return _finish(
        levels,
        nodes,
        "classifier",
        "deeplabv3plus",
        low_res_logits=low_res_logits,
        aux=_aux_fcn(levels, num_classes) if aux else None,
    )


@register_preset("fpn_seg", task=Task.SEGMENTATION)
def fpn_seg_preset(
    in_features=None,
    num_classes: int = 21,
    fpn_channels: int = 256,
    channels: int = 128,
    fusion: Fusion | str = Fusion.SUM,
    upsample: Upsample | str = Upsample.BILINEAR,
    low_res_logits: bool = False,
) -> HeadSpec:
    """Panoptic-FPN semantic head: FPN, per-level upsampling to the finest stride, a classifier."""
    levels = with_image_level(in_features or _RESNET50)
    params = SemanticFPNParams(fpn_channels, channels, Fusion(fusion), Upsample(upsample))
    nodes = [
        Node("decoder", "semantic_fpn", tuple(feature_levels(levels)), params),
        Node("classifier", "seg_classifier", ("decoder",), SegClassifierParams(num_classes)),
    ]
    return _finish(levels, nodes, "classifier", "fpn_seg", low_res_logits=low_res_logits)


@register_preset("upernet", task=Task.SEGMENTATION)
def upernet_preset(
    in_features=None,
    num_classes: int = 21,
    channels: int = 512,
    pool_scales: Sequence[int] = (1, 2, 3, 6),
    aux: bool = False,
    low_res_logits: bool = False,
) -> HeadSpec:
    """UPerNet: pyramid pooling and an FPN fused at the finest stride; optional FCN auxiliary."""
    levels = with_image_level(in_features or _RESNET50)
    nodes = [
        Node(
            "decoder",
            "upernet",
            tuple(feature_levels(levels)),
            UPerNetParams(channels, tuple(pool_scales)),
        ),
        Node(
            "classifier",
            "seg_classifier",
            ("decoder",),
            SegClassifierParams(num_classes, dropout=0.1),
        ),
    ]
    return _finish(
        levels,
        nodes,
        "classifier",
        "upernet",
        low_res_logits=low_res_logits,
        aux=_aux_fcn(levels, num_classes) if aux else None,
    )


@register_preset("segformer", task=Task.SEGMENTATION)
def segformer_preset(
    in_features=None, num_classes: int = 21, embed_dim: int = 256, low_res_logits: bool = False
) -> HeadSpec:
    """SegFormer's all-MLP decoder and a classifier."""
    levels = with_image_level(in_features or _RESNET50)
    nodes = [
        Node("decoder", "mlp_decoder", tuple(feature_levels(levels)), MLPDecoderParams(embed_dim)),
        Node(
            "classifier",
            "seg_classifier",
            ("decoder",),
            SegClassifierParams(num_classes, dropout=0.1),
        ),
    ]
    return _finish(levels, nodes, "classifier", "segformer", low_res_logits=low_res_logits)


@register_preset("lite_unet", task=Task.SEGMENTATION)
def lite_unet_preset(
    in_features=None,
    num_classes: int = 4,
    decoder_channels: Sequence[int] = (64, 48, 32),
    low_res_logits: bool = True,
) -> HeadSpec:
    """A light U-Net for EfficientNet-Lite0 levels (strides 4-32), one conv per stage; returns the
    stride-4 logits as ``aux_low_res`` for training on the stride-4 grid."""
    spec = unet_preset(
        in_features or LITE0_LEVELS,
        num_classes,
        decoder_channels,
        num_convs=1,
        low_res_logits=low_res_logits,
    )
    return HeadSpec(spec.task, spec.inputs, spec.nodes, spec.outputs, "lite_unet")


@register_preset("lite_unet_pointrend", task=Task.SEGMENTATION)
def lite_unet_pointrend_preset(
    in_features=None,
    num_classes: int = 4,
    decoder_channels: Sequence[int] = (64, 48, 32),
    point_channels: int = 64,
) -> HeadSpec:
    """lite_unet whose stride-4 logits PointRend refines to the image's size (a point head on
    the stride-4 level); the point logits and coordinates are outputs for the point loss."""
    base = lite_unet_preset(in_features, num_classes, decoder_channels, low_res_logits=True)
    levels = base.input_levels
    fine = _low_level(levels, _deepest(levels))
    params = PointRendParams(point_channels, num_points=512, subdivision_points=2048)
    refine = Node("refine", "pointrend", ("classifier", fine, IMAGE_LEVEL), params)
    nodes = tuple(n for n in base.nodes if n.name != "upsample") + (refine,)
    outputs = {
        "mask_logits": "refine.mask_logits",
        "aux_point_logits": "refine.point_logits",
        "aux_point_coords": "refine.point_coords",
        "aux_low_res": "classifier",
    }
    return HeadSpec(Task.SEGMENTATION, levels, nodes, outputs, "lite_unet_pointrend")


# ---------------------------------------------------------------------------------------------
# Entry point and helpers
# ---------------------------------------------------------------------------------------------


class SegmentationHead(GraphHead):
    """Semantic segmentation head built from a preset (``deeplabv3plus`` by default).

    Args:
        in_features: the backbone's levels (see :func:`heads.base.normalize_in_features`).
        num_classes: number of classes ``K``.
        preset: a segmentation preset name (``deeplabv3``, ``fcn``, ``lraspp``, ``unet``,
            ``deeplabv3plus``, ``fpn_seg``, ``upernet``, ``segformer``, ``lite_unet``).
        **options: the preset's options.

    Shape:
        ``{level: (N, C_l, H_l, W_l), ..., "image": (N, 3, H, W)}`` ->
        ``{"mask_logits": (N, K, H, W), ...}``

    Example:
        >>> import torch
        >>> head = SegmentationHead({"c5": FeatureInfo(64, 32)}, 3, "fcn").eval()
        >>> head({"c5": torch.randn(1, 64, 4, 5), "image": torch.randn(1, 3, 97, 131)})["mask_logits"].shape
        torch.Size([1, 3, 97, 131])
    """

    def __init__(
        self,
        in_features: Any = None,
        num_classes: int = 21,
        preset: str = "deeplabv3plus",
        **options,
    ):
        super().__init__()
        if in_features is not None:
            self.build_head(in_features, {"preset": preset, "num_classes": num_classes, **options})

    def build_head(self, in_features: Any, config: Any) -> None:
        """Build from a spec, or a dict ``{"preset": name, **options}``."""
        spec = resolve_spec(config, in_features)
        if spec.task is not Task.SEGMENTATION:
            raise SpecError(
                f"a SegmentationHead needs a segmentation spec, got {spec.task.value}", field="task"
            )
        self._build(spec)


def check_design(spec: HeadSpec, image_size: tuple[int, int] | int) -> list[str]:
    """Design warnings of ``spec`` at an input size (e.g. atrous rates past the feature map).

    Example:
        >>> spec = deeplabv3_preset({"c5": FeatureInfo(2048, 32)})
        >>> [m.split(": ")[1][:35] for m in check_design(spec, 224)]
        ['atrous rate 12 does not fit the 7x7', 'atrous rate 24 does not fit the 7x7', 'atrous rate 36 does not fit the 7x7']
    """
    return list(analyze(spec, image_size).messages)


# ---------------------------------------------------------------------------------------------
# Weights from torchvision
# ---------------------------------------------------------------------------------------------


def _seq_to_cna(
    dst: nn.Module, conv: nn.Module, norm: nn.Module | None
) -> list[tuple[nn.Module, nn.Module]]:
    pairs = [(dst.conv, conv)]
    if norm is not None:
        pairs.append((dst.norm, norm))
    return pairs


def _deeplab_pairs(head: GraphHead, src: nn.Module) -> list[tuple[nn.Module, nn.Module]]:
    aspp, dst = src[0], head.aspp
    pairs = []
    for i, branch in enumerate(aspp.convs):
        # torchvision's pooling branch starts with the pool (index 0): conv and norm are 1 and 2.
        off = 1 if isinstance(branch[0], nn.AdaptiveAvgPool2d) else 0
        target = dst.convs[i].conv if off else dst.convs[i]
        pairs += _seq_to_cna(target, branch[off], branch[off + 1])
    pairs += _seq_to_cna(dst.project, aspp.project[0], aspp.project[1])
    pairs += _seq_to_cna(head.conv, src[1], src[2])
    pairs.append((head.classifier.conv, src[4]))
    return pairs


def _fcn_pairs(dst: nn.Module, src: nn.Module) -> list[tuple[nn.Module, nn.Module]]:
    return _seq_to_cna(dst.convs[0], src[0], src[1]) + [(dst.classifier, src[4])]


def _lraspp_pairs(head: GraphHead, src: nn.Module) -> list[tuple[nn.Module, nn.Module]]:
    dst = head.lraspp
    return _seq_to_cna(dst.cbr, src.cbr[0], src.cbr[1]) + [
        (dst.scale[1], src.scale[1]),
        (dst.low_classifier, src.low_classifier),
        (dst.high_classifier, src.high_classifier),
    ]


def torchvision_features(model: nn.Module, image: Tensor) -> dict[str, Tensor]:
    """The features a head made by :func:`transplant_from_torchvision` reads: the torchvision
    model's backbone outputs renamed by :data:`TORCHVISION_LEVELS`, and the image."""
    feats = model.backbone(image)
    return {TORCHVISION_LEVELS[k]: v for k, v in feats.items()} | {IMAGE_LEVEL: image}


def transplant_from_torchvision(source: nn.Module, in_features: Any = None) -> GraphHead:
    """A :class:`GraphHead` with the weights of a torchvision segmentation head or model.

    Takes ``DeepLabHead``, ``FCNHead``, ``LRASPPHead`` or a whole ``DeepLabV3``, ``FCN`` or
    ``LRASPP`` model (its ``classifier`` and ``aux_classifier``). The head's levels are named
    after the model's backbone outputs (:data:`TORCHVISION_LEVELS`: ``layer4``/``layer3`` for
    ``out``/``aux``, ``low``/``high``), so ``head(torchvision_features(model, x))["mask_logits"]``
    equals ``model(x)["out"]``.

    Args:
        source: the torchvision module.
        in_features: the levels for a bare head (default: stride 8, the dilated ResNets' and
            torchvision's level names).

    Raises:
        TypeError: for a module this function does not know.

    Example:
        >>> from torchvision.models.segmentation.fcn import FCNHead as TVFCNHead
        >>> head = transplant_from_torchvision(TVFCNHead(64, 3))
        >>> sorted(head.spec.input_levels)
        ['image', 'layer4']
    """
    from torchvision.models.segmentation import FCN, LRASPP, DeepLabV3
    from torchvision.models.segmentation.deeplabv3 import DeepLabHead
    from torchvision.models.segmentation.fcn import FCNHead as TVFCNHead
    from torchvision.models.segmentation.lraspp import LRASPPHead as TVLRASPPHead

    aux_src = (
        getattr(source, "aux_classifier", None) if isinstance(source, DeepLabV3 | FCN) else None
    )
    main = source.classifier if isinstance(source, DeepLabV3 | FCN | LRASPP) else source
    if isinstance(main, DeepLabHead):
        in_ch = main[0].convs[0][0].in_channels
        rates = tuple(b[0].dilation[0] for b in main[0].convs[1:-1])
        levels = in_features or {"layer4": FeatureInfo(in_ch, 8)}
        if aux_src is not None:
            levels = in_features or {"layer3": FeatureInfo(aux_src[0].in_channels, 8), **levels}
        spec = deeplabv3_preset(
            levels, main[4].out_channels, rates, main[1].out_channels, aux=aux_src is not None
        )
        head = GraphHead(spec)
        pairs = _deeplab_pairs(head, main)
    elif isinstance(main, TVFCNHead):
        levels = in_features or {"layer4": FeatureInfo(main[0].in_channels, 8)}
        if aux_src is not None:
            levels = in_features or {"layer3": FeatureInfo(aux_src[0].in_channels, 8), **levels}
        head = GraphHead(fcn_preset(levels, main[4].out_channels, aux=aux_src is not None))
        pairs = _fcn_pairs(head.fcn, main)
    elif isinstance(main, TVLRASPPHead):
        levels = in_features or {
            "low": FeatureInfo(main.low_classifier.in_channels, 8),
            "high": FeatureInfo(main.cbr[0].in_channels, 16),
        }
        spec = lraspp_preset(levels, main.low_classifier.out_channels, main.cbr[0].out_channels)
        head = GraphHead(spec)
        pairs = _lraspp_pairs(head, main)
    else:
        raise TypeError(
            f"cannot transplant a {type(source).__name__}; expected DeepLabHead, FCNHead, LRASPPHead or a "
            "torchvision DeepLabV3, FCN or LRASPP model"
        )
    if aux_src is not None:
        pairs += _fcn_pairs(head.aux_fcn, aux_src)
    copied = 0
    for dst, src in pairs:
        dst.load_state_dict(src.state_dict(), strict=True)
        copied += len(src.state_dict())
    expected = len(head.state_dict())
    if copied != expected:  # every tensor of the head must come from the source
        raise RuntimeError(f"copied {copied} of the head's {expected} tensors")
    return head.train(source.training)


__all__ = [
    "IMAGE_INFO", "IMAGE_LEVEL", "LITE0_LEVELS", "TORCHVISION_LEVELS", "torchvision_features", "SegmentationHead", "check_design",
    "deeplabv3_preset", "deeplabv3plus_preset", "fcn_preset", "feature_levels", "fpn_seg_preset",
    "lite_unet_preset", "lraspp_preset", "segformer_preset", "transplant_from_torchvision",
    "unet_preset", "upernet_preset", "with_image_level",
]  # fmt: skip
