# rehearse --presenter reads the deck's earlier runs (for the presenter view's previous best)
# before its windows open: a log that cannot be read is named on stderr, one line, and passed
# over; a run of another slide list is passed over without a word; neither stops the rehearsal,
# and with no logs at all nothing is said. What the view then shows is tested by the unit tests
# (test_previous_best, test_stage_previous_best) and the render test (test_presenter_best).
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"
deck=$(demo_copy talk)
logs="$XDG_STATE_HOME/lightning/logs/talk"

# A rehearsal for two seconds, then ended as a signal ends it (exit 0, cleanly).
rehearse_briefly() {
  "$LIGHTNING" rehearse "$deck" --presenter --no-log "$@" 2>"$WORK/stderr" &
  local pid=$!
  sleep 2
  kill -TERM "$pid"
  wait "$pid" || fail "rehearse $* exited non-zero"
}

rehearse_briefly
grep -q "left out" "$WORK/stderr" && fail "a first rehearsal spoke of logs"

mkdir -p "$logs"
printf 'not a log at all\n' > "$logs/20260101T000000Z-paced.jsonl"
# The demo deck's 20 slides: a run of another slide list than this 4-slide deck.
cp "$SOURCE_DIR/docs/rehearsals/run1.jsonl" "$logs/20260101T000100Z-paced.jsonl"
for mode in "" --free; do
  rehearse_briefly $mode
  expect_stderr "20260101T000000Z-paced.jsonl is not a lightning timing log"
  [ "$(grep -c 'left out' "$WORK/stderr")" = 1 ] || fail "one line for the unreadable log only"
done

# play reads none of them.
"$LIGHTNING" play "$deck" --window --presenter --no-log 2>"$WORK/stderr" &
pid=$!
sleep 2
kill -TERM "$pid"
wait "$pid" || fail "play exited non-zero"
grep -q "left out" "$WORK/stderr" && fail "play read the earlier runs"
echo "rehearse previous best: ok"
