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
