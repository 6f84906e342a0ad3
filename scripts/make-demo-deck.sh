#!/usr/bin/env bash
# Generates the demo deck in decks/demo/: 20 slides (1920x1080 PNG) about
# lightning itself, plus deck.toml. Format "ignite": 20 slides x 15 s = 5:00.
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

# ---------------------------------------------------------------- helpers

# hsl H(0-360) S(0-1) L(0-1) -> #rrggbb
hsl() {
    awk -v h="$1" -v s="$2" -v l="$3" 'function f(n,  k,a,m) {
        k = (n + h / 30) % 12; a = s * (l < 1 - l ? l : 1 - l)
        m = k - 3; if (9 - k < m) m = 9 - k; if (m > 1) m = 1; if (m < -1) m = -1
        return int((l - a * m) * 255 + 0.5) }
        BEGIN { printf "#%02x%02x%02x\n", f(0), f(8), f(4) }'
}

# text width in px: textw FONT PT TEXT
textw() { convert -font "$1" -pointsize "$2" label:"$3" -format '%w' info:; }

# point on a circle, angle in degrees clockwise from 12 o'clock: pt CX CY R DEG
pt() { awk -v cx="$1" -v cy="$2" -v r="$3" -v a="$4" 'BEGIN {
    t = a * atan2(0, -1) / 180; printf "%d,%d", cx + r * sin(t) + 0.5, cy - r * cos(t) + 0.5 }'; }

die() { echo "make-demo-deck: $*" >&2; exit 1; }

# Per-slide state, filled by the slide functions below.
declare -a A            # convert arguments for the current slide
BG='' ACC='' DIM='' PANEL='' BODY_MAX=0 BODY_N=0

# begin NUM HUE : start a slide with a background of the given hue
begin() {
    local hue=$2
    BG=$(hsl "$hue" 0.42 0.20)
    ACC=$(hsl "$(( (hue + 20) % 360 ))" 0.85 0.68)   # accent: light, saturated
    DIM=$(hsl "$hue" 0.25 0.62)                      # secondary text
    PANEL=$(hsl "$hue" 0.40 0.13)                    # darker panels
    A=(-size "${W}x${H}" "xc:$BG" -stroke none)
    BODY_MAX=1280 BODY_N=0
}

# headline TEXT
headline() {
    local w; w=$(textw "$BOLD" "$HEAD_PT" "$1")
    (( X0 + w < OVERLAY_X - 20 )) || die "headline too wide ($w px): $1"
    A+=(-font "$BOLD" -pointsize "$HEAD_PT" -fill white -annotate "+$X0+$HEAD_Y" "$1"
        -fill "$ACC" -draw "roundrectangle $X0,222 $((X0 + 180)),234 6,6")
}

# body LINE... : body lines under the headline; width limited by BODY_MAX
body() {
    local line w y
    for line in "$@"; do
        y=$(( BODY_Y + BODY_N * BODY_DY ))
        w=$(textw "$SANS" "$BODY_PT" "$line")
        (( X0 + w <= BODY_MAX )) || die "body line too wide ($w px > $((BODY_MAX - X0))): $line"
        A+=(-font "$SANS" -pointsize "$BODY_PT" -fill "$TEXT" -annotate "+$X0+$y" "$line")
        BODY_N=$(( BODY_N + 1 ))
    done
}

# code LINE : a monospace body line (commands), in the accent colour
code() {
    local pt=${2:-48} y w
    y=$(( BODY_Y + BODY_N * BODY_DY ))
    w=$(textw "$MONO" "$pt" "$1")
    (( X0 + w <= BODY_MAX )) || die "code line too wide ($w px): $1"
    A+=(-font "$MONO" -pointsize "$pt" -fill "$ACC" -annotate "+$X0+$y" "$1")
    BODY_N=$(( BODY_N + 1 ))
}

