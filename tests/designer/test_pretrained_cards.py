"""Head cards: bundled heads say what they know, training runs and pretrained starts carry a
card, and it survives saving and loading."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import heads
from designer.cards import bundle_from_training, head_card, knowledge_note, training_card
from designer.data.formats import Dataset, Sample
from designer.inference import HeadBundle, default_head
from designer.pretrained import get_pretrained, pretrained_card


def test_bundled_heads_say_what_they_know():
    det = knowledge_note(default_head("detection"))
    assert det.startswith(
        "this head knows: circle, square, triangle, star, hexagon — synthetic Shapes"
    )
    assert "photos will not be recognised" in det and "pretrained start" in det
    assert "own photos" in det
    seg = default_head("segmentation")
    assert "background" not in knowledge_note(seg).split("—")[0]  # classes, not the background
    cls = knowledge_note(default_head("classification"))
    assert cls.startswith("this head knows 1,000 classes (tench, goldfish") and "ImageNet-1k" in cls
    assert "will not be recognised" not in cls
    card = head_card(default_head("detection"))
    assert card["synthetic"] and card["image_count"] == 1000 and card["metrics"]["map_50"] > 0.9
    assert card["classes"] == ["circle", "square", "triangle", "star", "hexagon"]


def test_untrained_head_says_so():
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    assert "untrained" in knowledge_note(HeadBundle(spec, None, ("a", "b")))


def test_card_survives_save_and_load(tmp_path):
    spec = heads.get_preset("linear", {"c5": heads.FeatureInfo(8, 32)}, num_classes=2)
    state = heads.GraphHead(spec).state_dict()
    card = {
        "dataset": "my photos",
        "image_count": 12,
        "metrics": {"accuracy": 1.0},
        "synthetic": False,
    }
    path = HeadBundle(spec, state, ("cat", "dog"), card=card).save(tmp_path / "h.safetensors")
    loaded = HeadBundle.load(path)
    assert loaded.card == card
    assert knowledge_note(loaded) == "this head knows: cat, dog — my photos (12 images)"
    assert head_card(loaded)["metrics"] == {"accuracy": 1.0}


def test_training_card_and_bundle_from_a_run():
    from PIL import Image

    from designer.training import TinyBackbone, TrainConfig, train_head

    samples = [
        Sample(Image.new("RGB", (32, 32), (255 * (i % 2), 0, 0)), f"{i}.png", label=i % 2)
        for i in range(8)
    ]
    ds = Dataset("classification", ["black", "red"], samples, root="/data/colours")
    res = train_head("linear", ds, TinyBackbone(), TrainConfig(epochs=5, image_size=32, lr=0.05))
    card = training_card(res, ds)
    assert card["dataset"] == "colours" and card["image_count"] == 8 and not card["synthetic"]
    assert set(card["metrics"]) >= {"accuracy"}
    bundle = bundle_from_training(res, ds, dataset_name="two colours")
    assert bundle.card["dataset"] == "two colours" and bundle.class_names == ("black", "red")
    assert knowledge_note(bundle).startswith("this head knows: black, red — two colours (8 images)")
    with pytest.raises(ValueError, match="cancelled"):
        bundle_from_training(SimpleNamespace(state_dict=None), ds)


def test_pretrained_card_from_torchvision_metadata():
    card = pretrained_card(get_pretrained("fcos_resnet50_fpn"))
    assert card["dataset"].startswith("COCO train2017") and card["image_count"] == 118_287
    assert card["metrics"] == {"COCO-val2017 box_map": 39.2} and not card["synthetic"]
    seg = pretrained_card(get_pretrained("deeplabv3_resnet50"))
    assert "VOC" in seg["dataset"] and seg["metrics"]["COCO-val2017-VOC-labels miou"] == 66.4
