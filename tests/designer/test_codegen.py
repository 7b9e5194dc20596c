"""Standalone code export: parity with GraphHead, isolation, ruff cleanliness, injection."""

from __future__ import annotations

import ast
import dataclasses
import enum
import json
import os
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import heads
from designer import cli, codegen
from designer.codegen import (
    CodegenError,
    check_class_name,
    closure,
    export_bundle,
    layout,
    to_python,
)
from heads.spec import FeatureInfo, HeadSpec, Node, SpecError, Task

ROOT = Path(__file__).resolve().parents[2]
PRESETS = sorted(p.name for p in heads.list_presets())
#: Small levels (EfficientNet-Lite0's widths) keep the per-preset tests fast.
SMALL = {
    "c2": FeatureInfo(24, 4),
    "c3": FeatureInfo(40, 8),
    "c4": FeatureInfo(112, 16),
    "c5": FeatureInfo(320, 32),
}


def small_preset(name: str) -> HeadSpec:
    """A preset for small levels and 5 classes (its defaults where it takes other levels)."""
    try:
        spec = heads.get_preset(name, SMALL, num_classes=5)
        heads.plan(spec)
        return spec
    except (SpecError, TypeError):
        return heads.get_preset(name)


def _load(code: str, name: str = "exported_head") -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(code, f"{name}.py", "exec"), module.__dict__)
    return module


def _inputs(spec: HeadSpec, size: int = 64, batch: int = 2) -> dict[str, torch.Tensor]:
    from heads.analysis import level_shape

    return {k: torch.randn(level_shape(v, (size, size), batch)) for k, v in spec.inputs}


def _flat(v):
    return list(v) if isinstance(v, list | tuple) else [v]


def _assert_parity(spec: HeadSpec, code: str, class_name: str = "Head", size: int = 64) -> None:
    graph = heads.GraphHead(spec).eval()
    with torch.device("meta"):  # no second weight initialisation: the weights are assigned
        exported = getattr(_load(code), class_name)().eval()
    assert list(exported.state_dict()) == list(graph.state_dict())
    exported.load_state_dict(graph.state_dict(), strict=True, assign=True)
    x = _inputs(spec, size)
    p = heads.plan(spec)
    used = {src for step in p.steps for src, _ in step.input_refs} | {
        s for _, s, _ in p.output_refs
    }
    as_list = [x[k] for k, _ in spec.inputs if k in used]
    with torch.no_grad():
        a, b = graph(x), exported(x)
        # The list form of the inputs is matched the same way.
        c, d = graph(as_list), exported(as_list)
    assert list(a) == list(b) == list(c) == list(d)
    for key in a:
        pairs = zip(_flat(a[key]) + _flat(c[key]), _flat(b[key]) + _flat(d[key]), strict=True)
        for u, v in pairs:
            assert u.shape == v.shape
            assert (u - v).abs().max().item() <= 1e-6


def _ruff() -> str:
    ruff = codegen.ruff_binary()
    # ruff is a test dependency (the "test" extra that run.sh installs): a missing ruff fails.
    assert ruff is not None, "ruff is not installed: pip install -e '.[test]'"
    return ruff


def _ruff_fixed_point(files: list[Path]) -> None:
    """Assert that ``format_code`` would change none of ``files``: ruff's import sorting and
    unused-import rules find nothing and ``ruff format`` leaves them as they are. Also that
    ruff with the project's own configuration is clean."""
    ruff = _ruff()
    opts = ["--isolated", "--line-length", "100"]
    cfg = ["--config", str(ROOT / "pyproject.toml")]
    names = [str(f) for f in files]
    for cmd in (
        ["check", "--select", "I,F401", *opts, *names],
        ["format", "--diff", *opts, *names],
        ["check", *cfg, *names],
        ["format", "--diff", *cfg, *names],
    ):
        proc = subprocess.run([ruff, *cmd], capture_output=True, text=True, cwd=files[0].parent)
        assert proc.returncode == 0, (cmd[0], proc.stdout[-4000:] + proc.stderr[-2000:])


def _assert_format_code_keeps(code: str) -> None:
    _ruff()
    assert codegen.format_code(code) == code


