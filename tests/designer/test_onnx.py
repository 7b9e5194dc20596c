"""ONNX export: parity under onnxruntime, decoding inside the graph, sizes, metadata, errors.

Raw outputs must be within 1e-4 of torch's at sizes other than the traced one; decoded
detections must be the boxes :func:`heads.decode_detections` keeps. The quick tests take one
preset per task and the bundled Shapes heads on the example images; the slow ones every preset
and random specs from the fuzz strategy.
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings

import heads
from designer.contract import METADATA_KEY, Contract, contract_for
from designer.onnx_export import (
    DECODED_OUTPUTS,
    SPACING,
    SPEC_KEY,
    DetectionDecoder,
    OnnxExportError,
    OnnxOptions,
    Outputs,
    Sizes,
    batched_nms,
    dense_level_sizes,
    export_onnx,
    fixed_size_nodes,
    output_names,
    read_contract,
    save_onnx,
)
from tests.designer.onnx_checks import lite0_levels, same_detections

ort = pytest.importorskip("onnxruntime")
onnx = pytest.importorskip("onnx")

ROOT = Path(__file__).resolve().parents[2]
TOL = 1e-4


def _session(model: bytes):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.log_severity_level = 3
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _levels(spec, names, size, batch, seed=0):
    from heads.analysis import level_shape

    g = torch.Generator().manual_seed(seed)
    info = dict(spec.inputs)
    return {k: torch.randn(level_shape(info[k], size, batch), generator=g) for k in names}


def _raw(spec, state, levels):
    head = heads.GraphHead(spec).eval()
    head.load_state_dict(state)
    with torch.no_grad():
        out = head(levels)
    flat = {}
    for key, value in out.items():
        if isinstance(value, list | tuple):
            flat.update({f"{key}_{i}": v for i, v in enumerate(value)})
        else:
            flat[key] = value
    return flat


def _fresh(spec, seed=0):
    torch.manual_seed(seed)
    return heads.GraphHead(spec).state_dict()


def _spread(state):
    """An untrained detection head's class scores spread out (its prior bias makes every score
    about 0.01), so that some boxes pass a threshold and none tie."""
    g = torch.Generator().manual_seed(1)
    for k in state:
        # the class predictor: RetinaNet's and FCOS's cls_logits, the last conv of YOLO's branches
        if "cls_logits" not in k and not re.search(r"cls_branches\.\d+\.\d+\.(weight|bias)$", k):
            continue
        if k.endswith("weight"):
            state[k] = torch.randn(state[k].shape, generator=g) * 0.05
        elif k.endswith("bias"):
            state[k] = torch.full_like(state[k], -1.5)
    return state


#: PointRend's sampled points (torch.topk(sorted=False)) come in no defined order: compared as
#: sets, each image's points ordered by their coordinates.
POINT_SETS = ("aux_point_coords", "aux_point_logits")


def _by_points(values: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    if "aux_point_coords" not in values:
        return values
    coords = values["aux_point_coords"]  # (N, P, 2)
    order = np.stack([np.lexsort(c.T[::-1]) for c in coords])  # (N, P)
    out = dict(values)
    for key in POINT_SETS:
        if key in values:
            out[key] = np.take_along_axis(values[key], order[..., None], axis=1)
    return out


def _assert_close(name, value, ref, *where):
    """One output of onnxruntime equals torch's within TOL (relative to its largest value)."""
    assert value.shape == ref.shape, (name, *where)
    if ref.size:  # an empty output (no points, no boxes) has nothing more to compare
        err = np.abs(value - ref).max()
        assert err <= TOL * max(1.0, np.abs(ref).max()), (name, *where, err)


def check_raw_parity(spec, result, state, sizes, batches=(1, 3)):
    """onnxruntime's outputs equal torch's within TOL at every size and batch given."""
    sess = _session(result.model)
    assert tuple(i.name for i in sess.get_inputs()) == result.inputs
    assert tuple(o.name for o in sess.get_outputs()) == result.outputs
    for size, batch in zip(sizes, batches):
        levels = _levels(spec, result.inputs, (size[0], size[1]), batch, seed=size[0] + batch)
        got = _by_points(
            dict(zip(result.outputs, sess.run(None, {k: v.numpy() for k, v in levels.items()})))
        )
        want = _by_points({k: v.numpy() for k, v in _raw(spec, state, levels).items()})
        for name in result.outputs:
            _assert_close(name, got[name], want[name], size, batch)


