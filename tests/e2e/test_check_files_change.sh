# check while another program cuts the deck's files short and writes them again (a `cp` over the
# folder, a sync client): each run may find slides damaged or fine, but check must never die of a
# signal (a memory-mapped file cut short is SIGBUS). Exit 0 or 1 only.
source "$(dirname "$0")/lib.sh"

deck="$WORK/changing"; mkdir "$deck" "$WORK/orig"
python3 - "$WORK/orig" <<'PY'
import os, struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
w, h = 1280, 720
for i in range(6):
    # Noise compresses badly: each file is a few MB, so a read takes long enough to be cut into.
    rows = b"".join(b"\0" + os.urandom(w * 3) for _ in range(h))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))
    open(f"{sys.argv[1]}/{i:02}.png", "wb").write(png)
PY
cp "$SOURCE_DIR"/decks/demo/0[1-2]-*.png "$WORK/orig/"
convert -size 1280x720 xc: +noise Random -quality 95 "$WORK/orig/10-noise.jpg"
cp "$WORK"/orig/* "$deck/"

# The writer: in place, as cp and truncate do (the same inode, cut to a few bytes, then filled
# again), never by rename. It runs until this test stops it.
(
  set +e
  while :; do
    for f in "$WORK"/orig/*; do
      name="$deck/$(basename "$f")"
      truncate -s 100 "$name"
      cp "$f" "$name"
      : > "$name"
      cp "$f" "$name"
    done
  done
) &
writer=$!
trap 'kill "$writer" 2>/dev/null || true; wait "$writer" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for run in $(seq 1 25); do
  set +e; "$LIGHTNING" check "$deck" >"$WORK/stdout" 2>"$WORK/stderr"; got=$?; set -e
  [ "$got" -le 1 ] || fail "check run $run ended with exit $got (a signal?) while files changed"
done
