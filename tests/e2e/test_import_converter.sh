# lightning import's LibreOffice step, with a stand-in for soffice ($LIGHTNING_SOFFICE) so it runs
# without LibreOffice: one that hangs with a helper of its own (the time limit ends the whole
# process group), one that exits 0 and writes nothing (its exit status is not trusted), one that
# writes a PDF with the wrong page count, and one that works (a fresh profile folder each run,
# macros disabled in it, the PDF's pages become the pictures). Nothing is left in the deck folder
# by a failed run, and the temporary folder is removed.
source "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=dummy
python3 "$SOURCE_DIR/tests/import/make_fixtures.py" "$WORK/fx"
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/twenty.pdf" 20
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/three.pdf" 3
export TMPDIR="$WORK/tmp"
mkdir "$TMPDIR"
cd "$WORK"

fake() {  # fake NAME BODY: an executable soffice stand-in; its arguments are in $@
  printf '#!/bin/bash\necho "$@" > %s/args\n%s\n' "$WORK" "$2" > "$WORK/$1"
  chmod +x "$WORK/$1"
}
outdir='out=$(for a in "$@"; do [ "$prev" = --outdir ] && echo "$a"; prev=$a; done)'

# Hangs, and starts a helper that would outlive it: both are ended at the limit.
fake hang 'sleep 300 & echo $! > '"$WORK"'/helper; exec sleep 300'
LIGHTNING_SOFFICE="$WORK/hang" expect_exit 1 "$LIGHTNING" import fx/ignite.pptx -o d1 --timeout 1
expect_stderr "LibreOffice did not finish converting fx/ignite.pptx within 1 s and was stopped"
# Ended: gone, or a zombie waiting for an init that does not reap (as in some containers).
state=$(ps -o stat= -p "$(cat "$WORK/helper")" || true)
[ -z "$state" ] || [ "${state:0:1}" = Z ] || fail "LibreOffice's helper outlived the import ($state)"
[ ! -e d1 ] || fail "d1 made by a failed import"
grep -q -- '-env:UserInstallation=file://'"$WORK"'/tmp/lightning-import-' args || fail "profile: $(cat args)"
grep -q -- '--headless' args || fail "not headless: $(cat args)"

# Ctrl+C while LibreOffice runs (in its own process group, so only lightning gets the signal):
# the group is ended, the temporary folder removed, nothing written.
rm -f args helper
LIGHTNING_SOFFICE="$WORK/hang" "$LIGHTNING" import fx/ignite.pptx -o d5 2>"$WORK/stderr" &
pid=$!
for _ in $(seq 600); do [ -s helper ] && break; sleep 0.05; done  # until the stand-in has started
[ -s helper ] || fail "the stand-in never started"
kill -INT "$pid"
set +e; wait "$pid"; got=$?; set -e
[ "$got" -eq 1 ] || fail "Ctrl+C: exit $got"
expect_stderr "stopped while LibreOffice was converting fx/ignite.pptx; nothing was written"
state=$(ps -o stat= -p "$(cat "$WORK/helper")" || true)
[ -z "$state" ] || [ "${state:0:1}" = Z ] || fail "LibreOffice's helper outlived Ctrl+C ($state)"
[ ! -e d5 ] || fail "d5 made by a stopped import"

# Exits 0 with no PDF.
fake silent 'echo "convert ok"; exit 0'
LIGHTNING_SOFFICE="$WORK/silent" expect_exit 1 "$LIGHTNING" import fx/ignite.pptx -o d2
expect_stderr "LibreOffice exited with status 0 but wrote no PDF of fx/ignite.pptx (it said: convert ok)"
[ ! -e d2 ] || fail "d2 made by a failed import"

# A PDF of the wrong page count: refused with both numbers.
fake three "$outdir"'; cp '"$WORK"'/three.pdf "$out/talk.pdf"'
LIGHTNING_SOFFICE="$WORK/three" expect_exit 1 "$LIGHTNING" import fx/ignite.pptx -o d3
expect_stderr "has 3 pages but fx/ignite.pptx shows 20 slides"

# Works: a fresh profile with macros disabled, the pictures from its PDF.
fake works "$outdir"'; profile=$(sed -n "s|.*UserInstallation=file://\([^ ]*\).*|\1|p" '"$WORK"'/args); cp "$profile/user/registrymodifications.xcu" '"$WORK"'/profile.xcu; cp '"$WORK"'/twenty.pdf "$out/talk.pdf"'
LIGHTNING_SOFFICE="$WORK/works" expect_exit 0 "$LIGHTNING" import fx/ignite.pptx -o d4 --size 320x180
grep -q 'pictures 20 at 320x180 from LibreOffice' "$WORK/stdout" || fail "summary: $(cat "$WORK/stdout")"
grep -q 'DisableMacrosExecution.*true' profile.xcu || fail "macros not disabled: $(cat profile.xcu)"
expect_exit 0 "$LIGHTNING" check d4
[ -z "$(ls -A "$TMPDIR")" ] || fail "temporary folders left: $(ls "$TMPDIR")"
echo "import converter: ok"
