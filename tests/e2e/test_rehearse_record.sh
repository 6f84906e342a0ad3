# rehearse --record on SDL's disk audio driver (its "microphone" reads SDL_DISKAUDIOFILEIN: raw
# samples in the opened format, S16LE mono 48 kHz): the recording lands beside the log as a
# complete WAV holding the tone, the run ended by a signal halfway keeps what was recorded, and
# `export --audio-from` makes a video paced on the rehearsal's own 3 s plan with the voice under
# it. No microphone: one line, the rehearsal runs, no file. kill -9 leaves a WAV that plays.
source "$(dirname "$0")/lib.sh"
command -v ffmpeg >/dev/null || fail "ffmpeg is needed for this test (scripts/build.sh --tests installs it)"
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=disk
deck=$(demo_copy deck)

# 20 s of a 1 kHz tone at half scale.
python3 - "$WORK/tone.raw" <<'PY'
import math, struct, sys
with open(sys.argv[1], "wb") as out:
    out.write(b"".join(struct.pack("<h", int(16000 * math.sin(2 * math.pi * 1000 * i / 48000)))
                       for i in range(20 * 48000)))
PY

# rehearse LOG [FLAGS...]: a paced 3 s rehearsal ended by SIGTERM about `hold` seconds after its
# clock started (a paced run waits for the last slide's mark, so it does not end by itself).
rehearse_until_signal() {
  local log=$1 hold=$2; shift 2
  "$LIGHTNING" rehearse "$deck" --total 0:03 --log "$log" "$@" >"$WORK/stdout" 2>"$WORK/stderr" &
  local pid=$!
  for _ in $(seq 1000); do [ -s "$log" ] && break; sleep 0.01; done
  [ -s "$log" ] || { kill "$pid"; fail "the rehearsal never started its log"; }
  sleep "$hold"
  kill -TERM "$pid"
  set +e; wait "$pid"; local status=$?; set -e
  [ "$status" -eq 0 ] || fail "the rehearsal exited $status"
}

# --record needs the log it goes beside.
expect_exit 2 "$LIGHTNING" rehearse "$deck" --record --no-log
expect_stderr "--record puts the recording beside the timing log: drop --no-log"

# No microphone (the disk driver has no input file): one line, the rehearsal runs, no file.
SDL_DISKAUDIOFILEIN="$WORK/no-such-input.raw" rehearse_until_signal "$WORK/nomic.jsonl" 1 --record
expect_stderr "lightning: no microphone to record ("
expect_stderr "the rehearsal runs without a recording"
[ "$(grep -c "no microphone" "$WORK/stderr")" -eq 1 ] || fail "the missing microphone was reported more than once"
grep -q '"event":"end","reason":"signal"' "$WORK/nomic.jsonl" || fail "the rehearsal without a microphone did not run to its end"
[ -e "$WORK/nomic.wav" ] && fail "a recording was made without a microphone"

