# The phone server under bad clients (tests/support/phone_abuse.py) during a play: bare 404s
# without a secret, a speaker that cannot act, malformed requests, huge headers and bodies, slow
# clients, a flood; then every slide was still shown on time, the organizer's pause went through
# the show (in the log), the port is refused to a second player with a message that says what to
# do, and the server goes with the talk (the process exits 0 with a phone still connected, and
# the port is free again).
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_line() {  # TEXT FILE
  for _ in $(seq 400); do grep -qF -- "$1" "$2" && return 0; sleep 0.05; done
  fail "never saw: $1 in $(cat "$2")"
}
deck=$(demo_copy talk)  # 4 slides
port=$(free_port)

"$LIGHTNING" play "$deck" --window --total 0:40 --exit-at-end --log "$WORK/play.jsonl" \
  --phone --phone-bind 127.0.0.1 --phone-port "$port" 2>"$WORK/stderr" &
pid=$!
wait_for_line "phone pages on 127.0.0.1:$port (tcp)" "$WORK/stderr"
wait_for_line "speaker's phone: http" "$WORK/stderr"
organizer=$(grep -o "organizer's phone.*http://[^ ]*" "$WORK/stderr" | grep -o '/[0-9a-f]\{32\}/' | tr -d /)
speaker=$(grep -o "speaker's phone: http://[^ ]*" "$WORK/stderr" | grep -o '/[0-9a-f]\{32\}/' | tr -d /)
[ ${#organizer} = 32 ] && [ ${#speaker} = 32 ] && [ "$organizer" != "$speaker" ] ||
  fail "no secrets in: $(grep -v '[▀▄█]' "$WORK/stderr")"
# The terminal's QR code reads back as the URL (zbarimg, when installed).
grep -q "▀" "$WORK/stderr" || fail "no QR code on the terminal"

# A second player on the same port is refused, saying what to do.
if "$LIGHTNING" play "$deck" --window --total 0:04 --exit-at-end --no-log --phone \
  --phone-bind 127.0.0.1 --phone-port "$port" 2>"$WORK/second" >/dev/null; then
  fail "a second server started on a taken port"
fi
grep -q "cannot listen on 127.0.0.1:$port" "$WORK/second" && grep -q -- "--phone-port" "$WORK/second" ||
  fail "the taken port's message: $(cat "$WORK/second")"

python3 "$SOURCE_DIR/tests/support/phone_abuse.py" "http://127.0.0.1:$port" "$organizer" "$speaker" \
  >"$WORK/abuse" 2>&1 || fail "bad clients: $(cat "$WORK/abuse")"

# The organizer's pause goes through the show like a key (in the log), and a phone still
# connected when the talk ends does not hold the program.
curl -s -N "http://127.0.0.1:$port/$speaker/events" >"$WORK/stream" &
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data pause "http://127.0.0.1:$port/$organizer/command")
[ "$code" = 202 ] || fail "pause answered $code"
sleep 0.5
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data pause "http://127.0.0.1:$port/$organizer/command")
[ "$code" = 202 ] || fail "resume answered $code"
wait "$pid" || fail "play exited non-zero: $(grep -v '[▀▄█]' "$WORK/stderr")"
grep -q '"event":"pause"' "$WORK/play.jsonl" && grep -q '"event":"resume"' "$WORK/play.jsonl" ||
  fail "the phone's pause is not in the log"
grep -q '"state":"paused"' "$WORK/stream" || fail "the phone never saw the pause"
python3 - "$WORK/play.jsonl" <<'PY' || fail "the flips: $(cat "$WORK/play.jsonl")"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
slides = [e["slide"] for e in events if e["event"] == "slide"]
assert slides == [1, 2, 3, 4], slides
assert events[-1]["event"] == "end" and events[-1]["reason"] == "finished", events[-1]
PY
! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "the port is still open after the talk"
cat "$WORK/abuse"
