"""The designer web app: design a head, see its diagram and cost, predict, and export it.

Layout and wiring only: design edits are the pure functions of :mod:`designer.state`, form
widgets come from :mod:`designer.forms`, diagrams from :mod:`designer.diagram`, code from
:mod:`designer.codegen` and predictions from :mod:`designer.inference`.

Every action is a named API endpoint (``api_name``) usable from ``gradio_client``; the design
lives in a per-session ``gr.State``, so one client's design never shows in another's. Edits
return ``(message, design JSON)``; the page refreshes its widgets in follow-up events that the
browser runs (they are not part of the API). Nothing heavy happens when the app is built: models
load on the first prediction.

Example:
    >>> demo = create_demo()  # doctest: +SKIP
    >>> demo.launch(server_name="127.0.0.1", server_port=7860)  # doctest: +SKIP
"""

from __future__ import annotations

import os

for _key, _value in (
    ("GRADIO_ANALYTICS_ENABLED", "False"),
    ("HF_HUB_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
):
    os.environ.setdefault(_key, _value)

import argparse  # noqa: E402
import functools  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402

from designer import limits  # noqa: E402
from designer import state as st  # noqa: E402
from designer.forms import FieldKind, assign_slots, fields_for  # noqa: E402
from designer.resources import example_images  # noqa: E402
from heads.registry import get_block, list_blocks, list_presets  # noqa: E402
from heads.spec import SpecError, Task  # noqa: E402

#: How many generic widgets of each kind the node form has (shown and relabelled per node).
POOL_SIZES = {"dropdown": 6, "number": 6, "checkbox": 4, "text": 4}
#: The default largest upload.
MAX_FILE_SIZE = limits.MAX_UPLOAD_BYTES
#: Events that run at once (the machine this targets has two cores).
CONCURRENCY_LIMIT = 2
DEFAULT_NUM_CLASSES = {Task.CLASSIFICATION: 10, Task.DETECTION: 3, Task.SEGMENTATION: 4}

CSS = """
.mh-status {min-height: 2.4em; padding: 6px 10px; border-radius: 6px;
            background: var(--block-background-fill);}
.mh-problem {color: var(--error-text-color, #b91c1c);}
.mh-diagram img {max-height: 720px; object-fit: contain;}
.mh-note {font-size: 0.92em; opacity: 0.9;}
#export-code .cm-scroller {max-height: 640px; overflow: auto;}
footer {display: none !important;}
"""
THEME = gr.themes.Soft(primary_hue="indigo", secondary_hue="slate")


# ---------------------------------------------------------------------------------------------
# Small helpers (no widgets)
# ---------------------------------------------------------------------------------------------


def _backbones():
    from designer import backbones

    return backbones


#: The preset choice that starts from the task's bundled, trained head.
BUNDLED = "@bundled"


@functools.lru_cache(maxsize=4)
def bundled_head(task: Task):
    """The bundled trained head of ``task`` (``None`` when there is none with weights)."""
    from designer.inference import default_head

    try:
        bundle = default_head(task)
    except (OSError, ValueError):
        return None
    return bundle if bundle.state_dict is not None else None


class Backends:
    """Backbone levels and predictors: one predictor per backbone, each made on first use.

    An injected predictor serves its own backbone (tests inject one over a tiny backbone).
    """

    def __init__(self, predictor: Any = None) -> None:
        self.injected = predictor
        self._made: dict[str, Any] = {}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        zoo = _backbones().backbone_names()
        if self.injected is not None and self.injected.backbone_name not in zoo:
            return [self.injected.backbone_name, *zoo]
        return zoo

    def default(self) -> str:
        return (
            self.injected.backbone_name
            if self.injected is not None
            else _backbones().DEFAULT_BACKBONE
        )

    def levels(self, name: str) -> dict:
        if self.injected is not None and name == self.injected.backbone_name:
            return dict(self.injected.feature_info)
        return _backbones().backbone_info(name).feature_info

    def predictor(self, name: str):
        if self.injected is not None and name == self.injected.backbone_name:
            return self.injected
        with self._lock:
            if name not in self._made:
                from designer.inference import Predictor

                self._made[name] = Predictor(name)
            return self._made[name]


def preset_levels(task: Task, levels: dict) -> dict:
    """The levels a preset is built on: dense tasks take one level per stride (the first, so a
    classifier's extra 1x1 ``c5_head`` does not stand in a pyramid as a deeper level)."""
    if task is Task.CLASSIFICATION:
        return dict(levels)
    out, seen = {}, set()
    for name, info in levels.items():
        if info.stride not in seen:
            seen.add(info.stride)
            out[name] = info
    return out


def _preset_options(name: str, num_classes: int | None) -> dict[str, Any]:
    preset = next(p for p in list_presets() if p.name == name)
    accepts = inspect.signature(preset.build).parameters
    return {"num_classes": int(num_classes)} if num_classes and "num_classes" in accepts else {}


def _presets(task: Task | str) -> list[tuple[str, str]]:
    task = Task(task)
    out = [(p.name, p.name) for p in list_presets(task)]
    bundle = bundled_head(task)
    if bundle is not None:
        out.insert(0, (f"trained: {bundle.spec.name or task.value} ({bundle.backbone})", BUNDLED))
    return out


def _blocks(task: Task | str) -> list[tuple[str, str]]:
    return [
        (f"{b.name} — {b.description}" if b.description else b.name, b.name)
        for b in sorted(list_blocks(task), key=lambda b: b.name)
    ]


def _start(task, backbone, preset, num_classes, levels: Callable[[], dict], previous=None):
    # ``levels`` is called only when needed: a bundled head names its own levels, and looking
    # up a backbone's levels imports torchvision (seconds at start-up).
    task = Task(task)
    if preset == BUNDLED:
        bundle = bundled_head(task)
        if bundle is None:
            raise SpecError(f"there is no trained {task.value} head bundled", field="preset")
        if bundle.backbone != backbone:
            raise SpecError(
                f"the trained head was trained on {bundle.backbone}; choose that backbone",
                field="preset",
            )
        state, _ = st.start_from_spec(backbone, bundle.spec, previous=previous)
        return state, f"Started from the trained head '{bundle.spec.name}' ({bundle.note})."
    valid = [p.name for p in list_presets(task)]
    if preset and preset not in valid:
        raise SpecError(
            f"{preset!r} is not a {task.value} preset; choose one of: {', '.join(valid)}",
            field="preset",
        )
    opts = _preset_options(preset, num_classes) if preset else {}
    levels = preset_levels(task, levels())
    return st.start(task, backbone, levels, preset or None, previous=previous, **opts)


def initial_state(backends: Backends | None = None, task: Task | str = Task.CLASSIFICATION):
    """The design a new session starts with: the trained head of ``task`` when one is bundled
    for the default backbone, else the task's first preset."""
    backends = backends or Backends()
    task = Task(task)
    backbone = backends.default()
    bundle = bundled_head(task)
    if bundle is not None and bundle.backbone == backbone:
        preset = BUNDLED
    else:
        preset = next(iter(p.name for p in list_presets(task)), None)
    levels = functools.partial(backends.levels, backbone)
    state, _ = _start(task, backbone, preset, DEFAULT_NUM_CLASSES[task], levels)
    return state


def file_stem(name: str | None) -> str:
    """A file name stem from a design's name (user text): letters, digits and ``_`` only, so a
    name like ``../../x`` cannot place a file outside the session folder."""
    return re.sub(r"[^A-Za-z0-9_]+", "_", name or "").strip("_")[:64] or "head"


#: Seconds a call's output folder is kept. Gradio copies returned files into its own cache when
#: the call returns, so the folder is only needed for moments; old ones are pruned.
OUTPUT_KEEP_S = 600.0
_OUTPUT = {"root": None, "pruned": 0.0}
_OUTPUT_LOCK = threading.Lock()


def _session_dir() -> Path:
    """A fresh folder for one call's files (results, diagrams, exports), under one folder per
    process whose entries older than :data:`OUTPUT_KEEP_S` are removed, so a long-running app
    does not fill the disk."""
    with _OUTPUT_LOCK:
        root = _OUTPUT["root"]
        if root is None or not root.is_dir():
            root = _OUTPUT["root"] = Path(tempfile.mkdtemp(prefix="model-heads-"))
        now = time.time()
        if now - _OUTPUT["pruned"] > OUTPUT_KEEP_S / 10:
            _OUTPUT["pruned"] = now
            for old in root.iterdir():
                try:
                    if now - old.stat().st_mtime > OUTPUT_KEEP_S:
                        shutil.rmtree(old, ignore_errors=True)
                except OSError:
                    pass  # removed meanwhile
        return Path(tempfile.mkdtemp(dir=root))


def _design_json(state: st.DesignState) -> dict:
    return st.to_json_dict(state)


def _guard(fn: Callable) -> Callable:
    """Turn unexpected exceptions into a clear ``gr.Error`` (never a traceback in the page)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except (SpecError, ValueError, OSError) as e:
            raise gr.Error(str(e)) from None
        except Exception as e:  # noqa: BLE001
            traceback.print_exc()
            raise gr.Error(f"{type(e).__name__}: {e}") from None

    return wrapper


# ---------------------------------------------------------------------------------------------
# Design edits: each returns (state, message, design JSON)
# ---------------------------------------------------------------------------------------------


def _edit(result: tuple[st.DesignState, str]):
    state, msg = result
    return state, msg, _design_json(state)


def new_design(state, task, backbone, preset, num_classes, *, backends: Backends):
    """Start a new design from a preset (``preset`` empty: an empty design)."""
    try:
        levels = functools.partial(backends.levels, backbone)
        return _edit(_start(task, backbone, preset, num_classes, levels, state))
    except (SpecError, ValueError) as e:
        return state, f"Not started: {e}", _design_json(state)


def change_backbone(state, backbone, *, backends: Backends):
    """Move the design onto another backbone's feature levels."""
    if backbone == state.backbone:
        return state, f"Backbone is {backbone}.", _design_json(state)
    try:
        levels = preset_levels(state.task, backends.levels(backbone))
        return _edit(st.set_levels(state, backbone, levels))
    except ValueError as e:
        return state, f"Not changed: {e}", _design_json(state)


def select_node(state, name):
    """Select the node the form edits."""
    return _edit(st.select(state, name))


def add_node(state, block):
    """Add a node of ``block`` after the selected node."""
    if not block:
        return state, "Choose a block to add.", _design_json(state)
    return _edit(st.add_node(state, block))


def insert_node(state, block):
    """Insert a node of ``block`` before the selected node."""
    if not block:
        return state, "Choose a block to insert.", _design_json(state)
    return _edit(st.insert_node(state, block))


def remove_node(state):
    """Remove the selected node."""
    return _edit(st.remove_node(state))


def move_up(state):
    """Move the selected node up."""
    return _edit(st.move_node(state, None, -1))


def move_down(state):
    """Move the selected node down."""
    return _edit(st.move_node(state, None, +1))


def undo(state):
    """Undo the last edit."""
    return _edit(st.undo(state))


def reset(state):
    """Go back to the design's starting point."""
    return _edit(st.reset(state))


def rename_node(state, new_name):
    """Rename the selected node."""
    return _edit(st.rename_node(state, None, new_name))


def set_inputs(state, refs):
    """Rewire the selected node's inputs (``"c4, c5"``)."""
    return _edit(st.set_inputs(state, None, refs or ""))


def set_params_json(state, node, params_text):
    """Set parameters of ``node`` (default: the selected node) from a JSON object."""
    try:
        values = json.loads(params_text or "{}")
    except json.JSONDecodeError as e:
        return (
            state,
            f"Not applied: the parameters are not valid JSON ({e.msg}).",
            _design_json(state),
        )
    if not isinstance(values, dict):
        return state, "Not applied: the parameters must be a JSON object.", _design_json(state)
    return _edit(st.set_params(state, node or None, values))


def _slot_fields(state: st.DesignState):
    if state.selected is None:
        return [], assign_slots([], POOL_SIZES)
    node = state.spec.node(state.selected)
    fields = fields_for(node.params)
    return fields, assign_slots(fields, POOL_SIZES)


def set_params_form(state, *values):
    """Apply the node form: the pool widgets' values, in pool order."""
    if state.selected is None:
        return state, "Select a node first.", _design_json(state)
    fields, slots = _slot_fields(state)
    by_slot = {}
    i = 0
    for pool, size in POOL_SIZES.items():
        for k in range(size):
            by_slot[(pool, k)] = values[i]
            i += 1
    form = {name: by_slot[slot] for name, slot in slots.slots.items()}
    return _edit(st.set_params(state, state.selected, form))


def load_json_text(state, text):
    """Replace the design with a spec in JSON text."""
    if not text or not text.strip():
        return state, "Not loaded: paste a spec's JSON first.", _design_json(state)
    return _edit(st.load_json(state, text))


def load_json_file(state, path):
    """Replace the design with a spec from an uploaded ``.json`` file."""
    if not path:
        return state, "Not loaded: no file.", _design_json(state)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        return state, f"Not loaded: {e}", _design_json(state)
    try:
        limits.check_spec_size(len(data), Path(path).name)
    except limits.LimitError as e:
        return state, f"Not loaded: {e}", _design_json(state)
    return _edit(st.load_json(state, data))


def save_json(state):
    """The design's spec as a downloadable ``.json`` file and as text."""
    path = _session_dir() / f"{file_stem(state.spec.name)}_spec.json"
    text = st.save_json(state)
    path.write_text(text + "\n")
    return str(path), text


# ---------------------------------------------------------------------------------------------
# Refreshing the page from the state (browser-only follow-ups)
# ---------------------------------------------------------------------------------------------


def _node_choices(state: st.DesignState) -> list[tuple[str, str]]:
    v = st.validate(state)
    out = []
    for n in state.spec.nodes:
        mark = " ⚠" if (not v.ok and v.node == n.name) else ""
        out.append((f"{n.name}  ·  {n.block}{mark}", n.name))
    return out


def _node_header(state: st.DesignState) -> str:
    v = st.validate(state)
    problem = "" if v.ok else f"\n\n<span class='mh-problem'>⚠ {v.message}</span>"
    if state.selected is None:
        return "**No node selected.** Add a block to start." + problem
    node = state.spec.node(state.selected)
    block = get_block(node.block)
    outs = [f"`{k}` ← `{r}`" for k, r in state.spec.outputs if r.split(".")[0] == node.name]
    out_line = f" · outputs {', '.join(outs)}" if outs else ""
    here = ""
    if not v.ok and v.node == node.name:
        here = f"\n\n<span class='mh-problem'>⚠ This node: {v.message}</span>"
        problem = ""
    return (
        f"**{node.name}** — block `{node.block}`: {block.description}  \n"
        f"reads `{', '.join(node.inputs)}`{out_line}" + here + problem
    )


def _pool_updates(state: st.DesignState) -> list:
    fields, slots = _slot_fields(state)
    by_name = {f.name: f for f in fields}
    updates = []
    for pool, size in POOL_SIZES.items():
        for k in range(size):
            name = slots.field_in(pool, k)
            if name is None:
                updates.append(gr.update(visible=False))
                continue
            f = by_name[name]
            common = {"visible": True, "label": f.label, "info": f.help or None, "value": f.value}
            if pool == "dropdown":
                updates.append(gr.update(choices=list(f.choices), **common))
            elif pool == "number":
                updates.append(
                    gr.update(precision=0 if f.kind is FieldKind.INT else None, **common)
                )
            elif pool == "text":
                placeholder = "empty for none" if f.optional else None
                updates.append(gr.update(placeholder=placeholder, **common))
            else:
                updates.append(gr.update(**common))
    return updates


def refresh_form(state: st.DesignState):
    """Everything on the Design tab that follows the state (not an API endpoint)."""
    fields, slots = _slot_fields(state)
    node = state.spec.node(state.selected) if state.selected else None
    params_text = json.dumps({f.name: _json_value(f) for f in fields}, indent=1) if node else "{}"
    overflow = (
        f"More parameters in the JSON box below: {', '.join(slots.overflow)}."
        if slots.overflow
        else ""
    )
    v = st.validate(state)
    banner = (
        "✓ The design is valid."
        if v.ok
        else f"<span class='mh-problem'>⚠ Not buildable yet — {v.message}</span>"
    )
    return [
        gr.update(choices=_node_choices(state), value=state.selected),
        _node_header(state),
        gr.update(value=state.selected or "", interactive=node is not None),
        gr.update(value=", ".join(node.inputs) if node else "", interactive=node is not None),
        *_pool_updates(state),
        overflow,
        params_text,
        gr.update(value=state.task.value),
        gr.update(value=state.backbone),
        gr.update(choices=_blocks(state.task)),
        banner,
    ]


def _json_value(f) -> Any:
    from designer.forms import from_widget_value

    try:
        return from_widget_value(f, f.value)
    except SpecError:
        return f.value


def _fmt_count(n: int) -> str:
    for unit, div in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if n >= div:
            return f"{n / div:.2f} {unit}"
    return str(n)


def analysis_table(state: st.DesignState, size: float | None):
    """Per-node output shapes, parameters and FLOPs at ``size`` x ``size``, and the totals."""
    size = int(size or 224)
    if not 32 <= size <= 4096:
        raise gr.Error(f"input size {size} is outside 32..4096")
    empty = {"headers": ["node", "block", "output", "params", "FLOPs"], "data": []}
    try:
        a = limits.check_design(state.spec, size)
    except SpecError as e:
        return empty, f"No analysis: {e}", {"valid": False, "problem": str(e)}
    rows = [
        [r["node"], r["block"], r["output"], _fmt_count(r["params"]), _fmt_count(r["flops"])]
        for r in a.table()
    ]
    outs = ", ".join(f"`{k}` {v}" for k, v in a.outputs.items())
    totals = (
        f"**Total at {size}×{size}:** {_fmt_count(a.total_params)} parameters, "
        f"{a.total_flops / 1e9:.3f} GFLOPs (a multiply-add counts as two).  \nOutputs: {outs}"
    )
    data = {
        "valid": True,
        "image_size": list(a.image_size),
        "nodes": a.table(),
        "outputs": {k: list(v) for k, v in a.outputs.items()},
        "total_params": a.total_params,
        "total_flops": a.total_flops,
    }
    return {"headers": empty["headers"], "data": rows}, totals, data


def diagram_files(
    state: st.DesignState, size: float | None = 224
) -> tuple[str | None, str | None, str]:
    """The diagram as PNG and SVG files; ``(None, None, message)`` when it cannot be drawn."""
    from designer import diagram

    try:
        dot = diagram.to_dot(state.spec, image_size=int(size or 224))
        png_bytes = diagram.render(dot, "png")
        svg_bytes = diagram.render(dot, "svg")
    except (SpecError, ValueError, diagram.GraphvizNotFound) as e:
        return None, None, f"No diagram: {e}"
    out = _session_dir()
    stem = file_stem(state.spec.name)
    (out / f"{stem}_diagram.png").write_bytes(png_bytes)
    (out / f"{stem}_diagram.svg").write_bytes(svg_bytes)
    return str(out / f"{stem}_diagram.png"), str(out / f"{stem}_diagram.svg"), ""


def refresh_diagram(state: st.DesignState, size: float | None):
    """The diagram (PNG for the page, SVG to download) and the analysis table."""
    table, totals, data = analysis_table(state, size)
    png, svg, problem = diagram_files(state, size)
    if problem:
        totals = f"{problem}  \n{totals}"
    return png, svg, table, totals, data


# ---------------------------------------------------------------------------------------------
# Predict
# ---------------------------------------------------------------------------------------------

SUPPRESSION_CHOICES = [
    ("class-aware NMS", "class_aware"),
    ("NMS across classes", "hard"),
    ("soft-NMS (linear)", "soft_linear"),
    ("soft-NMS (Gaussian)", "soft_gaussian"),
    ("DIoU-NMS", "diou"),
    ("Matrix NMS", "matrix"),
    ("weighted box fusion", "wbf"),
    ("top-k only (no suppression)", "topk"),
]


def head_weights_for(state: st.DesignState):
    """``(weights, class names)`` of the design: the weights trained in this session when they
    fit the design, else the bundled trained head's when the design is that head on its
    backbone, else ``(None, None)`` (random weights)."""
    trained = st.trained_weights(state)
    if trained is not None:
        return trained.state_dict, trained.class_names or None
    bundle = bundled_head(state.task)
    if bundle is not None and bundle.spec == state.spec and bundle.backbone == state.backbone:
        return bundle.state_dict, bundle.class_names
    return None, None


def _timings_text(timings: dict, cached: dict | None) -> str:
    order = ("load", "preprocess", "backbone", "head", "postprocess", "total")
    parts = [f"{k} **{timings[k]:.0f} ms**" for k in order if k in timings]
    hits = [k for k, v in (cached or {}).items() if v]
    tail = f" (from cache: {', '.join(hits)})" if hits else ""
    return "Times: " + " · ".join(parts) + tail


#: Results smaller than this (longest side, pixels) are enlarged for display, so boxes, labels
#: and masks on small images stay readable.
DISPLAY_MIN_SIDE = 512
#: How result pictures are encoded (see :func:`_overlay_file`).
OVERLAY_JPEG = {"quality": 95, "subsampling": 0}


def _overlay_file(image) -> str | None:
    """Write a result picture to a fresh file and return its path.

    Returning a path (not a PIL image) lets Gradio copy the file into its cache atomically; it
    writes returned PIL images in place, keyed by their content, which races when two sessions
    return the same picture at the same time (one client then reads a truncated file).

    The picture is for display (the results themselves are in the JSON, the segmentation mask
    in its own lossless PNG), so it is a JPEG: encoding a 512x512 result takes about 3 ms where
    a PNG takes 30-60 ms, on every prediction and threshold change. Full-resolution colour
    (no chroma subsampling) keeps thin box lines and coloured labels crisp; quality 95 stays
    within a few levels of the drawn picture.
    """
    if image is None:
        return None
    from PIL import Image

    side = max(image.size)
    if 0 < side < DISPLAY_MIN_SIDE:
        factor = DISPLAY_MIN_SIDE / side
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS
        )
    path = _session_dir() / "result.jpg"
    image.convert("RGB").save(path, "JPEG", **OVERLAY_JPEG)
    return str(path)


