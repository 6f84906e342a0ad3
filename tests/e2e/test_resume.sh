# Resume after a crash: play is killed with SIGKILL at about 60 % of a 10 s talk; `play --resume`
# with no timing flags continues on the crashed run's schedule (from its log, not today's 5:00
# default), and the talk ends within 50 ms of its planned end. Timing flags that contradict the
# log are refused, naming both plans.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"
deck="$SOURCE_DIR/decks/demo"

"$LIGHTNING" play "$deck" --window --window-size 320x180 --total 0:10 2>/dev/null &
pid=$!
for _ in $(seq 200); do ls "$XDG_STATE_HOME"/lightning/logs/demo/*.jsonl >/dev/null 2>&1 && break; sleep 0.02; done
sleep 6
kill -KILL "$pid"; wait "$pid" 2>/dev/null || true
log=$(ls "$XDG_STATE_HOME"/lightning/logs/demo/*.jsonl)
! grep -q '"event":"end"' "$log" || fail "the killed run has an end event"

sleep 0.5  # the talk's clock goes on while nothing runs
expect_exit 1 "$LIGHTNING" play "$deck" --window --window-size 320x180 --total 5:00 --resume --exit-at-end
expect_stderr "the timing flags give 5:00.0 in all"
expect_stderr "was planned as 0:10.0 in all"
! grep -q '"event":"resumed"' "$log" || fail "a refused resume wrote to the log"
# The default: the deck's newest unfinished log, on its own plan.
expect_exit 0 "$LIGHTNING" play "$deck" --window --window-size 320x180 --resume --exit-at-end --verbose
expect_stderr "log: $log"
python3 - "$log" <<'PY' || fail "resumed log: $(cat "$log")"
import json, sys
from datetime import datetime
events = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
kinds = [e["event"] for e in events]
assert kinds.count("start") == 1 and kinds.count("resumed") == 1 and kinds[-1] == "end", kinds
assert events[-1]["reason"] == "finished"
wall = lambda e: datetime.strptime(e["wall"], "%Y-%m-%dT%H:%M:%S.%fZ")
start, resumed, end = events[0], events[kinds.index("resumed")], events[-1]
# Resumed at about 6.5 s: the slide due then (500 ms a slide), not slide 1 again.
assert 6000 <= resumed["talk_ms"] <= 8500, resumed
assert resumed["slide"] == resumed["talk_ms"] // 500 + 1, resumed
after = [e for e in events[kinds.index("resumed"):] if e["event"] == "slide"]
assert after and after[0]["slide"] == resumed["slide"], after[:2]
assert not [e for e in events if e["event"] == "skip" and e["slide"] < resumed["slide"]], "old slides skipped again"
ended_after = (wall(end) - wall(start)).total_seconds() * 1000
assert abs(ended_after - 10000) <= 50, f"ended {ended_after:.0f} ms after the start, planned 10000"
assert end["talk_ms"] == 10000 and abs(end["t_ms"] - 10000) <= 50, end
assert all(line.endswith("\n") and line.strip() for line in open(sys.argv[1])), "a blank or cut line"
print(f"resumed at {resumed['talk_ms']} ms (slide {resumed['slide']}), ended {ended_after:.1f} ms after the start")
PY
[ -f "${log%.jsonl}.csv" ] || fail "no CSV after the resumed run"
# --verbose counts this process's flips only: no slide shown before the crash is "skipped".
from=$(grep -o '"event":"resumed","slide":[0-9]*' "$log" | grep -o '[0-9]*$')
for k in $(grep -oE '^slide [0-9]+ skipped' "$WORK/stderr" | cut -d' ' -f2); do
  [ "$k" -ge "$from" ] || fail "slide $k, shown before the crash, listed as skipped"
done
counted=$(( $(grep -o 'shown=[0-9]*' "$WORK/stderr" | cut -d= -f2) + $(grep -o 'skipped=[0-9]*' "$WORK/stderr" | cut -d= -f2) ))
[ "$counted" -eq $(( 20 - from + 1 )) ] || fail "the summary counts $counted flips, this process had $(( 20 - from + 1 ))"

# Nothing left to resume now; a log that ended cannot be resumed.
expect_exit 1 "$LIGHTNING" play "$deck" --window --resume --exit-at-end
expect_stderr "no unfinished log for $deck"
expect_exit 1 "$LIGHTNING" play "$deck" --window --resume "$log" --exit-at-end
expect_stderr "ended (finished): it was stopped on purpose, so there is nothing to resume"
echo "resume: ok"
