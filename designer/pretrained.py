"""Pretrained starts: torchvision's COCO detectors and VOC segmenters as a backbone and a head.

A *pretrained start* is one of torchvision's detection or segmentation models whose head a preset
of this project reproduces exactly. Choosing one sets the backbone and the head together:
:func:`load_pretrained` builds torchvision's model offline (``weights=None, weights_backbone=None``),
loads its checkpoint, keeps the model's feature extractor as a designer
:class:`~designer.backbones.Backbone` (:class:`PretrainedBackbone`) and transplants the head
into the project's preset (:func:`heads.transplant_detection_from_torchvision`,
:func:`heads.transplant_from_torchvision`), with torchvision's class names and preprocessing.

Preprocessing is torchvision's own code, configured from the builder and the weights' metadata:

- detection: the weights' ``transforms()`` (a float tensor in ``[0, 1]``), then the model's
  ``GeneralizedRCNNTransform``: normalise with ImageNet mean/std, resize so the shorter side is
  ``min_size`` (800) unless the longer side would pass ``max_size`` (1333), pad the batch at the
  right and bottom to a multiple of 32 (``size_divisible``). Boxes are clipped to the resized
  image and mapped back to the original with torchvision's ``resize_boxes``.
- segmentation: the weights' ``transforms()`` (shorter side resized to ``resize_size``, 520,
  bilinear with antialiasing; normalised). No padding: the logits come at the resized size.

Weights come from a file only: torchvision's cache ``$TORCH_HOME/hub/checkpoints/<file name of the
weights URL>`` (:func:`weights_path`; where ``torchvision`` itself looks), or a path the caller
gives. :func:`download_weights` fetches the file when, and only when, a person asks for it,
through ``torch.hub.download_url_to_file`` (with the hash check of the file name's SHA-256 prefix),
reporting size, destination and progress; ``MODEL_HEADS_WEIGHTS_URL`` points it at a mirror
folder (the file name is appended). Nothing here downloads at import or on load.

Example:
    >>> [p.name for p in list_pretrained()][:3]
    ['retinanet_resnet50_fpn', 'retinanet_resnet50_fpn_v2', 'fcos_resnet50_fpn']
    >>> weights_path("fcos_resnet50_fpn").name
    'fcos_resnet50_fpn_coco-99b0c9b7.pth'
    >>> get_pretrained("deeplabv3_resnet50").class_names[:3]
    ('background', 'aeroplane', 'bicycle')
"""

from __future__ import annotations

import enum
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from PIL import Image
from torch import Tensor, nn

from designer.backbones import (
    Backbone,
    BoundedCache,
    PreprocessConfig,
    PreprocessMeta,
    WeightsError,
    load_checked,
    load_state_dict_file,
)
from heads.spec import FeatureInfo, HeadSpec, Task

#: Environment variable naming a folder URL that holds the weights files (a mirror).
WEIGHTS_URL_ENV = "MODEL_HEADS_WEIGHTS_URL"
#: COCO train2017's image count (the detection weights' training set).
COCO_TRAIN_IMAGES = 118_287


class PretrainedError(ValueError):
    """An unknown pretrained start, or one whose weights are not available."""


class Family(str, enum.Enum):
    """How a start's torchvision model splits into backbone and head."""

    RETINANET = "retinanet"
    FCOS = "fcos"
    SSD = "ssd"
    SEGMENTATION = "segmentation"


# ---------------------------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------------------------

_RESNET50_C3_C5 = {
    "c3": FeatureInfo(512, 8),
    "c4": FeatureInfo(1024, 16),
    "c5": FeatureInfo(2048, 32),
}
_DILATED_RESNET = {"layer3": FeatureInfo(1024, 8), "layer4": FeatureInfo(2048, 8)}
_MOBILENET_DEEPLAB = {"layer3": FeatureInfo(40, 8), "layer4": FeatureInfo(960, 16)}
_MOBILENET_LRASPP = {"low": FeatureInfo(40, 8), "high": FeatureInfo(960, 16)}
#: SSDLite's six maps of a 320x320 input (MobileNetV3's C4 expansion, its last conv, the
#: extra blocks); the names the ``ssdlite320`` preset reads.
_SSDLITE = {
    "c4_expand": FeatureInfo(672, 16),
    "c5": FeatureInfo(480, 32),
    "extra1": FeatureInfo(512, 64),
    "extra2": FeatureInfo(256, 128),
    "extra3": FeatureInfo(256, 256),
    "extra4": FeatureInfo(128, 512),
}


