# The README's pictures are made by scripts/make-readme-pictures.sh, not by hand: the script runs
# with this build into a temporary folder (a few seconds, no display) and makes every picture the
# README or a page in docs/ shows; each of those is also committed in docs/pictures/, and the
# README's `check` output is what check prints today.
source "$(dirname "$0")/lib.sh"
out="$WORK/pictures"
expect_exit 0 bash "$SOURCE_DIR/scripts/make-readme-pictures.sh" "$(dirname "$LIGHTNING")" "$out"

refs=$(grep -oE 'docs/pictures/[A-Za-z0-9._-]+\.png' "$SOURCE_DIR/README.md" | sort -u)
[ "$(wc -w <<<"$refs")" -ge 5 ] || fail "the README shows too few pictures: $refs"
# The pages in docs/ show pictures too, relative to themselves (pictures/x.png): the same rules.
refs="$refs $({ grep -ohE '\]\(pictures/[A-Za-z0-9._-]+\.png' "$SOURCE_DIR"/docs/*.md || true; } |
  sed 's/^](/docs\//' | sort -u)"
for ref in $refs; do
  name=${ref#docs/pictures/}
  [ -s "$SOURCE_DIR/$ref" ] || fail "the README or docs show $ref, which is not committed (run scripts/make-readme-pictures.sh)"
  [ -s "$out/$name" ] || fail "the README or docs show $ref, which make-readme-pictures.sh does not make"
  # Small pictures: PNGs 960 to 1280 px wide.
  width=$(python3 -c 'import struct, sys; d = open(sys.argv[1], "rb").read(24); assert d[:8] == b"\x89PNG\r\n\x1a\n"; print(struct.unpack(">I", d[16:20])[0])' "$out/$name") \
    || fail "$name is not a PNG"
  [ "$width" -ge 960 ] && [ "$width" -le 1280 ] || fail "$name is $width px wide"
done
total=$(du -cb "$SOURCE_DIR"/docs/pictures/*.png | tail -1 | cut -f1)
[ "$total" -lt 1600000 ] || fail "docs/pictures holds $total bytes of PNG"

# The README quotes check's output for the demo deck line for line.
while IFS= read -r line; do
  grep -qxF -- "$line" "$SOURCE_DIR/README.md" || fail "README lacks check's line: $line"
done <"$out/check.txt"
echo "readme pictures: ok"
