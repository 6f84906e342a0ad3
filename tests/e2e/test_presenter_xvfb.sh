# The presenter view: with one display, the audience window and the presenter window both
# appear; each shows what it should (the audience: the slide with the overlay; the presenter:
# current and next slide, notes, timers); the speaker's PageDown on the presenter window does not
# move the slides; holding Esc there stops the talk.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1600x900 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT

# 10:00 gives each slide 30 s, so the hard clock moves no slide while a busy machine runs the test:
# a second slide in the log can only be the PageDown.
"$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 800x450 --presenter --total 10:00 \
  --log "$WORK/run.jsonl" 2>"$WORK/stderr" &
pid=$!
find_named() { for _ in $(seq 100); do id=$(xdotool search --name "$1" 2>/dev/null | head -1); [ -n "$id" ] && break; sleep 0.05; done; echo "$id"; }
audience=$(find_named "^lightning - ")
presenter=$(find_named "^lightning presenter - ")
[ -n "$audience" ] || fail "no audience window"
[ -n "$presenter" ] || fail "no presenter window"
sleep 1
audience=$(find_named "^lightning - "); presenter=$(find_named "^lightning presenter - ")
xdotool windowmove "$audience" 0 0 windowmove "$presenter" 620 350
sleep 0.5
import -window "$audience" "$WORK/audience.png"
import -window "$presenter" "$WORK/presenter.png"
[ "$(identify -format '%wx%h' "$WORK/presenter.png")" = 960x540 ] || fail "presenter size $(identify -format '%wx%h' "$WORK/presenter.png")"
# The audience sees the first slide (the demo's dark blue) with the overlay panel top-right.
[ "$(convert "$WORK/audience.png" -format '%[fx:int(255*p{100,300}.b)]' info:)" -gt 60 ] || fail "the audience window shows no slide"
# The presenter view: current slide on the left (the same dark blue), next slide (slide 2 is dark
# red) top-right, the timer band along the bottom.
layout=$(convert "$WORK/presenter.png" -format '%[fx:int(255*p{300,250}.b)] %[fx:int(255*p{720,120}.r)] %[fx:int(255*p{720,120}.b)]' info:)
read -r current_blue next_red next_blue <<<"$layout"
[ "$current_blue" -gt 60 ] || fail "presenter: no current slide ($layout)"
[ "$next_red" -gt "$next_blue" ] || fail "presenter: the next slide is not slide 2 ($layout)"
[ "$(convert "$WORK/presenter.png" -crop 960x100+0+440 -format '%k' info:)" -gt 8 ] || fail "presenter: no timer band"
if [ -n "${KEEP_SCREENSHOT:-}" ]; then cp "$WORK/presenter.png" "$KEEP_SCREENSHOT"; fi

xdotool windowfocus --sync "$presenter" 2>/dev/null || true
xdotool key Next Next space
sleep 0.5
[ "$(grep -c '"event":"slide"' "$WORK/run.jsonl")" -eq 1 ] || fail "PageDown moved the slides"
xdotool keydown Escape; sleep 1.3; xdotool keyup Escape
wait "$pid" || fail "play exited non-zero"
grep -q '"reason":"quit"' "$WORK/run.jsonl" || fail "holding Esc did not end the talk"
echo "presenter: ok"
