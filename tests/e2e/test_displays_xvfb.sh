# displays: under an Xvfb of 1600x900 it lists display 0 at that size (text and --json); with
# SDL's dummy driver it lists the dummy display; with no display at all it says how to get one.
source "$(dirname "$0")/lib.sh"
command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"

source "$(dirname "$0")/../support/xvfb.sh"
start_xvfb 1600x900 "$WORK" || fail "Xvfb did not start"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT

# 1. The X server's screen, as display 0.
SDL_VIDEODRIVER=x11 expect_exit 0 "$LIGHTNING" displays
out=$(cat "$WORK/stdout")
[ "$(wc -l <<<"$out")" -eq 1 ] || fail "wanted one display, got: $out"
grep -Eq '^0  .+  1600x900  at 0,0  (refresh unknown|[0-9]+ Hz)$' <<<"$out" || fail "display line: $out"

SDL_VIDEODRIVER=x11 expect_exit 0 "$LIGHTNING" displays --json
python3 - "$WORK/stdout" <<'PY' || fail "--json: $(cat "$WORK/stdout")"
import json, sys
displays = json.load(open(sys.argv[1]))
assert len(displays) == 1, displays
d = displays[0]
assert (d["index"], d["width"], d["height"], d["x"], d["y"]) == (0, 1600, 900, 0, 0), d
assert isinstance(d["name"], str) and d["name"], d
assert d["refresh_hz"] is None or d["refresh_hz"] > 0, d
PY

# 2. SDL's dummy driver (what the headless tests use) has one display of its own.
SDL_VIDEODRIVER=dummy expect_exit 0 "$LIGHTNING" displays
grep -Eq '^0  .+  1024x768  at 0,0  ' "$WORK/stdout" || fail "dummy display: $(cat "$WORK/stdout")"

# 3. No display: exit 1 and a message that names Xvfb (as play does).
expect_exit 1 env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$LIGHTNING" displays
expect_stderr "no display found"
expect_stderr "xvfb-run -a"
[ ! -s "$WORK/stdout" ] || fail "printed displays without a display: $(cat "$WORK/stdout")"
echo "displays xvfb: ok"
