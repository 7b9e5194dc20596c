"""Start the app (test predictor) and use it: predict, export, train; prints a JSON report."""

import json
import sys
import tempfile
from pathlib import Path

from PIL import Image

from designer import app as app_mod
from designer.inference import Predictor, TinyBackbone

report = {}
predictor = Predictor(backbone=TinyBackbone())
demo = app_mod.create_demo(predictor=predictor)
demo.launch(prevent_thread_lock=True, quiet=True)
report["url"] = demo.local_url
report["server_name"] = demo.server_name
from gradio_client import Client, handle_file  # noqa: E402

c = Client(demo.local_url, verbose=False)
_, design = c.predict("classification", "tiny", "linear", 3, api_name="/new_design")
report["design_valid"] = design["valid"]
img = Path(tempfile.mkdtemp()) / "x.png"
Image.new("RGB", (64, 64), (10, 200, 10)).save(img)
out = c.predict(handle_file(str(img)), 0.3, 0.5, "class_aware", 2, api_name="/predict")
report["predict_topk"] = len(out[4]["topk"])
code, files, msg = c.predict("Head", api_name="/export")
report["export_files"] = len(files)
report["export_has_class"] = "class Head(" in code
demo.close()

# A tiny training run through the library (the app's training tab needs a dataset upload).
from designer.data.formats import Dataset, Sample  # noqa: E402
from designer.training import TinyBackbone as TrainTiny  # noqa: E402
from designer.training import TrainConfig, train_head  # noqa: E402

samples = [
    Sample(Image.new("RGB", (32, 32), (255 * (i % 2), 0, 0)), f"{i}.png", label=i % 2)
    for i in range(8)
]
ds = Dataset("classification", ["black", "red"], samples)
res = train_head("linear", ds, TrainTiny(), TrainConfig(epochs=3, image_size=32, lr=0.05))
report["trained"] = res.state_dict is not None
json.dump(report, sys.stdout)