# coming : a "coming soon" badge on the next body line
coming() {
    local y=$(( BODY_Y + BODY_N * BODY_DY - 50 )) w
    w=$(textw "$BOLD" 36 "coming soon")
    A+=(-fill none -stroke "$ACC" -strokewidth 4
        -draw "roundrectangle $X0,$y $((X0 + w + 76)),$((y + 70)) 35,35" -stroke none
        -font "$BOLD" -pointsize 36 -fill "$ACC" -annotate "+$((X0 + 38))+$((y + 48))" "coming soon")
    BODY_N=$(( BODY_N + 1 ))
}

# finish NUM FILE : slide number bottom-left, small footer, write the PNG
finish() {
    local num=$1 file=$2
    A+=(-font "$BOLD" -pointsize 96 -fill "$ACC" -annotate "+$X0+1000" "$num / $N"
        -font "$SANS" -pointsize 30 -fill "$DIM" -gravity southeast -annotate "+120+80" "lightning · ignite"
        -gravity northwest)
    convert "${A[@]}" +dither -colors 48 -strip \
        -define png:compression-level=9 -define png:compression-filter=0 \
        -define png:exclude-chunk=all "PNG8:$out/$file"
    # the overlay corner and the bottom 20 px must be plain background
    local k1 k2
    k1=$(convert "$out/$file" -crop "$((W - OVERLAY_X))x$OVERLAY_Y+$OVERLAY_X+0" +repage -format '%k' info:)
    k2=$(convert "$out/$file" -crop "${W}x20+0+$((H - 20))" +repage -format '%k' info:)
    [[ $k1 == 1 && $k2 == 1 ]] || die "$file: drawing in the overlay corner or the bottom 20 px"
    printf '%-22s %6d bytes\n' "$file" "$(stat -c %s "$out/$file")"
}

# ---------------------------------------------------------------- drawings

bolt() {   # bolt DX DY : a lightning bolt in the right column, shifted by DX,DY
    local dx=${1:-0} dy=${2:-0} p="" xy
    for xy in 1640,330 1770,330 1660,560 1780,560 1500,930 1590,640 1450,640; do
        p+=" $(( ${xy%,*} + dx )),$(( ${xy#*,} + dy ))"
    done
    A+=(-fill "$ACC" -draw "polygon$p")
}

clockface() {  # clockface CX CY R : dial with 12 ticks, no hands
    local cx=$1 cy=$2 r=$3 d="" a
    for (( a = 0; a < 360; a += 30 )); do
        d+=" line $(pt "$cx" "$cy" $(( r - 38 )) $a) $(pt "$cx" "$cy" $(( r - 14 )) $a)"
    done
    A+=(-fill "$PANEL" -stroke "$ACC" -strokewidth 14 -draw "circle $cx,$cy $((cx + r)),$cy"
        -stroke "$DIM" -strokewidth 8 -draw "$d" -stroke none)
}

hand() {  # hand CX CY LEN DEG WIDTH COLOUR
    A+=(-stroke "$6" -strokewidth "$5" -draw "line $1,$2 $(pt "$1" "$2" "$3" "$4")" -stroke none)
}

# curve X0 Y0 CX CY X1 Y1 : a quadratic Bezier as short line segments (IM6 closes
# open stroked paths with a straight line, so "path"/"bezier" can't be used)
curve() {
    awk -v x0="$1" -v y0="$2" -v cx="$3" -v cy="$4" -v x1="$5" -v y1="$6" 'BEGIN {
        px = x0; py = y0
        for (i = 1; i <= 40; i++) {
            t = i / 40; u = 1 - t
            x = u * u * x0 + 2 * u * t * cx + t * t * x1; y = u * u * y0 + 2 * u * t * cy + t * t * y1
            printf " line %.1f,%.1f %.1f,%.1f", px, py, x, y; px = x; py = y } }'
}

arrowhead_down() {  # arrowhead_down X Y(tip) COLOUR
    A+=(-fill "$3" -draw "polygon $(( $1 - 14 )),$(( $2 - 24 )) $(( $1 + 14 )),$(( $2 - 24 )) $1,$2")
}

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
notes+=("Hi, we are the lightning team, and this is a five-minute talk about a slide player that keeps time.")

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
body "Slide k appears at" \
     "start + its planned offset," \
     "measured on the monotonic clock," \
     "which never jumps or goes back."
