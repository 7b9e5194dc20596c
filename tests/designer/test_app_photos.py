"""Real photos in the app, through its public API (gradio_client): pretrained starts (a
random-weight checkpoint under the real file name in a temporary TORCH_HOME), the explicit
download (a file served on 127.0.0.1), what the head knows, the per-class table, photos per
class trained and predicted, and the reports after training."""

from __future__ import annotations

import functools
import hashlib
import http.server
import socket
import threading
from pathlib import Path

import numpy as np
import pytest
import torch
import torchvision
from PIL import Image

gr = pytest.importorskip("gradio")
from gradio_client import Client, handle_file  # noqa: E402

from designer import pretrained as P  # noqa: E402
from designer.app import create_demo  # noqa: E402
from designer.inference import Predictor, TinyBackbone  # noqa: E402

START = "lraspp_mobilenet_v3_large"  # the smallest checkpoint (13 MB, builds in a second)
EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "grace_hopper.jpg"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _checkpoint(path: Path, seed: int = 0) -> Path:
    torch.manual_seed(seed)
    model = torchvision.models.get_model(START, weights=None, weights_backbone=None, num_classes=21)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    return path


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # no request log on stderr
        pass


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A TORCH_HOME holding the start's random-weight checkpoint under its real file name."""
    root = tmp_path_factory.mktemp("torch_home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TORCH_HOME", str(root))
        mp.delenv(P.WEIGHTS_URL_ENV, raising=False)
        _checkpoint(P.weights_path(START))
        P.clear_cache()
        yield root
    P.clear_cache()


@pytest.fixture(scope="module")
def url(home):
    demo = create_demo(Predictor(backbone=TinyBackbone()))
    port = _free_port()
    demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture
def client(url):
    return Client(url, verbose=False)


@pytest.fixture
def served(tmp_path):
    """A folder served on 127.0.0.1: ``(folder, base_url)``."""
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# ---------------------------------------------------------------------------------------------
# Pretrained starts
# ---------------------------------------------------------------------------------------------


def test_the_list_says_which_weights_are_here(client, home):
    rows = {r["start"]: r for r in client.predict(api_name="/list_pretrained")}
    assert set(rows) == set(P.pretrained_names())
    assert rows[START]["weights"] == "here" and rows[START]["labels"] == 21
    assert rows["fcos_resnet50_fpn"]["weights"] == "not here"
    assert rows["fcos_resnet50_fpn"]["file"].startswith(str(home))
    assert rows["fcos_resnet50_fpn"]["MB"] > 100


def test_a_start_without_weights_is_refused_and_the_design_kept(client):
    _, before = client.predict("classification", "tiny", "mlp", 3, api_name="/new_design")
    msg, design = client.predict("fcos_resnet50_fpn", "", None, None, None,
                                 api_name="/choose_pretrained")  # fmt: skip
    assert msg.startswith("Not started: the weights of fcos_resnet50_fpn are not available")
    assert "fcos_resnet50_fpn_coco-99b0c9b7.pth" in msg and "Download" in msg
    assert design["spec"] == before["spec"] and design["backbone"] == "tiny"
    msg, design = client.predict("yolo", "", None, None, None, api_name="/choose_pretrained")
    assert "unknown pretrained start 'yolo'; choose one of: retinanet" in msg
    # Sizes of the other task, and sizes that are not sizes, are named.
    msg, _ = client.predict(START, "", 300, None, None, api_name="/choose_pretrained")
    assert "segmentation model: set resize_size, not min/max size" in msg
    msg, _ = client.predict(START, "", None, None, 5, api_name="/choose_pretrained")
    assert "field 'resize_size'" in msg and "32..4096" in msg
    assert client.predict(api_name="/undo")[1]["spec"] != before["spec"]  # new_design's step


