"""Analysis of a spec without allocating: per-node output shapes, parameters and FLOPs.

Modules are built on the ``meta`` device and run on meta tensors, so a design of any size is
analysed in milliseconds with no memory; FLOPs come from torch's own flop counter
(``torch.utils.flop_counter``, a multiply-add counts as two).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import FlopCounterMode

from heads.registry import get_block
from heads.spec import FeatureInfo, HeadSpec, Kind, SpecError, plan


@dataclass(frozen=True)
class NodeStats:
    """One node's analysis: output shapes, parameter count and FLOPs at the given size."""

    name: str
    block: str
    output_shapes: tuple[tuple[int, ...], ...]
    params: int
    flops: int
    #: whether the module returns one tensor (else a list or tuple of them)
    single: bool = True
    #: FLOPs of what runs after decoding, per image (instance masks: the mask head on
    #: :data:`ROIS_PER_IMAGE` detections), times the batch; 0 for other blocks
    roi_flops: int = 0


@dataclass(frozen=True)
class Analysis:
    """A whole head's analysis at one input size."""

    spec: HeadSpec
    image_size: tuple[int, int]
    batch: int
    input_shapes: dict[str, tuple[int, ...]]
    nodes: tuple[NodeStats, ...]
    outputs: dict[str, tuple[int, ...] | tuple[tuple[int, ...], ...]]
    total_params: int
    total_flops: int
    #: Design warnings at this size from the blocks' size checks (see register_size_check).
    messages: tuple[str, ...] = ()

    def node(self, name: str) -> NodeStats:
        return next(n for n in self.nodes if n.name == name)

    @property
    def total_roi_flops(self) -> int:
        """FLOPs after decoding for :data:`ROIS_PER_IMAGE` detections per image (not in
        :attr:`total_flops`, which is the head's forward pass)."""
        return sum(n.roi_flops for n in self.nodes)

    def table(self) -> list[dict]:
        """Rows ``{node, block, output, params, flops}`` for tables and the CLI; a node that
        runs after decoding also has ``roi_flops`` (for :data:`ROIS_PER_IMAGE` detections per
        image) and ``cost``, which says so in words."""
        rows = []
        for n in self.nodes:
            row = {
                "node": n.name,
                "block": n.block,
                "output": ", ".join("x".join(map(str, s)) for s in n.output_shapes),
                "params": n.params,
                "flops": n.flops,
            }
            if n.roi_flops:
                row["roi_flops"] = n.roi_flops
                row["cost"] = roi_cost_text(n.roi_flops, self.batch)
            rows.append(row)
        return rows


#: Detections per image the analysis prices a node that runs after decoding at (an instance
#: mask head runs once per detected box; 100 is torchvision's ``detections_per_img``).
ROIS_PER_IMAGE = 100


def roi_cost_text(roi_flops: int, batch: int = 1) -> str:
    """What a node's after-decoding FLOPs (for a batch of ``batch`` images) mean, in words.

    Example:
        >>> roi_cost_text(2_000_000_000)
        '2 GFLOPs for 100 detections per image (20 MFLOPs each), after decoding'
    """
    per_image = roi_flops / batch
    each = per_image / ROIS_PER_IMAGE
    return (
        f"{_si(per_image)}FLOPs for {ROIS_PER_IMAGE} detections per image ({_si(each)}FLOPs "
        "each), after decoding"
    )


