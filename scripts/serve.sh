#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds the optimised WebAssembly app,
# assembles the static site (build/wasm-release/site: index.html, JS, wasm, data, fonts),
# prints its size report and serves it on http://127.0.0.1:8000/ (--port N to change).
# --build-only assembles the site and exits without serving.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=8000
serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    --build-only) serve=0; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "serve.sh: unknown option '$1' (use --port N or --build-only)" >&2; exit 2 ;;
  esac
done
cd "$repo_dir"
bash scripts/bootstrap.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm-release >/dev/null
cmake --build --preset wasm-release
[ "$serve" = 1 ] || exit 0
exec node web/serve.mjs build/wasm-release/site --port "$port"