def _save_mask(mask) -> str | None:
    if mask is None:
        return None
    import numpy as np
    from PIL import Image

    path = _session_dir() / "mask.png"
    Image.fromarray(np.asarray(mask).astype("uint8"), mode="L").save(path)
    return str(path)


def run_prediction(
    state,
    image,
    score,
    iou,
    suppression,
    topk,
    *,
    backends: Backends,
    progress=gr.Progress(),  # noqa: B008
):
    """Predict with the design on ``image`` (a file path); thresholds re-use cached outputs.

    Returns the overlay, the top-k as ``{class name: score}`` (classification; ``None`` for
    the other tasks), notes, per-stage times, the results as JSON (boxes in original image
    pixels), the segmentation mask as a PNG of class indices, and the image path (kept for
    re-running post-processing).
    """
    from designer.images import ImageError

    if not image:
        raise gr.Error("Upload an image, pick an example or draw one first.")
    v = st.validate(state)
    if not v.ok:
        raise gr.Error(f"The design is not buildable yet: {v.message}")
    predictor = backends.predictor(state.backbone)
    weights, _ = head_weights_for(state)
    names = class_names_for(state)
    progress(0.1, desc="Loading the backbone and running the head")
    try:
        pred = predictor.predict(
            image,
            state.spec,
            weights,
            class_names=names,
            score_threshold=float(score),
            iou_threshold=float(iou),
            suppression=suppression or "class_aware",
            topk=int(topk or 5),
        )
    except ImageError as e:
        raise gr.Error(f"Cannot read the image: {e}") from None
    progress(1.0)
    data = dict(pred.data)
    label = None
    if pred.task == "classification":
        label = {d["name"]: float(d["score"]) for d in data.get("topk", [])}
    notes = "".join(f"⚠ {n}  \n" for n in pred.notes) or "✓ Backbone and head have trained weights."
    result = {"task": pred.task, **data, "timings": pred.timings, "notes": pred.notes}
    return (
        _overlay_file(pred.overlay),
        # A plain value: the label's visibility follows the task (``post_controls``). An update
        # here would rebuild the component and its config on every prediction.
        label,
        notes,
        _timings_text(pred.timings, data.get("cached")),
        result,
        _save_mask(pred.mask),
        str(image),
    )


