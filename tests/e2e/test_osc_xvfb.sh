# The AV desk over OSC: oscdump follows a play (every flip with its k of n and the time to the
# next one, the pause), oscsend pauses it and skips a talk in an event, and 10 000 garbage packets
# sent during a talk change no flip (every slide shown, none skipped, the drops counted).
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
command -v oscdump >/dev/null || fail "oscdump is missing (Debian: liblo-tools)"
free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_line() {  # TEXT FILE
  for _ in $(seq 400); do grep -qF -- "$1" "$2" && return 0; sleep 0.05; done
  fail "never saw: $1 in $(cat "$2")"
}
deck=$(demo_copy talk)  # 4 slides
out=$(free_port); in=$(free_port)

# A play followed and paused from the desk.
oscdump -L "$out" >"$WORK/dump" 2>&1 &
"$LIGHTNING" play "$deck" --window --total 0:08 --exit-at-end --log "$WORK/play.jsonl" \
  --osc-send "127.0.0.1:$out" --osc-listen "$in" 2>"$WORK/stderr" &
pid=$!
wait_for_line "OSC commands on 127.0.0.1:$in" "$WORK/stderr"
wait_for_line "/lightning/slide iif 2 4" "$WORK/dump"
oscsend localhost "$in" /lightning/pause
wait_for_line '"paused"' "$WORK/dump"
sleep 1
oscsend localhost "$in" /lightning/pause
wait "$pid" || fail "play exited non-zero"
python3 - "$WORK/dump" "$WORK/play.jsonl" <<'PY' || fail "what the desk saw: $(cat "$WORK/dump")"
import json, sys
slides, states = [], []
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) > 4 and parts[1] == "/lightning/slide":
        k, n, flip = int(parts[3]), int(parts[4]), float(parts[5])
        assert n == 4, line
        # The time to the next flip: within the 2 s slot, or none (-1: waiting to start, paused,
        # and always after the last slide).
        assert (0 < flip <= 2.0 or flip == -1) if k < 4 else flip == -1, line
        if not slides or slides[-1] != k:
            slides.append(k)
    if len(parts) > 4 and parts[1] == "/lightning/remaining":
        states.append(parts[-1].strip('"'))
assert slides == [1, 2, 3, 4], slides
assert "paused" in states and states[-1] == "ended", states
i = states.index("paused")
assert "running" in states[i:], states  # resumed
events = [json.loads(l)["event"] for l in open(sys.argv[2]) if l.strip()]
assert events.count("pause") == 1 and events.count("resume") == 1, events
PY

# A flood while a talk plays: nothing reaches the show, every slide is shown on the clock.
"$LIGHTNING" play "$deck" --window --total 0:08 --exit-at-end --log "$WORK/flood.jsonl" \
  --osc-listen "$in" 2>"$WORK/stderr" &
pid=$!
wait_for_line "OSC commands on" "$WORK/stderr"
python3 "$SOURCE_DIR/tests/support/osc_flood.py" "$in" 10000 >/dev/null
wait "$pid" || fail "play under a flood exited non-zero"
grep -q "packet(s) dropped" "$WORK/stderr" || fail "the flood's drops were not counted"
python3 - "$WORK/flood.jsonl" <<'PY' || fail "flood: $(cat "$WORK/flood.jsonl")"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kinds = [e["event"] for e in events]
assert [e["slide"] for e in events if e["event"] == "slide"] == [1, 2, 3, 4], kinds
assert "skip" not in kinds and "pause" not in kinds, kinds
assert events[-1]["event"] == "end" and events[-1]["reason"] == "finished", events[-1]
PY

# An event: the desk skips the first talk on its title card and starts the second.
printf 'name = "Desk"\n[[talk]]\ndeck = "%s"\ntotal = "0:02"\n[[talk]]\ndeck = "%s"\ntotal = "0:02"\n' \
  "$deck" "$deck" >"$WORK/lineup.toml"
"$LIGHTNING" event "$WORK/lineup.toml" --window --end-card-seconds 0.3 --osc-listen "$in" \
  2>"$WORK/event.err" &
pid=$!
wait_for_line "title card 1/2" "$WORK/event.err"
oscsend localhost "$in" /lightning/skip
wait_for_line "title card 2/2" "$WORK/event.err"
oscsend localhost "$in" /lightning/start
wait_for_line "closing card" "$WORK/event.err"
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
session=$(ls "$XDG_STATE_HOME"/lightning/sessions/*-event.jsonl)
python3 - "$session" <<'PY' || fail "session: $(cat "$session")"
import json, sys
kinds = [json.loads(l)["event"] for l in open(sys.argv[1])]
assert kinds[:4] == ["session_start", "talk_skipped", "talk_start", "talk_end"], kinds
PY
echo "osc: ok"
