"""Pretrained starts: the registry, where weights are, the explicit download (against a file
served on 127.0.0.1), loading errors and the command line. Parity with torchvision is in
``test_pretrained_parity.py``."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading

import pytest
import torch
import torchvision

from designer import pretrained as P
from designer.backbones import WeightsError
from designer.cli import main as cli_main

NAME = "lraspp_mobilenet_v3_large"  # the smallest checkpoint (13 MB)


@pytest.fixture
def torch_home(tmp_path, monkeypatch):
    home = tmp_path / "torch_home"
    monkeypatch.setenv("TORCH_HOME", str(home))
    monkeypatch.delenv(P.WEIGHTS_URL_ENV, raising=False)
    P.clear_cache()
    yield home
    P.clear_cache()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # no request log on stderr
        pass


@pytest.fixture
def served(tmp_path):
    """A folder served on 127.0.0.1: ``(folder, base_url)``."""
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _lraspp_checkpoint(path) -> None:
    torch.manual_seed(0)
    model = torchvision.models.get_model(NAME, weights=None, weights_backbone=None, num_classes=21)
    torch.save(model.state_dict(), path)


def test_registry_names_tasks_and_torchvision_metadata():
    names = P.pretrained_names()
    assert names == [
        "retinanet_resnet50_fpn", "retinanet_resnet50_fpn_v2", "fcos_resnet50_fpn",
        "ssdlite320_mobilenet_v3_large", "deeplabv3_resnet50", "deeplabv3_resnet101",
        "deeplabv3_mobilenet_v3_large",
        "fcn_resnet50", "lraspp_mobilenet_v3_large",
    ]  # fmt: skip
    for name in names:
        d = P.get_pretrained(name)
        assert d.file_name == d.weights.url.rsplit("/", 1)[-1]
        # SSD's softmax keeps the background apart: its names are the 90 object classes
        want = 21 if d.task.value == "segmentation" else 90 if d.family is P.Family.SSD else 91
        assert len(d.class_names) == want
    seg = P.get_pretrained("fcn_resnet50")
    assert seg.class_names[0] == "background" and "cat" in seg.class_names
    assert P.get_pretrained("fcos_resnet50_fpn").class_names[1] == "person"
    with pytest.raises(
        P.PretrainedError, match="unknown pretrained start 'yolo'; choose one of: retinanet"
    ):
        P.get_pretrained("yolo")


def test_list_says_what_is_available_in_torch_home(torch_home):
    info = {i.name: i for i in P.list_pretrained()}
    assert not any(i.available for i in info.values())
    path = P.weights_path(NAME)
    assert path == torch_home / "hub" / "checkpoints" / "lraspp_mobilenet_v3_large-d234d4ea.pth"
    assert info[NAME].path == str(path) and info[NAME].size_mb > 10
    assert "mIoU" in info[NAME].description or "miou" in info[NAME].description
    path.parent.mkdir(parents=True)
    path.write_bytes(b"x")
    assert {i.name for i in P.list_pretrained() if i.available} == {NAME}


def test_nothing_downloads_on_load(torch_home, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("load_pretrained must not download")

    monkeypatch.setattr(torch.hub, "download_url_to_file", no_network)
    with pytest.raises(
        P.PretrainedError, match=r"not available: no file at .*d234d4ea\.pth.*download"
    ):
        P.load_pretrained(NAME)
    assert not P.weights_path(NAME).exists()
    with pytest.raises(WeightsError, match="no such weights file"):
        P.load_pretrained(NAME, torch_home / "missing.pth")


def test_download_checks_the_hash_reports_progress_and_loads(torch_home, served, tmp_path):
    folder, base = served
    blob = tmp_path / "blob.pth"
    _lraspp_checkpoint(blob)
    data = blob.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    name = f"lraspp-{digest[:8]}.pth"  # a file name carrying its own hash, as torchvision's
    (folder / name).write_bytes(data)
    reports = []
    path = P.download_weights(NAME, url=f"{base}/{name}", progress=reports.append)
    assert path == P.weights_path(NAME) and path.read_bytes() == data
    assert reports[0].done == 0 and reports[0].total == len(data)
    assert reports[0].destination == str(path) and reports[0].url.startswith("http://127.0.0.1")
    assert reports[-1].finished and reports[-1].done == len(data) == reports[-1].total
    assert [r.done for r in reports] == sorted(r.done for r in reports)
    assert not list(path.parent.glob("*.partial"))
    assert {i.name for i in P.list_pretrained() if i.available} == {NAME}
    model = P.load_pretrained(NAME, resize_size=64)  # the downloaded file is the model's
    assert model.backbone.pretrained and model.bundle.class_names[15] == "person"


def test_download_refuses_a_file_whose_hash_does_not_match(torch_home, served, monkeypatch):
    folder, base = served
    real = P.get_pretrained(NAME).file_name
    (folder / real).write_bytes(b"not the weights" * 100)
    monkeypatch.setenv(P.WEIGHTS_URL_ENV, base + "/")  # a mirror folder: the real file name
    assert P.weights_url(NAME) == f"{base}/{real}"
    with pytest.raises(WeightsError, match=r'refused: invalid hash value \(expected "d234d4ea"'):
        P.download_weights(NAME)
    dest = P.weights_path(NAME)
    assert not dest.exists() and not list(dest.parent.glob("*.partial"))
    # Without the check the file lands where torchvision looks for it.
    P.download_weights(NAME, check_hash=False)
    assert dest.read_bytes() == b"not the weights" * 100


def test_download_error_names_the_url_and_where_to_put_the_file(torch_home, served):
    _, base = served
    with pytest.raises(
        WeightsError, match=r"could not download .* from http://127\.0\.0\.1.*place the file at"
    ):
        P.download_weights(NAME, url=f"{base}/missing-0123abcd.pth")
    assert not P.weights_path(NAME).exists()


def test_a_file_of_another_model_is_refused(torch_home, tmp_path):
    wrong = tmp_path / "wrong.pth"
    torch.save({"conv.weight": torch.zeros(1)}, wrong)
    with pytest.raises(WeightsError, match="wrong.pth: does not match the model"):
        P.load_pretrained(NAME, wrong)
    with pytest.raises(P.PretrainedError, match="segmentation model: set resize_size"):
        P.build_pretrained(NAME, wrong, min_size=100)


def test_cli_list_download_and_predict(torch_home, served, tmp_path, capsys):
    folder, base = served
    assert cli_main(["pretrained", "list"]) == 0
    out = capsys.readouterr().out
    assert "fcos_resnet50_fpn" in out and "not here" in out
    _lraspp_checkpoint(folder / P.get_pretrained(NAME).file_name)
    args = ["pretrained", "download", NAME, "--url", f"{base}/{P.get_pretrained(NAME).file_name}"]
    assert cli_main([*args, "--no-check-hash"]) == 0
    out = capsys.readouterr().out
    assert f"to {P.weights_path(NAME)}" in out and "done:" in out
    from PIL import Image

    Image.new("RGB", (96, 64), "white").save(tmp_path / "photo.png")
    picture = tmp_path / "mask.png"
    argv = ["pretrained", "predict", NAME, str(tmp_path / "photo.png"), "--resize-size", "48"]
    assert cli_main([*argv, "-o", str(picture)]) == 0
    out = capsys.readouterr().out
    assert '"task": "segmentation"' in out and picture.is_file()
    assert (
        cli_main(["pretrained", "predict", "fcos_resnet50_fpn", str(tmp_path / "photo.png")]) == 1
    )
    assert "not available" in capsys.readouterr().err
