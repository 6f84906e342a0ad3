# PDF decks: a slides-like PDF (made by tests/support/make_pdf.py, 16:9 pages and one 4:3 page)
# checks, plays headless, and renders page k at the instant slide k is due, page k-1 a
# millisecond before. A talk.pdf.toml beside it gives title, timing and notes; a damaged PDF is
# refused with a message that names it.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
MAKE_PDF="python3 $SOURCE_DIR/tests/support/make_pdf.py"
mkdir "$WORK/deck"
$MAKE_PDF "$WORK/deck/talk.pdf" 6 --four-three 4
pdf="$WORK/deck/talk.pdf"

expect_exit 0 "$LIGHTNING" check "$pdf"
grep -q '"talk": 6 slides, five-minutes' "$WORK/stdout" || fail "check: $(cat "$WORK/stdout")"
grep -q 'slide 4 (talk.pdf#page=4): is 4:3 while most slides are 16:9' "$WORK/stdout" ||
  fail "4:3 page not reported: $(cat "$WORK/stdout")"
# Its notes would live in talk.pdf.toml, not deck.toml: the info line names the right file.
grep -qF 'no talk.pdf.toml, so no notes: write one beside the slides' "$WORK/stdout" ||
  fail "notes info: $(cat "$WORK/stdout")"

# The page on screen is told by its background colour (make_pdf.py's COLOURS, sRGB 0-255).
colours=("217,51,38" "38,140,64" "38,77,204" "230,179,26" "140,51,166" "26,153,166")
pixel() { convert "$1" -format '%[fx:int(255*p{100,150}.r+.5)],%[fx:int(255*p{100,150}.g+.5)],%[fx:int(255*p{100,150}.b+.5)]' info:; }
near() {  # near "r,g,b" "r,g,b": each channel within 6
  python3 -c 'import sys; a,b=[list(map(int,x.split(","))) for x in sys.argv[1:]]; sys.exit(max(abs(p-q) for p,q in zip(a,b))>6)' "$1" "$2"
}
for k in 1 2 3 5 6; do
  at=$((k - 1))
  expect_exit 0 "$LIGHTNING" render "$pdf" --slide-seconds 1 --at "$at" --size 480x270 -o "$WORK/at.png"
  got=$(pixel "$WORK/at.png")
  near "$got" "${colours[k-1]}" || fail "page $k at ${at}s shows $got, wanted ${colours[k-1]}"
  if [ "$k" -gt 1 ]; then
    expect_exit 0 "$LIGHTNING" render "$pdf" --slide-seconds 1 --at "$at.999" --size 480x270 -o "$WORK/before.png"
    got=$(pixel "$WORK/before.png")
    near "$got" "${colours[k-1]}" || fail "page $k at ${at}.999s shows $got"
    expect_exit 0 "$LIGHTNING" render "$pdf" --slide-seconds 1 --at "$(awk -v a="$at" 'BEGIN{print a-0.001}')" --size 480x270 -o "$WORK/before.png"
    got=$(pixel "$WORK/before.png")
    near "$got" "${colours[k-2]}" || fail "page $((k-1)) not shown just before ${at}s: $got"
  fi
done
# The 4:3 page is letterboxed: black bars left and right on a 16:9 screen.
expect_exit 0 "$LIGHTNING" render "$pdf" --slide-seconds 1 --at 3.5 --size 480x270 -o "$WORK/four.png"
[ "$(convert "$WORK/four.png" -format '%[fx:int(255*p{5,200}.r)]' info:)" = 0 ] || fail "4:3 page not letterboxed"

# Play it: every page shown once, in order, on time.
expect_exit 0 "$LIGHTNING" play "$pdf" --window --window-size 640x360 --total 0:03 --exit-at-end --verbose
expect_stderr "shown=6 skipped=0"
expect_stderr "slide 6/6 talk.pdf#page=6 due 2.500 s"

# talk.pdf.toml: title, speaker, per-page seconds and notes; page = N picks pages.
cat > "$pdf.toml" <<'TOML'
title = "Slides from a PDF"
speaker = "Ada"
[[slide]]
seconds = 2
notes = "Open with the story"
[[slide]]
page = 3
seconds = 1
[[slide]]
seconds = 1.5
TOML
expect_exit 0 "$LIGHTNING" check "$pdf"
grep -q '"Slides from a PDF": 3 slides, five-minutes, 0:04.5 in all' "$WORK/stdout" || fail "toml: $(cat "$WORK/stdout")"
grep -q 'leave out 3 pages of the PDF (page 2, page 5, page 6), so they are not shown' "$WORK/stdout" || fail "unlisted page not warned: $(cat "$WORK/stdout")"
expect_exit 0 "$LIGHTNING" render "$pdf" --at 2.5 --size 480x270 -o "$WORK/at.png"
near "$(pixel "$WORK/at.png")" "${colours[2]}" || fail "page = 3 not shown second"
expect_exit 0 "$LIGHTNING" render "$pdf" --at 3.2 --size 480x270 -o "$WORK/at.png"
near "$(pixel "$WORK/at.png")" "${colours[3]}" || fail "the entry after page = 3 is not page 4"
printf '[[slide]]\nfile = "a.png"\n' > "$pdf.toml"
expect_exit 1 "$LIGHTNING" check "$pdf"
grep -qF "talk.pdf.toml:2: a PDF deck's [[slide]] names a page (page = 3), not a file" "$WORK/stdout" ||
  fail "file in a PDF deck's [[slide]]: $(cat "$WORK/stdout")"
printf '[[slide]]\npage = 9\n' > "$pdf.toml"
expect_exit 1 "$LIGHTNING" check "$pdf"
grep -qF "talk.pdf.toml:2: page must be a page number from 1 to 6" "$WORK/stdout" || fail "page 9: $(cat "$WORK/stdout")"
rm "$pdf.toml"

# A folder holding one PDF is that PDF's deck.
expect_exit 0 "$LIGHTNING" check "$WORK/deck"
grep -q '"talk": 6 slides' "$WORK/stdout" || fail "folder with a PDF: $(cat "$WORK/stdout")"

# A half-copied PDF is refused by name, before the talk.
$MAKE_PDF "$WORK/cut.pdf" 6 --damage
expect_exit 1 "$LIGHTNING" check "$WORK/cut.pdf"
grep -qF "cannot open PDF deck $WORK/cut.pdf: it is not a PDF or it is damaged" "$WORK/stdout" ||
  fail "damaged PDF: $(cat "$WORK/stdout")"
expect_exit 1 "$LIGHTNING" play "$WORK/cut.pdf" --window
expect_stderr "it is not a PDF or it is damaged"
echo "pdf: ok"
