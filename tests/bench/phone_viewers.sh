#!/usr/bin/env bash
# Phones watching (issue "The phone"): the demo deck played under Xvfb at 1 s a slide with
# --phone, while 0, 1, 50 and 200 phones follow its event stream, and once while one client
# floods the server with GETs. Prints, per run: how long a flip takes to reach the phones
# (p50/p99/max ms from the projector's flip to a phone receiving the new slide's status; goal:
# p99 under 150 ms with 50 phones), the projector's flip error (play -v's late p50/p99/max: it
# should not move with 200 phones), lightning's VmRSS/VmHWM and threads (goal: 200 phones cost
# under 10 MB), and the flood's answers. Prints numbers; it does not pass or fail on them.
#   tests/bench/phone_viewers.sh      (or: ctest --test-dir build -L bench -R bench.phone)
#   VIEWERS="0 1 50 200" FLOOD=20000 to choose the runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
VIEWERS=${VIEWERS:-0 1 50 200}
FLOOD=${FLOOD:-20000}
WORK=$(mktemp -d)
source "$here/../support/xvfb.sh"
start_xvfb 1920x1080 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT

run() {  # label, viewers, flood count
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$LIGHTNING" play "$here/../../decks/demo" --total 0:20 --exit-at-end -v --no-log \
    --phone --phone-bind 127.0.0.1 --phone-port "$port" >"$WORK/out" 2>"$WORK/err" &
  local pid=$! url=""
  for _ in $(seq 200); do
    url=$(grep -o "speaker's phone: http[^ ]*" "$WORK/err" | cut -d' ' -f3) && [ -n "$url" ] && break
    sleep 0.05
  done
  local line
  line=$(python3 "$here/../support/phone_viewers.py" watch "$url" "$pid" "$WORK/err" "$2" "$3")
  wait "$pid" || true
  echo "$1 $line"
}

# memory LABEL VIEWERS [no-phone]: play --wait (the first slide held, nothing else moving), then
# lightning's RSS settled, with the phones' streams open, and after they closed.
memory() {
  local port args=() url="-"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "${3:-}" = no-phone ] || args=(--phone --phone-bind 127.0.0.1 --phone-port "$port")
  "$LIGHTNING" play "$here/../../decks/demo" --total 0:20 --wait --no-log "${args[@]}" \
    >"$WORK/out" 2>"$WORK/err" &
  local pid=$!
  if [ "${3:-}" != no-phone ]; then
    for _ in $(seq 200); do
      url=$(grep -o "speaker's phone: http[^ ]*" "$WORK/err" | cut -d' ' -f3) && [ -n "$url" ] && break
      sleep 0.05
    done
  fi
  local line
  line=$(python3 "$here/../support/phone_viewers.py" memory "$url" "$pid" "$2")
  kill -TERM "$pid"; wait "$pid" || true
  echo "$1 $line"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); lightning $("$LIGHTNING" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
{
  for n in $VIEWERS; do run "viewers=$n" "$n" 0; done
  if [ "$FLOOD" -gt 0 ]; then run "flood+1viewer" 1 "$FLOOD"; fi
} | tee "$WORK/rows" >/dev/null
if [ "${MEMORY:-1}" = 1 ]; then
  memory "no-phone" 0 no-phone
  memory "phone,0" 0
  memory "phone,200" 200
fi > "$WORK/memory"
# One column per key, in the order first met.
table() {
python3 - "$1" <<'PY'
import sys
rows, keys = [], ["run"]
for line in open(sys.argv[1]):
    label, *pairs = line.split()
    row = {"run": label}
    for pair in pairs:
        k, _, v = pair.partition("=")
        row[k] = v
        if k not in keys: keys.append(k)
    rows.append(row)
table = [keys] + [[r.get(k, "-") for k in keys] for r in rows]
widths = [max(len(str(t[i])) for t in table) for i in range(len(keys))]
for t in table: print("  ".join(str(c).ljust(w) for c, w in zip(t, widths)).rstrip())
PY
}
table "$WORK/rows"
echo "phone_*: ms from the flip on the projector to the status reaching a phone's socket (kernel timestamp; goal: p99 < 150 with 50); read_p99: to the Python client reading it; made_max: to the status being made; late_*: ms, play -v; cpu_s: lightning's CPU seconds"
echo "rss/hwm: MB, lightning 15 s in (rss_before/after: just before / 1 s after the phones connected)"
if [ -s "$WORK/memory" ]; then
  echo
  echo "memory, play --wait (first slide held): rss0 settled, rss_open with the phones' streams open 3 s, cost = rss_open - rss0 (goal: 200 phones < 10 MB), MB"
  table "$WORK/memory"
fi
