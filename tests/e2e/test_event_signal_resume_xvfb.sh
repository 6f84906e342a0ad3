# An organizer's stray Ctrl+C (SIGINT) in the terminal mid-talk ends the talk and the session with
# reason "signal"; `event --resume` continues the talk that was running like after a crash (no
# title card, on its schedule: it ends near its planned end, not the outage later), then the rest.
# A Ctrl+C on a title card (no talk running) is resumed at that card.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
mkdir "$WORK/talks"; demo_copy talks/ada >/dev/null; demo_copy talks/grace >/dev/null
printf 'name = "Ctrl+C test"\n[[talk]]\ndeck = "talks/ada"\ntotal = "0:04"\n[[talk]]\ndeck = "talks/grace"\ntotal = "0:01"\n' > "$WORK/lineup.toml"
wait_for_line() {
  for _ in $(seq 200); do grep -qF -- "$1" "$2" && return 0; sleep 0.05; done
  fail "never saw: $1 in $(cat "$2")"
}
press_space() {
  sleep 0.3
  xdotool windowfocus --sync "$(xdotool search --name '^lightning - ' | head -1)" 2>/dev/null || true
  xdotool key space
}
"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.3 2>"$WORK/first.err" &
pid=$!
wait_for_line "title card 1/2" "$WORK/first.err"
press_space
for _ in $(seq 200); do ls "$XDG_STATE_HOME"/lightning/logs/ada/*.jsonl >/dev/null 2>&1 && break; sleep 0.02; done
sleep 2.4   # about 60 % of the 4 s talk
kill -INT "$pid"; wait "$pid" || fail "event exited non-zero after SIGINT: $(cat "$WORK/first.err")"
grep -q '"event":"session_end","reason":"signal"' "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl ||
  fail "no session_end with reason signal"

"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.3 --resume 2>"$WORK/second.err" &
pid=$!
wait_for_line "title card 2/2" "$WORK/second.err"
grep -q "title card 1/2" "$WORK/second.err" && fail "the running talk got a title card again"
press_space
wait_for_line "closing card" "$WORK/second.err"
xdotool keydown Escape; sleep 1.5; xdotool keyup Escape
wait "$pid" || fail "event --resume exited non-zero: $(cat "$WORK/second.err")"
session=$(ls "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl)
[ "$(echo "$session" | wc -l)" -eq 1 ] || fail "the resumed session wrote a new summary: $session"
python3 - "$session" "$(ls "$XDG_STATE_HOME"/lightning/logs/ada/*.jsonl)" <<'PY' || fail "session: $(cat "$session")"
import json, sys
from datetime import datetime
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
assert kinds == ["session_start", "talk_start", "talk_end", "session_end", "session_resumed", "talk_end",
                 "talk_start", "talk_end", "session_end"], kinds
assert events[2]["reason"] == "signal" and events[3]["reason"] == "signal", events[2:4]
# Loose bounds (a busy CI machine presents late): the outage is seconds; core tests the arithmetic.
assert events[5]["reason"] == "finished" and abs(events[5]["overrun_ms"]) <= 1000, events[5]
talk = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
wall = lambda e: datetime.strptime(e["wall"], "%Y-%m-%dT%H:%M:%S.%fZ")
took = (wall(talk[-1]) - wall(talk[0])).total_seconds() * 1000
assert [e["event"] for e in talk].count("resumed") == 1 and talk[-1]["event"] == "end", talk
assert [e["reason"] for e in talk if e["event"] == "end"] == ["signal", "finished"], talk
assert abs(took - 4000) <= 1000, f"talk 1 ended {took:.0f} ms after its start"
PY

# Ctrl+C on talk 2's title card (talk 1 skipped): --resume shows that card again, not talk 1's.
export XDG_STATE_HOME="$WORK/state-card"
"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.3 2>"$WORK/third.err" &
pid=$!
wait_for_line "title card 1/2" "$WORK/third.err"
sleep 0.3
xdotool windowfocus --sync "$(xdotool search --name '^lightning - ' | head -1)" 2>/dev/null || true
xdotool key Right
wait_for_line "title card 2/2" "$WORK/third.err"
kill -INT "$pid"; wait "$pid" || fail "event exited non-zero after SIGINT on a card: $(cat "$WORK/third.err")"
"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.3 --resume 2>"$WORK/fourth.err" &
pid=$!
wait_for_line "title card 2/2" "$WORK/fourth.err"
grep -q "title card 1/2" "$WORK/fourth.err" && fail "resumed at talk 1's card, not where it stopped"
press_space
wait_for_line "closing card" "$WORK/fourth.err"
xdotool keydown Escape; sleep 1.5; xdotool keyup Escape
wait "$pid" || fail "event --resume at a card exited non-zero: $(cat "$WORK/fourth.err")"
grep -q '"event":"session_resumed","card":2' "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl ||
  fail "no session_resumed at card 2: $(cat "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl)"
echo "event resume after Ctrl+C: ok"
