# An organizer's stray Ctrl+C (SIGINT) in the terminal, or a closed terminal (SIGHUP), ends the
# log with reason "signal"; `play --resume` then continues the talk on its own schedule (the
# newest such log by default, or the one given), and the talk ends on its planned end. A talk
# that finished is still refused.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"
deck="$SOURCE_DIR/decks/demo"
play=("$LIGHTNING" play "$deck" --window --window-size 320x180)

# start_and_signal SIGNAL LOG-ARGS...: starts a 0:10 talk, sends SIGNAL once a slide is logged.
start_and_signal() {
  local signal=$1; shift
  "${play[@]}" --total 0:10 "$@" 2>"$WORK/stderr" &
  local pid=$!
  for _ in $(seq 400); do
    compgen -G "$XDG_STATE_HOME/lightning/logs/demo/*.jsonl" >/dev/null && break
    [ -s "$WORK/hup.jsonl" ] && break
    sleep 0.02
  done
  sleep 1
  kill "-$signal" "$pid"
  wait "$pid" || fail "play exited non-zero after SIG$signal"
}

# resumed_ok LOG: one start, one resumed, ended finished on the planned end.
resumed_ok() {
  python3 - "$1" <<'PY' || fail "resumed log: $(cat "$1")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
kinds = [e["event"] for e in events]
assert kinds.count("start") == 1 and kinds.count("resumed") == 1, kinds
ends = [e["reason"] for e in events if e["event"] == "end"]
assert ends == ["signal", "finished"], ends
assert kinds.index("resumed") > kinds.index("end"), kinds
assert events[-1]["talk_ms"] == 10000, events[-1]
PY
}

# Ctrl+C: the default --resume finds the log that ended by the signal.
start_and_signal INT
log=$(ls "$XDG_STATE_HOME"/lightning/logs/demo/*.jsonl)
tail -1 "$log" | grep -q '"reason":"signal"' || fail "no end event with reason signal: $(tail -1 "$log")"
expect_exit 0 "${play[@]}" --resume --exit-at-end
expect_stderr "log: $log"
resumed_ok "$log"
expect_exit 1 "${play[@]}" --resume "$log" --exit-at-end
expect_stderr "ended (finished): it was stopped on purpose"

# SIGHUP (the terminal closed) ends the log as "signal" too; --resume LOG continues it.
start_and_signal HUP --log "$WORK/hup.jsonl"
tail -1 "$WORK/hup.jsonl" | grep -q '"reason":"signal"' || fail "SIGHUP: $(tail -1 "$WORK/hup.jsonl")"
expect_exit 0 "${play[@]}" --resume "$WORK/hup.jsonl" --exit-at-end
resumed_ok "$WORK/hup.jsonl"
echo "resume after a signal: ok"