clockface 1620 640 200
hand 1620 640 110 300 16 white
hand 1620 640 160 90 10 white
hand 1620 640 175 180 5 "$ACC"
A+=(-fill "$ACC" -draw "circle 1620,640 1634,640")
finish $s $f; files+=("$f")
notes+=("lightning has one hard clock: slide k is due at the start time plus its planned offset, read from the monotonic clock.")

s=5; f=05-no-drift.png; begin $s "$(hue $s)"; BODY_MAX=1800
headline "Never drifting"
body "Every offset is computed from the start," \
     "never by adding up waits." \
     "A late flip cannot push the next one."
# arcs from the start to each due time
A+=(-stroke "$DIM" -strokewidth 5 -draw "line 300,820 1780,820" -stroke none
    -fill "$ACC" -draw "circle 300,820 314,820")
ctl=(0 720 660 600 540)
for k in 1 2 3 4; do
    x=$(( 300 + k * 360 ))
    A+=(-stroke "$ACC" -strokewidth 5 -draw "$(curve 300 810 $(( (300 + x) / 2 )) "${ctl[k]}" "$x" 796)" -stroke none)
    arrowhead_down "$x" 812 "$ACC"
    A+=(-fill "$TEXT" -draw "roundrectangle $((x - 5)),806 $((x + 5)),834 3,3"
        -font "$SANS" -pointsize 34 -fill "$TEXT" -annotate "+$((x - 38))+880" "$(printf '%d:%02d' $(( k * 15 / 60 )) $(( k * 15 % 60 )))")
done
A+=(-font "$SANS" -pointsize 34 -fill "$ACC" -annotate "+250+880" "start")
finish $s $f; files+=("$f")
notes+=("Because each due time is start plus offset, a late flip never makes the next slide late; errors cannot accumulate.")

s=6; f=06-stall.png; begin $s "$(hue $s)"; BODY_MAX=1800
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
notes+=("If the laptop freezes for a while, lightning does not fall behind: it jumps to the slide that is due now and logs the ones it skipped.")

s=7; f=07-overlay.png; begin $s "$(hue $s)"; BODY_MAX=1300
headline "The countdown overlay"
body "Talk time left" "Slide time left" "Slide k / N" "A thin progress bar"
A+=(-fill "$PANEL" -stroke "$DIM" -strokewidth 3 -draw "roundrectangle 1390,400 1800,700 24,24" -stroke none
    -font "$BOLD" -pointsize 110 -fill white -annotate "+1430+530" "3:12"
    -font "$SANS" -pointsize 40 -fill "$TEXT" -annotate "+1432+610" "0:09   7 / 20"
    -fill "$DIM" -draw "rectangle 1430,650 1760,660" -fill "$ACC" -draw "rectangle 1430,650 1570,660"
    -font "$SANS" -pointsize 32 -fill "$DIM" -annotate "+1390+760" "drawn top-right")
finish $s $f; files+=("$f")
notes+=("On top of every slide a small overlay shows the talk time left, the slide time left, the slide number and a thin progress bar.")

s=8; f=08-warnings.png; begin $s "$(hue $s)"; BODY_MAX=1340
headline "Colour warnings"
body "Amber at 1:00 left" "Red at 0:30 left" "Flashing in the last 10 s"
A+=(-fill '#f5a623' -draw "roundrectangle 1440,380 1780,480 50,50"
    -fill '#e53935' -draw "roundrectangle 1440,530 1780,630 50,50"
    -fill '#e53935' -stroke white -strokewidth 8 -draw "roundrectangle 1440,680 1780,780 50,50" -stroke none
    -font "$BOLD" -pointsize 64 -fill '#2a1a00' -annotate "+1535+455" "1:00"
    -fill white -annotate "+1535+605" "0:30" -annotate "+1535+755" "0:10"
    -stroke white -strokewidth 6
    -draw "line 1400,690 1370,670" -draw "line 1395,730 1360,730" -draw "line 1400,770 1370,790"
    -stroke none)
