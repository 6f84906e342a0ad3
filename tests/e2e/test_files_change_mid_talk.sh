# Files that change under a running talk: a deck copied over (in place and by rename) while
# `play` shows it and while `check --prepare` reads it never kills either (a memory-mapped file
# cut short was SIGBUS), and a damaged lightning-pdf.so is refused with a message, not SIGBUS.
# (That a prepared entry holds the pixels of the very bytes its key was made from is tested in
# tests/unit/test_prepared_slides.cpp and tests/render/test_prepared_source.cpp.)
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_CACHE_HOME="$WORK/cache" XDG_STATE_HOME="$WORK/state"

# Two versions of an 8-slide deck: the demo's slides and the same names holding other slides.
mkdir -p "$WORK/deck" "$WORK/other"
i=0
for f in "$SOURCE_DIR"/decks/demo/*.png; do
  i=$((i + 1)); [ $i -le 8 ] || break
  cp "$f" "$WORK/deck/$(printf '%02d' $i).png"
done
i=0
for f in $(ls "$SOURCE_DIR"/decks/demo/*.png | tail -8); do
  i=$((i + 1)); cp "$f" "$WORK/other/$(printf '%02d' $i).png"
done

# The copier: cp over in place (truncate, then write), cut short, and replace by rename, as
# fast as it can, until told to stop.
copier() {
  local round=0
  while [ ! -e "$WORK/stop" ]; do
    round=$((round + 1))
    for f in "$WORK"/deck/*.png; do
      name=$(basename "$f")
      case $((round % 3)) in
        0) cp "$WORK/other/$name" "$f" ;;
        1) head -c 3000 "$WORK/other/$name" > "$f" ;;
        2) cp "$SOURCE_DIR/decks/demo/$(ls "$SOURCE_DIR/decks/demo" | grep png | sed -n "$(( (round % 8) + 1 ))p")" "$f.new" && mv -f "$f.new" "$f" ;;
      esac
    done
  done
}
copier &
copier_pid=$!
trap 'touch "$WORK/stop"; wait "$copier_pid" 2>/dev/null; rm -rf "$WORK"' EXIT

for run in 1 2 3; do
  set +e
  "$LIGHTNING" play "$WORK/deck" --window --total 0:04 --exit-at-end --verbose 2>"$WORK/stderr"
  code=$?
  "$LIGHTNING" check "$WORK/deck" --prepare >"$WORK/check.out" 2>>"$WORK/stderr"
  check_code=$?
  set -e
  [ "$code" -eq 0 ] || fail "play run $run exited $code while its deck was copied over"
  [ "$check_code" -le 1 ] || fail "check --prepare run $run exited $check_code (a signal?)"
  expect_stderr "summary: end=finished"
done
touch "$WORK/stop"
wait "$copier_pid"

# A prepared-slides folder that cannot be made (a file in its place; root ignores permissions):
# check --prepare says exactly how many it kept, none.
mkdir -p "$WORK/blocked"
echo "a file where lightning/ should be" > "$WORK/blocked/lightning"
cp "$WORK"/other/*.png "$WORK/deck/"
XDG_CACHE_HOME="$WORK/blocked" expect_exit 0 "$LIGHTNING" check "$WORK/deck" --prepare
grep -q "8 slide(s) decoded now, 0 of them kept" "$WORK/stdout" || fail "kept count: $(cat "$WORK/stdout")"
grep -q "(8 could not be kept" "$WORK/stdout" || fail "no could-not-keep line: $(cat "$WORK/stdout")"

# A lightning-pdf.so cut short beside a copy of the program: refused with words, never SIGBUS;
# a whole one where lightning looks next (../lib/lightning, as installed) then serves the PDF, and
# without one the PDF deck fails check with where it looked and why.
module="$(dirname "$LIGHTNING")/lightning-pdf.so"
if [ -f "$module" ]; then
  mkdir -p "$WORK/bin"
  cp "$LIGHTNING" "$WORK/bin/lightning"
  head -c $(( $(stat -c %s "$module") / 3 )) "$module" > "$WORK/bin/lightning-pdf.so"
  python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/talk.pdf" 3
  expect_exit 1 "$WORK/bin/lightning" check "$WORK/talk.pdf"
  grep -q "bin/lightning-pdf.so: cut short" "$WORK/stdout" "$WORK/stderr" ||
    fail "the damaged module is not named: $(cat "$WORK/stdout")"
  mkdir -p "$WORK/lib/lightning"
  cp "$module" "$WORK/lib/lightning/"
  expect_exit 0 "$WORK/bin/lightning" check "$WORK/talk.pdf"
  grep -q '^OK' "$WORK/stdout" || fail "the whole module was not used: $(cat "$WORK/stdout")"
fi
echo "files changing mid-talk: ok"
