#!/usr/bin/env bash
# Installs what the tests need, builds, and runs every test: the suite (unit, render, e2e with
# Xvfb, bounded fuzzing), then the unit tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/), then the layout check (clang-format). The
# benchmarks (ctest -L bench) are run by hand. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --tests
ctest --test-dir build --output-on-failure -j2 -LE bench

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIGHTNING_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)" --target unit_tests no_pdf_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L unit

scripts/format.sh --check
