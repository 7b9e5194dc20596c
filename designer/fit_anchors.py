"""``model-heads fit-anchors``: fit a RetinaNet head's anchors to a dataset's boxes.

The boxes are taken as training sees them (:func:`designer.training.prepare` resizes every image
to a ``size`` x ``size`` square), fitted with :func:`heads.anchor_fit.fit_anchors`, and the
fitted sizes and ratios written into a copy of the design. A before/after picture draws each box
of one training image with its best anchor under the head's anchors and under the fitted ones.

Example:
    >>> import heads
    >>> from designer.data.formats import load_shapes
    >>> boxes, sizes, owner = training_boxes(load_shapes("detection", n=4), 128)
    >>> boxes.shape[1], sizes[0].tolist(), int(owner.max()) <= 3
    (4, [128.0, 128.0], True)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFont
from torch import Tensor

from designer.data.formats import Dataset, Sample, load_dataset, load_shapes
from heads.anchor_fit import AnchorFit, draw_anchors, fit_anchors


def training_boxes(data: Dataset, size: int) -> tuple[Tensor, Tensor, Tensor]:
    """Every training box in the pixels of the ``size`` x ``size`` input training uses.

    Returns:
        ``boxes (B, 4)`` xyxy, ``image_sizes (B, 2)`` (all ``size``) and ``owner (B,)``, the
        index of each box's sample in ``data.train``.
    """
    out, owner = [], []
    for i, s in enumerate(data.train):
        if not s.boxes:
            continue
        w, h = _image_size(s)
        b = torch.tensor(s.boxes, dtype=torch.float32).reshape(-1, 4)
        b = (b * torch.tensor([size / w, size / h, size / w, size / h])).clamp(0, size)
        out.append(b)
        owner += [i] * len(b)
    if not out:
        raise ValueError(f"the training data ({data.root or 'dataset'}) has no boxes")
    boxes = torch.cat(out)
    return boxes, torch.full((len(boxes), 2), float(size)), torch.tensor(owner)


def _image_size(sample: Sample) -> tuple[int, int]:
    if sample.size is not None:
        return sample.size
    if isinstance(sample.image, Image.Image):
        return sample.image.size
    with Image.open(sample.image) as im:  # reads the header only
        return im.size


def before_after(sample: Sample, size: int, fit: AnchorFit, *, scale: int = 2) -> Image.Image:
    """One training image (resized as training sees it) twice: each box with its best anchor
    under the head's anchors (left) and under the fitted ones (right), drawn ``scale`` times
    larger so the labels stay legible."""
    from designer.inference import _font

    im = sample.load_image().resize((size, size), Image.BILINEAR)
    w, h = _image_size(sample)
    boxes = torch.tensor(sample.boxes or [], dtype=torch.float32).reshape(-1, 4)
    boxes = boxes * torch.tensor([size / w, size / h, size / w, size / h])
    big = im.resize((size * scale, size * scale), Image.BILINEAR)
    x = torch.from_numpy(np.asarray(big, dtype=np.uint8).copy()).permute(2, 0, 1)  # (3, H, W)
    font_path = _font()
    text_font = ImageFont.truetype(font_path, 14) if font_path else ImageFont.load_default()
    panels = []
    for title, cfg, q in (
        ("head's anchors", fit.original, fit.before),
        ("fitted anchors", fit.fitted, fit.after),
    ):
        drawn = draw_anchors(x, boxes, cfg, scale=scale, font=font_path, font_size=13)
        panel = Image.fromarray(drawn.permute(1, 2, 0).numpy())  # (3, H, W) -> (H, W, 3)
        canvas = Image.new("RGB", (panel.width, panel.height + 44), "white")
        canvas.paste(panel, (0, 44))
        draw = ImageDraw.Draw(canvas)
        sizes = ", ".join(f"{s:g}" for s in cfg.sizes)
        ratios = ", ".join(f"{r:g}" for r in cfg.aspect_ratios)
        draw.text((6, 3), f"{title}: sizes {sizes}; ratios {ratios}", fill="black", font=text_font)
        draw.text((6, 23), f"recall {q.recall:.3f}, mean best IoU {q.mean_iou:.3f} (all boxes)",
                  fill="black", font=text_font)  # fmt: skip
        panels.append(canvas)
    out = Image.new("RGB", (sum(p.width for p in panels) + 10, panels[0].height), "white")
    out.paste(panels[0], (0, 0))
    out.paste(panels[1], (panels[0].width + 10, 0))
    return out


# ---------------------------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------------------------


def _load_design(args: argparse.Namespace, num_classes: int) -> Any:
    from designer.cli import load_spec

    is_file = Path(args.design).suffix.lower() == ".json" or Path(args.design).is_file()
    ns = argparse.Namespace(
        spec=args.design,
        backbone=args.backbone,
        in_channels=None,
        strides=None,
        num_classes=None if is_file else (args.num_classes or num_classes),
        option=[],
    )
    return load_spec(ns)


def run(args: argparse.Namespace) -> int:
    """Fit the anchors, print before and after, write the design and the picture."""
    if args.size < 32 or args.size % 32:
        raise ValueError(f"--size must be a positive multiple of 32, got {args.size}")
    if not 0.0 < args.threshold < 1.0:
        raise ValueError(f"--threshold must be between 0 and 1, got {args.threshold}")
    if args.generations < 0:
        raise ValueError(f"--generations must be at least 0, got {args.generations}")
    for path, suffix in ((args.output, ".json"), (args.image, ".png")):
        if path and Path(path).suffix.lower() != suffix:
            raise ValueError(f"{path!r} must be a {suffix} file")
    if args.data == "shapes":
        data = load_shapes("detection", n=args.shapes_images, seed=args.seed)
    else:
        data = load_dataset("detection", args.data)
    spec = _load_design(args, data.num_classes)
    boxes, sizes, owner = training_boxes(data, args.size)
    fit = fit_anchors(spec, boxes, image_sizes=sizes, threshold=args.threshold,
                      generations=args.generations, seed=args.seed)  # fmt: skip
    from heads.anchor_fit import apply_anchors

    fitted = apply_anchors(spec, fit.fitted)
    if args.json:
        print(json.dumps(fit.summary(), indent=2))
    else:
        _print(fit, args)
    if args.output:
        out = Path(args.output)
        if not out.parent.exists():
            raise FileNotFoundError(f"folder not found: {out.parent}")
        out.write_text(fitted.to_json() + "\n")
        print(f"wrote {out}", file=sys.stderr)
    if args.image:
        counts = torch.bincount(owner, minlength=len(data.train))
        if args.image_index is None:
            # the first image with the most boxes among the first 100
            index = int(counts[:100].argmax())
        elif 0 <= args.image_index < len(data.train) and counts[args.image_index] > 0:
            index = args.image_index
        else:
            raise ValueError(
                f"--image-index {args.image_index} is not a training image with boxes "
                f"(0..{len(data.train) - 1})"
            )
        picture = before_after(data.train[index], args.size, fit)
        out = Path(args.image)
        if not out.parent.exists():
            raise FileNotFoundError(f"folder not found: {out.parent}")
        picture.save(out)
        print(f"wrote {out}", file=sys.stderr)
    return 0


def _print(fit: AnchorFit, args: argparse.Namespace) -> None:
    from designer.cli import _print_table

    def f(v: float) -> str:
        return f"{v:.3f}"

    rows = []
    for label, cfg, q in (("head", fit.original, fit.before), ("fitted", fit.fitted, fit.after)):
        rows.append([
            label, ", ".join(f"{s:g}" for s in cfg.sizes),
            ", ".join(f"{r:g}" for r in cfg.aspect_ratios), f(q.recall), f(q.mean_iou),
            f(q.recall_centred), f(q.mean_iou_centred), "/".join(map(str, q.level_counts)),
        ])  # fmt: skip
    print(
        f"{fit.boxes} boxes of {args.data} at {args.size}x{args.size}; recall = boxes whose "
        f"best anchor has IoU >= {fit.threshold:g} (on the grid / centred)"
    )
    _print_table(rows, ["anchors", "sizes", "ratios", "recall", "mean IoU",
                        "recall (centred)", "mean IoU (centred)", "boxes per level"])  # fmt: skip
    if not fit.improved:
        print("the head's anchors fit best: no change")


__all__ = ["before_after", "run", "training_boxes"]
