"""The analysis's meta shortcuts give what the operators' own meta kernels give.

:class:`heads.analysis.MetaShapes` answers a few operators on meta tensors without running their
Python decompositions. Each answer must have the kernel's shape, strides and dtype, anything
unusual must reach the kernel (and its error), and every preset's analysis must be the one
without shortcuts.
"""

from __future__ import annotations

import itertools

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

import heads
import heads.analysis as analysis
from heads.analysis import _META_SHAPES, MetaShapes

aten = torch.ops.aten


def _meta(*shape, channels_last=False, dtype=torch.float32):
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    return torch.empty(shape, device="meta", dtype=dtype, memory_format=fmt)


def _cases():
    for shape, cl, dtype in itertools.product(
        [(2, 8, 5, 7), (1, 6, 1, 9), (3, 4, 16, 16)], [False, True], [torch.float32, torch.half]
    ):
        x = _meta(*shape, channels_last=cl, dtype=dtype)
        c = shape[1]
        w = _meta(c, dtype=dtype)
        yield aten.upsample_bilinear2d.default, (x, [shape[2] * 2 + 1, 3], False)
        yield aten.upsample_bilinear2d.default, (x, [4, 4], True, 0.5, 0.5)
        yield aten.native_group_norm.default, (x, w, w, shape[0], c, shape[2] * shape[3], 2, 1e-5)
        yield (
            aten.native_group_norm.default,
            (x, None, None, shape[0], c, shape[2] * shape[3], 1, 1e-5),
        )
        yield aten._native_batch_norm_legit_no_training.default, (x, w, w, w, w, 0.1, 1e-5)
        yield aten._native_batch_norm_legit_no_training.default, (x, None, None, w, w, 0.1, 1e-5)
        grid = _meta(shape[0], 3, 11, 2, dtype=dtype)
        yield aten.grid_sampler_2d.default, (x, grid, 0, 0, False)
    x3 = _meta(2, 6, 10)
    yield aten.native_group_norm.default, (x3, _meta(6), _meta(6), 2, 6, 10, 3, 1e-5)
    yield (
        aten._native_batch_norm_legit_no_training.default,
        (x3, None, None, _meta(6), _meta(6), 0.1, 1e-5),
    )


def _described(out):
    outs = out if isinstance(out, tuple) else (out,)
    return [(tuple(t.shape), t.stride(), t.dtype, t.device.type) for t in outs]


@pytest.mark.parametrize("case", list(enumerate(_cases())), ids=lambda c: f"{c[0]}-{c[1][0]}")
def test_shortcuts_give_the_kernel_s_outputs(case):
    _, (op, args) = case
    want = _described(op(*args))
    with MetaShapes():
        got = _described(op(*args))
    assert got == want
    # and the shortcut answered (not the kernel behind it)
    assert _META_SHAPES[op](*args) is not None


@pytest.mark.parametrize(
    "op, args",
    [
        (aten.native_group_norm.default, (_meta(2, 6, 4, 4), None, None, 2, 6, 16, 4, 1e-5)),
        (aten._native_batch_norm_legit_no_training.default,
         (_meta(2, 6, 4, 4), _meta(5), None, _meta(6), _meta(6), 0.1, 1e-5)),
        (aten.grid_sampler_2d.default, (_meta(2, 3, 4, 4), _meta(1, 3, 3, 2), 0, 0, False)),
        (aten.native_group_norm.default, (_meta(2, 6, 4, 4), None, None, 2, 6, 15, 3, 1e-5)),
    ],
)  # fmt: skip
def test_what_the_kernel_refuses_reaches_the_kernel(op, args):
    assert _META_SHAPES[op](*args) is None
    with pytest.raises(RuntimeError) as plain:
        op(*args)
    with MetaShapes(), pytest.raises(RuntimeError) as shortcut:
        op(*args)
    assert str(shortcut.value) == str(plain.value)


def test_tensors_off_the_meta_device_run_their_kernel():
    x = torch.arange(16.0).view(1, 1, 4, 4)
    with MetaShapes():
        y = torch.nn.functional.interpolate(x, size=(8, 8), mode="bilinear", align_corners=False)
    assert y.device.type == "cpu"
    assert torch.equal(y, torch.nn.functional.interpolate(x, size=(8, 8), mode="bilinear"))


class _Kernels(TorchDispatchMode):
    """Every operator to its kernel: the analysis as it is without shortcuts."""

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        return func(*args, **(kwargs or {}))


def test_every_preset_s_analysis_is_the_one_without_shortcuts(monkeypatch):
    names = sorted(p.name for p in heads.list_presets())
    # an odd size, so that every ceil and every resize to a reference's size is exercised
    sizes = {n: [(320, 320)] if n == "ssdlite320" else [(97, 131)] for n in names}

    def run():
        analysis._analyze.cache_clear()
        return {
            (n, s): heads.analyze(heads.get_preset(n, num_classes=3), s, 2)
            for n in names
            for s in sizes[n]
        }

    fast = run()
    monkeypatch.setattr(analysis, "MetaShapes", _Kernels)
    plain = run()
    analysis._analyze.cache_clear()
    for key, a in fast.items():
        b = plain[key]
        assert (a.nodes, a.outputs, a.total_flops, a.messages) == (
            b.nodes, b.outputs, b.total_flops, b.messages
        ), key  # fmt: skip
    assert any(n.block == "pointrend" for a in fast.values() for n in a.nodes)
