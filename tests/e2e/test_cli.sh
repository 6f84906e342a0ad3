# The command line: usage errors exit 2, deck errors exit 1 with a message naming the problem.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$LIGHTNING" --version
grep -q "lightning" "$WORK/stdout" || fail "--version prints the name"

expect_exit 2 "$LIGHTNING"
expect_exit 2 "$LIGHTNING" play
expect_exit 2 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --overlay sideways

expect_exit 1 "$LIGHTNING" render "$WORK/no-such-deck" -o "$WORK/x.png"
expect_stderr "no-such-deck does not exist"

mkdir "$WORK/empty"
expect_exit 1 "$LIGHTNING" render "$WORK/empty" -o "$WORK/x.png"
expect_stderr "has no slides"

expect_exit 2 "$LIGHTNING" render "$SOURCE_DIR/decks/demo" --at soon -o "$WORK/x.png"
expect_stderr '--at "soon" is not a time'

expect_exit 2 "$LIGHTNING" render "$SOURCE_DIR/decks/demo" --total 5:99 -o "$WORK/x.png"
expect_stderr '--total "5:99" is not a time'

deck=$(demo_copy broken-toml)
printf 'title = "x"\nformat = "lightning"\n' > "$deck/deck.toml"
expect_exit 1 "$LIGHTNING" render "$deck" -o "$WORK/x.png"
expect_stderr "deck.toml:2: unknown format \"lightning\""

expect_exit 1 "$LIGHTNING" render "$SOURCE_DIR/decks/demo" -o "$WORK/no/such/folder/x.png"
expect_stderr "cannot write"

expect_exit 0 "$LIGHTNING" render "$SOURCE_DIR/decks/demo" --at 14.999 -o "$WORK/ok.png"
[ -s "$WORK/ok.png" ] || fail "render wrote no PNG"
# With no display at all, lightning's own message is the first line: no stray
# "error: XDG_RUNTIME_DIR is invalid" from a Wayland library before it.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_RUNTIME_DIR -u SDL_VIDEODRIVER \
  "$LIGHTNING" play "$SOURCE_DIR/decks/demo" >"$WORK/stdout" 2>"$WORK/stderr"
got=$?
set -e
[ "$got" -eq 1 ] || fail "play with no display exited $got"
head -1 "$WORK/stderr" | grep -q '^lightning: no display to play on' ||
  fail "first line with no display: $(head -1 "$WORK/stderr")"
echo "cli: ok"
