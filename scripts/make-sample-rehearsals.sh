#!/usr/bin/env bash
# Makes the three sample rehearsal logs in docs/rehearsals/ that the README's report chart is
# drawn from (scripts/make-readme-pictures.sh). They are real runs: `lightning rehearse
# decks/demo` (paced, the deck's own 5:00 Ignite schedule) in a window on a private Xvfb, with
# Space pressed by xdotool when each slide's "words" end, as a speaker getting better run after
# run would. The three runs go side by side on three Xvfb servers, so this takes about 5:10.
#
# Run once, by hand, and commit the logs: the README pictures are then the same on every run of
# make-readme-pictures.sh. (The marks land within a few tens of milliseconds of the times below,
# so a new set of logs differs from the committed one in those milliseconds and the wall times.)
#
# Needs Xvfb and xdotool (scripts/test.sh installs them) and a built build/lightning.
# Usage: scripts/make-sample-rehearsals.sh [BUILD_DIR]   (default: build)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"  # the logs name the deck as given: decks/demo, not this machine's path
lightning=${1:-build}/lightning
[[ -x $lightning ]] || { echo "no $lightning: build first (scripts/build.sh)" >&2; exit 1; }
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool)" >&2; exit 1; }
done
source "$root/tests/support/xvfb.sh"
out=$root/docs/rehearsals
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config  # the user's config.toml must not change the runs

# How far each slide's words ran over (+) or under (-) its 15 s, in seconds: a first run long
# almost everywhere, a second one better, a third close to the plan.
overs=(
    "3.1 2.4 -1.0 4.2 1.5 0.8 5.0 -0.5 2.0 3.3 1.2 -2.0 2.8 4.0 0.5 1.8 3.5 2.2 1.0 2.5"
    "1.6 1.0 -1.5 2.4 0.4 -0.3 2.6 -1.2 0.8 1.5 0.2 -2.5 1.2 2.0 -0.4 0.6 1.9 0.9 -0.2 1.0"
    "0.4 -0.2 -1.8 0.9 -0.5 -0.8 1.0 -1.5 -0.2 0.3 -0.6 -2.2 0.2 0.7 -0.9 -0.1 0.6 0.1 -0.7 0.3"
)

# rehearse RUN: one paced run on its own Xvfb, its Space presses at 15 k + over_k seconds.
rehearse() {
    local run=$1 log=$work/run$1.jsonl i t0 at wait window=''
    mkdir -p "$work/x$run"
    start_xvfb 1280x720 "$work/x$run"
    trap 'kill $XVFB_PID 2>/dev/null' EXIT  # this run's own server (a subshell's trap)
    "$lightning" rehearse decks/demo --window-size 1280x720 --exit-at-end --log "$log" \
        2>"$work/run$run.err" &
    local pid=$!
    for _ in $(seq 400); do [[ -s $log ]] && break; sleep 0.01; done
    t0=$(date +%s%3N)  # the run's clock starts with its first frame, when the log begins
    for _ in $(seq 100); do
        window=$(xdotool search --name "lightning - " 2>/dev/null | head -1) && [[ -n $window ]] && break
        sleep 0.05
    done
    sleep 0.7  # SDL may re-create the window once
    window=$(xdotool search --name "lightning - " | head -1)
    read -ra run_overs <<<"${overs[run - 1]}"
    for i in "${!run_overs[@]}"; do
        at=$(awk -v k="$i" -v o="${run_overs[i]}" 'BEGIN { printf "%d", (15 * (k + 1) + o) * 1000 }')
        wait=$((at - ($(date +%s%3N) - t0)))
        ((wait > 0)) && sleep "$(awk -v w="$wait" 'BEGIN { print w / 1000 }')"
        xdotool windowfocus --sync "$window" 2>/dev/null || true
        xdotool key space
    done
    wait "$pid" || { cat "$work/run$run.err" >&2; return 1; }
    cp "$log" "$out/run$run.jsonl"
}

for run in 1 2 3; do rehearse "$run" & done
wait
ls -l "$out"
