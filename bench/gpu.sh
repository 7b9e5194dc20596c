#!/usr/bin/env bash
# The GPU figures of the benchmark suite, on a machine with CUDA and torch/torchvision installed:
#   bash bench/gpu.sh [OUT_DIR]
# Writes bench/results/{detection_heads_cuda,heads_cuda_b8,heads_cuda}.{json,md} (and copies
# them to OUT_DIR when given); `python -m bench.run --summary` adds them to the table.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
PY=${PYTHON:-python3}
out=${1:-}
keep() { if [ -n "$out" ]; then cp bench/results/*cuda* "$out"/ 2>/dev/null || true; fi; }
nvidia-smi -L || true
$PY -m bench.bench_detection_heads --device cuda --repeats 30; keep
$PY -m bench.bench_heads --device cuda --batch 8 --presets conv_pool,fcos_lite,lite_unet,unet; keep
$PY -m bench.bench_heads --device cuda --compile --presets linear,conv_pool,fcos_lite,lite_unet,unet; keep
