# play in a real X server: the window appears, shows the slide with the overlay, Esc quits, and a
# 10 s talk ends on its own after 10 s.
source "$(dirname "$0")/lib.sh"
command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"
command -v xdotool >/dev/null || fail "xdotool is not installed"

source "$(dirname "$0")/../support/xvfb.sh"
start_xvfb 1280x720 "$WORK" || fail "Xvfb did not start"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_VIDEODRIVER=x11

# The window, once SDL has settled (creating a GL renderer may re-create the first window).
find_window() {
  for _ in $(seq 50); do xdotool search --name "lightning - " >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 0.7
  xdotool search --name "lightning - " | tail -n 1
}

# 1. A 10 s talk exits on its own after 10 s (+ start-up).
start=$(now_ms)
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 0:10 --exit-at-end --verbose \
  2>"$WORK/stderr" &
pid=$!
[ -n "$(find_window)" ] || fail "no lightning window appeared"
sleep 1.5
import -window root "$WORK/screen.png"
wait "$pid" || fail "play exited non-zero"
took=$(( $(now_ms) - start ))
[ "$took" -ge 10000 ] && [ "$took" -lt 14000 ] || fail "a 10 s talk took $took ms"
expect_stderr "shown=20 skipped=0"

# The screenshot shows a slide (not a black screen) with the overlay panel in the top-right.
mean=$(convert "$WORK/screen.png" -format '%[fx:mean]' info:)
awk -v m="$mean" 'BEGIN { exit !(m > 0.05) }' || fail "screenshot is black (mean $mean)"
if [ -n "${KEEP_SCREENSHOT:-}" ]; then cp "$WORK/screen.png" "$KEEP_SCREENSHOT"; fi

# 2. Esc quits at once.
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 1:00 --verbose 2>"$WORK/stderr" &
pid=$!
window=$(find_window)
[ -n "$window" ] || fail "no lightning window appeared"
start=$(now_ms)
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key Escape
wait "$pid" || fail "play exited non-zero after Esc"
took=$(( $(now_ms) - start ))
[ "$took" -lt 3000 ] || fail "Esc took $took ms to quit"
expect_stderr "summary: end=quit"
echo "play xvfb: ok"
