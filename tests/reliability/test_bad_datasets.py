"""Unsafe archives are refused with nothing written outside; bad datasets are reported by file."""

from __future__ import annotations

import pytest
from rel_common import CORPUS, manifest

from designer.data.formats import DataError, load_dataset, safe_extract
from designer.data.validate import check

DATASETS = manifest("datasets")
ZIPS = [e for e in DATASETS if e["file"].endswith(".zip")]
FOLDERS = [e for e in DATASETS if not e["file"].endswith(".zip") and e["expect"] == "error"]


@pytest.mark.parametrize("entry", ZIPS, ids=lambda e: e["file"])
def test_unsafe_archives(entry, tmp_path):
    dest = tmp_path / "inner" / "dest"
    dest.mkdir(parents=True)
    with pytest.raises(DataError) as e:
        safe_extract(CORPUS / "datasets" / entry["file"], dest)
    assert entry["file"] in str(e.value)
    # Nothing was written: not in the destination, not beside it, not at absolute paths.
    assert not any(dest.rglob("*"))
    assert [p.name for p in tmp_path.rglob("*")] == ["inner", "dest"]
    assert not (tmp_path.parent / "evil.txt").exists()
    from pathlib import Path

    assert not Path("/tmp/mh_evil_abs.txt").exists()


@pytest.mark.parametrize("entry", ZIPS, ids=lambda e: e["file"])
def test_unsafe_archives_through_load_dataset(entry, tmp_path):
    with pytest.raises(DataError):
        load_dataset("classification", CORPUS / "datasets" / entry["file"], extract_to=tmp_path)


def test_zip_limits_come_from_designer_limits(tmp_path):
    import zipfile

    from designer import limits
    from designer.data import formats

    assert formats.MAX_ZIP_BYTES <= limits.MAX_DATASET_BYTES
    assert formats.MAX_ZIP_FILES == limits.MAX_ZIP_MEMBERS
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(12):
            zf.writestr(f"d/a/{i}.txt", b"x")
    with pytest.raises(DataError, match="12 members, over the limit of 10"):
        safe_extract(path, tmp_path / "out", max_files=10)


@pytest.mark.parametrize("entry", FOLDERS, ids=lambda e: e["file"])
def test_bad_folders_are_reported(entry):
    with pytest.raises(DataError) as e:
        check(load_dataset(entry["task"], CORPUS / "datasets" / entry["file"]))
    msg = str(e.value)
    assert "Traceback" not in msg and msg.count("\n") < 30
    culprit = {
        "cls_truncated": "broken.png",
        "seg_mask_size": "0.png",
        "seg_bad_class": "1.png",
        "coco_bad": "1.png",
    }.get(entry["file"])
    if culprit:
        assert culprit in msg, msg
