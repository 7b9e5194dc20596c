"""The prediction pipeline: image -> preprocessing -> backbone -> head -> post-processing.

:class:`Predictor` turns an image and a head (a spec plus optional weights) into a
:class:`Prediction`: the results as JSON-able data (top-k classes; boxes, scores and labels;
per-class mask areas), as pictures (boxes and masks drawn with ``torchvision.utils``, a top-k
bar chart drawn with matplotlib's Agg canvas), per-stage timings and notes such as "backbone has
random weights".

Everything loads lazily and is cached with a bound in bytes (:mod:`designer.limits`): the
backbone (see :func:`designer.backbones.load_backbone`), head bundles, built heads, backbone
features per image, and raw head outputs per ``(image hash, backbone, design hash, weights
version)``. The head, feature and output caches are shared by every :class:`Predictor` of the
process (:class:`PredictorCaches`), so their bounds hold however many backbones are in use.
Changing the score threshold, the IoU threshold, the suppression method or ``topk`` re-runs only
post-processing and drawing.

A big photo is decoded reduced (:func:`designer.images.open_image`): to no less than what the
model input and the drawn overlay need, so a 50-megapixel JPEG costs about what a 3-megapixel one
does; results (boxes, sizes) stay in the original image's pixels.

Bundled heads are *head bundles* (:class:`HeadBundle`): one ``.safetensors`` file whose metadata
key ``model_heads.bundle`` holds a JSON object with the spec, the class names, the backbone, the
image size it was trained at and a note (files with separate ``spec`` and ``classes`` metadata
keys, as ``designer.training.TrainResult.save`` writes them, load too). :func:`default_head`
reads ``assets/heads/<task>.safetensors``.

Example:
    >>> import heads
    >>> from PIL import Image
    >>> p = Predictor(backbone=TinyBackbone())
    >>> spec = heads.get_preset("linear", p.backbone.feature_info, num_classes=3)
    >>> pred = p.predict(Image.new("RGB", (64, 48), "red"), spec, topk=2)
    >>> pred.task, len(pred.data["topk"]), "head is untrained (random weights)" in pred.notes
    ('classification', 2, True)
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch import Tensor, nn

from designer import limits, tta_inference
from designer.backbones import (
    DEFAULT_BACKBONE,
    Backbone,
    BoundedCache,
    PreprocessConfig,
    PreprocessMeta,
    WeightsError,
    load_backbone,
    load_state_dict_file,
    module_bytes,
)
from designer.images import open_image
from designer.limits import MAX_IMAGE_PIXELS, check_design
from designer.resources import heads_dir
from designer.tta_inference import TTAOptions
from heads.detector import has_instance_masks
from heads.graph import GraphHead, resolve_spec
from heads.inference import InferenceHead, optimize_for_inference
from heads.segmenter import IMAGE_LEVEL
from heads.spec import FeatureInfo, HeadSpec, SpecError, Task

#: Overlays are drawn at most this large (longest side); data keeps original coordinates.
DISPLAY_MAX_SIDE = 1600
#: A big photo is decoded no smaller than this (longest side) for the overlay: the JPEG decoder
#: picks the smallest of its scales (1/2, 1/4, 1/8) that gives at least this much, so a 24 MP
#: photo is drawn at 1500 px and a 50 MP one at 1020, without a second resize.
DISPLAY_MIN_SIDE = 1000
UNTRAINED_NOTE = "head is untrained (random weights)"
#: The safetensors metadata key of a head bundle (a JSON object).
BUNDLE_KEY = "model_heads.bundle"


# ---------------------------------------------------------------------------------------------
# Head bundles
# ---------------------------------------------------------------------------------------------


@dataclass
class HeadBundle:
    """A head with its weights and class names, as stored in one safetensors file.

    Attributes:
        spec: the head's spec.
        state_dict: its weights (``None``: untrained).
        class_names: names in output order.
        backbone: the backbone it was trained on.
        image_size: the longest image side it was trained at (``None``: the backbone default).
        note: where the weights come from.
        card: what the head was trained on (``dataset``, ``image_count``, ``metrics``,
            ``synthetic``; see :mod:`designer.cards`); empty when unknown.
    """

    spec: HeadSpec
    state_dict: dict[str, Tensor] | None
    class_names: tuple[str, ...] = ()
    backbone: str = DEFAULT_BACKBONE
    image_size: int | None = None
    note: str = ""
    card: dict[str, Any] = dataclasses.field(default_factory=dict)

    def save(self, path: str | Path) -> Path:
        """Write the bundle (weights and metadata) to ``path`` (a ``.safetensors`` file)."""
        from safetensors.torch import save_file

        if self.state_dict is None:
            raise WeightsError("an untrained head has no weights to save")
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        info = {
            "spec": self.spec.to_dict(),
            "classes": list(self.class_names),
            "backbone": self.backbone,
            "image_size": int(self.image_size) if self.image_size else None,
            "note": self.note,
        }
        if self.card:
            info["card"] = self.card
        # One metadata key: safetensors writes several keys in an arbitrary order, and a
        # rebuild should give the same bytes.
        meta = {BUNDLE_KEY: json.dumps(info, sort_keys=True)}
        tensors = {k: v.detach().cpu().contiguous() for k, v in self.state_dict.items()}
        save_file(tensors, str(path), metadata=meta)
        return path

    @classmethod
    def load(cls, path: str | Path) -> HeadBundle:
        """Read a bundle written by :meth:`save` (or by ``TrainResult.save``).

        Raises:
            WeightsError: for a file that is not a head bundle.
        """
        from safetensors import safe_open

        path = Path(path)
        state = load_state_dict_file(path)
        with safe_open(str(path), framework="pt") as f:
            meta = f.metadata() or {}
        try:
            if BUNDLE_KEY in meta:
                info = json.loads(meta[BUNDLE_KEY])
                spec = HeadSpec.from_dict(info["spec"])
            elif "spec" in meta:  # one metadata key per field (TrainResult.save)
                info = {k: v for k, v in meta.items() if k != "spec"}
                info["classes"] = json.loads(meta.get("classes", "[]"))
                info["card"] = json.loads(meta.get("card", "{}"))
                spec = HeadSpec.from_json(meta["spec"])
            else:
                raise WeightsError(
                    f"{path}: not a head bundle (no spec in the safetensors metadata)"
                )
        except (SpecError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise WeightsError(f"{path}: bad head bundle metadata ({e})") from None
        size = info.get("image_size")
        return cls(
            spec,
            state,
            tuple(info.get("classes") or ()),
            info.get("backbone") or DEFAULT_BACKBONE,
            int(size) if size else None,
            info.get("note") or f"weights from {path.name}",
            dict(info.get("card") or {}),
        )


def default_head_path(task: Task | str) -> Path:
    """Where the bundled head of ``task`` lives: ``assets/heads/<task>.safetensors``."""
    return heads_dir() / f"{Task(task).value}.safetensors"


def _fallback_spec(task: Task) -> tuple[HeadSpec, tuple[str, ...]]:
    import heads
    from designer.backbones import backbone_info
    from designer.data.shapes import CLASS_NAMES, SEGMENTATION_CLASS_NAMES

    info = backbone_info(DEFAULT_BACKBONE).feature_info
    maps = {k: v for k, v in info.items() if k != "c5_head"}
    choices = {
        Task.CLASSIFICATION: ("linear", {"c5_head": info["c5_head"]}, CLASS_NAMES),
        Task.DETECTION: ("fcos_lite", {k: maps[k] for k in ("c3", "c4", "c5")}, CLASS_NAMES),
        Task.SEGMENTATION: ("lite_unet", maps, SEGMENTATION_CLASS_NAMES),
    }
    preset, levels, names = choices[task]
    if preset not in {p.name for p in heads.list_presets(task)}:
        preset = heads.list_presets(task)[0].name
    return heads.get_preset(preset, levels, num_classes=len(names)), tuple(names)


#: Bundles read from files, bounded by the bytes of their weights.
_BUNDLES = BoundedCache(
    limits.BUNDLE_CACHE_BYTES, max_items=8, sizeof=lambda b: module_bytes(b.state_dict or {})
)


def _load_bundle_cached(path: str, mtime_ns: int) -> HeadBundle:
    # Keyed by modification time too, so a rebuilt bundle is read again.
    return _BUNDLES.get_or_create((path, mtime_ns), lambda: HeadBundle.load(path))


def default_head(task: Task | str = Task.CLASSIFICATION) -> HeadBundle:
    """The bundled head of ``task``; a preset with random weights when none is bundled.

    Classification: EfficientNet-Lite0's ImageNet classifier (1,000 classes). Detection and
    segmentation: heads trained on the Shapes data, when their bundles exist. The bundle is
    read once and shared: treat it as read-only.
    """
    task = Task(task)
    path = default_head_path(task)
    if path.is_file():
        return _load_bundle_cached(str(path), path.stat().st_mtime_ns)
    spec, names = _fallback_spec(task)
    return HeadBundle(spec, None, names, note=f"no bundled {task.value} head at {path}")


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass
class Prediction:
    """One prediction.

    Attributes:
        task: ``classification``, ``detection`` or ``segmentation``.
        data: JSON-able results: ``topk`` (classification), ``detections`` (each with
            ``box`` xyxy in original image pixels, ``score``, ``label``, ``name``, and
            ``mask_fraction``, the share of the image its mask covers, for a head with an
            instance mask node, whose masks the overlay draws), or
            ``classes`` (segmentation: each class's pixel fraction); also ``image_size``,
            ``input_size``, ``backbone`` and ``cached``.
        overlay: the image with boxes or masks drawn (the image itself for classification).
        chart: a top-k bar chart (classification) or ``None``.
        timings: milliseconds per stage (``load``, ``preprocess``, ``backbone``, ``head``,
            ``postprocess``, ``render``, ``total``); cached stages count 0.
        notes: things to know ("backbone has random weights ...", "head is untrained ...").
        mask: segmentation only: ``(H, W)`` class indices at the overlay's size.
    """

    task: str
    data: dict[str, Any]
    overlay: Image.Image
    chart: Image.Image | None
    timings: dict[str, float]
    notes: list[str]
    mask: np.ndarray | None = None

    def to_json(self, indent: int | None = 2) -> str:
        """``task``, ``data``, ``timings`` and ``notes`` as JSON text (pictures left out)."""
        return json.dumps(
            {"task": self.task, "data": self.data, "timings": self.timings, "notes": self.notes},
            indent=indent,
        )


# ---------------------------------------------------------------------------------------------
# A tiny backbone for tests and examples
# ---------------------------------------------------------------------------------------------


class TinyBackbone(Backbone):
    """A fixed random conv backbone with levels ``c3``, ``c4``, ``c5`` (strides 8, 16, 32) that
    builds instantly, for tests and examples.

    Each level is random ReLU conv features plus the image average-pooled to that stride (3
    channels), so colour and layout survive the random weights: a head trained on it learns
    colours and positions. Real work uses :func:`designer.backbones.load_backbone`.

    Shape:
        (N, 3, H, W) -> {"c3": (N, 16, H/8, W/8), "c4": (N, 16, H/16, W/16),
        "c5": (N, 32, H/32, W/32)}

    Example:
        >>> TinyBackbone()(torch.zeros(1, 3, 64, 64))["c4"].shape
        torch.Size([1, 16, 4, 4])
    """

    def __init__(self, seed: int = 0) -> None:
        info = {"c3": FeatureInfo(16, 8), "c4": FeatureInfo(16, 16), "c5": FeatureInfo(32, 32)}
        super().__init__("tiny", info, PreprocessConfig(max_side=128))
        g = torch.Generator().manual_seed(seed)
        # Five stride-2 convs; levels c3..c5 add the 3 pooled image channels to 13, 13, 29.
        chans = [(3, 8), (8, 16), (16, 13), (13, 13), (13, 29)]
        self.convs = nn.ModuleList(nn.Conv2d(a, b, 3, stride=2, padding=1) for a, b in chans)
        with torch.no_grad():
            for conv in self.convs:
                fan_in = conv.weight[0].numel()
                conv.weight.copy_(torch.randn(conv.weight.shape, generator=g) * (2 / fan_in) ** 0.5)
                conv.bias.zero_()
        self.weights_note = "random weights: a test backbone"
        self.freeze()

    def _features(self, images: Tensor, levels: tuple[str, ...]) -> dict[str, Tensor]:
        out = {}
        x = images
        for i, conv in enumerate(self.convs):
            x = torch.relu(conv(x))
            if i >= 2:
                stride = 2 ** (i + 1)
                pooled = nn.functional.avg_pool2d(
                    images, stride
                )  # (N, 3, H, W) -> (N, 3, H/s, W/s)
                out[f"c{i + 1}"] = torch.cat([x, pooled], dim=1)
        return out


# ---------------------------------------------------------------------------------------------
# Post-processing per task
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostOptions:
    """What post-processing and drawing take; changing these re-uses cached head outputs."""

    score_threshold: float = 0.3
    iou_threshold: float = 0.5
    suppression: str = "class_aware"
    topk: int = 5
    mask_alpha: float = 0.5
    max_detections: int = 100
    hidden_classes: tuple[int, ...] = ()  # segmentation: classes left off the overlay


def check_options(opts: PostOptions) -> PostOptions:
    """Raise ``ValueError`` naming the option and its valid range or choices."""
    from heads.params import Suppression  # not heads.nms, which imports torchvision

    for name in ("score_threshold", "iou_threshold", "mask_alpha"):
        v = getattr(opts, name)
        if not 0.0 <= v <= 1.0:
            raise ValueError(f"{name} must be between 0 and 1, got {v}")
    if opts.suppression not in {m.value for m in Suppression}:
        choices = ", ".join(m.value for m in Suppression)
        raise ValueError(f"suppression {opts.suppression!r} is unknown; choose one of: {choices}")
    if opts.topk < 1 or opts.max_detections < 1:
        raise ValueError(
            f"topk and max_detections must be at least 1, got {opts.topk}, {opts.max_detections}"
        )
    return opts


@dataclass
class _Ctx:
    image: Image.Image
    meta: PreprocessMeta
    spec: HeadSpec
    class_names: tuple[str, ...]
    opts: PostOptions
    render_start: float = 0.0  # set by post-processing when drawing begins
    head: Any = None  # the head module, for masks made after decoding (instance mask nodes)


def _name(names: tuple[str, ...], i: int) -> str:
    return names[i] if 0 <= i < len(names) else f"class {i}"


def _label_mode(spec: HeadSpec) -> str:
    for node in spec.nodes:
        mode = getattr(node.params, "label_mode", None)
        if mode is not None:
            return getattr(mode, "value", str(mode))
    return "single"


def _display(image: Image.Image) -> tuple[Image.Image, float]:
    w, h = image.size
    s = min(1.0, DISPLAY_MAX_SIDE / max(w, h))
    if s < 1.0:
        return image.resize((max(1, round(w * s)), max(1, round(h * s))), Image.BILINEAR), s
    return image, 1.0


def _font() -> str | None:
    try:
        from matplotlib import font_manager

        return font_manager.findfont("DejaVu Sans", fallback_to_default=True)
    except Exception:  # noqa: BLE001  (no font: torchvision's default bitmap font)
        return None


_PALETTE = [
    (230, 25, 75), (60, 180, 75), (255, 225, 25), (0, 130, 200), (245, 130, 48), (145, 30, 180),
    (70, 240, 240), (240, 50, 230), (210, 245, 60), (250, 190, 212), (0, 128, 128), (220, 190, 255),
]  # fmt: skip


def _colour(i: int) -> tuple[int, int, int]:
    return _PALETTE[i % len(_PALETTE)]


def colour_hex(i: int) -> str:
    """The overlay colour of class ``i`` as ``#rrggbb`` (for legends)."""
    return "#{:02x}{:02x}{:02x}".format(*_colour(i))


def _bar_chart(names: list[str], scores: list[float], title: str) -> Image.Image:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.0, 0.45 * max(1, len(names)) + 0.9), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(111)
    y = np.arange(len(names))[::-1]
    ax.barh(y, scores, color="#3b75af")
    ax.set_yticks(y, [n if len(n) <= 28 else n[:27] + "…" for n in names])
    ax.set_xlim(0, 1)
    ax.set_xlabel(title)
    for yi, s in zip(y, scores):
        ax.text(min(s + 0.01, 0.85), yi, f"{s:.3f}", va="center", fontsize=9)
    # Fixed margins (tight_layout measures text, which costs more than drawing).
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.42, right=0.97, top=1 - 0.15 / height, bottom=0.6 / height)
    canvas = fig.canvas
    canvas.draw()
    return Image.fromarray(np.asarray(canvas.buffer_rgba())[..., :3].copy())


