# export: a short talk of the demo deck as a video, checked with ffprobe (exact length and frame
# count) and frame by frame against `render` of the same instant (slide changes land on the frame
# of their planned time); webm, audio and the end card; a missing ffmpeg, a failing ffmpeg and
# Ctrl+C leave nothing behind; --sheet writes the contact sheet.
source "$(dirname "$0")/lib.sh"
command -v ffmpeg >/dev/null || fail "ffmpeg is needed for this test (scripts/build.sh --tests installs it)"
demo="$SOURCE_DIR/decks/demo"
small=(--total 0:06 --fps 10 --size 320x180)   # 20 slides x 0.3 s = 3 frames a slide
mkdir "$WORK/out"

probe() {  # probe FILE ENTRIES: ffprobe's value(s), one per line
  ffprobe -v error -count_frames -select_streams "${3:-v:0}" -show_entries "$2" -of default=nw=1:nk=1 "$1"
}
# mae A.png B.png: ImageMagick's normalised mean absolute difference (0 = the same, 1 = opposite).
mae() { { compare -metric MAE "$1" "$2" null: 2>&1 || true; } | sed 's/.*(\(.*\))/\1/'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
no_leftovers() {  # the output folder holds exactly the files named
  local want=$(printf '%s\n' "$@" | sort) got=$(ls -A "$WORK/out" | sort)
  [ "$got" = "$want" ] || fail "output folder holds [$got], wanted [$want]"
}

# The video: exact length and frame count.
expect_exit 0 "$LIGHTNING" export "$demo" "${small[@]}" -o "$WORK/out/talk.mp4"
grep -q 'exported 60 frames (0:06.0)' "$WORK/stderr" || fail "no summary line"
[ "$(probe "$WORK/out/talk.mp4" format=duration)" = "6.000000" ] || fail "duration $(probe "$WORK/out/talk.mp4" format=duration), wanted 6.000000"
[ "$(probe "$WORK/out/talk.mp4" stream=nb_read_frames)" = 60 ] || fail "frames $(probe "$WORK/out/talk.mp4" stream=nb_read_frames), wanted 60"
[ "$(probe "$WORK/out/talk.mp4" stream=codec_name)" = h264 ] || fail "not H.264"
no_leftovers talk.mp4

# Frames around two slide changes (slide 2 at 0.3 s = frame 3, slide 10 at 2.7 s = frame 27)
# look like render at the same instant, and the frame before a change differs from the one after.
mkdir "$WORK/frames"
ffmpeg -v error -i "$WORK/out/talk.mp4" "$WORK/frames/%03d.png"   # frame i is file i+1
for pair in "2 0.2" "3 0.3" "26 2.6" "27 2.7" "59 5.9"; do
  read -r i at <<<"$pair"
  file=$(printf '%s/frames/%03d.png' "$WORK" $((i + 1)))
  expect_exit 0 "$LIGHTNING" render "$demo" "${small[@]::2}" --at "$at" --size 320x180 -o "$WORK/r$i.png"
  d=$(mae "$file" "$WORK/r$i.png")
  below "$d" 0.02 || fail "frame $i differs from render --at $at by $d"
done
for change in "2 3" "26 27"; do
  read -r before after <<<"$change"
  d=$(mae "$WORK/r$before.png" "$WORK/r$after.png")
  below 0.05 "$d" || fail "frames $before and $after should show different slides (difference $d)"
  d=$(mae "$(printf '%s/frames/%03d.png' "$WORK" $((after + 1)))" "$WORK/r$before.png")
  below 0.05 "$d" || fail "frame $after still shows the slide before the change (difference $d)"
done

# A length that is not a whole number of frames: 6.05 s at 10 fps is 60.5, rounded to 61.
expect_exit 0 "$LIGHTNING" export "$demo" --total 6.05 --fps 10 --size 320x180 -q -o "$WORK/out/odd.mp4"
[ "$(probe "$WORK/out/odd.mp4" stream=nb_read_frames)" = 61 ] || fail "6.05 s at 10 fps: wanted 61 frames"
[ -s "$WORK/stderr" ] && fail "--quiet printed: $(cat "$WORK/stderr")"

# The end card after the talk, as render draws it; a sound track fitted to the video's length.
ffmpeg -v error -f lavfi -i sine=frequency=440:duration=1 "$WORK/beep.wav"
expect_exit 0 "$LIGHTNING" export "$demo" --total 0:02 --fps 10 --size 320x180 --end-card 0.5 \
  --audio "$WORK/beep.wav" -o "$WORK/out/end.mp4"
[ "$(probe "$WORK/out/end.mp4" stream=nb_read_frames)" = 25 ] || fail "2 s + 0.5 s end card: wanted 25 frames"
audio=$(probe "$WORK/out/end.mp4" stream=codec_name,duration a:0 | tr '\n' ' ')
[[ "$audio" == "aac 2.5"* ]] || fail "audio should be AAC lasting 2.5 s, is: $audio"
[ "$(probe "$WORK/out/end.mp4" format=duration)" = "2.500000" ] || fail "with sound: not 2.5 s long"
ffmpeg -v error -i "$WORK/out/end.mp4" -vf 'select=eq(n\,24)' -frames:v 1 "$WORK/end.png"
expect_exit 0 "$LIGHTNING" render "$demo" --total 0:02 --at 2 --size 320x180 -o "$WORK/rend.png"
d=$(mae "$WORK/end.png" "$WORK/rend.png"); below "$d" 0.02 || fail "end card differs from render by $d"

# WebM: VP9, and Opus for the sound (3 s of it, cut to the talk's 2 s; Opus's encoder delay
# shifts a WebM's streams by 7 ms, see docs/export.md).
ffmpeg -v error -f lavfi -i sine=frequency=440:duration=3 "$WORK/long.wav"
expect_exit 0 "$LIGHTNING" export "$demo" --total 0:02 --fps 10 --size 320x180 --audio "$WORK/long.wav" -o "$WORK/out/talk.webm"
below "$(probe "$WORK/out/talk.webm" format=duration)" 2.01 || fail "webm: the sound was not cut to 2 s"
[ "$(probe "$WORK/out/talk.webm" stream=codec_name)" = vp9 ] || fail "webm is not VP9"
[ "$(probe "$WORK/out/talk.webm" stream=nb_read_frames)" = 20 ] || fail "webm: wanted 20 frames"
[ "$(probe "$WORK/out/talk.webm" stream=codec_name a:0)" = opus ] || fail "webm sound is not Opus"
no_leftovers talk.mp4 odd.mp4 end.mp4 talk.webm

# No ffmpeg on PATH: a clear error, exit 1, nothing written.
mkdir "$WORK/nobin"
expect_exit 1 env PATH="$WORK/nobin" "$LIGHTNING" export "$demo" "${small[@]}" -o "$WORK/out/none.mp4"
expect_stderr "ffmpeg is not installed: install it with apt-get install ffmpeg (export needs it to encode the video)"
# ffmpeg fails (the sound file is not sound): its last words, exit 1, nothing written.
echo "not audio" > "$WORK/fake.wav"
expect_exit 1 "$LIGHTNING" export "$demo" "${small[@]}" --audio "$WORK/fake.wav" -o "$WORK/out/bad.mp4"
expect_stderr "ffmpeg failed"
expect_stderr "fake.wav"
no_leftovers talk.mp4 odd.mp4 end.mp4 talk.webm

# Usage errors.
expect_exit 2 "$LIGHTNING" export "$demo" --size 321x180 -o "$WORK/out/x.mp4"
expect_stderr "must be even"
expect_exit 2 "$LIGHTNING" export "$demo" -o "$WORK/out/x.avi"
expect_exit 2 "$LIGHTNING" export "$demo" --sheet -o "$WORK/out/x.mp4"
expect_exit 1 "$LIGHTNING" export "$demo" -o "$WORK/no/such/folder/x.mp4"
expect_stderr "does not exist"

# Ctrl+C (SIGINT) and SIGTERM in the middle of a long export: exit 130 / 143, nothing left.
for sig in INT TERM; do
  "$LIGHTNING" export "$demo" --size 640x360 -o "$WORK/out/long.mp4" 2>"$WORK/stderr" &
  pid=$!
  for _ in $(seq 100); do compgen -G "$WORK/out/.long.mp4.partial-*" >/dev/null && break; sleep 0.05; done
  compgen -G "$WORK/out/.long.mp4.partial-*" >/dev/null || fail "no partial file while exporting"
  sleep 0.3
  kill -$sig $pid
  set +e; wait $pid; got=$?; set -e
  want=$([ $sig = INT ] && echo 130 || echo 143)
  [ "$got" = "$want" ] || fail "SIG$sig: exit $got, wanted $want"
  expect_stderr "was not written"
  no_leftovers talk.mp4 odd.mp4 end.mp4 talk.webm
done

# The contact sheet: a PNG of the size asked for, with more than one colour in it.
expect_exit 0 "$LIGHTNING" export "$demo" --sheet --size 960x540 -o "$WORK/out/sheet.png"
[ "$(identify -format '%wx%h' "$WORK/out/sheet.png")" = 960x540 ] || fail "sheet size $(identify -format '%wx%h' "$WORK/out/sheet.png")"
colours=$(identify -format '%k' "$WORK/out/sheet.png")
[ "$colours" -gt 100 ] || fail "the sheet has only $colours colours"
echo "export: ok"
