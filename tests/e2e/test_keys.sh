# `lightning keys` prints every mode's keys from the keymaps the windows use, and the key tables
# of docs/keys.md are exactly its --markdown output (so the docs cannot drift from the program).
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$LIGHTNING" keys
grep -q "hold 1 s to stop the talk" "$WORK/stdout" || fail "keys: no hold-Esc line"
grep -q "skip this talk" "$WORK/stdout" || fail "keys: no title-card keys"

expect_exit 0 "$LIGHTNING" keys --markdown
cp "$WORK/stdout" "$WORK/generated.md"
sed -n '/^<!-- keys: begin/,/^<!-- keys: end/p' "$SOURCE_DIR/docs/keys.md" | sed '1d;$d' > "$WORK/docs.md"
[ -s "$WORK/docs.md" ] || fail "docs/keys.md has no <!-- keys: begin --> ... <!-- keys: end --> section"
diff -u "$WORK/docs.md" "$WORK/generated.md" ||
  fail "docs/keys.md's keys differ from 'lightning keys --markdown': paste its output between the markers"

if "$LIGHTNING" keys >/dev/full 2>"$WORK/stderr"; then fail "keys > /dev/full exited 0"; fi
expect_stderr "could not be written"
