# `lightning phone` (docs/phone.md, "Try it before the session"): the phone pages of a deck or a
# lineup, served with nothing played. A speaker's page answers under its secret only; its event
# stream sends the talk's sheet and a waiting status, again about once a second; the terminal
# says once that a phone opened it (not on a reload or a reconnect); an organizer's command is
# told and changes nothing; a lineup prints a URL per talk; --for ends it by itself, SIGINT and
# SIGTERM end it with exit 0 and the port free; a taken port is refused with a message. No window.
source "$(dirname "$0")/lib.sh"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
unset DISPLAY WAYLAND_DISPLAY  # no window, no video: it must not need a display
demo="$SOURCE_DIR/decks/demo"

without_codes() { grep -v '[▀▄█]' "$1" || true; }
wait_for_line() {  # TEXT FILE
  for _ in $(seq 600); do grep -qF -- "$1" "$2" && return 0; sleep 0.05; done
  fail "never saw: $1 in: $(without_codes "$2")"
}
wait_for_exit() {  # PID: sets $status to its exit status; a failure when it runs on for 30 s
  for _ in $(seq 600); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
  kill -0 "$1" 2>/dev/null && fail "lightning phone is still running"
  status=0
  wait "$1" || status=$?
}
secret_of() {  # LABEL FILE: the 32 hex digits of the URL after "LABEL: "
  grep -o "$1: http://[^ ]*" "$2" | grep -o '/[0-9a-f]\{32\}/' | tr -d / | head -1
}
code_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

expect_exit 2 "$LIGHTNING" phone "$demo" --for soon
expect_stderr '--for "soon" is not a time'