def _post_classification(
    out: Mapping[str, Tensor], ctx: _Ctx
) -> tuple[dict, Image.Image, Image.Image | None, Any]:
    logits = out["logits"][0].float()
    multi = _label_mode(ctx.spec) == "multi"
    probs = logits.sigmoid() if multi else logits.softmax(-1)
    k = max(1, min(int(ctx.opts.topk), probs.numel()))
    scores, idx = probs.topk(k)
    top = [
        {"label": int(i), "name": _name(ctx.class_names, int(i)), "score": round(float(s), 6)}
        for s, i in zip(scores, idx)
    ]
    data = {"topk": top, "label_mode": "multi" if multi else "single"}
    ctx.render_start = time.perf_counter()
    chart = _bar_chart(
        [t["name"] for t in top], [t["score"] for t in top], "sigmoid" if multi else "softmax"
    )
    return data, _display(ctx.image)[0], chart, None


def _decode_boxes(out: Mapping[str, Tensor], ctx: _Ctx) -> tuple[Tensor, Tensor, Tensor]:
    """Boxes (input pixels), scores and labels of one image after suppression."""
    from heads.detector import decode_detections, feature_sizes_for

    w, h = ctx.meta.input_size
    rw, rh = ctx.meta.resized_size
    if "boxes" in out:
        # Already decoded and merged (test-time augmentation, tiles): clip to the image.
        boxes = out["boxes"].clone()
        boxes[:, 0::2] = boxes[:, 0::2].clamp(0, rw)
        boxes[:, 1::2] = boxes[:, 1::2].clamp(0, rh)
        return boxes, out["scores"], out["labels"]
    o = ctx.opts
    # Feature sizes follow from the padded input size; boxes are clipped to the image inside
    # it, before suppression, as torchvision does (the padding holds no image).
    dets = decode_detections(
        ctx.spec,
        dict(out),
        feature_sizes_for(ctx.spec, (h, w)),
        [(rh, rw)],
        input_size=(h, w),
        score_threshold=o.score_threshold,
        suppression=o.suppression,
        iou_threshold=o.iou_threshold,
        detections_per_img=o.max_detections,
    )
    det = dets[0]
    return det["boxes"], det["scores"], det["labels"]


