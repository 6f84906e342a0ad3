# `lightning config [DECK]` prints values from config.toml and deck.toml escaped: an escape
# sequence in a font name shows as \x1b, never reaches the terminal raw.
source "$(dirname "$0")/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/lightning" "$WORK/deck"
printf 'font = "\\u001b]0;owned\\u0007Evil Sans"\n' > "$XDG_CONFIG_HOME/lightning/config.toml"
expect_exit 0 "$LIGHTNING" config
grep -qF 'font              = \x1b]0;owned\x07Evil Sans' "$WORK/stdout" || fail "font line: $(grep font "$WORK/stdout")"
! grep -q $'\x1b' "$WORK/stdout" || fail "a raw escape reached the terminal"

cp "$SOURCE_DIR"/decks/demo/0[1-2]-*.png "$WORK/deck/"
printf 'title = "t"\n[settings]\nbackground = "#000000"\nfont = "\\u001b[2JWiped"\n' > "$WORK/deck/deck.toml"
expect_exit 0 "$LIGHTNING" config "$WORK/deck"
grep -qF '\x1b[2JWiped' "$WORK/stdout" || fail "deck font line: $(grep font "$WORK/stdout")"
! grep -q $'\x1b' "$WORK/stdout" || fail "a raw escape from deck.toml reached the terminal"
echo "config escapes: ok"
