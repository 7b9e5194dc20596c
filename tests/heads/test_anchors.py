"""Anchors equal torchvision's AnchorGenerator for the same configuration."""

import pytest
import torch
from torchvision.models.detection.anchor_utils import AnchorGenerator
from torchvision.models.detection.image_list import ImageList

from heads.anchors import Anchors, cell_anchors, grid_anchors, octave_sizes


def _torchvision(sizes, ratios, image_size, feature_sizes):
    gen = AnchorGenerator(sizes, (ratios,) * len(sizes))
    images = ImageList(torch.zeros(2, 3, *image_size), [image_size] * 2)
    feats = [torch.zeros(2, 8, h, w) for h, w in feature_sizes]
    return gen, gen(images, feats)


@pytest.mark.parametrize(
    "image_size,feature_sizes",
    [
        ((640, 640), [(80, 80), (40, 40), (20, 20), (10, 10), (5, 5)]),
        ((256, 320), [(32, 40), (16, 20), (8, 10), (4, 5), (2, 3)]),
    ],
)
def test_retinanet_anchors_equal_torchvision(image_size, feature_sizes):
    ours = Anchors()  # RetinaNet defaults
    gen, theirs = _torchvision(ours.sizes, ours.aspect_ratios, image_size, feature_sizes)
    levels = ours.for_image(image_size, feature_sizes)
    assert ours.num_anchors_per_location() == gen.num_anchors_per_location()
    assert [len(a) for a in levels] == ours.num_anchors_per_level(feature_sizes)
    torch.testing.assert_close(torch.cat(levels), theirs[0], rtol=0, atol=0)


def test_octave_sizes_match_torchvision_retinanet():
    expected = tuple(
        (x, int(x * 2 ** (1.0 / 3)), int(x * 2 ** (2.0 / 3))) for x in [32, 64, 128, 256, 512]
    )
    assert octave_sizes((32, 64, 128, 256, 512), 3) == expected


def test_cell_and_grid_anchors_match_torchvision_generator_methods():
    gen = AnchorGenerator(((16, 24),), ((0.5, 1.0, 3.0),))
    cells = cell_anchors((16, 24), (0.5, 1.0, 3.0))
    torch.testing.assert_close(cells, gen.cell_anchors[0])
    strides = [[torch.tensor(8), torch.tensor(4)]]
    theirs = gen.grid_anchors([[3, 5]], strides)
    torch.testing.assert_close(grid_anchors([(3, 5)], [(8, 4)], [cells])[0], theirs[0])


def test_at_returns_the_anchors_of_that_location():
    anchors = Anchors()
    feature_sizes = [(32, 32), (16, 16), (8, 8), (4, 4), (2, 2)]
    levels = anchors.for_image((256, 256), feature_sizes)
    level, y, x = 1, 3, 7
    A = anchors.num_anchors_per_location()[level]
    start = (y * feature_sizes[level][1] + x) * A
    data = anchors.at(level, y, x, (256, 256), feature_sizes)
    assert len(data) == A
    assert (
        torch.tensor([d["box"] for d in data]).tolist() == levels[level][start : start + A].tolist()
    )
    assert {d["aspect_ratio"] for d in data} == {0.5, 1.0, 2.0}
    assert data[0]["stride"] == [16, 16]
    with pytest.raises(ValueError, match="outside"):
        anchors.at(level, 16, 0, (256, 256), feature_sizes)


def test_zero_area_level_gives_no_anchors():
    anchors = Anchors((8, 16), aspect_ratios=(1.0,), scales_per_octave=1)
    levels = anchors.for_image((64, 64), [(8, 8), (0, 4)])
    assert levels[1].shape == (0, 4)
    assert anchors.num_anchors_per_level([(8, 8), (0, 4)]) == [64, 0]
