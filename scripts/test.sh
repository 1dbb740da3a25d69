#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, then runs every test and exits non-zero if
# any fails:
#   1. the GoogleTest suites of the core, the scene and the headless UI, natively (native-release preset)
#   2. the same suite compiled with Emscripten and run under Node (wasm-test preset)
#   3. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (native-asan preset)
#   4. each libFuzzer target briefly (scripts/fuzz.sh; ACCORD_FUZZ_SECONDS, default 15)
#   5. the JSON Schema check, the size/idle budgets and the real page in headless Chromium
#      (Playwright + Debian's Chromium, WebGL2 via SwiftShader)
# --quick: the inner loop. Only step 1: builds the native-release preset and runs its whole ctest
# (every native suite registered there), with no bootstrap, no npm and no browser: a few seconds
# on a warm build. Without npm's world-atlas (web/node_modules) the tests that read geo/world.bin
# are skipped and the run says so.
# Ends with one summary line: "tests: N passed, N failed".
set -uo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
  *) echo "test.sh: unknown option '$1' (use --quick or nothing)" >&2; exit 2 ;;
esac
if [ "$quick" = 0 ]; then
  bash scripts/bootstrap.sh || { echo "tests: 0 passed, 1 failed (bootstrap)"; exit 1; }
fi
export NODE_PATH=/usr/share/nodejs
jobs=$(nproc 2>/dev/null || echo 2)
results_dir="$repo_dir/build/test-results"
mkdir -p "$results_dir"
passed=0
failed=0
skipped=0
failed_stages=()

stage() { printf '\n=== %s ===\n' "$*"; }

# Adds ctest's counts ("100% tests passed, 0 tests failed out of 42") to the totals. A skipped
# test ("... (Skipped)" under "The following tests did not run:") is counted apart, not as passed.
count_ctest() {
  local log=$1 line total bad skip
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.*tests passed, ([0-9]+) tests? failed.*/\1/' <<<"$line")
  skip=$(grep -cE '\(Skipped\)$' "$log")
  passed=$((passed + total - bad - skip))
  failed=$((failed + bad))
  skipped=$((skipped + skip))
}

run_ctest_stage() {
  local preset=$1 label=$2 log="$results_dir/$1.log"
  stage "$label"
  if ! { cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset"; } >"$results_dir/$preset-build.log" 2>&1; then
    tail -40 "$results_dir/$preset-build.log"
    echo "$label: build failed (full log: $results_dir/$preset-build.log)"
    failed=$((failed + 1)); failed_stages+=("$label (build)")
    return
  fi
  ctest --preset "$preset" -j "$jobs" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_stages+=("$label")
  count_ctest "$log"
}

finish() {
  echo
  [ ${#failed_stages[@]} -eq 0 ] || echo "failed stages: ${failed_stages[*]}"
  [ "$skipped" -eq 0 ] || echo "skipped: $skipped tests (see \"did not run\" above)"
  echo "tests: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
  exit
}

if [ "$quick" = 1 ]; then
  for tool in cmake ninja g++; do
    command -v "$tool" >/dev/null || { echo "test.sh --quick: $tool not found (run scripts/bootstrap.sh once)"; echo "tests: 0 passed, 1 failed"; exit 1; }
  done
  [ -f web/node_modules/world-atlas/countries-50m.json ] ||
    echo "test.sh --quick: npm world-atlas is not in web/node_modules, so geo/world.bin is not built and the world map tests are skipped (scripts/bootstrap.sh installs it)"
  run_ctest_stage native-release "native tests (GoogleTest, native-release preset)"
  finish
fi

run_ctest_stage native-release "core, scene and UI tests, native (GoogleTest)"
run_ctest_stage wasm-test "core, scene and UI tests, WebAssembly under Node (GoogleTest)"
run_ctest_stage native-asan "core, scene and UI tests under AddressSanitizer + UndefinedBehaviorSanitizer"

stage "fuzzing (libFuzzer, ${ACCORD_FUZZ_SECONDS:-15} s per target)"
if bash scripts/fuzz.sh "${ACCORD_FUZZ_SECONDS:-15}" 2>&1 | tee "$results_dir/fuzz.log" | grep '^fuzz:'; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  passed=$((passed + $(grep -c '^fuzz: .* passed$' "$results_dir/fuzz.log")))
else
  tail -30 "$results_dir/fuzz.log"
  failed=$((failed + 1)); failed_stages+=("fuzzing")
fi

stage "dataset schema (Node) and browser tests (headless Chromium)"
if bash scripts/serve.sh --build-only >"$results_dir/site-build.log" 2>&1; then
  tap="$results_dir/browser.tap"
  node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
       --test-reporter=tap --test-reporter-destination="$tap" tests/node/ tests/browser/
  status=$?
  p=$(grep -E '^# pass [0-9]+' "$tap" | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$tap" | awk '{print $3}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    failed_stages+=("browser tests")
    [ "${f:-0}" -gt 0 ] || failed=$((failed + 1))
  fi
else
  tail -40 "$results_dir/site-build.log"
  echo "site build failed (full log: $results_dir/site-build.log)"
  failed=$((failed + 1)); failed_stages+=("browser tests (site build)")
fi

# A full run has everything it needs (the bootstrap saw to it): a skipped test there is a failure.
[ "$skipped" -eq 0 ] || { failed=$((failed + skipped)); failed_stages+=("skipped tests"); }
finish