# One deck, on any free port of this machine only.
err="$WORK/check.err"
"$LIGHTNING" phone "$demo" --phone-bind 127.0.0.1 --phone-port 0 2>"$err" &
pid=$!
wait_for_line "speaker's phone: http" "$err"
port=$(grep -o 'phone pages on 127\.0\.0\.1:[0-9]*' "$err" | grep -o '[0-9]*$')
[ -n "$port" ] && [ "$port" != 0 ] || fail "no port in: $(without_codes "$err")"
organizer=$(secret_of "organizer's phone (can act: keep it to yourself)" "$err")
speaker=$(secret_of "speaker's phone" "$err")
[ ${#organizer} = 32 ] && [ ${#speaker} = 32 ] && [ "$organizer" != "$speaker" ] ||
  fail "no secrets in: $(without_codes "$err")"
grep -q "this is a check of the phones: nothing is played, and these addresses change" "$err" ||
  fail "no line saying this is a check: $(without_codes "$err")"
grep -q "▀" "$err" || fail "no QR code on the terminal"
grep -qF "talk 1: $demo: ignite" "$err" || fail "the talk's line, as event prints it: $(without_codes "$err")"
base="http://127.0.0.1:$port"

# The page under the speaker's secret (twice: a reload), nothing without it.
[ "$(code_of "$base/$speaker/")" = 200 ] || fail "the speaker's page did not answer 200"
[ "$(code_of "$base/$speaker/")" = 200 ] || fail "the reloaded page did not answer 200"
[ "$(code_of "$base/")" = 404 ] || fail "/ without a secret did not answer 404"
[ "$(code_of "$base/0123456789abcdef0123456789abcdef/")" = 404 ] || fail "a wrong secret did not answer 404"
[ "$(code_of "$base/$speaker/slide/0.jpg")" = 404 ] || fail "a thumbnail in a check (none are made)"

# The stream: the talk's sheet (the deck's title), then a waiting status, and another a second
# or so later (the stream stays live), seq counting up.
python3 - "$base/$speaker/events" "$demo/deck.toml" >"$WORK/stream.out" 2>&1 <<'PY' ||
import json, sys, tomllib, urllib.request
title = tomllib.load(open(sys.argv[2], "rb"))["title"]
talk, statuses, event = None, [], None
with urllib.request.urlopen(sys.argv[1], timeout=20) as stream:
    for raw in stream:
        line = raw.decode().rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = json.loads(line[6:])
            if event == "talk":
                talk = data
            elif event == "status":
                statuses.append(data)
            if talk and len(statuses) >= 2:
                break
assert talk["title"] == title and talk["role"] == "speaker", talk
assert talk["slides"] == 20 and len(talk["notes"]) == 20, talk
for s in statuses:
    assert s["state"] == "waiting" and s["talk"] == 0 and s["mine"], s
    assert s["title"] == title and s["slides"] == 20, s
assert statuses[1]["seq"] > statuses[0]["seq"], statuses
print("stream ok:", talk["title"], [s["seq"] for s in statuses])
PY
  fail "the speaker's stream: $(cat "$WORK/stream.out")"
wait_for_line "the speaker's page follows the live status from 127.0.0.1" "$err"
# A reconnect of the stream, then the organizer's page: its line comes after any the reconnect
# would have made, so the counts below are final.
curl -s -N --max-time 2 "$base/$speaker/events" >/dev/null || true
[ "$(code_of "$base/$organizer/")" = 200 ] || fail "the organizer's page did not answer 200"
wait_for_line "the organizer's page opened from 127.0.0.1" "$err"
[ "$(grep -c "the speaker's page opened from 127.0.0.1" "$err")" = 1 ] ||
  fail "the page's line is not there once: $(without_codes "$err")"
[ "$(grep -c "the speaker's page follows the live status from 127.0.0.1" "$err")" = 1 ] ||
  fail "the stream's line is not there once: $(without_codes "$err")"

# The organizer's start is told and changes nothing: the status still waits on talk 1's card.
[ "$(code_of -X POST --data start "$base/$organizer/command")" = 202 ] || fail "start was not taken"
wait_for_line "the organizer's phone sent start: the show would start talk 1; this is a check: nothing is played" "$err"
[ "$(code_of -X POST --data start "$base/$speaker/command")" = 404 ] || fail "a speaker acted"
python3 - "$base/$organizer/events" >"$WORK/organizer.out" 2>&1 <<'PY' ||
import json, sys, urllib.request
event = None
with urllib.request.urlopen(sys.argv[1], timeout=20) as stream:
    for raw in stream:
        line = raw.decode().rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: ") and event == "status":
            status = json.loads(line[6:])
            assert status["state"] == "waiting" and status["talk"] == 0, status
            break
print("organizer ok")
PY
  fail "after start: $(cat "$WORK/organizer.out")"

# A second check on the same port is refused, saying what to do.
expect_exit 1 "$LIGHTNING" phone "$demo" --phone-bind 127.0.0.1 --phone-port "$port" --for 1
expect_stderr "cannot listen on 127.0.0.1:$port"
expect_stderr "--phone-port"

# Ctrl+C: exit 0, the port free, and what was seen summed up.
kill -INT "$pid"
wait_for_exit "$pid"
[ "$status" = 0 ] || fail "SIGINT: exit $status: $(without_codes "$err")"
! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "the port is still open after Ctrl+C"
grep -q "phone check over: 1 phone address(es) reached the pages (127.0.0.1)" "$err" ||
  fail "no closing line: $(without_codes "$err")"

# A lineup file of two talks: a URL and a code per speaker; --for ends it by itself.
mkdir -p "$WORK/session"
cat >"$WORK/session/lineup.toml" <<EOF
name = "Check night"
[[talk]]
deck = "$demo"
speaker = "Ada"
[[talk]]
deck = "$demo"
speaker = "Grace"
total = "3:00"
EOF
err2="$WORK/lineup.err"
"$LIGHTNING" phone "$WORK/session/lineup.toml" --phone-bind 127.0.0.1 --phone-port 0 --for 2 2>"$err2" &
pid=$!
wait_for_exit "$pid"
[ "$status" = 0 ] || fail "--for 2: exit $status: $(without_codes "$err2")"
first=$(secret_of "talk 1's speaker" "$err2")
second=$(secret_of "talk 2's speaker" "$err2")
[ ${#first} = 32 ] && [ ${#second} = 32 ] && [ "$first" != "$second" ] ||
  fail "two speaker URLs: $(without_codes "$err2")"
grep -qF "talk 2: $demo: 3:00 · 20 slides" "$err2" || fail "talk 2's line: $(without_codes "$err2")"
# Each URL has its code under it (the organizer's and both speakers').
codes=$(awk '/^lightning: .*: http:/ { url = 1; next } url && /^  █/ { n++ } { url = 0 } END { print n + 0 }' "$err2")
[ "$codes" = 3 ] || fail "$codes URLs with a QR code, wanted 3: $(cat "$err2")"
grep -q "no phone opened a page. 127.0.0.1 is this machine only" "$err2" ||
  fail "no word that no phone came: $(without_codes "$err2")"

# config.toml's phone-port and phone-bind, as the show takes them; SIGTERM ends it with exit 0.
mkdir -p "$XDG_CONFIG_HOME/lightning"
printf 'phone-bind = "127.0.0.1"\nphone-port = 0\n' >"$XDG_CONFIG_HOME/lightning/config.toml"
err3="$WORK/term.err"
"$LIGHTNING" phone "$demo" 2>"$err3" &
pid=$!
wait_for_line "speaker's phone: http://127.0.0.1:" "$err3"
port=$(grep -o 'phone pages on 127\.0\.0\.1:[0-9]*' "$err3" | grep -o '[0-9]*$')
kill -TERM "$pid"
wait_for_exit "$pid"
[ "$status" = 0 ] || fail "SIGTERM: exit $status: $(without_codes "$err3")"
! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "the port is still open after SIGTERM"
echo "phone check: ok"
