"""Data formats: each loads a fixture made here; each dataset problem produces its message."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pycocotools import mask as mask_utils

from designer.data.formats import (
    DataError,
    load_coco,
    load_dataset,
    load_image_folder,
    load_mask_folder,
    safe_extract,
)
from designer.data.validate import check, validate


def _img(path: Path, size=(32, 24), color=(255, 0, 0)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path)
    return path


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        h.update(str(p.relative_to(root)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def _coco(root: Path, anns, cats=({"id": 3, "name": "square"}, {"id": 7, "name": "disc"})) -> Path:
    _img(root / "images" / "a.png", (40, 30))
    data = {
        "images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30}],
        "annotations": anns,
        "categories": list(cats),
    }
    (root / "annotations.json").write_text(json.dumps(data))
    return root


# -- loaders -----------------------------------------------------------------------------------


def test_image_folder_classes_and_labels(tmp_path):
    for c, n in (("b_dog", 2), ("a_cat", 3)):
        for i in range(n):
            _img(tmp_path / c / f"{i}.jpg")
    (tmp_path / "a_cat" / "notes.txt").write_text("not an image")
    ds = load_image_folder(tmp_path)
    assert ds.class_names == ["a_cat", "b_dog"]
    assert sorted(s.label for s in ds.train) == [0, 0, 0, 1, 1]
    assert ds.val is None and validate(ds) == []
    assert ds.train[0].load_image().size == (32, 24)


def test_image_folder_fixed_split(tmp_path):
    for split in ("train", "val"):
        for c in ("x", "y"):
            _img(tmp_path / split / c / "0.png")
    ds = load_image_folder(tmp_path)
    assert ds.class_names == ["x", "y"] and len(ds.train) == 2 and len(ds.val) == 2


def test_coco_polygons_and_rle(tmp_path):
    m = np.zeros((30, 40), dtype=np.uint8, order="F")
    m[5:15, 20:30] = 1
    rle = mask_utils.encode(m)
    rle["counts"] = rle["counts"].decode()
    anns = [
        {"id": 1, "image_id": 1, "category_id": 3, "bbox": [2, 3, 10, 8],
         "segmentation": [[2, 3, 12, 3, 12, 11, 2, 11]]},
        {"id": 2, "image_id": 1, "category_id": 7, "bbox": [20, 5, 10, 10], "segmentation": rle},
    ]  # fmt: skip
    ds = load_coco(_coco(tmp_path, anns))
    assert ds.class_names == ["square", "disc"]
    (s,) = ds.train
    assert s.boxes == [(2, 3, 12, 11), (20, 5, 30, 15)] and s.labels == [0, 1]
    masks = s.instance_masks(30, 40)
    assert masks.shape == (2, 30, 40)
    assert masks[1].sum() == 100 and masks[1][5:15, 20:30].all()
    assert 60 <= masks[0].sum() <= 110 and masks[0][5, 5]
    assert validate(ds, min_train=1) == []
    # The same file read as semantic segmentation: background 0, then the categories.
    sem = load_dataset("segmentation", tmp_path)
    assert sem.class_names == ["background", "square", "disc"]
    arr = sem.train[0].load_mask()
    assert arr.shape == (30, 40) and arr[10, 25] == 2 and arr[5, 5] == 1 and arr[25, 5] == 0


def test_mask_folder(tmp_path):
    _img(tmp_path / "images" / "p.jpg", (16, 12))
    mask = np.zeros((12, 16), np.uint8)
    mask[2:6, 3:9] = 2
    mask[0, 0] = 255
    (tmp_path / "masks").mkdir()
    Image.fromarray(mask).save(tmp_path / "masks" / "p.png")
    ds = load_mask_folder(tmp_path)
    assert ds.class_names == ["class_0", "class_1", "class_2"]
    assert (ds.train[0].load_mask() == mask).all()
    assert validate(ds, min_train=1) == []
    (tmp_path / "classes.txt").write_text("bg\nroad\ncar\n")
    assert load_dataset("segmentation", tmp_path).class_names == ["bg", "road", "car"]


def test_loading_modifies_nothing(tmp_path):
    for c in ("a", "b"):
        _img(tmp_path / "d" / c / "0.png")
    before = _tree_digest(tmp_path / "d")
    with zipfile.ZipFile(tmp_path / "d.zip", "w") as zf:
        for p in (tmp_path / "d").rglob("*.png"):
            zf.write(p, p.relative_to(tmp_path))
    ds = load_dataset("classification", tmp_path / "d")
    validate(ds)
    ds2 = load_dataset("classification", tmp_path / "d.zip", extract_to=tmp_path / "x")
    assert ds2.class_names == ["a", "b"] and len(ds2.train) == 2
    assert _tree_digest(tmp_path / "d") == before


# -- zip safety --------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/abs/evil.txt"])
def test_zip_refuses_paths_outside(tmp_path, name):
    z = _zip(tmp_path / "bad.zip", {"ok.txt": b"x", name: b"y"})
    with pytest.raises(DataError, match="path leaves the archive"):
        safe_extract(z, tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path / "evil.txt").exists()


def test_zip_refuses_symlinks(tmp_path):
    z = tmp_path / "link.zip"
    with zipfile.ZipFile(z, "w") as zf:
        info = zipfile.ZipInfo("link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(DataError, match="symbolic link"):
        safe_extract(z, tmp_path / "out")


def test_zip_refuses_too_many_and_too_large(tmp_path):
    z = _zip(tmp_path / "many.zip", {f"{i}.txt": b"x" for i in range(6)})
    with pytest.raises(DataError, match="6 members, over the limit of 5"):
        safe_extract(z, tmp_path / "o1", max_files=5)
    z = _zip(tmp_path / "big.zip", {"a.bin": b"\0" * 5000})
    with pytest.raises(DataError, match="5,000 bytes uncompressed, over the limit of 4,000"):
        safe_extract(z, tmp_path / "o2", max_bytes=4000)
    bomb = _zip(tmp_path / "bomb.zip", {"a.bin": b"\0" * (4 << 20)})
    with pytest.raises(DataError, match="zip bomb"):
        safe_extract(bomb, tmp_path / "o3")


def test_zip_not_a_zip(tmp_path):
    (tmp_path / "x.zip").write_bytes(b"hello")
    with pytest.raises(DataError, match="x.zip: not a readable zip"):
        load_dataset("classification", tmp_path / "x.zip")


# -- problems ----------------------------------------------------------------------------------


def test_problem_unreadable_image(tmp_path):
    for c in ("a", "b"):
        _img(tmp_path / c / "0.png")
    (tmp_path / "b" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    msgs = [str(p) for p in validate(load_image_folder(tmp_path))]
    assert msgs == [
        "b/broken.png: cannot be opened: the image data is truncated (Truncated File Read)"
    ]


def test_problem_box_outside_and_unknown_category(tmp_path):
    anns = [
        {"id": 1, "image_id": 1, "category_id": 3, "bbox": [30, 5, 20, 5]},
        {"id": 2, "image_id": 1, "category_id": 99, "bbox": [1, 1, 5, 5]},
        {"id": 3, "image_id": 1, "category_id": 7, "bbox": [1, 1, 5, 5]},
    ]
    ds = load_coco(_coco(tmp_path, anns))
    msgs = [str(p) for p in validate(ds, min_train=1)]
    assert (
        "annotations.json: annotations[1] (id 2).category_id 99 is not a category; "
        "categories are 3, 7"
    ) in msgs
    assert any(
        m.startswith("images/a.png: box 0 (30, 5, 50, 10) lies outside the 40x30 image")
        for m in msgs
    )
    assert len(msgs) == 2
    with pytest.raises(DataError, match="category_id 99 is not a category"):
        check(ds, min_train=1)


def test_problem_mask_size_mismatch_and_bad_index(tmp_path):
    _img(tmp_path / "images" / "p.png", (16, 12))
    _img(tmp_path / "images" / "q.png", (16, 12))
    (tmp_path / "masks").mkdir()
    Image.fromarray(np.zeros((10, 16), np.uint8)).save(tmp_path / "masks" / "p.png")
    bad = np.zeros((12, 16), np.uint8)
    bad[0, 0] = 9
    Image.fromarray(bad).save(tmp_path / "masks" / "q.png")
    (tmp_path / "classes.txt").write_text("bg\nfg\n")
    msgs = [str(p) for p in validate(load_mask_folder(tmp_path))]
    assert "images/p.png: mask size 16x10 does not match the image size 16x12" in msgs
    assert any(m.startswith("images/q.png: mask has class index(es) [9]") for m in msgs)


def test_problem_empty_split(tmp_path):
    for c in ("a", "b"):
        _img(tmp_path / "train" / c / "0.png")
        (tmp_path / "val" / c).mkdir(parents=True)
    msgs = [str(p) for p in validate(load_image_folder(tmp_path))]
    assert f"{tmp_path.name}: the val split is empty" in msgs
    assert "val/a: class folder has no images" in msgs
