#!/usr/bin/env bash
# Generates the demo deck in decks/demo/: 20 slides (1920x1080 PNG), a short tour of what
# lightning does, with its real commands and keys (as `lightning keys` prints them), plus
# deck.toml with the speaker notes. Format "ignite": 20 slides x 15 s = 5:00.
#
# Needs ImageMagick (`convert`) and the DejaVu fonts (fonts-dejavu-core).
#
# Layout rules (the player draws its countdown overlay on top of the slides):
#   * nothing important in the top-right corner (x > 1400, y < 300);
#   * nothing in the bottom 20 px.
# The script measures every headline and body line and stops if one would
# run into the overlay corner or into the slide's drawing.
#
# Usage: scripts/make-demo-deck.sh [OUTPUT_DIR]   (default: decks/demo)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../decks/demo"}
mkdir -p "$out"
# Slides renamed since an earlier run must not stay behind as extra slides.
rm -f "$out"/[0-9][0-9]-*.png

FONTDIR=${FONTDIR:-/usr/share/fonts/truetype/dejavu}
SANS=$FONTDIR/DejaVuSans.ttf
BOLD=$FONTDIR/DejaVuSans-Bold.ttf
MONO=$FONTDIR/DejaVuSansMono.ttf
for f in "$SANS" "$BOLD" "$MONO"; do
    [[ -r $f ]] || { echo "missing font: $f (apt-get install fonts-dejavu-core)" >&2; exit 1; }
done
command -v convert >/dev/null || { echo "missing ImageMagick convert" >&2; exit 1; }

W=1920 H=1080 N=20
X0=120                  # left margin
OVERLAY_X=1400          # overlay corner: x > 1400 ...
OVERLAY_Y=300           # ... and y < 300 stays free
HEAD_PT=92 HEAD_Y=185   # headline size and baseline
BODY_PT=58 BODY_Y=400 BODY_DY=92
TEXT='#f4f4f4'

source "$here/demo-deck-draw.sh"

# ---------------------------------------------------------------- slides

notes=()   # speaker notes, one per slide, in order
files=()

# Hues: slide i gets hue 220 + 126*(i-1) (mod 360), so neighbours differ clearly
hue() { echo $(( (220 + 126 * ($1 - 1)) % 360 )); }

s=1; f=01-title.png; begin $s "$(hue $s)"
A+=(-font "$BOLD" -pointsize 200 -fill white -annotate "+110+470" "lightning"
    -fill "$ACC" -draw "roundrectangle 120,548 420,564 8,8"
    -font "$SANS" -pointsize 72 -fill "$TEXT" -annotate "+120+680" "a slide player that keeps time"
    -font "$SANS" -pointsize 48 -fill "$DIM" -annotate "+120+790" "The lightning team")
bolt 0 20
finish $s $f; files+=("$f")
notes+=("Hi, we are the lightning team. This is a five-minute tour of lightning, a slide player that keeps time.")

s=2; f=02-problem.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "The problem"
body "Lightning talks are timed to the second." \
     "Ignite: 20 slides × 15 s" \
     "PechaKucha: 20 slides × 20 s" \
     "Often a hard limit: 5:00, then you stop."
# stopwatch with the first 15 s highlighted
A+=(-fill "$DIM" -draw "roundrectangle 1580,372 1620,420 6,6" -draw "roundrectangle 1550,352 1650,382 10,10")
clockface 1600 640 210
A+=(-fill "$ACC" -draw "path 'M 1600,640 L 1600,468 A 172,172 0 0,1 1772,640 Z'")
hand 1600 640 170 90 10 white
A+=(-fill white -draw "circle 1600,640 1614,640")
finish $s $f; files+=("$f")
notes+=("Lightning talks are strict: Ignite is twenty slides of fifteen seconds, PechaKucha twenty of twenty, and many events cut you off at five minutes.")

