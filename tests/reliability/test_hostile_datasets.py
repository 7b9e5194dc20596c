"""Broken and hostile datasets through the library, the ``train`` command line and the Train tab's
callback: each gets a message naming the file and field, no run starts, nothing is written
outside the run's own folders, temporary folders are removed, no payload escapes.

The corpus is generated into a temporary folder (``hostile_data.py``); nothing large is
committed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hostile_data import CASES, MARKER, Case, good_zip

import heads
from designer.data.formats import DataError, load_dataset
from designer.data.validate import check

ROOT = Path(__file__).resolve().parents[2]
DESIGNS = {"classification": "linear", "detection": "fcos_lite", "segmentation": "fcn"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    base = tmp_path_factory.mktemp("hostile")
    return base, {c.name: c.build(base) for c in CASES}


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


@pytest.fixture
def run_tmp(tmp_path, monkeypatch) -> Path:
    """An empty folder standing in for the system's temporary directory."""
    tmp = tmp_path / "system-tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def _no_payload(*folders: Path) -> None:
    for folder in folders:
        assert not list(folder.rglob(MARKER)), f"a payload escaped into {folder}"
    assert not Path("/tmp", MARKER).exists()


def _assert_clear(message: str, case: Case, base: Path) -> None:
    assert re.search(case.message, message), f"{case.name}: {message}"
    assert "Traceback" not in message
    if case.name == "coco_file_name_absolute":
        return  # the message quotes the annotation's own (absolute) file_name
    assert str(base) not in message and "/tmp/" not in message.replace(f"/tmp/{MARKER}", ""), (
        f"{case.name}: a server path in {message!r}"
    )


def test_corpus_covers_every_kind():
    kinds = {c.name.split("_", 1)[0] for c in CASES}
    assert kinds >= {"coco", "zip", "img", "mask", "classes"}
    assert len(CASES) >= 50


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_library_reports_every_problem(case, corpus, run_tmp):
    base, paths = corpus
    before = _snapshot(base)
    with pytest.raises(DataError) as e:
        with load_dataset(case.task, paths[case.name]) as ds:
            check(ds, min_train=1)
    # A list of (file, what is wrong): each problem names a file inside the dataset.
    assert e.value.problems and all(p.file and p.message for p in e.value.problems)
    _assert_clear(str(e.value), case, base)
    assert _snapshot(base) == before  # nothing written beside the data
    assert _left_in(run_tmp) == []  # the extracted folder, if any, is gone
    _no_payload(base, run_tmp)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_train_command_refuses_and_writes_nothing(case, corpus, run_tmp, tmp_path, capsys):
    from designer import cli

    base, paths = corpus
    before = _snapshot(base)
    out = tmp_path / "run"
    rc = cli.main(["train", "--task", case.task, "--data", str(paths[case.name]),
                   "--design", DESIGNS[case.task], "--backbone", "tiny", "--out", str(out),
                   "--epochs", "1", "--image-size", "64"])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("model-heads train: error: ")
    _assert_clear(err, case, base)
    assert not out.exists()  # the run did not start
    assert _snapshot(base) == before and _left_in(run_tmp) == []
    _no_payload(base, run_tmp, tmp_path)


def test_extracted_folder_is_removed_when_the_dataset_is_dropped(tmp_path, run_tmp):
    import gc

    ds = load_dataset("classification", good_zip(tmp_path / "ok.zip"))
    (folder,) = list(run_tmp.iterdir())
    assert ds.train and all(Path(s.image).is_relative_to(folder) for s in ds.train)
    # Metadata from macOS is not extracted, so it is never taken for an image.
    assert sorted(s.name for s in ds.train) == [f"{c}/{i}.png" for c in "ab" for i in range(3)]
    samples = ds.train
    del ds
    gc.collect()
    assert folder.exists()  # the samples still use it
    del samples
    gc.collect()
    assert _left_in(run_tmp) == []


def test_library_limits_on_counts_and_bytes(tmp_path, monkeypatch):
    from hostile_data import image_folder, write_zip

    from designer import limits
    from designer.data.archives import inspect_zip

    z = write_zip(tmp_path / "many.zip", {f"d/a/{i}.png": b"x" for i in range(30)})
    assert [str(p) for p in inspect_zip(z, max_members=29)] == [
        "many.zip: 30 members, over the limit of 29"
    ]
    monkeypatch.setattr(limits, "MAX_DATASET_IMAGES", 5)
    with pytest.raises(DataError, match=r"folder: 6 images, over the limit of 5"):
        check(load_dataset("classification", image_folder(tmp_path / "folder")))
    monkeypatch.setattr(limits, "MAX_DATASET_IMAGES", 50)
    monkeypatch.setattr(limits, "MAX_DATASET_BYTES", 1000)
    with pytest.raises(DataError, match=r"folder: [\d,]+ bytes of images and masks, over the"):
        check(load_dataset("classification", tmp_path / "folder"))
    monkeypatch.setattr(limits, "MAX_ANNOTATION_BYTES", 100)
    from hostile_data import coco_folder, good_coco

    with pytest.raises(DataError, match=r"annotations\.json: \d+ bytes, over the limit of 100"):
        check(load_dataset("detection", coco_folder(tmp_path / "coco", good_coco())))