def _si(v: float) -> str:
    for unit, scale in (("T", 1e12), ("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(v) >= scale:
            return f"{v / scale:.3g} {unit}"
    return f"{v:.3g} "


def level_shape(info: FeatureInfo, image_size: tuple[int, int], batch: int = 1) -> tuple[int, ...]:
    """The shape a backbone gives for one level at ``image_size`` (``ceil(size / stride)``).

    Example:
        >>> level_shape(FeatureInfo(256, 8), (224, 230))
        (1, 256, 28, 29)
    """
    h, w = (math.ceil(s / info.stride) for s in image_size)
    if info.kind is Kind.TOKENS:
        return (batch, h * w + 1, info.channels)  # patch tokens and the class token
    if info.kind is Kind.VECTOR:
        return (batch, info.channels)
    return (batch, info.channels, h, w)


def analyze(spec: HeadSpec, image_size: tuple[int, int] | int = 224, batch: int = 1) -> Analysis:
    """Shapes, parameters and FLOPs of every node of ``spec`` for an ``image_size`` input.

    Results are cached per (spec, size, batch): specs are frozen, and a design change in the app
    is analysed once for its diagram, its table and its exported code.

    Raises:
        heads.SpecError: when the spec is invalid, or the shapes do not work at this size.

    Example:
        >>> import heads
        >>> a = analyze(heads.get_preset("linear", 2048, num_classes=10), 224)
        >>> a.outputs["logits"], a.total_params, a.total_flops
        ((1, 10), 20490, 40960)
    """
    size = _positive_ints(image_size, "image_size", 2)
    (batch,) = _positive_ints(batch, "batch", 1)
    try:
        hash(spec)
    except TypeError:
        # A value that is not a plain one (a list where a tuple belongs): validation names it.
        plan(spec)
        raise SpecError("the spec holds a value that is not a JSON value") from None
    return _analyze(spec, (size[0], size[1]), batch)


def _positive_ints(value: Any, name: str, n: int) -> tuple[int, ...]:
    """``value`` (one number, or ``n`` of them) as positive ints; whole floats are accepted."""
    values = (value,) * n if not isinstance(value, tuple | list) else tuple(value)
    try:
        ok = len(values) == n and all(
            not isinstance(v, bool) and float(v).is_integer() and v >= 1 for v in values
        )
    except (TypeError, ValueError, OverflowError):
        ok = False
    if not ok:
        raise ValueError(
            f"{name} must be a positive integer{' or (H, W)' if n == 2 else ''}, got {value!r}"
        )
    return tuple(int(v) for v in values)


# -- Meta shapes ------------------------------------------------------------------------------
#
# A few operators' meta kernels are Python decompositions that run dozens of small operators
# to find one output shape (bilinear upsampling takes about 10 ms at any size, more than the
# rest of a typical node). They count no FLOPs in torch's flop counter, so the analysis gives
# their outputs directly; anything out of the ordinary (a shape the kernel would refuse, a
# tensor that is not on the meta device) goes to the kernel, which raises its own error.


def _channels_last(x: Tensor) -> bool:
    return (
        x.dim() == 4
        and x.is_contiguous(memory_format=torch.channels_last)
        and not (x.is_contiguous())
    )


def _empty(
    shape: tuple[int, ...], like: Tensor, channels_last: bool = False, stats: bool = False
) -> Tensor:
    """A meta tensor like ``like``; ``stats``: a norm's statistics (float for half inputs)."""
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    dtype = torch.float32 if stats and like.dtype in (torch.half, torch.bfloat16) else like.dtype
    return torch.empty(shape, dtype=dtype, device="meta", memory_format=fmt)


def _upsample_bilinear(x, output_size, align_corners, scales_h=None, scales_w=None):
    if x.dim() != 4 or x.numel() == 0 or len(output_size) != 2 or min(output_size) < 1:
        return None
    return _empty((*x.shape[:2], *(int(s) for s in output_size)), x, _channels_last(x))


def _group_norm(x, weight, bias, N, C, HxW, group, eps):
    if (
        x.dim() < 2 or group < 1 or x.shape[1] != C or C % group or x.numel() == 0
        or x.shape[0] != N or math.prod(x.shape[2:]) != HxW
    ):  # fmt: skip
        return None
    for t in (weight, bias):
        if t is not None and tuple(t.shape) != (C,):
            return None
    stats = (x.shape[0], group)
    return _empty(tuple(x.shape), x), _empty(stats, x), _empty(stats, x)


def _batch_norm_eval(x, weight, bias, running_mean, running_var, momentum, eps):
    if x.dim() < 2 or x.numel() == 0:
        return None
    C = x.shape[1]
    for t in (weight, bias, running_mean, running_var):
        if t is not None and tuple(t.shape) != (C,):
            return None
    out = _empty(tuple(x.shape), x, _channels_last(x))
    return out, _empty((C,), x, stats=True), _empty((C,), x, stats=True)


def _grid_sample(x, grid, interpolation_mode, padding_mode, align_corners):
    if (
        x.dim() != 4 or grid.dim() != 4 or grid.shape[-1] != 2 or grid.shape[0] != x.shape[0]
        or x.numel() == 0 or grid.dtype != x.dtype
    ):  # fmt: skip
        return None
    return _empty((x.shape[0], x.shape[1], grid.shape[1], grid.shape[2]), x)


_META_SHAPES: dict[Any, Callable[..., Any]] = {
    torch.ops.aten.upsample_bilinear2d.default: _upsample_bilinear,
    torch.ops.aten.native_group_norm.default: _group_norm,
    torch.ops.aten._native_batch_norm_legit_no_training.default: _batch_norm_eval,
    torch.ops.aten.grid_sampler_2d.default: _grid_sample,
}


class MetaShapes(TorchDispatchMode):
    """Outputs of the operators in ``_META_SHAPES`` on meta tensors, without their kernels.

    Entered before :class:`~torch.utils.flop_counter.FlopCounterMode` (below it on the mode
    stack), so the counter sees every operator first and counts as before (these have no
    formula there).
    """

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        shortcut = _META_SHAPES.get(func)
        if shortcut is not None and all(
            a.device.type == "meta" for a in args if isinstance(a, Tensor)
        ):
            out = shortcut(*args, **kwargs)
            if out is not None:
                return out
        return func(*args, **kwargs)


@functools.lru_cache(maxsize=64)
def _analyze(spec: HeadSpec, image_size: tuple[int, int], batch: int) -> Analysis:
    p = plan(spec)
    inputs = {name: level_shape(info, image_size, batch) for name, info in spec.inputs}
    env: dict[str, tuple[Tensor, ...]] = {
        k: (torch.empty(s, device="meta"),) for k, s in inputs.items()
    }
    stats = []
    messages: list[str] = []
    for step in p.steps:
        block = get_block(step.node.block)
        with torch.device("meta"):
            module = block.module(**step.block_plan.kwargs)
        module.eval()
        args: list[Tensor] = []
        for src, idx in step.input_refs:
            args.extend(env[src] if idx is None else (env[src][idx],))
        counter = FlopCounterMode(display=False)
        try:
            with MetaShapes(), counter, torch.no_grad():
                out = module(args) if block.multi_input else module(args[0])
        except SpecError:
            raise
        except (RuntimeError, ValueError) as e:
            # The plan checks what does not depend on the input size; what fails only at this
            # size (a kernel larger than a feature map) is a design error too, not a crash.
            shapes = ", ".join("x".join(map(str, a.shape)) for a in args)
            reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise SpecError(
                f"does not run at {image_size[0]}x{image_size[1]} input (its inputs are {shapes}): "
                f"{reason}; use a larger input size or change the block",
                node=step.node.name,
            ) from None
        outs = (out,) if isinstance(out, Tensor) else tuple(out)
        env[step.node.name] = outs
        n_params = sum(t.numel() for t in module.parameters())
        check = block.size_check
        if check is not None:
            where = f"node '{step.node.name}' at {image_size[0]}x{image_size[1]} input: "
            shapes = [tuple(a.shape) for a in args]
            messages.extend(where + m for m in check(step.block_plan.kwargs, shapes))
        ops = block.instance
        roi_flops = 0
        if ops is not None and ops.roi_flops is not None:
            shapes = [tuple(a.shape) for a in args]
            roi_flops = ops.roi_flops(module, shapes, ROIS_PER_IMAGE * batch)
        stats.append(
            NodeStats(
                step.node.name,
                step.node.block,
                tuple(tuple(o.shape) for o in outs),
                n_params,
                counter.get_total_flops(),
                isinstance(out, Tensor),
                roi_flops,
            )
        )
    outputs = {}
    for key, src, idx in p.output_refs:
        vals = env[src]
        if idx is not None or len(vals) == 1:
            outputs[key] = tuple(vals[idx or 0].shape)
        else:
            outputs[key] = tuple(tuple(v.shape) for v in vals)
    return Analysis(
        spec,
        tuple(image_size),
        batch,
        inputs,
        tuple(stats),
        outputs,
        sum(s.params for s in stats),
        sum(s.flops for s in stats),
        tuple(messages),
    )


# -- Size checks -------------------------------------------------------------------------------
# A block's plan function never sees the image size, so a design that is valid as a graph can
# still be poor at a given input (an atrous rate larger than its feature map). A block registers
# a check ``(planned kwargs, input shapes) -> list of messages`` with its BlockDef
# (``size_check``); analyze() reports what it says.


def register_size_check(
    block: str, check: Callable[[dict, list[tuple[int, ...]]], list[str]]
) -> None:
    """Give ``block`` the size check :func:`analyze` runs on every node of that block (the
    same as registering the block with ``size_check=check``)."""
    from heads.registry import update_block

    update_block(block, size_check=check)


__all__ = [
    "ROIS_PER_IMAGE", "Analysis", "NodeStats", "analyze", "level_shape", "register_size_check",
    "roi_cost_text",
]  # fmt: skip
