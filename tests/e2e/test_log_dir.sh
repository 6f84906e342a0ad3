# config.toml's log-dir moves every log: play and rehearse write there, report and --resume
# read there, and the default place stays empty. A leading ~/ is the home folder.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"
export HOME="$WORK/home"
mkdir -p "$XDG_CONFIG_HOME/lightning" "$HOME"
printf 'log-dir = "~/talk-logs"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"

expect_exit 0 "$LIGHTNING" config
grep -q "log-dir" "$WORK/stdout" || fail "config does not show log-dir: $(cat "$WORK/stdout")"

expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:02 --exit-at-end
log=$(ls "$HOME"/talk-logs/demo/*-play.jsonl) || fail "no log in log-dir: $(cat "$WORK/stderr")"
expect_stderr "log: $log"
[ -f "${log%.jsonl}.csv" ] || fail "no CSV beside $log"
if [ -d "$XDG_STATE_HOME/lightning/logs" ]; then fail "a log went to the default place too"; fi

# report DECK finds the runs in log-dir.
expect_exit 0 "$LIGHTNING" report "$SOURCE_DIR/decks/demo"
grep -q ": 1 run(s)" "$WORK/stdout" || fail "report: $(cat "$WORK/stdout")"
if grep -q "no timing logs" "$WORK/stderr"; then fail "report looked elsewhere: $(cat "$WORK/stderr")"; fi

# --resume looks there too: a finished run is not resumed, and the message names log-dir's folder.
expect_exit 1 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --resume
expect_stderr "$HOME/talk-logs/demo"
echo "log-dir: ok"
