"""Instance masks on Shapes: ``fcos_instance`` trained over frozen EfficientNet-Lite0 features.

    .venv/bin/python -m bench.bench_instance [--images 200] [--minutes 5] [--threads 1]

Box mAP@0.5, mask mAP@0.5 (torchmetrics ``iou_type="segm"`` on the decoded detections' masks)
and the mask IoU on the objects' own boxes, on 60 held-out images at 256x256 after a training run
of the given minutes (features cached first, not counted). The mask IoU's reference is the IoU
that masks filling each object's box would score on the same images: what a mask head that
learned nothing about the shapes would draw at best.

-> bench/results/instance.{md,json}
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch

from bench.common import row, save


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads (1 on a shared machine)"
    )
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    import heads
    from designer.backbones import load_backbone
    from designer.data.formats import load_shapes
    from designer.training import Keep, TrainConfig, train_head
    from designer.training.tasks import TASKS

    bb = load_backbone("efficientnet_lite0")
    ds = load_shapes("detection", n=args.images, seed=0, n_val=60)
    spec = heads.get_preset("fcos_instance", bb.feature_info, num_classes=len(ds.class_names))
    cfg = TrainConfig(epochs=100, minutes=args.minutes, batch_size=16, image_size=256,
                      patience=0, keep=Keep.LAST)  # fmt: skip
    t0 = time.perf_counter()
    res = train_head(spec, ds, bb, cfg)
    took = time.perf_counter() - t0
    target = TASKS[heads.Task.DETECTION].target
    filled = [
        float((c > 127).float().mean())
        for s in ds.val
        for c in target(s, s.load_image(), 256)["mask_crops"]
    ]
    m = res.metrics
    note = f"{args.images} images, {len(res.history)} epochs in {args.minutes:g} min"
    rows = [
        row("instance", "mask IoU on the objects' boxes, trained / boxes filled", m["mask_iou"], "",
            reference=float(np.mean(filled)), higher_is_better=True, note=note),
        row("instance", "mask mAP@0.5", m["mask_map_50"], "", higher_is_better=True, note=note),
        row("instance", "mask mAP@[.5:.95]", m["mask_map"], "", higher_is_better=True),
        row("instance", "box mAP@0.5", m["map_50"], "", higher_is_better=True, note=note),
        row("instance", "run time (features and training)", took, "s", note="no target"),
    ]  # fmt: skip
    save("instance", rows, {"images": args.images, "minutes": args.minutes})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
