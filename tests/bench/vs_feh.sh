#!/usr/bin/env bash
# lightning against feh, measured from outside (issue "Faster than feh from the first frame"):
# both players run on a private Xvfb screen (1920x1080) while an X11 screen probe watches for each
# slide's marker pixels. Prints, per deck, the medians of each player and lightning's ratios to feh
# measured in the same run (absolute times differ between machines; the ratio carries), for a
# first play (nothing prepared) and for a deck prepared with `check --prepare`.
#
#   LIGHTNING_BENCH_PROBE=/path/to/bench tests/bench/vs_feh.sh
#
# LIGHTNING_BENCH_PROBE is the folder of the external screen-probe harness (probe.c, run_peer.sh,
# bench.sh, make_deck.sh; on the project machines it is ../shared/bench next to the checkout). It
# is not part of this repository; the script copies it to a writable folder and builds it there.
# Needs: apt-get install xvfb x11-utils time gcc make libx11-dev python3-numpy python3-pil feh
# Knobs: RUNS (default 3), INTERVAL (default 1.0 s), LIGHTNING (the binary), WORK (scratch folder,
# default build/vs_feh; the decks are generated there once), LIGHTNING_ARGS (extra play options).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LIGHTNING=${LIGHTNING:-$here/../../build/lightning}
RUNS=${RUNS:-3}
INTERVAL=${INTERVAL:-1.0}
WORK=${WORK:-$here/../../build/vs_feh}
LIGHTNING_ARGS=${LIGHTNING_ARGS:-}

probe=${LIGHTNING_BENCH_PROBE:-}
if [ -z "$probe" ] || [ ! -f "$probe/run_peer.sh" ]; then
  echo "vs_feh.sh: set LIGHTNING_BENCH_PROBE to the screen-probe harness folder (the one with" >&2
  echo "  run_peer.sh and probe.c; on the project machines: ../shared/bench)" >&2
  exit 2
fi
command -v feh >/dev/null || { echo "vs_feh.sh: feh is missing: apt-get install feh" >&2; exit 2; }
[ -x "$LIGHTNING" ] || { echo "vs_feh.sh: no lightning binary at $LIGHTNING (build first)" >&2; exit 2; }
LIGHTNING=$(cd "$(dirname "$LIGHTNING")" && pwd)/$(basename "$LIGHTNING")

# The harness writes its binaries, decks and runs next to itself: work on a copy.
harness=$WORK/harness
mkdir -p "$harness"
cp -f "$probe"/*.sh "$probe"/*.py "$probe"/*.c "$probe"/*.h "$probe"/Makefile "$harness"/
chmod u+w "$harness"/*
make -s -C "$harness" >/dev/null
"$harness/make_deck.sh" "$WORK/decks" >&2

stamp=$(date +%Y%m%d-%H%M%S)
results=$WORK/results-$stamp.jsonl
decks="$WORK/decks/deck-4k-png $WORK/decks/deck-1080-jpg"
# Two lightnings: "lightning" is a first play (nothing prepared: every run starts from an empty
# prepared-slides folder, and pays for keeping what it decodes); "prepared" plays decks prepared
# the night before with `check --prepare`. Both go through env(1), which adds its exec to their
# start-up.
cold=$WORK/cache-cold prepared=$WORK/cache-prepared
rm -rf "$prepared"
for deck in $decks; do
  XDG_CACHE_HOME=$prepared "$LIGHTNING" check "$deck" --prepare --size 1920x1080 >/dev/null
done
play="play {DECK} --slide-seconds {INTERVAL} --exit-at-end --overlay none --no-log $LIGHTNING_ARGS"
for rep in $(seq "$RUNS"); do
  rm -rf "$cold"
  "$harness/bench.sh" -r 1 -i "$INTERVAL" -d "$decks" -o "$results" -R "$WORK/runs/$stamp-r$rep" \
    "lightning=env XDG_CACHE_HOME=$cold $LIGHTNING $play" \
    "prepared=env XDG_CACHE_HOME=$prepared $LIGHTNING $play" \
    "feh=feh -F -Y -N -q --zoom fill -S filename --on-last-slide hold -D {INTERVAL} {FILES}" >/dev/null
done

python3 - "$results" <<'EOF'
import csv, json, os, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
def earliest(run):  # the most negative error of slides 2..N (a flip that came early)
    try:
        rows = list(csv.DictReader(open(os.path.join(run["out"], "slides.csv"))))
        return min(float(r["error_ms"]) for r in rows[1:] if r["error_ms"])
    except (OSError, KeyError, ValueError):
        return None
for r in runs:
    r["earliest_ms"] = earliest(r)
cols = [("start-up ms", "startup_ms", "%.0f"), ("CPU s", "cpu_s", "%.2f"),
        ("peak RSS MB", "peak_rss_mb", "%.0f"), ("err mean ms", "mean_abs_err_ms", "%.1f"),
        ("err max ms", "max_abs_err_ms", "%.1f"), ("earliest ms", "earliest_ms", "%.1f"),
        ("drift ms", "final_drift_ms", "%.1f")]
def med(rs, key):
    vals = [r[key] for r in rs if r.get("ok") and r.get(key) is not None]
    return statistics.median(vals) if vals else None
print("| deck | player | runs ok | " + " | ".join(c[0] for c in cols) + " |")
print("|" + "---|" * (3 + len(cols)))
players = ("lightning", "prepared", "feh")
for deck in sorted({r["deck"] for r in runs}):
    by = {p: [r for r in runs if r["deck"] == deck and r["label"] == p] for p in players}
    for p, rs in by.items():
        cells = [(fmt % v) if (v := med(rs, key)) is not None else "-" for _, key, fmt in cols]
        print("| %s | %s | %d/%d | %s |" % (deck, p, sum(bool(r.get("ok")) for r in rs), len(rs), " | ".join(cells)))
    for p in players[:2]:
        ratio = []
        for _, key, _ in cols[:3]:
            a, b = med(by[p], key), med(by["feh"], key)
            ratio.append("%.2f x" % (a / b) if a is not None and b else "-")
        print("| %s | %s / feh | | %s | | | | |" % (deck, p, " | ".join(ratio)))
EOF
echo "(raw runs: $results)" >&2
