# check and play on timing that plays but is probably not meant: [[slide]] seconds past a
# five-minutes talk (a warning in check and when play starts; an explicit total that differs
# stays an error), a talk under 30 s, --format beside --total/--slide-seconds (a usage error, as
# in deck.toml); and check exits non-zero when its output cannot be written.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
export XDG_STATE_HOME="$WORK/state"

deck=$(demo_copy long)
{ for f in "$deck"/*.png; do printf '[[slide]]\nfile = "%s"\nseconds = 100\n' "$(basename "$f")"; done; } > "$deck/deck.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
grep -q "warning .*the slides' seconds add up to 6:40.0, past a five-minutes talk's 5:00.0" "$WORK/stdout" ||
  fail "no over-length warning: $(cat "$WORK/stdout")"
printf 'total = "5:00"\n' | cat - "$deck/deck.toml" > "$WORK/toml" && mv "$WORK/toml" "$deck/deck.toml"
expect_exit 1 "$LIGHTNING" check "$deck"
grep -q 'add up to 6:40.0 but total is 5:00.0' "$WORK/stdout" || fail "explicit total: $(cat "$WORK/stdout")"

expect_exit 0 "$LIGHTNING" check "$SOURCE_DIR/decks/demo" --total 5
grep -q 'the talk is only 0:05.0 long: did you mean 5:00?' "$WORK/stdout" || fail "--total 5: $(cat "$WORK/stdout")"
grep -q '20 slides get under 1 s each' "$WORK/stdout" || fail "short slides: $(cat "$WORK/stdout")"
# play says it too, when it starts.
expect_exit 0 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --window --window-size 320x180 --total 5 --exit-at-end --no-log
expect_stderr "warning: the talk is only 0:05.0 long: did you mean 5:00?"

expect_exit 2 "$LIGHTNING" check "$SOURCE_DIR/decks/demo" --format ignite --total 4:00
expect_stderr "--format ignite gives every slide its own fixed time; drop --total/--slide-seconds"
expect_exit 2 "$LIGHTNING" play "$SOURCE_DIR/decks/demo" --format pechakucha --slide-seconds 10
expect_stderr "--format pechakucha gives every slide its own fixed time"

expect_exit 1 bash -c '"$0" check "$1" > /dev/full' "$LIGHTNING" "$SOURCE_DIR/decks/demo"
expect_stderr "cannot write"
echo "check timing: ok"