def _preset_param(name: str):
    # Presets with millions of weights take seconds to initialise on two cores.
    big = heads.analyze(small_preset(name), 64).total_params > 2_000_000
    return pytest.param(name, marks=pytest.mark.slow) if big else name


@pytest.mark.parametrize("preset", [_preset_param(n) for n in PRESETS])
def test_every_preset_exports_with_parity(preset):
    spec = small_preset(preset)
    code = to_python(spec, "Head")
    _assert_parity(spec, code)


def test_exported_code_is_readable_and_self_contained():
    spec = heads.get_preset("conv_pool", 512, num_classes=7)
    code = to_python(spec, "ConvPoolHead")
    tree = ast.parse(code)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"__future__", "math", "typing", "collections", "torch", "torchvision"}
    assert "heads" not in imported
    # Constructor kwargs come from the plan, and forward has shape comments at 224.
    assert "self.conv = Conv(\n            in_channels=512,\n            out_channels=128," in code
    assert "# (N, 512, 7, 7)" in code and "# (N, 7)" in code
    # The spec is in the module docstring and parses back to the same spec.
    doc = ast.get_docstring(tree)
    assert HeadSpec.from_json(doc[doc.index("{") : doc.rindex("}") + 1]) == spec


def test_format_code_runs_ruff():
    # Guards the fixed-point checks: format_code returns its input unchanged without ruff.
    _ruff()
    assert codegen.format_code("import math\nimport os\nx = {'a' : math.pi}\n") == (
        'import math\n\nx = {"a": math.pi}\n'
    )


def test_exported_files_pass_ruff_unformatted(tmp_path):
    """Every preset, at its own levels and at small ones: the text to_python writes (no
    formatter run) is what format_code would make of it, and ruff with the project config is
    clean."""
    files = []
    for name in PRESETS:
        for tag, spec in (("default", heads.get_preset(name)), ("small", small_preset(name))):
            path = tmp_path / f"{name}_{tag}.py"
            path.write_text(to_python(spec, "Head"))
            files.append(path)
    _ruff_fixed_point(files)
    # format_code itself, on two of them (it runs two subprocesses per file).
    for path in files[:2]:
        _assert_format_code_keeps(path.read_text())


def _long_names(spec: HeadSpec, width: int = 48) -> HeadSpec:
    """``spec`` with every level and node renamed to a ``width``-character name."""
    names = {n: (f"{n}_" + "x" * width)[:width] for n, _ in spec.inputs}
    names |= {n.name: (f"{n.name}_" + "y" * width)[:width] for n in spec.nodes}

    def ref(r: str) -> str:
        head, dot, rest = r.partition(".")
        return names.get(head, head) + dot + rest

    return dataclasses.replace(
        spec,
        inputs=tuple((names[k], v) for k, v in spec.inputs),
        nodes=tuple(
            dataclasses.replace(n, name=names[n.name], inputs=tuple(map(ref, n.inputs)))
            for n in spec.nodes
        ),
        outputs=tuple((k, ref(v)) for k, v in spec.outputs),
    )


def test_long_lines_are_laid_out_as_ruff_keeps_them(tmp_path):
    """Constructor calls, input lists, tuples and anchor tables far longer than 100 columns,
    and names at their longest (48 characters; a 64-character class name): still a ruff fixed
    point, and still the same module."""
    mlp = heads.get_preset("mlp", 64, num_classes=5)
    mlp = mlp.with_params("mlp", hidden_features=tuple(range(1000, 1040)))
    specs = {
        "mlp": mlp,
        "unet": heads.get_preset("unet", num_classes=5),  # a 200-column constructor call
        "retinanet": heads.get_preset("retinanet", num_classes=3),  # CELL_ANCHORS: 5 x 9 boxes
        "fcos_lite_long_names": _long_names(small_preset("fcos_lite")),
        "deeplabv3plus_long_names": _long_names(small_preset("deeplabv3plus")),
        "unet_long_names": _long_names(small_preset("unet")),
    }
    codes = {name: to_python(spec, "H" * 64, image_size=64) for name, spec in specs.items()}
    files = []
    for name, code in codes.items():
        files.append(tmp_path / f"{name}.py")
        files[-1].write_text(code)
    _ruff_fixed_point(files)
    assert "            hidden_features=(\n                1000,\n" in codes["mlp"]
    assert "                1039,\n            ),\n" in codes["mlp"]
    assert "CELL_ANCHORS = (\n    (\n        (-23.0, -11.0, 23.0, 11.0),\n" in codes["retinanet"]
    long_call = "\n        neck_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy = (\n"
    assert long_call in codes["fcos_lite_long_names"]
    for name in ("mlp", "fcos_lite_long_names"):
        _assert_parity(specs[name], codes[name], "H" * 64)


