#!/usr/bin/env bash
# Installs what the tests need, builds, and runs every test: the suite (unit, render, e2e with
# Xvfb, bounded fuzzing), then the unit and render tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/), then the layout check (clang-format). The
# benchmarks (ctest -L bench) are run by hand. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTNING_UNITY=ON scripts/build.sh --tests

# The sanitizer job: the unit tests (the core) and the render tests (the drawing, decoding and
# export code on SDL's dummy driver). A unity build and -O1 -g1 keep the build short and the stack
# traces readable (the 10 000-slide import, a measure of speed, is left to the main suite).
# It is built while the suite runs, at the lowest priority: most of the suite's time is e2e tests
# waiting on a talk's clock and an Xvfb screen, so the cores are mostly free, and the tests keep
# them first (on two cores, one after the other took over 30 minutes).
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DLIGHTNING_SANITIZE=ON -DLIGHTNING_UNITY=ON >/dev/null
nice -n 19 cmake --build build-asan -j"$(nproc)" --target unit_tests render_tests \
  >build-asan/build.log 2>&1 &
asan_build=$!
trap 'kill "$asan_build" 2>/dev/null || true' EXIT

ctest --test-dir build --output-on-failure -j2 -LE bench

wait "$asan_build" || { tail -50 build-asan/build.log; echo "the sanitizer build failed" >&2; exit 1; }
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L 'unit|render' -E '10000 slides'

scripts/format.sh --check
