#!/usr/bin/env bash
# The import benchmark: reading notes, timings and structure of a ~50 MB PPTX (20 slides with
# 2.5 MB of stored media each) and of a 10 000-slide PPTX, best of five, then the whole command on
# the 50 MB file without pictures. Goal: under 200 ms for the 50 MB file.
#   ctest --test-dir build -L bench -R import
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
BENCH_IMPORT=${BENCH_IMPORT:-$here/../../build/tests/bench_import}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/../import/make_fixtures.py" "$work/fx" --many --big
echo "big.pptx: $(du -m "$work/fx/big.pptx" | cut -f1) MB; many.pptx: $(du -m "$work/fx/many.pptx" | cut -f1) MB"
"$BENCH_IMPORT" "$work/fx/big.pptx" "$work/fx/many.pptx" "$work/fx/hidden.odp"
start=$(date +%s%N)
LIGHTNING_SOFFICE=/nonexistent "$LIGHTNING" import "$work/fx/big.pptx" -o "$work/deck" >/dev/null
echo "lightning import big.pptx (no pictures, whole command): $(( ($(date +%s%N) - start) / 1000000 )) ms"
