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
