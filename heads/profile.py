"""Measured cost per node: CPU time, activation memory, and the whole head for comparison.

:func:`heads.analyze` counts what a design *must* do (shapes, parameters, FLOPs, a multiply-add
counted as two); :func:`profile` measures what it *does* on this machine. The head is built with
random weights and fed random features of the shapes the backbone gives at ``image_size``; each
run executes the spec's plan one node at a time (the order :class:`heads.GraphHead` runs it),
timing every node, and then runs the whole head as one call. Times are medians over ``runs``
after ``warmup`` runs, interleaved so that both see the same machine state.

Memory per node:

- ``output_bytes``: the bytes of the tensors the node returns (its activations, what the next
  nodes read and what training would keep for the backward pass);
- ``peak_bytes``: the most memory the node held above what was allocated when it started,
  temporaries included, read from the allocation events of ``torch.profiler`` (``None`` where
  the profiler gives none).

Measured times move with the machine's load (see docs/performance.md): compare designs measured
in the same call, and read ``sum_ms / whole_ms`` as how much of the head's time its nodes
account for (the rest is the graph's own Python work between nodes).

Example:
    >>> import heads
    >>> from heads.profile import profile
    >>> p = profile(heads.get_preset("linear", 512, num_classes=10), 64, runs=3, warmup=1)
    >>> [n.name for n in p.nodes], p.node("classifier").output_bytes  # 1 x 10 float32
    (['pool', 'classifier'], 40)
    >>> all(n.median_ms > 0 for n in p.nodes) and p.whole_ms > 0
    True
"""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import Tensor

from heads.analysis import analyze, level_shape
from heads.graph import GraphHead, resolve_spec
from heads.registry import get_block
from heads.spec import HeadSpec, plan


@dataclass(frozen=True)
class NodeCost:
    """One node's measured cost beside its analysed FLOPs and parameters.

    Attributes:
        name, block: the node and its block.
        median_ms: median CPU time of the node's module call over the runs.
        min_ms, max_ms: the fastest and slowest run (how much the machine moved).
        output_bytes: bytes of the tensors the node returns.
        peak_bytes: the most memory held above the node's start while it ran (its output and
            temporaries), or ``None`` without profiler memory events.
        flops: analysed FLOPs (a multiply-add counts as two).
        params: parameters.
    """

    name: str
    block: str
    median_ms: float
    min_ms: float
    max_ms: float
    output_bytes: int
    peak_bytes: int | None
    flops: int
    params: int

    @property
    def gflops_per_s(self) -> float:
        """Analysed FLOPs over the median time, in GFLOP/s (0 for a node without FLOPs)."""
        return self.flops / (self.median_ms * 1e6) if self.median_ms > 0 else 0.0


