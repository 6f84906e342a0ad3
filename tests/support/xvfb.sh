# start_xvfb SIZE WORKDIR: starts an Xvfb of SIZE (e.g. 1920x1080) on a display it picks itself
# (no collisions), waits until it accepts connections, exports DISPLAY, and sets XVFB_PID.
# The caller kills $XVFB_PID when done.
start_xvfb() {
  local size=$1 work=$2
  exec 3> "$work/display"
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  exec 3>&-
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
  [ -s "$work/display" ] || { echo "Xvfb did not start" >&2; return 1; }
  export DISPLAY=:$(head -n 1 "$work/display")
}

# lightning_window: the id of lightning's window once it is mapped and SDL has settled (SDL may
# re-create the first window once).
lightning_window() {
  local id=""
  for _ in $(seq 100); do
    id=$(xdotool search --name "lightning - " 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.05
  done
  sleep 0.7; xdotool search --name "lightning - " | head -1
}

# press KEY: sends KEY to $window (set by the caller), like a clicker would.
press() { xdotool windowfocus --sync "$window" 2>/dev/null || true; xdotool key "$1"; }