def predict_drawing(state, drawing, score, iou, suppression, topk, *, backends: Backends):
    """Predict on the sketch canvas's picture."""
    composite = (drawing or {}).get("composite") if isinstance(drawing, dict) else drawing
    if composite is None:
        raise gr.Error("Draw something on the canvas first.")
    from PIL import Image

    img = composite if isinstance(composite, Image.Image) else Image.fromarray(composite)
    path = _session_dir() / "drawing.png"
    img.convert("RGB").save(path)
    return run_prediction(state, str(path), score, iou, suppression, topk, backends=backends)


def rerun_postprocess(state, last_image, score, iou, suppression, topk, *, backends: Backends):
    """Re-run post-processing with new thresholds on the last image (raw outputs are cached)."""
    if not last_image:
        raise gr.Error("Predict on an image first.")
    return run_prediction(state, last_image, score, iou, suppression, topk, backends=backends)


def rerun_if_predicted(state, last_image, score, iou, suppression, topk, *, backends: Backends):
    """The page's threshold controls: re-run post-processing once there is a prediction."""
    if not last_image:
        return tuple(gr.skip() for _ in range(7))
    return run_prediction(state, last_image, score, iou, suppression, topk, backends=backends)


def class_names_for(state: st.DesignState) -> tuple[str, ...] | None:
    """Names of the bundled head's classes (ImageNet, Shapes) when the design has as many."""
    import heads

    weights, names = head_weights_for(state)
    if names:
        return names
    bundle = bundled_head(state.task)
    candidates = bundle.class_names if bundle is not None else ()
    if not candidates:
        from designer.inference import default_head

        candidates = default_head(state.task).class_names
    key = {"classification": "logits", "detection": "cls_logits", "segmentation": "mask_logits"}
    try:
        out = heads.plan(state.spec).output_types.get(key[state.task.value])
    except SpecError:
        return None
    k = getattr(out, "channels", None)
    return tuple(candidates) if candidates and k == len(candidates) else None


