# rehearse --record in a real window (Xvfb), driven with xdotool: with --wait the recording
# starts at the first press, not when the window opens; a pause (P) is cut out of it; Esc ends
# the run and the WAV is complete. The microphone is SDL's disk driver reading a tone.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/xvfb.sh"
start_xvfb 1280x720 "$WORK"
trap 'kill $XVFB_PID 2>/dev/null; rm -rf "$WORK"' EXIT
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILEIN="$WORK/tone.raw"
deck=$(demo_copy deck)
python3 - "$WORK/tone.raw" <<'PY'
import math, struct, sys
with open(sys.argv[1], "wb") as out:
    out.write(b"".join(struct.pack("<h", int(16000 * math.sin(2 * math.pi * 1000 * i / 48000)))
                       for i in range(30 * 48000)))
PY


"$LIGHTNING" rehearse "$deck" --slide-seconds 2 --wait --record --exit-at-end --log "$WORK/run.jsonl" 2>"$WORK/run.err" &
pid=$!
window=$(lightning_window)
sleep 1.5                      # waiting: nothing is recorded
# The first press starts the run's clock and the recording (pressed again if a busy machine's
# window was not taking keys yet; the log's start line says the run began).
for _ in $(seq 10); do
  press space
  for _ in $(seq 100); do [ -s "$WORK/run.jsonl" ] && break; sleep 0.01; done
  [ -s "$WORK/run.jsonl" ] && break
done
[ -s "$WORK/run.jsonl" ] || fail "the run never started: $(cat "$WORK/run.err")"
sleep 1; press p               # about 1 s of talk, then 2 s paused
sleep 2; press p
sleep 1; press Escape          # about 1 s more: Esc in a rehearsal quits
wait "$pid" || fail "the rehearsal exited non-zero: $(cat "$WORK/run.err")"
grep -q "recording: $WORK/run.wav" "$WORK/run.err" || fail "no recording line: $(cat "$WORK/run.err")"
python3 - "$WORK/run.wav" "$WORK/run.jsonl" <<'PY' || fail "the recording: $(cat "$WORK/run.err")"
import json, struct, sys
raw = open(sys.argv[1], "rb").read()
assert raw[:4] == b"RIFF" and struct.unpack("<I", raw[40:44])[0] == len(raw) - 44
seconds = (len(raw) - 44) / 2 / 48000
events = [json.loads(l) for l in open(sys.argv[2])]
end = events[-1]
assert end["event"] == "end" and end["reason"] == "quit", end
paused = sum(e["paused_ms"] for e in events if e["event"] == "resume") / 1000
talk, real = end["talk_ms"] / 1000, end["t_ms"] / 1000
assert paused >= 1.0, paused
# On talk time: the 2 s pause and the wait before the first press are not in it (generous bounds:
# the disk driver paces itself by sleeping).
assert 0.5 * talk <= seconds <= talk + 0.5, (seconds, talk, real)
assert seconds < real - 0.5, (seconds, real)
samples = struct.unpack("<%dh" % ((len(raw) - 44) // 2), raw[44:44 + (len(raw) - 44) // 2 * 2])
assert max(abs(s) for s in samples[4800:]) > 10000  # the tone
print("recorded %.2f s: talk %.2f s, real %.2f s, paused %.2f s" % (seconds, talk, real, paused))
PY
echo "rehearse record xvfb: ok"
