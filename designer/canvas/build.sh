#!/usr/bin/env bash
# Rebuild the canvas's browser code: designer/canvas/frontend/ -> designer/canvas/templates/component/
# (index.js, svelte_runtime_entry.js, style.css and their chunks), which the package ships and
# Gradio serves from the app. The built files are committed, so running the app or the tests
# needs no Node; run this after changing anything under frontend/ (Node 20 and npm, reaching the
# npm registry the first time). `npm ci` installs exactly what package-lock.json pins.
set -euo pipefail
cd "$(dirname "$0")/frontend"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund
fi
npx vite build
