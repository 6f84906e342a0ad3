# Timing logs from the real binary: every run writes a JSON Lines log; kill -9 loses no slide
# already shown; SIGTERM ends cleanly with the CSV; an unwritable log place falls back and says so.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"

# The default place: $XDG_STATE_HOME/lightning/logs/<deck>/<UTC>-play.jsonl, plus the CSV.
expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:02 --exit-at-end
log=$(ls "$XDG_STATE_HOME"/lightning/logs/demo/*-play.jsonl)
[ -f "${log%.jsonl}.csv" ] || fail "no CSV beside $log"
expect_stderr "log: $log"
python3 - "$log" "${log%.jsonl}.csv" <<'PY' || fail "log content"
import csv, json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
assert kinds[0] == "start" and kinds[-1] == "end" and events[-1]["reason"] == "finished", kinds
assert kinds.count("slide") == 20, kinds
start = events[0]
assert start["mode"] == "play" and start["total_ms"] == 2000 and len(start["files"]) == 20
assert start["planned_start_ms"][:3] == [0, 100, 200] and start["version"]
for e in events:
    assert {"t_ms", "talk_ms", "wall"} <= e.keys() and e["wall"].endswith("Z"), e
slides = [e for e in events if e["event"] == "slide"]
assert [e["slide"] for e in slides] == list(range(1, 21))
assert all(abs(e["late_ms"]) < 50 and e["due_ms"] == (e["slide"] - 1) * 100 for e in slides), slides
rows = list(csv.DictReader(open(sys.argv[2])))
assert len(rows) == 20 and list(rows[0].keys()) == ["slide", "file", "planned_start_ms", "actual_start_ms",
    "late_ms", "planned_ms", "actual_ms", "mark_ms", "over_ms"], rows[0]
assert rows[4]["planned_start_ms"] == "400" and rows[4]["planned_ms"] == "100"
assert abs(int(rows[4]["actual_ms"]) - 100) <= 50, rows[4]
PY

# kill -9 in the middle: every slide the program reported on screen is in the log already.
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:04 --verbose \
  --log "$WORK/killed.jsonl" 2>"$WORK/killed.err" &
pid=$!
for _ in $(seq 100); do grep -q '^slide 10/20' "$WORK/killed.err" 2>/dev/null && break; sleep 0.05; done
kill -KILL "$pid"; wait "$pid" 2>/dev/null || true
shown=$(grep -cE '^slide [0-9]+/20 ' "$WORK/killed.err")
[ "$shown" -ge 10 ] || fail "only $shown slides shown before the kill"
logged=$(grep -c '"event":"slide"' "$WORK/killed.jsonl")
[ "$logged" -ge "$shown" ] || fail "$shown slides shown but $logged in the log"
for k in $(grep -oE '^slide [0-9]+' "$WORK/killed.err" | cut -d' ' -f2); do
  grep -q "\"event\":\"slide\",\"slide\":$k," "$WORK/killed.jsonl" || fail "slide $k shown but not logged"
done
! grep -q '"event":"end"' "$WORK/killed.jsonl" || fail "a killed run has no end event"
[ ! -f "$WORK/killed.csv" ] || fail "a killed run wrote a CSV"

# SIGTERM: a clean end, reason "signal", and the CSV.
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 1:00 \
  --log "$WORK/term.jsonl" 2>"$WORK/stderr" &
pid=$!
for _ in $(seq 100); do [ -s "$WORK/term.jsonl" ] && break; sleep 0.05; done
sleep 0.5
kill -TERM "$pid"
wait "$pid" || fail "play exited non-zero after SIGTERM"
tail -1 "$WORK/term.jsonl" | grep -q '"reason":"signal"' || fail "no end event with reason signal"
[ "$(wc -l < "$WORK/term.csv")" -eq 21 ] || fail "the CSV after SIGTERM: $(cat "$WORK/term.csv")"
expect_stderr "csv: $WORK/term.csv"

# A log place that cannot be written: the talk goes on, stderr says so once, and the whole log
# lands in the fallback place at the end.
mkdir "$WORK/readonly"; chmod 555 "$WORK/readonly"
if [ "$(id -u)" -eq 0 ]; then  # root writes anywhere: use a place that is not a folder instead
  : > "$WORK/not-a-folder"
  target="$WORK/not-a-folder/run.jsonl"
else
  target="$WORK/readonly/run.jsonl"
fi
TMPDIR="$WORK/tmp" expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 \
  --total 0:01 --exit-at-end --log "$target"
[ "$(grep -c 'the timing log cannot be written' "$WORK/stderr")" -eq 1 ] || fail "the failure is not said exactly once"
[ -f "$WORK/tmp/lightning-logs/demo/run.jsonl" ] || fail "no fallback log: $(cat "$WORK/stderr")"
expect_stderr "log: $WORK/tmp/lightning-logs/demo/run.jsonl"
[ "$(grep -cE '"event":"(slide|skip)"' "$WORK/tmp/lightning-logs/demo/run.jsonl")" -eq 20 ] || fail "fallback log incomplete"  # a loaded machine may skip one

# Every place fails (the log's, $TMPDIR's, and a current folder that was deleted): exit 1, every
# place named, and the log itself on stderr as the last resort.
: > "$WORK/blocker"
mkdir "$WORK/gone"
( cd "$WORK/gone" && rmdir "$WORK/gone" &&
  TMPDIR="$WORK/blocker/tmp" expect_exit 1 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window \
    --window-size 320x180 --total 0:01 --exit-at-end --log "$WORK/blocker/run.jsonl" )
expect_stderr "$WORK/blocker/run.jsonl"
expect_stderr "$WORK/blocker/tmp/lightning-logs/demo"
expect_stderr "the timing log was written nowhere; here it is:"
[ "$(grep -cE '^{"event":"(slide|skip)"' "$WORK/stderr")" -eq 20 ] || fail "the log is not on stderr: $(cat "$WORK/stderr")"

# Two runs started at once get two logs (names carry milliseconds, and a suffix if need be).
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:01 --exit-at-end --log "$WORK/same.jsonl" 2>/dev/null &
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:01 --exit-at-end --log "$WORK/same.jsonl" 2>/dev/null
wait
[ "$(grep -c '"event":"start"' "$WORK/same.jsonl")" -eq 1 ] || fail "two runs in one log"
[ "$(grep -c '"event":"start"' "$WORK/same-2.jsonl")" -eq 1 ] || fail "no second log"
echo "logs: ok"