s=3; f=03-drift.png; begin $s "$(hue $s)"; BODY_MAX=1800
headline "Other players drift"
body "Each flip waits for the next image to decode." \
     "A few milliseconds late, slide after slide —" \
     "small delays add up, and the talk runs long."
# planned vs actual timelines
A+=(-font "$SANS" -pointsize 36 -fill "$DIM" -annotate "+120+722" "planned" -annotate "+120+842" "actual"
    -stroke "$DIM" -strokewidth 4 -draw "line 380,710 1760,710" -draw "line 380,830 1760,830" -stroke none)
for i in 0 1 2 3 4 5 6 7; do
    x=$(( 420 + i * 180 )); xa=$(( x + i * i * 3 ))
    A+=(-fill "$TEXT" -draw "roundrectangle $((x - 6)),680 $((x + 6)),740 4,4"
        -fill "$ACC" -draw "roundrectangle $((xa - 6)),800 $((xa + 6)),860 4,4")
done
A+=(-stroke "$ACC" -strokewidth 3 -draw "line 1680,748 1680,792" -draw "line 1827,748 1827,792"
    -draw "line 1680,770 1827,770" -stroke none)
finish $s $f; files+=("$f")
notes+=("Most players flip when the previous wait ends plus decoding time, so every slide is a little late and by slide twenty you have lost seconds.")

s=4; f=04-hard-clock.png; begin $s "$(hue $s)"
headline "The hard clock"
body "Slide k appears at start + its offset," \
     "on the monotonic clock." \
     "Offsets are never sums of waits:" \
     "a late flip cannot push the next."
clockface 1620 640 200
hand 1620 640 110 300 16 white
hand 1620 640 160 90 10 white
hand 1620 640 175 180 5 "$ACC"
A+=(-fill "$ACC" -draw "circle 1620,640 1634,640")
finish $s $f; files+=("$f")
notes+=("lightning has one hard clock: slide k is due at the start plus its planned offset on the monotonic clock. Offsets are never added up from waits, so a late flip cannot make the next slide late.")

s=5; f=05-stall.png; begin $s "$(hue $s)"; BODY_MAX=1800
headline "If the laptop stalls"
body "The schedule wins: the slide due now is shown." \
     "Slides that were skipped are logged," \
     "not replayed late."
for i in 1 2 3 4 5 6 7; do
    x=$(( 300 + (i - 1) * 200 ))
    case $i in
        4|5) A+=(-fill "$PANEL" -stroke "$DIM" -strokewidth 3 -draw "rectangle $x,680 $((x + 160)),770"
                 -stroke "$ACC" -strokewidth 6 -draw "line $((x + 40)),695 $((x + 120)),755"
                 -draw "line $((x + 120)),695 $((x + 40)),755" -stroke none) ;;
        6)   A+=(-fill "$ACC" -draw "rectangle $x,680 $((x + 160)),770"
                 -font "$BOLD" -pointsize 44 -fill "$BG" -annotate "+$((x + 66))+742" "$i") ;;
        7)   A+=(-fill none -stroke "$DIM" -strokewidth 3 -draw "rectangle $x,680 $((x + 160)),770" -stroke none
                 -font "$BOLD" -pointsize 44 -fill "$DIM" -annotate "+$((x + 66))+742" "$i") ;;
        *)   A+=(-fill none -stroke "$TEXT" -strokewidth 3 -draw "rectangle $x,680 $((x + 160)),770" -stroke none
                 -font "$BOLD" -pointsize 44 -fill "$TEXT" -annotate "+$((x + 66))+742" "$i") ;;
    esac
done
A+=(-font "$SANS" -pointsize 36 -fill "$DIM" -annotate "+935+830" "skipped, logged"
    -fill "$ACC" -annotate "+1313+830" "due now")
finish $s $f; files+=("$f")
notes+=("If the laptop freezes for a while, lightning does not fall behind: it shows the slide that is due now and logs the ones it skipped.")

