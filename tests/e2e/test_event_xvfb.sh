# A session of four talks (three decks, one broken) under Xvfb, driven like an organizer's clicker:
# title card -> Space -> talk on the hard clock -> end card -> next title card ...; a log per
# talk and a session summary written as the session goes.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
mkdir "$WORK/talks"
demo_copy talks/ada >/dev/null; demo_copy talks/grace >/dev/null; demo_copy talks/alan >/dev/null
# A slide named in Latin-1 (not UTF-8, from an old zip): the talk and its log must still work.
cp "$WORK/talks/ada/01-title.png" "$WORK/talks/ada/caf"$'\xe9'".png"
cat > "$WORK/lineup.toml" <<TOML
name = "Friday lightning talks"
[[talk]]
deck = "talks/ada"
title = "Engines"
speaker = "Ada"
total = "0:02"
[[talk]]
deck = "talks/missing.pdf"
speaker = "Nobody"
[[talk]]
deck = "talks/grace"
title = "Compilers"
speaker = "Grace"
slide_seconds = 0.5
[[talk]]
deck = "talks/alan"
title = "Machines"
speaker = "Alan"
total = 1.5
TOML

"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.5 2>"$WORK/stderr" &
pid=$!
window=""
wait_for_line() {  # wait_for_line TEXT: until stderr has it
  for _ in $(seq 200); do grep -qF -- "$1" "$WORK/stderr" && return 0; sleep 0.05; done
  fail "never saw: $1"
}
press_space() {
  sleep 0.3
  window=$(xdotool search --name "^lightning - " | head -1)
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  xdotool key space
}
wait_for_line "talk 2: $WORK/talks/missing.pdf:"   # checked before the session starts
wait_for_line "title card 1/4: Engines"
sleep 0.5; import -window root "$WORK/card.png"
press_space
wait_for_line "log: $XDG_STATE_HOME/lightning/logs/ada/"
wait_for_line "title card 2/4"
press_space                                            # the broken deck: on to the next
wait_for_line "title card 3/4: Compilers"
press_space
wait_for_line "log: $XDG_STATE_HOME/lightning/logs/grace/"
wait_for_line "title card 4/4: Machines"
press_space
wait_for_line "closing card"                           # stays until Esc is held
xdotool keydown Escape; sleep 1.5; xdotool keyup Escape
wait "$pid" || fail "event exited non-zero: $(cat "$WORK/stderr")"
[ "$(ls "$XDG_STATE_HOME"/lightning/logs/ada/*.jsonl | wc -l)" -eq 1 ] || fail "no log for talk 1"
[ "$(ls "$XDG_STATE_HOME"/lightning/logs/grace/*.jsonl | wc -l)" -eq 1 ] || fail "no log for talk 3"
[ "$(ls "$XDG_STATE_HOME"/lightning/logs/alan/*.jsonl | wc -l)" -eq 1 ] || fail "no log for talk 4"
python3 - "$XDG_STATE_HOME"/lightning/logs/ada/*.jsonl <<'PY' || fail "talk 1 log lost the Latin-1 name"
import json, sys
start = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert b"caf\xe9.png" in [bytes.fromhex(h) for h in start["files_bytes"]], start
PY
session=$(ls "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl)
python3 - "$session" <<'PY' || fail "session log: $(cat "$session")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
assert kinds == ["session_start", "talk_start", "talk_end", "talk_skipped", "talk_start", "talk_end",
                 "talk_start", "talk_end", "session_end"], kinds
assert events[0]["name"] == "Friday lightning talks" and len(events[0]["talks"]) == 4
assert "missing.pdf" in events[3]["problem"] or "does not exist" in events[3]["problem"], events[3]
ends = [e for e in events if e["event"] == "talk_end"]
assert [e["reason"] for e in ends] == ["finished", "finished", "finished"], ends
assert ends[0]["planned_ms"] == 2000 and abs(ends[0]["overrun_ms"]) <= 50, ends[0]
assert ends[1]["planned_ms"] == 2000 and abs(ends[1]["overrun_ms"]) <= 50, ends[1]
assert ends[2]["planned_ms"] == 1500 and abs(ends[2]["overrun_ms"]) <= 50, ends[2]
PY
# The first title card: the talk, its speaker, the running order (not a black screen).
[ "$(convert "$WORK/card.png" -format '%k' info:)" -gt 50 ] || fail "the title card is blank"
if [ -n "${KEEP_SCREENSHOT:-}" ]; then cp "$WORK/card.png" "$KEEP_SCREENSHOT"; fi
echo "event: ok"
