#!/usr/bin/env bash
# OSC flood (issue "The AV desk"): the demo deck played under Xvfb at 1 s a slide, once quiet and
# once while 100 000 garbage UDP packets hit --osc-listen, printing each run's flip error from
# `play -v` (late p50, p99, max). The listener runs on its own thread and drops the packets
# there, so the two should match within the machine's noise.
#   tests/bench/osc_flood.sh          (or: ctest --test-dir build -L bench -R bench.osc)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
WORK=$(mktemp -d)
source "$here/../support/xvfb.sh"
start_xvfb 1920x1080 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run() {  # label, flood count
  "$LIGHTNING" play "$here/../../decks/demo" --total 0:20 --exit-at-end -v --no-log \
    --osc-listen "$port" >"$WORK/out" 2>"$WORK/err" &
  local pid=$!
  for _ in $(seq 200); do grep -q "OSC commands on" "$WORK/err" && break; sleep 0.05; done
  [ "$2" -gt 0 ] && python3 "$here/../support/osc_flood.py" "$port" "$2" >/dev/null
  wait "$pid"
  local summary
  summary=$(grep -h "^summary:" "$WORK/out" "$WORK/err" | head -1)
  echo "$1: $(echo "$summary" | grep -o 'late_p50=[^ ]* late_p99=[^ ]* late_max=[^ ]*') $(grep -o '[0-9]* packet(s) dropped' "$WORK/err" || echo '0 dropped')"
}
run "quiet" 0
run "flood of 100000" 100000
