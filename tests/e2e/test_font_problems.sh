# A font that cannot be opened never stops a talk: play draws in the bundled DejaVu Sans and says
# why on stderr; check passes the deck (it plays) with a warning naming where the font was set.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy

deck=$(demo_copy badfont)
echo "not a font" > "$deck/Talk.ttf"
printf 'title = "Fonts"\nfont = "Talk.ttf"\n' > "$deck/deck.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
grep -q '^OK ' "$WORK/stdout" || fail "a deck with a broken font still plays: $(cat "$WORK/stdout")"
grep -q "warning .*deck.toml:2: font: the font file .*Talk.ttf cannot be opened" "$WORK/stdout" ||
  fail "check does not report the broken font: $(cat "$WORK/stdout")"
grep -q 'the bundled DejaVu Sans is used instead' "$WORK/stdout" || fail "no fallback named"

# play runs the whole (short) talk to its end card, and says why the font is not used.
expect_exit 0 "$LIGHTNING" play "$deck" --window --total 0:02 --exit-at-end
expect_stderr "warning: "
expect_stderr "Talk.ttf cannot be opened"
expect_stderr "the bundled DejaVu Sans is used instead"

# A font file named in config.toml that does not exist: the same, named as config.toml's.
printf 'title = "Fonts"\n' > "$deck/deck.toml"
mkdir -p "$XDG_CONFIG_HOME/lightning"
printf 'font = "/no/such/folder/Missing.otf"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
grep -q "config.toml:1: font: the font file /no/such/folder/Missing.otf does not exist" \
  "$WORK/stdout" || fail "check does not report the missing font: $(cat "$WORK/stdout")"
expect_exit 0 "$LIGHTNING" play "$deck" --window --total 0:02 --exit-at-end
expect_stderr "Missing.otf does not exist"

# A font given by name is fontconfig's best match: never a finding.
printf 'font = "Some Font Nobody Has"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
if grep -q ': font: ' "$WORK/stdout"; then fail "a font name was reported: $(cat "$WORK/stdout")"; fi
