#!/usr/bin/env bash
# Builds a libFuzzer target with clang (address + undefined sanitizers) through CMake's fuzz
# configuration (-DLIGHTNING_FUZZ=ON: the core's own source list, instrumented) and runs it for a
# bounded number of inputs, starting from its corpus in tests/fuzz/corpus/NAME. CTest runs this
# with a small count; run it by hand with a larger one to search longer:
#   tests/fuzz/run.sh deck_toml 1000000
#   tests/fuzz/run.sh build          # only (re)build the targets
# Needs clang and its fuzzer runtime (Debian: clang, libclang-rt-14-dev).
set -euo pipefail
name=${1:?usage: run.sh TARGET|build [RUNS]}
runs=${2:-20000}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
out=${FUZZ_BUILD_DIR:-$source_dir/build/fuzz}

build() {
  cmake -S "$source_dir" -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DLIGHTNING_FUZZ=ON -DLIGHTNING_PDF=OFF >/dev/null
  cmake --build "$out" -j"$(nproc)" --target fuzz_deck_toml fuzz_log_reader fuzz_lineup \
    fuzz_picture_integrity fuzz_phone_request >/dev/null
}
if [ "$name" = build ]; then build; exit 0; fi
case "$name" in deck_toml|lineup|log_reader|picture_integrity|phone_request) ;; *) echo "unknown fuzz target: $name" >&2; exit 2 ;; esac
[ -x "$out/fuzz_$name" ] || build

# Inputs found while running go to a scratch folder, so the committed corpus stays small.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$out"
"./fuzz_$name" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
  "$scratch" "$here/corpus/$name"