def test_a_start_sets_backbone_head_and_weights_undoably(client):
    _, before = client.predict("classification", "tiny", "linear", 3, api_name="/new_design")
    msg, design = client.predict(START, "", None, None, 64, api_name="/choose_pretrained")
    assert msg.startswith(
        "Replaced design 'linear' by pretrained start 'lraspp_mobilenet_v3_large'"
    )
    assert "undo brings it back" in msg and "shorter side 64 px" in msg and "mean (0.485" in msg
    assert design["backbone"] == START and design["task"] == "segmentation"
    assert design["trained"] and design["valid"]
    assert design["pretrained"]["resize_size"] == 64
    assert design["pretrained"]["std"] == pytest.approx([0.229, 0.224, 0.225])
    assert set(design["spec"]["inputs"]) == {"image", "low", "high"}
    # Predict uses the start's pipeline and names VOC classes.
    overlay, _, notes, _, result, mask = client.predict(
        handle_file(str(EXAMPLE)), 0.3, 0.5, "class_aware", 5, 0.5, [], api_name="/predict"
    )
    voc = set(P.get_pretrained(START).class_names)
    assert result["backbone"] == START and result["task"] == "segmentation"
    assert min(result["input_size"]) == 64  # the shorter side
    assert {r["class"] for r in result["rows"]} <= voc and result["rows"]
    assert sum(r["area %"] for r in result["rows"]) == pytest.approx(100, abs=0.1)
    assert result["knows"].startswith("this head knows 20 classes (aeroplane, bicycle")
    assert "Pascal VOC" in result["knows"]
    assert notes == f"✓ The backbone ({START}) has trained weights."
    assert Path(mask).is_file() and Path(overlay).is_file()
    # Undo takes backbone, head and weights back together; redo brings the start again.
    msg, design = client.predict(api_name="/undo")
    assert design["backbone"] == "tiny" and design["spec"] == before["spec"]
    assert design["pretrained"] is None and not design["trained"]
    msg, design = client.predict(api_name="/redo")
    assert design["backbone"] == START and design["trained"]
    assert design["pretrained"]["resize_size"] == 64
    # Another size for the same start is a step of its own.
    msg, design = client.predict(START, "", None, None, 96, api_name="/choose_pretrained")
    assert "now preprocesses" in msg and design["pretrained"]["resize_size"] == 96
    _, design = client.predict(api_name="/undo")
    assert design["pretrained"]["resize_size"] == 64 and design["trained"]


def test_a_weights_file_a_person_names(client, tmp_path):
    mine = _checkpoint(tmp_path / "my_lraspp.pth", seed=1)
    msg, design = client.predict(START, str(mine), None, None, 64, api_name="/choose_pretrained")
    assert design["pretrained"]["weights"] == str(mine), msg
    assert f"weights from {mine.name}" in msg  # messages name files, never folders
    wrong = tmp_path / "wrong.pth"
    torch.save({"conv.weight": torch.zeros(1)}, wrong)
    msg, after = client.predict(START, str(wrong), None, None, 64, api_name="/choose_pretrained")
    assert msg.startswith("Not started") and "wrong.pth: does not match the model" in msg
    assert after["pretrained"]["weights"] == str(mine)  # kept
    msg, _ = client.predict(START, str(tmp_path / "none.pth"), None, None, 64,
                            api_name="/choose_pretrained")  # fmt: skip
    assert "no such weights file" in msg


def test_download_only_on_request_with_size_destination_and_progress(
    client, served, monkeypatch, tmp_path
):
    folder, base = served
    name = "deeplabv3_mobilenet_v3_large"
    dest = P.weights_path(name)
    # Offline (nothing at the mirror): a clear refusal, nothing written.
    monkeypatch.setenv(P.WEIGHTS_URL_ENV, base)
    lines = list(client.submit(name, api_name="/download_weights"))
    assert lines[-1].startswith("Not downloaded: could not download deeplabv3_mobilenet_v3_large")
    assert "place the file at" in lines[-1] and not dest.exists()
    # A file that is not torchvision's (its SHA-256 does not match the name's prefix): refused.
    (folder / dest.name).write_bytes(b"not the weights" * 1000)
    lines = list(client.submit(name, api_name="/download_weights"))
    assert "refused: invalid hash value" in lines[-1] and not dest.exists()
    # A file whose name carries its own hash, as torchvision's do: downloaded into the cache.
    torch.manual_seed(0)
    model = torchvision.models.get_model(name, weights=None, weights_backbone=None,
                                         num_classes=21, aux_loss=True)  # fmt: skip
    blob = tmp_path / "blob.pth"
    torch.save(model.state_dict(), blob)
    digest = hashlib.sha256(blob.read_bytes()).hexdigest()
    served_name = f"deeplab-{digest[:8]}.pth"
    (folder / served_name).write_bytes(blob.read_bytes())
    monkeypatch.setattr(P, "weights_url", lambda n: f"{base}/{served_name}")
    job = client.submit(name, api_name="/download_weights")
    lines = list(job)
    size = blob.stat().st_size / 1e6
    assert lines[0].startswith(f"Downloading **{name}**") and str(dest) in lines[0]
    assert f"({size:.1f} MB)" in " ".join(lines[1:-1]) or len(lines) == 2
    assert lines[-1] == f"Downloaded **{name}**: {size:.1f} MB in `{dest}`. Choose it to use it."
    assert dest.read_bytes() == blob.read_bytes()
    rows = {r["start"]: r for r in client.predict(api_name="/list_pretrained")}
    assert rows[name]["weights"] == "here"
    # Asked again: the file is there, nothing is fetched.
    assert "here already" in list(client.submit(name, api_name="/download_weights"))[-1]
    dest.unlink()


