# play under SDL's dummy video driver: the whole talk runs on its own and exits at the end, every
# slide is shown once, on time, in order.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy

start=$(now_ms)
expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 0:04 --exit-at-end --verbose
took=$(( $(now_ms) - start ))
[ "$took" -ge 4000 ] || fail "a 4 s talk ended after $took ms"
[ "$took" -lt 9000 ] || fail "a 4 s talk took $took ms"

expect_stderr "summary: end=finished"
expect_stderr "shown=20 skipped=0"
# Slides appear in order, each at its planned offset (4 s / 20 = 200 ms apart).
grep -E '^slide [0-9]+/20 ' "$WORK/stderr" | awk '{print $2}' > "$WORK/order"
seq 1 20 | sed 's|$|/20|' | diff - "$WORK/order" || fail "slides out of order"
grep -q 'slide 11/20 11-deck-toml.png due 2.000 s' "$WORK/stderr" || fail "slide 11 not due at 2.000 s"

# Esc-free exit paths: SIGTERM ends the talk early and cleanly.
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 1:00 --verbose 2>"$WORK/stderr" &
pid=$!
sleep 1
kill -TERM "$pid"
wait "$pid" || fail "play exited non-zero after SIGTERM"
expect_stderr "summary: end=quit"
echo "play headless: ok"