#: Instance masks are pasted at the model input's size this many detections at a time (each
#: is an input-size float map).
MASK_PASTE_CHUNK = 16


def _instance_masks(
    out: Mapping[str, Any], ctx: _Ctx, boxes: Tensor, labels: Tensor, size: tuple[int, int]
) -> Tensor:
    """Boolean masks ``(R, H, W)`` at ``size`` (width, height: the overlay's) of detections
    ``boxes`` (input pixels) from the spec's instance mask node."""
    from heads.detector import instance_masks

    w, h = ctx.meta.input_size
    module = getattr(ctx.head, "head", ctx.head)  # an inference head wraps the graph head
    meta = dataclasses.replace(ctx.meta, original_size=size)
    parts = []
    for start in range(0, len(boxes), MASK_PASTE_CHUNK):
        chunk = {"boxes": boxes[start : start + MASK_PASTE_CHUNK],
                 "labels": labels[start : start + MASK_PASTE_CHUNK]}  # fmt: skip
        with torch.inference_mode():
            probs = instance_masks(ctx.spec, module, out, [chunk], [(h, w)])[0]["masks"]
        # (R, 1, h, w) over the padded input -> (R, H, W) at the overlay's size
        parts.append(meta.map_to_original(probs[:, 0]) > 0.5)
    if not parts:
        return torch.zeros(0, size[1], size[0], dtype=torch.bool)
    return torch.cat(parts)