s=6; f=06-overlay.png; begin $s "$(hue $s)"; BODY_MAX=1300
headline "The countdown overlay"
body "Slide time left, talk time left," "slide k / N, a progress bar." "Any corner, four sizes:"
code '--overlay-corner  --overlay-size' 40
A+=(-fill '#0c0c14' -draw "rectangle 1390,400 1800,700"
    -font "$SANS" -pointsize 30 -fill white -annotate "+1405+440" "slide" -annotate "+1405+540" "talk"
    -font "$BOLD" -pointsize 100 -fill white -annotate "+1500+500" "0:09" -annotate "+1500+600" "3:24"
    -font "$SANS" -pointsize 34 -annotate "+1700+650" "7/20"
    -fill '#55555f' -draw "rectangle 1415,672 1775,680" -fill white -draw "rectangle 1415,672 1560,680"
    -font "$SANS" -pointsize 32 -fill "$DIM" -annotate "+1390+760" "top-right by default")
finish $s $f; files+=("$f")
notes+=("Over every slide, the overlay shows the slide's time left, large in Ignite decks, the talk's time left, the slide number and a progress bar. It can sit in any corner, at four sizes.")

s=7; f=07-warnings.png; begin $s "$(hue $s)"; BODY_MAX=1340
headline "Colour warnings"
body "Amber at 1:00 left" "Red at 0:30 left" "Flashing in the last 10 s"
code '--warn 60 --danger 30 --flash 10' 40
A+=(-fill '#f5a623' -draw "roundrectangle 1440,380 1780,480 50,50"
    -fill '#e53935' -draw "roundrectangle 1440,530 1780,630 50,50"
    -fill '#e53935' -stroke white -strokewidth 8 -draw "roundrectangle 1440,680 1780,780 50,50" -stroke none
    -font "$BOLD" -pointsize 64 -fill '#2a1a00' -annotate "+1535+455" "1:00"
    -fill white -annotate "+1535+605" "0:30" -annotate "+1535+755" "0:10"
    -stroke white -strokewidth 6
    -draw "line 1400,690 1370,670" -draw "line 1395,730 1360,730" -draw "line 1400,770 1370,790"
    -stroke none)
finish $s $f; files+=("$f")
notes+=("The overlay turns amber with a minute left, red with thirty seconds left, and flashes for the last ten seconds; the three thresholds are flags or settings.")

s=8; f=08-end-card.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "The end card"
body "At 0:00 the end card appears:" "the talk's title and speaker." "Nothing advances after it."
A+=(-fill "$PANEL" -stroke "$ACC" -strokewidth 6 -draw "rectangle 1390,420 1800,651" -stroke none
    -font "$BOLD" -pointsize 54 -fill white -annotate "+1440+530" "My talk"
    -font "$SANS" -pointsize 30 -fill "$DIM" -annotate "+1442+585" "The speaker"
    -font "$BOLD" -pointsize 48 -fill "$ACC" -annotate "+1530+750" "0:00")
finish $s $f; files+=("$f")
notes+=("When the clock reaches zero, lightning shows an end card with the title and speaker, and nothing advances after it.")

s=9; f=09-deck.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "A folder or a PDF"
body "Any folder of images is a deck," "sorted naturally: 2 before 10." "Or a PDF: a slide per page."
A+=(-fill white -draw "rectangle 1470,420 1700,570"
    -fill "$TEXT" -draw "rectangle 1500,440 1740,590"
    -fill "$ACC" -draw "polygon 1400,480 1400,800 1800,800 1800,520 1580,520 1550,480"
    -font "$MONO" -pointsize 30 -fill "$BG"
    -annotate "+1430+600" "Slide1.png" -annotate "+1430+650" "Slide2.png"
    -annotate "+1430+700" "..." -annotate "+1430+750" "Slide10.png"
    -font "$MONO" -pointsize 34 -fill "$TEXT" -annotate "+1400+870" "or talk.pdf")
