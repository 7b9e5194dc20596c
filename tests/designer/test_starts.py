"""Pretrained starts in the session model, weights kept across undo, what a head knows, photo
sets, and the last-epoch choice for a few photos (no app server)."""

from __future__ import annotations

import pytest
import torch
import torchvision
from PIL import Image

import heads
from designer import photoset as ps
from designer import pretrained as P
from designer import session as ss
from designer import starts
from designer.data.formats import Dataset, Sample
from designer.inference import Predictor, TinyBackbone
from designer.training import Keep, TrainConfig, train_head

START = "lraspp_mobilenet_v3_large"


@pytest.fixture
def backends(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch_home"))
    path = P.weights_path(START)
    path.parent.mkdir(parents=True)
    torch.manual_seed(0)
    model = torchvision.models.get_model(START, weights=None, weights_backbone=None)
    torch.save(model.state_dict(), path)
    P.clear_cache()
    yield ss.Backends(Predictor(backbone=TinyBackbone()))
    P.clear_cache()


def _trained_session() -> ss.Session:
    bb = TinyBackbone()
    spec = heads.get_preset("linear", bb.feature_info, num_classes=2)
    s = ss.new_session("tiny", spec)
    head = ss.TrainedHead(spec, "tiny", heads.build_head(None, spec).state_dict(), ("a", "b"),
                          card={"dataset": "your photos", "image_count": 8})  # fmt: skip
    s, _ = ss.with_trained(s, head)
    return s


def test_weights_adopted_before_a_start_come_back_with_undo(backends):
    s = _trained_session()
    mine = ss.trained_weights(s)
    assert ss.knowledge_for(s).text == "this head knows: a, b — your photos (8 images)"
    started, msg = starts.choose_pretrained(s, START, resize_size=64, backends=backends)
    assert started.pretrained.name == START and started.backbone == START, msg
    assert ss.trained_weights(started).class_names[15] == "person"
    back, _ = ss.undo(started)
    assert ss.trained_weights(back) is mine and back.pretrained is None
    assert ss.knowledge_for(back).ok
    again, _ = ss.redo(back)
    assert ss.trained_weights(again) is ss.trained_weights(started)


def test_another_backbone_leaves_the_start(backends):
    s = ss.initial_session(backends)
    started, _ = starts.choose_pretrained(s, START, resize_size=64, backends=backends)
    moved, msg = ss.change_backbone(started, "tiny", backends=backends)
    assert moved.backbone == "tiny" and moved.pretrained is None, msg
    assert ss.undo(moved)[0].pretrained == started.pretrained
    # The header lists the start's backbone while the design sits on it.
    assert backends.choices(START)[0] == (f"{START} (pretrained start: COCO/VOC weights)", START)
    assert START not in dict((v, k) for k, v in backends.choices("tiny"))


def test_what_a_head_knows_and_the_way_out():
    s = ss.initial_session(ss.Backends(Predictor(backbone=TinyBackbone())), "detection")
    k = ss.knowledge_for(s)
    assert not k.trained and not k.ok
    assert ss.knowledge_text(k).startswith("⚠ This head is untrained (random weights)")
    from designer.inference import default_head

    bundle = default_head("detection")
    if bundle.state_dict is None:
        pytest.skip("no bundled detection head")
    shapes = ss.new_session(bundle.backbone, bundle.spec)
    k = ss.knowledge_for(shapes)
    assert k.trained and k.synthetic and not k.ok
    assert "photos will not be recognised" in k.text and ss.APP_WAY_OUT in k.text
    assert ss.prediction_notes([], "efficientnet_lite0") == (
        "✓ The backbone (efficientnet_lite0) has trained weights."
    )


def test_a_photo_set_refuses_what_it_cannot_hold(tmp_path, monkeypatch):
    p, _ = ps.add_class(ps.PhotoSet(), "cat")
    assert ps.add_class(p, "x" * 41)[1] == "Not added: the class name is 41 characters; at most 40."
    assert ps.add_class(p, "a\nb")[1] == "Not added: the class name holds control characters."
    good = tmp_path / "cat.png"
    Image.new("RGB", (20, 20), "red").save(good)
    monkeypatch.setattr(ps, "MAX_PHOTOS", 3)
    p, msg = ps.add_photos(p, "cat", [str(good)] * 5)
    assert (
        msg == "Added 3 photos to class 'cat' (3 now). Not added: 2 more (a class holds at most 3)."
    )
    assert ps.add_photos(p, "cat", [str(good)])[0] is p  # full: the same value
    assert ps.problem(p) == "add at least two classes (there is 1)"
    html = ps.cards_html(p, "cat")
    assert "mh-photo-selected" in html and html.count("<img") == 3
    assert "&lt;b&gt;" in ps.cards_html(ps.add_class(p, "<b>")[0])


def test_keep_last_returns_the_last_epoch_when_validation_cannot_tell():
    # Two colours, one validation image: accuracy is perfect after an epoch or two.
    imgs = [Sample(Image.new("RGB", (32, 32), (255 * (i % 2), 0, 0)), f"{i}.png", label=i % 2)
            for i in range(6)]  # fmt: skip
    ds = Dataset("classification", ["black", "red"], imgs)
    common = {"epochs": 6, "image_size": 32, "lr": 0.05, "patience": 0, "val_fraction": 0.2}
    best = train_head("linear", ds, TinyBackbone(), TrainConfig(**common))
    last = train_head("linear", ds, TinyBackbone(), TrainConfig(**common, keep=Keep.LAST))
    assert last.best_epoch == 6
    # BEST keeps the first epoch that reached the top accuracy, however many follow.
    first_top = next(h["epoch"] for h in best.history if h["accuracy"] == 1.0)
    assert best.best_epoch == first_top < 6
    assert not torch.equal(best.state_dict["classifier.fc.weight"],
                           last.state_dict["classifier.fc.weight"])  # fmt: skip