@dataclass(frozen=True)
class PretrainedDef:
    """One pretrained start.

    Attributes:
        name: torchvision's builder name (``torchvision.models.get_model``).
        family: how the model splits into backbone and head.
        description: one line for lists.
        levels: the backbone's levels (what :class:`PretrainedBackbone` returns).
        head_levels: the levels the transplanted head reads (segmentation: with their true
            strides; detection: the preset's inputs).
        build_kwargs: builder arguments that make the untrained model match the checkpoint.
        frozen_norm_eps: the epsilon torchvision gives the frozen norms after loading these
            weights (``overwrite_eps``: 0 for the first RetinaNet's legacy weights).
        fixed_size: the square side every image is resized to, whatever its aspect (SSD);
            ``None`` where the resize keeps the aspect within min/max sizes.
    """

    name: str
    family: Family
    description: str
    levels: dict[str, FeatureInfo]
    head_levels: dict[str, FeatureInfo]
    build_kwargs: dict[str, Any] = field(default_factory=dict)
    frozen_norm_eps: float | None = None
    fixed_size: int | None = None

    @property
    def task(self) -> Task:
        return Task.SEGMENTATION if self.family is Family.SEGMENTATION else Task.DETECTION

    @property
    def weights(self) -> Any:
        """torchvision's weights enum member (its URL, categories and metrics; offline)."""
        import torchvision

        return torchvision.models.get_model_weights(self.name).DEFAULT

    @property
    def file_name(self) -> str:
        """The checkpoint's file name: the last part of the weights URL."""
        return self.weights.url.rsplit("/", 1)[-1]

    @property
    def class_names(self) -> tuple[str, ...]:
        """torchvision's categories in label order (``__background__`` named ``background``).

        An SSD head's softmax keeps the background apart and its labels are 0-based object
        classes (torchvision's label ``l`` is ``l - 1``): its names leave the background out.
        """
        names = tuple(
            "background" if c == "__background__" else c for c in self.weights.meta["categories"]
        )
        return names[1:] if self.family is Family.SSD else names

    @property
    def torchvision_num_classes(self) -> int:
        """The ``num_classes`` torchvision's builder takes for these weights."""
        return len(self.weights.meta["categories"])

    @property
    def summary(self) -> str:
        """The description with the class count and torchvision's published metrics."""
        scores = "; ".join(
            ", ".join(f"{k} {v}" for k, v in values.items()) + f" on {where}"
            for where, values in self.weights.meta.get("_metrics", {}).items()
        )
        return f"{self.description} ({len(self.class_names)} labels; {scores})"

    @property
    def size_mb(self) -> float:
        """The checkpoint's size in MB, as torchvision's metadata states it."""
        return float(self.weights.meta.get("_file_size", 0.0))


_DEFS = [
    PretrainedDef(
        "retinanet_resnet50_fpn",
        Family.RETINANET,
        "RetinaNet, ResNet-50 FPN: COCO boxes",
        _RESNET50_C3_C5,
        _RESNET50_C3_C5,
        frozen_norm_eps=0.0,
    ),
    PretrainedDef(
        "retinanet_resnet50_fpn_v2",
        Family.RETINANET,
        "RetinaNet v2, ResNet-50 FPN, P6 from C5, GroupNorm head: COCO boxes",
        _RESNET50_C3_C5,
        _RESNET50_C3_C5,
    ),
    PretrainedDef(
        "fcos_resnet50_fpn",
        Family.FCOS,
        "FCOS, ResNet-50 FPN, anchor-free: COCO boxes",
        _RESNET50_C3_C5,
        _RESNET50_C3_C5,
    ),
    PretrainedDef(
        "ssdlite320_mobilenet_v3_large",
        Family.SSD,
        "SSDLite, MobileNetV3-Large at 320x320 (the lightest detector): COCO boxes",
        _SSDLITE,
        _SSDLITE,
        fixed_size=320,
    ),
    PretrainedDef(
        "deeplabv3_resnet50",
        Family.SEGMENTATION,
        "DeepLabV3, dilated ResNet-50: VOC classes",
        _DILATED_RESNET,
        {"layer4": _DILATED_RESNET["layer4"]},
        {"aux_loss": True},
    ),
    PretrainedDef(
        "deeplabv3_resnet101",
        Family.SEGMENTATION,
        "DeepLabV3, dilated ResNet-101: VOC classes",
        _DILATED_RESNET,
        {"layer4": _DILATED_RESNET["layer4"]},
        {"aux_loss": True},
    ),
    PretrainedDef(
        "deeplabv3_mobilenet_v3_large",
        Family.SEGMENTATION,
        "DeepLabV3, dilated MobileNetV3-Large: VOC classes",
        _MOBILENET_DEEPLAB,
        {"layer4": _MOBILENET_DEEPLAB["layer4"]},
        {"aux_loss": True},
    ),
    PretrainedDef(
        "fcn_resnet50",
        Family.SEGMENTATION,
        "FCN, dilated ResNet-50: VOC classes",
        _DILATED_RESNET,
        {"layer4": _DILATED_RESNET["layer4"]},
        {"aux_loss": True},
    ),
    PretrainedDef(
        "lraspp_mobilenet_v3_large",
        Family.SEGMENTATION,
        "LR-ASPP, MobileNetV3-Large (the fastest): VOC classes",
        _MOBILENET_LRASPP,
        _MOBILENET_LRASPP,
    ),
]
_REGISTRY: dict[str, PretrainedDef] = {}
for _d in _DEFS:
    if _d.name in _REGISTRY:  # one entry per name, as torchvision's own model registry
        raise ValueError(f"pretrained start {_d.name!r} is registered twice")
    _REGISTRY[_d.name] = _d


