"""The parameter enums live in ``heads.params``; the modules that use them re-export them."""

import heads.losses
import heads.losses.detection
import heads.nms
import heads.params


def test_postprocessing_and_loss_enums_are_one_class_under_every_import_path():
    assert heads.nms.Suppression is heads.params.Suppression
    assert heads.nms.Decay is heads.params.Decay
    assert heads.losses.detection.BoxLoss is heads.params.BoxLoss
    assert heads.losses.BoxLoss is heads.params.BoxLoss
    assert {"Suppression", "Decay"} <= set(heads.nms.__all__)
    assert "BoxLoss" in heads.losses.detection.__all__


def test_enum_values_are_unchanged():
    assert [m.value for m in heads.params.Suppression] == [
        "hard",
        "class_aware",
        "soft_linear",
        "soft_gaussian",
        "diou",
        "matrix",
        "wbf",
        "topk",
        "wbf_nms",
    ]
    assert [m.value for m in heads.params.Decay] == ["linear", "gaussian"]
    assert [m.value for m in heads.params.BoxLoss] == ["l1", "smooth_l1", "giou", "diou", "ciou"]
    assert heads.params.Suppression("wbf") is heads.nms.Suppression.WBF
    assert [m.value for m in heads.params.WBFConf] == [
        "avg",
        "max",
        "box_and_model_avg",
        "absent_model_aware_avg",
    ]