# Recorded: 4 s of talk time (past the 3 s plan: the last slide waits for its mark), then a signal.
SDL_DISKAUDIOFILEIN="$WORK/tone.raw" rehearse_until_signal "$WORK/run.jsonl" 4 --record
expect_stderr "recording: $WORK/run.wav ("
expect_stderr "log: $WORK/run.jsonl"
python3 - "$WORK/run.wav" "$WORK/run.jsonl" <<'PY' || fail "the recording"
import json, struct, sys, wave
raw = open(sys.argv[1], "rb").read()
assert raw[:4] == b"RIFF" and raw[8:16] == b"WAVEfmt ", raw[:16]
data_size = struct.unpack("<I", raw[40:44])[0]
assert raw[36:40] == b"data" and data_size == len(raw) - 44, (data_size, len(raw))
assert struct.unpack("<I", raw[4:8])[0] == len(raw) - 8
w = wave.open(sys.argv[1])
assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 48000)
seconds = w.getnframes() / 48000
end = [json.loads(l) for l in open(sys.argv[2])][-1]
assert end["event"] == "end" and end["reason"] == "signal", end
talk = end["talk_ms"] / 1000
# On talk time: about as long as the run (the disk driver paces itself by sleeping, so it may
# fall behind a busy machine's clock; a real microphone keeps its own clock).
assert 0.5 * talk <= seconds <= talk + 0.5, (seconds, talk)
samples = struct.unpack("<%dh" % (len(raw[44:]) // 2), raw[44:44 + len(raw[44:]) // 2 * 2])
peak = max(abs(s) for s in samples[4800:])
assert peak > 10000, peak  # the tone, not silence
print("recorded %.2f s for %.2f s of talk time, peak %d" % (seconds, talk, peak))
PY

# The video: paced on the log's 3 s plan (no timing flag given; the deck's own default is 5:00),
# the recording under it, cut to the talk's exact length.
expect_exit 0 "$LIGHTNING" export "$deck" --fps 10 --size 320x180 --audio-from "$WORK/run.jsonl" -q -o "$WORK/talk.mp4"
probe() { ffprobe -v error -select_streams "$1" -show_entries "$2" -of default=nw=1:nk=1 "$WORK/talk.mp4"; }
[ "$(probe a:0 stream=codec_name)" = aac ] || fail "no AAC audio stream: $(probe a:0 stream=codec_name)"
[ "$(probe v:0 format=duration)" = "3.000000" ] || fail "duration $(probe v:0 format=duration), wanted 3.000000"
[ "$(probe v:0 stream=nb_frames)" = 30 ] || fail "frames $(probe v:0 stream=nb_frames), wanted 30"
loud=$(ffmpeg -v info -ss 0.5 -t 2 -i "$WORK/talk.mp4" -vn -af volumedetect -f null - 2>&1 | sed -n 's/.*max_volume: \(.*\) dB/\1/p')
awk -v l="$loud" 'BEGIN { exit !(l > -12) }' || fail "the voice is missing from the video (max $loud dB)"

# Timing flags that contradict the rehearsal's plan are refused, naming both.
expect_exit 1 "$LIGHTNING" export "$deck" --total 5:00 --audio-from "$WORK/run.jsonl" -q -o "$WORK/x.mp4"
expect_stderr "but the rehearsal $WORK/run.jsonl was planned as 0:03.0"

# kill -9 mid-run: the WAV's header is kept up to date every half second, so it still plays.
SDL_DISKAUDIOFILEIN="$WORK/tone.raw" "$LIGHTNING" rehearse "$deck" --total 0:03 --record --log "$WORK/crash.jsonl" 2>/dev/null &
pid=$!
for _ in $(seq 1000); do [ -s "$WORK/crash.jsonl" ] && break; sleep 0.01; done
sleep 2.5
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
python3 - "$WORK/crash.wav" <<'PY' || fail "the recording cut by kill -9"
import struct, sys
raw = open(sys.argv[1], "rb").read()
data_size = struct.unpack("<I", raw[40:44])[0]
on_disk = len(raw) - 44
assert raw[:4] == b"RIFF" and 0 < data_size <= on_disk, (data_size, on_disk)
assert on_disk - data_size <= 0.6 * 96000, (data_size, on_disk)  # all but the last half second
assert data_size >= 1.0 * 96000, data_size
PY

# A --free rehearsal's slides changed by hand: a paced video would take the voice off them.
SDL_DISKAUDIOFILEIN="$WORK/tone.raw" rehearse_until_signal "$WORK/free.jsonl" 1 --record --free
[ -s "$WORK/free.wav" ] || fail "the free rehearsal made no recording"
expect_exit 1 "$LIGHTNING" export "$deck" --audio-from "$WORK/free.jsonl" -q -o "$WORK/x.mp4"
expect_stderr "rehearse paced (without --free)"
[ -e "$WORK/x.mp4" ] && fail "a refused export left a file"
echo "rehearse record: ok"