finish $s $f; files+=("$f")
notes+=("A deck is a folder of images, sorted naturally so that Slide2 comes before Slide10, or a PDF file with one slide per page.")

s=10; f=10-formats.png; begin $s "$(hue $s)"; BODY_MAX=1800
headline "Formats"
body "ignite: 20 slides, 15 s each" "pechakucha: 20 slides, 20 s each" "five-minutes: the total, split evenly"
seg() {  # seg Y COUNT WIDTH_EACH LABEL END_LABEL
    local y=$1 n=$2 w=$3 i x
    A+=(-font "$SANS" -pointsize 36 -fill "$DIM" -annotate "+120+$((y + 32))" "$4")
    for (( i = 0; i < n; i++ )); do
        x=$(( 450 + i * w ))
        A+=(-fill "$([[ $((i % 2)) == 0 ]] && echo "$ACC" || echo "$TEXT")" -draw "rectangle $x,$y $((x + w - 4)),$((y + 40))")
    done
    A+=(-fill "$TEXT" -annotate "+$((450 + n * w + 20))+$((y + 32))" "$5")
}
seg 660 20 45 ignite 5:00
seg 740 20 60 pechakucha 6:40
seg 820 12 75 five-minutes 5:00
finish $s $f; files+=("$f")
notes+=("Three formats are built in: ignite with fifteen seconds a slide, pechakucha with twenty, and five-minutes, which splits the total evenly. This deck is Ignite.")

s=11; f=11-deck-toml.png; begin $s "$(hue $s)"; BODY_MAX=1140
headline "deck.toml"
body "Optional, next to the images:" "title, speaker, format, total," "seconds and notes per slide."
A+=(-fill "$PANEL" -stroke "$DIM" -strokewidth 3 -draw "roundrectangle 1180,370 1800,880 20,20" -stroke none
    -font "$MONO" -pointsize 34 -fill "$TEXT"
    -annotate "+1215+430" 'title   = "My talk"'
    -annotate "+1215+480" 'speaker = "Ada"'
    -annotate "+1215+530" 'format  = "ignite"'
    -fill "$ACC" -annotate "+1215+610" '[[slide]]'
    -fill "$TEXT" -annotate "+1215+660" 'file    = "01.png"'
    -annotate "+1215+710" 'notes   = "Hello!"'
    -fill "$ACC" -annotate "+1215+790" '[[slide]]'
    -fill "$TEXT" -annotate "+1215+840" 'file    = "02.png"')
finish $s $f; files+=("$f")
notes+=("An optional deck.toml adds the title, speaker, format, total time, and per-slide seconds and notes. These notes come from this deck's deck.toml.")

s=12; f=12-check.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "The night before"
code '$ lightning check DECK'
body "Every slide read as play reads it," "the timing, deck.toml's lines:" "OK or FAIL, and what to fix."
A+=(-fill "$PANEL" -stroke "$ACC" -strokewidth 14 -draw "circle 1600,620 1780,620" -stroke none
    -stroke "$ACC" -strokewidth 34 -draw "line 1510,625 1575,695" -draw "line 1575,695 1700,540" -stroke none)
finish $s $f; files+=("$f")
notes+=("The night before, lightning check reads every slide as play reads it (every PNG checksum, JPEGs and other pictures decoded, PDF pages drawn), checks the timing and deck.toml line by line, and says OK or FAIL with what to fix.")

s=13; f=13-rehearse.png; begin $s "$(hue $s)"; BODY_MAX=1380
headline "Rehearse, paced"
code '$ lightning rehearse DECK'
body "Slides flip on the real schedule." "Press when your words are done:"
keyrow ^Space "marks the slide"
keyrow ^P pause ^R again ^Esc stop
A+=(-fill '#2e7d32' -draw "roundrectangle 1420,450 1800,540 45,45"
    -font "$BOLD" -pointsize 40 -fill white -annotate "+1468+510" "slack -1.3 s"
    -fill '#c62828' -draw "roundrectangle 1420,600 1800,690 45,45"
    -fill white -annotate "+1458+660" "words +2.1 s")
