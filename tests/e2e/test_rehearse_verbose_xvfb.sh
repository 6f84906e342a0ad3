# rehearse --verbose in a real window (Xvfb): the flips of a free run are printed and counted in
# the summary's shown=, they go on after R (a restart), and the time armed by --wait before the
# first press is not start-up time. (The figures themselves are tested with the fake clock in
# tests/unit/test_rehearsal_screens.cpp; this is the plumbing to the terminal.)
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
deck=$(demo_copy deck)

"$LIGHTNING" rehearse "$deck" --free --wait --verbose --slide-seconds 5 --log "$WORK/free.jsonl" \
  2>"$WORK/stderr" &
pid=$!
window=$(lightning_window)
# How many flips of slide K were printed so far; waits (up to 10 s) until there are N, so a busy
# machine slows the test down instead of losing a key press to a window still starting.
flips_of() { grep -c "^slide $1/[0-9]* .* late " "$WORK/stderr" || true; }
wait_for_flips() {
  for _ in $(seq 200); do [ "$(flips_of "$1")" -ge "$2" ] && return 0; sleep 0.05; done
  fail "slide $1 was not shown $2 time(s): $(cat "$WORK/stderr")"
}
sleep 2.5                          # armed: the first slide is up, the clock not started
press space; wait_for_flips 1 1    # the run starts
press Right; wait_for_flips 2 1    # slide 2
press r; wait_for_flips 1 2        # a new run: slide 1 again
press Right; wait_for_flips 2 2    # slide 2
press Escape; sleep 0.5            # the summary of the run so far
press Escape
wait "$pid" || fail "rehearse exited non-zero: $(cat "$WORK/stderr")"
flips=$(grep -c '^slide [0-9]*/[0-9]* .* late ' "$WORK/stderr" || true)
[ "$flips" -ge 4 ] || fail "expected the flips of both runs (4), got $flips: $(cat "$WORK/stderr")"
summary=$(grep '^summary:' "$WORK/stderr") || fail "no summary line: $(cat "$WORK/stderr")"
shown=$(sed -n 's/.* shown=\([0-9]*\) .*/\1/p' <<<"$summary")
[ "$shown" = "$flips" ] || fail "shown=$shown, but $flips flips were printed: $summary"
startup=$(sed -n 's/.* startup=\([0-9.]*\)ms .*/\1/p' <<<"$summary")
awk -v s="$startup" 'BEGIN{exit !(s < 3000)}' ||
  fail "start-up $startup ms includes the 2.5 s armed by --wait: $summary"