def pretrained_names() -> list[str]:
    """The names :func:`load_pretrained` accepts."""
    return list(_REGISTRY)


def get_pretrained(name: str) -> PretrainedDef:
    """The :class:`PretrainedDef` of ``name``.

    Raises:
        PretrainedError: naming the valid choices.
    """
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise PretrainedError(
            f"unknown pretrained start {name!r}; choose one of: {', '.join(_REGISTRY)}"
        ) from None


# ---------------------------------------------------------------------------------------------
# Where the weights are
# ---------------------------------------------------------------------------------------------


def weights_path(name: str) -> Path:
    """Where torchvision caches ``name``'s weights: ``$TORCH_HOME/hub/checkpoints/<file>``."""
    return Path(torch.hub.get_dir()) / "checkpoints" / get_pretrained(name).file_name


@dataclass(frozen=True)
class PretrainedInfo:
    """What :func:`list_pretrained` says about a start (nothing is built or loaded)."""

    name: str
    task: str
    description: str
    num_classes: int
    available: bool
    path: str
    url: str
    size_mb: float


def list_pretrained() -> list[PretrainedInfo]:
    """Every pretrained start, and whether its weights file is in torchvision's cache now."""
    out = []
    for d in _REGISTRY.values():
        path = weights_path(d.name)
        out.append(
            PretrainedInfo(
                d.name,
                d.task.value,
                d.summary,
                len(d.class_names),
                path.is_file(),
                str(path),
                weights_url(d.name),
                d.size_mb,
            )
        )
    return out


def weights_url(name: str) -> str:
    """The URL :func:`download_weights` fetches: torchvision's, or the mirror folder named by
    ``$MODEL_HEADS_WEIGHTS_URL`` followed by the file name."""
    d = get_pretrained(name)
    base = os.environ.get(WEIGHTS_URL_ENV, "").strip()
    return f"{base.rstrip('/')}/{d.file_name}" if base else d.weights.url


@dataclass(frozen=True)
class DownloadProgress:
    """One progress report of :func:`download_weights` (``total`` is ``None`` when unknown)."""

    url: str
    destination: str
    done: int
    total: int | None
    finished: bool = False

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


def _content_length(url: str) -> int | None:
    req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "torch.hub"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            size = r.headers.get("Content-Length")
            return int(size) if size else None
    except (urllib.error.URLError, ValueError, OSError):
        return None  # the download itself reports what is wrong


def download_weights(
    name: str,
    *,
    url: str | None = None,
    destination: str | os.PathLike | None = None,
    progress: Callable[[DownloadProgress], None] | None = None,
    check_hash: bool = True,
    poll_seconds: float = 0.25,
) -> Path:
    """Download ``name``'s weights file, explicitly (the app's button, ``--download``).

    The transfer is ``torch.hub.download_url_to_file``: it writes a ``.partial`` file beside the
    destination and moves it into place only when complete and, with ``check_hash``, only when
    its SHA-256 starts with the hash in the URL's file name (torchvision's convention,
    ``torch.hub.HASH_REGEX``: ``-<hex>.`` as in ``fcos_resnet50_fpn_coco-99b0c9b7.pth``).
    Progress is the size of that partial file, polled; the total is the server's
    ``Content-Length`` (a ``HEAD`` request).

    Args:
        name: a pretrained start.
        url: where from (default: :func:`weights_url`).
        destination: the file to write (default: :func:`weights_path`, torchvision's cache).
        progress: called with :class:`DownloadProgress` reports (first with ``done=0``; last
            with ``finished=True``).
        check_hash: refuse a file whose hash does not match the URL file name's prefix.

    Returns:
        the destination path.

    Raises:
        WeightsError: the URL cannot be read, or the file's hash does not match.
    """
    get_pretrained(name)
    url = url or weights_url(name)
    dest = Path(destination) if destination is not None else weights_path(name)
    dest.parent.mkdir(parents=True, exist_ok=True)
    prefix = None
    if check_hash:  # the hash in the URL's file name, as torch.hub.load_state_dict_from_url
        m = torch.hub.HASH_REGEX.search(url.rsplit("/", 1)[-1])
        prefix = m.group(1) if m else None
    total = _content_length(url)

    def report(done: int, finished: bool = False) -> None:
        if progress is not None:
            progress(DownloadProgress(url, str(dest), done, total, finished))

    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(poll_seconds):
            parts = list(dest.parent.glob(f"{glob_escape(dest.name)}.*.partial"))
            if parts:
                try:
                    report(max(p.stat().st_size for p in parts))
                except OSError:
                    pass  # moved into place between the listing and the stat

    report(0)
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        torch.hub.download_url_to_file(url, str(dest), hash_prefix=prefix, progress=False)
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise WeightsError(
            f"could not download {name} from {url} ({getattr(e, 'reason', e)}); place the file at "
            f"{dest} or give a weights file"
        ) from None
    except RuntimeError as e:  # torch.hub's hash check
        raise WeightsError(f"{url}: refused: {e}; nothing was written to {dest}") from None
    finally:
        stop.set()
        watcher.join()
    report(dest.stat().st_size, finished=True)
    return dest


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", text)


