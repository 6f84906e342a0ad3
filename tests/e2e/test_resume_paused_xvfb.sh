# Resume after a crash during a pause, in a real window: a talk paused with Ctrl+P is killed with
# SIGKILL while paused; `play --resume` with no timing flags comes back paused, at the paused
# slide and talk time (the crash does not count as talk time), and Ctrl+P then plays the rest on
# the crashed run's plan. Bounds are generous: this checks the plumbing, the core's unit tests
# check the arithmetic.
source "$(dirname "$0")/lib.sh"
command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"
command -v xdotool >/dev/null || fail "xdotool is not installed"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK" || fail "Xvfb did not start"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=x11
export XDG_STATE_HOME="$WORK/state"
deck=$(demo_copy paused)  # 4 slides; --total 0:08 gives each 2 s
logs="$XDG_STATE_HOME/lightning/logs/paused"

wait_for() {  # wait_for FILE TEXT: up to 10 s for TEXT to appear in FILE
  for _ in $(seq 200); do grep -qF -- "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  fail "no $2 in $1: $(cat "$1" 2>/dev/null)"
}
pause_key() { xdotool windowfocus --sync "$1" 2>/dev/null || true; xdotool key ctrl+p; }

"$LIGHTNING" play "$deck" --window --window-size 640x360 --total 0:08 2>"$WORK/first.err" &
pid=$!
window=$(lightning_window)
[ -n "$window" ] || fail "no lightning window appeared"
for _ in $(seq 200); do ls "$logs"/*.jsonl >/dev/null 2>&1 && break; sleep 0.05; done
log=$(ls "$logs"/*.jsonl)
sleep 2.5                      # into slide 2
pause_key "$window"
wait_for "$log" '"event":"pause"'
sleep 1
kill -KILL "$pid"; wait "$pid" 2>/dev/null || true
! grep -q '"event":"end"' "$log" || fail "the killed run has an end event"
sleep 1.5                      # the pause goes on while nothing runs

# No timing flags: the plan, the position and the pause all come from the log.
"$LIGHTNING" play "$deck" --window --window-size 640x360 --resume --exit-at-end --verbose \
  2>"$WORK/second.err" &
pid=$!
window=$(lightning_window)
[ -n "$window" ] || fail "no window for the resumed talk"
wait_for "$log" '"event":"resumed"'
sleep 2                        # still paused: nothing may move
import -window root "$WORK/paused.png"
grep -c '"event":"pause"' "$log" | grep -qx 2 || fail "the resumed talk is not paused: $(cat "$log")"
pause_key "$window"
for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done  # at most 10 s
kill -0 "$pid" 2>/dev/null && { kill "$pid"; fail "the resumed talk did not end: $(cat "$log")"; }
wait "$pid" || fail "the resumed play exited non-zero: $(cat "$WORK/second.err")"

python3 - "$log" <<'PY' || fail "resumed log: $(cat "$log")"
import json, sys
from datetime import datetime
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
wall = lambda e: datetime.strptime(e["wall"], "%Y-%m-%dT%H:%M:%S.%fZ")
at = kinds.index("resumed")
first_pause = events[kinds.index("pause")]
resumed, after = events[at], events[at + 1:]
after_kinds = [e["event"] for e in after]
paused_ms = first_pause["talk_ms"]
# Paused in slide 2 (2 s a slide), and resumed exactly there: neither the second of pause before
# the kill nor the crash itself counted as talk time.
assert 2000 <= paused_ms < 4000, first_pause
assert resumed["talk_ms"] == paused_ms and resumed["slide"] == paused_ms // 2000 + 1, resumed
# It came back paused: a pause at the same talk time, and no slide flipped until Ctrl+P.
unpause = after_kinds.index("resume")
assert "pause" in after_kinds[:unpause], after_kinds
assert all(e["talk_ms"] == paused_ms for e in after[:unpause]), after[:unpause]
assert all(e["slide"] == resumed["slide"] for e in after[:unpause] if e["event"] == "slide"), after
assert after[unpause]["paused_ms"] >= 1500, after[unpause]  # the 2 s it stayed paused
assert after[unpause]["talk_ms"] == paused_ms, after[unpause]
# Then the rest of the crashed run's 8 s plan, to its end.
end = events[-1]
assert end["event"] == "end" and end["reason"] == "finished" and end["talk_ms"] == 8000, end
rest = (wall(end) - wall(after[unpause])).total_seconds() * 1000
# Generous: the end reaches the log when its frame is up, late on a busy CI machine.
assert abs(rest - (8000 - paused_ms)) <= 3000, f"the rest took {rest:.0f} ms, planned {8000 - paused_ms}"
print(f"paused at {paused_ms} ms, resumed paused at slide {resumed['slide']}, rest took {rest:.0f} ms")
PY
echo "resume paused: ok"
