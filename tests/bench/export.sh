#!/usr/bin/env bash
# The export benchmark: the demo deck's whole 5:00 talk at 1920x1080, 30 fps (9000 frames), timed,
# then checked with ffprobe (300.000 s, 9000 frames). Goal: under 60 s on 2 cores.
#   tests/bench/export.sh       (after scripts/build.sh --tests; or: ctest --test-dir build -L bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
deck=$here/../../decks/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(ffmpeg -version | head -n 1 | cut -d' ' -f1-3)"
echo "lightning $("$LIGHTNING" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
for preset in ${PRESETS:-ultrafast}; do
  start=$(date +%s.%N)
  "$LIGHTNING" export "$deck" -o "$work/demo.mp4" --preset "$preset" --quiet
  end=$(date +%s.%N)
  duration=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$work/demo.mp4")
  frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames \
           -of default=nw=1:nk=1 "$work/demo.mp4")
  size=$(du -m "$work/demo.mp4" | cut -f1)
  printf 'export 5:00 1920x1080@30 preset=%-9s %6.1f s  duration=%s frames=%s size=%sMB\n' \
    "$preset" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$duration" "$frames" "$size"
  [ "$duration" = "300.000000" ] && [ "$frames" = 9000 ] || { echo "FAIL: wrong length" >&2; exit 1; }
done
