"""``GraphHead``: the module interpreter of a :class:`~heads.spec.HeadSpec`.

Each node becomes a child module named after the node (so ``state_dict`` keys are
``<node>.<param>``), constructed from its block's planned keyword arguments; ``forward`` runs
the execution plan. The code generator prints the same plan as straight-line code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import torch  # noqa: F401  (used by the doctests)
from torch import Tensor

from heads.base import BaseHead, Features, gather_inputs, normalize_in_features
from heads.registry import get_block, get_preset
from heads.spec import ExecutionPlan, HeadSpec, SpecError, plan


class GraphHead(BaseHead):
    """A head built from a spec; returns a dict with the spec's output keys.

    Args:
        spec: a :class:`HeadSpec` (validated here).

    Example:
        >>> import torch, heads
        >>> head = GraphHead(heads.get_preset("linear", 512, num_classes=10))
        >>> head(torch.randn(2, 512, 7, 7))["logits"].shape
        torch.Size([2, 10])
    """

    def __init__(self, spec: HeadSpec | None = None) -> None:
        super().__init__()
        if spec is not None:
            self._build(spec)

    def build_head(self, in_features: Any, config: Any) -> None:
        """Build from a spec, a preset name (with ``in_features``), or a spec dict."""
        self._build(resolve_spec(config, in_features))

    def _build(self, spec: HeadSpec) -> None:
        self.plan: ExecutionPlan = plan(spec)
        self.spec = spec
        for step in self.plan.steps:
            block = get_block(step.node.block)
            self.add_module(step.node.name, block.module(**step.block_plan.kwargs))
        self._input_names = tuple(spec.input_levels)
        # Only the levels some node reads are needed from the caller.
        self._used_inputs = self.plan.used_inputs
        self._multi = {s.node.name: get_block(s.node.block).multi_input for s in self.plan.steps}

    @property
    def task(self):
        return self.spec.task

    @property
    def output_keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.spec.outputs)

    def reset(self, num_classes: int) -> None:
        """Give every layer with a class count ``num_classes`` classes, in place.

        Those layers are re-initialised and keep the head's device and dtype; every other
        layer keeps its weights.

        Example:
            >>> import heads
            >>> head = heads.ClassificationHead(512, 10).to(torch.float64)
            >>> head.reset(3)
            >>> head(torch.randn(2, 512, dtype=torch.float64))["logits"].shape
            torch.Size([2, 3])
        """
        changed = [
            n.name
            for n in self.spec.nodes
            if any(f.name == "num_classes" for f in dataclasses.fields(n.params))
        ]
        if not changed:
            raise SpecError("this head has no layer with a number of classes")
        spec = self.spec
        for name in changed:
            spec = spec.with_params(name, num_classes=num_classes)
        new_plan = plan(spec)
        ref = next(iter(self.parameters()))
        for step in new_plan.steps:
            if step.node.name in changed:
                module = get_block(step.node.block).module(**step.block_plan.kwargs)
                setattr(self, step.node.name, module.to(device=ref.device, dtype=ref.dtype))
        self.spec, self.plan = spec, new_plan

    def forward(self, features: Features) -> dict[str, Tensor]:
        env: dict[str, tuple[Tensor, ...]] = {
            k: (v,) for k, v in gather_inputs(features, self._used_inputs).items()
        }
        for step in self.plan.steps:
            args: list[Tensor] = []
            for src, idx in step.input_refs:
                args.extend(env[src] if idx is None else (env[src][idx],))
            module = getattr(self, step.node.name)
            out = module(args) if self._multi[step.node.name] else module(args[0])
            env[step.node.name] = (out,) if isinstance(out, Tensor) else tuple(out)
        result: dict[str, Tensor] = {}
        for key, src, idx in self.plan.output_refs:
            vals = env[src]
            result[key] = (
                vals[idx] if idx is not None else (vals[0] if len(vals) == 1 else list(vals))
            )
        return result


def resolve_spec(spec_or_preset: Any, in_features: Any = None, **options: Any) -> HeadSpec:
    """A :class:`HeadSpec` from a spec, a JSON dict or text, or a preset name.

    Raises:
        SpecError: for anything that is not a valid spec or preset.
    """
    if isinstance(spec_or_preset, HeadSpec):
        if options:
            raise SpecError(f"options {sorted(options)} only apply to presets")
        return spec_or_preset
    if isinstance(spec_or_preset, Mapping):
        if "nodes" in spec_or_preset:
            return HeadSpec.from_dict(spec_or_preset)
        opts = dict(spec_or_preset)
        name = opts.pop("preset", None)
        if name is None:
            raise SpecError("a config dict needs 'nodes' (a spec) or 'preset' (a preset name)")
        return get_preset(name, in_features, **opts, **options)
    if isinstance(spec_or_preset, str):
        text = spec_or_preset.strip()
        if text.startswith("{"):
            return HeadSpec.from_json(text)
        return get_preset(text, in_features, **options)
    raise SpecError(
        f"expected a HeadSpec, a spec dict or a preset name, got {type(spec_or_preset).__name__}"
    )


def build_head(in_features: Any, spec_or_preset: Any, **options: Any) -> GraphHead:
    """The one factory: a head module from a spec or a preset name.

    Args:
        in_features: the backbone's levels (see :func:`heads.base.normalize_in_features`);
            ignored when a full spec is given (the spec names its inputs).
        spec_or_preset: a :class:`HeadSpec`, a spec dict/JSON, or a preset name.
        **options: preset options such as ``num_classes``.

    Example:
        >>> import torch
        >>> head = build_head(2048, "mlp", num_classes=5)
        >>> head(torch.randn(2, 2048, 7, 7))["logits"].shape
        torch.Size([2, 5])
    """
    if in_features is not None and not isinstance(spec_or_preset, HeadSpec | Mapping):
        in_features = normalize_in_features(in_features)
    return GraphHead(resolve_spec(spec_or_preset, in_features, **options))


__all__ = ["GraphHead", "build_head", "resolve_spec"]
