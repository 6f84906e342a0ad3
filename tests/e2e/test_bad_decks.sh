# The bad-deck corpus (tests/bad-decks, plus the cases make-generated.sh builds): `check` prints
# the exact expected message for each and exits as expected (expected.txt); nothing crashes; and
# `render` shows a broken slide as a placeholder for exactly its time slot.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
corpus="$SOURCE_DIR/tests/bad-decks"
generated="$WORK/generated"
bash "$corpus/make-generated.sh" "$generated"
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

# Permission cases need a user who is refused: as root, run check as "nobody" from a copy of the
# binary that user may execute.
as_refused_user=()
if [ "$(id -u)" -eq 0 ]; then
  mkdir "$WORK/bin"; cp "$LIGHTNING" "$WORK/bin/lightning"
  chmod 755 "$WORK" "$WORK/bin" "$generated"
  as_refused_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi

checked=0
while IFS=$'\t' read -r case want line; do
  [[ -z "$case" || "$case" == \#* ]] && continue
  dir=$corpus; [ -e "$corpus/$case" ] || dir=$generated
  runner=("$LIGHTNING")
  if [[ "$case" == unreadable || "$case" == locked ]] && ((${#as_refused_user[@]})); then
    runner=("${as_refused_user[@]}" "$WORK/bin/lightning")
  fi
  set +e; (cd "$dir" && "${runner[@]}" check "$case" --size 320x180) >"$WORK/stdout" 2>"$WORK/stderr"; got=$?; set -e
  [ "$got" -eq "$want" ] || fail "$case: exit $got, wanted $want: $(cat "$WORK/stdout")"
  grep -qxF -- "$line" "$WORK/stdout" || fail "$case: missing line
  wanted: $line
  output: $(cat "$WORK/stdout")"
  [ ! -s "$WORK/stderr" ] || fail "$case: check printed to stderr: $(cat "$WORK/stderr")"
  checked=$((checked + 1))
done < "$corpus/expected.txt"
[ "$checked" -ge 20 ] || fail "only $checked expectations ran"

# Picture bombs are refused from their headers: check's peak memory stays far from what the
# claimed 30000x30000 pixels would take (3.6 GB).
for bomb in tiff-bomb webp-bomb gif-bomb bmp-bomb; do
  set +e; /usr/bin/time -v "$LIGHTNING" check "$generated/$bomb" --size 1920x1080 >/dev/null 2>"$WORK/time"; set -e
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
  [ -n "$rss_kb" ] && [ "$rss_kb" -lt 300000 ] || fail "$bomb: check peaked at ${rss_kb:-?} KB (limit 300 MB)"
done

# One bad deck never stops the check of the others, and --json always prints all of them.
set +e; "$LIGHTNING" check "$generated/toml-folder" "$corpus/bom-toml" "$generated/latin1-name" --json \
  --size 320x180 >"$WORK/stdout" 2>"$WORK/stderr"; got=$?; set -e
[ "$got" -eq 1 ] || fail "check of three decks exited $got"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["plays"] for x in d] == [False, True, False], d' \
  "$WORK/stdout" || fail "check --json of three decks: $(cat "$WORK/stdout")"

# A CMYK JPEG (as print-minded tools export, Adobe's inverted inks) shows in its own colours.
mkdir "$WORK/cmyk"
convert -size 480x270 xc:'rgb(200,40,30)' -colorspace CMYK "$WORK/cmyk/1.jpg"
[ "$(identify -format '%[colorspace]' "$WORK/cmyk/1.jpg")" = CMYK ] || fail "ImageMagick did not write CMYK"
expect_exit 0 "$LIGHTNING" render "$WORK/cmyk" --overlay none --at 0 --size 480x270 -o "$WORK/cmyk.png"
read -r r g b <<< "$(convert "$WORK/cmyk.png" -format '%[fx:int(255*p{240,135}.r+.5)] %[fx:int(255*p{240,135}.g+.5)] %[fx:int(255*p{240,135}.b+.5)]' info:)"
[ $((r > 180 && r < 220 && g > 25 && g < 60 && b > 15 && b < 50)) -eq 1 ] || fail "CMYK JPEG shows as $r,$g,$b, wanted about 200,40,30"

# The 1000-slide deck renders its last slide at its time.
expect_exit 0 "$LIGHTNING" render "$generated/thousand" --total 50:00 --at 2999.9 -o "$WORK/last.png" --size 320x180

# A broken slide is a placeholder for exactly its slot: slide 2 of zero-byte is empty.
colour_at() {  # r,g,b at (40, 230) of a 480x270 render, below any text
  convert "$1" -format '%[fx:int(255*p{40,230}.r+.5)],%[fx:int(255*p{40,230}.g+.5)],%[fx:int(255*p{40,230}.b+.5)]' info:
}
for at_colour in "0.999:32,96,192" "1:48,20,24" "1.999:48,20,24" "2:32,160,64"; do
  at=${at_colour%%:*}; want=${at_colour#*:}
  expect_exit 0 "$LIGHTNING" render "$corpus/zero-byte" --slide-seconds 1 --at "$at" --size 480x270 -o "$WORK/at.png"
  [ "$(colour_at "$WORK/at.png")" = "$want" ] || fail "zero-byte at ${at}s shows $(colour_at "$WORK/at.png"), wanted $want"
done
# The placeholder names the slide, the file and the reason (read back with the overlay off).
expect_exit 0 "$LIGHTNING" play "$corpus/zero-byte" --window --window-size 480x270 --slide-seconds 0.3 --exit-at-end --verbose
expect_stderr "shown=3 skipped=0"
expect_stderr "slide 3/3 3.png due 0.600 s"
echo "bad decks: $checked expectations ok"
