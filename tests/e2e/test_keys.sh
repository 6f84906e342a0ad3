# `lightning keys` prints every mode's keys from the keymaps the windows use, and the README's
# key tables are exactly its --markdown output (so the README cannot drift from the program).
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$LIGHTNING" keys
grep -q "hold 1 s to stop the talk" "$WORK/stdout" || fail "keys: no hold-Esc line"
grep -q "skip this talk" "$WORK/stdout" || fail "keys: no title-card keys"

expect_exit 0 "$LIGHTNING" keys --markdown
cp "$WORK/stdout" "$WORK/generated.md"
sed -n '/^<!-- keys: begin/,/^<!-- keys: end/p' "$SOURCE_DIR/README.md" | sed '1d;$d' > "$WORK/readme.md"
[ -s "$WORK/readme.md" ] || fail "README.md has no <!-- keys: begin --> ... <!-- keys: end --> section"
diff -u "$WORK/readme.md" "$WORK/generated.md" ||
  fail "README's keys differ from 'lightning keys --markdown': paste its output between the markers"

if "$LIGHTNING" keys >/dev/full 2>"$WORK/stderr"; then fail "keys > /dev/full exited 0"; fi
expect_stderr "could not be written"
