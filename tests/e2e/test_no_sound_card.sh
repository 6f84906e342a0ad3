# A machine with no sound card (most servers, this CI): --sound and --record each say so in one
# line of lightning's, and ALSA's own complaints (eight lines per device) do not reach the
# terminal; the talk and the rehearsal run as without them.
source "$(dirname "$0")/lib.sh"
if [ -r /proc/asound/cards ] && ! grep -q "no soundcards" /proc/asound/cards; then
  skip "this machine has a sound card"
fi
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=alsa

expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 0:02 --exit-at-end \
  --no-log --sound
expect_stderr "lightning: no sound device ("
grep -q "ALSA lib" "$WORK/stderr" && fail "ALSA's own lines reached the terminal"
[ "$(grep -c "no sound device" "$WORK/stderr")" -eq 1 ] || fail "no sound device said more than once"

deck=$(demo_copy record)
"$LIGHTNING" rehearse "$deck" --total 0:02 --record --log "$WORK/run.jsonl" \
  2>"$WORK/stderr" &
pid=$!
for _ in $(seq 100); do [ -s "$WORK/run.jsonl" ] && break; sleep 0.05; done
sleep 0.5
kill -TERM "$pid"
wait "$pid" || fail "the rehearsal without a sound card exited non-zero"
expect_stderr "lightning: no microphone to record ("
grep -q "ALSA lib" "$WORK/stderr" && fail "ALSA's own lines reached the terminal (recording)"
grep -q '"event":"end","reason":"signal"' "$WORK/run.jsonl" || fail "the rehearsal did not run"
echo "no sound card: one line each for --sound and --record"
