# Drawing helpers for scripts/make-demo-deck.sh (sourced by it, after it sets the sizes, fonts and
# layout limits): colours, text that is measured against those limits, key caps, the slide frame
# (number, footer, the checks of the overlay corner) and the small drawings.
# shellcheck shell=bash

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

# keyrow ITEM... : a body line of key caps and words. An item "^Esc" is a key cap (drawn as
# a key, the way `lightning keys` names it, shortened: Esc, arrows); any other item is words.
keyrow() {
    local y=$(( BODY_Y + BODY_N * BODY_DY )) x=$X0 item w prev=''
    for item in "$@"; do
        if [[ $item == ^* ]]; then
            item=${item#^}
            if [[ $prev == cap ]]; then x=$(( x + 14 )); elif [[ -n $prev ]]; then x=$(( x + 4 )); fi
            w=$(textw "$BOLD" 42 "$item")
            A+=(-fill "$TEXT" -draw "roundrectangle $x,$((y - 56)) $((x + w + 44)),$((y + 18)) 12,12"
                -font "$BOLD" -pointsize 42 -fill "$BG" -annotate "+$((x + 22))+$((y - 3))" "$item")
            x=$(( x + w + 44 )); prev=cap
        else
            [[ -n $prev ]] && x=$(( x + 22 ))
            w=$(textw "$SANS" 54 "$item")
            A+=(-font "$SANS" -pointsize 54 -fill "$TEXT" -annotate "+$x+$y" "$item")
            x=$(( x + w + 18 )); prev=text
        fi
    done
    (( x <= BODY_MAX )) || die "key row too wide ($((x - X0)) px > $((BODY_MAX - X0))): $*"
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

