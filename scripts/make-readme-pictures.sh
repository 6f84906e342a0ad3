#!/usr/bin/env bash
# Makes the README's pictures in docs/pictures/ from the demo deck, with the program itself:
# `render` (a frame with the overlay, the red warning, the keys help, the presenter view, the end
# card), `export --sheet` (the contact sheet), `report -o` (the chart of the three sample
# rehearsals in docs/rehearsals/, made once by scripts/make-sample-rehearsals.sh), and the text
# of `check` and `report`. Nothing here needs a display (SDL's dummy driver).
#
# The same build makes the same files on every run: the instants are fixed, the presenter's clock
# is given (--clock), the logs are committed, and the user's config.toml is kept out.
#
# Usage: scripts/make-readme-pictures.sh [BUILD_DIR [OUT_DIR]]   (default: build docs/pictures)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out=${2:-$root/docs/pictures}
mkdir -p "$out"
out=$(cd "$out" && pwd)
lightning=$build/lightning
[[ -x $lightning ]] || { echo "no $lightning: build first (scripts/build.sh)" >&2; exit 1; }

cd "$root"  # the outputs name the deck as a reader types it: decks/demo
export SDL_VIDEODRIVER=dummy
export LIGHTNING_ASSETS=${LIGHTNING_ASSETS:-$root/assets}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME=$config  # defaults only: a user's config.toml must not change a picture

size=960x540
render() { "$lightning" render decks/demo --size "$size" "$@"; }

render --at 1:36 -o "$out/talk.png"                      # slide 7, the overlay in its corner
render --at 4:40 -o "$out/danger.png"                    # 20 s left: red
render --at 3:50 --keys play -o "$out/keys.png"          # F1 / ? during play
render --at 3:50 --presenter --clock 17:45 -o "$out/presenter.png"
render --at 5:00 -o "$out/end-card.png"
"$lightning" export decks/demo --sheet --size 1280x720 -o "$out/sheet.png" -q
"$lightning" report docs/rehearsals/run1.jsonl docs/rehearsals/run2.jsonl \
    docs/rehearsals/run3.jsonl -o "$out/chart.png" --size 960x480 >"$out/report.txt"
# import's marked sheet: a generated PechaKucha deck with one 30 s slide and one that waits for a
# click, its pictures from a generated PDF (only per-slide findings are drawn, so the machine's
# fonts do not change it).
python3 tests/import/make_fixtures.py "$config/fx"
python3 tests/support/make_pdf.py "$config/talk.pdf" 20
LIGHTNING_SOFFICE=/nonexistent "$lightning" import "$config/fx/pechakucha-30s.pptx" \
    --pictures "$config/talk.pdf" -o "$config/imported" --size 1280x720 \
    --sheet "$out/import-sheet.png" >/dev/null
"$lightning" check decks/demo >"$out/check.txt"

for f in talk danger keys presenter end-card sheet chart import-sheet; do
    printf '%-24s %7d bytes\n' "$f.png" "$(stat -c %s "$out/$f.png")"
done
echo "total $(du -cb "$out"/*.png | tail -1 | cut -f1) bytes in $out"
