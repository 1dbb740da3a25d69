#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail), documented in docs/performance.md:
#   1. the dataset loader's parse + validate + index time on a synthetic dataset (200 parties,
#      2,000 commitments, 100,000 actions), natively and in WebAssembly under Node;
#   2. the page in headless Chromium (tests/bench/page_bench.mjs): first-visit weight, time to the
#      first map frame, frame cost while interacting (shipped and 100x data), idle, wasm heap.
# usage: scripts/bench.sh [--soak-seconds N]   (default 120)
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
soak_seconds=120
[ "${1:-}" = --soak-seconds ] && soak_seconds=${2:?--soak-seconds needs a number}
bash scripts/bootstrap.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
for preset in native-release wasm-test; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --target accord_bench_loader >/dev/null
done
echo "native (g++ -O3):"
./build/native-release/tests/accord_bench_loader
echo "wasm (em++ -O3, Node $(node --version)):"
node --no-experimental-fetch --stack-size=8192 build/wasm-test/tests/accord_bench_loader.js
echo "page (headless Chromium, SwiftShader):"
bash scripts/serve.sh --build-only >/dev/null
node tests/bench/page_bench.mjs --soak-seconds "$soak_seconds"
