# Help that teaches: "did you mean" for a mistyped command and flag, every deck-taking command
# says a deck may be a PDF, --version; `lightning config` prints each setting and its source.
source "$(dirname "$0")/lib.sh"
demo="$SOURCE_DIR/decks/demo"

expect_exit 2 "$LIGHTNING" plya "$demo"
expect_stderr "unknown command 'plya': did you mean play?"
expect_exit 2 "$LIGHTNING" rehaerse
expect_stderr "did you mean rehearse?"
expect_exit 2 "$LIGHTNING" banana
expect_stderr "unknown command 'banana' (lightning --help lists the commands)"
grep -q "did you mean" "$WORK/stderr" && fail "no guess for a word far from every command"
expect_exit 2 "$LIGHTNING" --verison
expect_stderr "unknown flag --verison: did you mean --version?"
expect_exit 2 "$LIGHTNING" play "$demo" --windwo
expect_stderr "unknown flag --windwo for play: did you mean --window?"
expect_exit 2 "$LIGHTNING" render "$demo" --at=3 --overlya none -o "$WORK/x.png"
expect_stderr "did you mean --overlay?"

for command in play rehearse render export check config; do
  expect_exit 0 "$LIGHTNING" "$command" --help
  grep -qi "deck folder.* or a PDF file\|deck folders or PDF files" "$WORK/stdout" ||
    fail "$command --help does not say a deck may be a PDF"
done
expect_exit 0 "$LIGHTNING" --version
grep -qE "^lightning [0-9]+\.[0-9]+" "$WORK/stdout" || fail "--version prints name and version"

# config: defaults, then the config file, the deck's [settings] and a flag, each named.
expect_exit 0 "$LIGHTNING" config
grep -qE "^warn +. 60 +# default$" "$WORK/stdout" || { cat "$WORK/stdout"; fail "default warn"; }
grep -q "(not there: defaults apply)" "$WORK/stdout" || fail "a missing config file is said"
mkdir -p "$XDG_CONFIG_HOME/lightning"
printf 'warn = 45\ndanger = 25\nsound = true\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
deck=$(demo_copy configured)
printf 'title = "t"\n[settings]\ndanger = 20\noverlay = "both"\n' > "$deck/deck.toml"
expect_exit 0 "$LIGHTNING" config "$deck" --overlay none
cat "$WORK/stdout" > "$WORK/config.txt"
check_line() { grep -qE "^$1 +. $2 +# $3$" "$WORK/config.txt" || { cat "$WORK/config.txt"; fail "wanted $1 = $2 # $3"; }; }
check_line warn 45 "config file $XDG_CONFIG_HOME/lightning/config.toml:1"
check_line danger 20 "deck.toml $deck/deck.toml:3"
check_line overlay none "flag --overlay"
check_line sound true "config file $XDG_CONFIG_HOME/lightning/config.toml:3"
check_line flash 10 default

# A bad line in the config file stops every command with FILE:LINE.
printf 'warn = 45\noverlay = "sideways"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 1 "$LIGHTNING" render "$demo" --at 3 -o "$WORK/x.png"
expect_stderr "config.toml:2: overlay \"sideways\" is unknown"
# The config's thresholds reach the picture: with warn = 400 the overlay is amber at once.
printf 'warn = 400\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 0 "$LIGHTNING" render "$demo" --at 1 -o "$WORK/amber.png"
rm "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 0 "$LIGHTNING" render "$demo" --at 1 -o "$WORK/plain.png"
cmp -s "$WORK/amber.png" "$WORK/plain.png" && fail "warn from config.toml changed nothing in the frame"
echo "help and config: ok"
