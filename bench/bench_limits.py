"""The largest design the app takes, against a preset, in the same run.

A design at :data:`designer.limits.MAX_NODES` (a 200-node chain of MLP blocks, about 32 KB of
JSON) is loaded the way the app loads a spec -- :func:`designer.session.load_json`: size,
nesting, text, node count, names, then the meta-device analysis that checks the parameter and
FLOP limits -- and edited (one parameter changed, which re-checks the limits), against the
same two actions on the 3-node ``mlp`` preset. Every repeat loads or edits a design not seen
before, so no cached analysis answers.

Run: ``.venv/bin/python -m bench.bench_limits`` -> bench/results/limits.{md,json}
"""

from __future__ import annotations

import itertools
import json
import os

from bench.common import interleaved, row, save, to_markdown


def main() -> None:
    from designer import limits
    from designer import session as ss
    from designer.inference import Predictor, TinyBackbone

    backends = ss.Backends(Predictor(backbone=TinyBackbone()))
    base, _ = ss.new_design(ss.initial_session(backends), "classification", "tiny", "mlp", 3,
                            backends=backends)  # fmt: skip
    preset = json.loads(ss.save_json(base))
    mlp = preset["nodes"][1]

    def chain(n: int, name: str) -> str:
        nodes = [preset["nodes"][0]] + [
            dict(mlp, name=f"n{i}", inputs=[f"n{i - 1}" if i else "pool"]) for i in range(n)
        ]
        return json.dumps(dict(preset, name=name, nodes=nodes, outputs={"logits": f"n{n - 1}"}))

    counter = itertools.count()
    big_n = limits.MAX_NODES - 1  # the pool node and 199 MLPs
    big = ss.load_json(base, chain(big_n, "big"))[0]
    assert len(big.spec.nodes) == limits.MAX_NODES
    size = len(chain(big_n, "big").encode())

    def load(n: int):
        # A new name each time: a spec not analysed before.
        return lambda: ss.load_json(base, chain(n, f"d{next(counter)}"))

    def edit(session: ss.Session, node: str):
        return lambda: ss.set_params(session, node, {"dropout": 0.001 * (next(counter) % 900)})

    t = interleaved(
        {"load_big": load(big_n), "load_small": load(1), "edit_big": edit(big, "n100"),
         "edit_small": edit(base, "mlp")},
        warmup=1, repeats=5,
    )  # fmt: skip
    rows = [
        row("limits", f"load a {limits.MAX_NODES}-node design ({size:,} bytes)", t["load_big"] * 1e3,
            "ms", reference=t["load_small"] * 1e3,
            note=f"reference: the 3-node mlp preset, {t['load_small'] * 1e3:.0f} ms"),
        row("limits", f"edit a parameter of a {limits.MAX_NODES}-node design", t["edit_big"] * 1e3,
            "ms", reference=t["edit_small"] * 1e3,
            note=f"reference: the 3-node mlp preset, {t['edit_small'] * 1e3:.0f} ms"),
    ]  # fmt: skip
    save("limits", rows, {"load_average": list(os.getloadavg())})
    print(to_markdown(rows))


if __name__ == "__main__":
    main()
