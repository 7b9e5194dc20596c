#!/usr/bin/env bash
# One entry point for a fresh machine: sets up .venv and the Debian packages, then runs.
#   bash run.sh app [model-heads app options]   launch the designer on http://127.0.0.1:7860
#   bash run.sh test [pytest options]           run the whole test suite (on every core; -n 0: one)
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.installed

need_apt=()
apt_for() {  # apt_for COMMAND PACKAGE...
  command -v "$1" >/dev/null 2>&1 || need_apt+=("${@:2}")
}

apt_for dot graphviz
if [ "${1:-}" = "test" ]; then
  apt_for chromium chromium chromium-driver
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: installing Debian packages: ${need_apt[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "run.sh: please install these Debian packages first: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "run.sh: creating $VENV" >&2
  "$PY" -m venv "$VENV"
fi
want=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "run.sh: installing the package and its test extras into $VENV" >&2
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install -q -e '.[test]'
  echo "$want" > "$STAMP"
fi

export GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 MPLBACKEND=Agg

cmd=${1:-}
shift || true
case "$cmd" in
  app)  exec "$VENV/bin/model-heads" app "$@" ;;
  test)
    # Every core (pytest-xdist; an idle worker takes tests queued for a busy one) unless the
    # caller chose: `bash run.sh test -n 0` runs in one.
    case " $* " in
      *" -n "*|*" -n="*|*" -p no:xdist "*|*" --numprocesses"*) ;;
      *) set -- -n auto --dist worksteal "$@" ;;
    esac
    exec "$VENV/bin/python" -m pytest "$@" ;;
  *)    echo "usage: bash run.sh app|test [options]" >&2; exit 2 ;;
esac