# ---------------------------------------------------------------------------------------------
# What the head knows and the per-class table
# ---------------------------------------------------------------------------------------------


def test_predict_says_what_an_untrained_head_knows_and_tables_per_class(client):
    client.predict("detection", "tiny", "fcos", 3, api_name="/new_design")
    *_, result, _ = client.predict(handle_file(str(EXAMPLE)), 0.0, 0.5, "class_aware", 5,
                                   api_name="/predict")  # fmt: skip
    assert result["knows"].startswith("this head is untrained (random weights)")
    rows = result["rows"]
    names = [d["name"] for d in result["detections"]]
    assert sum(r["count"] for r in rows) == len(names) and {r["class"] for r in rows} == set(names)
    for r in rows:
        best = max(d["score"] for d in result["detections"] if d["name"] == r["class"])
        assert r["best score"] == pytest.approx(best, abs=1e-4)
    client.predict("classification", "tiny", "linear", 4, api_name="/new_design")
    *_, result, _ = client.predict(handle_file(str(EXAMPLE)), 0.3, 0.5, "class_aware", 3,
                                   api_name="/predict")  # fmt: skip
    assert [r["rank"] for r in result["rows"]] == [1, 2, 3]
    assert [r["class"] for r in result["rows"]] == [t["name"] for t in result["topk"]]


# ---------------------------------------------------------------------------------------------
# Photos per class, trained and predicted
# ---------------------------------------------------------------------------------------------


def _photo(kind: str, seed: int) -> Image.Image:
    """Noisy 'photos' of random sizes: reddish ("fire") or bluish ("sky")."""
    rng = np.random.default_rng(seed)
    h, w = rng.integers(80, 160, 2)
    base = np.array([200, 60, 30] if kind == "fire" else [40, 90, 210], dtype=float)
    img = base * (0.7 + 0.25 * rng.normal(0, 1, (h, w, 1))) + rng.normal(0, 15, (h, w, 3))
    return Image.fromarray(img.clip(0, 255).astype(np.uint8))


def _photos(folder: Path, kind: str, seeds) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for s in seeds:
        path = folder / f"{kind}_{s}.jpg"
        _photo(kind, s).save(path, quality=90)
        paths.append(str(path))
    return paths