# ---------------------------------------------------------------------------------------------
# Preprocessing: torchvision's transforms, one image at a time
# ---------------------------------------------------------------------------------------------


def _as_pil(image: Any) -> Image.Image:
    from designer.images import load_image

    return image if isinstance(image, Image.Image) and image.mode == "RGB" else load_image(image)


class DetectionPreprocess:
    """torchvision's detection preprocessing of one image (see the module doc).

    Args:
        transform: the model's ``GeneralizedRCNNTransform`` (min/max size, mean/std, 32).
        to_tensor: the weights' ``transforms()`` (PIL -> float tensor in ``[0, 1]``).
    """

    def __init__(self, transform: nn.Module, to_tensor: Callable[[Any], Tensor]) -> None:
        self.transform = transform.eval()
        self.to_tensor = to_tensor

    def __call__(self, image: Any) -> tuple[Tensor, PreprocessMeta]:
        img = _as_pil(image)
        w, h = img.size
        with torch.inference_mode():
            images, _ = self.transform([self.to_tensor(img)])
        x = images.tensors[0]  # (3, H', W'), padded to a multiple of 32
        rh, rw = images.image_sizes[0]
        meta = PreprocessMeta((w, h), (rw, rh), (x.shape[2], x.shape[1]), rw / w)
        return x, meta


class SegmentationPreprocess:
    """torchvision's segmentation preprocessing of one image: the weights' ``transforms()``."""

    def __init__(self, transform: Callable[[Any], Tensor]) -> None:
        self.transform = transform

    def __call__(self, image: Any) -> tuple[Tensor, PreprocessMeta]:
        img = _as_pil(image)
        w, h = img.size
        x = self.transform(img)  # (3, h', w') normalised, shorter side resize_size
        size = (x.shape[2], x.shape[1])
        return x, PreprocessMeta((w, h), size, size, size[0] / w)


# ---------------------------------------------------------------------------------------------
# The backbone
# ---------------------------------------------------------------------------------------------


class PretrainedBackbone(Backbone):
    """A torchvision model's feature extractor as a designer backbone.

    Args:
        name: the start's name.
        feature_info: the levels, named as the transplanted head reads them.
        config: mean/std (and the input multiple) for code that preprocesses itself (training).
        body: the torchvision module returning a dict of features.
        rename: the body's output keys -> level names.
        preprocess: the start's preprocessing of one image.
    """

    def __init__(
        self,
        name: str,
        feature_info: dict[str, FeatureInfo],
        config: PreprocessConfig,
        body: nn.Module,
        rename: Mapping[str, str],
        preprocess: Callable[[Any], tuple[Tensor, PreprocessMeta]],
    ) -> None:
        super().__init__(name, feature_info, config)
        self.body = body
        self.rename = dict(rename)
        self._preprocess = preprocess

    def preprocess(
        self, image: Any, config: PreprocessConfig | None = None
    ) -> tuple[Tensor, PreprocessMeta]:
        """torchvision's preprocessing (``config`` is ignored: the start fixes its own)."""
        return self._preprocess(image)

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        return {self.rename[k]: v for k, v in self.body(images).items()}


