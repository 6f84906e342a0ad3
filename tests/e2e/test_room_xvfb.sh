# What an organizer meets in front of a room, in a real X server: a window manager's close
# request does not end a talk (hold Esc does); --presenter on one display full screen is refused
# instead of covering the slides; --wait holds the clock until a real Space; an event of three
# talks where the first is skipped from its card and the closing card stays after the last.
# Every wait here polls for a state (a window, a log line); nothing asserts a wall-clock instant.
source "$(dirname "$0")/lib.sh"
: "${WM_DELETE:?set WM_DELETE to the wm_delete helper}"
source "$(dirname "$0")/../support/xvfb.sh"
start_xvfb 1280x720 "$WORK" || fail "Xvfb did not start"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=x11 XDG_STATE_HOME="$WORK/state"

find_window() {  # NAME: the newest window whose title starts with NAME
  for _ in $(seq 100); do xdotool search --name "^$1" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 0.5
  xdotool search --name "^$1" | tail -n 1
}
wait_for() {  # SECONDS CONDITION...: polls until CONDITION holds
  local seconds=$1; shift
  for _ in $(seq $((seconds * 10))); do "$@" && return 0; sleep 0.1; done
  return 1
}
running() { kill -0 "$1" 2>/dev/null; }
# The key goes up for the whole server, not the window: the talk has ended and its window is gone
# by then, and a key left down is still down for the next window (the X server is not reset
# between clients), which SDL reports as held when it gets the focus.
hold_esc() { xdotool keydown --window "$1" Escape; sleep 1.6; xdotool keyup Escape; }

# 1. A close request (WM_DELETE_WINDOW) during a talk is ignored and said; hold Esc stops it.
deck=$(demo_copy close)
"$LIGHTNING" play "$deck" --window --slide-seconds 30 --log "$WORK/close.jsonl" 2>"$WORK/stderr" &
pid=$!
window=$(find_window "lightning - ")
[ -n "$window" ] || fail "no window"
# (SDL may still be settling its window: send again until it answers.)
for _ in $(seq 20); do
  "$WM_DELETE" "$(xdotool search --name "^lightning - " | tail -n 1)" 2>/dev/null || true
  wait_for 1 grep -q "close request is ignored" "$WORK/stderr" && break
done
grep -q "close request is ignored" "$WORK/stderr" || fail "the close request was not answered"
window=$(xdotool search --name "^lightning - " | tail -n 1)
sleep 0.5
running "$pid" || fail "a close request ended the talk"
hold_esc "$window"
wait_for 30 bash -c "! kill -0 $pid 2>/dev/null" || fail "holding Esc did not stop the talk"
grep -q '"reason":"quit"' "$WORK/close.jsonl" || fail "the log's end is not quit"

# 2. One display, full screen, --presenter: refused with the way out, nothing opens.
expect_exit 2 "$LIGHTNING" play "$deck" --presenter --no-log
expect_stderr "--presenter needs a second display"

# 3. --wait: the first slide is up at once, and the clock does not start until a real Space.
"$LIGHTNING" play "$deck" --window --wait --total 0:02 --exit-at-end --log "$WORK/wait.jsonl" \
  2>"$WORK/stderr" &
pid=$!
window=$(find_window "lightning - ")
sleep 3  # longer than the whole talk: it must still be waiting
running "$pid" || fail "--wait did not wait"
# The armed first slide is up while it waits (the host introduces the speaker), not black.
import -window root "$WORK/armed.png"
mean=$(convert "$WORK/armed.png" -format '%[fx:int(1000*mean)]' info:)
[ "$mean" -gt 30 ] || fail "--wait shows a black screen (mean $mean/1000), not the first slide"
[ ! -s "$WORK/wait.jsonl" ] || fail "the log started before the key"
xdotool key --window "$window" space
wait_for 60 bash -c "! kill -0 $pid 2>/dev/null" || fail "the talk did not run after Space"
grep -q '"event":"end"' "$WORK/wait.jsonl" || fail "no end in the log"
grep -q '"reason":"finished"' "$WORK/wait.jsonl" || fail "the talk did not finish"

# 4. An event: skip the first talk from its card, run the other two, the closing card stays.
for name in one two three; do demo_copy "$name" >/dev/null; done
cat > "$WORK/lineup.toml" <<TOML
name = "Room test"
[[talk]]
deck = "one"
total = "0:02"
[[talk]]
deck = "two"
total = "0:02"
[[talk]]
deck = "three"
total = "0:02"
TOML
"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.5 2>"$WORK/stderr" &
pid=$!
window=$(find_window "lightning - Room test")
[ -n "$window" ] || fail "no event window"
event_log() { cat "$WORK"/state/lightning/sessions/*-event.jsonl 2>/dev/null; }
wait_for 30 grep -q "title card 1/3" "$WORK/stderr" || fail "no first title card"
xdotool key --window "$window" Right       # skip talk 1
wait_for 30 grep -q "title card 2/3" "$WORK/stderr" || fail "Right did not skip to talk 2"
xdotool key --window "$window" space
wait_for 60 grep -q "title card 3/3" "$WORK/stderr" || fail "talk 2 did not end"
xdotool key --window "$window" space
wait_for 60 grep -q "closing card" "$WORK/stderr" || fail "no closing card after the last talk"
sleep 2
running "$pid" || fail "the event exited by itself after the last talk"
import -window root "$WORK/closing.png"
if [ -n "${KEEP_SCREENSHOT:-}" ]; then cp "$WORK/closing.png" "$KEEP_SCREENSHOT"; fi
hold_esc "$window"
wait_for 30 bash -c "! kill -0 $pid 2>/dev/null" || fail "holding Esc did not end the event"
event_log | grep -q '"event":"talk_skipped","talk":1' || fail "talk 1 not logged as skipped: $(event_log)"
[ "$(event_log | grep -c '"event":"talk_end"')" = 2 ] || fail "two talks should have ended: $(event_log)"
event_log | grep -q '"event":"session_end","reason":"finished"' || fail "no session end: $(event_log)"
