# start_xvfb SIZE WORKDIR: starts an Xvfb of SIZE (e.g. 1920x1080) on a display of its own,
# waits until it accepts connections, exports DISPLAY, and sets XVFB_PID. The caller kills
# $XVFB_PID when done. The display number is random (200-999), not the lowest free one that
# -displayfd picks: with tests in parallel, a server another test just killed could remove its
# socket after a new server took the same number, and lightning then found no display (seen once
# in CI). A number whose lock or socket exists, or that another server wins, is passed over.
start_xvfb() {
  local size=$1 work=$2 n
  for _ in $(seq 50); do
    n=$((200 + RANDOM % 800))
    if [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; then continue; fi
    # -noreset: an X server resets itself when its last client goes, and the probe below is its
    # first client: a client connecting during that reset (lightning, right after) was refused,
    # which a busy machine made likely ("x11 not available" at the start of a test, twice in CI).
    Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 200); do
      # The server that answers must be ours: the lock names its owner's pid. Without this check a
      # server that lost the number to another test's answered through that one, which the other
      # test then killed ("x11 not available" at lightning's start, seen once in CI).
      if [ "$(tr -d ' \n' 2>/dev/null <"/tmp/.X$n-lock")" = "$XVFB_PID" ] &&
        DISPLAY=":$n" xdpyinfo >/dev/null 2>&1 && kill -0 "$XVFB_PID" 2>/dev/null; then
        export DISPLAY=":$n"
        echo "$n" > "$work/display"
        return 0
      fi
      kill -0 "$XVFB_PID" 2>/dev/null || break  # it lost the number to another server
      sleep 0.05
    done
    kill "$XVFB_PID" 2>/dev/null || true
  done
  echo "Xvfb did not start" >&2
  return 1
}

# lightning_window: the id of lightning's window once it is mapped and SDL has settled (SDL may
# re-create the first window once).
lightning_window() {
  local id=""
  for _ in $(seq 100); do
    id=$(xdotool search --name "lightning - " 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.05
  done
  sleep 0.7
  # SDL may re-create the window meanwhile: look again until one is there, the newest (a search
  # that finds none fails, which under pipefail and set -e ended a test without a word).
  for _ in $(seq 100); do
    id=$(xdotool search --name "lightning - " 2>/dev/null | tail -n 1 || true)
    [ -n "$id" ] && break
    sleep 0.05
  done
  echo "$id"
}

# press KEY: sends KEY to $window (set by the caller), like a clicker would.
press() { xdotool windowfocus --sync "$window" 2>/dev/null || true; xdotool key "$1"; }
