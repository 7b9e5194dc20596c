"""One description per block: what interpreters know of a block comes from its BlockDef.

- the spec, its validation and the block descriptions import no torch;
- no interpreter branches on a block's name;
- every block registers typed ports, and the capabilities interpreters read are on the BlockDef.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import heads
from heads.registry import BlockDef, DenseOps, Ports, TransplantRule

ROOT = Path(__file__).resolve().parents[2]


def test_the_spec_validation_and_blocks_load_no_torch(tmp_path):
    code = """
import sys
import heads.spec
from heads.spec import HeadSpec, plan
import heads.blocks
spec = HeadSpec.from_json(open(sys.argv[1]).read())
p = plan(spec)
assert [s.node.block for s in p.steps] == ["fpn", "fcos_head"], p.steps
assert heads.registry.get_block("fcos_head").dense is not None
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "torchvision", "numpy"))
print(",".join(loaded))
"""
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(heads.get_preset("fcos_lite", num_classes=3).to_json())
    out = subprocess.run(
        [sys.executable, "-c", code, str(spec_file)],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert out.stdout.strip() == "", f"imported: {out.stdout.strip()}"


#: Files that interpret specs: none may test a node's block against a block's name.
INTERPRETERS = [
    *sorted((ROOT / "heads").glob("*.py")),
    ROOT / "designer" / "diagram.py",
    *sorted((ROOT / "designer").glob("codegen*.py")),
    *sorted((ROOT / "designer").glob("codegen/*.py")),
]
_BRANCH = re.compile(r"""\.block\s*(==|!=|\bin\b|\bnot in\b)\s*[\"'(A-Z]""")


@pytest.mark.parametrize("path", INTERPRETERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_interpreter_branches_on_a_block_name(path):
    lines = [
        f"{path.name}:{i}: {line.strip()}"
        for i, line in enumerate(path.read_text().splitlines(), 1)
        if _BRANCH.search(line)
    ]
    assert not lines, "ask the block (BlockDef) instead:\n" + "\n".join(lines)


def test_blocks_do_not_import_the_analysis():
    for path in (ROOT / "heads" / "blocks").glob("*.py"):
        assert "heads.analysis" not in path.read_text(), path.name


@pytest.mark.parametrize("name", sorted(b.name for b in heads.list_blocks()))
def test_every_block_describes_its_ports_and_capabilities(name):
    block = heads.get_block(name)
    assert isinstance(block, BlockDef)
    assert isinstance(block.ports, Ports), f"{name}: register ports= for the canvas"
    assert block.ports.inputs and all(p.kinds for p in block.ports.inputs)
    assert block.ports.outputs or block.ports.outputs_doc, f"{name}: name the outputs"
    assert block.dense is None or isinstance(block.dense, DenseOps)
    assert block.transplant is None or isinstance(block.transplant, TransplantRule)
    # module classes are resolved lazily and are nn.Modules
    import torch

    assert issubclass(block.module, torch.nn.Module)


def test_capabilities_are_where_interpreters_look():
    dense = {b.name for b in heads.list_blocks() if b.dense}
    assert dense == {"retinanet_head", "fcos_head", "yolo_head", "ssd_head"}
    takers = {b.name: b.transplant.source for b in heads.list_blocks() if b.transplant}
    assert takers == {
        "fpn": "fpn",
        "pan": "fpn",
        "retinanet_head": "retinanet_head",
        "fcos_head": "fcos_head",
        "ssd_head": "ssd_head",
    }
    assert {b.name for b in heads.list_blocks() if b.size_check} >= {"aspp", "upernet"}
