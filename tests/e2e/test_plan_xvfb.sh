# plan from three paced rehearsals (generated logs with different marks): the proposed plan is
# the median per slide scaled to exactly the total; --write puts it into deck.toml keeping every
# comment (the old file as deck.toml.bak); play then flips the slides on the planned instants
# (read from its log). An Ignite deck gets words advice and nothing written.
source "$(dirname "$0")/lib.sh"
command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"

deck=$(demo_copy talk)
cat > "$deck/deck.toml" <<'TOML'
# Rehearsed with lightning (this comment must survive plan --write)
title = "Plan talk"   # the title
total = "5:00"

[[slide]]
file = "01-title.png"
notes = """Say "hello"
and wait"""
[[slide]]
file = "02-problem.png"
seconds = 75   # a guess
[[slide]]
file = "03-drift.png"
[[slide]]
file = "04-hard-clock.png"
TOML
cp "$deck/deck.toml" "$WORK/original.toml"

# Three finished paced runs of the deck as planned now (75 s a slide): the words of each slide.
python3 - "$WORK" <<'PY'
import json, sys
files = ["01-title.png", "02-problem.png", "03-drift.png", "04-hard-clock.png"]
planned = [75000] * 4
starts = [0, 75000, 150000, 225000]
def run(name, minute, words):
    wall = lambda ms: f"2026-11-25T17:{minute:02d}:{(ms // 1000) % 60:02d}.{ms % 1000:03d}Z"
    ev = [{"event": "start", "deck": "talk", "title": "Plan talk", "mode": "paced", "files": files,
           "planned_start_ms": starts, "planned_ms": planned, "total_ms": 300000,
           "format": "five-minutes", "version": "t", "t_ms": 0, "talk_ms": 0, "wall": wall(0)}]
    timeline = [(starts[k], "slide", k + 1, {}) for k in range(4)]
    timeline += [(starts[k] + w, "mark", k + 1, {"over_ms": w - planned[k]}) for k, w in enumerate(words)]
    last = max(t for t, *_ in timeline)
    for t, kind, slide, extra in sorted(timeline):
        e = {"event": kind, "slide": slide, **extra}
        if kind == "slide": e.update(due_ms=float(t), presented_ms=float(t), late_ms=0.0)
        e.update(t_ms=t, talk_ms=t, wall=wall(t)); ev.append(e)
    ev.append({"event": "end", "reason": "finished", "t_ms": last, "talk_ms": last, "wall": wall(last)})
    with open(f"{sys.argv[1]}/{name}.jsonl", "w") as f:
        for e in ev: f.write(json.dumps(e, separators=(",", ":")) + "\n")
run("run1", 40, [30000, 60000, 90000, 120000])
run("run2", 41, [33000, 57000, 95000, 110000])
run("run3", 42, [36000, 66000, 88000, 125000])
PY
logs=("$WORK"/run1.jsonl "$WORK"/run2.jsonl "$WORK"/run3.jsonl)

# 1. The plan: medians 33, 60, 90, 120 s (303 s) scaled to 5:00 and rounded to tenths.
expect_exit 0 "$LIGHTNING" plan "$deck" "${logs[@]}"
cat "$WORK/stdout"
grep -qE '^1 +01-title.png +1:15.0 +0:32.7 +-42.3 s$' "$WORK/stdout" || fail "slide 1 row"
grep -qE '^4 +04-hard-clock.png +1:15.0 +1:58.8 +\+43.8 s$' "$WORK/stdout" || fail "slide 4 row"
grep -qE '^total +5:00.0 +5:00.0 +0.0 s$' "$WORK/stdout" || fail "total row"
cmp -s "$deck/deck.toml" "$WORK/original.toml" || fail "plan without --write changed deck.toml"

# 2. --write: the seconds add up to exactly 5:00.0, every comment and note is kept, the old
# file is deck.toml.bak.
expect_exit 0 "$LIGHTNING" plan "$deck" "${logs[@]}" --write
expect_stderr "deck.toml.bak"
cmp -s "$deck/deck.toml.bak" "$WORK/original.toml" || fail "deck.toml.bak is not the old file"
sum=$(python3 -c 'import sys, tomllib; d = tomllib.load(open(sys.argv[1], "rb")); print(round(sum(s["seconds"] for s in d["slide"]) * 1000))' "$deck/deck.toml")
[ "$sum" = 300000 ] || fail "the slides add up to $sum ms, not 300000"
while IFS= read -r line; do
  case "$line" in
    seconds*) ;;  # its value is the plan's now (checked below)
    *'#'*) grep -qxF -- "$line" "$deck/deck.toml" || fail "lost the line: $line" ;;
  esac
done < "$WORK/original.toml"
grep -qxF 'seconds = 59.4   # a guess' "$deck/deck.toml" || fail "the seconds line lost its comment"
grep -qxF 'and wait"""' "$deck/deck.toml" || fail "the multi-line note changed"
expect_exit 0 "$LIGHTNING" check "$deck"

