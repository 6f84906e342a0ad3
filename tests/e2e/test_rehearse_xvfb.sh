# Rehearsals in a real window (Xvfb), driven like a presenter's clicker with xdotool: a paced run
# with marks (Space) and a pause (P), a free run with Right / Left, then `report` over the three
# logs: its table, merged CSV and chart.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
deck=$(demo_copy deck)

# The run's clock starts with its first frame, when the log's start line is written.
started() { for _ in $(seq 400); do [ -s "$1" ] && break; sleep 0.01; done; t0=$(now_ms); }

# Paced, 4 slides x 2 s: slide 1 marked early, slide 2 marked late (during slide 3), a 1 s pause,
# slide 3 marked early, slide 4 marked after the end.
"$LIGHTNING" rehearse "$deck" --slide-seconds 2 --exit-at-end --log "$WORK/paced.jsonl" 2>"$WORK/paced.err" &
pid=$!
started "$WORK/paced.jsonl"
window=$(lightning_window)
at() { local wait=$(( $1 - ($(now_ms) - t0) )); [ "$wait" -gt 0 ] && sleep "$(awk -v w="$wait" 'BEGIN{print w/1000}')"; return 0; }
at 1000; press space          # slide 1: about 1 s early
at 4700; press space          # slide 2: about 0.7 s over
at 5000; press p              # pause 1 s during slide 3
at 6000; press p
at 6500; press space          # slide 3: about 0.5 s early (the pause moved its end to 7 s)
at 9600; press space          # slide 4: about 0.6 s over, after the end card came up
wait "$pid" || fail "paced rehearsal exited non-zero: $(cat "$WORK/paced.err")"
python3 - "$WORK/paced.jsonl" <<'PY' || fail "paced log: $(cat "$WORK/paced.jsonl")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
assert kinds[0] == "start" and events[0]["mode"] == "paced", kinds
assert kinds[-1] == "end" and events[-1]["reason"] == "finished", kinds
marks = {e["slide"]: e["over_ms"] for e in events if e["event"] == "mark"}
assert sorted(marks) == [1, 2, 3, 4], marks
# Plumbing only (the mark arithmetic is tested with the fake clock in tests/unit): each mark is
# logged on its slide, an early one as under and a late one as over, and the pause is recorded.
assert marks[1] < 0 and marks[2] > 0, marks
resume = [e for e in events if e["event"] == "resume"]
assert len(resume) == 1 and 500 <= resume[0]["paused_ms"] <= 5000, resume
PY
[ -f "$WORK/paced.csv" ] || fail "no CSV for the paced run"

# Free: Right after ~1.5 s, Left back after ~0.5 s, then Right x4 to the end.
"$LIGHTNING" rehearse "$deck" --slide-seconds 2 --free --exit-at-end --log "$WORK/free.jsonl" 2>"$WORK/free.err" &
pid=$!
started "$WORK/free.jsonl"
window=$(lightning_window)
at 1500; press Right
at 2000; press Left
at 2500; press Right
at 4500; press Right
at 6000; press Right
at 7000; press Right
wait "$pid" || fail "free rehearsal exited non-zero: $(cat "$WORK/free.err")"
python3 - "$WORK/free.csv" <<'PY' || fail "free CSV: $(cat "$WORK/free.csv")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert [r["slide"] for r in rows] == ["1", "2", "3", "4"]
actual = [int(r["actual_ms"]) for r in rows]
# Plumbing only (free-run arithmetic is tested in tests/unit): every slide was on screen, the
# back-and-forth is counted on both slides, and the times add up to about the 7 s run.
assert all(a > 0 for a in actual) and 5000 <= sum(actual) <= 20000, actual
assert all(int(r["over_ms"]) == int(r["actual_ms"]) - 2000 for r in rows), rows
PY

# A third run (play, no keys) and the report over all three.
SDL_VIDEODRIVER=dummy expect_exit 0 "$LIGHTNING" play "$deck" --window --slide-seconds 0.5 --exit-at-end --log "$WORK/play.jsonl"
expect_exit 0 "$LIGHTNING" report "$WORK/paced.jsonl" "$WORK/free.jsonl" "$WORK/play.jsonl" \
  --csv "$WORK/merged.csv" -o "$WORK/chart.png" --size 960x480
grep -q '"deck": 3 run(s)' "$WORK/stdout" || fail "report header: $(cat "$WORK/stdout")"
grep -qE '^1     01-title.png +0:02.0 ' "$WORK/stdout" || fail "report row: $(cat "$WORK/stdout")"
grep -q 'play.jsonl was planned differently (0:02.0 in all)' "$WORK/stdout" || fail "the play run (other timing) is not flagged"
head -1 "$WORK/merged.csv" | grep -qx 'slide,file,planned_ms,run1_words_ms,run1_over_ms,run1_note,run2_on_screen_ms,run2_over_ms,run2_note,run3_on_screen_ms,run3_over_ms,run3_note,mean_over_ms,trend' ||
  fail "merged CSV header: $(head -1 "$WORK/merged.csv")"
[ "$(identify -format '%wx%h' "$WORK/chart.png")" = 960x480 ] || fail "chart size"
[ "$(convert "$WORK/chart.png" -format '%k' info:)" -gt 20 ] || fail "chart has almost no colours"
# The deck's own logs (the default place): report DECK finds the runs logged there.
expect_exit 1 "$LIGHTNING" report "$deck"
expect_stderr "no timing logs for $deck"
echo "rehearse: ok"