def test_photo_classes_are_added_renamed_and_removed(client, tmp_path):
    msg, listing = client.predict("fire", api_name="/photos_add_class")
    assert msg == "Added class 'fire': now add its photos." and listing["classes"][0]["count"] == 0
    msg, _ = client.predict("fire", api_name="/photos_add_class")
    assert msg == "Not added: there is a class 'fire' already."
    msg, _ = client.predict("  ", api_name="/photos_add_class")
    assert msg == "Not added: give the class a name."
    client.predict("flame", api_name="/photos_add_class")
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not an image")
    files = [handle_file(p) for p in _photos(tmp_path, "fire", range(3))]
    msg, listing = client.predict("fire", [*files, handle_file(str(bad))],
                                     api_name="/photos_add")  # fmt: skip
    assert msg.startswith("Added 3 photos to class 'fire' (3 now). Not added: broken.jpg")
    assert listing["classes"][0]["count"] == 3 and "/tmp" not in msg
    msg, _ = client.predict("smoke", files, api_name="/photos_add")
    assert msg == "Not added: there is no class 'smoke'; classes: 'fire', 'flame'."
    msg, listing = client.predict("flame", "sky", api_name="/photos_rename_class")
    assert msg == "Renamed class 'flame' to 'sky'." and listing["classes"][1]["name"] == "sky"
    msg, listing = client.predict("fire", api_name="/photos_clear")
    assert listing["classes"][0] == {"name": "fire", "count": 0, "files": []}
    msg, listing = client.predict("sky", api_name="/photos_remove_class")
    assert [c["name"] for c in listing["classes"]] == ["fire"]
    # Training refuses a set that is not ready and says what is missing.
    status, *_ = client.predict("photos", None, 16, 2, 0, 8, 1e-3, 0, api_name="/train")
    assert status == "Not ready to train on your photos: add at least two classes (there is 1)."


def test_photos_train_a_head_that_predicts_them_with_reports(url, tmp_path):
    c = Client(url, verbose=False)
    c.predict("classification", "tiny", "linear", 5, api_name="/new_design")
    for kind, seeds in (("fire", range(0, 8)), ("sky", range(20, 28))):
        c.predict(kind, api_name="/photos_add_class")
        files = [handle_file(p) for p in _photos(tmp_path / kind, kind, seeds)]
        c.predict(kind, files, api_name="/photos_add")
    status, curves, metrics, reports, files = c.predict(
        "photos", None, 16, 60, 0, 8, 0.03, 0, api_name="/train"
    )
    assert status.startswith("Done"), status
    assert metrics["class_names"] == ["fire", "sky"]
    names = {Path(f).name for f in files}
    assert {"confusion_matrix.png", "worst.png", "report.json"} <= names
    captions = [r["caption"] for r in reports]
    assert captions[0].startswith("Confusion matrix") and captions[-1].startswith("The worst")
    assert Image.open(reports[0]["image"]).size[0] > 200
    _, design = c.predict(api_name="/undo")  # the class count came from the photos: a step
    assert design["spec"]["nodes"][-1]["params"]["num_classes"] == 5
    _, design = c.predict(api_name="/redo")
    assert design["trained"]
    right = 0
    for kind, seed in (("fire", 100), ("fire", 101), ("sky", 102), ("sky", 103)):
        path = tmp_path / f"new_{kind}_{seed}.png"
        _photo(kind, seed).save(path)
        *_, result, _ = c.predict(handle_file(str(path)), 0.3, 0.5, "class_aware", 2,
                                  api_name="/predict")  # fmt: skip
        right += result["rows"][0]["class"] == kind
    assert right >= 3, f"{right} of 4 new photos recognised"
    assert result["knows"] == "this head knows: fire, sky — your photos (16 images)"
    # A detection design cannot be trained on photos per class: the reason is named.
    c.predict("detection", "tiny", "fcos", 3, api_name="/new_design")
    status, *_ = c.predict("photos", None, 16, 2, 0, 8, 0.03, 0, api_name="/train")
    assert "photos per class train a classification head; the design is a detection head" in status


def test_detection_training_reports_ap_per_class(url):
    c = Client(url, verbose=False)
    # A light FCOS head (fcos has four 256-channel convs per tower: minutes on two cores).
    msg, design = c.predict("detection", "tiny", "fcos_lite", 3, api_name="/new_design")
    assert design["valid"], msg
    status, _, metrics, reports, files = c.predict(
        "shapes", None, 16, 2, 0, 8, 1e-3, 0, api_name="/train"
    )
    assert status.startswith("Done"), status
    assert [r["caption"].split(" ")[0] for r in reports] == ["Average", "The"]
    assert {"per_class_ap.png", "worst.png", "report.json"} <= {Path(f).name for f in files}
    _, _, _, _, result, _ = c.predict(handle_file(str(EXAMPLE)), 0.3, 0.5, "class_aware", 5,
                                      api_name="/predict")  # fmt: skip
    assert (
        "synthetic Shapes" in result["knows"] and "photos will not be recognised" in result["knows"]
    )
