"""Validating and ordering a large design: ``heads.plan`` on long chains of nodes.

1. A 12,000-node chain (listed last to first, so the order comes from the graph) against a
   reference measured in the same run: ``json.loads`` of the same spec's JSON text, a linear
   pass over the same data. Target: plan <= 10x the parse.
2. Scaling: the 12,000-node chain against a 1,200-node one. A linear planner takes about 10x;
   the quadratic ready-list scan it replaced took about 100x. Target <= 20x.

Run: ``.venv/bin/python -m bench.bench_spec`` -> bench/results/spec.{md,json}
"""

from __future__ import annotations

from bench.common import interleaved, row, save
from heads.blocks.classification import ClassifierParams, ConvParams, PoolParams
from heads.spec import FeatureInfo, HeadSpec, Node, Task, plan


def chain(n: int) -> HeadSpec:
    conv = ConvParams(out_channels=8, kernel_size=1)
    nodes = [Node(f"n{i}", "conv", ("c5" if i == 0 else f"n{i - 1}",), conv) for i in range(n)]
    nodes += [
        Node("pool", "pool", (f"n{n - 1}",), PoolParams()),
        Node("classifier", "classifier", ("pool",), ClassifierParams(num_classes=3)),
    ]
    levels = {"c5": FeatureInfo(8, 32)}
    return HeadSpec(Task.CLASSIFICATION, levels, tuple(reversed(nodes)), {"logits": "classifier"})


def main() -> None:
    import json

    big, small = chain(12_000), chain(1_200)
    text = big.to_json()
    t = interleaved(
        {"big": lambda: plan(big), "small": lambda: plan(small), "parse": lambda: json.loads(text)},
        warmup=1,
        repeats=7,
    )
    rows = [
        row("plan", "12,000-node chain", t["big"] * 1e3, "ms", reference=t["parse"] * 1e3,
            target=10.0, note="reference: json.loads of the spec's JSON text"),
        row("plan", "12,000 vs 1,200 nodes", t["big"] * 1e3, "ms", reference=t["small"] * 1e3,
            target=20.0, note="reference: the 1,200-node chain (linear: 10x; quadratic: 100x)"),
    ]  # fmt: skip
    save("spec", rows)


if __name__ == "__main__":
    main()
