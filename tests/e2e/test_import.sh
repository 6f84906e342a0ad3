# lightning import: a generated PowerPoint Ignite deck (shuffled ids, part names and notes numbers,
# timings half inside mc:AlternateContent) with the speaker's PDF becomes a deck that check passes
# as ignite, page k on slide k with slide k's notes; a PechaKucha deck's 30 s slide and 4:3 shape
# are found; an Impress deck's hidden pages are left out; every trap file (tests/import/
# make_fixtures.py) is refused with its one-line answer and nothing written.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
# No LibreOffice here, whatever the machine has: the pictures come from --pictures or not at all.
export LIGHTNING_SOFFICE=/nonexistent/soffice
python3 "$SOURCE_DIR/tests/import/make_fixtures.py" "$WORK/fx"
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/talk.pdf" 20
cd "$WORK"

expect_exit 0 "$LIGHTNING" import fx/ignite.pptx --pictures talk.pdf -o deck --size 480x270
grep -q '20 slides, ignite' "$WORK/stdout" || fail "summary: $(cat "$WORK/stdout")"
grep -qF '"Slide title 1" (from the first slide'"'"'s title (the metadata'"'"'s "PowerPoint Presentation" is a leftover))' \
  "$WORK/stdout" || fail "title source: $(cat "$WORK/stdout")"
[ "$(ls deck/slide-*.png | wc -l)" -eq 20 ] || fail "pictures: $(ls deck)"
grep -q '^format = "ignite"' deck/deck.toml || fail "format: $(cat deck/deck.toml)"
# Show order k has notes "Notes for slide k", whatever its part and notes part are named.
python3 - deck/deck.toml <<'PY' || fail "notes order: $(cat deck/deck.toml)"
import sys, tomllib
slides = tomllib.load(open(sys.argv[1], "rb"))["slide"]
assert [s["notes"] for s in slides] == [f"Notes for slide {k}" for k in range(1, 21)], slides
assert [s["file"] for s in slides] == [f"slide-{k:02d}.png" for k in range(1, 21)]
PY
expect_exit 0 "$LIGHTNING" check deck
grep -q '20 slides, ignite, 5:00.0 in all' "$WORK/stdout" || fail "check: $(cat "$WORK/stdout")"
grep -q '^OK' "$WORK/stdout" || fail "check: $(cat "$WORK/stdout")"
# Pixels, roughly: slide 3's picture is page 3 (make_pdf.py's third colour, 38,77,204).
got=$(convert deck/slide-03.png -format '%[fx:int(255*p{100,150}.r+.5)],%[fx:int(255*p{100,150}.g+.5)],%[fx:int(255*p{100,150}.b+.5)]' info:)
python3 -c 'import sys; a=list(map(int,sys.argv[1].split(","))); sys.exit(max(abs(p-q) for p,q in zip(a,[38,77,204]))>6)' "$got" ||
  fail "slide 3 shows $got, not page 3"
[ "$(identify -format '%wx%h' deck/slide-01.png)" = 480x270 ] || fail "picture size"

# -o that is not empty is refused unless --force.
expect_exit 2 "$LIGHTNING" import fx/ignite.pptx --pictures talk.pdf -o deck
expect_stderr "deck exists and is not empty; choose another -o, or add --force"
expect_exit 0 "$LIGHTNING" import fx/ignite.pptx --pictures talk.pdf -o deck --force --size 480x270

# The JSON preflight of a PechaKucha deck with one 30 s slide, 4:3 on a 16:9 projector.
expect_exit 0 "$LIGHTNING" import fx/pechakucha-30s.pptx -o pk --json --sheet sheet.png
python3 - "$WORK/stdout" <<'PY' || fail "pechakucha json: $(cat "$WORK/stdout")"
import json, sys
out = json.load(open(sys.argv[1]))
assert out["format"] == "five-minutes" and out["aimed_format"] == "pechakucha", out
messages = {f["message"]: f for f in out["findings"]}
assert messages["slide 2 advances after 30 s; PechaKucha is 20 s"]["deck_slide"] == 2
assert any(f["kind"] == "shape" and "4:3" in f["message"] for f in out["findings"])
assert messages["slide 7 waits for a click; PechaKucha advances every 20 s"]["deck_slide"] == 7
assert out["pictures"] is None and "libreoffice-impress-nogui" in out["next_step"]
PY
grep -q '^seconds = 30' pk/deck.toml || fail "the 30 s slide's seconds: $(cat pk/deck.toml)"
expect_stderr "no --sheet without pictures"
[ ! -e sheet.png ] || fail "a sheet without pictures"
# With pictures, the sheet: the two slides with findings (2 and 7) framed in the findings' red
# (the palette's "over", 255,110,100); the Ignite deck's sheet, whose only per-slide findings are
# transitions (left off the sheet), has none of that red.
red_pixels() {
  convert "$1" -fill black +opaque "rgb(255,110,100)" -fill white -opaque "rgb(255,110,100)" \
    -format "%[fx:int(mean*w*h+0.5)]" info:
}
expect_exit 0 "$LIGHTNING" import fx/pechakucha-30s.pptx -o pk --force --pictures talk.pdf \
  --size 960x540 --sheet sheet.png
