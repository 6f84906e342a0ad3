# An event takes config.toml's window settings as play does (one options path): the window opens
# at config.toml's window-size; --window-size on the command line wins over it.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
deck=$(demo_copy talk)
mkdir -p "$XDG_CONFIG_HOME/lightning"
printf 'window-size = "640x360"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"

# window_size_of ARGS...: starts the event, reads its window's size, ends it.
window_size_of() {
  "$LIGHTNING" event "$deck" --window "$@" >"$WORK/stdout" 2>"$WORK/stderr" &
  local pid=$! window="" size=""
  for _ in $(seq 100); do
    window=$(xdotool search --name "lightning - " 2>/dev/null | head -1) && [ -n "$window" ] && break
    sleep 0.1
  done
  [ -n "$window" ] && size=$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$size"
}

got=$(window_size_of)
[ "$got" = 640x360 ] || fail "config.toml's window-size: the event's window is '$got'"
got=$(window_size_of --window-size 800x450)
[ "$got" = 800x450 ] || fail "--window-size over config.toml: the event's window is '$got'"
echo "event takes config.toml's window settings: ok"
