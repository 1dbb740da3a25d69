#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail), documented in docs/performance.md:
#   1. the dataset loader's parse + validate + index time on a synthetic dataset (200 parties,
#      2,000 commitments, 100,000 actions), natively and in WebAssembly under Node;
#   2. the page in headless Chromium (tests/bench/page_bench.mjs): first-visit weight, time to the
#      first map frame, frame cost while interacting (shipped and 100x data), idle, wasm heap.
# --peers runs instead the side-by-side benchmark against the peer pages (tests/bench/peers/:
#   d3-geo + SVG, ECharts, Plotly, MapLibre built from data/atlas.json into build/peers/) and writes
#   its ratio table into docs/performance.md; --trace runs the trace-based breakdown of one drag
#   frame and one date change (scripts/trace_frame.mjs). Both may be given.
# usage: scripts/bench.sh [--soak-seconds N (120)] [--peers] [--trace] [--runs N (3)] [--site DIR]
#   --site DIR: the assembled site to measure (default build/wasm-release/site, built if missing)
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
soak_seconds=120
runs=3
site_dir=build/wasm-release/site
peers=0
trace=0
while [ $# -gt 0 ]; do
  case "$1" in
    --soak-seconds) soak_seconds="${2:?--soak-seconds needs a number}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --site) site_dir="${2:?--site needs a folder}"; shift 2 ;;
    --peers) peers=1; shift ;;
    --trace) trace=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ "$site_dir" = build/wasm-release/site ] || site_dir=$(realpath -m "$site_dir")  # given from the caller's folder
cd "$repo_dir"
bash scripts/bootstrap.sh >/dev/null
export NODE_PATH=/usr/share/nodejs

# The site to measure: built here only when it is the default one and missing.
ensure_site() {
  if [ ! -f "$site_dir/index.html" ]; then
    [ "$site_dir" = build/wasm-release/site ] || { echo "bench.sh: no site in $site_dir" >&2; exit 1; }
    bash scripts/serve.sh --build-only >/dev/null
  fi
}
# The commit the site was built from: that of the checkout holding it (plus "+changes" if dirty).
site_revision() {
  local rev
  rev=$(git -C "$site_dir" rev-parse --short HEAD 2>/dev/null) || { echo unknown; return; }
  git -C "$site_dir" diff --quiet HEAD 2>/dev/null || rev="$rev+changes"
  echo "$rev"
}

if [ "$peers" = 1 ]; then
  ensure_site
  peers_dir=tests/bench/peers
  out_dir=build/bench/peers
  mkdir -p "$out_dir"
  # The peers' npm packages (d3, ECharts, Plotly, MapLibre, esbuild) from their lockfile.
  lock_sum=$(sha256sum "$peers_dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$peers_dir/node_modules/.accord-lock-sha256" 2>/dev/null)" != "$lock_sum" ]; then
    (cd "$peers_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$lock_sum" > "$peers_dir/node_modules/.accord-lock-sha256"
  fi
  node "$peers_dir/build.mjs" --atlas data/atlas.json --out build/peers >/dev/null
  # 1-min load average every 10 s while the harness runs, for the table's caption.
  : > "$out_dir/loadavg.txt"
  (while :; do cat /proc/loadavg >> "$out_dir/loadavg.txt"; sleep 10; done) &
  sampler=$!
  trap 'kill "$sampler" 2>/dev/null || true' EXIT
  node "$peers_dir/peerbench.mjs" --ours "$site_dir" --peers build/peers --runs "$runs" \
    --out "$out_dir/results.json" --md "$out_dir/table.md" >/dev/null
  kill "$sampler" 2>/dev/null || true
  node "$peers_dir/ratio_table.mjs" --results "$out_dir/results.json" --doc docs/performance.md \
    --load "$out_dir/loadavg.txt" --site-rev "$(site_revision)"
fi
if [ "$trace" = 1 ]; then
  ensure_site
  node scripts/trace_frame.mjs --site "$site_dir" --doc docs/performance.md
fi
if [ "$peers" = 1 ] || [ "$trace" = 1 ]; then exit 0; fi

for preset in native-release wasm-test; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --target accord_bench_loader >/dev/null
done
echo "native (g++ -O3):"
./build/native-release/tests/accord_bench_loader
echo "wasm (em++ -O3, Node $(node --version)):"
node --no-experimental-fetch --stack-size=8192 build/wasm-test/tests/accord_bench_loader.js
echo "page (headless Chromium, SwiftShader):"
ensure_site
ACCORD_SITE_DIR="$site_dir" node tests/bench/page_bench.mjs --soak-seconds "$soak_seconds"