def _post_detection(
    out: Mapping[str, Tensor], ctx: _Ctx
) -> tuple[dict, Image.Image, Image.Image | None, Any]:
    from torchvision.utils import draw_bounding_boxes, draw_segmentation_masks

    boxes, scores, labels = _decode_boxes(out, ctx)
    in_boxes = boxes
    boxes = ctx.meta.boxes_to_original(boxes)
    dets = [
        {
            "box": [round(v, 2) for v in b],
            "score": round(sc, 6),
            "label": c,
            "name": _name(ctx.class_names, c),
        }
        for b, sc, c in zip(boxes.tolist(), scores.tolist(), labels.tolist())
    ]
    disp, _ = _display(ctx.image)
    masks = None
    if ctx.head is not None and "boxes" not in out:
        masks = _instance_masks(out, ctx, in_boxes, labels, disp.size)
        total = max(1, disp.width * disp.height)
        for d, m in zip(dets, masks):
            d["mask_fraction"] = round(int(m.sum()) / total, 6)  # of the image's area
    ctx.render_start = time.perf_counter()
    s = disp.width / ctx.meta.original_size[0]  # original pixels -> overlay pixels
    img = torch.from_numpy(np.asarray(disp, dtype=np.uint8).copy()).permute(
        2, 0, 1
    )  # (H, W, 3) -> (3, H, W)
    if masks is not None and len(masks):
        # Lowest score first, so the most confident mask is drawn on top where masks overlap.
        order = list(range(len(dets)))[::-1]
        img = draw_segmentation_masks(
            img, masks[order], alpha=ctx.opts.mask_alpha,
            colors=[_colour(dets[i]["label"]) for i in order],
        )  # fmt: skip
    if dets:
        side = max(disp.size)
        img = draw_bounding_boxes(
            img,
            boxes * s,
            labels=[f"{d['name']} {d['score']:.2f}" for d in dets],
            colors=[_colour(d["label"]) for d in dets],
            width=max(2, side // 250),
            font=_font(),
            font_size=max(10, side // 40),
        )
    overlay = Image.fromarray(img.permute(1, 2, 0).numpy())  # (3, H, W) -> (H, W, 3)
    return {"detections": dets, "count": len(dets)}, overlay, None, None


def _post_segmentation(
    out: Mapping[str, Tensor], ctx: _Ctx
) -> tuple[dict, Image.Image, Image.Image | None, Any]:
    from torchvision.utils import draw_segmentation_masks

    disp, _ = _display(ctx.image)
    logits = out["mask_logits"][0].float()  # (K, h, w) over the padded input
    K = logits.shape[0]
    meta = dataclasses.replace(ctx.meta, original_size=disp.size)
    # Argmax at the head's resolution, then nearest resizing: K times less resampling work.
    labels = logits.argmax(0).to(torch.uint8 if K < 256 else torch.int32)  # (K, h, w) -> (h, w)
    labels = meta.map_to_original(labels, mode="nearest").long()  # (h, w) -> (H, W)
    counts = torch.bincount(labels.flatten(), minlength=K).tolist()
    total = labels.numel()
    hidden = set(ctx.opts.hidden_classes)
    shown = [
        k
        for k in range(K)
        if counts[k] and _name(ctx.class_names, k) != "background" and k not in hidden
    ]
    classes = [
        {
            "label": k,
            "name": _name(ctx.class_names, k),
            "fraction": round(c / total, 6),
            "color": colour_hex(k),
            "drawn": k in shown,
        }
        for k, c in enumerate(counts)
        if c
    ]
    ctx.render_start = time.perf_counter()
    img = torch.from_numpy(np.asarray(disp, dtype=np.uint8).copy()).permute(
        2, 0, 1
    )  # (H, W, 3) -> (3, H, W)
    if shown:
        masks = torch.stack([labels == k for k in shown])  # (S, H, W) bool
        img = draw_segmentation_masks(
            img, masks, alpha=ctx.opts.mask_alpha, colors=[_colour(k) for k in shown]
        )
    overlay = Image.fromarray(img.permute(1, 2, 0).numpy())  # (3, H, W) -> (H, W, 3)
    return (
        {"classes": classes, "mask_size": list(disp.size)},
        overlay,
        None,
        labels.numpy().astype(np.int32),
    )


_POST: dict[
    Task, Callable[[Mapping[str, Tensor], _Ctx], tuple[dict, Image.Image, Image.Image | None, Any]]
] = {
    Task.CLASSIFICATION: _post_classification,
    Task.DETECTION: _post_detection,
    Task.SEGMENTATION: _post_segmentation,
}


# ---------------------------------------------------------------------------------------------
# The predictor
# ---------------------------------------------------------------------------------------------


def _tensor_digest(state: Mapping[str, Tensor]) -> str:
    h = hashlib.sha1()
    for k in sorted(state):
        t = state[k].detach().cpu().contiguous()
        h.update(k.encode())
        h.update(str(tuple(t.shape)).encode())
        h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    return h.hexdigest()[:16]


def _in_original_pixels(x: Tensor, meta: Any, photo: Any) -> tuple[Tensor, Any]:
    """Results are in the original image's pixels, whatever size it was decoded at."""
    if tuple(meta.original_size) == tuple(photo.original_size):
        return x, meta
    scale = meta.resized_size[0] / photo.original_size[0]
    return x, dataclasses.replace(meta, original_size=photo.original_size, scale=scale)


def _tensors(v: Any) -> bool:
    return isinstance(v, Tensor) or (
        isinstance(v, list | tuple) and bool(v) and all(isinstance(t, Tensor) for t in v)
    )


#: What Predict says when test-time augmentation meets an instance mask head.
TTA_MASKS_NOTE = (
    "instance masks are drawn without test-time augmentation or slicing: turn them off to see "
    "the masks (the boxes are the merged views')"
)


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000.0, 2)


@dataclass
class PredictorCaches:
    """The caches predictors share: built heads, backbone features, raw head outputs.

    Each is an LRU bounded by bytes (and by entries); the defaults are in
    :mod:`designer.limits`. One instance serves every :class:`Predictor` of the process unless a
    predictor is given its own, so the bounds hold for the whole process.
    """

    heads: BoundedCache = dataclasses.field(
        default_factory=lambda: BoundedCache(limits.HEAD_CACHE_BYTES, max_items=16)
    )
    features: BoundedCache = dataclasses.field(
        default_factory=lambda: BoundedCache(limits.FEATURE_CACHE_BYTES, max_items=32)
    )
    outputs: BoundedCache = dataclasses.field(
        default_factory=lambda: BoundedCache(
            limits.OUTPUT_CACHE_BYTES, max_items=64, sizeof=tta_inference.raw_bytes
        )
    )

    def stats(self) -> dict[str, dict[str, int]]:
        """Per cache: ``items``, ``bytes`` held and the ``max_bytes`` bound."""
        return {
            name: {"items": len(c), "bytes": c.nbytes, "max_bytes": c.max_bytes}
            for name, c in (("heads", self.heads), ("features", self.features),
                            ("outputs", self.outputs))
        }  # fmt: skip

    def clear(self) -> None:
        for c in (self.heads, self.features, self.outputs):
            c.clear()


#: The process-wide caches (see :class:`PredictorCaches`).
SHARED_CACHES = PredictorCaches()


class HeapTrimmer:
    """Hands freed heap memory back to the operating system a little after work stops.

    glibc's allocator keeps what a prediction frees (decoded images, activations, the chart's
    many small objects) for reuse, and the heap's free space fragments: with the caches at their
    bounds, the app's resident memory still grew by about 90 MB per 100 distinct predictions,
    all of it returned by ``malloc_trim`` (bench/bench_memory.py). :meth:`poke` schedules one
    ``malloc_trim(0)`` ``delay`` seconds later, on a background thread (ctypes releases the GIL,
    so no request waits for it); pokes in between share it. Elsewhere than glibc it does nothing.
    """

    def __init__(self, delay: float = 2.0) -> None:
        self.delay = delay
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._trim = self._find_trim()
        self.trims = 0

    @staticmethod
    def _find_trim() -> Callable[[int], int] | None:
        import ctypes
        import ctypes.util

        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            return libc.malloc_trim
        except (OSError, AttributeError):
            return None

    def poke(self) -> None:
        """Trim once, ``delay`` seconds from now (unless a trim is already due)."""
        if self._trim is None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="heap-trim", daemon=True)
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            time.sleep(self.delay)
            self._wake.clear()
            self._trim(0)
            self.trims += 1


