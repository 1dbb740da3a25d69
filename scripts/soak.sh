#!/usr/bin/env bash
# Soak: a seeded random reader session for minutes in headless Chromium (pan, zoom, hover, click,
# timeline, play, search, keys, resize, commitment/mode/projection/theme and dataset switches).
# Prints progress and a report (steps, heap size and live allocations at the same view after the
# warm-up and at the end, errors) and writes build/bench/soak.json; exits 1 on any error or leak.
# usage: scripts/soak.sh [--seconds 300] [--seed N (default: a new one, printed)] [--big-copies 10]
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
bash scripts/bootstrap.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
bash scripts/serve.sh --build-only >/dev/null
node tests/soak/soak.mjs "$@"