finish $s $f; files+=("$f")
notes+=("The overlay turns amber with a minute left, red with thirty seconds left, and flashes for the last ten seconds.")

s=9; f=09-end-card.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "The end card"
body "At 0:00 the end card appears:" "the talk's title and speaker." "No further advance — time's up."
A+=(-fill "$PANEL" -stroke "$ACC" -strokewidth 6 -draw "rectangle 1390,420 1800,651" -stroke none
    -font "$BOLD" -pointsize 54 -fill white -annotate "+1440+530" "My talk"
    -font "$SANS" -pointsize 30 -fill "$DIM" -annotate "+1442+585" "The speaker"
    -font "$BOLD" -pointsize 48 -fill "$ACC" -annotate "+1530+750" "0:00")
finish $s $f; files+=("$f")
notes+=("When the clock reaches zero, lightning shows an end card with the title and speaker and stops advancing.")

s=10; f=10-folder.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "A deck is a folder"
body "Any folder of images is a deck." "Files are sorted naturally:" "Slide2 comes before Slide10."
A+=(-fill white -draw "rectangle 1470,420 1700,570"
    -fill "$TEXT" -draw "rectangle 1500,440 1740,590"
    -fill "$ACC" -draw "polygon 1400,480 1400,800 1800,800 1800,520 1580,520 1550,480"
    -font "$MONO" -pointsize 30 -fill "$BG"
    -annotate "+1430+600" "Slide1.png" -annotate "+1430+650" "Slide2.png"
    -annotate "+1430+700" "..." -annotate "+1430+750" "Slide10.png")
finish $s $f; files+=("$f")
notes+=("A deck is just a folder of images, sorted naturally so that Slide2 comes before Slide10.")

s=11; f=11-deck-toml.png; begin $s "$(hue $s)"; BODY_MAX=1140
headline "deck.toml"
body "Optional, next to the images:" "title, speaker, format, total," "per-slide seconds and notes."
A+=(-fill "$PANEL" -stroke "$DIM" -strokewidth 3 -draw "roundrectangle 1180,370 1800,880 20,20" -stroke none
    -font "$MONO" -pointsize 34 -fill "$TEXT"
    -annotate "+1215+430" 'title   = "My talk"'
    -annotate "+1215+480" 'speaker = "Ada"'
    -annotate "+1215+530" 'format  = "ignite"'
    -fill "$ACC" -annotate "+1215+610" '[[slide]]'
    -fill "$TEXT" -annotate "+1215+660" 'file    = "01.png"'
    -annotate "+1215+710" 'notes   = "Hello!"'
    -fill "$ACC" -annotate "+1215+790" '[[slide]]'
    -fill "$TEXT" -annotate "+1215+840" 'seconds = 20')
finish $s $f; files+=("$f")
notes+=("An optional deck.toml adds the title, speaker, format, total time and per-slide seconds and notes.")

s=12; f=12-formats.png; begin $s "$(hue $s)"; BODY_MAX=1800
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
notes+=("Three formats are built in: ignite with fifteen seconds a slide, pechakucha with twenty, and five-minutes which splits the total evenly.")

s=13; f=13-play.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "lightning play"
code '$ lightning play DECK'
body "Full screen on the projector." "Slides advance by themselves —" "no key needed."
A+=(-fill "$PANEL" -stroke "$TEXT" -strokewidth 6 -draw "rectangle 1400,420 1800,645" -stroke none
    -fill "$ACC" -draw "polygon 1560,470 1560,595 1665,532"
    -stroke "$TEXT" -strokewidth 6 -draw "line 1600,648 1560,760" -draw "line 1600,648 1640,760"
    -draw "line 1600,648 1600,760" -stroke none)
finish $s $f; files+=("$f")
notes+=("To give the talk, run lightning play with the deck folder; it goes full screen and advances on its own.")