@dataclass(frozen=True)
class Profile:
    """A head's measured cost per node and as a whole, at one input size and batch.

    Attributes:
        spec: the measured design.
        image_size: ``(H, W)`` of the input image the features correspond to.
        batch: images per call.
        runs, warmup: timed and untimed runs.
        threads: ``torch.get_num_threads()`` during the runs.
        nodes: one :class:`NodeCost` per node, in execution order.
        whole_ms: median time of the whole head called once on the features.
        input_bytes: bytes of the input features.
    """

    spec: HeadSpec
    image_size: tuple[int, int]
    batch: int
    runs: int
    warmup: int
    threads: int
    nodes: tuple[NodeCost, ...]
    whole_ms: float
    input_bytes: int

    @property
    def sum_ms(self) -> float:
        """The nodes' median times added up."""
        return sum(n.median_ms for n in self.nodes)

    @property
    def total_flops(self) -> int:
        return sum(n.flops for n in self.nodes)

    @property
    def activation_bytes(self) -> int:
        """All nodes' outputs together (what a forward pass keeps when nothing is freed)."""
        return sum(n.output_bytes for n in self.nodes)

    def node(self, name: str) -> NodeCost:
        """The cost of node ``name`` (``KeyError`` when there is none)."""
        for n in self.nodes:
            if n.name == name:
                return n
        raise KeyError(name)

    def share(self, name: str) -> float:
        """Node ``name``'s fraction of the nodes' summed time."""
        total = self.sum_ms
        return self.node(name).median_ms / total if total > 0 else 0.0

    def table(self) -> list[dict[str, Any]]:
        """Rows ``{node, block, ms, share, output_bytes, peak_bytes, params, flops, gflops_per_s}``
        for tables, the CLI and the canvas overlay."""
        return [
            {
                "node": n.name,
                "block": n.block,
                "ms": n.median_ms,
                "share": self.share(n.name),
                "output_bytes": n.output_bytes,
                "peak_bytes": n.peak_bytes,
                "params": n.params,
                "flops": n.flops,
                "gflops_per_s": n.gflops_per_s,
            }
            for n in self.nodes
        ]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (the spec by name; FLOPs count a multiply-add as two)."""
        return {
            "design": self.spec.name,
            "image_size": list(self.image_size),
            "batch": self.batch,
            "runs": self.runs,
            "warmup": self.warmup,
            "threads": self.threads,
            "whole_ms": self.whole_ms,
            "sum_ms": self.sum_ms,
            "input_bytes": self.input_bytes,
            "activation_bytes": self.activation_bytes,
            "flops_note": "a multiply-add counts as two FLOPs",
            "nodes": [asdict(n) for n in self.nodes],
        }


def _nbytes(out: Tensor | Sequence[Tensor]) -> int:
    tensors = (out,) if isinstance(out, Tensor) else tuple(out)
    return sum(t.numel() * t.element_size() for t in tensors)


def random_features(
    spec: HeadSpec, image_size: int | tuple[int, int], batch: int = 1, *, seed: int = 0
) -> dict[str, Tensor]:
    """Random float32 features of every input level at the shapes a backbone gives.

    Shape:
        one tensor per level: ``(batch, C, ceil(H / stride), ceil(W / stride))`` for maps.

    Example:
        >>> import heads
        >>> f = random_features(heads.get_preset("fcos_lite", num_classes=2), 128)
        >>> {k: tuple(v.shape) for k, v in f.items()}
        {'c3': (1, 40, 16, 16), 'c4': (1, 112, 8, 8), 'c5': (1, 320, 4, 4)}
    """
    size = (image_size, image_size) if isinstance(image_size, int) else tuple(image_size)
    g = torch.Generator().manual_seed(seed)
    return {
        name: torch.randn(level_shape(info, size, batch), generator=g) for name, info in spec.inputs
    }


class _Runner:
    """Runs a head's plan one node at a time, as :class:`heads.GraphHead` does."""

    def __init__(self, head: GraphHead) -> None:
        self.head = head
        self.steps = plan(head.spec).steps
        self.multi = [get_block(s.node.block).multi_input for s in self.steps]

    def run(
        self,
        features: Mapping[str, Tensor],
        times: list[list[float]] | None = None,
        *,
        record: bool = False,
    ) -> dict[str, tuple[Tensor, ...]]:
        """Every node's outputs; appends each node's time (ms) to ``times[i]`` when given, and
        wraps each node in a ``torch.profiler`` scope ``node:<name>`` when ``record``."""
        env: dict[str, tuple[Tensor, ...]] = {k: (v,) for k, v in features.items()}
        for i, step in enumerate(self.steps):
            args: list[Tensor] = []
            for src, idx in step.input_refs:
                args.extend(env[src] if idx is None else (env[src][idx],))
            module = getattr(self.head, step.node.name)
            scope = (
                torch.profiler.record_function(f"node:{step.node.name}")
                if record
                else contextlib.nullcontext()
            )
            t0 = time.perf_counter()
            with scope:
                out = module(args) if self.multi[i] else module(args[0])
            if times is not None:
                times[i].append((time.perf_counter() - t0) * 1000.0)
            env[step.node.name] = (out,) if isinstance(out, Tensor) else tuple(out)
        return env


#: Lines the profiler's C++ side (kineto) writes to stderr on every start and stop, whatever
#: its log level: stage markers, and a CUDA device query that fails on a machine without a GPU.
_KINETO_CHATTER = re.compile(rb"^(USDT|STAGE|ERROR|WARNING|INFO):\d{4}-\d\d-\d\d .*\.cpp:\d+\]")