def freeze_batchnorms(module: nn.Module) -> nn.Module:
    """Replace every ``BatchNorm2d`` by torchvision's ``FrozenBatchNorm2d`` (in place).

    torchvision builds a detector's ResNet with frozen norms when it loads trained weights and
    with ordinary ones otherwise; this makes the offline build compute what torchvision's does.
    """
    from torchvision.ops.misc import FrozenBatchNorm2d

    for name, child in module.named_children():
        if isinstance(child, nn.BatchNorm2d):
            frozen = FrozenBatchNorm2d(child.num_features, eps=child.eps)
            frozen.weight.copy_(child.weight.detach())
            frozen.bias.copy_(child.bias.detach())
            frozen.running_mean.copy_(child.running_mean)
            frozen.running_var.copy_(child.running_var)
            setattr(module, name, frozen)
        else:
            freeze_batchnorms(child)
    return module


# ---------------------------------------------------------------------------------------------
# Families: how each kind of model splits
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    body: nn.Module
    rename: dict[str, str]
    head: Any  # a heads.GraphHead
    preprocess: Callable[[Any], tuple[Tensor, PreprocessMeta]]
    config: PreprocessConfig
    post: dict[str, Any]


def _detection_spec(d: PretrainedDef) -> HeadSpec:
    import heads
    from heads.params import AnchorStride, ExtraLevel, Norm

    k = len(d.class_names)
    if d.name == "retinanet_resnet50_fpn_v2":
        # P6 from C5 (LastLevelP6P7(2048, 256)), GroupNorm(32) towers, torchvision's anchors.
        return heads.detection_spec(
            d.head_levels,
            k,
            head="retinanet",
            extra_mode=ExtraLevel.CONV_INPUT,
            norm=Norm.GROUP,
            norm_groups=32,
            anchor_stride=AnchorStride.IMAGE_OVER_FEATURE,
            name="retinanet_v2",
        )
    preset = "retinanet" if d.family is Family.RETINANET else "fcos"
    return heads.get_preset(preset, d.head_levels, num_classes=k)


def _detection_parts(d: PretrainedDef, model: nn.Module) -> _Parts:
    import heads

    head = heads.transplant_detection_from_torchvision(_detection_spec(d), model)
    t = model.transform
    post = {
        "score_threshold": float(model.score_thresh),
        "iou_threshold": float(model.nms_thresh),
        "detections_per_img": int(model.detections_per_img),
        "topk_candidates": int(model.topk_candidates),
    }
    config = PreprocessConfig(
        max_side=int(t.max_size),
        min_side=int(t.min_size[-1]),
        multiple=int(t.size_divisible),
        mean=tuple(float(v) for v in t.image_mean),
        std=tuple(float(v) for v in t.image_std),
    )
    return _Parts(
        model.backbone.body,
        {"0": "c3", "1": "c4", "2": "c5"},  # IntermediateLayerGetter's layer2, layer3, layer4
        head,
        DetectionPreprocess(t, d.weights.transforms()),
        config,
        post,
    )


def _ssd_parts(d: PretrainedDef, model: nn.Module) -> _Parts:
    """SSDLite: its backbone (MobileNetV3 and the extra blocks, six maps) and the transplanted
    ``ssdlite320`` head; the transform resizes every image to 320x320 (no padding)."""
    import heads

    spec = heads.get_preset("ssdlite320", d.head_levels, num_classes=len(d.class_names))
    head = heads.transplant_detection_from_torchvision(spec, model)
    t = model.transform
    post = {
        "score_threshold": float(model.score_thresh),
        "iou_threshold": float(model.nms_thresh),
        "detections_per_img": int(model.detections_per_img),
        "topk_candidates": int(model.topk_candidates),
    }
    side = int(t.fixed_size[0])
    config = PreprocessConfig(
        max_side=side,
        min_side=side,
        multiple=int(t.size_divisible),
        mean=tuple(float(v) for v in t.image_mean),
        std=tuple(float(v) for v in t.image_std),
    )
    # SSDLiteFeatureExtractorMobileNet returns its maps as "0" .. "5", shallow to deep
    rename = {str(i): level for i, level in enumerate(d.levels)}
    return _Parts(
        model.backbone, rename, head, DetectionPreprocess(t, d.weights.transforms()), config, post
    )


def _segmentation_parts(d: PretrainedDef, model: nn.Module, resize_size: int | None) -> _Parts:
    from heads.segmenter import TORCHVISION_LEVELS, transplant_from_torchvision

    # The prediction needs ``out`` only: the head leaves the auxiliary classifier out.
    model.aux_classifier = None
    head = transplant_from_torchvision(model, d.head_levels)
    kw = {} if resize_size is None else {"resize_size": int(resize_size)}
    transform = d.weights.transforms(**kw)
    config = PreprocessConfig(
        max_side=int(transform.resize_size[0]) if transform.resize_size else 520,
        multiple=1,
        mean=tuple(float(v) for v in transform.mean),
        std=tuple(float(v) for v in transform.std),
    )
    return _Parts(
        model.backbone,
        dict(TORCHVISION_LEVELS),
        head,
        SegmentationPreprocess(transform),
        config,
        {},
    )


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