def post_controls(state: st.DesignState) -> list:
    """Show the post-processing controls and results the design's task uses (thresholds:
    detection; top-k and the top classes: classification)."""
    det = state.task is Task.DETECTION
    cls = state.task is Task.CLASSIFICATION
    return [gr.update(visible=det)] * 3 + [gr.update(visible=cls)] * 2


def _examples() -> list[str]:
    return [str(p) for p in example_images()]


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def export(state, class_name):
    """Generated Python for the design, and downloads: .py, spec .json, weights, diagram."""
    from designer import codegen

    class_name = (class_name or "Head").strip()
    try:
        code = codegen.to_python(state.spec, class_name)
    except (SpecError, codegen.CodegenError) as e:
        raise gr.Error(f"Cannot export: {e}") from None
    try:
        limits.check_design(state.spec)  # before allocating weights
    except SpecError as e:
        raise gr.Error(f"Cannot export: {e}") from None
    out = _session_dir()
    stem = file_stem(state.spec.name)
    weights, _ = head_weights_for(state)
    note = "trained weights" if weights is not None else "randomly initialised weights (untrained)"
    if weights is None:
        import heads

        weights = heads.build_head(None, state.spec).state_dict()
    files = codegen.export_bundle(state.spec, weights, out, class_name=class_name, stem=stem)
    png, svg, _ = diagram_files(state)
    files = [str(p) for p in files] + [p for p in (svg, png) if p]
    names = ", ".join(Path(p).name for p in files)
    return code, files, f"Exported {len(files)} files ({note}): {names}."


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


