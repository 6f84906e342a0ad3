# export --audio-from LOG: a rehearsal's recording (LOG.wav, on talk time) becomes the video's
# sound track, cut or padded to the talk's exact length. The recorder itself is tested on SDL's
# disk audio driver in tests/render/test_audio.cpp; here the WAV is a known tone from ffmpeg.
source "$(dirname "$0")/lib.sh"
command -v ffmpeg >/dev/null || fail "ffmpeg is needed for this test (scripts/build.sh --tests installs it)"
demo="$SOURCE_DIR/decks/demo"
export SDL_VIDEODRIVER=dummy

# A run of 4 s, logged where the test says (a headless rehearsal waits for keys; a play does not).
expect_exit 0 timeout 60 "$LIGHTNING" play "$demo" --window --total 0:04 --window-size 320x180 --exit-at-end \
  --log "$WORK/run.jsonl"
[ -s "$WORK/run.jsonl" ] || fail "the run wrote no log"

# No recording beside the log yet: a clear message.
expect_exit 1 "$LIGHTNING" export "$demo" --total 0:04 --fps 10 --size 320x180 --audio-from "$WORK/run.jsonl" -o "$WORK/x.mp4"
expect_stderr "no recording beside it ($WORK/run.wav); rehearse with --record"
[ -e "$WORK/x.mp4" ] && fail "a failed export left a file"
expect_exit 1 "$LIGHTNING" export "$demo" --audio-from "$WORK/nope.jsonl" -o "$WORK/x.mp4"
expect_stderr "--audio-from $WORK/nope.jsonl does not exist"

# 3 s of a 1 kHz tone at -18 dB (ffmpeg's sine; shorter than the talk: padded with silence to 4 s).
ffmpeg -v error -f lavfi -i "sine=frequency=1000:sample_rate=48000:duration=3" -ac 1 -c:a pcm_s16le "$WORK/run.wav"
expect_exit 2 "$LIGHTNING" export "$demo" --audio "$WORK/run.wav" --audio-from "$WORK/run.jsonl" -o "$WORK/x.mp4"
expect_stderr "keep one"
expect_exit 0 "$LIGHTNING" export "$demo" --total 0:04 --fps 10 --size 320x180 --audio-from "$WORK/run.jsonl" -q -o "$WORK/talk.mp4"

probe() { ffprobe -v error -select_streams "$1" -show_entries "$2" -of default=nw=1:nk=1 "$WORK/talk.mp4"; }
[ "$(probe a:0 stream=codec_name)" = aac ] || fail "no AAC audio stream: $(probe a:0 stream=codec_name)"
[ "$(probe v:0 format=duration)" = "4.000000" ] || fail "duration $(probe v:0 format=duration), wanted 4.000000"
audio_seconds=$(probe a:0 stream=duration)
awk -v d="$audio_seconds" 'BEGIN { exit !(d >= 3.95 && d <= 4.05) }' || fail "audio lasts $audio_seconds s, wanted 4"
# The tone is there in the first 3 s and silence after it.
loud=$(ffmpeg -v info -ss 0.5 -t 2 -i "$WORK/talk.mp4" -vn -af volumedetect -f null - 2>&1 | sed -n 's/.*max_volume: \(.*\) dB/\1/p')
quiet=$(ffmpeg -v info -ss 3.3 -t 0.6 -i "$WORK/talk.mp4" -vn -af volumedetect -f null - 2>&1 | sed -n 's/.*max_volume: \(.*\) dB/\1/p')
awk -v l="$loud" 'BEGIN { exit !(l > -24) }' || fail "the tone is missing (max $loud dB)"
awk -v q="$quiet" 'BEGIN { exit !(q < -60) }' || fail "the padding is not silent (max $quiet dB)"
echo "record export: ok"