# The heat map: the same runs, found in the deck's logs folder, tint the contact sheet (slides 1
# and 2 are under their plan of 75 s in every run: green; 3 and 4 over: red).
mkdir -p "$WORK/state/lightning/logs/talk"
cp "${logs[@]}" "$WORK/state/lightning/logs/talk/"
export XDG_STATE_HOME="$WORK/state"
expect_exit 0 env SDL_VIDEODRIVER=dummy "$LIGHTNING" export "$deck" --sheet --size 1280x720 -o "$WORK/plain.png"
expect_exit 0 env SDL_VIDEODRIVER=dummy "$LIGHTNING" export "$deck" --sheet --runs 3 --size 1280x720 -o "$WORK/heat.png"
python3 - "$WORK/plain.png" "$WORK/heat.png" <<'PY' || fail "the heat map does not tint the cells"
import struct, sys, zlib
def pixels(path):  # 8-bit RGB(A) PNG, as the sheet writes it
    data = open(path, "rb").read()
    w, h, depth, colour = struct.unpack(">IIBB", data[16:26])
    chunks, i = b"", 8
    while i < len(data):
        n = struct.unpack(">I", data[i:i + 4])[0]
        if data[i + 4:i + 8] == b"IDAT": chunks += data[i + 8:i + 8 + n]
        i += 12 + n
    raw, bpp = zlib.decompress(chunks), {2: 3, 6: 4}[colour]
    rows, prev, stride = [], bytearray(w * bpp), w * bpp
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + [0, a, b, (a + b) // 2, a if pa <= pb and pa <= pc else b if pb <= pc else c][f]) & 255
        rows.append(line); prev = line
    return lambda x, y: tuple(rows[y][x * bpp:x * bpp + 3])
plain, heat = pixels(sys.argv[1]), pixels(sys.argv[2])
# Sampled every 4th pixel: where the heat map is greener than the plain sheet (slides 1 and 2,
# under their plan) and where it is redder (3 and 4, over). Each is a good part of a thumbnail.
greener = redder = total = 0
for y in range(0, 720, 4):
    for x in range(0, 1280, 4):
        (r0, g0, _), (r1, g1, _) = plain(x, y), heat(x, y)
        total += 1
        greener += (g1 - r1) - (g0 - r0) > 30
        redder += (r1 - g1) - (r0 - g0) > 30
assert greener > total // 20 and redder > total // 20, (greener, redder, total)
PY

# 3. A short plan (--total 0:08) written and played: each slide flips at its planned instant.
expect_exit 0 "$LIGHTNING" plan "$deck" "${logs[@]}" --total 0:08 --write
grep -q 'slide 1 (01-title.png): 0.9 s, under 1 s' "$WORK/stdout" || fail "no under-1-s warning"
grep -qxF 'total = 8' "$deck/deck.toml" || fail "the total was not rewritten: $(cat "$deck/deck.toml")"
source "$(dirname "$0")/../support/xvfb.sh"
start_xvfb 1280x720 "$WORK" || fail "Xvfb did not start"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=x11
timeout 120 "$LIGHTNING" play "$deck" --window --exit-at-end --log "$WORK/play.jsonl" \
  2>"$WORK/stderr" || fail "play exited non-zero"
python3 - "$WORK/play.jsonl" <<'PY' || fail "play did not follow the plan"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
start = events[0]
want = [900, 1600, 2400, 3100]
assert start["planned_ms"] == want, start["planned_ms"]
assert start["planned_start_ms"] == [0, 900, 2500, 4900], start["planned_start_ms"]
assert start["total_ms"] == 8000, start["total_ms"]
slides = [e for e in events if e["event"] == "slide"]
assert [e["due_ms"] for e in slides] == [0, 900, 2500, 4900], slides
for e in slides:  # generous for a busy machine; the schedule itself is exact
    assert e["late_ms"] < 1000, e
print("planned starts", [e["due_ms"] for e in slides], "late ms", [e["late_ms"] for e in slides])
ends = [e for e in events if e["event"] == "end"]
assert ends and ends[-1]["reason"] == "finished", ends
PY

# 4. Ignite: words advice, nothing written.
ignite=$(demo_copy ignite)
printf 'format = "ignite"  # fixed slots\n' > "$ignite/deck.toml"
python3 - "$WORK" <<'PY'
import json, sys
files = ["01-title.png", "02-problem.png", "03-drift.png", "04-hard-clock.png"]
ev = [{"event": "start", "deck": "ignite", "title": "Ignite", "mode": "paced", "files": files,
       "planned_start_ms": [0, 15000, 30000, 45000], "planned_ms": [15000] * 4, "total_ms": 60000,
       "format": "ignite", "version": "t", "t_ms": 0, "talk_ms": 0, "wall": "2026-11-25T17:40:00.000Z"}]
words = [17900, 11000, 15200, 15000]
timeline = [(k * 15000, "slide", k + 1, {}) for k in range(4)]
timeline += [(k * 15000 + w, "mark", k + 1, {"over_ms": w - 15000}) for k, w in enumerate(words)]
for t, kind, slide, extra in sorted(timeline):
    e = {"event": kind, "slide": slide, **extra}
    if kind == "slide": e.update(due_ms=float(t), presented_ms=float(t), late_ms=0.0)
    e.update(t_ms=t, talk_ms=t, wall="2026-11-25T17:40:00.000Z"); ev.append(e)
ev.append({"event": "end", "reason": "finished", "t_ms": 60000, "talk_ms": 60000, "wall": "2026-11-25T17:41:00.000Z"})
with open(f"{sys.argv[1]}/ignite.jsonl", "w") as f:
    for e in ev: f.write(json.dumps(e) + "\n")
PY
expect_exit 0 "$LIGHTNING" plan "$ignite" "$WORK/ignite.jsonl" --write
grep -qxF '  slide 1: your words take 17.9 s of 15 s; cut 2.9 s' "$WORK/stdout" || fail "ignite advice: $(cat "$WORK/stdout")"
grep -qxF '  slide 2: your words take 11.0 s of 15 s; 4.0 s to spare' "$WORK/stdout" || fail "ignite spare"
! grep -q 'slide 3' "$WORK/stdout" || fail "slide 3 is within 0.5 s"
expect_stderr "writes nothing"
[ ! -e "$ignite/deck.toml.bak" ] || fail "an ignite deck was written"
echo "plan: ok"
