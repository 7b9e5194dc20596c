"""Every registered block and preset: builds, runs at two input sizes, gives the analysed
shapes, passes gradient to every parameter, and survives spec -> JSON -> spec.

The sweep is generic: blocks and presets added later are covered without changes here.
"""

import pytest
import torch

import heads
from heads import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, analyze, plan
from heads.graph import GraphHead

# Candidate inputs tried in order until a block's default parameters plan.
CANDIDATES = [
    {"x": FeatureInfo(32, 32)},
    {"c3": FeatureInfo(16, 8), "c4": FeatureInfo(24, 16), "c5": FeatureInfo(32, 32)},
    {
        "c2": FeatureInfo(8, 4),
        "c3": FeatureInfo(16, 8),
        "c4": FeatureInfo(24, 16),
        "c5": FeatureInfo(32, 32),
    },
    {"p3": FeatureInfo(32, 8), "p4": FeatureInfo(32, 16), "p5": FeatureInfo(32, 32)},
    {f"p{i}": FeatureInfo(256, 2**i) for i in range(3, 8)},
    {"c3": FeatureInfo(512, 8), "c4": FeatureInfo(1024, 16), "c5": FeatureInfo(2048, 32)},
    {"v": FeatureInfo(32, 1, Kind.VECTOR)},
    {"t": FeatureInfo(32, 16, Kind.TOKENS)},
    {"x": FeatureInfo(32, 4), "image": FeatureInfo(3, 1)},
    {"a": FeatureInfo(16, 8), "b": FeatureInfo(16, 8)},
    {"coarse": FeatureInfo(4, 8), "fine": FeatureInfo(16, 4), "image": FeatureInfo(3, 1)},
]
SIZES = [(64, 64), (97, 131)]


def single_block_spec(block):
    params = block.params()
    task = block.tasks[0] if block.tasks else Task.CLASSIFICATION
    errors = []
    for levels in CANDIDATES:
        names = tuple(levels)
        for refs in ([names[-1]], list(names), [names[0], names[-1]], [names[-1], names[0]]):
            node = Node("node", block.name, tuple(refs), params)
            probe = HeadSpec(task, levels, (node,), {"aux_out": "node"})
            try:
                p = plan(probe)
            except SpecError as e:
                errors.append(str(e))
                continue
            outs = {f"aux_o{i}": f"node.{i}" for i in range(len(p.steps[0].outputs))}
            return HeadSpec(task, levels, (node,), outs)
    pytest.fail(
        f"block {block.name!r}: no candidate input plans with default params: {errors[-3:]}"
    )


def make_inputs(spec, size, batch=2):
    a = analyze(spec, size, batch)
    return {k: torch.randn(s, requires_grad=True) for k, s in a.input_shapes.items()}, a


def flat(v):
    return v if isinstance(v, list) else [v]


def check_head(spec):
    assert HeadSpec.from_json(spec.to_json()) == spec
    head = GraphHead(spec)
    n_params = sum(p.numel() for p in head.parameters())
    for size in SIZES:
        feats, a = make_inputs(spec, size)
        assert a.total_params == n_params
        with torch.no_grad():
            out = head.eval()(feats)  # the analysis is of the module in eval mode
        assert list(out) == [k for k, _ in spec.outputs]
        for key, want in a.outputs.items():
            got = [tuple(t.shape) for t in flat(out[key])]
            want = [want] if isinstance(want[0], int) else list(want)
            assert got == want, (key, size)
        # Training may sample (PointRend's points): the keys stay, every weight gets a gradient.
        out = head.train()(feats)
        assert list(out) == [k for k, _ in spec.outputs]
        loss = sum(
            t.float().square().mean()
            for v in out.values()
            for t in flat(v)
            if t.is_floating_point()
        )
        # An instance mask head's weights train through its mask loss (they see boxes, which
        # the head's outputs do not have): add that loss.
        for node in spec.nodes:
            ops = heads.get_block(node.block).instance
            if ops is None:
                continue
            levels = [
                t for key, ref in spec.outputs if ref.partition(".")[0] == node.name
                for t in flat(out[key])
            ]  # fmt: skip
            boxes = [torch.tensor([[2.0, 3.0, 30.0, 40.0]])] * len(levels[0])
            logits = ops.logits(getattr(head, node.name), levels, boxes, [size] * len(boxes))
            loss = loss + logits.square().mean()
        head.zero_grad()
        loss.backward()
        missing = [n for n, p in head.named_parameters() if p.requires_grad and p.grad is None]
        assert not missing, f"no gradient reaches {missing}"


@pytest.mark.parametrize("name", sorted(b.name for b in heads.list_blocks()))
def test_block(name):
    check_head(single_block_spec(heads.get_block(name)))


@pytest.mark.parametrize("name", sorted(p.name for p in heads.list_presets()))
def test_preset(name):
    spec = heads.get_preset(name)
    # Presets default to full-size backbones; shrink nothing, but keep batches and sizes small.
    check_head(spec)