@contextlib.contextmanager
def _quiet_kineto() -> Iterator[None]:
    """Keep kineto's per-run log lines off stderr (anything else written meanwhile is kept)."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no real stderr (captured): nothing to do
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), fd)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            kept = [
                ln for ln in tmp.read().splitlines(keepends=True) if not _KINETO_CHATTER.match(ln)
            ]
            if kept:
                os.write(fd, b"".join(kept))


def _peak_bytes(runner: _Runner, features: Mapping[str, Tensor]) -> list[int | None]:
    """Each node's peak memory above its start, from the profiler's allocation events."""
    from torch.profiler import ProfilerActivity
    from torch.profiler import profile as torch_profile

    with (
        _quiet_kineto(),
        torch_profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof,
    ):
        runner.run(features, record=True)
    try:
        # The allocation events (name "[memory]", signed byte counts) are only in kineto's raw
        # results; ``prof.events()`` folds them into per-op totals, which lose the peak.
        events = prof.profiler.kineto_results.events()
        allocs = sorted(
            (e.start_ns(), e.nbytes()) for e in events if e.name() == "[memory]" and e.nbytes()
        )
        scopes = {
            e.name()[5:]: (e.start_ns(), e.end_ns()) for e in events if e.name().startswith("node:")
        }
    except AttributeError:
        return [None] * len(runner.steps)
    peaks: list[int | None] = []
    for step in runner.steps:
        scope = scopes.get(step.node.name)
        if scope is None:
            peaks.append(None)
            continue
        held = peak = 0
        for t, nbytes in allocs:
            if scope[0] <= t <= scope[1]:
                held += nbytes
                peak = max(peak, held)
        peaks.append(peak)
    return peaks


def profile(
    spec_or_head: Any,
    image_size: int | tuple[int, int] = 224,
    batch: int = 1,
    *,
    runs: int = 10,
    warmup: int = 2,
    memory: bool = True,
    seed: int = 0,
) -> Profile:
    """Measure a head's CPU time and memory per node, and its whole-head time.

    Args:
        spec_or_head: a :class:`HeadSpec` (or what :func:`heads.resolve_spec` accepts: built
            with random weights) or a built :class:`heads.GraphHead` (its weights are used).
        image_size: the input image size the features correspond to.
        batch: images per call.
        runs: timed runs (medians are reported); at least 1.
        warmup: untimed runs first (allocator and kernel caches).
        memory: also read each node's peak memory from ``torch.profiler`` (one more run).
        seed: of the random features (and of the weights of a head built here).

    Returns:
        a :class:`Profile`.

    Raises:
        heads.SpecError: when the spec is invalid or does not run at this size.
        ValueError: for ``runs < 1``, ``warmup < 0`` or ``batch < 1``.
    """
    if runs < 1 or warmup < 0 or batch < 1:
        raise ValueError(
            f"runs and batch must be at least 1 and warmup at least 0, got runs={runs}, "
            f"batch={batch}, warmup={warmup}"
        )
    size = (image_size, image_size) if isinstance(image_size, int) else tuple(image_size)
    size = (int(size[0]), int(size[1]))
    if isinstance(spec_or_head, GraphHead):
        head = spec_or_head
    else:
        spec = resolve_spec(spec_or_head)
        analyze(spec, size, batch)  # a clear SpecError before allocating anything
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            head = GraphHead(spec)
    spec = head.spec
    analysis = analyze(spec, size, batch)
    was_training = head.training
    head.eval()
    device = next(iter(head.parameters()), torch.empty(0)).device
    feats = {k: v.to(device) for k, v in random_features(spec, size, batch, seed=seed).items()}
    runner = _Runner(head)
    times: list[list[float]] = [[] for _ in runner.steps]
    whole: list[float] = []
    outputs: list[int] = []
    try:
        with torch.inference_mode():
            for _ in range(warmup):
                runner.run(feats)
                head(feats)
            for r in range(runs):
                env = runner.run(feats, times)
                if r == 0:
                    outputs = [_nbytes(env[s.node.name]) for s in runner.steps]
                del env
                t0 = time.perf_counter()
                head(feats)
                whole.append((time.perf_counter() - t0) * 1000.0)
            peaks = _peak_bytes(runner, feats) if memory else [None] * len(runner.steps)
    finally:
        head.train(was_training)
    nodes = tuple(
        NodeCost(
            step.node.name,
            step.node.block,
            statistics.median(t),
            min(t),
            max(t),
            out_bytes,
            peak,
            stats.flops,
            stats.params,
        )
        for step, t, out_bytes, peak, stats in zip(
            runner.steps, times, outputs, peaks, analysis.nodes
        )
    )
    return Profile(
        spec,
        size,
        batch,
        runs,
        warmup,
        torch.get_num_threads(),
        nodes,
        statistics.median(whole),
        sum(_nbytes(v) for v in feats.values()),
    )


__all__ = ["NodeCost", "Profile", "profile", "random_features"]
