# --log to something that is not a regular file: a FIFO read by another program gets the JSON
# lines as they happen (and no "FIFO-2" file appears); a device that cannot be written (a
# symlink to /dev/full, so nothing is ever written into /dev) creates nothing beside it, and the
# log is kept in the fallback place.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR" "$WORK/logs"
play=("$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 0:02 --exit-at-end)

# A FIFO with a reader.
mkfifo "$WORK/logs/stream"
cat "$WORK/logs/stream" > "$WORK/received" &
reader=$!
expect_exit 0 "${play[@]}" --log "$WORK/logs/stream"
wait "$reader" || fail "the reader of the FIFO failed"
expect_stderr "log: $WORK/logs/stream"
expect_stderr "no CSV: the log went to a pipe or device"
python3 - "$WORK/received" <<'PY' || fail "through the FIFO: $(head -c 600 "$WORK/received")"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
kinds = [e["event"] for e in events]
assert kinds[0] == "start" and kinds[-1] == "end" and kinds.count("slide") == 20, kinds
assert events[-1]["reason"] == "finished", events[-1]
PY
[ "$(ls "$WORK/logs")" = "stream" ] || fail "made beside the FIFO: $(ls "$WORK/logs")"
[ -p "$WORK/logs/stream" ] || fail "the FIFO is no longer a FIFO"

# /dev/full through a symlink: nothing beside it, the log kept in $TMPDIR/lightning-logs.
ln -s /dev/full "$WORK/logs/full.jsonl"
expect_exit 0 "${play[@]}" --log "$WORK/logs/full.jsonl"
expect_stderr "No space left on device"
[ "$(ls "$WORK/logs")" = "$(printf 'full.jsonl\nstream')" ] || fail "made beside the link: $(ls "$WORK/logs")"
[ "$(readlink "$WORK/logs/full.jsonl")" = /dev/full ] || fail "the link was replaced"
kept="$TMPDIR/lightning-logs/demo/full.jsonl"
expect_stderr "log: $kept"
tail -1 "$kept" | grep -q '"reason":"finished"' || fail "the kept log: $(cat "$kept")"
# --resume and report given the FIFO: a clear refusal at once, never a wait for a writer.
expect_exit 1 timeout 20 "${play[@]}" --resume "$WORK/logs/stream"
expect_stderr "is not a file (a pipe or a device?)"
expect_exit 1 timeout 20 "$LIGHTNING" report "$WORK/logs/stream"
echo "log to a FIFO or a device: ok"