def _tiny_spec_over_the_limit(path: Path) -> Path:
    from designer.training import TinyBackbone

    # 16384 * 16384 weights in the second layer alone: 268 M parameters, over the limit.
    spec = heads.get_preset("mlp", TinyBackbone().feature_info, num_classes=2)
    spec = spec.with_params("mlp", hidden_features=(16384, 16384))
    path.write_text(spec.to_json())
    return path


def test_a_design_over_the_parameter_limit_is_refused_before_any_work(
    tmp_path, run_tmp, capsys, monkeypatch
):
    from hostile_data import image_folder

    from designer import cli, training

    calls = []
    monkeypatch.setattr(training, "prepare", lambda *a, **k: calls.append(a))
    spec = _tiny_spec_over_the_limit(tmp_path / "huge.json")
    rc = cli.main(["train", "--task", "classification", "--data",
                   str(image_folder(tmp_path / "data")), "--design", str(spec),
                   "--backbone", "tiny", "--out", str(tmp_path / "run"), "--image-size", "64"])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 1 and "parameters, over the limit of 100,000,000" in err, err
    assert calls == [] and not (tmp_path / "run").exists()


def _left_in(tmp: Path) -> list[str]:
    """What a process left in its temporary directory, except torch's per-user compiler cache
    (``torchinductor_<user>``, made when torch first imports its compiler, shared by every run
    of every torch program, like ``~/.cache``)."""
    return sorted(p.name for p in tmp.iterdir() if not p.name.startswith("torchinductor_"))


def _cli(args: list[str], cwd: Path, tmp: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TMPDIR": str(tmp),
        "HOME": str(cwd),
        "MPLCONFIGDIR": str(cwd / "mpl"),
    }
    return subprocess.run(
        [sys.executable, "-m", "designer", "train", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


SUBPROCESS_CASES = ["coco_bbox_infinity", "coco_file_name_dotdot", "zip_zeros_bomb", "zip_bad_crc",
                    "zip_traversal", "img_bilevel_bomb"]  # fmt: skip


@pytest.mark.slow
def test_train_command_in_a_fresh_process(corpus, tmp_path):
    """The real command line, one process per run: refused runs leave nothing; a good zip trains
    and its extracted folder is gone afterwards."""
    base, paths = corpus
    by_name = {c.name: c for c in CASES}
    before = _snapshot(base)
    cwd, tmp = tmp_path / "cwd", tmp_path / "tmp"
    for case_name in SUBPROCESS_CASES:
        case = by_name[case_name]
        cwd.mkdir(exist_ok=True)
        tmp.mkdir(exist_ok=True)
        r = _cli(["--task", case.task, "--data", str(paths[case_name]), "--design",
                  DESIGNS[case.task], "--backbone", "tiny", "--out", str(cwd / "run")], cwd, tmp)  # fmt: skip
        assert r.returncode == 1, (case_name, r.stderr[-2000:])
        _assert_clear(r.stderr, case, base)
        assert _left_in(tmp) == [] and not (cwd / "run").exists()
        assert [p.name for p in cwd.iterdir() if p.name != "mpl"] == []
    assert _snapshot(base) == before
    _no_payload(base, tmp_path)
    # A design over the limit, and a good zip that trains.
    r = _cli(["--task", "classification", "--data", str(good_zip(tmp_path / "ok.zip")),
              "--design", str(_tiny_spec_over_the_limit(tmp_path / "huge.json")),
              "--backbone", "tiny", "--out", str(cwd / "run")], cwd, tmp)  # fmt: skip
    assert r.returncode == 1 and "parameters, over the limit" in r.stderr, r.stderr[-2000:]
    assert "Traceback" not in r.stderr and _left_in(tmp) == []
    r = _cli(["--task", "classification", "--data", str(tmp_path / "ok.zip"), "--design",
              "linear", "--backbone", "tiny", "--out", str(cwd / "run"), "--epochs", "1",
              "--image-size", "64", "--batch-size", "4"], cwd, tmp)  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    assert (cwd / "run" / "weights.safetensors").is_file() or any((cwd / "run").iterdir())
    assert _left_in(tmp) == []  # the extracted dataset is removed after a good run too


def test_train_tab_callback_reports_and_cleans_up(corpus, run_tmp):
    from designer import session as ss
    from designer.training import TinyBackbone, jobs

    base, paths = corpus
    bb = TinyBackbone()
    spec = heads.get_preset("linear", bb.feature_info, num_classes=2)
    design = ss.new_session("tiny", spec)
    by_name = {c.name: c for c in CASES}
    for name in ("zip_zeros_bomb", "zip_bad_crc", "zip_encrypted", "zip_long_name"):
        request = jobs.TrainRequest("upload", str(paths[name]), 8, 1, 0, 4, 1e-3, 0, 64)
        (only,) = jobs.train_in_app(design, request, backbone=bb)
        assert only.status.startswith("Cannot train:"), only.status
        _assert_clear(only.status, by_name[name], base)
        assert (only.curves, only.metrics, only.files, only.trained) == (None,) * 4
        assert not [n for n in _left_in(run_tmp) if n.startswith("model-heads-data-")]
    # A good zip trains, and its extracted folder goes when the run ends.
    request = jobs.TrainRequest("upload", str(good_zip(base / "ok.zip")), 8, 1, 0, 4, 1e-3, 0, 64)
    last = list(jobs.train_in_app(design, request, backbone=bb))[-1]
    assert last.status.startswith("Done"), last.status
    assert last.trained is not None and last.files
    assert not [n for n in _left_in(run_tmp) if n.startswith("model-heads-data-")]
    _no_payload(base, run_tmp)
