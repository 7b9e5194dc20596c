"""Test-time augmentation and sliced inference: what they buy and what they cost.

    .venv/bin/python -m bench.bench_tta [--images 100] [--large-images 20] [--repeats 3]

With the bundled Shapes heads on EfficientNet-Lite0 (``assets/heads``, trained on Shapes seed 0
images 0-599), on held-out Shapes images (seed 0 from image 1000):

- accuracy: detection mAP@0.5 and mAP, and segmentation mIoU, at 256x256 for plain inference,
  flip TTA and flip + scales (1, 1.25); each TTA figure is a ratio over plain inference on the
  same images. One backbone pass per view serves both heads (the raw outputs are shared).
- small objects in large images: 1024x1024 Shapes scenes (8-20 shapes of 20-120 px) seen whole
  at 256x256 (the objects shrink 4x, out of the size range the head learnt) against sliced
  inference at full resolution (256-pixel tiles, 20% overlap, with the whole-image pass).
- cost: the time of each TTA mode over plain inference on the same batch, sliced inference over
  plain inference of the whole 1024x1024 image, and re-merging cached raw outputs (a threshold
  change) over running the views; measured in alternation.

-> bench/results/tta.{md,json}
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import torch

from bench.common import interleaved, row, save

LEVELS = ("c2", "c3", "c4", "c5")


def _network():
    from designer.backbones import load_backbone
    from designer.inference import default_head
    from heads.graph import GraphHead

    backbone = load_backbone("efficientnet_lite0")
    bundles = {t: default_head(t) for t in ("detection", "segmentation")}
    heads_ = {}
    for task, b in bundles.items():
        head = GraphHead(b.spec).eval()
        head.load_state_dict(b.state_dict, strict=True)
        heads_[task] = head

    def features(x):
        feats = backbone(x, LEVELS)
        return {**{k: feats[k] for k in LEVELS}, "image": x}

    def both(f):
        return {**heads_["detection"](f), **heads_["segmentation"](f)}

    return backbone, bundles, heads_, features, both


def _samples(n: int, start: int, **options):
    from designer.data.shapes import make_sample

    return [make_sample(0, i, **options) for i in range(start, start + n)]


def _batch(samples, size: int, backbone) -> torch.Tensor:
    from designer.training import image_tensor
    from designer.training.data import _norm_stats

    mean, std = _norm_stats(backbone)
    return torch.stack([image_tensor(s.image, size, mean, std) for s in samples])


def accuracy(args, net) -> list[dict]:
    from designer.metrics import detection_metrics, segmentation_metrics
    from heads.tta import TTA, DetectOptions, tta_detect, tta_outputs, tta_segment

    backbone, bundles, _, features, both = net
    det_spec, seg_spec = bundles["detection"].spec, bundles["segmentation"].spec
    samples = _samples(args.images, 1000)
    opts = DetectOptions(score_threshold=0.05, detections_per_img=100)
    modes = {
        "plain": TTA(hflip=False),
        "flip": TTA(hflip=True),
        "flip + scales 1, 1.25": TTA(scales=(1.0, 1.25), hflip=True),
    }
    results: dict[str, dict[str, float]] = {}
    for name, tta in modes.items():
        preds, targets, seg_pred = [], [], []
        t0 = time.perf_counter()
        for i in range(0, len(samples), 8):
            group = samples[i : i + 8]
            raw = tta_outputs(_batch(group, 256, backbone), features, both, tta, spec=det_spec)
            preds += tta_detect(raw, opts)
            seg_pred.append(tta_segment(dataclasses.replace(raw, spec=seg_spec)).argmax(1))
            targets += [{"boxes": torch.from_numpy(s.boxes), "labels": torch.from_numpy(s.labels)}
                        for s in group]  # fmt: skip
        sem = torch.stack([torch.from_numpy(s.semantic.astype("int64")) for s in samples])
        m = detection_metrics(preds, targets)
        results[name] = {
            "map_50": m["map_50"],
            "map": m["map"],
            "miou": segmentation_metrics(torch.cat(seg_pred), sem, 6)["miou"],
            "seconds": time.perf_counter() - t0,
        }
        print(name, results[name], flush=True)
    rows = []
    base = results["plain"]
    note = f"{args.images} held-out Shapes images at 256x256, bundled heads on Lite0"
    for name, r in results.items():
        for key, label in (("map_50", "detection mAP@0.5"), ("map", "detection mAP"),
                           ("miou", "segmentation mIoU")):  # fmt: skip
            rows.append(row("tta", f"{label}, {name}" + ("" if name == "plain" else " / plain"),
                            r[key], "", reference=None if name == "plain" else base[key],
                            higher_is_better=True, note=note))  # fmt: skip
    return rows


def large_images(args, net) -> list[dict]:
    from designer.metrics import detection_metrics
    from heads.tta import TTA, DetectOptions, sliced_detect, sliced_outputs, tta_detect, tta_outputs

    backbone, bundles, heads_, features, _ = net
    det = heads_["detection"]
    samples = _samples(args.large_images, 2000, size=1024, min_objects=8, max_objects=20)
    opts = DetectOptions(score_threshold=0.05, detections_per_img=100)
    whole, sliced, targets = [], [], []
    for s in samples:
        x = _batch([s], 1024, backbone)
        small = torch.nn.functional.interpolate(x, size=(256, 256), mode="bilinear",
                                                antialias=True, align_corners=False)  # fmt: skip
        d = tta_detect(tta_outputs(small, features, det, TTA(hflip=False)), opts)[0]
        d["boxes"] = d["boxes"] * 4.0  # 256 -> 1024
        whole.append(d)
        raw = sliced_outputs(x, features, det, tile=256, overlap=0.2, whole_image=True)
        sliced.append(sliced_detect(raw, opts))
        targets.append({"boxes": torch.from_numpy(s.boxes), "labels": torch.from_numpy(s.labels)})
    mw, ms = detection_metrics(whole, targets), detection_metrics(sliced, targets)
    note = (f"{args.large_images} Shapes scenes of 1024x1024, 8-20 shapes of 20-120 px; sliced: "
            "256 px tiles, 20% overlap, whole-image pass, WBF")  # fmt: skip
    return [
        row("tta", "large images mAP@0.5, whole image at 256", mw["map_50"], "", note=note),
        row("tta", "large images mAP@0.5, sliced at full size / whole at 256", ms["map_50"], "",
            reference=mw["map_50"], higher_is_better=True, note=note),
        row("tta", "large images mAP, sliced / whole at 256", ms["map"], "",
            reference=mw["map"], higher_is_better=True, note=note),
    ]  # fmt: skip


def cost(args, net) -> list[dict]:
    from heads.tta import TTA, DetectOptions, sliced_outputs, tta_detect, tta_outputs

    backbone, bundles, heads_, features, _ = net
    det = heads_["detection"]
    x = _batch(_samples(4, 1000), 256, backbone)
    fns = {
        name: (lambda t=tta: tta_outputs(x, features, det, t))
        for name, tta in {
            "plain": TTA(hflip=False),
            "flip": TTA(hflip=True),
            "flip + scales 1, 1.25": TTA(scales=(1.0, 1.25)),
        }.items()
    }
    t = interleaved(fns, warmup=1, repeats=args.repeats)
    rows = [
        row("tta", f"{name} / plain, batch of 4 at 256", t[name] * 1e3, "ms",
            reference=t["plain"] * 1e3, note="backbone and head for every view")
        for name in ("flip", "flip + scales 1, 1.25")
    ]  # fmt: skip
    raw = fns["flip + scales 1, 1.25"]()
    low, high = DetectOptions(score_threshold=0.05), DetectOptions(score_threshold=0.3)
    tm = interleaved(
        {"views": fns["flip + scales 1, 1.25"], "merge": lambda: tta_detect(raw, high)},
        warmup=1,
        repeats=args.repeats,
    )
    tta_detect(raw, low)
    rows.append(row("tta", "threshold change from cached views / running the views",
                    tm["merge"] * 1e3, "ms", reference=tm["views"] * 1e3, target=0.1,
                    note="decode and merge only; flip + scales 1, 1.25, batch of 4"))  # fmt: skip
    big = _batch(_samples(1, 2000, size=1024, min_objects=8, max_objects=20), 1024, backbone)
    ts = interleaved(
        {
            "plain": lambda: tta_outputs(big, features, det, TTA(hflip=False)),
            "sliced": lambda: sliced_outputs(big, features, det, tile=256, overlap=0.2),
        },
        warmup=1,
        repeats=args.repeats,
    )
    n_tiles = len(sliced_outputs(big, features, det, tile=256, overlap=0.2).tiles)
    rows.append(row("tta", "sliced 1024x1024 (256 px tiles, 20% overlap) / plain 1024x1024",
                    ts["sliced"] * 1e3, "ms", reference=ts["plain"] * 1e3,
                    note=f"{n_tiles} tiles in batches of 4: {n_tiles * 256 * 256 / 1024**2:.2f}x "
                         "the pixels"))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=100)
    parser.add_argument("--large-images", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    net = _network()
    rows = []
    if not args.skip_accuracy:
        rows += accuracy(args, net)
        rows += large_images(args, net)
    rows += cost(args, net)
    save("tta", rows, {"images": args.images, "large_images": args.large_images})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
