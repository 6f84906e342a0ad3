# Shared helpers for the end-to-end tests. $LIGHTNING is the binary, $SOURCE_DIR the source tree
# (both set by CTest). Each test works in its own temporary folder.
set -euo pipefail
: "${LIGHTNING:?set LIGHTNING to the lightning binary}"
: "${SOURCE_DIR:?set SOURCE_DIR to the source tree}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The user's own config.toml must not change what a test sees; a test that wants one writes it here.
export XDG_CONFIG_HOME="$WORK/config"

fail() { echo "FAIL: $*" >&2; [ -s "$WORK/stderr" ] && sed "s/^/  stderr: /" "$WORK/stderr" >&2; exit 1; }

# expect_exit CODE CMD...: runs CMD, keeps its stderr in $WORK/stderr, checks the exit status.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >"$WORK/stdout" 2>"$WORK/stderr"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$WORK/stderr" >&2; fail "exit $got, wanted $want: $*"; }
}

# expect_stderr TEXT: the last command's stderr contains TEXT.
expect_stderr() {
  grep -qF -- "$1" "$WORK/stderr" || { cat "$WORK/stderr" >&2; fail "stderr lacks: $1"; }
}

now_ms() { date +%s%3N; }

# A small deck of solid slides, made with the program's own render-free tooling: ImageMagick is
# not needed, the demo deck's images are copied.
demo_copy() {
  mkdir -p "$WORK/$1"
  cp "$SOURCE_DIR"/decks/demo/0[1-4]-*.png "$WORK/$1/"
  echo "$WORK/$1"
}

# skip REASON: this machine cannot run the test (ctest shows it as skipped, not passed).
skip() { echo "skipped: $*"; exit 77; }
