"""Adding a block touches one module: this one.

It defines a block the library does not have — anti-aliased downsampling ("blur pool", Zhang
2019: a fixed binomial blur, then stride 2) — as docs/design.md describes: the ``nn.Module``,
its frozen parameters, its plan function, and one registration with its ports and a size check.
Nothing else changes, and the block validates, analyses, builds, exports with parity, draws and
appears in forms like the library's own (the tests below). The registration runs in a fixture
only to keep the global registry as it was for the other test modules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import pytest
import torch
import torch.nn.functional as F
from torch import Tensor, nn

import heads
from heads import FeatureInfo, HeadSpec, Kind, Node, SpecError, Task, TensorType
from heads.blocks.classification import ClassifierParams, PoolParams
from heads.registry import ONE_MAP, Ports, register_block
from heads.spec import BlockPlan, expect_kind, param

# -- 1. the module: plain constructor values; torch only ---------------------------------------

#: Binomial filter taps by size (a discrete Gaussian).
BINOMIAL = {3: (1.0, 2.0, 1.0), 5: (1.0, 4.0, 6.0, 4.0, 1.0)}


class BlurPool(nn.Module):
    """A fixed binomial blur, then every second pixel: downsampling without aliasing.

    Shape:
        (N, C, H, W) -> (N, C, ceil(H / 2), ceil(W / 2))

    Example:
        >>> BlurPool(8, 3)(torch.randn(1, 8, 9, 9)).shape
        torch.Size([1, 8, 5, 5])
    """

    def __init__(self, channels: int, size: int = 3) -> None:
        super().__init__()
        taps = torch.tensor(BINOMIAL[size])
        kernel = taps[:, None] * taps[None, :]  # (k,) x (k,) -> (k, k)
        kernel = (kernel / kernel.sum()).expand(channels, 1, size, size)  # one filter per channel
        self.register_buffer("kernel", kernel.clone())
        self.pad = size // 2
        self.channels = channels

    def forward(self, x: Tensor) -> Tensor:
        x = F.pad(x, [self.pad] * 4, mode="replicate")  # (N, C, H, W) -> (N, C, H + 2p, W + 2p)
        return F.conv2d(x, self.kernel, stride=2, groups=self.channels)


# -- 2. the parameters: the schema of parsing, validation and the forms --------------------------


class BlurSize(int, enum.Enum):
    """Filter sizes (taps per axis)."""

    THREE = 3
    FIVE = 5


@dataclass(frozen=True)
class BlurPoolParams:
    """Anti-aliased downsampling."""

    size: BlurSize = param(BlurSize.THREE, doc="binomial filter taps per axis")


# -- 3. the plan and the registration ---------------------------------------------------------


def check_blur_size(kwargs: dict, input_shapes: list[tuple[int, ...]]) -> list[str]:
    """A size check: at a size where the map is not larger than the filter, say so."""
    _, _, h, w = input_shapes[0]
    k = kwargs["size"]
    if min(h, w) > k:
        return []
    return [f"a {h}x{w} map is not larger than the {k}x{k} blur: the output is one blurred value"]


def _plan_blur_pool(inputs: tuple[TensorType, ...], p: BlurPoolParams) -> BlockPlan:
    """Blur pool: a fixed binomial blur, then stride 2 (anti-aliased downsampling)."""
    expect_kind(inputs, Kind.MAP, count=1)
    x = inputs[0]
    kwargs = {"channels": x.channels, "size": int(p.size)}
    return BlockPlan(kwargs, (TensorType(Kind.MAP, x.channels, x.stride * 2, "pooled"),))


def register() -> None:
    register_block(
        "blur_pool",
        params=BlurPoolParams,
        module=BlurPool,
        role="pool",
        ports=Ports(ONE_MAP.inputs, ("pooled",)),
        size_check=check_blur_size,
    )(_plan_blur_pool)


# -- the tests ----------------------------------------------------------------------------------


@pytest.fixture
def blur_pool():
    from heads import registry

    register()
    yield heads.get_block("blur_pool")
    registry._BLOCKS.pop("blur_pool")


def _spec() -> HeadSpec:
    nodes = (
        Node("blur", "blur_pool", ("c4",), BlurPoolParams(BlurSize.FIVE)),
        Node("pool", "pool", ("blur",), PoolParams()),
        Node("classifier", "classifier", ("pool",), ClassifierParams(num_classes=3)),
    )
    return HeadSpec(
        Task.CLASSIFICATION, {"c4": FeatureInfo(16, 16)}, nodes, {"logits": "classifier"}
    )


def test_the_block_validates_analyses_and_builds(blur_pool):
    spec = _spec()
    assert HeadSpec.from_json(spec.to_json()) == spec
    assert '"block": "blur_pool"' in spec.to_json() and '"size": 5' in spec.to_json()
    a = heads.analyze(spec, 64)  # c4 is 4x4
    assert a.node("blur").output_shapes == ((1, 16, 2, 2),)
    assert a.messages and "not larger than the 5x5 blur" in a.messages[0]
    assert not heads.analyze(spec, 256).messages
    head = heads.GraphHead(spec).eval()
    with torch.no_grad():
        out = head(torch.randn(2, 16, 7, 9))
    assert out["logits"].shape == (2, 3)
    with pytest.raises(SpecError, match="'4' is not valid|4 is not valid"):
        HeadSpec.from_json(spec.to_json().replace('"size": 5', '"size": 4'))


def test_the_block_exports_with_parity_and_draws(blur_pool):
    from designer.codegen import to_python
    from designer.diagram import to_dot
    from designer.forms import fields_for

    spec = _spec()
    code = to_python(spec, "Blurred")
    assert "class BlurPool(nn.Module):" in code and "BINOMIAL = " in code
    namespace: dict = {}
    exec(compile(code, "blurred.py", "exec"), namespace)
    graph = heads.GraphHead(spec).eval()
    exported = namespace["Blurred"]().eval()
    exported.load_state_dict(graph.state_dict(), strict=True)
    x = torch.randn(2, 16, 7, 9)
    with torch.no_grad():
        torch.testing.assert_close(exported(x)["logits"], graph(x)["logits"], rtol=0, atol=1e-6)
    assert "blur_pool block" in to_dot(spec, image_size=128)
    assert [f.name for f in fields_for(BlurPoolParams)] == ["size"]