# ---------------------------------------------------------------------------------------------
# One preset per task: dynamic sizes, names, metadata, determinism
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def linear_export():
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(48, 32)}, num_classes=4)
    state = _fresh(spec)
    contract = contract_for(spec, "resnet18", class_names=("a", "b", "c", "d"))
    return (
        spec,
        state,
        export_onnx(spec, state, options=OnnxOptions(image_size=64), contract=contract),
    )


def test_classification_head_is_dynamic_named_and_described(linear_export):
    spec, state, result = linear_export
    assert result.inputs == ("c5",) and result.outputs == ("logits",)
    assert result.dynamic == ("batch", "height_32", "width_32")
    check_raw_parity(spec, result, state, [(64, 64), (96, 160), (224, 224)], (1, 3, 2))
    model = onnx.load_from_string(result.model)
    dims = [d.dim_param or d.dim_value for d in model.graph.input[0].type.tensor_type.shape.dim]
    assert dims == ["batch", 48, "height_32", "width_32"]
    props = {p.key: p.value for p in model.metadata_props}
    assert heads.HeadSpec.from_json(props[SPEC_KEY]) == spec
    contract = Contract.from_json(props[METADATA_KEY])
    assert contract == read_contract(result.model)
    assert contract.backbone == "resnet18" and contract.class_names == ("a", "b", "c", "d")
    assert "backbone: resnet18" in model.doc_string and "logits" in model.doc_string


def test_same_spec_and_weights_give_the_same_bytes(linear_export):
    spec, state, result = linear_export
    contract = contract_for(spec, "resnet18", class_names=("a", "b", "c", "d"))
    again = export_onnx(spec, state, options=OnnxOptions(image_size=64), contract=contract)
    assert again.model == result.model
    other = {k: v + 1 for k, v in state.items()}
    assert export_onnx(spec, other, options=OnnxOptions(image_size=64)).model != result.model


def test_classification_decoded_scores(linear_export):
    spec, state, _ = linear_export
    result = export_onnx(spec, state, options=OnnxOptions(image_size=64, outputs=Outputs.DECODED))
    assert result.outputs == ("scores",)
    levels = _levels(spec, ["c5"], (96, 64), 2)
    (scores,) = _session(result.model).run(None, {"c5": levels["c5"].numpy()})
    want = _raw(spec, state, levels)["logits"].softmax(-1).numpy()
    assert np.abs(scores - want).max() < TOL


@pytest.mark.slow
@pytest.mark.parametrize("preset", ["fcos_lite", "lite_unet"])
def test_dense_heads_raw_parity_at_other_sizes(preset):
    spec = heads.get_preset(preset, num_classes=3)
    state = _fresh(spec)
    result = export_onnx(spec, state, options=OnnxOptions(image_size=128))
    assert result.dynamic[0] == "batch" and len(result.dynamic) == 3
    assert not result.notes
    check_raw_parity(spec, result, state, [(128, 128), (96, 224)], (2, 1))


# ---------------------------------------------------------------------------------------------
# Decoding inside the graph, on the bundled heads and the example images
# ---------------------------------------------------------------------------------------------


def test_bundled_segmentation_mask_is_the_argmax():
    from PIL import Image

    from designer.inference import default_head

    bundle = default_head("segmentation")
    if bundle.state_dict is None:
        pytest.skip("no bundled segmentation head")
    result = export_onnx(
        bundle.spec, bundle.state_dict, options=OnnxOptions(image_size=256, outputs=Outputs.DECODED)
    )
    assert result.outputs == ("mask",)
    image = Image.open(ROOT / "assets" / "examples" / "shapes_1.png").convert("RGB")
    levels, _ = lite0_levels(result.inputs, image)
    (mask,) = _session(result.model).run(None, {k: v.numpy() for k, v in levels.items()})
    want = _raw(bundle.spec, bundle.state_dict, levels)["mask_logits"].argmax(1).numpy()
    assert mask.shape == want.shape and mask.dtype == np.int64
    assert (mask == want).mean() > 0.999
    assert len(np.unique(want)) > 1


