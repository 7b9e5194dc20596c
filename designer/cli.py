"""The ``model-heads`` command line: the designer's work without the web app.

Subcommands::

    model-heads app [--host H] [--port P] [--mcp]  serve the web app (and MCP tools)
    model-heads presets [--task T]                 presets by task, with parameter counts
    model-heads blocks [--task T]                  registered blocks
    model-heads diagram SPEC -o FILE.svg           architecture diagram (svg, png, pdf, dot)
    model-heads export SPEC -o FILE.py             standalone PyTorch module (+ weights)
    model-heads export SPEC -o FILE.onnx           ONNX model (optionally decoding inside)
    model-heads export-model HEAD -o DIR           the whole predictor as Python and ONNX
    model-heads predict IMAGE [HEAD] [--tta]       predict on one image (JSON results)
    model-heads analyze SPEC [--measure]           shapes, parameters and FLOPs per node
    model-heads diff A [B] [-o FILE]               compare two designs (or A and its preset)
    model-heads fit-anchors --data D [--design S]  fit anchors to a dataset's boxes
    model-heads docs                               regenerate docs/images/
    model-heads pretrained list|download|predict   torchvision's COCO/VOC models as starts

``SPEC`` is a preset name or the path of a spec JSON file. Errors a person can cause are one line
on stderr and exit status 1; nothing heavy is imported before a subcommand runs, so ``--help`` is
fast.

New subcommands are entries in :data:`SUBCOMMANDS`: either ``add_arguments`` + ``run`` (argparse),
or ``forward="package.module:function"``, a ``function(argv) -> int`` that parses its own
arguments (how ``app`` is wired).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROG = "model-heads"


@dataclass(frozen=True)
class Subcommand:
    """One ``model-heads`` subcommand.

    Attributes:
        help: one line for ``model-heads --help``.
        add_arguments: adds the subcommand's arguments to its parser.
        run: runs it with the parsed arguments; returns the exit status.
        forward: ``"module:function"``; the function gets the remaining ``argv`` and parses it
            itself (``add_arguments`` and ``run`` are then unused).
    """

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    run: Callable[[argparse.Namespace], int] | None = None
    forward: str | None = None


# ---------------------------------------------------------------------------------------------
# Shared arguments
# ---------------------------------------------------------------------------------------------


def _add_spec_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", metavar="SPEC_OR_PRESET", help="a preset name or a spec JSON file")
    levels = parser.add_mutually_exclusive_group()
    levels.add_argument(
        "--backbone", metavar="NAME", help="presets: take the input levels of this backbone"
    )
    levels.add_argument(
        "--in-channels",
        metavar="C1,C2,...",
        help="presets: channels of the input levels, shallow to deep (strides end at 32)",
    )
    parser.add_argument(
        "--strides", metavar="S1,S2,...", help="strides of the --in-channels levels"
    )
    parser.add_argument("--num-classes", type=int, metavar="K", help="presets: number of classes")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="presets: another option (VALUE is JSON, or text); repeatable",
    )
    parser.add_argument(
        "--size", type=int, default=224, metavar="PX", help="input image size (default 224)"
    )


def _int_list(text: str, what: str) -> list[int]:
    try:
        values = [int(v) for v in text.replace(" ", "").split(",") if v]
    except ValueError:
        raise ValueError(f"{what} must be integers separated by commas, got {text!r}") from None
    if not values:
        raise ValueError(f"{what} is empty")
    return values


def _in_features(args: argparse.Namespace) -> Any:
    from heads.spec import FeatureInfo

    if args.backbone:
        from designer.backbones import backbone_info

        return backbone_info(args.backbone).feature_info
    if args.in_channels:
        channels = _int_list(args.in_channels, "--in-channels")
        if args.strides:
            strides = _int_list(args.strides, "--strides")
            if len(strides) != len(channels):
                raise ValueError(
                    f"--strides has {len(strides)} values for {len(channels)} --in-channels"
                )
        else:
            strides = [32 >> (len(channels) - 1 - i) or 1 for i in range(len(channels))]
        return [FeatureInfo(c, s) for c, s in zip(channels, strides)]
    if args.strides:
        raise ValueError("--strides needs --in-channels")
    return None


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for item in args.option:
        key, sep, value = item.partition("=")
        if not sep or not key.isidentifier():
            raise ValueError(f"--option takes KEY=VALUE, got {item!r}")
        try:
            options[key] = json.loads(value)
        except json.JSONDecodeError:
            options[key] = value
    if args.num_classes is not None:
        options["num_classes"] = args.num_classes
    return options


def load_spec(args: argparse.Namespace) -> Any:
    """The spec a subcommand works on: a spec file, or a preset built for the given levels."""
    from heads.registry import get_preset

    text = args.spec
    path = Path(text)
    if path.suffix.lower() == ".json" or path.is_file() or "/" in text:
        if not path.is_file():
            raise FileNotFoundError(f"spec file not found: {text}")
        if args.backbone or args.in_channels or args.option or args.num_classes is not None:
            raise ValueError(
                "--backbone, --in-channels, --num-classes and --option apply to presets"
            )
        from designer.limits import check_spec_size

        check_spec_size(path.stat().st_size, str(path))
        from designer.canvas.value import read_design

        # A design saved by the app may carry its canvas layout beside the spec.
        return read_design(path.read_bytes())[0]
    return get_preset(text, _in_features(args), **_options(args))


def _print_table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


# ---------------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------------


def _args_presets(p: argparse.ArgumentParser) -> None:
    p.add_argument("--task", help="only this task (classification, detection, segmentation)")
    p.add_argument("--backbone", metavar="NAME", help="count parameters for this backbone's levels")


def _run_presets(args: argparse.Namespace) -> int:
    from designer.diagram import human
    from heads.analysis import analyze
    from heads.registry import list_presets
    from heads.spec import Task

    task = _task(args.task)
    levels = None
    if args.backbone:
        from designer.backbones import backbone_info

        levels = backbone_info(args.backbone).feature_info
    rows = []
    for t in Task:
        if task is not None and t is not task:
            continue
        for preset in list_presets(t):
            try:
                spec = preset.build(levels) if levels is not None else preset.build()
                params = human(analyze(spec, 224).total_params)
            except (ValueError, TypeError):
                params = "-"
            rows.append([preset.name, t.value, params, preset.description])
    _print_table(rows, ["preset", "task", "params", "description"])
    return 0


def _task(text: str | None) -> Any:
    from heads.spec import Task

    if text is None:
        return None
    try:
        return Task(text)
    except ValueError:
        raise ValueError(
            f"unknown task {text!r}; choose one of: {', '.join(t.value for t in Task)}"
        ) from None


def _args_blocks(p: argparse.ArgumentParser) -> None:
    p.add_argument("--task", help="only blocks usable for this task")


def _run_blocks(args: argparse.Namespace) -> int:
    from heads.registry import list_blocks

    rows = [
        [
            b.name,
            b.role,
            ", ".join(t.value for t in b.tasks) or "any",
            "list" if b.multi_input else "one",
            b.description,
        ]
        for b in sorted(list_blocks(_task(args.task)), key=lambda b: b.name)
    ]
    _print_table(rows, ["block", "role", "tasks", "inputs", "description"])
    return 0


_DIAGRAM_FORMATS = ("svg", "png", "pdf", "dot")
#: ``designer.onnx_export.Sizes`` and its graph suppression methods (listed here so that
#: ``--help`` imports no torch; a test keeps them equal).
ONNX_SIZES = ("auto", "dynamic", "batch", "fixed")
ONNX_SUPPRESSION = ("class_aware", "hard")


def _args_diagram(p: argparse.ArgumentParser) -> None:
    _add_spec_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.svg/png/pdf/dot")
    p.add_argument("--format", choices=_DIAGRAM_FORMATS, help="default: from the file suffix")
    p.add_argument("--rankdir", choices=("LR", "TB"), default="LR", help="layout direction")
    p.add_argument("--expand", action="store_true", help="draw repeated blocks one by one")
    p.add_argument("--title", help="diagram title (default: the design's name)")


def _run_diagram(args: argparse.Namespace) -> int:
    from designer.diagram import render, to_dot

    out = Path(args.output)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in _DIAGRAM_FORMATS:
        raise ValueError(
            f"cannot tell the format of {args.output!r}; use a .svg, .png, .pdf or .dot file "
            "or --format"
        )
    spec = load_spec(args)
    dot = to_dot(
        spec, image_size=args.size, rankdir=args.rankdir, expand=args.expand, title=args.title
    )
    data = dot.encode() if fmt == "dot" else render(dot, fmt)
    _write(out, data)
    print(f"wrote {out} ({len(data)} bytes)", file=sys.stderr)
    return 0


def _write(path: Path, data: bytes) -> None:
    if not path.parent.exists():
        raise FileNotFoundError(f"folder not found: {path.parent}")
    path.write_bytes(data)


def _args_export(p: argparse.ArgumentParser) -> None:
    _add_spec_args(p)
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the Python (.py) or ONNX file"
    )
    p.add_argument("--format", choices=("python", "onnx"), help="default: from the output's suffix")
    p.add_argument("--class-name", default="Head", help="name of the head class (default Head)")
    p.add_argument(
        "--weights",
        metavar="FILE.safetensors",
        help="also write the head's weights here (from --from-weights, else freshly initialised)",
    )
    p.add_argument(
        "--from-weights",
        metavar="FILE",
        help="trained weights (.safetensors or .pt state_dict), checked against the design",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of fresh weights (default 0)")
    p.add_argument("--spec-json", metavar="FILE.json", help="also write the spec here")
    onnx = p.add_argument_group("ONNX (--format onnx)")
    outputs = onnx.add_mutually_exclusive_group()
    outputs.add_argument("--decode", action="store_true", help="decode inside the graph (see docs)")
    outputs.add_argument(
        "--outputs",
        choices=("raw", "decoded", "both"),
        default="raw",
        help="raw head outputs, decoded results, or both from one graph (--decode: decoded)",
    )
    onnx.add_argument("--sizes", choices=ONNX_SIZES, default="auto", help="dynamic input sizes")
    onnx.add_argument("--score-threshold", type=float, default=0.3, help="detection (0.3)")
    onnx.add_argument("--iou-threshold", type=float, default=0.5, help="detection (0.5)")
    onnx.add_argument("--max-detections", type=int, default=100, help="per image (100)")
    onnx.add_argument("--suppression", choices=ONNX_SUPPRESSION, default="class_aware")
    onnx.add_argument(
        "--contract-backbone",
        metavar="NAME",
        help="the backbone the contract names (default: --backbone, else the zoo backbone "
        "whose levels the head reads)",
    )
    onnx.add_argument("--classes", metavar="A,B,.. or FILE", help="class names for the contract")


def _run_export(args: argparse.Namespace) -> int:
    from designer.codegen import check_class_name, save_weights, to_python

    out = Path(args.output)
    if (args.format or ("onnx" if out.suffix.lower() == ".onnx" else "python")) == "onnx":
        from designer.onnx_export import run_cli

        state = _load_weights(Path(args.from_weights)) if args.from_weights else None
        return run_cli(args, load_spec(args), state)
    if out.suffix != ".py":
        raise ValueError(f"the output must be a .py file, got {args.output!r}")
    check_class_name(args.class_name)
    spec = load_spec(args)
    from designer.contract import cli_contract

    contract = cli_contract(spec, args)
    code = to_python(spec, args.class_name, image_size=args.size, contract=contract)
    state = None
    if args.weights or args.from_weights:
        import torch

        from designer.limits import check_design
        from heads.graph import GraphHead

        check_design(spec, args.size)  # refuse before allocating a design too large to build
        torch.manual_seed(args.seed)
        head = GraphHead(spec)
        if args.from_weights:
            state = _load_weights(Path(args.from_weights))
            try:
                head.load_state_dict(state, strict=True)
            except RuntimeError as e:
                first = str(e).strip().splitlines()
                raise ValueError(
                    f"{args.from_weights} does not fit the design: "
                    f"{' '.join(line.strip() for line in first[:3])}"
                ) from None
        state = head.state_dict()
    _write(out, code.encode())
    print(f"wrote {out}", file=sys.stderr)
    if args.weights:
        meta = {"spec": spec.to_json(None), **(contract.metadata() if contract else {})}
        path = save_weights(state, args.weights, metadata=meta)
        print(f"wrote {path}", file=sys.stderr)
    if args.spec_json:
        _write(Path(args.spec_json), (spec.to_json() + "\n").encode())
        print(f"wrote {args.spec_json}", file=sys.stderr)
    return 0


def _load_weights(path: Path) -> dict[str, Any]:
    from designer.backbones import load_state_dict_file

    return load_state_dict_file(path)  # a WeightsError (a ValueError) names the file


def _add_measure_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--measure",
        action="store_true",
        help="also measure CPU time and memory per node (random weights and features)",
    )
    p.add_argument("--batch", type=int, default=1, metavar="B", help="--measure: batch (default 1)")
    p.add_argument(
        "--runs", type=int, default=10, metavar="R", help="--measure: timed runs (default 10)"
    )


def _args_analyze(p: argparse.ArgumentParser) -> None:
    _add_spec_args(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_measure_args(p)


def _run_analyze(args: argparse.Namespace) -> int:
    from designer.diagram import human, shape_text
    from heads.analysis import ROIS_PER_IMAGE, analyze

    spec = load_spec(args)
    if args.measure:
        return _run_measure(args, spec)
    a = analyze(spec, args.size)
    if args.json:
        data = {
            "name": spec.name,
            "task": spec.task.value,
            "image_size": list(a.image_size),
            "nodes": a.table(),
            "outputs": {k: list(v) for k, v in a.outputs.items()},
            "total_params": a.total_params,
            "total_flops": a.total_flops,
            "flops_per_multiply_add": 2,
        }
        if a.total_roi_flops:
            data["roi_flops"] = a.total_roi_flops
            data["rois_per_image"] = ROIS_PER_IMAGE
        print(json.dumps(data, indent=2))
        return 0
    rows = [
        [n.name, n.block, ", ".join(shape_text(s) for s in n.output_shapes), f"{n.params:,}",
         human(n.flops) + (f" + {human(n.roi_flops)} per {ROIS_PER_IMAGE} detections" if n.roi_flops else "")]
        for n in a.nodes
    ]  # fmt: skip
    print(f"{spec.name or 'design'} ({spec.task.value}) at {a.image_size[0]}x{a.image_size[1]}")
    _print_table(rows, ["node", "block", "output", "params", "FLOPs"])
    for key, shape in a.outputs.items():
        text = shape_text(shape) if shape and isinstance(shape[0], int) else str(shape)
        print(f"output {key}: {text}")
    print(f"total: {a.total_params:,} params, {human(a.total_flops)} FLOPs")
    for row in a.table():
        if "cost" in row:  # what runs once per detected box, after decoding
            print(f"{row['node']} ({row['block']}): + {row['cost']}")
    return 0


def _run_measure(args: argparse.Namespace, spec: Any) -> int:
    from designer.diagram import human
    from heads.profile import profile

    prof = profile(spec, args.size, args.batch, runs=args.runs)
    if args.json:
        print(json.dumps(prof.to_dict(), indent=2))
        return 0
    h, w = prof.image_size
    print(
        f"{spec.name or 'design'} ({spec.task.value}) at {h}x{w}, batch {prof.batch}: "
        f"median of {prof.runs} runs on {prof.threads} CPU thread(s), random weights"
    )
    rows = [
        [r["node"], r["block"], f"{r['params']:,}", human(r["flops"]), f"{r['ms']:.3f}",
         f"{100 * r['share']:.1f}%", f"{r['gflops_per_s']:.1f}", human(r["output_bytes"], "B"),
         "-" if r["peak_bytes"] is None else human(r["peak_bytes"], "B")]
        for r in prof.table()
    ]  # fmt: skip
    header = ["node", "block", "params", "FLOPs", "ms", "share", "GFLOP/s", "output", "peak"]
    _print_table(rows, header)
    print(
        f"nodes: {prof.sum_ms:.3f} ms; whole head: {prof.whole_ms:.3f} ms "
        f"(nodes account for {100 * prof.sum_ms / prof.whole_ms:.0f}%)"
    )
    print(
        f"total: {sum(n.params for n in prof.nodes):,} params, {human(prof.total_flops)} FLOPs "
        f"(a multiply-add counts as two), {human(prof.activation_bytes, 'B')} of activations"
    )
    return 0


_DIFF_FORMATS = ("md", "json", "svg", "png", "pdf", "dot")


def _args_diff(p: argparse.ArgumentParser) -> None:
    _add_spec_args(p)
    p.add_argument(
        "other",
        nargs="?",
        metavar="B",
        help="the design to compare with (default: A's preset, or --preset)",
    )
    p.add_argument("--preset", metavar="NAME", help="without B: compare A with this preset")
    p.add_argument("-o", "--output", metavar="FILE", help="FILE.md/json/svg/png/pdf/dot")
    _add_measure_args(p)
    p.add_argument("--metrics-a", metavar="FILE.json", help="A's training metrics")
    p.add_argument("--metrics-b", metavar="FILE.json", help="B's training metrics")


def _run_diff(args: argparse.Namespace) -> int:
    from designer.diff import diff, metrics_beside, preset_of, read_metrics

    out = Path(args.output) if args.output else None
    fmt = out.suffix.lower().lstrip(".") if out else "md"
    if fmt not in _DIFF_FORMATS:
        raise ValueError(
            f"cannot tell the format of {args.output!r}; use one of: "
            + ", ".join(f".{f}" for f in _DIFF_FORMATS)
        )
    spec_a = load_spec(args)
    if args.other is None:
        spec_b, spec_a = spec_a, preset_of(spec_a, args.preset)
        paths = (None, args.spec)
    else:
        if args.preset:
            raise ValueError("--preset applies when there is no design B")
        spec_b = load_spec(argparse.Namespace(**{**vars(args), "spec": args.other}))
        paths = (args.spec, args.other)
    given = (args.metrics_a, args.metrics_b)
    metrics = tuple(
        read_metrics(m) if m else metrics_beside(p) if p else None for m, p in zip(given, paths)
    )
    d = diff(spec_a, spec_b, image_size=args.size, measure=args.measure, runs=args.runs,
             batch=args.batch, metrics=metrics)  # fmt: skip
    if fmt == "md":
        data = d.to_markdown().encode()
    elif fmt == "json":
        data = (d.to_json() + "\n").encode()
    else:
        from designer.diagram import render

        dot = d.to_dot()
        data = dot.encode() if fmt == "dot" else render(dot, fmt)
    if out is None:
        sys.stdout.write(data.decode())
        return 0
    _write(out, data)
    print(f"wrote {out} ({len(data)} bytes)", file=sys.stderr)
    return 0


def _args_fit_anchors(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data",
        required=True,
        metavar="SOURCE",
        help="'shapes' (built-in data), a COCO JSON file, or a folder or zip holding one",
    )
    p.add_argument(
        "--design",
        default="retinanet_lite",
        metavar="SPEC_OR_PRESET",
        help="an anchor-based design: a preset name or a spec JSON file (default retinanet_lite)",
    )
    p.add_argument("--backbone", metavar="NAME", help="presets: take this backbone's levels")
    p.add_argument(
        "--num-classes", type=int, metavar="K", help="presets: classes (default: the data's)"
    )
    p.add_argument(
        "--size", type=int, default=256, metavar="PX", help="training input size (default 256)"
    )
    p.add_argument(
        "--shapes-images", type=int, default=600, metavar="N", help="shapes: images (default 600)"
    )
    p.add_argument(
        "--threshold", type=float, default=0.5, help="the matcher's foreground IoU (default 0.5)"
    )
    p.add_argument("--generations", type=int, default=300, help="evolution steps (default 300)")
    p.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    p.add_argument("-o", "--output", metavar="FILE.json", help="write the fitted design here")
    p.add_argument("--image", metavar="FILE.png", help="draw the anchors before and after here")
    p.add_argument(
        "--image-index",
        type=int,
        metavar="I",
        help="which training image to draw (default: the one with most boxes of the first 100)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_fit_anchors(args: argparse.Namespace) -> int:
    return importlib.import_module("designer.fit_anchors").run(args)


#: What ``--tta`` turns on when ``--flip`` and ``--scales`` are not given.
TTA_DEFAULT_SCALES = (1.0, 1.25)


def _args_predict(p: argparse.ArgumentParser) -> None:
    p.add_argument("image", help="an image file")
    p.add_argument(
        "head",
        nargs="?",
        default="classification",
        metavar="HEAD",
        help="a trained head (.safetensors, as model-heads train writes), a task name for the "
        "bundled head, or a preset name or spec JSON file (random weights unless --weights); "
        "default: the bundled classification head",
    )
    p.add_argument("--weights", metavar="FILE", help="head weights (safetensors) for a spec")
    p.add_argument(
        "--backbone", metavar="NAME", help="the backbone (default: the head's, else the default)"
    )
    p.add_argument("--backbone-weights", metavar="FILE", help="weights file for the backbone")
    p.add_argument("--class-names", metavar="A,B,...", help="names in output order")
    p.add_argument("-o", "--out", metavar="FILE", help="write the picture with results drawn")
    p.add_argument("--score-threshold", type=float, default=0.3, help="detection (default 0.3)")
    p.add_argument("--iou-threshold", type=float, default=0.5, help="detection (default 0.5)")
    p.add_argument("--suppression", default="class_aware", help="detection: box suppression")
    p.add_argument("--max-detections", type=int, default=100, help="detection (default 100)")
    p.add_argument("--topk", type=int, default=5, help="classification: classes listed")
    tta = p.add_argument_group(
        "test-time augmentation and sliced inference",
        "each view is one more backbone pass; the merged result replaces the plain one",
    )
    scales = ", ".join(f"{v:g}" for v in TTA_DEFAULT_SCALES)
    tta.add_argument(
        "--tta", action="store_true", help=f"flip and scales {scales} (unless given below)"
    )
    tta.add_argument("--flip", action="store_true", help="also run each scale flipped left-right")
    tta.add_argument(
        "--scales", metavar="S1,S2,...", help="view sizes relative to the usual one (0.5..2)"
    )
    tta.add_argument(
        "--sliced", action="store_true", help="overlapping tiles of the image at its own size"
    )
    tta.add_argument("--tile", type=int, default=256, help="sliced: tile side (default 256)")
    tta.add_argument(
        "--overlap", type=float, default=0.2, help="sliced: share of a tile (default 0.2)"
    )
    tta.add_argument(
        "--no-whole-image",
        action="store_true",
        help="sliced detection: skip the pass over the whole image resized to one tile",
    )


def tta_options(args: argparse.Namespace) -> Any:
    """The :class:`designer.tta_inference.TTAOptions` the ``predict`` arguments ask for, or
    ``None`` for plain inference.

    Example:
        >>> p = argparse.ArgumentParser()
        >>> _args_predict(p)
        >>> tta_options(p.parse_args(["a.jpg", "--tta"]))
        TTAOptions(hflip=True, scales=(1.0, 1.25), sliced=False, tile=256, overlap=0.2, whole_image=True)
        >>> tta_options(p.parse_args(["a.jpg", "--scales", "1,1.5"])).scales
        (1.0, 1.5)
        >>> tta_options(p.parse_args(["a.jpg"])) is None
        True
    """
    from designer.tta_inference import TTAOptions

    if args.scales is not None:
        try:
            scales = tuple(float(v) for v in args.scales.replace(" ", "").split(",") if v)
        except ValueError:
            raise ValueError(
                f"--scales must be numbers separated by commas, got {args.scales!r}"
            ) from None
        if not scales:
            raise ValueError("--scales is empty")
    else:
        scales = TTA_DEFAULT_SCALES if args.tta else (1.0,)
    flip = bool(args.flip or (args.tta and not args.scales))
    opts = TTAOptions(
        hflip=flip, scales=scales, sliced=bool(args.sliced), tile=int(args.tile),
        overlap=float(args.overlap), whole_image=not args.no_whole_image,
    )  # fmt: skip
    return None if opts.plain else opts


def make_predictor(backbone: str, weights: str | None) -> Any:
    """The predictor ``predict`` runs (a seam: tests give it a small backbone)."""
    from designer.inference import Predictor

    return Predictor(backbone, backbone_weights=weights)


def _run_predict(args: argparse.Namespace) -> int:
    from designer.backbones import DEFAULT_BACKBONE
    from designer.inference import HeadBundle

    head: Any = args.head
    backbone = args.backbone
    if str(head).endswith(".safetensors"):
        head = HeadBundle.load(head)
        backbone = backbone or head.backbone
    elif str(head).endswith(".json"):
        head = Path(head).read_text()
    predictor = make_predictor(backbone or DEFAULT_BACKBONE, args.backbone_weights)
    names = [n.strip() for n in args.class_names.split(",")] if args.class_names else None
    pred = predictor.predict(
        args.image, head, args.weights, class_names=names,
        score_threshold=args.score_threshold, iou_threshold=args.iou_threshold,
        suppression=args.suppression, topk=args.topk, max_detections=args.max_detections,
        tta=tta_options(args),
    )  # fmt: skip
    if args.out:
        pred.overlay.save(args.out)
    print(pred.to_json())
    for note in pred.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def _args_docs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help="where to write (default: docs/images of this checkout; needed outside one)",
    )


def _run_docs(args: argparse.Namespace) -> int:
    from designer.docs_images import default_dir, generate
    from designer.resources import source_checkout

    if not args.out and source_checkout() is None:
        raise ValueError(
            "this is an installed copy, not a source checkout: choose the folder to write to "
            "with --out DIR"
        )
    out = Path(args.out) if args.out else default_dir()
    written = generate(out)
    for path in written:
        print(path)
    return 0


SUBCOMMANDS: dict[str, Subcommand] = {
    "app": Subcommand("serve the web app (model-heads app --help)", forward="designer.app:main"),
    "presets": Subcommand("list presets by task, with parameter counts", _args_presets, _run_presets),
    "blocks": Subcommand("list the registered blocks", _args_blocks, _run_blocks),
    "diagram": Subcommand("draw a design's architecture (svg, png, pdf, dot)", _args_diagram, _run_diagram),
    "export": Subcommand("export a design as a standalone PyTorch module or ONNX", _args_export, _run_export),
    "export-model": Subcommand("export the whole predictor: backbone, preprocessing, head, decoding (model-heads export-model --help)", forward="designer.end_to_end:main"),
    "predict": Subcommand("predict on one image (JSON on stdout; flip, scales and sliced inference)", _args_predict, _run_predict),
    "analyze": Subcommand("shapes, parameters and FLOPs of every node", _args_analyze, _run_analyze),
    "docs": Subcommand("regenerate the docs' diagrams (docs/images)", _args_docs, _run_docs),
    "fit-anchors": Subcommand("fit a RetinaNet head's anchors to a dataset's boxes", _args_fit_anchors, _run_fit_anchors),
    "diff": Subcommand("compare two designs (or a design and its preset)", _args_diff, _run_diff),
    "train": Subcommand("train a head on frozen backbone features (model-heads train --help)", forward="designer.training:cli_main"),
    "pretrained": Subcommand("torchvision detectors and segmenters as starts: list, download, predict", forward="designer.pretrained:cli_main"),
}  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand (forwarded ones take their arguments raw)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Design, inspect and export the output heads of vision models.",
        epilog="SPEC_OR_PRESET is a preset name (model-heads presets) or a spec JSON file.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, cmd in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=cmd.help, description=cmd.help, add_help=cmd.forward is None)
        if cmd.forward is not None:
            p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        elif cmd.add_arguments is not None:
            cmd.add_arguments(p)
    return parser


def _user_errors() -> tuple[type[BaseException], ...]:
    # SpecError, CodegenError and BackboneError are ValueErrors; graphviz missing is its own.
    errors: list[type[BaseException]] = [ValueError, FileNotFoundError, IsADirectoryError]
    errors.append(PermissionError)
    if "designer.diagram" in sys.modules:
        errors.append(sys.modules["designer.diagram"].GraphvizNotFound)
    return tuple(errors)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``model-heads`` with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS and SUBCOMMANDS[argv[0]].forward:
        target = SUBCOMMANDS[argv[0]].forward
        return _forward(argv[0], target, argv[1:])
    args = build_parser().parse_args(argv)
    cmd = SUBCOMMANDS[args.command]
    try:
        return int(cmd.run(args) or 0) if cmd.run else 0
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # noqa: BLE001 - user errors are one line; others keep the traceback
        if isinstance(e, _user_errors()):
            print(f"{PROG} {args.command}: error: {e}", file=sys.stderr)
            return 1
        raise


def _forward(name: str, target: str, rest: list[str]) -> int:
    module_name, _, func = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name and module_name.startswith(e.name):
            print(
                f"{PROG} {name}: error: {module_name} is not available in this installation",
                file=sys.stderr,
            )
            return 1
        raise
    fn = getattr(module, func, None)
    if fn is None:
        print(
            f"{PROG} {name}: error: {target} does not exist in this installation", file=sys.stderr
        )
        return 1
    try:
        return int(fn(rest) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # noqa: BLE001
        if isinstance(e, _user_errors()):
            print(f"{PROG} {name}: error: {e}", file=sys.stderr)
            return 1
        raise


__all__ = [
    "SUBCOMMANDS", "Subcommand", "build_parser", "load_spec", "main", "make_predictor",
    "tta_options",
]  # fmt: skip