LITERALS = [
    "plain",
    "it's",
    'say "hi"',
    "both 'single' and \"double\" quotes",
    '""\'',
    "''\"",
    "back\\slash\\",
    "tab\tnew\nline\r\x00\x0b\x1b\u2028\x7f",
    "é ü 漢字 🙂",
    "",
    ("a'b", 'c"d', None, True, 3, -2.5, 1e-05, 1e16, float("-inf")),
    (7,),
    (),
    ["x" * 40, "y" * 40, ("z" * 30, 'q"' * 20)],
    {"key": (1, 2), "other'": {"in": 'ner"', "n": [1.5] * 30}},
    tuple(range(60)),
]


def test_literals_are_written_as_ruff_writes_them(tmp_path):
    lines = []
    for i, value in enumerate(LITERALS):
        lines += layout._layout(layout._node(value), "", f"value_{i} = ")
    code = "\n".join([*lines, "value_nan = " + layout._literal(float("nan")), ""])
    namespace: dict = {}
    exec(code, {"__builtins__": {"float": float}}, namespace)
    for i, value in enumerate(LITERALS):
        assert namespace[f"value_{i}"] == value, i
    assert namespace["value_nan"] != namespace["value_nan"]
    path = tmp_path / "literals.py"
    path.write_text(code)
    _ruff_fixed_point([path])
    _assert_format_code_keeps(code)
    # Double quotes unless single quotes need fewer escapes, as ruff chooses.
    assert layout._literal("it's") == '"it\'s"'
    assert layout._literal('say "hi"') == "'say \"hi\"'"
    assert layout._literal("both 'single' and \"double\"") == '"both \'single\' and \\"double\\""'


