# The phone page (assets/phone/phone.html, docs/phone.md) in headless Chromium against a fake
# phone server (tests/support/phone_fake_server.py): the speaker's countdowns and k/N match the
# show within 0.2 s, through flips, pause, blank, a 10 s Wi-Fi loss (within 0.3 s, the slides
# advancing by the plan) and a 5 s silence; the overlay's colours and cues; 5 KB of Korean and
# emoji notes; the organizer's buttons POST their commands and the message reaches the speaker.
# No lightning binary and no X: Chromium is headless. Skipped (77) without chromium, chromedriver
# or Python's selenium (apt-get install chromium chromium-driver python3-selenium). About 35 s.
set -euo pipefail
SOURCE_DIR=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
skip() { echo "skip: $*"; exit 77; }
command -v chromium >/dev/null || skip "chromium is not installed"
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
[ -x "$CHROMEDRIVER" ] || skip "chromedriver is not installed (chromium-driver)"
export CHROMEDRIVER
# Debian's selenium is in the system Python; a python3 earlier on PATH (pyenv, a venv) may lack it.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import selenium' 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || skip "Python's selenium is not installed (python3-selenium)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # chromedriver and Chromium leave nothing in the source tree
HOME=$WORK exec "$python" "$SOURCE_DIR/tests/e2e/phone_page_check.py" "$SOURCE_DIR/assets/phone/phone.html"
