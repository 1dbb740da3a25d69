#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail): the dataset loader's parse + validate + index time on a
# synthetic dataset of 200 parties, 2,000 commitments and 100,000 actions, natively and in
# WebAssembly under Node. Builds what it needs with the native-release and wasm-test presets.
# usage: scripts/bench.sh [parties commitments actions runs]
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
bash scripts/bootstrap.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
for preset in native-release wasm-test; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --target accord_bench_loader >/dev/null
done
echo "native (g++ -O3):"
./build/native-release/tests/accord_bench_loader "$@"
echo "wasm (em++ -O3, Node $(node --version)):"
node --no-experimental-fetch --stack-size=8192 build/wasm-test/tests/accord_bench_loader.js "$@"