@dataclass
class PretrainedModel:
    """A loaded pretrained start: backbone, head bundle and torchvision's settings.

    Attributes:
        definition: the start.
        backbone: the feature extractor (a :class:`PretrainedBackbone`).
        bundle: the transplanted head as a :class:`designer.inference.HeadBundle` (spec,
            weights, class names, card).
        head: the head module (eval mode).
        post: torchvision's post-processing settings (detection): ``score_threshold``,
            ``iou_threshold``, ``detections_per_img``, ``topk_candidates``.
        weights: the checkpoint file.
    """

    definition: PretrainedDef
    backbone: PretrainedBackbone
    bundle: Any
    head: nn.Module
    post: dict[str, Any]
    weights: Path
    _predictor: Any = None

    @property
    def task(self) -> Task:
        return self.definition.task

    def detect(self, images: Sequence[Any], **overrides: Any) -> list[dict[str, Tensor]]:
        """Boxes (original image pixels, xyxy), scores and labels per image, as torchvision's
        ``model.eval()(images)`` gives them (one padded batch, like torchvision's).

        Args:
            images: PIL images, paths, bytes or arrays.
            **overrides: post-processing settings (keys of :attr:`post`).
        """
        from torchvision.models.detection.transform import resize_boxes

        from heads.detector import decode_detections, feature_sizes_for

        if self.task is not Task.DETECTION:
            raise PretrainedError(f"{self.definition.name} is a segmentation model: use segment()")
        unknown = set(overrides) - set(self.post)
        if unknown:
            raise PretrainedError(
                f"unknown setting(s) {sorted(unknown)}; choose from: {', '.join(self.post)}"
            )
        post = {**self.post, **overrides}
        x, metas = self.backbone.prepare(list(images))  # (N, 3, H, W), padded to 32
        with torch.inference_mode():
            out = self.head(self.backbone(x))
        H, W = x.shape[-2:]
        resized = [(m.resized_size[1], m.resized_size[0]) for m in metas]
        dets = decode_detections(
            self.bundle.spec,
            out,
            feature_sizes_for(self.bundle.spec, (H, W)),
            resized,
            input_size=(H, W),
            suppression="class_aware",
            **post,
        )
        for det, meta, size in zip(dets, metas, resized):
            original = [meta.original_size[1], meta.original_size[0]]
            det["boxes"] = resize_boxes(det["boxes"], list(size), original)
        return dets

    def segment(self, images: Sequence[Any]) -> list[tuple[Tensor, PreprocessMeta]]:
        """Per image: the logits ``(K, h, w)`` at the model's input size (torchvision's
        ``out``) and the :class:`PreprocessMeta` that maps them to the original image."""
        if self.task is not Task.SEGMENTATION:
            raise PretrainedError(f"{self.definition.name} is a detection model: use detect()")
        from heads.segmenter import IMAGE_LEVEL

        results = []
        for image in images:
            x, meta = self.backbone.preprocess(image)
            with torch.inference_mode():
                feats = self.backbone(x[None])
                logits = self.head({**feats, IMAGE_LEVEL: x[None]})["mask_logits"][0]
            results.append((logits, meta))
        return results

    def predictor(self) -> Any:
        """A :class:`designer.inference.Predictor` over this backbone (made once)."""
        if self._predictor is None:
            from designer.inference import Predictor

            self._predictor = Predictor(self.backbone)
        return self._predictor

    def predict(self, image: Any, **options: Any) -> Any:
        """A :class:`designer.inference.Prediction` (pictures, tables, notes) of one image.

        Detection thresholds default to torchvision's (``score_threshold``, ``iou_threshold``,
        ``max_detections``); any ``Predictor.predict`` option can be given.
        """
        if self.task is Task.DETECTION:
            options.setdefault("score_threshold", self.post["score_threshold"])
            options.setdefault("iou_threshold", self.post["iou_threshold"])
            options.setdefault("max_detections", self.post["detections_per_img"])
        return self.predictor().predict(image, self.bundle, **options)


def pretrained_card(d: PretrainedDef) -> dict[str, Any]:
    """What a start's head was trained on, from torchvision's weights metadata."""
    w = d.weights
    metrics = {
        f"{where} {name}": float(value)
        for where, values in w.meta.get("_metrics", {}).items()
        for name, value in values.items()
    }
    if d.task is Task.DETECTION:
        dataset, count = "COCO train2017 (torchvision COCO_V1 weights)", COCO_TRAIN_IMAGES
    else:
        dataset, count = "COCO train2017, the 20 Pascal VOC categories (torchvision weights)", None
    return {
        "dataset": dataset,
        "image_count": count,
        "metrics": metrics,
        "synthetic": False,
        "source": w.url,
    }