[ "$(identify -format '%wx%h' sheet.png)" = 960x540 ] || fail "sheet size"
[ "$(red_pixels sheet.png)" -gt 500 ] || fail "no marked slide on the sheet"
expect_exit 0 "$LIGHTNING" import fx/ignite.pptx -o ig --pictures talk.pdf --size 960x540 \
  --sheet clean.png
[ "$(red_pixels clean.png)" -eq 0 ] || fail "the Ignite sheet has marks"

# Impress: hidden pages (in the style and on the page) are left out and listed.
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/three.pdf" 3
expect_exit 0 "$LIGHTNING" import fx/hidden.odp --pictures three.pdf -o odp --size 480x270
grep -q '3 slides, five-minutes, 2 hidden left out' "$WORK/stdout" || fail "odp: $(cat "$WORK/stdout")"
grep -q 'slide 4  *slide 4 is hidden' "$WORK/stdout" || fail "odp hidden: $(cat "$WORK/stdout")"
grep -q 'notes = "The point"' odp/deck.toml || fail "odp notes: $(cat odp/deck.toml)"
expect_exit 0 "$LIGHTNING" check odp
# A PDF with a page per slide, hidden ones included, gives the shown slides' pages (1, 3, 5:
# make_pdf.py's first, third and fifth colours); any other page count is refused naming both.
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/five.pdf" 5
expect_exit 0 "$LIGHTNING" import fx/hidden.odp --pictures five.pdf -o odp5 --size 480x270
colour() {
  convert "$1" -format '%[fx:int(255*p{100,150}.r+.5)],%[fx:int(255*p{100,150}.g+.5)],%[fx:int(255*p{100,150}.b+.5)]' info:
}
near() {  # near "r,g,b" "r,g,b": each channel within 6
  python3 -c 'import sys; a,b=[list(map(int,x.split(","))) for x in sys.argv[1:]]; sys.exit(max(abs(p-q) for p,q in zip(a,b))>6)' "$1" "$2"
}
near "$(colour odp5/slide-02.png)" "38,77,204" || fail "odp slide 2 is not page 3: $(colour odp5/slide-02.png)"
near "$(colour odp5/slide-03.png)" "140,51,166" || fail "odp slide 3 is not page 5"
expect_exit 1 "$LIGHTNING" import fx/hidden.odp --pictures talk.pdf -o odp2
expect_stderr "talk.pdf has 20 pages but fx/hidden.odp shows 3 slides (2 hidden left out, 5 in all)"
[ ! -e odp2 ] || fail "odp2 was made for a refused import"

# Every trap: a one-line answer, exit 1, nothing written.
trap_case() {  # trap_case FILE MESSAGE
  expect_exit 1 "$LIGHTNING" import "fx/$1" -o "out-$1"
  expect_stderr "$2"
  [ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "$1: more than one line: $(cat "$WORK/stderr")"
  [ ! -e "out-$1" ] || fail "$1: out-$1 was made"
}
trap_case zip-bomb.pptx 'inflates to 1024 MB'
trap_case dotdot.pptx 'climbs out of its folder'
trap_case old.ppt 'an OLE container, not a zip'
trap_case truncated.pptx 'not a whole zip file'
trap_case damaged.pptx 'part ppt/slides/slide5.xml (slide 3) is damaged XML'
trap_case keynote.key 'File > Export To > PowerPoint'
[ ! -e "$WORK/escape.txt" ] && [ ! -e "$WORK/../escape.txt" ] || fail "an entry escaped"
expect_exit 1 "$LIGHTNING" import "https://docs.google.com/presentation/d/x/edit"
expect_stderr "File > Download > Microsoft PowerPoint (.pptx)"
echo "import: ok"
