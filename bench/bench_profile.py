"""Measured cost per node: do the nodes account for the head's time, and what does measuring cost.

    .venv/bin/python -m bench.bench_profile [--size 256] [--runs 10]

For each preset on its default levels (``heads.profile.profile`` at ``--size``, batch 1): the
nodes' summed median times over the whole head's median time (measured in the same call, in
alternation: near 1 when the per-node times are trustworthy; the rest is the graph's Python
between nodes), the slowest node's share, and the achieved GFLOP/s of the whole head (analysed
FLOPs, a multiply-add counted as two) over a 2048x2048 matmul timed just before.

-> bench/results/profile.{md,json}
"""

from __future__ import annotations

import argparse

from bench.common import matmul_gflops, row, save

PRESETS = ("linear", "conv_pool", "fcos_lite", "retinanet_lite", "lite_unet", "fpn_seg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--presets", default=",".join(PRESETS))
    args = parser.parse_args(argv)

    import heads
    from heads.profile import profile

    rows = []
    for name in args.presets.split(","):
        spec = heads.get_preset(name)
        ref = matmul_gflops()
        p = profile(spec, args.size, runs=args.runs)
        slow = max(p.nodes, key=lambda n: n.median_ms)
        gflops = p.total_flops / (p.whole_ms * 1e6)
        note = (f"{len(p.nodes)} nodes; slowest {slow.name} ({slow.block}) "
                f"{100 * p.share(slow.name):.0f}% of the nodes' time")  # fmt: skip
        rows += [
            row("profile", f"{name}: sum of node medians / whole head", p.sum_ms, "ms",
                reference=p.whole_ms, note=note),
            row("profile", f"{name}: whole head GFLOP/s / matmul GFLOP/s", gflops, "GFLOP/s",
                reference=ref, note=f"{p.total_flops / 1e9:.2f} GFLOP at {args.size}x{args.size}"),
        ]  # fmt: skip
        print(name, round(p.sum_ms, 3), round(p.whole_ms, 3), flush=True)
    save("profile", rows, {"size": args.size, "runs": args.runs})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
