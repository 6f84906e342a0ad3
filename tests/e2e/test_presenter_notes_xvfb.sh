# Text never slows the clock: a talk played with --presenter whose second slide carries 200 KB
# of notes (once enough to freeze the stage: 2 of 4 slides shown in 40 s) flips every slide on
# time, ends on time, and a SIGTERM mid-talk still ends it at once. Lateness is read from
# --verbose's flip lines; the bounds are generous (a shared 2-core machine), the failure they
# guard against is seconds.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1600x900 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT

deck=$(demo_copy notes)
notes=$(python3 -c '
import sys
line = "This sentence is one line of a very long speaker note, repeated to make two hundred kilobytes. "
print((line * (200000 // len(line) + 1))[:200000])')
{
  echo 'title = "Long notes"'
  for f in "$deck"/*.png; do
    echo '[[slide]]'; echo "file = \"$(basename "$f")\""
    [[ "$f" == *02-* ]] && echo "notes = \"$notes\""
  done
} >"$deck/deck.toml"
[ "$(stat -c %s "$deck/deck.toml")" -gt 200000 ] || fail "deck.toml holds less than 200 KB"

# 1. Four 2 s slides: no flip held back by the notes (a generous 1 s bound: a busy machine; a
# stall from laying out 200 KB would cost seconds), the talk over in 8 s + start-up.
start=$(now_ms)
timeout -s KILL 40 "$LIGHTNING" play "$deck" --window --window-size 640x360 --presenter --slide-seconds 2 \
  --exit-at-end --verbose 2>"$WORK/stderr" || fail "play failed or froze (exit $?)"
took=$(( $(now_ms) - start ))
expect_stderr "shown=4 skipped=0"
[ "$(grep -c '^slide [0-9]*/4 .* late ' "$WORK/stderr")" -eq 4 ] || fail "not every flip was reported"
worst=$(sed -n 's/^slide .* late \(-\{0,1\}[0-9.]*\) ms$/\1/p' "$WORK/stderr" |
        awk '{ v = $1 < 0 ? -$1 : $1; if (v > m) m = v } END { print m + 0 }')
awk -v w="$worst" 'BEGIN { exit !(w < 1000) }' || fail "a flip was $worst ms off its due time"
[ "$took" -lt 30000 ] || fail "an 8 s talk took $took ms"
echo "200 KB notes with --presenter: worst flip $worst ms, talk took $took ms"

# 2. SIGTERM while the long notes are on the presenter view ends the talk within a second.
"$LIGHTNING" play "$deck" --window --window-size 640x360 --presenter --slide-seconds 5 \
  --log "$WORK/term.jsonl" 2>"$WORK/stderr" &
pid=$!
sleep 6.5  # slide 2, the one with the notes
sent=$(now_ms)
kill -TERM "$pid"
wait "$pid" || fail "play exited non-zero after SIGTERM"
stopped=$(( $(now_ms) - sent ))
[ "$stopped" -lt 5000 ] || fail "SIGTERM took $stopped ms"
grep -q '"event":"end"' "$WORK/term.jsonl" || fail "the log was not closed"
echo "SIGTERM on the long-notes slide: stopped in $stopped ms"