def _resolve_weights(name: str, weights: str | os.PathLike | None) -> Path:
    if weights is not None:
        path = Path(weights)
        if not path.is_file():
            raise WeightsError(f"{path}: no such weights file for {name}")
        return path
    path = weights_path(name)
    if not path.is_file():
        raise PretrainedError(
            f"the weights of {name} are not available: no file at {path}. Download them "
            f"(model-heads pretrained download {name}, {get_pretrained(name).size_mb:.0f} MB) "
            "or give a weights file"
        )
    return path


def build_pretrained(
    name: str,
    weights: str | os.PathLike | None = None,
    *,
    min_size: int | None = None,
    max_size: int | None = None,
    resize_size: int | None = None,
) -> PretrainedModel:
    """Build a start now (uncached); see :func:`load_pretrained`."""
    import torchvision

    from designer.inference import HeadBundle

    d = get_pretrained(name)
    path = _resolve_weights(name, weights)
    state = load_state_dict_file(path)
    kwargs: dict[str, Any] = dict(d.build_kwargs, num_classes=d.torchvision_num_classes)
    if d.fixed_size and (min_size or max_size):
        raise PretrainedError(
            f"{name} resizes every image to its fixed input size, {d.fixed_size}x{d.fixed_size}:"
            " no min_size/max_size"
        )
    if d.task is Task.DETECTION:
        kwargs.update({k: int(v) for k, v in (("min_size", min_size), ("max_size", max_size)) if v})
    elif min_size or max_size:
        raise PretrainedError(f"{name} is a segmentation model: set resize_size, not min/max size")
    if d.task is Task.DETECTION and resize_size:
        raise PretrainedError(
            f"{name} is a detection model: set min_size/max_size, not resize_size"
        )
    model = torchvision.models.get_model(name, weights=None, weights_backbone=None, **kwargs)
    # torchvision freezes a detector's ResNet norms when it loads trained weights; SSDLite's
    # MobileNet keeps ordinary norms (in eval mode here)
    if d.task is Task.DETECTION and d.family is not Family.SSD:
        freeze_batchnorms(model.backbone.body)
        if d.frozen_norm_eps is not None:
            from torchvision.models.detection._utils import overwrite_eps

            overwrite_eps(model, d.frozen_norm_eps)
        # Frozen norms keep no batch count; checkpoints saved from ordinary ones may.
        state = {k: v for k, v in state.items() if not k.endswith("num_batches_tracked")}
    load_checked(model, state, str(path))
    model.eval()
    if d.family is Family.SSD:
        parts = _ssd_parts(d, model)
    elif d.task is Task.DETECTION:
        parts = _detection_parts(d, model)
    else:
        parts = _segmentation_parts(d, model, resize_size)
    backbone = PretrainedBackbone(
        name, dict(d.levels), parts.config, parts.body, parts.rename, parts.preprocess
    )
    backbone.pretrained = True
    backbone.weights_note = f"{d.weights} weights from {path}"
    head = parts.head.eval()
    bundle = HeadBundle(
        head.spec,
        {k: v.detach().clone() for k, v in head.state_dict().items()},
        d.class_names,
        backbone=name,
        note=f"torchvision {d.weights} head, transplanted",
        card=pretrained_card(d),
    )
    return PretrainedModel(d, backbone.freeze(), bundle, head, parts.post, path)


def _model_bytes(model: Any) -> int:
    from designer.backbones import module_bytes

    return module_bytes(model.backbone) + module_bytes(model.head)


_CACHE = BoundedCache(max_bytes=1_200_000_000, max_items=2, sizeof=_model_bytes)


def load_pretrained(
    name: str,
    weights: str | os.PathLike | None = None,
    *,
    min_size: int | None = None,
    max_size: int | None = None,
    resize_size: int | None = None,
) -> PretrainedModel:
    """A pretrained start, built once and cached (at most two, about 1.2 GB of weights).

    Args:
        name: one of :func:`pretrained_names`.
        weights: a checkpoint file (default: torchvision's cache, :func:`weights_path`).
        min_size, max_size: detection: torchvision's resize bounds (default 800 and 1333).
        resize_size: segmentation: the shorter side (default 520).

    Raises:
        PretrainedError: an unknown name, or no weights file (the message says how to get it).
        WeightsError: a file that is unsafe, unreadable or not this model's.
    """
    path = _resolve_weights(name, weights).resolve()
    key = (name, str(path), path.stat().st_mtime_ns, min_size, max_size, resize_size)
    return _CACHE.get_or_create(
        key,
        lambda: build_pretrained(
            name, path, min_size=min_size, max_size=max_size, resize_size=resize_size
        ),
    )


