# lightning import through a real LibreOffice: a generated 20-slide Ignite PPTX (slide k's
# background is make_fixtures.py's COLOURS[k % 6]) becomes 20 pictures, slide k's picture its own
# colour, and check passes it as ignite; an Impress deck with two hidden pages keeps the other
# three, in order (LibreOffice is asked for every page; import drops the hidden ones). The time
# LibreOffice took is printed. The test command installs LibreOffice (libreoffice-impress-nogui);
# skipped (ctest says so) where soffice is not installed.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
if ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null; then
  skip "LibreOffice is not installed (apt-get install libreoffice-impress-nogui)"
fi
python3 "$SOURCE_DIR/tests/import/make_fixtures.py" "$WORK/fx"
cd "$WORK"
colours=("217,51,38" "38,140,64" "38,77,204" "230,179,26" "140,51,166" "26,153,166")
colour() {  # a pixel near the left edge, below the title: the slide's background
  convert "$1" -format '%[fx:int(255*p{20,300}.r+.5)],%[fx:int(255*p{20,300}.g+.5)],%[fx:int(255*p{20,300}.b+.5)]' info:
}
near() {  # near "r,g,b" "r,g,b": each channel within 8
  python3 -c 'import sys; a,b=[list(map(int,x.split(","))) for x in sys.argv[1:]]; sys.exit(max(abs(p-q) for p,q in zip(a,b))>8)' "$1" "$2"
}

start=$(now_ms)
expect_exit 0 "$LIGHTNING" import fx/ignite.pptx -o deck --size 640x360
echo "LibreOffice import of 20 slides: $(( $(now_ms) - start )) ms"
grep -q 'pictures 20 at 640x360 from LibreOffice' "$WORK/stdout" || fail "summary: $(cat "$WORK/stdout")"
for k in 1 2 3 7 20; do
  want=${colours[(k - 1) % 6]}
  got=$(colour "deck/slide-$(printf %02d "$k").png")
  near "$got" "$want" || fail "slide $k shows $got, wanted $want"
done
expect_exit 0 "$LIGHTNING" check deck
grep -q '20 slides, ignite' "$WORK/stdout" || fail "check: $(cat "$WORK/stdout")"

expect_exit 0 "$LIGHTNING" import fx/hidden.odp -o odp --size 640x360
grep -q '3 slides, five-minutes, 2 hidden left out' "$WORK/stdout" || fail "odp: $(cat "$WORK/stdout")"
for pair in "1 1" "2 3" "3 5"; do
  set -- $pair
  got=$(colour "odp/slide-0$1.png")
  near "$got" "${colours[$2 - 1]}" || fail "odp slide $1 shows $got, wanted page $2's ${colours[$2 - 1]}"
done
echo "import libreoffice: ok"
