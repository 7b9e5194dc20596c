"""Anchor fitting on Shapes: best possible recall and mean best IoU before and after.

    .venv/bin/python -m bench.bench_anchor_fit [--images 600]

For the ``retinanet_lite`` preset (strides 8/16/32, base sizes 32/64/128, ratios 0.5/1/2) and
the ``retinanet`` preset's anchors (five levels, 32-512, on Lite0's strides 8-128), fitted to the
boxes of Shapes images at the 256x256 training input (what ``model-heads fit-anchors --data
shapes`` does), and to a set of tall boxes (h/w 2-3.5, the same sizes). Each row's reference is
the head's own anchors on the same boxes; recall counts boxes whose best anchor on the grid has
IoU >= 0.5 (RetinaNet's matcher). The fit's wall time is reported as it is (a one-off step, no
target).

-> bench/results/anchor_fit.{md,json}
"""

from __future__ import annotations

import argparse
import time

import torch

from bench.common import row, save


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=600)
    parser.add_argument("--generations", type=int, default=300)
    args = parser.parse_args(argv)

    import heads
    from designer.data.formats import load_shapes
    from designer.fit_anchors import training_boxes
    from heads.anchor_fit import fit_anchors
    from heads.detector import LITE0_LEVELS
    from heads.spec import FeatureInfo

    boxes, sizes, _ = training_boxes(load_shapes("detection", n=args.images), 256)
    g = torch.Generator().manual_seed(0)
    wh = boxes[:, 2:] - boxes[:, :2]
    side = wh.prod(1).sqrt()
    ratio = torch.empty(len(side)).uniform_(2.0, 3.5, generator=g)
    tall_wh = torch.stack([side / ratio.sqrt(), side * ratio.sqrt()], 1).clamp(max=255)
    centre = (boxes[:, :2] + boxes[:, 2:]) / 2
    tall = torch.cat([centre - tall_wh / 2, centre + tall_wh / 2], 1).clamp(0, 256)
    five = {**LITE0_LEVELS, "c6": FeatureInfo(320, 64), "c7": FeatureInfo(320, 128)}
    designs = {
        "retinanet_lite": heads.get_preset("retinanet_lite", num_classes=5),
        "retinanet (5 levels, 32-512)": heads.detection_spec(
            five, 5, head="retinanet", channels=64, num_levels=5, extra_levels=0, num_convs=2
        ),
    }
    rows = []
    for name, spec in designs.items():
        for data, b in (("Shapes", boxes), ("tall boxes", tall)):
            t0 = time.perf_counter()
            fit = fit_anchors(spec, b, image_sizes=sizes, generations=args.generations)
            took = time.perf_counter() - t0
            sizes_text = ", ".join(f"{s:g}" for s in fit.fitted.sizes)
            ratios_text = ", ".join(f"{r:g}" for r in fit.fitted.aspect_ratios)
            note = f"{fit.boxes} boxes; fitted sizes {sizes_text}, ratios {ratios_text}"
            case = f"{name} on {data}"
            rows += [
                row("anchor_fit", f"{case}: best possible recall, fitted / head's", fit.after.recall,
                    "", reference=fit.before.recall, target=1.0, higher_is_better=True, note=note),
                row("anchor_fit", f"{case}: mean best IoU, fitted / head's", fit.after.mean_iou, "",
                    reference=fit.before.mean_iou, higher_is_better=True, note="on the grid"),
                row("anchor_fit", f"{case}: fit time", took, "s",
                    note=f"k-means + {args.generations} generations; no target (one-off step)"),
            ]  # fmt: skip
            print(case, fit.summary()["after"], flush=True)
    save("anchor_fit", rows, {"images": args.images, "generations": args.generations})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
