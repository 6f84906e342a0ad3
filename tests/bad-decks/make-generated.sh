#!/usr/bin/env bash
# Makes the bad decks that cannot live in git (too large, symbolic-link loops, permissions) into
# OUT, beside copies of nothing: the committed cases stay in tests/bad-decks/ itself.
#   thousand/       1000 slides (hard links to one small picture)
#   symlink-loop    a -> b -> a
#   unreadable/     a deck whose second slide nobody may read (mode 000)
#   locked/         a deck folder nobody may list (mode 000)
#   damaged.pdf     a PDF cut to a third, as from a half-copied USB stick
#   missing/        is NOT made: a deck folder that does not exist
set -euo pipefail
out=${1:?usage: make-generated.sh OUT}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out/thousand" "$out/unreadable" "$out/locked"
cp "$here/zero-byte/1.png" "$out/thousand/slide1.png"
for i in $(seq 2 1000); do ln "$out/thousand/slide1.png" "$out/thousand/slide$i.png"; done
ln -sfn "$out/symlink-loop-b" "$out/symlink-loop"
ln -sfn "$out/symlink-loop" "$out/symlink-loop-b"
cp "$here/zero-byte/1.png" "$out/unreadable/1.png"
cp "$here/zero-byte/3.png" "$out/unreadable/2.png"
chmod 000 "$out/unreadable/2.png"
cp "$here/zero-byte/1.png" "$out/locked/1.png"
chmod 000 "$out/locked"
python3 "$here/../support/make_pdf.py" "$out/damaged.pdf" 6 --damage
# Issue 15: pictures that claim more pixels than any slide needs (refused from their headers,
# before a decoder allocates), names that are not UTF-8, paths that leave the deck.
#   tiff-bomb/ webp-bomb/ gif-bomb/ bmp-bomb/   slide 2 claims 30000x30000 in a few bytes
#   latin1-name/     slide 2 is an empty file named caf\xE9.png (Latin-1, not UTF-8)
#   link-outside/    slide 2 is a symbolic link to a picture outside the deck folder
#   toml-folder/     deck.toml is a folder
mk_bomb() {  # mk_bomb CASE NAME: a deck whose slide 2 is the bytes from stdin
  mkdir -p "$out/$1"
  cp "$here/zero-byte/1.png" "$out/$1/1.png"
  cat > "$out/$1/$2"
}
python3 - "$out" <<'PY'
import struct, sys
out = sys.argv[1]
# TIFF: one directory, ImageWidth and ImageLength 30000 (LONG), then a strip that is not there.
entries = [(256, 4, 1, 30000), (257, 4, 1, 30000), (258, 3, 1, 8), (262, 3, 1, 1), (273, 4, 1, 8),
           (277, 3, 1, 1), (278, 4, 1, 30000), (279, 4, 1, 16)]
tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", len(entries))
for tag, kind, count, value in entries:
    tiff += struct.pack("<HHII", tag, kind, count, value)
open(out + "/tiff.bin", "wb").write(tiff + struct.pack("<I", 0))
# WebP (extended): a 30000x30000 canvas in 34 bytes.
vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([0, 0, 0, 0]) + (29999).to_bytes(3, "little") * 2
open(out + "/webp.bin", "wb").write(b"RIFF" + struct.pack("<I", 4 + len(vp8x)) + b"WEBP" + vp8x)
# GIF: a small screen but a 30000x30000 first frame.
gif = b"GIF89a" + struct.pack("<HHBBB", 10, 10, 0, 0, 0) + b"\x2c" + struct.pack("<HHHHB", 0, 0, 30000, 30000, 0)
open(out + "/gif.bin", "wb").write(gif + b"\x02\x02\x44\x01\x00\x3b")
# BMP: BITMAPINFOHEADER claiming 30000x30000 at 24 bits.
bmp = b"BM" + struct.pack("<IHHI", 54, 0, 0, 54) + struct.pack("<IiiHHIIiiII", 40, 30000, 30000, 1, 24, 0, 0, 0, 0, 0, 0)
open(out + "/bmp.bin", "wb").write(bmp)
PY
mk_bomb tiff-bomb 2.tif < "$out/tiff.bin"
mk_bomb webp-bomb 2.webp < "$out/webp.bin"
mk_bomb gif-bomb 2.gif < "$out/gif.bin"
mk_bomb bmp-bomb 2.bmp < "$out/bmp.bin"
rm "$out"/*.bin
mk_bomb latin1-name "caf"$'\xe9'".png" < /dev/null
mkdir -p "$out/link-outside" "$out/outside"
cp "$here/zero-byte/1.png" "$out/link-outside/1.png"
cp "$here/zero-byte/3.png" "$out/outside/secret.png"
ln -sfn "$out/outside/secret.png" "$out/link-outside/2.png"
mkdir -p "$out/toml-folder/deck.toml"
cp "$here/zero-byte/1.png" "$out/toml-folder/1.png"
# Issue 22: a TGA and a GIF cut short, which SDL_image would show with their missing rows blank.
#   truncated-tga/ truncated-gif/   slide 2 is cut off inside its pixel data
python3 - "$out" <<'PY'
import struct, sys
out = sys.argv[1]
# TGA: uncompressed 24-bit, 64x36, cut after 1000 of its 6930 bytes.
tga = struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, 64, 36, 24, 0x20) + bytes(64 * 36 * 3)
open(out + "/tga.bin", "wb").write(tga[:1000])
# GIF: a 16x8 frame whose data blocks stop after the first (the file ends inside them).
gif = b"GIF89a" + struct.pack("<HHBBB", 16, 8, 0, 0, 0) + b"\x2c" + struct.pack("<HHHHB", 0, 0, 16, 8, 0)
open(out + "/gif.bin", "wb").write(gif + b"\x02\x0a" + bytes(10) + b"\x0a" + bytes(4))
PY
mk_bomb truncated-tga 2.tga < "$out/tga.bin"
mk_bomb truncated-gif 2.gif < "$out/gif.bin"
rm "$out"/*.bin