finish $s $f; files+=("$f")
notes+=("lightning rehearse runs the real schedule. Press Space when your words for a slide are done: the overlay shows the slack in green, or how far the words ran over in red. P pauses, R starts again, Esc stops.")

s=14; f=14-rehearse-free.png; begin $s "$(hue $s)"; BODY_MAX=1380
headline "Rehearse, free"
code '$ lightning rehearse DECK --free'
keyrow ^Space ^→ "next slide"
keyrow ^← "previous slide"
body "At the end: each slide's time," "over or under, the three worst."
A+=(-fill "$PANEL" -stroke "$DIM" -strokewidth 3 -draw "roundrectangle 1440,420 1800,820 16,16" -stroke none)
for i in 0 1 2 3 4 5; do
    y=$(( 470 + i * 56 )); c=$TEXT; (( i == 2 || i == 4 )) && c=$ACC
    A+=(-fill "$DIM" -draw "rectangle 1470,$y 1560,$((y + 16))" -fill "$c" -draw "rectangle 1600,$y 1760,$((y + 16))")
done
finish $s $f; files+=("$f")
notes+=("With --free you advance yourself: Space or Right for the next slide, Left to go back. At the end a summary lists every slide's time against its plan and the three worst slides.")

s=15; f=15-report.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "Every run is logged"
code '$ lightning report DECK -o chart.png' 42
body "Per slide: each run, the mean over," "better, worse or steady." "Also --csv for a spreadsheet."
A+=(-stroke "$DIM" -strokewidth 4 -draw "line 1390,640 1800,640" -stroke none)
h=(40 -25 70 -55 15 -35 95 -15)
for i in 0 1 2 3 4 5 6 7; do
    x=$(( 1410 + i * 50 )); v=${h[i]}
    if (( v > 0 )); then A+=(-fill "$ACC" -draw "rectangle $x,$((640 - 2 * v)) $((x + 30)),638")
    else A+=(-fill "$TEXT" -draw "rectangle $x,642 $((x + 30)),$((640 - 2 * v))"); fi
done
A+=(-font "$SANS" -pointsize 30 -fill "$ACC" -annotate "+1410+420" "over"
    -fill "$TEXT" -annotate "+1410+800" "under")
finish $s $f; files+=("$f")
notes+=("Every run, rehearsal or real, writes a timing log. lightning report compares the runs slide by slide, with the mean over and a trend, as a table, a CSV or a chart.")

s=16; f=16-play.png; begin $s "$(hue $s)"; BODY_MAX=1800
headline "On stage"
code '$ lightning play DECK'
keyrow "Hold" ^Esc "for 1 s to stop: a tap does nothing"
keyrow ^Ctrl+P "pause in an emergency"
keyrow ^B ^W "black or white screen"
body "Arrows, Space, the clicker: locked."
finish $s $f; files+=("$f")
notes+=("On stage, lightning play goes full screen and the clock drives the slides: the speaker's keys are locked. Hold Escape for a second to stop; a tap does nothing. Ctrl+P pauses in an emergency, B and W blank the screen.")

s=17; f=17-presenter.png; begin $s "$(hue $s)"; BODY_MAX=1380
headline "The presenter view"
code '$ lightning play DECK --presenter'
body "On a second display: this slide," "the next, notes, big countdowns."
keyrow ^↑ ^↓ ^+ ^- "the notes"
keyrow ^F1 ^? "the keys, for a moment"
A+=(-fill "$PANEL" -stroke "$TEXT" -strokewidth 5 -draw "rectangle 1450,560 1790,760" -stroke none
    -fill "$TEXT" -draw "polygon 1420,765 1820,765 1850,800 1390,800"
    -fill "$ACC" -draw "rectangle 1470,580 1640,680"
    -fill "$DIM" -draw "rectangle 1655,580 1770,630" -draw "rectangle 1655,645 1770,655" -draw "rectangle 1655,665 1750,675"
    -fill white -font "$BOLD" -pointsize 40 -annotate "+1475+740" "0:09  3:24")
