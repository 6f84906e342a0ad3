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
# 1. A 10 s talk exits on its own after 10 s (+ start-up).
start=$(now_ms)
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --total 0:10 --exit-at-end --verbose \
  2>"$WORK/stderr" &
pid=$!
[ -n "$(lightning_window)" ] || fail "no lightning window appeared"
sleep 1.5
import -window root "$WORK/screen.png"
wait "$pid" || fail "play exited non-zero"
took=$(( $(now_ms) - start ))
[ "$took" -ge 10000 ] && [ "$took" -lt 40000 ] || fail "a 10 s talk took $took ms"  # generous: busy CI
expect_stderr "shown=20 skipped=0"

# The screenshot shows a slide (not a black screen) with the overlay panel in the top-right.
mean=$(convert "$WORK/screen.png" -format '%[fx:mean]' info:)
awk -v m="$mean" 'BEGIN { exit !(m > 0.05) }' || fail "screenshot is black (mean $mean)"
if [ -n "${KEEP_SCREENSHOT:-}" ]; then cp "$WORK/screen.png" "$KEEP_SCREENSHOT"; fi

# 2. Lock-down: the speaker's keys and clicks do not move the slides; a tap of Esc does not stop
# the talk, holding it for a second does; B / W blank the screen black / white; Ctrl+P pauses.
deck=$(demo_copy locked)
"$LIGHTNING" play "$deck" --window --slide-seconds 20 --verbose --log "$WORK/locked.jsonl" 2>"$WORK/stderr" &
pid=$!
window=$(lightning_window)
[ -n "$window" ] || fail "no lightning window appeared"
xdotool windowfocus --sync "$window" 2>/dev/null || true
import -window root "$WORK/before.png"
for key in Next space Right Down Return q; do xdotool key "$key"; sleep 0.1; done
xdotool click 1
sleep 0.5
import -window root "$WORK/after.png"
[ "$(grep -c '"event":"slide"' "$WORK/locked.jsonl")" -eq 1 ] || fail "a speaker key moved the slides"
# The slide itself did not change (the countdown in its corner may have).
convert "$WORK/before.png" -crop 900x500+0+150 "$WORK/before-slide.png"
convert "$WORK/after.png" -crop 900x500+0+150 "$WORK/after-slide.png"
changed=$(compare -metric AE -fuzz 5% "$WORK/before-slide.png" "$WORK/after-slide.png" null: 2>&1 || true)
[ "${changed%% *}" -lt 100 ] || fail "the picture changed after speaker keys ($changed pixels)"
xdotool key Escape
sleep 1.3
kill -0 "$pid" 2>/dev/null || fail "a tap of Esc stopped the talk"
xdotool key b; sleep 0.7; import -window root "$WORK/black.png"
[ "$(convert "$WORK/black.png" -format '%[fx:int(1000*mean)]' info:)" -lt 5 ] || fail "B did not blank the screen black"
xdotool key b w; sleep 0.7; import -window root "$WORK/white.png"
[ "$(convert "$WORK/white.png" -format '%[fx:int(1000*mean)]' info:)" -gt 600 ] || fail "W did not blank the screen white"
xdotool key w ctrl+p; sleep 0.3; xdotool key ctrl+p
start=$(now_ms)
xdotool keydown Escape; sleep 1.3; xdotool keyup Escape
wait "$pid" || fail "play exited non-zero after holding Esc"
took=$(( $(now_ms) - start ))
[ "$took" -lt 10000 ] || fail "holding Esc took $took ms to stop"  # the 1 s rule is tested in core
expect_stderr "summary: end=quit"
grep -q '"event":"pause"' "$WORK/locked.jsonl" && grep -q '"event":"resume"' "$WORK/locked.jsonl" ||
  fail "Ctrl+P was not logged as a pause: $(cat "$WORK/locked.jsonl")"
echo "play xvfb: ok"