@pytest.mark.parametrize("preset", ["retinanet", "fcos"])
def test_decoder_places_anchors_as_the_library_at_odd_map_sizes(preset):
    # 352x544: P6 is 6x9 and P7 3x5, so torchvision's spacing rule differs from the strides.
    spec = heads.get_preset(preset, num_classes=3)
    state = _spread(_fresh(spec))
    levels = _levels(spec, [k for k, _ in spec.inputs], (352, 544), 2, seed=3)
    head = heads.GraphHead(spec).eval()
    head.load_state_dict(state)
    options = OnnxOptions(score_threshold=0.2).checked()
    decoder = DetectionDecoder(spec, options)
    sizes, input_size = dense_level_sizes(spec, levels)
    assert input_size == (352, 544)
    from heads.detector import anchors_for

    assert torch.equal(
        decoder.anchors(sizes, input_size),
        torch.cat(anchors_for(spec, sizes, input_size=input_size)),
    )
    with torch.no_grad():
        out = head(levels)
        got = decoder(out, sizes, input_size)
    refs = heads.decode_detections(
        spec, out, None, [input_size] * 2, score_threshold=0.2, detections_per_img=100
    )
    assert sum(len(r["labels"]) for r in refs) > 0
    same_detections([t.numpy() for t in got], refs, atol=1e-4)


def test_every_anchor_stride_rule_has_a_graph_form():
    from heads.params import AnchorStride

    assert set(SPACING) == set(AnchorStride)


def test_graph_nms_keeps_the_best_per_image():
    boxes = torch.tensor(
        [
            [[0.0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60]],
            [[0, 0, 5, 5], [0, 0, 5, 5], [9, 9, 20, 20]],
        ]
    )
    scores = torch.tensor([[0.9, 0.8, 0.7], [0.2, 0.6, 0.05]])
    keep = batched_nms(boxes, scores, 10, 0.5, 0.1)
    assert keep.tolist() == [[0, 0, 0], [0, 0, 2], [1, 0, 1]]
    assert batched_nms(boxes, scores, 1, 0.5, 0.1).tolist() == [[0, 0, 0], [1, 0, 1]]


# ---------------------------------------------------------------------------------------------
# Sizes and errors
# ---------------------------------------------------------------------------------------------


def test_pyramid_pooling_needs_a_fixed_size_and_says_where():
    spec = heads.get_preset("upernet", num_classes=3)
    head = heads.GraphHead(spec)
    found = dict(fixed_size_nodes(head))
    assert list(found) == [n.name for n in spec.nodes if n.block == "upernet"]
    node = next(iter(found))
    assert "adaptive pooling" in found[node]
    with pytest.raises(OnnxExportError, match=f"node '{node}' prevents dynamic image sizes") as e:
        export_onnx(spec, options=OnnxOptions(sizes=Sizes.DYNAMIC))
    assert e.value.node == node
    assert fixed_size_nodes(heads.GraphHead(heads.get_preset("lite_unet"))) == []


def test_pointrend_says_why_its_size_is_fixed_and_exports_once(monkeypatch):
    import designer.onnx_export as onnx_export

    spec = heads.get_preset("lite_unet_pointrend", num_classes=3)
    found = dict(fixed_size_nodes(heads.GraphHead(spec)))
    assert list(found) == [n.name for n in spec.nodes if n.block == "pointrend"]
    assert "block pointrend" in found[next(iter(found))] and "top-k" in found[next(iter(found))]
    calls = []
    real = onnx_export._torch_export
    monkeypatch.setattr(onnx_export, "_torch_export", lambda *a: calls.append(a) or real(*a))
    result = export_onnx(spec, options=OnnxOptions(image_size=64))
    assert len(calls) == 1 and calls[0][2] is not None  # one attempt, at a fixed spatial size
    assert result.dynamic == ("batch",) and "top-k" in result.notes[0]


