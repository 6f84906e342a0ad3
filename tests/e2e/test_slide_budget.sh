# A picture too costly to be ready in its slot is refused the same way by check and play: an
# interlaced PNG of 7000x6000 (decoded whole, not streamed: it took 630 MB and seconds) fails
# check with what to do, and play shows that slide's placeholder while the clock goes on.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"

deck=$(demo_copy huge)
# Adam7 grey PNG, every pass's rows zero (black): made with zlib, no image tool needed.
python3 - "$deck/02-huge.png" <<'PY'
import struct, sys, zlib
w, h = 7000, 6000
passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
raw = bytearray()
for x0, y0, dx, dy in passes:
    pw, ph = (w - x0 + dx - 1) // dx, (h - y0 + dy - 1) // dy
    if pw and ph:
        raw += bytes(ph * (1 + pw))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 1))
png += chunk(b"IDAT", zlib.compress(bytes(raw), 1)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY

expect_exit 1 "$LIGHTNING" check "$deck"
grep -q "02-huge.png" "$WORK/stdout" || fail "the slide is not named: $(cat "$WORK/stdout")"
grep -q "interlaced PNG is 7000x6000 pixels, and a picture of this kind is decoded whole" "$WORK/stdout" ||
  fail "check does not say why: $(cat "$WORK/stdout")"
grep -q "as a PNG without interlacing" "$WORK/stdout" || fail "check does not say what to do"

# play: the talk runs to its end; slide 2 is its placeholder, on time.
expect_exit 0 "$LIGHTNING" play "$deck" --window --window-size 320x180 --total 0:04 --exit-at-end --verbose
expect_stderr "summary: end=finished"
grep -qE "^slide 2/5 " "$WORK/stderr" || fail "slide 2 was not shown (its placeholder)"
echo "slide budget: ok"