s=14; f=14-render.png; begin $s "$(hue $s)"; BODY_MAX=1400
headline "lightning render"
code '$ lightning render DECK --at 14.999 -o frame.png' 42
BODY_MAX=1380
body "See any instant without a projector." "14.999 s is the last moment of slide 1."
A+=(-fill "$PANEL" -stroke "$TEXT" -strokewidth 6 -draw "rectangle 1480,600 1800,780" -stroke none
    -fill "$ACC" -draw "polygon 1500,760 1600,660 1680,740 1720,700 1780,760"
    -fill "$TEXT" -draw "circle 1730,645 1752,645"
    -font "$MONO" -pointsize 34 -fill "$ACC" -annotate "+1520+840" "frame.png")
finish $s $f; files+=("$f")
notes+=("lightning render draws the exact frame at any moment into a PNG, so you can check the talk without a projector.")

s=15; f=15-keys.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "Keys"
body "Esc quits." "More keys come with" "rehearse and presenter modes." "The talk itself needs none."
A+=(-fill "$PANEL" -draw "roundrectangle 1430,470 1770,740 36,36"
    -fill "$TEXT" -draw "roundrectangle 1430,450 1770,710 36,36"
    -font "$BOLD" -pointsize 110 -fill "$BG" -annotate "+1490+625" "Esc")
finish $s $f; files+=("$f")
notes+=("For now the only key is Escape to quit; rehearse and presenter modes will bring more.")

s=16; f=16-rehearse.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "Rehearse at home"
body "Paced or free." "See each slide's over / under."
coming
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
notes+=("Coming soon: a rehearse mode, paced or free, that tells you which slides ran over or under.")

s=17; f=17-logs.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "Timing logs"
body "Every run is logged," "so you can see how it went."
coming
A+=(-fill "$TEXT" -draw "polygon 1450,400 1700,400 1760,460 1760,820 1450,820"
    -fill "$DIM" -draw "polygon 1700,400 1700,460 1760,460")
for i in 0 1 2 3 4 5; do
    y=$(( 500 + i * 50 )); w=$(( i % 2 == 0 ? 220 : 170 ))
    A+=(-fill "$BG" -draw "rectangle 1490,$y $((1490 + w)),$((y + 14))")
done
finish $s $f; files+=("$f")
notes+=("Coming soon: every run, rehearsal or real, is written to a timing log.")

s=18; f=18-on-stage.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "On stage"
body "A presenter view for the speaker." "A session: many talks, one after another."
coming
# projector screen and laptop
A+=(-fill "$PANEL" -stroke "$TEXT" -strokewidth 6 -draw "rectangle 1420,400 1800,610" -stroke none
    -fill "$ACC" -draw "rectangle 1450,430 1770,580"
    -fill "$PANEL" -stroke "$TEXT" -strokewidth 5 -draw "rectangle 1500,680 1720,810" -stroke none
    -fill "$TEXT" -draw "polygon 1470,815 1750,815 1780,845 1440,845"
    -fill "$ACC" -draw "rectangle 1520,700 1610,760"
    -fill "$DIM" -draw "rectangle 1625,700 1700,715" -draw "rectangle 1625,730 1690,745")
finish $s $f; files+=("$f")
notes+=("Coming soon: a presenter view on the laptop, and sessions that run many talks back to back.")

s=19; f=19-export.png; begin $s "$(hue $s)"; BODY_MAX=1330
headline "Export"
body "An exactly-5:00 video" "of the whole talk."
coming
A+=(-fill "$PANEL" -draw "rectangle 1400,460 1800,760")
for i in 0 1 2 3 4 5 6 7; do
    x=$(( 1415 + i * 50 ))
    A+=(-fill "$TEXT" -draw "rectangle $x,475 $((x + 24)),495" -draw "rectangle $x,725 $((x + 24)),745")
done
A+=(-fill "$ACC" -draw "rectangle 1420,515 1780,705"
    -font "$BOLD" -pointsize 100 -fill "$BG" -annotate "+1470+650" "5:00")
finish $s $f; files+=("$f")
notes+=("Coming soon: export the talk as a video that lasts exactly five minutes.")

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