finish $s $f; files+=("$f")
notes+=("With --presenter, a second display shows the speaker this slide, the next one, these notes and big countdowns. Up and Down scroll the notes, plus and minus resize them, F1 or the question mark shows the keys.")

s=18; f=18-event.png; begin $s "$(hue $s)"; BODY_MAX=1380
headline "A session of talks"
code '$ lightning event lineup.toml'
body "A title card before each talk."
keyrow ^Space start ^N skip ^← back
keyrow "Hold" ^Esc "to end the session"
for i in 2 1 0; do
    x=$(( 1440 + i * 40 )); y=$(( 440 + i * 60 ))
    A+=(-fill "$PANEL" -stroke "$TEXT" -strokewidth 4 -draw "rectangle $x,$y $((x + 300)),$((y + 180))" -stroke none)
done
A+=(-font "$BOLD" -pointsize 34 -fill "$ACC" -annotate "+1465+495" "Next"
    -font "$SANS" -pointsize 30 -fill "$TEXT" -annotate "+1465+545" "Ada Lovelace"
    -fill "$DIM" -annotate "+1465+590" "ignite · 5:00")
finish $s $f; files+=("$f")
notes+=("lightning event runs a whole session from a lineup: a title card before each talk, breaks, a closing card. Space starts the talk, N skips it, Left goes back, and holding Escape ends the session.")

s=19; f=19-export.png; begin $s "$(hue $s)"; BODY_MAX=1360
headline "Export"
code '$ lightning export DECK -o talk.mp4' 42
body "A video of exactly 5:00."
code '$ lightning export DECK --sheet -o s.png' 42
body "Every slide on one page."
A+=(-fill "$PANEL" -draw "rectangle 1400,460 1800,760")
for i in 0 1 2 3 4 5 6 7; do
    x=$(( 1415 + i * 50 ))
    A+=(-fill "$TEXT" -draw "rectangle $x,475 $((x + 24)),495" -draw "rectangle $x,725 $((x + 24)),745")
done
A+=(-fill "$ACC" -draw "rectangle 1420,515 1780,705"
    -font "$BOLD" -pointsize 100 -fill "$BG" -annotate "+1470+650" "5:00")
finish $s $f; files+=("$f")
notes+=("lightning export writes the talk as a video that lasts exactly the talk, five minutes here, through the same drawing code as play; with --sheet it makes a contact sheet of every slide instead.")

s=20; f=20-thanks.png; begin $s "$(hue $s)"
A+=(-font "$BOLD" -pointsize 170 -fill white -annotate "+110+470" "Thank you!"
    -fill "$ACC" -draw "roundrectangle 120,548 420,564 8,8"
    -font "$SANS" -pointsize 72 -fill "$TEXT" -annotate "+120+680" "Time's up — on the second."
    -font "$SANS" -pointsize 48 -fill "$DIM" -annotate "+120+790" "The lightning team")
bolt 0 20
finish $s $f; files+=("$f")
notes+=("Thank you, and notice that the talk ended exactly on time.")

# ---------------------------------------------------------------- deck.toml

(( ${#files[@]} == N && ${#notes[@]} == N )) || die "expected $N slides and notes"
{
    echo 'title = "lightning: a slide player that keeps time"'
    echo 'speaker = "The lightning team"'
    echo 'format = "ignite"'
    for i in "${!files[@]}"; do
        n=${notes[i]//\\/\\\\}; n=${n//\"/\\\"}
        printf '\n[[slide]]\nfile = "%s"\nnotes = "%s"\n' "${files[i]}" "$n"
    done
} > "$out/deck.toml"

echo "wrote $N slides and deck.toml to $out ($(du -sh "$out" | cut -f1))"