def clear_cache() -> None:
    """Forget the loaded starts."""
    _CACHE.clear()


# ---------------------------------------------------------------------------------------------
# Command line: ``model-heads pretrained list|download|predict``
# ---------------------------------------------------------------------------------------------


def _print_progress(every: float = 0.1) -> Callable[[DownloadProgress], None]:
    shown = {"next": 0.0}

    def report(p: DownloadProgress) -> None:
        if p.done == 0 and not p.finished:
            size = f"{p.total / 1e6:.1f} MB" if p.total else "size unknown"
            print(f"downloading {p.url} ({size}) to {p.destination}", flush=True)
        elif p.finished:
            print(f"done: {p.done / 1e6:.1f} MB in {p.destination}", flush=True)
        elif p.fraction is not None and p.fraction >= shown["next"]:
            print(f"  {100 * p.fraction:3.0f}%  {p.done / 1e6:.1f} MB", flush=True)
            shown["next"] = p.fraction + every

    return report


def cli_main(argv: Sequence[str] | None = None) -> int:
    """``model-heads pretrained``: list the starts, download weights, predict on an image.

    Example::

        model-heads pretrained list
        model-heads pretrained download fcos_resnet50_fpn
        model-heads pretrained predict fcos_resnet50_fpn photo.jpg -o boxes.jpg
    """
    import argparse
    import json

    p = argparse.ArgumentParser(
        prog="model-heads pretrained",
        description="torchvision detection and segmentation models as pretrained starts.",
    )
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="the starts, and whether their weights are here")
    ls.add_argument("--json", action="store_true", help="as JSON")
    dl = sub.add_parser("download", help="download a start's weights (explicitly; never implied)")
    dl.add_argument("name", choices=pretrained_names(), metavar="NAME")
    dl.add_argument(
        "--url", help=f"download from here (default: ${WEIGHTS_URL_ENV} or torchvision)"
    )
    dl.add_argument("--to", metavar="PATH", help="write here (default: torchvision's cache)")
    dl.add_argument("--no-check-hash", action="store_true", help="skip the SHA-256 prefix check")
    pr = sub.add_parser("predict", help="predict on one image with a start")
    pr.add_argument("name", choices=pretrained_names(), metavar="NAME")
    pr.add_argument("image", help="an image file")
    pr.add_argument("--weights", metavar="PATH", help="a checkpoint (default: torchvision's cache)")
    pr.add_argument("-o", "--out", metavar="FILE", help="write the picture with boxes or masks")
    pr.add_argument("--min-size", type=int, help="detection: shorter side (default 800)")
    pr.add_argument("--max-size", type=int, help="detection: longer side bound (default 1333)")
    pr.add_argument("--resize-size", type=int, help="segmentation: shorter side (default 520)")
    pr.add_argument("--score-threshold", type=float, help="detection: torchvision's by default")
    args = p.parse_args(list(argv) if argv is not None else None)

    if args.action == "list":
        items = list_pretrained()
        if args.json:
            print(json.dumps([vars(i) for i in items], indent=2))
            return 0
        for i in items:
            state = "available" if i.available else f"not here ({i.size_mb:.0f} MB to download)"
            print(f"{i.name:30s} {i.task:13s} {state}\n    {i.description}\n    {i.path}")
        return 0
    if args.action == "download":
        download_weights(
            args.name,
            url=args.url,
            destination=args.to,
            progress=_print_progress(),
            check_hash=not args.no_check_hash,
        )
        return 0
    model = load_pretrained(
        args.name,
        args.weights,
        min_size=args.min_size,
        max_size=args.max_size,
        resize_size=args.resize_size,
    )
    options = {} if args.score_threshold is None else {"score_threshold": args.score_threshold}
    pred = model.predict(args.image, **options)
    print(pred.to_json())
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        pred.overlay.save(args.out)
        print(f"picture: {args.out}")
    return 0


__all__ = [
    "COCO_TRAIN_IMAGES", "WEIGHTS_URL_ENV", "DetectionPreprocess", "DownloadProgress", "Family",
    "PretrainedBackbone", "PretrainedDef", "PretrainedError", "PretrainedInfo", "PretrainedModel",
    "SegmentationPreprocess", "build_pretrained", "clear_cache", "cli_main", "download_weights",
    "freeze_batchnorms", "get_pretrained", "list_pretrained", "load_pretrained",
    "pretrained_card", "pretrained_names", "weights_path", "weights_url",
]  # fmt: skip