#: Poked after every prediction that did real work.
HEAP_TRIMMER = HeapTrimmer()

#: glibc's ``mallopt`` parameter for the most malloc arenas (``M_ARENA_MAX``).
_M_ARENA_MAX = -8


def cap_malloc_arenas(count: int = 2) -> bool:
    """Have glibc's allocator keep at most ``count`` arenas (its default: eight per core).

    A server answers each request on one of many worker threads, and glibc gives threads their
    own arenas, each keeping what its thread freed: over distinct predictions the app's
    resident memory settled higher with a dozen arenas than with two, at the same speed
    (bench/bench_memory.py). Call it at the start of a serving process, before its threads
    exist (arenas already made stay). Returns whether it took effect (``False`` elsewhere than
    glibc, or where ``MALLOC_ARENA_MAX`` is set, which then decides).
    """
    import ctypes
    import ctypes.util
    import os

    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, int(count)))
    except (OSError, AttributeError):
        return False


#: Tells predictors apart in shared cache keys (an ``id()`` can be reused after a collection).
_PREDICTOR_IDS = itertools.count()


class Predictor:
    """Runs heads on images over one backbone, with memory-bounded caches.

    Args:
        backbone: a zoo name (loaded lazily on first use) or a :class:`Backbone` object.
        backbone_weights: a weights file for a named backbone (default: ImageNet if present).
        caches: where built heads, features and outputs are kept (default: the process-wide
            :data:`SHARED_CACHES`).
        max_pixels: images whose header declares more pixels are refused (see
            :func:`designer.images.open_image`).
    """

    def __init__(
        self,
        backbone: str | Backbone = DEFAULT_BACKBONE,
        *,
        backbone_weights: str | Path | None = None,
        caches: PredictorCaches | None = None,
        max_pixels: int = MAX_IMAGE_PIXELS,
    ) -> None:
        self._backbone = backbone if isinstance(backbone, Backbone) else None
        self.backbone_name = backbone.name if isinstance(backbone, Backbone) else str(backbone)
        self.backbone_weights = backbone_weights
        self.max_pixels = max_pixels
        self.caches = caches if caches is not None else SHARED_CACHES
        self._heads = self.caches.heads
        self._features = self.caches.features
        self._outputs = self.caches.outputs
        self._id = next(_PREDICTOR_IDS)

    @property
    def backbone(self) -> Backbone:
        """The backbone (built on first use)."""
        if self._backbone is None:
            self._backbone = load_backbone(self.backbone_name, self.backbone_weights)
        return self._backbone

    @property
    def feature_info(self) -> dict[str, FeatureInfo]:
        """The backbone's levels (without building it, for a zoo name)."""
        if self._backbone is not None:
            return dict(self._backbone.feature_info)
        from designer.backbones import backbone_info

        return backbone_info(self.backbone_name).feature_info

    def _backbone_key(self) -> tuple:
        bb = self.backbone
        return (bb.name, bb.weights_note, self._id)

    def _head(
        self, spec: HeadSpec, weights: Mapping[str, Tensor] | None, key: tuple
    ) -> InferenceHead:
        def build() -> InferenceHead:
            check_design(spec)  # refuse a design too large to build before allocating it
            head = GraphHead(spec)
            if weights is not None:
                try:
                    head.load_state_dict(dict(weights), strict=True)
                except RuntimeError as e:
                    raise WeightsError(
                        f"the head weights do not match the design: {str(e)[:500]}"
                    ) from None
            # Norms folded, channels_last: the same outputs, faster on a CPU.
            return optimize_for_inference(head.eval())

        return self._heads.get_or_create((self._id, *key), build)

    def _check_levels(self, spec: HeadSpec) -> None:
        have = {**self.feature_info, IMAGE_LEVEL: FeatureInfo(3, 1)}
        for name, info in spec.inputs:
            if name not in have:
                raise SpecError(
                    f"the head reads level {name!r}, which backbone {self.backbone_name!r} does not give; "
                    f"its levels: {', '.join(f'{k} ({v.channels}@s{v.stride})' for k, v in have.items())}",
                    field="inputs",
                )
            if (have[name].channels, have[name].stride, have[name].kind) != (
                info.channels,
                info.stride,
                info.kind,
            ):
                raise SpecError(
                    f"level {name!r} is {info.channels}@s{info.stride} in the design but "
                    f"{have[name].channels}@s{have[name].stride} in backbone {self.backbone_name!r}",
                    field="inputs",
                )

    def resolve(
        self, spec: Any, head_weights: Any, class_names: Any
    ) -> tuple[HeadSpec, Any, tuple[str, ...], int | None, list[str]]:
        """Normalise the ``predict`` arguments: (spec, weights, class names, image size, notes)."""
        notes: list[str] = []
        image_size = None
        if spec is None:
            spec = Task.CLASSIFICATION
        if isinstance(spec, Task) or (isinstance(spec, str) and spec in {t.value for t in Task}):
            spec = default_head(spec)
        if isinstance(spec, str | Path) and str(spec).endswith(".safetensors"):
            spec = HeadBundle.load(spec)
        if isinstance(spec, HeadBundle):
            bundle = spec
            spec, image_size = bundle.spec, bundle.image_size
            if head_weights is None:
                head_weights = bundle.state_dict
            if class_names is None:
                class_names = bundle.class_names
            if bundle.state_dict is None and bundle.note:
                notes.append(bundle.note)
            if bundle.backbone != self.backbone_name:
                notes.append(
                    f"this head was trained on {bundle.backbone}, not {self.backbone_name}"
                )
        else:
            spec = resolve_spec(spec, self.feature_info)
        if isinstance(head_weights, str | Path):
            head_weights = load_state_dict_file(head_weights)
        if head_weights is None:
            notes.append(UNTRAINED_NOTE)
        names = tuple(class_names or ())
        return spec, head_weights, names, image_size, notes

    def predict(
        self,
        image: Any,
        spec: Any = None,
        head_weights: Mapping[str, Tensor] | str | Path | None = None,
        *,
        class_names: Any = None,
        score_threshold: float = 0.3,
        iou_threshold: float = 0.5,
        suppression: str = "class_aware",
        topk: int = 5,
        mask_alpha: float = 0.5,
        max_detections: int = 100,
        hidden_classes: tuple[int, ...] = (),
        tta: TTAOptions | None = None,
    ) -> Prediction:
        """Predict on one image.

        Args:
            image: a PIL image, path, bytes or array (see :func:`designer.images.load_image`).
            spec: a :class:`HeadSpec` (or its JSON, or a preset name for this backbone), a
                :class:`HeadBundle`, a bundle path, or a task name for the bundled head
                (default: the bundled classification head).
            head_weights: a state dict or a weights file (default: the bundle's weights, else
                random weights with a note).
            class_names: names in output order (default: the bundle's, else ``class i``).
            score_threshold, iou_threshold, suppression: detection post-processing.
            topk: classification: how many classes to list.
            mask_alpha: segmentation overlay opacity.
            hidden_classes: segmentation: class indices left off the overlay.
            max_detections: detection: keep at most this many boxes.
            tta: flip and multi-scale views, or sliced inference
                (:class:`designer.tta_inference.TTAOptions`); the views' raw outputs are
                cached under these options, so only their merge re-runs for new thresholds.

        Raises:
            designer.images.ImageError: a bad image.
            heads.spec.SpecError: a design that does not fit the backbone.
            designer.backbones.WeightsError: weights that do not fit the design or are unsafe.
        """
        t_total = time.perf_counter()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        spec, weights, names, image_size, notes = self.resolve(spec, head_weights, class_names)
        self._check_levels(spec)
        bb = self.backbone
        cfg = (
            bb.config
            if image_size is None
            else dataclasses.replace(bb.config, max_side=int(image_size))
        )
        # Decoded no larger than the model input and the overlay need (big photos reduced).
        photo = open_image(
            image, max_side=max(cfg.max_side, DISPLAY_MIN_SIDE), max_pixels=self.max_pixels
        )
        img = photo.image
        image_hash = (
            hashlib.sha1(img.tobytes()).hexdigest()[:20] + f"{img.size}{photo.original_size}"
        )
        timings["load"] = _ms(t0)

        if not bb.pretrained:
            notes.insert(0, f"backbone has {bb.weights_note}")
        design = hashlib.sha1(spec.to_json(None).encode()).hexdigest()[:16]
        wver = _tensor_digest(weights) if weights is not None else "random"
        if tta is not None:
            fixed = getattr(cfg.policy, "value", cfg.policy) == "square"
            tta = tta_inference.check_tta(tta, spec.task, fixed_size=fixed)
            tta = None if tta.plain else tta
        if tta is not None and tta.sliced:
            cfg = tta_inference.sliced_config(cfg, img.size)
        out_key = (image_hash, self._backbone_key(), cfg, design, wver, tta)
        cached = self._outputs.get(out_key)
        cache_flags = {"features": False, "outputs": cached is not None}
        timings.update(preprocess=0.0, backbone=0.0, head=0.0)
        if cached is None and tta is not None:
            t0 = time.perf_counter()
            x, meta = _in_original_pixels(*bb.preprocess(img, cfg), photo)
            timings["preprocess"] = _ms(t0)
            head = self._head(spec, weights, (design, wver))
            raw, spent = tta_inference.run_views(tta, x, bb, head, spec)
            timings.update(spent)
            cached = self._outputs.put(out_key, (raw, meta))
        if cached is None:
            t0 = time.perf_counter()
            feat_key = (image_hash, self._backbone_key(), cfg)
            entry = self._features.get(feat_key)
            if entry is None:
                x, meta = _in_original_pixels(*bb.preprocess(img, cfg), photo)
                timings["preprocess"] = _ms(t0)
                t0 = time.perf_counter()
                with torch.inference_mode():
                    feats = bb(x[None])
                # Segmentation heads read the input image for its size (the ``image`` level).
                feats = {**feats, IMAGE_LEVEL: x[None]}
                entry = self._features.put(feat_key, (feats, meta))
                timings["backbone"] = _ms(t0)
            else:
                cache_flags["features"] = True
            feats, meta = entry
            t0 = time.perf_counter()
            head = self._head(spec, weights, (design, wver))
            with torch.inference_mode():
                out = head({k: feats[k] for k in spec.input_levels})
            # Tensors, and lists of tensors (the levels an instance mask node pools from).
            out = {k: v for k, v in out.items() if _tensors(v)}
            timings["head"] = _ms(t0)
            cached = self._outputs.put(out_key, (out, meta))
            HEAP_TRIMMER.poke()  # what the decoding and the backbone freed goes back soon
        out, meta = cached

        t0 = time.perf_counter()
        opts = check_options(
            PostOptions(
                float(score_threshold),
                float(iou_threshold),
                str(getattr(suppression, "value", suppression)),
                int(topk),
                float(mask_alpha),
                int(max_detections),
                tuple(int(k) for k in hidden_classes),
            )
        )
        ran = None
        if tta is not None:
            ran = tta_inference.summary(tta, out, meta.resized_size)
            out = tta_inference.merge(out, opts)
        ctx = _Ctx(img, meta, spec, names, opts)
        if spec.task is Task.DETECTION and has_instance_masks(spec):
            if tta is None:
                ctx.head = self._head(spec, weights, (design, wver))
            else:
                notes.append(TTA_MASKS_NOTE)
        data, overlay, chart, mask = _POST[spec.task](out, ctx)
        render_start = ctx.render_start or time.perf_counter()
        timings["postprocess"] = round((render_start - t0) * 1000.0, 2)
        timings["render"] = _ms(render_start)
        data.update(
            image_size=list(photo.original_size),
            input_size=list(meta.input_size),
            backbone=bb.name,
            design=spec.name or design,
            cached=cache_flags,
            tta=ran,
        )
        timings["total"] = _ms(t_total)
        return Prediction(spec.task.value, data, overlay, chart, timings, notes, mask)

    def clear_caches(self) -> None:
        """Forget this predictor's built heads, features and outputs (the backbone stays)."""
        self._heads.discard(lambda key: key[0] == self._id)
        for cache in (self._features, self._outputs):
            cache.discard(lambda key: key[1][2] == self._id)


__all__ = [
    "HEAP_TRIMMER", "SHARED_CACHES", "cap_malloc_arenas", "HeadBundle", "HeapTrimmer", "PostOptions", "Prediction", "Predictor", "PredictorCaches",
    "TinyBackbone", "default_head", "default_head_path",
]  # fmt: skip
