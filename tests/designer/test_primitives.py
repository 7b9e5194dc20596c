"""Primitive blocks compose heads: an FPN drawn from conv, resize and sum nodes computes what the
``fpn`` block computes with the same weights; primitive heads validate, analyse, build, export
with parity and draw like any other."""

from __future__ import annotations

import re

import pytest
import torch

import heads
from designer.codegen import to_python
from designer.diagram import to_dot
from heads import FeatureInfo, HeadSpec, Node, SpecError, Task
from heads.blocks.classification import ClassifierParams, ConvParams, PoolParams
from heads.blocks.detection import FPNParams
from heads.blocks.primitives import (
    ConcatParams,
    DropoutParams,
    IdentityParams,
    SeparableConvParams,
    SEParams,
    SumParams,
)
from heads.blocks.segmentation import ResizeParams
from heads.params import Act, DropoutKind, ExtraLevel, Norm, Upsample

LEVELS = {"c3": FeatureInfo(24, 8), "c4": FeatureInfo(40, 16), "c5": FeatureInfo(56, 32)}
C = 32


def _conv(name, src, k, stride=1):
    return Node(name, "conv", (src,), ConvParams(C, k, stride, 1, Norm.NONE, Act.NONE))


def primitive_fpn() -> HeadSpec:
    """torchvision's FPN (1x1 laterals, nearest top-down sums, 3x3 outputs, a stride-2 P6 on P5)
    written out in primitives."""
    nodes = [_conv(f"lat{i}", lv, 1) for i, lv in zip((3, 4, 5), LEVELS)]
    up = ResizeParams(Upsample.NEAREST)
    nodes += [
        Node("up5", "resize", ("lat5", "lat4"), up),
        Node("td4", "sum", ("lat4", "up5"), SumParams()),
        Node("up4", "resize", ("td4", "lat3"), up),
        Node("td3", "sum", ("lat3", "up4"), SumParams()),
        _conv("p3", "td3", 3),
        _conv("p4", "td4", 3),
        _conv("p5", "lat5", 3),
        _conv("p6", "p5", 3, stride=2),
    ]
    outputs = {f"aux_p{i}": f"p{i}" for i in range(3, 7)}
    return HeadSpec(Task.DETECTION, LEVELS, tuple(nodes), outputs, "fpn_from_primitives")


def block_fpn() -> HeadSpec:
    params = FPNParams(C, extra_levels=1, extra_mode=ExtraLevel.CONV_OUTPUT)
    node = Node("fpn", "fpn", tuple(LEVELS), params)
    return HeadSpec(
        Task.DETECTION, LEVELS, (node,), {f"aux_p{i}": f"fpn.{i - 3}" for i in range(3, 7)}
    )


