# The phone pages in a real browser against the real server: `lightning event --phone` under
# Xvfb, three talks; the title card's QR code (read back with zbarimg) is talk 1's speaker URL;
# headless Chromium opens it and follows the talk the organizer's page starts (k/N and the
# countdown within 0.2 s of the laptop's own status, the flip on time, notes in Korean and emoji,
# pause, blank, a message), through a 10 s server drop (tests/support/flaky_proxy.py: within
# 0.3 s, back after); End and Skip on the organizer's page bring talks 2's and 3's cards and
# codes; End between talks: exit 0, the port free (tests/e2e/phone_browser_check.py). Skipped
# (77) without chromium, chromedriver, Python's selenium, zbarimg or ImageMagick. About 40 s
# (55 s with both cores busy).
# PHONE_SHOTS=DIR keeps screenshots of the phones there (waiting, running, organizer, reconnecting,
# talk over).
source "$(dirname "$0")/lib.sh"
command -v chromium >/dev/null || skip "chromium is not installed"
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
[ -x "$CHROMEDRIVER" ] || skip "chromedriver is not installed (chromium-driver)"
export CHROMEDRIVER
command -v zbarimg >/dev/null || skip "zbarimg is not installed (zbar-tools)"
command -v import >/dev/null || skip "ImageMagick's import is not installed"
# Debian's selenium is in the system Python; a python3 earlier on PATH (pyenv, a venv) may lack it.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import selenium' 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || skip "Python's selenium is not installed (python3-selenium)"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
cd "$WORK"  # chromedriver and Chromium leave nothing in the source tree
HOME=$WORK "$python" "$SOURCE_DIR/tests/e2e/phone_browser_check.py" --lightning "$LIGHTNING" \
  --source "$SOURCE_DIR" --work "$WORK" ${PHONE_SHOTS:+--shots "$PHONE_SHOTS"}
