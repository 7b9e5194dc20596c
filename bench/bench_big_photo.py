"""Big phone photos: a full prediction on a 24 MP JPEG, as a ratio to a 1 MP one in the same run.

    .venv/bin/python -m bench.bench_big_photo [--repeats 7]

Every case predicts from the JPEG file (decoding included), with EfficientNet-Lite0 and the
bundled classification head, the feature and output caches cleared before every call, the cases
timed in alternation. The photos are synthetic but photo-like for the decoder (smooth shading and
fine texture, quality 90, 4:2:0): 1 MP (1224x816), 12 MP (4000x3000), 24 MP (6000x4000) and
50 MP (8160x6120, the size of a 50 MP phone sensor).

Rows: each size's p50 in ms; the 24 MP and 50 MP p50 over the 1 MP p50 (what a big photo costs
more); the 24 MP p50 against the 1 s target; and the same 24 MP prediction from the photo decoded
at full size first (the path before reduced decoding), as a reference for what the reduced
decoding saves.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from bench.common import interleaved_times, row, save

SIZES = {"1 MP": (1224, 816), "12 MP": (4000, 3000), "24 MP": (6000, 4000), "50 MP": (8160, 6120)}


def photo_jpeg(w: int, h: int, seed: int = 0) -> bytes:
    """A photo-like JPEG: a smooth gradient with texture, so entropy decoding does real work."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (h // 16, w // 16, 3), dtype=np.uint8)
    img = Image.fromarray(small).resize((w, h), Image.BICUBIC)  # smooth shapes
    noise = Image.effect_noise((w, h), 24).convert("RGB")  # fine texture, like sensor grain
    img = Image.blend(img, noise, 0.25)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, subsampling=2)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    from designer.images import load_image
    from designer.inference import Predictor, default_head

    predictor = Predictor()
    head = default_head("classification")
    folder = Path(tempfile.mkdtemp(prefix="bench-big-photo-"))
    files = {}
    for name, (w, h) in SIZES.items():
        files[name] = folder / f"{name.replace(' ', '')}.jpg"
        files[name].write_bytes(photo_jpeg(w, h))

    def predict(path: Path):
        def run() -> None:
            predictor.clear_caches()
            predictor.predict(path, head)

        return run

    def predict_full_decode() -> None:
        predictor.clear_caches()
        predictor.predict(load_image(files["24 MP"]), head)

    fns = {name: predict(path) for name, path in files.items()}
    fns["24 MP, decoded at full size first"] = predict_full_decode
    times = interleaved_times(fns, warmup=1, repeats=args.repeats)
    p50 = {k: statistics.median(v) * 1000.0 for k, v in times.items()}
    stages = {}
    for name in ("1 MP", "24 MP", "50 MP"):
        predictor.clear_caches()
        stages[name] = predictor.predict(files[name], head).timings
    sizes = {k: p.stat().st_size for k, p in files.items()}
    for p in files.values():
        p.unlink()
    folder.rmdir()

    ref = p50["1 MP"]
    rows = [
        row("big photo", f"{name} prediction p50", p50[name], "ms",
            note=f"{SIZES[name][0]}x{SIZES[name][1]}, {sizes[name] / 2**20:.1f} MB JPEG")
        for name in SIZES
    ]  # fmt: skip
    rows += [
        row("big photo", "24 MP prediction p50 (target)", p50["24 MP"], "ms", target=1000.0),
        row("big photo", "24 MP / 1 MP", p50["24 MP"], "ms", reference=ref),
        row("big photo", "50 MP / 1 MP", p50["50 MP"], "ms", reference=ref),
        row("big photo", "24 MP decoded at full size first / reduced", p50[
            "24 MP, decoded at full size first"], "ms", reference=p50["24 MP"],
            note="the path without reduced decoding"),
    ]  # fmt: skip
    extra = {
        "stages_ms": stages,
        "load_average": list(os.getloadavg()),
        "torch_threads": torch.get_num_threads(),
    }
    save("big_photo", rows, extra)
    for r in rows:
        ratio = f"  ratio {r['ratio']:.2f}" if r["ratio"] else ""
        print(f"{r['case']:48s} {r['value']:8.1f} {r['unit']}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
