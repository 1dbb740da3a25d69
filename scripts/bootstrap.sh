#!/usr/bin/env bash
# Accord Atlas bootstrap: installs whatever the build and the tests need and is missing, and
# nothing else. Idempotent: on a machine that has everything it only checks, in a few seconds.
#   - Debian packages (Emscripten, Chromium, nlohmann/json, GoogleTest sources, fonts, tools)
#   - the Dear ImGui 1.90.1 sources from Debian's source package, sha256-checked, unpacked into
#     .cache/imgui-1.90.1 (ignored by git; -DIMGUI_DIR= overrides it in CMake)
#   - the npm packages under web/ from the committed package-lock.json (npm ci)
# Nothing third-party is committed to the repository.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache_dir="$repo_dir/.cache"
say() { printf 'bootstrap: %s\n' "$*"; }

# [SECTION] Debian packages
# command/file that proves each package is there -> package name
declare -A need=(
  [/usr/bin/emcc]=emscripten
  [/usr/bin/chromium]=chromium
  [/usr/include/nlohmann/json.hpp]=nlohmann-json3-dev
  [/usr/src/googletest/CMakeLists.txt]=googletest
  # The browser draws the UI's glyphs with the system's fonts (src/platform/font_atlas.h); the
  # browser tests check that no character of the data or the UI goes without one: CJK, Hangul
  # and kana (WenQuanYi Micro Hei, 1.6 MB), Arabic and Devanagari (Noto, 12 MB; also Latin, Greek
  # and Cyrillic).
  [/usr/share/fonts/truetype/wqy/wqy-microhei.ttc]=fonts-wqy-microhei
  [/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf]=fonts-noto-core
  [/usr/bin/brotli]=brotli
  [/usr/bin/cmake]=cmake
  [/usr/bin/ninja]=ninja-build
  [/usr/bin/xz]=xz-utils
  [/usr/bin/node]=nodejs
  [/usr/share/nodejs/acorn/package.json]=node-acorn
  [/usr/bin/dpkg-source]=dpkg-dev
  [/usr/bin/clang++-14]=clang-14
)
missing=()
for path in "${!need[@]}"; do
  [ -e "$path" ] || missing+=("${need[$path]}")
done
# libFuzzer's runtime lives under a versioned folder.
compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null || missing+=(libclang-rt-14-dev)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v npm >/dev/null || { say "installing npm"; apt-get install -y -qq npm >/dev/null; }

# [SECTION] Dear ImGui sources (Debian source package, pinned and checked)
imgui_version=1.90.1
imgui_tarball="imgui_${imgui_version}+ds.orig.tar.xz"
imgui_sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
imgui_dir="$cache_dir/imgui-$imgui_version"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  mkdir -p "$cache_dir/downloads"
  tarball_path="$cache_dir/downloads/$imgui_tarball"
  if [ ! -f "$tarball_path" ] || ! echo "$imgui_sha256  $tarball_path" | sha256sum -c --quiet 2>/dev/null; then
    say "fetching Dear ImGui $imgui_version from Debian's source package"
    apt_tmp=$(mktemp -d)
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > "$apt_tmp/imgui-src.sources"
    mkdir -p "$apt_tmp/lists/partial"
    apt_opts=(-o APT::Sandbox::User=root -o "Dir::Etc::SourceList=$apt_tmp/imgui-src.sources" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$apt_tmp/lists")
    apt-get "${apt_opts[@]}" update -qq
    (cd "$apt_tmp" && apt-get "${apt_opts[@]}" source --download-only -qq "imgui=${imgui_version}+ds-1" >/dev/null)
    cp "$apt_tmp/$imgui_tarball" "$tarball_path"
    rm -rf "$apt_tmp"
  fi
  echo "$imgui_sha256  $tarball_path" | sha256sum -c --quiet || { say "sha256 mismatch for $tarball_path"; exit 1; }
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xJf "$tarball_path" -C "$imgui_dir.tmp" --strip-components=1
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir"
  say "Dear ImGui $imgui_version unpacked into $imgui_dir"
fi

# [SECTION] npm packages for the browser tests and the build-time tools
lock="$repo_dir/web/package-lock.json"
stamp="$repo_dir/web/node_modules/.accord-lock-sha256"
lock_sum=$(sha256sum "$lock" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "installing npm packages (npm ci in web/)"
  (cd "$repo_dir/web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$lock_sum" > "$stamp"
fi
say "ready"
