#!/usr/bin/env bash
# Builds a libFuzzer target with clang (address + undefined sanitizers) and runs it for a bounded
# number of inputs, starting from its corpus in tests/fuzz/corpus/NAME. CTest runs this with a
# small count; run it by hand with a larger one (or -max_total_time=600) to search longer:
#   tests/fuzz/run.sh deck_toml 1000000
# Needs clang and its fuzzer runtime (Debian: clang, libclang-rt-14-dev is pulled in by clang).
set -euo pipefail
name=${1:?usage: run.sh TARGET [RUNS]}
runs=${2:-20000}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
out=${FUZZ_BUILD_DIR:-$source_dir/build/fuzz}
mkdir -p "$out"

case "$name" in
  deck_toml) sources=(player/core/deck/deck.cpp player/core/deck/image_formats.cpp player/core/deck/deck_toml.cpp player/core/deck/toml_text_guard.cpp
                      player/core/deck/toml_values.cpp player/core/deck/natural_sort.cpp
                      player/core/time/time_text.cpp player/core/deck/pdf_document_missing.cpp) ;;
  lineup) sources=(player/core/event/lineup.cpp player/core/deck/deck.cpp player/core/deck/image_formats.cpp player/core/deck/deck_toml.cpp
                   player/core/deck/toml_text_guard.cpp player/core/deck/toml_values.cpp
                   player/core/deck/natural_sort.cpp player/core/time/time_text.cpp player/core/time/schedule.cpp
                   player/core/deck/pdf_document_missing.cpp) ;;
  log_reader) sources=(player/core/log/log_reader.cpp player/core/log/run_log.cpp player/core/log/report.cpp
                       player/core/log/run_table.cpp player/core/show/marks.cpp player/core/time/time_text.cpp) ;;
  *) echo "unknown fuzz target: $name" >&2; exit 2 ;;
esac
binary="$out/fuzz_$name"
newest=$(cd "$source_dir" && ls -t "tests/fuzz/fuzz_$name.cpp" "${sources[@]}" player/core/*/*.hpp | head -1)
if [ ! -x "$binary" ] || [ "$source_dir/$newest" -nt "$binary" ]; then
  (cd "$source_dir" && clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined \
     -fno-sanitize-recover=undefined -Iplayer -DTOML_HEADER_ONLY=1 "-DTOML_ASSERT(x)=(void)0" \
     "tests/fuzz/fuzz_$name.cpp" "${sources[@]}" -o "$binary")
fi
# toml++ is compiled in (header-only) so its parser is instrumented too. Its internal assertions
# are off, as in Debian's release library: toml++ 3.3 asserts in parse_key() on input such as
# "[(" that its parser then rejects with a proper error (the fuzzer found it on the first run).

# Inputs found while running go to a scratch folder, so the committed corpus stays small.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$out"
"$binary" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
  "$scratch" "$here/corpus/$name"
