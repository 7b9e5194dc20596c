"""Detection heads: forward time against torchvision's own modules, and achieved GFLOP/s.

For each case the preset head (weights transplanted from torchvision, so both compute the same
function) and torchvision's module run on the same random ResNet-50 features of a 640x640
image (C2 256@160, C3 512@80, C4 1024@40, C5 2048@20), timed alternately in one run (warm-up,
repeats, median). Target: ratio <= 1.05.

- ``retinanet``: the preset vs torchvision ``RetinaNet.backbone.fpn`` + ``RetinaNetHead``.
- ``fcos``: the preset vs torchvision ``FCOS.backbone.fpn`` + ``FCOSHead``.
- ``fpn``: the ``fpn`` preset's neck vs torchvision's ``resnet_fpn_backbone`` FPN (C2-C5,
  max-pooled P6).
- ``retinanet_head`` / ``fcos_head``: the dense heads alone on the FPN's P3-P7.

Achieved GFLOP/s (``torch.utils.flop_counter``, a multiply-add counts 2) are reported over a
large fp32 matmul's GFLOP/s measured in the same alternation, for the module as built and for
``heads.optimize_for_inference`` of it (folded norms, channels_last, fed channels_last features
as the app's backbone gives them; target >= 0.85 on a CPU).

torchvision's module is timed twice per case; the ratio of its two medians is the run's noise
floor, printed beside each ratio (a ratio within it is a tie).

Each note also gives the ratio of the fastest runs, which other jobs on the machine disturb least.

Run: ``.venv/bin/python -m bench.bench_detection_heads`` (``--quick`` for fewer repeats,
``--threads 1`` on a machine shared with other jobs).
Writes ``bench/results/detection_heads.{md,json}`` (``detection_heads_cuda`` with ``--device cuda``). Inference (``eval``, ``no_grad``), fp32.
"""

from __future__ import annotations

import argparse
import statistics
from collections import OrderedDict

import torch
from torch.utils.flop_counter import FlopCounterMode

from bench.common import interleaved, interleaved_times, matmul_gflops, row, save

SIZE = 640
RESNET50 = OrderedDict(c2=(256, 4), c3=(512, 8), c4=(1024, 16), c5=(2048, 32))


def _features(names, device):
    return [
        torch.randn(
            1, RESNET50[n][0], SIZE // RESNET50[n][1], SIZE // RESNET50[n][1], device=device
        )
        for n in names
    ]


def _flops(fn) -> int:
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        fn()
    return counter.get_total_flops()


def _sync(device):
    if device.type == "cuda":
        torch.cuda.synchronize()


