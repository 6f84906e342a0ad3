# report over three finished paced rehearsals and two that ended early (quit, restart): slides an
# early end never reached are "n/r", never timed; the unfinished runs are listed and left out of
# the mean and trend unless --all; output that cannot be written is a failure.
source "$(dirname "$0")/lib.sh"
python3 - "$WORK" <<'PY'
import json, sys
files = ["a.png", "b.png", "c.png", "d.png"]
def run(name, minute, marks, reason, end_at):
    wall = lambda ms: f"2026-11-25T17:{minute:02d}:{ms // 1000:02d}.{ms % 1000:03d}Z"
    ev = [{"event": "start", "deck": "d", "title": "Report talk", "mode": "paced", "files": files,
           "planned_start_ms": [0, 2000, 4000, 6000], "planned_ms": [2000] * 4, "total_ms": 8000,
           "format": "five-minutes", "version": "t"}]
    ev[0].update(t_ms=0, talk_ms=0, wall=wall(0))
    timeline = [(k * 2000, "slide", k + 1, {}) for k in range(4)]
    timeline += [(t, "mark", k + 1, {"over_ms": t - (k + 1) * 2000}) for k, t in enumerate(marks)]
    last = end_at if reason != "finished" else max(marks)
    for t, kind, slide, extra in sorted(timeline):
        if t > last: continue
        e = {"event": kind, "slide": slide, **extra}
        if kind == "slide": e.update(due_ms=float(t), presented_ms=float(t), late_ms=0.0)
        e.update(t_ms=t, talk_ms=t, wall=wall(t)); ev.append(e)
    if reason != "finished":
        for k in range(len(marks), 4):
            end = (k + 1) * 2000
            kind = "missed" if end <= end_at else "not_reached"
            e = {"event": kind, "slide": k + 1}
            if kind == "missed": e["over_ms"] = end_at - end
            e.update(t_ms=end_at, talk_ms=end_at, wall=wall(end_at)); ev.append(e)
    ev.append({"event": "end", "reason": reason, "t_ms": last, "talk_ms": last, "wall": wall(last)})
    with open(f"{sys.argv[1]}/{name}.jsonl", "w") as f:
        for e in ev: f.write(json.dumps(e, separators=(",", ":")) + "\n")
run("1", 40, [2400, 4400, 6400, 8400], "finished", 0)
run("2", 41, [2200, 4200, 6200, 8200], "finished", 0)
run("3", 42, [2100], "quit", 3000)
run("4", 43, [1900, 3900, 6000, 8000], "finished", 0)
run("5", 44, [2000], "restart", 5000)
PY
logs=("$WORK"/1.jsonl "$WORK"/2.jsonl "$WORK"/3.jsonl "$WORK"/4.jsonl "$WORK"/5.jsonl)
expect_exit 0 "$LIGHTNING" report "${logs[@]}" --csv "$WORK/report.csv"
cat "$WORK/stdout"
grep -q '5 run(s), 2 unfinished left out of the mean and trend' "$WORK/stdout" || fail "header: $(cat "$WORK/stdout")"
grep -qE '^4 +d.png +0:02.0 +0:02.4 +0:02.2 +n/r +0:02.0 +n/r +\+0.2 s +steady' "$WORK/stdout" ||
  fail "slide 4 row: $(cat "$WORK/stdout")"
grep -qE '^2 +b.png .* 0:03.0\* +\+0.2 s' "$WORK/stdout" || fail "slide 2 (missed in run 5, not counted): $(cat "$WORK/stdout")"
grep -q '^4,d.png,2000,2400,400,,2200,200,,,,not reached,2000,0,,,,not reached,200,steady$' "$WORK/report.csv" ||
  fail "CSV: $(cat "$WORK/report.csv")"
expect_exit 0 "$LIGHTNING" report "${logs[@]}" --all
grep -qE '^2 +b.png .* 0:03.0\* +\+0.4 s' "$WORK/stdout" || fail "--all: $(cat "$WORK/stdout")"
expect_exit 1 bash -c '"$0" report "$1" > /dev/full' "$LIGHTNING" "${logs[0]}"
expect_stderr "cannot write the report"
echo "report: ok"
