#!/usr/bin/env bash
# The performance benchmark of issue "Slides that never wait". Generates synthetic decks (once,
# cached in $BENCH_DIR), plays each under Xvfb at 1920x1080 with `play --exit-at-end -v`, and
# prints start-up, flip error, drift, CPU and peak RSS (medians of $RUNS runs).
#   tests/bench/run.sh            (after scripts/build.sh --tests; or: ctest --test-dir build -L bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
MAKE_BENCH_DECK=${MAKE_BENCH_DECK:-$here/../../build/tests/make_bench_deck}
BENCH_DIR=${BENCH_DIR:-$here/../../build/bench}
RUNS=${RUNS:-3}
mkdir -p "$BENCH_DIR"

make_deck() {  # name count width height ext
  local dir="$BENCH_DIR/$1"
  [ -f "$dir/.done" ] || { rm -rf "$dir"; "$MAKE_BENCH_DECK" "$dir" "$2" "$3" "$4" "$5"; touch "$dir/.done"; }
}
make_deck png4k 20 3840 2160 png
make_deck jpg1080 20 1920 1080 jpg
make_deck hold 1 3840 2160 png
if [ ! -f "$BENCH_DIR/png4k-200/.done" ]; then  # 200 slides: the 4K PNGs ten times (hard links)
  rm -rf "$BENCH_DIR/png4k-200"; mkdir -p "$BENCH_DIR/png4k-200"
  for copy in $(seq 0 9); do
    for f in "$BENCH_DIR"/png4k/slide*.png; do
      n=$(basename "$f" .png); ln "$f" "$BENCH_DIR/png4k-200/${copy}-${n}.png"
    done
  done
  touch "$BENCH_DIR/png4k-200/.done"
fi

work=$(mktemp -d)
source "$here/../support/xvfb.sh"
start_xvfb 1920x1080 "$work"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$work"' EXIT

field() { grep -o "$1=[-0-9.]*" | head -n 1 | cut -d= -f2; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# run NAME DECK ARGS...: RUNS plays; prints the medians of the summary's figures.
run() {
  local name=$1 deck=$2; shift 2
  : > "$work/runs"
  for _ in $(seq "$RUNS"); do
    "$LIGHTNING" play "$deck" --exit-at-end --verbose "$@" 2>&1 >/dev/null | grep '^summary:' >> "$work/runs"
  done
  local out="$name"
  for f in startup error_mean error_max late_p99 drift cpu peak_rss skipped; do
    out+=" $(field "$f" < "$work/runs" | median)"
  done
  echo "$out"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; Xvfb 1920x1080; $RUNS runs each, medians"
echo "lightning $("$LIGHTNING" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
{
  echo "deck startup_ms flip_err_mean_ms flip_err_max_ms late_p99_ms drift_ms cpu_s peak_rss_mb skipped"
  run "20x4K-PNG@1s" "$BENCH_DIR/png4k" --slide-seconds 1
  run "20x4K-PNG@0.5s" "$BENCH_DIR/png4k" --slide-seconds 0.5
  run "20x1080p-JPEG@1s" "$BENCH_DIR/jpg1080" --slide-seconds 1
  run "200x4K-PNG@0.5s" "$BENCH_DIR/png4k-200" --slide-seconds 0.5
  run "hold-1x4K-PNG@15s" "$BENCH_DIR/hold" --slide-seconds 15
} | column -t
