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

# Words no installed font can draw (here characters of plane 15's Private Use Area, which no font
# we install has: LibreOffice's OpenSymbol has some of the first plane's) would be boxes on the cards and the presenter view: check names them and what to install;
# Korean and emoji, which the installed Noto fonts draw, are not reported.
rm -f "$XDG_CONFIG_HOME/lightning/config.toml"
printf 'title = "Private \xf3\xb0\x80\x80 use"\nspeaker = "\xea\xb9\x80\xeb\xaf\xbc\xec\x88\x98 \xf0\x9f\x8e\x89"\n[[slide]]\nfile = "%s"\nnotes = "two \xf3\xb0\x80\x81\xf3\xb0\x80\x82"\n' \
  "$(basename "$(ls "$deck"/*.png | head -1)")" > "$deck/deck.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
grep -qF "title has 1 character no installed font can draw (U+F0000): it would show as a box" "$WORK/stdout" ||
  fail "undrawable title: $(cat "$WORK/stdout")"
grep -qF "slide 1 notes has 2 characters no installed font can draw (U+F0001, U+F0002)" "$WORK/stdout" ||
  fail "undrawable notes: $(cat "$WORK/stdout")"
if grep -q "speaker has" "$WORK/stdout"; then fail "Korean and emoji were reported: $(cat "$WORK/stdout")"; fi
