"""Training on cached frozen features: learning, determinism, cancellation, export parity."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

import heads
from designer.data.formats import Dataset, Sample
from designer.features import FeatureCache, cache_features
from designer.training import (
    TinyBackbone,
    TrainConfig,
    image_tensor,
    resolve_design,
    train_head,
)

SIZE = 64
COLOURS = [(220, 40, 40), (40, 200, 40), (40, 40, 220)]


def _colour_dataset(n: int = 36, seed: int = 0) -> Dataset:
    # Class = the colour of a square on a grey, noisy background (learnable from random convs).
    rng = np.random.default_rng(seed)
    samples = []
    for i in range(n):
        k = i % len(COLOURS)
        arr = (rng.random((SIZE, SIZE, 3)) * 60 + 100).astype(np.uint8)
        x, y = rng.integers(0, SIZE - 24, size=2)
        arr[y : y + 24, x : x + 24] = COLOURS[k]
        samples.append(Sample(Image.fromarray(arr), f"{i}.png", label=k))
    return Dataset("classification", ["red", "green", "blue"], samples)


def _seg_dataset(n: int = 16, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    samples = []
    for i in range(n):
        arr = np.full((SIZE, SIZE, 3), 128, np.uint8)
        mask = np.zeros((SIZE, SIZE), np.int64)
        x, y = rng.integers(0, SIZE - 32, size=2)
        arr[y : y + 32, x : x + 32] = (230, 30, 30)
        mask[y : y + 32, x : x + 32] = 1
        samples.append(Sample(Image.fromarray(arr), f"{i}.png", mask=mask))
    return Dataset("segmentation", ["background", "square"], samples)


CFG = TrainConfig(epochs=6, batch_size=8, lr=1e-2, image_size=SIZE, patience=0)


def test_training_improves_accuracy():
    ds = _colour_dataset()
    history = []
    res = train_head("conv_pool", ds, TinyBackbone(), CFG, progress=history.append)
    assert not res.cancelled and res.stop_reason == "epochs"
    epochs = [p for p in history if p.stage == "epoch"]
    assert len(epochs) == 6 and history[-1].stage == "done"
    assert any(p.stage == "features" for p in history) and any(p.stage == "train" for p in history)
    # An untrained head of the same spec is at chance; the trained one is far better.
    assert res.metrics["accuracy"] >= 0.85
    assert res.history[-1]["loss"] < res.history[0]["loss"]
    assert set(res.metrics) == {"accuracy", "macro_f1"}


def test_same_seed_same_result():
    ds = _colour_dataset(24)
    cfg = TrainConfig(epochs=2, batch_size=8, image_size=SIZE, seed=3)
    a = train_head("mlp", ds, TinyBackbone(), cfg)
    b = train_head("mlp", ds, TinyBackbone(), cfg)
    assert a.state_dict.keys() == b.state_dict.keys()
    for k in a.state_dict:
        assert torch.equal(a.state_dict[k], b.state_dict[k]), k
    assert a.history[-1]["loss"] == b.history[-1]["loss"]
    c = train_head(
        "mlp", ds, TinyBackbone(), TrainConfig(epochs=2, batch_size=8, image_size=SIZE, seed=4)
    )
    assert not torch.equal(
        a.state_dict["classifier.fc.weight"], c.state_dict["classifier.fc.weight"]
    )


def test_cancel_leaves_previous_head_in_place():
    ds = _colour_dataset(24)
    bb = TinyBackbone()
    previous = train_head("linear", ds, bb, TrainConfig(epochs=1, batch_size=8, image_size=SIZE))
    head = previous.head()
    before = {k: v.clone() for k, v in head.state_dict().items()}
    cancel = threading.Event()

    def stop_on_first_step(p):
        if p.stage == "train":
            cancel.set()

    res = train_head("linear", ds, bb, CFG, progress=stop_on_first_step, cancel=cancel,
                     init_state=head.state_dict())  # fmt: skip
    assert res.cancelled and res.state_dict is None and res.stop_reason == "cancelled"
    with pytest.raises(ValueError, match="cancelled"):
        res.head()
    for k, v in head.state_dict().items():
        assert torch.equal(v, before[k])
    # Cancelled while caching features: stops before any training.
    cancel2 = threading.Event()
    cancel2.set()
    res2 = train_head("linear", ds, bb, CFG, cancel=cancel2)
    assert res2.cancelled and res2.history == []


def test_weights_load_into_exported_code():
    codegen = pytest.importorskip("designer.codegen")
    res = train_head(
        "conv_pool",
        _colour_dataset(24),
        TinyBackbone(),
        TrainConfig(epochs=1, batch_size=8, image_size=SIZE),
    )
    ns: dict = {}
    exec(compile(codegen.to_python(res.spec, "Trained"), "trained.py", "exec"), ns)
    exported = ns["Trained"]().eval()
    exported.load_state_dict(res.state_dict, strict=True)
    feats = TinyBackbone()(torch.randn(2, 3, SIZE, SIZE))
    want = res.head()(feats)["logits"]
    got = exported(feats)["logits"]
    torch.testing.assert_close(got, want)


def test_segmentation_training_and_save(tmp_path):
    ds = _seg_dataset()
    spec = heads.get_preset("unet", TinyBackbone().feature_info, num_classes=2)
    res = train_head(
        spec,
        ds,
        TinyBackbone(),
        TrainConfig(epochs=8, batch_size=4, lr=1e-2, image_size=SIZE, patience=0),
    )
    assert res.metrics["miou"] > 0.6
    assert len(res.metrics["per_class_iou"]) == 2
    paths = res.save(tmp_path)
    assert paths["curves"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from safetensors.torch import load_file

    state = load_file(paths["weights"])
    head = heads.GraphHead(heads.HeadSpec.from_json(paths["spec"].read_text()))
    head.load_state_dict(state, strict=True)
    import json

    summary = json.loads(paths["metrics"].read_text())
    assert summary["metrics"]["miou"] == pytest.approx(res.metrics["miou"])


def test_design_must_fit_task_and_backbone():
    info = TinyBackbone().feature_info
    with pytest.raises(heads.SpecError, match="segmentation head; the data is for classification"):
        resolve_design("unet", "classification", info, 3)
    other = heads.get_preset("linear", {"c5": heads.FeatureInfo(64, 32)}, num_classes=3)
    with pytest.raises(heads.SpecError, match="64@s32 in the design but 32@s32 in the backbone"):
        resolve_design(other, "classification", info, 3)
    spec = resolve_design(
        heads.get_preset("linear", info, num_classes=7).to_json(), "classification", info, 3
    )
    assert spec.node("classifier").params.num_classes == 3


def test_feature_cache_spills_to_disk_and_flips(tmp_path):
    bb = TinyBackbone()
    imgs = torch.stack([image_tensor(s.load_image(), SIZE) for s in _colour_dataset(6).train])
    mem = cache_features(bb, imgs, 6, flip=True, batch_size=4)
    disk = cache_features(
        bb, imgs, 6, flip=True, batch_size=4, max_memory_bytes=0, spill_dir=tmp_path
    )
    assert not mem.on_disk and disk.on_disk and len(disk) == 12
    assert any(tmp_path.iterdir())
    idx = [0, 7, 11]
    for k in bb.feature_info:
        torch.testing.assert_close(mem.get(idx)[k], disk.get(idx)[k])
    # Entry n + i holds the features of the mirrored image i (fp16 storage).
    want = bb(torch.flip(imgs[1:2], dims=[3]))["c4"]
    torch.testing.assert_close(mem.get([7])["c4"], want, atol=2e-2, rtol=1e-2)
    assert mem.get([0])["c4"].dtype == torch.float32
    cache = FeatureCache({"a": (4, 2, 2)}, count=3)
    assert cache.nbytes == 3 * 16 * 2


def test_background_runs_report_hand_over_and_cancel(monkeypatch):
    from designer import session as ss
    from designer.training import jobs

    bb = TinyBackbone()
    spec = heads.get_preset("linear", bb.feature_info, num_classes=5)
    design = ss.new_session("tiny", spec)
    request = jobs.TrainRequest("shapes", None, 12, 2, 0, 4, 1e-3, 0, SIZE)
    updates = list(jobs.train_in_app(design, request, backbone=bb))
    last = updates[-1]
    assert last.status.startswith("Done") and last.curves.endswith("curves.png")
    assert last.metrics["task"] == "classification"
    # Weights, spec and metrics, and the reports saved with the run (shown in the tab).
    names = {Path(f).name for f in last.files}
    assert {"head.safetensors", "head.json", "confusion_matrix.png", "worst.png"} <= names
    assert [Path(p).name for p, _ in last.reports] == ["confusion_matrix.png", "worst.png"]
    # The head carries what it was trained on.
    assert last.trained.card["dataset"] == "synthetic Shapes" and last.trained.card["synthetic"]
    # The curves were drawn while training ran.
    assert any(u.curves and "curves_" in u.curves for u in updates[:-1])
    # The trained head, adopted, is what the design then carries.
    trained, _ = ss.with_trained(design, last.trained)
    assert ss.trained_weights(trained) is last.trained
    heads.build_head(None, trained.spec).load_state_dict(last.trained.state_dict, strict=True)
    assert ss.trained_weights(ss.set_params(trained, "pool", {"pool_type": "max"})[0]) is None
    # Missing upload: a message, nothing to adopt.
    (only,) = jobs.train_in_app(design, jobs.TrainRequest("upload"), backbone=bb)
    assert only.status.startswith("Cannot train") and only.trained is None
    # Cancelled by the session's id from elsewhere: no files, nothing to adopt. The run is held
    # at its first epoch's report until then (early stopping could otherwise end it first).
    real = jobs.train_head

    def held(*args, progress, cancel, **kwargs):
        def report(p):
            progress(p)
            if p.stage == "epoch":
                cancel.wait(120)

        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(jobs, "train_head", held)
    long_run = jobs.TrainRequest("shapes", None, 12, 500, 0, 4, 1e-3, 0, SIZE)
    run = jobs.train_in_app(trained, long_run, backbone=bb)
    first = next(run)
    assert first.files is None and jobs.running(trained.id)
    try:
        (second,) = jobs.train_in_app(trained, long_run, backbone=bb)
        assert second.status.startswith("Cannot train") and "still going" in second.status
    finally:
        assert jobs.cancel(trained.id)
    *_, end = run
    assert end.status.startswith("Cancelled") and end.trained is None and end.files is None
    assert not jobs.running(trained.id) and not jobs.cancel(trained.id)


def test_training_loss_is_the_librarys_detection_loss():
    """The loop's detection loss is :func:`heads.detection_loss` on the same batch, with every
    spec parameter honoured (here a centre-sampling radius other than FCOS's default)."""
    from designer.training.tasks import TASKS, Context, detection_loss_options
    from heads.detector import feature_sizes_for

    bb = TinyBackbone()
    spec = heads.get_preset("fcos_lite", bb.feature_info, num_classes=2)
    node = next(n for n in spec.nodes if n.block == "fcos_head")
    spec = spec.with_params(node.name, center_sampling_radius=0.5)
    size = 128
    torch.manual_seed(0)
    out = heads.GraphHead(spec)(bb(torch.randn(2, 3, size, size)))
    targets = [
        {"boxes": torch.tensor([[10.0, 12.0, 80.0, 90.0]]), "labels": torch.tensor([1])},
        {"boxes": torch.tensor([[20.0, 20.0, 60.0, 44.0], [0, 70, 120, 128]]),
         "labels": torch.tensor([0, 1])},
    ]  # fmt: skip
    ctx = Context(spec, size, 2, 2, box_sizes=(20.0, 120.0))
    got = TASKS[heads.Task.DETECTION].loss(out, targets, ctx)
    sizes = feature_sizes_for(spec, size)
    want = heads.detection_loss(spec, out, targets, sizes, **detection_loss_options(ctx))
    torch.testing.assert_close(got, sum(want.values()))
    # The radius is the spec's: the default radius gives another loss.
    other = heads.detection_loss(spec, out, targets, sizes, center_sampling_radius=1.5,
                                 **detection_loss_options(ctx))  # fmt: skip
    assert not torch.isclose(got, sum(other.values()))


def test_the_curves_are_redrawn_at_most_once_a_second_and_at_the_end(monkeypatch):
    from designer import session as ss
    from designer.training import jobs

    bb = TinyBackbone()
    spec = heads.get_preset("linear", bb.feature_info, num_classes=5)
    design = ss.new_session("tiny", spec)
    drawn: list[int] = []
    monkeypatch.setattr(jobs, "plot_curves", lambda history: drawn.append(len(history)) or b"png")
    request = jobs.TrainRequest("shapes", None, 12, 12, 0, 4, 1e-3, 0, SIZE)
    clock = iter(range(0, 10_000, 3))  # readings 0.3 s apart
    monkeypatch.setattr(jobs.time, "monotonic", lambda: next(clock) / 10)
    updates = list(jobs.train_in_app(design, request, backbone=bb))
    assert updates[-1].status.startswith("Done")
    # the first epoch at once, then at least a second (four readings) between drawings
    assert drawn[0] == 1 and all(b - a >= 3 for a, b in zip(drawn, drawn[1:], strict=False))
    assert 1 < len(drawn) <= 4
    # what the run shows while it goes is the last drawing; the run's own file holds all epochs
    shown = [u.curves for u in updates[:-1] if u.curves and "curves_" in u.curves]
    assert shown[-1].endswith(f"curves_{drawn[-1]:04d}.png")
    assert updates[-1].curves.endswith("curves.png")
