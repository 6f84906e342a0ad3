# cmake --install into a temporary prefix: the installed program renders the installed demo deck
# from another working directory with its own fonts; the man page and the .desktop file validate;
# cpack makes a .deb whose Depends name the SDL libraries; the PDF module is installed and found;
# the README and its docs/ pages are installed beside each other, so the links between them work.
source "$(dirname "$0")/lib.sh"
: "${BUILD_DIR:?set BUILD_DIR to the build tree}"
prefix="$WORK/prefix"
cmake --install "$BUILD_DIR" --prefix "$prefix" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "install"; }

for file in bin/lightning share/lightning/assets/fonts/DejaVuSans.ttf share/lightning/decks/demo/deck.toml \
            share/man/man1/lightning.1.gz share/applications/lightning.desktop \
            share/icons/hicolor/scalable/apps/lightning.svg share/icons/hicolor/256x256/apps/lightning.png \
            share/doc/lightning/README.md share/doc/lightning/docs/keys.md share/doc/lightning/docs/pictures/talk.png; do
  [ -s "$prefix/$file" ] || fail "install lacks $file"
done

mkdir "$WORK/elsewhere"
cd "$WORK/elsewhere"
unset LIGHTNING_ASSETS
expect_exit 0 "$prefix/bin/lightning" render "$prefix/share/lightning/decks/demo" --at 3 -o frame.png
[ -s frame.png ] || fail "the installed program rendered nothing"
# PDF support is a module the installed program finds in ../lib/lightning, loaded on the first PDF.
[ -s "$prefix/lib/lightning/lightning-pdf.so" ] || fail "install lacks lib/lightning/lightning-pdf.so"
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/elsewhere/talk.pdf" 3
expect_exit 0 "$prefix/bin/lightning" check talk.pdf
grep -q '"talk": 3 slides' "$WORK/stdout" || fail "installed check of a PDF: $(cat "$WORK/stdout" "$WORK/stderr")"
expect_exit 0 "$prefix/bin/lightning" config
grep -qF "assets:      $prefix/share/lightning/assets" "$WORK/stdout" ||
  { cat "$WORK/stdout"; fail "the installed program does not use its installed fonts"; }

man -l "$prefix/share/man/man1/lightning.1.gz" >"$WORK/man.txt" 2>"$WORK/stderr" || fail "man -l failed"
grep -q "rehearse" "$WORK/man.txt" || fail "man page lacks the rehearse command"
grep -q "a deck folder.*or a PDF file" "$WORK/man.txt" || fail "man page lacks the deck text"
# Its KEYS section is `lightning keys`, the keymaps the windows use.
grep -q "^KEYS" "$WORK/man.txt" || fail "man page lacks a KEYS section"
grep -q "hold 1 s to stop the talk" "$WORK/man.txt" || fail "man page's KEYS lack play's Escape"
LC_ALL=C.UTF-8 MANROFFSEQ='' man --warnings -l "$prefix/share/man/man1/lightning.1.gz" 2>"$WORK/stderr" >/dev/null
[ -s "$WORK/stderr" ] && fail "man page has roff warnings"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/lightning.desktop" >"$WORK/stderr" 2>&1 ||
    fail "desktop-file-validate"
else
  fail "desktop-file-validate is missing: scripts/build.sh --tests installs desktop-file-utils"
fi

# The .deb: its Depends line comes from the libraries the program links.
(cd "$WORK" && cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/deb" >"$WORK/cpack.log" 2>&1) ||
  { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$WORK"/deb/lightning_*.deb)
dpkg-deb -I "$deb" >"$WORK/deb-info.txt"
for needed in libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsdl2-image-2.0-0 libpoppler-cpp0v5 libstdc++6; do
  grep "^ Depends:" "$WORK/deb-info.txt" | grep -qF "$needed (" || { cat "$WORK/deb-info.txt"; fail "Depends lacks $needed"; }
done
# Korean and emoji in titles are boxes without the Noto fonts: the package recommends them.
for wanted in ffmpeg fonts-noto-cjk fonts-noto-color-emoji; do
  grep "^ Recommends:" "$WORK/deb-info.txt" | grep -qF "$wanted" || { cat "$WORK/deb-info.txt"; fail "Recommends lacks $wanted"; }
done
dpkg-deb -c "$deb" >"$WORK/deb-files.txt"
grep -q "./usr/share/lightning/assets/fonts/DejaVuSans.ttf" "$WORK/deb-files.txt" || fail ".deb lacks the fonts"
echo "install: ok"