def test_import_lines_are_sorted_as_ruff_sorts_them(tmp_path):
    """Every name the library imports from modules an export may use, and a few aliases, in
    one import block: it is what ruff's import sorting writes."""
    imports: dict[str, tuple[str, str | None]] = {}
    for path in sorted((ROOT / "heads").rglob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                if closure._is_allowed_external(node.module):
                    for a in node.names:
                        imports[a.asname or a.name] = (node.module, a.name)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if closure._is_allowed_external(a.name):
                        alias = a.asname or a.name.split(".")[0]
                        imports[alias] = (a.name if a.asname else alias, None)
    imports.pop("annotations", None)  # from __future__: always the first line
    imports |= {"nnf": ("torch.nn", "functional"), "mathmod": ("math", None)}
    imports |= {"TYPE_CHECKING": ("typing", "TYPE_CHECKING"), "cast": ("typing", "cast")}
    # More names from one module than fit on a line: wrapped in parentheses.
    abc = ["Collection", "Container", "Hashable", "MutableMapping", "MutableSequence", "Sized"]
    imports |= {n: ("collections.abc", n) for n in abc}
    assert len(imports) > 10
    lines = layout._import_lines(imports)
    assert "from collections.abc import (" in lines
    # Each name used once, so that none is unused.
    used = layout._layout(layout._Group("[", tuple(sorted(imports)), "]"), "", "__all__ = ")
    code = "\n".join([*lines, "", *used, ""])
    path = tmp_path / "imports.py"
    path.write_text(code)
    _ruff_fixed_point([path])


_RUNNER = """
import sys
sys.path.append({site!r})
try:
    import heads  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("heads is importable here")
import torch
from safetensors.torch import load_file
import head

model = head.{cls}().eval()
model.load_state_dict(load_file("head.safetensors"), strict=True)
data = torch.load("io.pt")
with torch.no_grad():
    out = model(data["inputs"])
for key, want in data["outputs"].items():
    got = out[key] if isinstance(out[key], list) else [out[key]]
    for g, w in zip(got, want, strict=True):
        assert (g - w).abs().max().item() <= 1e-6, key
print("ok", sorted(out))
"""


@pytest.mark.parametrize("preset", ["fcos_lite", pytest.param("lite_unet", marks=pytest.mark.slow)])
def test_bundle_runs_where_heads_is_not_importable(tmp_path, preset):
    spec = small_preset(preset)
    graph = heads.GraphHead(spec).eval()
    written = export_bundle(spec, graph.state_dict(), tmp_path, class_name="Exported")
    assert sorted(p.name for p in written) == ["head.json", "head.py", "head.safetensors"]
    assert HeadSpec.from_json((tmp_path / "head.json").read_text()) == spec
    x = _inputs(spec, 64, 1)
    with torch.no_grad():
        outs = {k: _flat(v) for k, v in graph(x).items()}
    torch.save({"inputs": x, "outputs": outs}, tmp_path / "io.pt")
    site = str(Path(torch.__file__).resolve().parents[1])
    (tmp_path / "run.py").write_text(_RUNNER.format(site=site, cls="Exported"))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    # As many threads as here: CPU kernels split their sums by thread, and 1e-6 is tighter.
    env["OMP_NUM_THREADS"] = str(torch.get_num_threads())
    # -S: no site-packages processing, so the editable install of model-heads is not on the path.
    proc = subprocess.run(
        [sys.executable, "-S", "run.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=240,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("ok")


def test_bundle_as_zip_and_shared_tensors(tmp_path):
    import zipfile

    from safetensors.torch import load

    spec = heads.get_preset("linear", 16, num_classes=3)
    graph = heads.GraphHead(spec)
    state = graph.state_dict()
    state["classifier.fc.bias"] = state["classifier.fc.weight"][0, :3]  # a view sharing storage
    out = export_bundle(spec, state, tmp_path / "bundle.zip", class_name="Tiny")
    with zipfile.ZipFile(out[0]) as zf:
        assert sorted(zf.namelist()) == ["head.json", "head.py", "head.safetensors"]
        loaded = load(zf.read("head.safetensors"))
        code = zf.read("head.py").decode()
    assert torch.equal(loaded["classifier.fc.bias"], state["classifier.fc.weight"][0, :3])
    _load(code).Tiny().load_state_dict(loaded, strict=True)
    # Zips are reproducible: no timestamps.
    again = export_bundle(spec, state, tmp_path / "again.zip", class_name="Tiny")
    assert again[0].read_bytes() == out[0].read_bytes()


# ---------------------------------------------------------------------------------------------
# Injection: user text never becomes code.
# ---------------------------------------------------------------------------------------------

BAD_CLASS_NAMES = [
    "Head\n",
    "Head\r\n",
    "X:\n import os",
    "Head(nn.Module):\n    pass\nimport os #",
    "class",
    "None",
    "1Head",
    "a b",
    "",
    "print",
    "Head\x00",
    "Hé" * 40,
    None,
    "__import__('os')",
]


@pytest.mark.parametrize("name", BAD_CLASS_NAMES)
def test_bad_class_names_are_refused(name):
    with pytest.raises(CodegenError):
        check_class_name(name)
    with pytest.raises(CodegenError):
        to_python(heads.get_preset("linear", 8), name)


@pytest.mark.parametrize("size", [0, -32, 1.5, None, True])
def test_bad_image_sizes_are_refused_by_export_and_cli(size, tmp_path, capsys):
    spec = heads.get_preset("linear", 8, num_classes=3)
    with pytest.raises(CodegenError, match="image_size must be a positive integer"):
        to_python(spec, image_size=size)
    if isinstance(size, int) and not isinstance(size, bool):
        path = tmp_path / "spec.json"
        path.write_text(spec.to_json())
        out = tmp_path / "head.py"
        assert cli.main(["export", str(path), "-o", str(out), "--size", str(size)]) == 1
        assert "image_size must be a positive integer" in capsys.readouterr().err
        assert not out.exists()


def test_bad_file_stems_are_refused(tmp_path):
    spec = heads.get_preset("linear", 8, num_classes=3)
    for stem in ("head\n", "../head", "", "a b"):
        with pytest.raises(CodegenError, match="file stem"):
            export_bundle(spec, None, tmp_path / "out", stem=stem)


def test_class_name_may_not_shadow_exported_code():
    with pytest.raises(CodegenError, match="used by the exported code"):
        to_python(heads.get_preset("linear", 8), "Classifier")


SPEC_NAMES = [
    'a"""\nimport os\nos.system("echo pwned")\n"""',
    "back\\slash\\",
    "'''\nraise SystemExit(3)\n'''",
    'ends with a quote"',
    "line\nbreaks\r\nand\ttabs\x00\x0b\u2028",
    "#\n__import__('os').system('echo pwned')",
    "é ü 漢字 🙂",
    "both 'single' and \"double\" quotes, \"\"\" and '''",
]


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_spec_names_stay_text(name):
    spec = dataclasses.replace(heads.get_preset("linear", 8, num_classes=2), name=name)
    code = to_python(spec, "Head")
    tree = ast.parse(code)
    # Only imports, definitions and the __all__ list: nothing runs at import time.
    for stmt in tree.body[1:]:
        assert isinstance(
            stmt,
            ast.Import
            | ast.ImportFrom
            | ast.ClassDef
            | ast.FunctionDef
            | ast.Assign
            | ast.AnnAssign,
        ), ast.dump(stmt)[:200]
    module = _load(code)
    assert "os" not in module.__dict__
    doc = module.__doc__
    assert json.loads(doc[doc.index("{") : doc.rindex("}") + 1])["name"] == name
    _assert_parity(spec, code)
    _assert_format_code_keeps(code)


@pytest.mark.parametrize("bad", ["x; import os", "a\nb", "Classifier", "forward", "self"])
def test_bad_node_names_are_refused(bad):
    spec = heads.get_preset("linear", 8)
    spec = spec.replace_node("classifier", name=bad)
    spec = dataclasses.replace(spec, outputs=(("logits", bad),))
    with pytest.raises(SpecError):
        to_python(spec)


# ---------------------------------------------------------------------------------------------
# Random valid specs (hypothesis)
# ---------------------------------------------------------------------------------------------

_STRIDES = (4, 8, 16, 32)


@st.composite
def levels(draw):
    n = draw(st.integers(1, 3))
    first = draw(st.integers(0, 4 - n))
    return {
        f"c{i + 2}": FeatureInfo(draw(st.integers(1, 12)), _STRIDES[i])
        for i in range(first, first + n)
    }


def _value(draw, tp, f, cap=12):
    origin = typing.get_origin(tp)
    lo, hi = f.metadata.get("min"), f.metadata.get("max")
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if type(None) in typing.get_args(tp) and draw(st.booleans()):
            return None
        tp, origin = args[0], typing.get_origin(args[0])
    if origin is tuple:
        args = typing.get_args(tp)
        if args[-1] is Ellipsis:
            n = draw(st.integers(1, 3))
            return tuple(_value(draw, args[0], f, cap) for _ in range(n))
        return tuple(_value(draw, a, f, cap) for a in args)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return draw(st.sampled_from(list(tp)))
    if tp is bool:
        return draw(st.booleans())
    if tp is int:
        lo_i = int(lo) if lo is not None else 0
        hi_i = int(hi) if hi is not None else lo_i + cap
        return draw(st.integers(lo_i, min(hi_i, lo_i + cap)))
    if tp is float:
        lo_f = float(lo) if lo is not None else 0.0
        hi_f = float(hi) if hi is not None else lo_f + 4.0
        return draw(st.floats(lo_f, min(hi_f, lo_f + 4.0), allow_nan=False))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _params(draw, tp)
    return f.default if f.default is not dataclasses.MISSING else None


def _params(draw, cls):
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if draw(st.integers(0, 3)) == 0:
            continue  # keep some defaults
        kwargs[f.name] = _value(draw, hints[f.name], f)
    return cls(**kwargs)


@st.composite
def classification_specs(draw):
    """Valid by construction: [conv] -> pool -> [mlp] -> classifier."""
    from heads.blocks.classification import ClassifierParams, ConvParams, MLPParams, PoolParams
    from heads.params import PoolType

    lv = draw(levels())
    nodes = []
    src = [draw(st.sampled_from(list(lv)))] if draw(st.booleans()) else list(lv)
    if len(src) == 1 and draw(st.booleans()):
        conv = ConvParams(
            out_channels=draw(st.integers(1, 12)),
            kernel_size=draw(st.sampled_from([1, 3, 5])),
            stride=draw(st.integers(1, 2)),
            dilation=draw(st.integers(1, 2)),
            norm=draw(st.sampled_from(list(heads.params.Norm))),
            act=draw(st.sampled_from(list(heads.params.Act))),
        )
        nodes.append(Node("conv", "conv", tuple(src), conv))
        src = ["conv"]
    pools = [p for p in PoolType if p is not PoolType.TOKEN]
    nodes.append(
        Node("pool", "pool", tuple(src), PoolParams(pool_type=draw(st.sampled_from(pools))))
    )
    prev = "pool"
    if draw(st.booleans()):
        mlp = MLPParams(
            hidden_features=tuple(draw(st.lists(st.integers(1, 12), min_size=1, max_size=2))),
            norm=draw(st.sampled_from([heads.params.Norm.NONE, heads.params.Norm.LAYER])),
            act=draw(st.sampled_from(list(heads.params.Act))),
        )
        nodes.append(Node("mlp", "mlp", ("pool",), mlp))
        prev = "mlp"
    cls = ClassifierParams(
        num_classes=draw(st.integers(1, 9)), prior_prob=draw(st.sampled_from([0.0, 0.1]))
    )
    nodes.append(Node("classifier", "classifier", (prev,), cls))
    return HeadSpec(Task.CLASSIFICATION, lv, tuple(nodes), {"logits": "classifier"}, "random")


@st.composite
def any_block_specs(draw):
    """One node of any registered block with sampled parameters, its outputs as ``aux_out``."""
    block = draw(st.sampled_from(sorted(heads.list_blocks(), key=lambda b: b.name)))
    lv = draw(levels())
    if block.multi_input:
        refs = tuple(lv)
    else:
        refs = (draw(st.sampled_from(list(lv))),)
    params = _params(draw, block.params)
    task = block.tasks[0] if block.tasks else Task.CLASSIFICATION
    spec = HeadSpec(
        task, lv, (Node("node", block.name, refs, params),), {"aux_out": "node"}, "random"
    )
    try:
        heads.analyze(spec, 64)
    except SpecError:
        assume(False)
    return spec


def _check_random(spec: HeadSpec) -> None:
    try:
        code = to_python(spec, "Head", image_size=64)
    except SpecError:
        assume(False)
    _assert_parity(spec, code)
    _assert_format_code_keeps(code)


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(classification_specs())
def test_random_classification_specs_export_with_parity(spec):
    _check_random(spec)


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(any_block_specs())
def test_random_blocks_export_with_parity(spec):
    _check_random(spec)


@pytest.mark.parametrize("preset", ["retinanet_lite", "fcos_lite", "fcos"])
def test_detection_export_decodes_like_the_library(preset):
    from heads import detector

    spec = heads.get_preset(preset, None, num_classes=3)
    module = _load(to_python(spec, "Det"))
    graph = heads.GraphHead(spec).eval()
    x = _inputs(spec, 96, 2)
    with torch.no_grad():
        out = graph(x)
    # Spread the scores so that some boxes pass the threshold and suppression has work to do.
    out = {k: torch.randn_like(v) * 3 for k, v in out.items()}
    sizes = [(96, 96), (80, 90)]
    # torchvision's presets space anchors by input_size // feature_size: at 96x96 its P6 and P7
    # anchors lie 48 and 96 pixels apart, not 64 and 128.
    feature_sizes = detector.feature_sizes_for(spec, 96)
    for fs, input_size in ((None, None), (feature_sizes, (96, 96))):
        want = detector.decode_detections(
            spec, out, fs, sizes, input_size=input_size, score_threshold=0.3
        )
        got = module.decode_detections(out, sizes, fs, input_size=input_size, score_threshold=0.3)
        assert sum(len(d["boxes"]) for d in want) > 0
        for w, g in zip(want, got, strict=True):
            assert torch.equal(w["labels"], g["labels"])
            torch.testing.assert_close(g["boxes"], w["boxes"], rtol=0, atol=1e-5)
            torch.testing.assert_close(g["scores"], w["scores"], rtol=0, atol=1e-6)


_CLASH_SOURCE = """
from __future__ import annotations

from torch import Tensor, nn

SCALE = {scale}


def _helper(x: Tensor) -> Tensor:
    return x * SCALE


class Block(nn.Module):
    def __init__(self, in_channels: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_channels, in_channels, 1)

    def forward(self, x: Tensor) -> Tensor:
        return _helper(self.conv(x))
"""


@pytest.fixture
def clashing_blocks(tmp_path):
    """Two heads modules defining the same names (SCALE, _helper, Block), each a block."""
    import importlib.util
    from dataclasses import dataclass

    from heads import registry
    from heads.spec import BlockPlan, Kind, TensorType

    @dataclass(frozen=True)
    class NoParams:
        pass

    names = []
    for suffix, scale in (("a", 2.0), ("b", 3.0)):
        name = f"heads._clash_{suffix}"
        path = tmp_path / f"_clash_{suffix}.py"
        path.write_text(_CLASH_SOURCE.format(scale=scale))
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)

        def plan_fn(inputs, p):
            return BlockPlan(
                {"in_channels": inputs[0].channels},
                (TensorType(Kind.MAP, inputs[0].channels, inputs[0].stride),),
            )

        registry.register_block(f"clash_{suffix}", params=NoParams, module=module.Block)(plan_fn)
        names.append((name, f"clash_{suffix}"))
    yield NoParams
    for module_name, block in names:
        registry._BLOCKS.pop(block, None)
        sys.modules.pop(module_name, None)


def test_same_names_from_two_modules_are_renamed(clashing_blocks):
    spec = HeadSpec(
        Task.SEGMENTATION,
        {"c3": FeatureInfo(4, 8)},
        (
            Node("first", "clash_a", ("c3",), clashing_blocks()),
            Node("second", "clash_b", ("first",), clashing_blocks()),
        ),
        {"mask_logits": "second"},
    )
    code = to_python(spec)
    assert "class Block_clash_b(nn.Module)" in code and "SCALE_clash_b = 3.0" in code
    assert "return _helper_clash_b(self.conv(x))" in code and "x * SCALE_clash_b" in code
    _assert_parity(spec, code)


GOLDEN = Path(__file__).parent / "golden"
#: Exports kept byte for byte (every preset but the larger detection ones, which share their
#: code with fcos_lite and retinanet_lite), as ``<preset>.py.txt`` so that neither pytest nor
#: ruff takes them for the project's modules. Regenerate on purpose with
#: ``UPDATE_GOLDEN=1 pytest tests/designer/test_codegen.py -k golden``.
GOLDEN_PRESETS = sorted(p.name.removesuffix(".py.txt") for p in GOLDEN.glob("*.py.txt"))


@pytest.mark.parametrize("preset", GOLDEN_PRESETS)
def test_exported_code_matches_golden(preset):
    code = to_python(small_preset(preset))
    path = GOLDEN / f"{preset}.py.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(code)
    assert code == path.read_text(), f"{preset}: the exported code changed; see the diff"


def test_exported_instance_masks_equal_the_library():
    from heads import detector

    spec = heads.get_preset("fcos_instance", None, num_classes=3, channels=16, mask_channels=8)
    module = _load(to_python(spec, "Inst"))
    graph = heads.GraphHead(spec).eval()
    with torch.device("meta"):
        exported = module.Inst().eval()
    exported.load_state_dict(graph.state_dict(), strict=True, assign=True)
    x = _inputs(spec, 96, 2)
    with torch.no_grad():
        out, out_exported = graph(x), exported(x)
    sizes = [(96, 96), (80, 90)]
    dets = detector.decode_detections(
        spec, out, None, sizes, score_threshold=0.0, detections_per_img=7
    )
    want = detector.instance_masks(spec, graph, out, dets, sizes)
    got = exported.masks.predict_levels(out_exported["aux_mask_levels"], dets, sizes)
    for w, g, size in zip(want, got, sizes, strict=True):
        assert w["masks"].shape == (7, 1, *size)
        torch.testing.assert_close(g["masks"], w["masks"], rtol=0, atol=1e-6)