def test_a_node_the_exporter_cannot_take_is_named(monkeypatch):
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    pool = type(heads.GraphHead(spec).pool.pools[0])  # the average pool inside the node

    def no_onnx_form(self, x):
        return torch.cummax(x, dim=1).values.mean((2, 3))  # cummax has no ONNX operator

    monkeypatch.setattr(pool, "forward", no_onnx_form)
    with pytest.raises(OnnxExportError) as e:
        export_onnx(spec, options=OnnxOptions(image_size=64))
    assert e.value.node == "pool"
    message = str(e.value)
    assert message.startswith("node 'pool' (block pool) cannot be exported to ONNX: ")
    assert "aten.cummax" in message and "ConversionError" not in message
    assert "Traceback" not in message and "\x1b" not in message and len(message) < 400


@pytest.mark.parametrize(
    ("options", "match"),
    [
        (
            OnnxOptions(suppression="soft_gaussian"),
            "has no ONNX form; choose one of: class_aware, hard",
        ),
        (OnnxOptions(sizes="sometimes"), "sizes 'sometimes' is unknown; choose one of: auto"),
        (OnnxOptions(image_size=100), "image_size 100 must be a multiple of 32"),
        (OnnxOptions(score_threshold=2.0), "score_threshold must be between 0 and 1"),
    ],
)
def test_bad_options_are_named(options, match):
    spec = heads.get_preset("fcos_lite", num_classes=2)
    with pytest.raises(OnnxExportError, match=match):
        export_onnx(spec, options=options)


def test_weights_that_do_not_fit_are_refused(tmp_path):
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    with pytest.raises(OnnxExportError, match="the weights do not fit the design"):
        export_onnx(spec, {"classifier.weight": torch.zeros(3, 3)})
    with pytest.raises(OnnxExportError, match="must be a .onnx file"):
        save_onnx(spec, None, tmp_path / "head.py")


