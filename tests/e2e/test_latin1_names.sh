# A file and a deck folder named in Latin-1 (not UTF-8, as from an old zip) go through every
# command: play, rehearse, report, export and check --json. Logs stay valid JSON with the name
# readable (\xE9) and exact (hex in *_bytes).
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy XDG_STATE_HOME="$WORK/state"
deck="$WORK/d"$'\xe9'"ck"
mkdir "$deck"
cp "$SOURCE_DIR"/decks/demo/01-*.png "$deck/"
cp "$SOURCE_DIR"/decks/demo/02-*.png "$deck/caf"$'\xe9'".png"

parses() {  # parses LOG: every line is JSON, and the Latin-1 name is there both ways
  python3 - "$1" <<'PY' || fail "log $1 does not keep the name: $(cat "$1")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
start = events[0]
assert start["files"][1] == "caf\\xE9.png", start
assert bytes.fromhex(start["files_bytes"][1]) == b"caf\xe9.png", start
slide = [e for e in events if e["event"] == "slide" and e["slide"] == 2][0]
assert bytes.fromhex(slide["file_bytes"]) == b"caf\xe9.png", slide
assert bytes.fromhex(start["deck_bytes"]).endswith(b"d\xe9ck"), start
PY
}

expect_exit 0 "$LIGHTNING" play "$deck" --window --total 0:02 --exit-at-end --log "$WORK/play.jsonl"
parses "$WORK/play.jsonl"
# A rehearsal waits for the speaker's last mark: it is stopped with SIGTERM once slide 2 is up.
"$LIGHTNING" rehearse "$deck" --total 0:02 --log "$WORK/rehearse.jsonl" 2>"$WORK/stderr" &
pid=$!
for _ in $(seq 100); do grep -q '"slide":2' "$WORK/rehearse.jsonl" 2>/dev/null && break; sleep 0.1; done
kill -TERM "$pid"
wait "$pid" || fail "rehearse exited non-zero"
parses "$WORK/rehearse.jsonl"
expect_exit 0 "$LIGHTNING" report "$WORK/play.jsonl"
grep -qF 'caf\xE9.png' "$WORK/stdout" || fail "report lacks the readable name: $(cat "$WORK/stdout")"
expect_exit 0 "$LIGHTNING" export "$deck" --sheet -o "$WORK/sheet.png"
[ -s "$WORK/sheet.png" ] || fail "no contact sheet"
expect_exit 0 "$LIGHTNING" check "$deck" --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); f=d[0]["slide_facts"][1]; assert bytes.fromhex(f["file_bytes"]) == b"caf\xe9.png", f' \
  "$WORK/stdout" || fail "check --json: $(cat "$WORK/stdout")"
echo "latin-1 names: ok"