def test_an_fpn_drawn_from_primitives_equals_the_fpn_block():
    fpn = heads.GraphHead(block_fpn()).eval()
    prim = heads.GraphHead(primitive_fpn()).eval()
    # the same weights: fpn.lateral.i -> lat*, fpn.output.i -> p*, fpn.extra.0 -> p6
    names = {"lateral": "lat", "output": "p"}
    state = {}
    for key, value in fpn.state_dict().items():
        m = re.fullmatch(r"fpn\.(lateral|output)\.(\d)\.conv\.(weight|bias)", key)
        if m:
            state[f"{names[m[1]]}{int(m[2]) + 3}.conv.{m[3]}"] = value
        else:
            m = re.fullmatch(r"fpn\.extra\.0\.(weight|bias)", key)
            assert m, key
            state[f"p6.conv.{m[1]}"] = value
    prim.load_state_dict(state, strict=True)
    g = torch.Generator().manual_seed(0)
    for size in ((64, 64), (97, 131)):
        xs = {
            k: torch.randn(
                2, v.channels, -(-size[0] // v.stride), -(-size[1] // v.stride), generator=g
            )
            for k, v in LEVELS.items()
        }
        with torch.no_grad():
            want, got = fpn(xs), prim(xs)
        assert list(want) == list(got)
        for key in want:
            assert torch.equal(want[key], got[key]), key  # the same operations in the same order
    assert (
        heads.analyze(primitive_fpn(), 64).total_params
        == heads.analyze(block_fpn(), 64).total_params
    )


def primitive_classifier() -> HeadSpec:
    levels = {"c4": FeatureInfo(40, 16), "c5": FeatureInfo(56, 32)}
    nodes = (
        Node("sep", "separable_conv", ("c5",), SeparableConvParams(48, 5, dilation=2)),
        Node("se", "se", ("sep",), SEParams(reduction=8, act=Act.SILU)),
        Node("drop", "dropout", ("se",), DropoutParams(0.2, DropoutKind.CHANNEL)),
        Node("fork", "identity", ("drop",), IdentityParams()),
        Node("pool_a", "pool", ("fork",), PoolParams()),
        Node("pool_b", "pool", ("c4",), PoolParams()),
        Node("both", "concat", ("pool_a", "pool_b"), ConcatParams()),
        Node("classifier", "classifier", ("both",), ClassifierParams(num_classes=4)),
    )
    return HeadSpec(
        Task.CLASSIFICATION, levels, nodes, {"logits": "classifier", "aux_fork": "fork"}
    )


PRIMITIVE_SPECS = {"fpn": primitive_fpn, "classifier": primitive_classifier}


@pytest.mark.parametrize("name", PRIMITIVE_SPECS)
def test_primitive_heads_analyse_export_with_parity_and_draw(name):
    spec = PRIMITIVE_SPECS[name]()
    assert HeadSpec.from_json(spec.to_json()) == spec
    a = heads.analyze(spec, 96, batch=2)
    graph = heads.GraphHead(spec).eval()
    assert a.total_params == sum(p.numel() for p in graph.parameters())
    namespace: dict = {}
    exec(compile(to_python(spec, "Prim"), "prim.py", "exec"), namespace)
    with torch.device("meta"):
        exported = namespace["Prim"]().eval()
    exported.load_state_dict(graph.state_dict(), strict=True, assign=True)
    from heads.analysis import level_shape

    x = {k: torch.randn(level_shape(v, (96, 96), 2)) for k, v in spec.inputs}
    with torch.no_grad():
        want, got = graph(x), exported(x)
    for key in want:
        assert tuple(want[key].shape) == a.outputs[key]
        torch.testing.assert_close(got[key], want[key], rtol=0, atol=1e-6)
    dot = to_dot(spec, image_size=96)
    for node in spec.nodes:
        assert f"{node.block} block" in dot, node.block


@pytest.mark.parametrize(
    "nodes, message",
    [
        ((Node("s", "sum", ("c4", "c5"), SumParams()),), "one stride.*resize one to the other"),
        ((Node("s", "sum", ("c5", "c5b"), SumParams()),), "equal channels to add.*1x1 conv"),
        ((Node("s", "concat", ("c5",), ConcatParams()),), "at least 2 input"),
        (
            (Node("s", "separable_conv", ("c5",), SeparableConvParams(kernel_size=4)),),
            "must be odd",
        ),
        ((Node("s", "se", ("c5",), SEParams(act=Act.NONE)),), "needs an activation"),
    ],
)
def test_primitive_mistakes_are_named(nodes, message):
    levels = {"c4": FeatureInfo(56, 16), "c5": FeatureInfo(56, 32), "c5b": FeatureInfo(8, 32)}
    spec = HeadSpec(Task.DETECTION, levels, nodes, {"aux_s": "s"})
    with pytest.raises(SpecError, match=message) as e:
        heads.plan(spec)
    assert e.value.node == "s"


def test_primitives_are_task_agnostic_and_on_every_task_s_palette():
    names = {"sum", "concat", "resize", "separable_conv", "se", "dropout", "identity", "conv"}
    for task in Task:
        assert names <= {b.name for b in heads.list_blocks(task)}, task
