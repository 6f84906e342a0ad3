# Mistakes on the command line and in config.toml are refused in lightning's own sentence with the
# fix: a flag given a word it does not take lists every choice (not CLI11's "top not in {...}"),
# a time of nothing is not called "not a time", a key set twice in config.toml says so.
source "$(dirname "$0")/lib.sh"
demo="$SOURCE_DIR/decks/demo"

expect_exit 2 "$LIGHTNING" play "$demo" --overlay-corner top
expect_stderr '--overlay-corner: "top" is not one of the choices: write top-left, top-right, bottom-left or bottom-right'
grep -q "not in {" "$WORK/stderr" && fail "CLI11's own wording leaked"

expect_exit 2 "$LIGHTNING" export "$demo" -o "$WORK/x.mp4" --preset quick
expect_stderr '"quick" is not one of the choices: write ultrafast, superfast'

expect_exit 2 "$LIGHTNING" render "$demo" --total 0:00 --at 1 -o "$WORK/x.png"
expect_stderr '--total "0:00" is no time at all: give it a length, like 5:00 or 15'

mkdir -p "$XDG_CONFIG_HOME/lightning"
printf 'font = "a"\nfont = "b"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 1 "$LIGHTNING" config
expect_stderr "config.toml:2: not valid TOML: 'font' is set twice; keep one of the two lines"
echo "word choices: ok"
