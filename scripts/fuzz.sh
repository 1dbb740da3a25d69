#!/usr/bin/env bash
# Runs the libFuzzer targets (clang-14, with AddressSanitizer and UndefinedBehaviorSanitizer) for
# a chosen time each, starting from seed corpora made from the real data (data/atlas.json and
# a synthetic dataset for the loader, geo/world.bin for the geometry decoder, a full link for
# the URL-state parser) and from tests/fuzz/regressions/<target>/. A crash leaves its
# input in build/fuzz/artifacts/ and makes this script fail; copy the input into
# tests/fuzz/regressions/<target>/ so the GoogleTest suite keeps checking it.
# usage: scripts/fuzz.sh [seconds per target, default 60]
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
cd "$repo_dir"
bash scripts/bootstrap.sh >/dev/null
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
cmake --preset native-release >/dev/null
cmake --build --preset native-release --target atlas-data world_geometry >/dev/null
work=build/fuzz/work
targets=(dataset_loader world_geometry url_state)  # as in CMakeLists.txt (ACCORD_BUILD_FUZZERS)
for target in "${targets[@]}"; do mkdir -p "$work/seeds/$target" "$work/corpus/$target"; done
mkdir -p "$work/artifacts"
cp data/atlas.json "$work/seeds/dataset_loader/atlas.json"
./build/native-release/atlas-data synthesize --parties 12 --commitments 6 --actions 40 > "$work/seeds/dataset_loader/synthetic.json"
cp build/native-release/geo/world.bin "$work/seeds/world_geometry/world.bin"
printf '%s' 'c=bletchley-declaration&d=2024-05-21&m=compare&b=seoul-declaration&s=FRA&p=orthographic&z=2.5&x=0.125&y=-0.5&r=10.5,-20&t=dark&v=2026-11-27' > "$work/seeds/url_state/full.txt"
status=0
for target in "${targets[@]}"; do
  case "$target" in dataset_loader) max_len=600000 ;; world_geometry) max_len=200000 ;; *) max_len=4096 ;; esac
  echo "fuzz: $target for ${seconds}s"
  if ! ./build/fuzz/${target}_fuzz -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=4096 \
       -artifact_prefix="$work/artifacts/${target}-" -print_final_stats=1 \
       "$work/corpus/$target" "$work/seeds/$target" "tests/fuzz/regressions/$target" > "$work/$target.log" 2>&1; then
    tail -40 "$work/$target.log"
    echo "fuzz: $target FAILED (input in $work/artifacts/)"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed "s/^/fuzz: $target /"
    echo "fuzz: $target passed"
  fi
done
exit $status
