#!/usr/bin/env bash
# `lightning check` of 1000 slides (issue "Timing truth": under 5 s on two cores). PNGs and JPEGs
# are checked by their structure (every PNG chunk's CRC, every JPEG marker), not decoded, on every
# core; the decode cost is estimated from the header, never timed. The 1080p deck is 6 GB of
# noisy PNGs (the first run makes it: several minutes).
#   tests/bench/check.sh            (or: ctest --test-dir build -L bench -R bench.check)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
MAKE_BENCH_DECK=${MAKE_BENCH_DECK:-$here/../../build/tests/make_bench_deck}
BENCH_DIR=${BENCH_DIR:-$here/../../build/bench}
mkdir -p "$BENCH_DIR"
make_deck() {  # name count width height ext
  local dir="$BENCH_DIR/$1"
  [ -f "$dir/.done" ] || { rm -rf "$dir"; "$MAKE_BENCH_DECK" "$dir" "$2" "$3" "$4" "$5" >/dev/null; touch "$dir/.done"; }
}
make_deck check1000-small 1000 64 36 png
make_deck check1000-1080p 1000 1920 1080 png
echo "machine: $(nproc) cores; lightning $("$LIGHTNING" --version | cut -d' ' -f2)"
for deck in check1000-small check1000-1080p; do
  start=$(date +%s%N)
  "$LIGHTNING" check "$BENCH_DIR/$deck" >/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "check $deck (1000 slides): ${ms} ms"
  if [ "$ms" -ge 5000 ]; then echo "over the 5000 ms goal"; exit 1; fi
done
