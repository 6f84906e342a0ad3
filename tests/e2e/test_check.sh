# check: a clean deck passes (exit 0), broken ones fail (exit 1) with findings that name the
# file and line, usage errors exit 2, --json is valid JSON.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$LIGHTNING" check "$SOURCE_DIR/decks/demo"
grep -q '^OK   .*decks/demo' "$WORK/stdout" || fail "demo deck not OK: $(cat "$WORK/stdout")"
grep -q '20 slides, ignite, 5:00.0 in all' "$WORK/stdout" || fail "summary line missing"

deck=$(demo_copy broken)
printf 'not a picture' > "$deck/03-drift.png"
: > "$deck/02-problem.png"
echo "notes" > "$deck/readme.txt"
printf 'format = "ignite"\ncolour = "blue"\n' > "$deck/deck.toml"
expect_exit 1 "$LIGHTNING" check "$deck"
out=$(cat "$WORK/stdout")
grep -q '^FAIL' <<<"$out" || fail "broken deck not FAIL"
grep -q 'error   slide 2 (02-problem.png): the file is empty' <<<"$out" || fail "empty file not reported: $out"
grep -q 'error   slide 3 (03-drift.png): the file holds text, not a picture' <<<"$out" || fail "bad PNG not reported: $out"
grep -q "deck.toml:2: unknown key 'colour'" <<<"$out" || fail "unknown key not reported: $out"
grep -q 'ignite talks have 20 slides; this deck has 4' <<<"$out" || fail "slide count not reported: $out"
grep -q 'info    readme.txt: not a slide image' <<<"$out" || fail "non-slide file not reported: $out"

printf 'format = "ignite"\n[[slide]]\nfile = "01-title.png"\n[[slide]]\nfile = "nope.png"\n' > "$deck/deck.toml"
expect_exit 1 "$LIGHTNING" check "$deck"
grep -q 'deck.toml:4: slide file "nope.png" does not exist' "$WORK/stdout" || fail "missing [[slide]] file: $(cat "$WORK/stdout")"

expect_exit 1 "$LIGHTNING" check "$SOURCE_DIR/decks/demo" "$WORK/missing"
grep -q '^OK   .*decks/demo' "$WORK/stdout" || fail "a bad deck must not hide a good one"

ln -s "$WORK/loop-b" "$WORK/loop-a"; ln -s "$WORK/loop-a" "$WORK/loop-b"
expect_exit 1 "$LIGHTNING" check "$WORK/loop-a"
grep -q 'Too many levels of symbolic links' "$WORK/stdout" || fail "symlink loop: $(cat "$WORK/stdout")"

expect_exit 2 "$LIGHTNING" check
expect_exit 0 "$LIGHTNING" check --json "$SOURCE_DIR/decks/demo"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[0]["plays"] and d[0]["slides"]==20 and len(d[0]["slide_facts"])==20' \
  "$WORK/stdout" || fail "--json output is wrong"
# A title, a speaker and a file name holding escape sequences are printed made visible (\x1b),
# never raw: the organizer's terminal is not cleared or retitled.
deck=$(demo_copy escapes)
printf 'title = "Clear \\u001b[2J screen"\nspeaker = "bell \\u0007"\n' > "$deck/deck.toml"
expect_exit 0 "$LIGHTNING" check "$deck"
if grep -q $'\x1b' "$WORK/stdout" "$WORK/stderr"; then fail "check printed a raw ESC byte"; fi
grep -qF 'Clear \x1b[2J screen' "$WORK/stdout" || fail "the title is not shown escaped: $(cat "$WORK/stdout")"
# PNGs and JPEGs are vouched for by their structure, not decoded: a whole one passes, one whose
# bytes changed after it was written fails by its CRC even when it still decodes (stored zlib
# blocks: a flipped byte is a wrong pixel, not an error for libpng), one cut short fails.
deck="$WORK/structure"; mkdir "$deck"
python3 - "$deck" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = b"".join(b"\0" + bytes((x * 3 + y) % 256 for x in range(320 * 3)) for y in range(180))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 320, 180, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))
open(sys.argv[1] + "/1-whole.png", "wb").write(png)
flipped = bytearray(png); flipped[33 + 8 + 1000] ^= 0x40  # a pixel byte in the stored block
open(sys.argv[1] + "/2-flipped.png", "wb").write(flipped)
open(sys.argv[1] + "/3-cut.png", "wb").write(png[: len(png) // 2])
PY
convert -size 320x180 gradient:red-blue "$deck/4-whole.jpg"
head -c -2 "$deck/4-whole.jpg" > "$deck/5-no-eoi.jpg"
expect_exit 1 "$LIGHTNING" check "$deck" --size 320x180
out=$(cat "$WORK/stdout")
grep -qF 'error   slide 2 (2-flipped.png): the PNG file is damaged (the IDAT chunk at byte 33 fails its CRC check: its bytes changed after it was written); it may show with wrong pixels' <<<"$out" ||
  fail "a flipped byte is not found: $out"
grep -qF 'error   slide 3 (3-cut.png): the PNG file is damaged or cut short' <<<"$out" || fail "a cut PNG: $out"
grep -qF 'error   slide 5 (5-no-eoi.jpg): the JPEG file is damaged' <<<"$out" || fail "a JPEG without EOI: $out"
if grep -E 'slide (1|4) ' <<<"$out" | grep -q error; then fail "a whole file is reported: $out"; fi
echo "check: ok"