def test_cli_exports_onnx(tmp_path, capsys):
    from designer import cli

    out = tmp_path / "head.onnx"
    code = cli.main([
        "export", "linear", "--in-channels", "16", "--num-classes", "3", "--format", "onnx",
        "--size", "64", "--outputs", "both", "-o", str(out),
    ])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    sess = _session(out.read_bytes())
    assert [o.name for o in sess.get_outputs()] == ["logits", "scores"]
    c5 = np.random.default_rng(0).normal(size=(2, 16, 3, 5)).astype(np.float32)
    logits, scores = sess.run(None, {"c5": c5})
    assert scores.shape == (2, 3) and np.allclose(scores.sum(1), 1, atol=1e-5)
    np.testing.assert_allclose(scores, torch.from_numpy(logits).softmax(-1).numpy(), atol=1e-6)
    with pytest.raises(SystemExit) as refused:  # --decode is --outputs decoded
        cli.main(["export", "linear", "--format", "onnx", "--decode", "--outputs", "both",
                  "-o", str(out)])  # fmt: skip
    assert (
        refused.value.code == 2 and "not allowed with argument --decode" in capsys.readouterr().err
    )
    code = cli.main(["export", "upernet", "--format", "onnx", "--sizes", "dynamic", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "prevents dynamic image sizes" in err and "Traceback" not in err


# ---------------------------------------------------------------------------------------------
# Every preset, and random designs (slow: each export takes seconds)
# ---------------------------------------------------------------------------------------------

DETECTION = sorted(p.name for p in heads.list_presets("detection"))
#: SSD's default boxes are fractions of the input: no graph decoder places them yet.
SSD = sorted(p for p in DETECTION if any(n.block == "ssd_head" for n in heads.get_preset(p).nodes))
DECODED = [p for p in DETECTION if p not in SSD]
#: The presets exported raw only; each detection preset with a graph decoder is exported once,
#: with both outputs, below.
PRESETS = sorted(p.name for p in heads.list_presets() if p.name not in DECODED)


def test_the_sweeps_cover_every_preset():
    assert SSD and set(SSD) <= set(PRESETS) and set(DECODED) >= {"retinanet", "fcos", "yolo_lite"}


@pytest.mark.slow
@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_raw_parity(preset):
    spec = heads.get_preset(preset, num_classes=3)
    state = _fresh(spec)
    # 256, or a multiple of the deepest stride where the strides nest (ssdlite320's 512)
    strides = [v.stride for v in dict(spec.inputs).values() if v.kind is heads.spec.Kind.MAP]
    deepest = max(strides, default=1)
    nested = all(deepest % s == 0 for s in strides)
    size = deepest * math.ceil(256 / deepest) if nested else 256
    result = export_onnx(spec, state, options=OnnxOptions(image_size=size))
    if len(result.dynamic) == 3:
        m = int(result.dynamic[1].rsplit("_", 1)[1])
        other = (size + 2 * m, size - m if size > m else size + m)
        check_raw_parity(spec, result, state, [(size, size), other], (2, 1))
    else:  # a fixed spatial size: the notes say which node or level needs it
        assert result.notes and result.dynamic == ("batch",)
        check_raw_parity(spec, result, state, [(size, size), (size, size)], (1, 3))


@pytest.mark.parametrize("preset", SSD)
def test_ssd_decoding_in_the_graph_is_refused_and_says_why(preset):
    spec = heads.get_preset(preset, num_classes=4)
    for outputs in (Outputs.DECODED, Outputs.BOTH):
        # refused before anything is traced (its raw outputs export, above)
        with pytest.raises(OnnxExportError, match="cannot be decoded in the graph.*SSD head"):
            export_onnx(spec, options=OnnxOptions(image_size=320, outputs=outputs))


@pytest.mark.slow
@pytest.mark.parametrize("preset", DECODED)
def test_every_detection_preset_raw_and_decoded_parity(preset):
    """One export with both outputs: the raw ones equal the head's, the decoded ones
    :func:`heads.decode_detections`'s, at the traced size and at another."""
    spec = heads.get_preset(preset, num_classes=4)
    state = _spread(_fresh(spec))
    options = OnnxOptions(image_size=256, outputs=Outputs.BOTH, score_threshold=0.2)
    result = export_onnx(spec, state, options=options)
    raw = output_names(spec, Outputs.RAW)
    assert result.outputs == raw + ("boxes", "scores", "labels", "batch_index")
    assert result.dynamic == ("batch", "height_32", "width_32")
    sess = _session(result.model)
    head = heads.GraphHead(spec).eval()
    head.load_state_dict(state)
    for size, batch in [((256, 256), 2), ((192, 320), 1)]:
        levels = _levels(spec, result.inputs, size, batch, seed=size[1] + batch)
        got = sess.run(None, {k: v.numpy() for k, v in levels.items()})
        with torch.no_grad():
            out = head(levels)
        want = _raw(spec, state, levels)
        for name, value in zip(raw, got, strict=False):
            _assert_close(name, value, want[name].numpy(), size, batch)
        refs = heads.decode_detections(
            spec, out, None, [size] * batch, score_threshold=0.2, detections_per_img=100
        )
        assert sum(len(r["labels"]) for r in refs) > 0, (preset, size)  # something to compare
        same_detections(got[len(raw) :], refs)


def test_no_output_key_takes_a_decoded_name():
    # so that "both" outputs never collide
    decoded = {name for names in DECODED_OUTPUTS.values() for name in names}
    for name in decoded:
        spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
        with pytest.raises(heads.SpecError, match=f"unknown output key '{name}'"):
            heads.spec.plan(
                heads.HeadSpec.from_dict({**spec.to_dict(), "outputs": {name: "classifier"}})
            )


def _fuzz_strategy():
    path = ROOT / "tests" / "reliability" / "test_fuzz.py"
    module_spec = importlib.util.spec_from_file_location("_fuzz_specs", path)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules.setdefault("_fuzz_specs", module)
    module_spec.loader.exec_module(module)
    return module


_FUZZ = _fuzz_strategy()


@pytest.mark.slow
@pytest.mark.timeout(1800)
@settings(max_examples=5, **_FUZZ.SETTINGS)
@given(_FUZZ.valid_specs())
def test_random_specs_raw_parity(spec):
    state = _fresh(spec)
    result = export_onnx(spec, state, options=OnnxOptions(image_size=_FUZZ.IMAGE))
    sizes = [(_FUZZ.IMAGE, _FUZZ.IMAGE)]
    if len(result.dynamic) == 3:
        multiple = int(result.dynamic[1].rsplit("_", 1)[1])
        sizes.append((_FUZZ.IMAGE + 2 * multiple, _FUZZ.IMAGE + multiple))
    check_raw_parity(spec, result, state, sizes, (2, 1)[: len(sizes)])
