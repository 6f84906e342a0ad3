# Outputs that cannot be written: a PNG to a full disk (a symlink to /dev/full, so nothing is
# written into /dev and the link is never replaced) fails with exit 1 naming the file and no
# "wrote"; a folder as -o is refused before any work; an ffmpeg that stops reading (or never
# finishes its file) is stopped after LIGHTNING_FFMPEG_STALL_SECONDS, leaving nothing behind.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
demo="$SOURCE_DIR/decks/demo"
mkdir "$WORK/out" "$WORK/bin"
ln -s /dev/full "$WORK/out/full.png"
ln -s /dev/full "$WORK/out/full.csv"
only_links() {  # nothing was made in the output folder, and the links are still links
  [ "$(ls -A "$WORK/out")" = "$(printf 'full.csv\nfull.png')" ] || fail "output folder: $(ls -A "$WORK/out")"
  [ "$(readlink "$WORK/out/full.png")" = /dev/full ] || fail "the link was replaced"
}
no_wrote() { ! grep -q "wrote" "$WORK/stderr" || fail "said wrote: $(cat "$WORK/stderr")"; }

# A full disk: render, export --sheet, report -o and --csv.
expect_exit 1 "$LIGHTNING" render "$demo" --at 1 --size 320x180 -o "$WORK/out/full.png"
expect_stderr "cannot write $WORK/out/full.png: No space left on device"
only_links
expect_exit 1 "$LIGHTNING" export "$demo" --sheet --size 640x360 -o "$WORK/out/full.png"
expect_stderr "cannot write $WORK/out/full.png: No space left on device"
no_wrote; only_links
expect_exit 0 "$LIGHTNING" play "$demo" --window --window-size 320x180 --total 0:02 --exit-at-end \
  --log "$WORK/run.jsonl"
expect_exit 1 "$LIGHTNING" report "$WORK/run.jsonl" -o "$WORK/out/full.png" --size 640x360
expect_stderr "cannot write $WORK/out/full.png: No space left on device"
! grep -q "^chart:" "$WORK/stderr" || fail "report said it wrote the chart"
expect_exit 1 "$LIGHTNING" report "$WORK/run.jsonl" --csv "$WORK/out/full.csv"
expect_stderr "cannot write $WORK/out/full.csv: No space left on device"
only_links

# A folder as -o: refused before a frame is drawn or ffmpeg is started.
printf '#!/bin/sh\ntouch "%s/started"\nexec sleep 600\n' "$WORK" > "$WORK/bin/ffmpeg"
chmod +x "$WORK/bin/ffmpeg"
mkdir "$WORK/out/folder.mp4"
expect_exit 1 env PATH="$WORK/bin:$PATH" "$LIGHTNING" export "$demo" --size 320x180 -o "$WORK/out/folder.mp4"
expect_stderr "cannot write $WORK/out/folder.mp4: it is a folder"
[ ! -e "$WORK/started" ] || fail "ffmpeg was started for a folder"
expect_exit 1 "$LIGHTNING" render "$demo" --at 1 --size 320x180 -o "$WORK/out/folder.mp4"
expect_stderr "it is a folder"
rmdir "$WORK/out/folder.mp4"

# An ffmpeg that never reads: stopped after the stall limit, nothing left behind; its last
# words are shown as lines, not as "\x0a".
printf '#!/bin/sh\ntouch "%s/started"\necho "first words" >&2\necho "last words" >&2\nexec sleep 600\n' "$WORK" > "$WORK/bin/ffmpeg"
export LIGHTNING_FFMPEG_STALL_SECONDS=1
expect_exit 1 env PATH="$WORK/bin:$PATH" "$LIGHTNING" export "$demo" --total 1:00 --fps 10 --size 320x180 -q \
  -o "$WORK/out/stuck.mp4"
expect_stderr "ffmpeg took no frame for 1 s"
expect_stderr "$WORK/out/stuck.mp4 was not written"
grep -qx "  last words" "$WORK/stderr" || fail "ffmpeg's words are not lines of their own"
! grep -qF '\x0a' "$WORK/stderr" || fail "a newline printed as \\x0a"
[ -e "$WORK/started" ] || fail "the fake ffmpeg did not run"
only_links
# One that reads every frame and then never finishes its file.
printf '#!/bin/sh\ncat > /dev/null\nexec sleep 600\n' > "$WORK/bin/ffmpeg"
expect_exit 1 env PATH="$WORK/bin:$PATH" "$LIGHTNING" export "$demo" --total 0:02 --fps 10 --size 320x180 -q \
  -o "$WORK/out/stuck.mp4"
expect_stderr "ffmpeg did not finish the file for 1 s"
only_links
echo "output faults: ok"