def create_demo(predictor: Any = None) -> gr.Blocks:
    """Build the app (nothing loads until the first prediction).

    Args:
        predictor: a :class:`designer.inference.Predictor`-like object to run predictions
            with; ``None`` makes the default one lazily, on the first prediction.
    """
    backends = Backends(predictor)
    backbone_names = backends.names()
    start = initial_state(backends)
    bundle = bundled_head(start.task)
    start_preset = BUNDLED if bundle is not None and bundle.spec == start.spec else None

    # Gradio's cache of returned files: older than 2 hours, removed every 30 minutes.
    with gr.Blocks(
        title="Model Heads designer", analytics_enabled=False, delete_cache=(1800, 7200)
    ) as demo:
        state = gr.State(start)
        gr.Markdown(
            "## Model Heads designer\n"
            "Build a task head for a vision backbone from blocks, see its diagram and cost, "
            "try it on an image and export it as standalone PyTorch code."
        )
        with gr.Row(equal_height=False):
            task = gr.Radio([t.value for t in Task], value=start.task.value, label="Task", scale=2)
            backbone = gr.Dropdown(backbone_names, value=start.backbone, label="Backbone", scale=2)
            preset = gr.Dropdown(
                _presets(start.task), value=start_preset, label="Start from preset", scale=2,
                allow_custom_value=True,
                info="replaces the design (undo brings it back)",
            )  # fmt: skip
            num_classes = gr.Number(
                DEFAULT_NUM_CLASSES[start.task],
                precision=0,
                label="Classes (new designs)",
                minimum=1,
                scale=1,
            )
            new_btn = gr.Button("New design", scale=1, variant="secondary")
        status = gr.Markdown("Ready.", elem_classes="mh-status", elem_id="status")

        with gr.Tabs():
            with gr.Tab("Design", id="design"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=320):
                        banner = gr.Markdown()
                        nodes = gr.Radio([], label="Nodes (data flows top to bottom)")
                        # API clients select by name (the radio only takes its current choices).
                        node_name = gr.Textbox(visible=False)
                        with gr.Row():
                            up_btn = gr.Button("▲ Up", size="sm")
                            down_btn = gr.Button("▼ Down", size="sm")
                            remove_btn = gr.Button("✕ Remove", size="sm", variant="stop")
                        block = gr.Dropdown(
                            _blocks(start.task), label="Block", value=None, allow_custom_value=True
                        )
                        with gr.Row():
                            add_btn = gr.Button("Add after selected", size="sm", variant="primary")
                            insert_btn = gr.Button("Insert before selected", size="sm")
                        with gr.Row():
                            undo_btn = gr.Button("↶ Undo", size="sm")
                            reset_btn = gr.Button("Reset to start", size="sm")
                        with gr.Accordion("Save / load the design (JSON)", open=False):
                            save_btn = gr.Button("Save spec JSON", size="sm")
                            spec_file = gr.File(label="Spec file", file_types=[".json"])
                            spec_text = gr.Code(language="json", label="Spec JSON", lines=8)
                            load_btn = gr.Button("Load JSON above", size="sm")
                    with gr.Column(scale=3, min_width=380):
                        node_header = gr.Markdown()
                        with gr.Row():
                            rename_box = gr.Textbox(label="Name", scale=3)
                            rename_btn = gr.Button("Rename", size="sm", scale=1)
                        with gr.Row():
                            inputs_box = gr.Textbox(
                                label="Inputs", scale=3,
                                info="levels or nodes, comma-separated (node.port for one output)",
                            )  # fmt: skip
                            inputs_btn = gr.Button("Rewire", size="sm", scale=1)
                        pool: list[gr.components.Component] = []
                        with gr.Row():
                            pool += [
                                gr.Dropdown(
                                    [], visible=False, min_width=160, allow_custom_value=True
                                )
                                for _ in range(POOL_SIZES["dropdown"])
                            ]
                        with gr.Row():
                            pool += [
                                gr.Number(visible=False, min_width=160)
                                for _ in range(POOL_SIZES["number"])
                            ]
                        with gr.Row():
                            pool += [
                                gr.Checkbox(visible=False, min_width=160)
                                for _ in range(POOL_SIZES["checkbox"])
                            ]
                        with gr.Row():
                            pool += [
                                gr.Textbox(visible=False, min_width=160)
                                for _ in range(POOL_SIZES["text"])
                            ]
                        overflow_note = gr.Markdown(elem_classes="mh-note")
                        apply_btn = gr.Button("Apply parameters", variant="primary")
                        with gr.Accordion("All parameters as JSON", open=False):
                            params_json = gr.Code(language="json", lines=6, label="Parameters")
                            apply_json_btn = gr.Button("Apply JSON", size="sm")
                diagram_img = gr.Image(
                    label="Diagram (updated on every change)", type="filepath",
                    interactive=False, elem_classes="mh-diagram",
                    buttons=["download", "fullscreen"],
                )  # fmt: skip
                with gr.Row(equal_height=False):
                    with gr.Column(scale=1, min_width=260):
                        size = gr.Number(
                            224, precision=0, label="Input size (pixels)", minimum=32,
                            info="press Enter to recompute shapes and FLOPs",
                        )  # fmt: skip
                        totals = gr.Markdown()
                        diagram_svg = gr.File(label="Diagram SVG")
                    with gr.Column(scale=2):
                        table = gr.Dataframe(
                            headers=["node", "block", "output", "params", "FLOPs"],
                            label="Per-node shapes, parameters and FLOPs",
                            interactive=False, wrap=True,
                        )  # fmt: skip
                with gr.Accordion("Design JSON (what the API returns)", open=False):
                    design = gr.JSON(_design_json(start))
                analysis = gr.JSON(visible=False)

            with gr.Tab("Predict", id="predict"):
                last_image = gr.State(None)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=320):
                        with gr.Tabs():
                            with gr.Tab("Upload"):
                                image_in = gr.Image(
                                    type="filepath", label="Image", sources=["upload", "clipboard"],
                                    height=320, elem_id="image-input",
                                )  # fmt: skip
                                predict_btn = gr.Button("Predict", variant="primary")
                                examples = _examples()
                                if examples:
                                    gr.Examples(examples, inputs=[image_in], label="Examples")
                            with gr.Tab("Draw"):
                                sketch = gr.Sketchpad(
                                    label="Draw shapes", type="pil", height=320,
                                    canvas_size=(384, 384),
                                )  # fmt: skip
                                predict_draw_btn = gr.Button("Predict drawing", variant="primary")
                        score = gr.Slider(
                            0.0,
                            1.0,
                            0.3,
                            step=0.01,
                            label="Score threshold",
                            elem_id="score-slider",
                        )
                        iou = gr.Slider(0.05, 0.95, 0.5, step=0.05, label="IoU threshold")
                        suppression = gr.Dropdown(
                            SUPPRESSION_CHOICES, value="class_aware", label="Suppression",
                        )  # fmt: skip
                        topk = gr.Slider(1, 20, 5, step=1, label="Top-k classes")
                        # API clients send image files here (clear errors for unreadable files).
                        image_file = gr.File(visible=False, file_types=["image"])
                    with gr.Column(scale=3, min_width=380):
                        notes = gr.Markdown(
                            "Upload an image, pick an example or draw one: the result shows here.",
                            elem_classes="mh-status",
                        )
                        overlay = gr.Image(
                            label="Result",
                            type="filepath",
                            interactive=False,
                            height=480,
                            elem_id="result-image",
                        )
                        topk_label = gr.Label(label="Top classes", visible=False)
                        timings = gr.Markdown(elem_classes="mh-note")
                        with gr.Accordion("Results as JSON and mask download", open=False):
                            result_json = gr.JSON()
                            mask_file = gr.File(label="Segmentation mask (PNG of class indices)")

            train_tab = _optional_train_tab()
            if train_tab is not None:
                with gr.Tab("Train", id="train"):
                    train_tab(state)

            with gr.Tab("Export", id="export"):
                with gr.Row():
                    class_name = gr.Textbox("Head", label="Class name", scale=3)
                    export_btn = gr.Button("Generate code and files", variant="primary", scale=1)
                export_msg = gr.Markdown(
                    "Generates one standalone `.py` file (torch and torchvision only, the same "
                    "`state_dict` keys as the in-app head), the spec `.json`, the weights "
                    "`.safetensors` and the diagram as SVG and PNG."
                )
                export_files = gr.File(
                    label="Downloads", file_count="multiple", elem_id="export-files"
                )
                code = gr.Code(
                    language="python",
                    label="Standalone PyTorch module",
                    lines=24,
                    elem_id="export-code",
                )

        # -- wiring -----------------------------------------------------------------------------
        post_controls_outputs = [score, iou, suppression, topk, topk_label]
        form_outputs = [
            nodes, node_header, rename_box, inputs_box, *pool, overflow_note, params_json,
            task, backbone, block, banner,
        ]  # fmt: skip
        edit_outputs = [state, status, design]

        def then_refresh(event):
            return (
                event.then(
                    refresh_form, [state], form_outputs, api_visibility="private", queue=False
                )
                .then(
                    post_controls,
                    [state],
                    post_controls_outputs,
                    api_visibility="private",
                    queue=False,
                )
                .then(
                    _guard(refresh_diagram),
                    [state, size],
                    [diagram_img, diagram_svg, table, totals, analysis],
                    api_visibility="private",
                )
            )

        def wire(trigger, fn, inputs, api_name):
            # api_name None: a browser-only duplicate of an endpoint (hidden from the API).
            visibility = "public" if api_name else "private"
            event = trigger(
                _guard(fn),
                [state, *inputs],
                edit_outputs,
                api_name=api_name or f"ui_{getattr(fn, '__name__', None) or fn.func.__name__}",
                api_visibility=visibility,
            )
            then_refresh(event)

        with_backends = functools.partial
        design_inputs = [task, backbone, preset, num_classes]
        wire(
            new_btn.click, with_backends(new_design, backends=backends), design_inputs, "new_design"
        )
        wire(preset.input, with_backends(new_design, backends=backends), design_inputs, None)
        wire(
            backbone.input,
            with_backends(change_backbone, backends=backends),
            [backbone],
            "set_backbone",
        )
        wire(nodes.input, select_node, [nodes], None)
        wire(node_name.submit, select_node, [node_name], "select_node")
        wire(add_btn.click, add_node, [block], "add_node")
        wire(insert_btn.click, insert_node, [block], "insert_node")
        wire(remove_btn.click, remove_node, [], "remove_node")
        wire(up_btn.click, move_up, [], "move_up")
        wire(down_btn.click, move_down, [], "move_down")
        wire(undo_btn.click, undo, [], "undo")
        wire(reset_btn.click, reset, [], "reset")
        wire(rename_btn.click, rename_node, [rename_box], "rename_node")
        wire(rename_box.submit, rename_node, [rename_box], None)
        wire(inputs_btn.click, set_inputs, [inputs_box], "set_inputs")
        wire(inputs_box.submit, set_inputs, [inputs_box], None)
        wire(apply_btn.click, set_params_form, pool, "set_params_form")
        wire(apply_json_btn.click, set_params_json, [rename_box, params_json], "set_params")
        wire(load_btn.click, load_json_text, [spec_text], "load_json")
        wire(spec_file.upload, load_json_file, [spec_file], "load_json_file")
        save_btn.click(_guard(save_json), [state], [spec_file, spec_text], api_name="save_json")

        def task_changed(t):
            t = Task(t)
            return (
                gr.update(choices=_presets(t), value=None),
                gr.update(choices=_blocks(t), value=None),
                DEFAULT_NUM_CLASSES[t],
            )

        task.input(task_changed, [task], [preset, block, num_classes], api_visibility="private")
        size.submit(
            _guard(refresh_diagram), [state, size],
            [diagram_img, diagram_svg, table, totals, analysis], api_name="diagram",
        )  # fmt: skip
        then_refresh(demo.load(lambda s: s, [state], [state], api_visibility="private"))
        export_btn.click(
            _guard(export),
            [state, class_name],
            [code, export_files, export_msg],
            api_name="export",
        )

        post = [score, iou, suppression, topk]
        pred_outputs = [overlay, topk_label, notes, timings, result_json, mask_file, last_image]
        predict_fn = _guard(functools.partial(run_prediction, backends=backends))
        predict_btn.click(
            predict_fn, [state, image_in, *post], pred_outputs, api_visibility="private"
        )
        image_in.upload(
            predict_fn, [state, image_in, *post], pred_outputs, api_visibility="private"
        )
        image_file.upload(predict_fn, [state, image_file, *post], pred_outputs, api_name="predict")
        predict_draw_btn.click(
            _guard(functools.partial(predict_drawing, backends=backends)),
            [state, sketch, *post],
            pred_outputs,
            api_name="predict_drawing",
        )
        gr.on(
            [],
            _guard(functools.partial(rerun_postprocess, backends=backends)),
            [state, last_image, *post],
            pred_outputs,
            api_name="postprocess",
        )
        gr.on(
            [c.change if isinstance(c, gr.Slider) else c.input for c in post],
            _guard(functools.partial(rerun_if_predicted, backends=backends)),
            [state, last_image, *post],
            pred_outputs,
            api_visibility="private",
            trigger_mode="always_last",
        )
        demo.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=64)
    return demo


def _optional_train_tab() -> Callable | None:
    """``designer.training.build_train_tab(state)`` when the training module provides one."""
    try:
        from designer import training
    except ImportError:
        return None
    return getattr(training, "build_train_tab", None)


# ---------------------------------------------------------------------------------------------
# Launching
# ---------------------------------------------------------------------------------------------


def launch(
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    predictor: Any = None,
    max_file_size: str | int = MAX_FILE_SIZE,
    prevent_thread_lock: bool = False,
    **kwargs: Any,
):
    """Build and serve the app on ``host:port`` (local only by default; never shared)."""
    demo = create_demo(predictor)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        max_file_size=max_file_size,
        theme=THEME,
        css=CSS,
        prevent_thread_lock=prevent_thread_lock,
        **kwargs,
    )
    return demo


def main(argv: Sequence[str] | None = None) -> int:
    """``model-heads app``: serve the designer."""
    parser = argparse.ArgumentParser(prog="model-heads app", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--max-file-size", default=MAX_FILE_SIZE, help="largest upload (e.g. 20mb)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    launch(args.host, args.port, max_file_size=args.max_file_size)
    return 0


__all__ = ["CSS", "THEME", "create_demo", "initial_state", "launch", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
