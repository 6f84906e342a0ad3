# lightning import through a real LibreOffice: a generated 20-slide Ignite PPTX becomes 20
# pictures and a deck check passes as ignite; the time LibreOffice took is printed. Skipped (passes
# with a note) when soffice is not installed: the test command does not install LibreOffice
# (about 400 MB; CI's budget), install libreoffice-impress-nogui to run it.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
if ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null; then
  echo "skipped: LibreOffice is not installed (apt-get install libreoffice-impress-nogui)"
  exit 0
fi
python3 "$SOURCE_DIR/tests/import/make_fixtures.py" "$WORK/fx"
cd "$WORK"
start=$(now_ms)
expect_exit 0 "$LIGHTNING" import fx/ignite.pptx -o deck --size 640x360
echo "LibreOffice import of 20 slides: $(( $(now_ms) - start )) ms"
grep -q 'pictures 20 at 640x360 from LibreOffice' "$WORK/stdout" || fail "summary: $(cat "$WORK/stdout")"
expect_exit 0 "$LIGHTNING" check deck
grep -q '20 slides, ignite' "$WORK/stdout" || fail "check: $(cat "$WORK/stdout")"
echo "import libreoffice: ok"