def cases(device: torch.device):
    """``(name, ours, torchvision's, ours prepared by optimize_for_inference)`` callables on the
    same inputs."""
    from torchvision.models.detection import fcos_resnet50_fpn, retinanet_resnet50_fpn
    from torchvision.models.detection.backbone_utils import resnet_fpn_backbone

    from heads import optimize_for_inference
    from heads.detector import transplant_from_torchvision

    torch.manual_seed(0)
    xs = _features(("c3", "c4", "c5"), device)
    tv_in = OrderedDict((str(i), x) for i, x in enumerate(xs))
    # The prepared heads get channels_last features, as the app's backbone gives them.
    xs_cl = [x.contiguous(memory_format=torch.channels_last) for x in xs]
    for preset, build in (("retinanet", retinanet_resnet50_fpn), ("fcos", fcos_resnet50_fpn)):
        tv = build(weights=None, weights_backbone=None).eval()
        ours = transplant_from_torchvision(preset, tv).eval().to(device)
        fast, fast_head = optimize_for_inference(ours), optimize_for_inference(ours.head)
        tv_fpn, tv_head = tv.backbone.fpn.to(device), tv.head.to(device)
        yield (
            preset,
            (lambda o=ours: o(xs)),
            (lambda f=tv_fpn, h=tv_head: h(list(f(tv_in).values()))),
            (lambda o=fast: o(xs_cl)),
        )
        with torch.no_grad():
            ps = list(tv_fpn(tv_in).values())
        ps_cl = [p.contiguous(memory_format=torch.channels_last) for p in ps]
        yield (
            f"{preset}_head",
            (lambda o=ours, p=ps: o.head(p)),
            (lambda h=tv_head, p=ps: h(p)),
            (lambda o=fast_head, p=ps_cl: o(p)),
        )
        del tv
    backbone = resnet_fpn_backbone(backbone_name="resnet50", weights=None)
    ours = transplant_from_torchvision("fpn", backbone).eval().to(device)
    fast_neck = optimize_for_inference(ours.neck)
    tv_fpn = backbone.fpn.eval().to(device)
    xs4 = _features(("c2", "c3", "c4", "c5"), device)
    tv_in4 = OrderedDict((str(i), x) for i, x in enumerate(xs4))
    xs4_cl = [x.contiguous(memory_format=torch.channels_last) for x in xs4]
    yield "fpn", (lambda: ours.neck(xs4)), (lambda: tv_fpn(tv_in4)), (lambda: fast_neck(xs4_cl))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats")
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument(
        "--repeats", type=int, default=0, help="timed repeats per case (0: 7, or 3 quick)"
    )
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    warmup, repeats = (1, 3) if args.quick else (2, 7)
    repeats = args.repeats or repeats
    rows = []
    if device.type == "cuda":
        # fp32 means fp32 on both sides: no TF32 in the reference matmul or the convolutions.
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
        torch.backends.cudnn.benchmark = True
        n = 8192
        a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
        t = interleaved({"mm": lambda: (a @ b, _sync(device))}, warmup=3, repeats=10)["mm"]
        peak = 2 * n**3 / t / 1e9
    else:
        n = 2048
        peak = matmul_gflops(n)
        mm_a, mm_b = torch.randn(n, n), torch.randn(n, n)
    rows.append(row("detection_heads", f"matmul {n} fp32 ({device.type})", peak, "GFLOP/s"))
    with torch.no_grad():
        for name, ours, ref, fast in cases(device):
            # torchvision's module is timed twice: the second copy's ratio (same work) is the
            # run's noise floor, shown beside each ratio. On a CPU the matmul reference runs in
            # the same alternation, so the GFLOP/s shares compare like with like.
            fns = {
                "torchvision": lambda r=ref: (r(), _sync(device)),
                "ours": lambda o=ours: (o(), _sync(device)),
                "torchvision_again": lambda r=ref: (r(), _sync(device)),
                "inference": lambda f=fast: (f(), _sync(device)),
            }
            if device.type == "cpu":
                fns["matmul"] = lambda: mm_a @ mm_b
            runs = interleaved_times(fns, warmup=warmup, repeats=repeats)
            times = {k: statistics.median(v) for k, v in runs.items()}
            fastest = {k: min(v) for k, v in runs.items()}
            flops = _flops(ours)
            rows.append(
                row(
                    "detection_heads",
                    f"{name} forward, 640x640 ({device.type})",
                    times["ours"] * 1e3,
                    "ms",
                    reference=times["torchvision"] * 1e3,
                    target=1.05,
                    note=(
                        f"{flops / 1e9:.1f} GFLOP; torchvision timed again: "
                        f"{times['torchvision_again'] / times['torchvision']:.3f} of the first (noise); "
                        f"ratio of the fastest runs {fastest['ours'] / fastest['torchvision']:.3f}"
                    ),
                )
            )
            ref_gflops = 2 * n**3 / times["matmul"] / 1e9 if "matmul" in times else peak
            rows.append(
                row(
                    "detection_heads",
                    f"{name} eager achieved GFLOP/s ({device.type})",
                    flops / times["ours"] / 1e9,
                    "GFLOP/s",
                    reference=ref_gflops,
                    note="ratio: share of the fp32 matmul's GFLOP/s; the module as built (NCHW)",
                )
            )
            rows.append(
                row(
                    "detection_heads",
                    f"{name} optimize_for_inference achieved GFLOP/s ({device.type})",
                    flops / times["inference"] / 1e9,
                    "GFLOP/s",
                    reference=ref_gflops,
                    target=0.85 if device.type == "cpu" else None,
                    higher_is_better=True,
                    note=(
                        f"ratio: share of the fp32 matmul's GFLOP/s; "
                        f"{times['inference'] / times['ours']:.2f}x the eager time"
                    ),
                )
            )
            print(rows[-3]["case"], f"{rows[-3]['ratio']:.3f}", flush=True)
    extra = {"image_size": SIZE, "warmup": warmup, "repeats": repeats, "device": str(device)}
    if device.type == "cuda":
        extra["gpu"] = torch.cuda.get_device_name(device)
        rows[0]["note"] = extra["gpu"]
    save(
        "detection_heads" if device.type == "cpu" else f"detection_heads_{device.type}", rows, extra
    )


if __name__ == "__main__":
    main()
