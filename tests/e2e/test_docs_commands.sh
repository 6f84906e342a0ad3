# Every command line the README and docs/*.md show runs, or at least parses: a reader who copies
# one gets what the page says, not "unknown flag". The commands are the lines of fenced code
# blocks that start with `lightning ` or `build/lightning ` (after an optional `$ `), or a part of
# such a line after `&&` (the README's `scripts/build.sh && build/lightning play decks/demo`).
#
# Every command gets the option check: its subcommand exists, and every option it uses (a word
# starting with -, up to any =) is one that `lightning SUBCOMMAND --help` lists.
# The cheap ones that need no window and no ffmpeg also run for real and must exit 0: check,
# config, keys, report, render, displays (SDL's dummy display) and export --sheet. play,
# rehearse, event (windows) and export to a video (minutes of ffmpeg) only get the option check;
# test_play_*, test_rehearse_*, test_event_* and test_export run those.
#
# The commands run in a temporary folder, through bash (so ~, globs and > work), with HOME and
# the XDG folders there too. What the pages' placeholders stand for:
#   decks/..., docs/...          the source tree's (linked into the folder: relative paths work)
#   DECK                         decks/demo
#   ~/talk, ~/talks/ada, talk1, talk2     copies of the demo deck
#   ~/talks/grace.pdf            a 3-page PDF (tests/support/make_pdf.py)
#   run1.jsonl run2.jsonl run3.jsonl      the sample rehearsals of docs/rehearsals/, which are
#                                also the demo deck's logged runs (for `report decks/demo`)
# A placeholder missing from this list makes a real run fail: add it here, or use one of these.
#
# Also checked, because they are just as easy to break when a page moves: the README's first code
# block is exactly the two commands (.ci/run runs the second), and every relative link in the
# README and docs/*.md points at a file that exists.
source "$(dirname "$0")/lib.sh"
pages=("$SOURCE_DIR/README.md" "$SOURCE_DIR"/docs/*.md)

# The README starts with the two commands, exactly.
first_block=$(awk '/^```/ { if (open) exit; open = 1; next } open' "$SOURCE_DIR/README.md")
[ "$first_block" = $'scripts/build.sh && build/lightning play decks/demo\nscripts/test.sh' ] ||
  fail "README's first code block is not the two commands: $first_block"

# Relative links ([text](path) and ![alt](path)) resolve from the page's own folder.
for page in "${pages[@]}"; do
  while IFS= read -r target; do
    target=${target%%#*}  # a link to a heading: the file is what must exist
    [ -z "$target" ] && continue
    [ -e "$(dirname "$page")/$target" ] || fail "${page#"$SOURCE_DIR"/} links to $target, which does not exist"
  done < <(grep -oE '\]\([^)]+\)' "$page" | sed 's/^](//; s/)$//' | grep -vE '^[a-z]+:' || true)
done

# The command lines, one per line as "page: command" (comments after `  #` dropped).
extract() {
  awk '
    FNR == 1 { open = 0 }
    /^```/ { open = !open; next }
    open {
      n = split($0, parts, / && /)
      for (i = 1; i <= n; i++) {
        line = parts[i]
        sub(/^\$ /, "", line)
        if (line !~ /^(build\/)?lightning /) continue
        sub(/[ \t]+#.*$/, "", line)
        name = FILENAME; sub(/.*\//, "", name)
        print name ": " line
      }
    }' "$@"
}
extract "${pages[@]}" >"$WORK/commands.txt"

# The folder the commands run in, with the placeholders above.
run="$WORK/run"
mkdir -p "$run/build" "$WORK/home/talks" "$WORK/bin"
ln -s "$LIGHTNING" "$run/build/lightning"
ln -s "$LIGHTNING" "$WORK/bin/lightning"
ln -s "$SOURCE_DIR/decks" "$run/decks"
ln -s "$SOURCE_DIR/docs" "$run/docs"
export HOME="$WORK/home" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
export PATH="$WORK/bin:$PATH" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
for copy in home/talk home/talks/ada run/talk1 run/talk2; do
  mkdir -p "$WORK/$copy"
  cp "$SOURCE_DIR"/decks/demo/* "$WORK/$copy/"
done
python3 "$SOURCE_DIR/tests/support/make_pdf.py" "$WORK/home/talks/grace.pdf" 3
cp "$SOURCE_DIR"/docs/rehearsals/run*.jsonl "$run/"
mkdir -p "$XDG_STATE_HOME/lightning/logs/demo"
cp "$SOURCE_DIR"/docs/rehearsals/run*.jsonl "$XDG_STATE_HOME/lightning/logs/demo/"

checked=0 ran=0
while IFS= read -r entry; do
  page=${entry%%: *}
  command=${entry#*: }
  command=${command//DECK/decks/demo}
  read -ra words <<<"$command"
  sub=${words[1]}
  # The subcommand exists, and its --help lists every option the line uses.
  "$LIGHTNING" "$sub" --help >"$WORK/help.txt" 2>"$WORK/stderr" ||
    fail "$page: '$command': lightning $sub --help failed (no such command?)"
  grep -oE '^ +(-[A-Za-z],)?--[a-z0-9-]+' "$WORK/help.txt" | tr ',' '\n' | tr -d ' ' >"$WORK/options.txt"
  for word in "${words[@]:2}"; do
    case $word in
      -) ;;
      -*) grep -qxF -- "${word%%=*}" "$WORK/options.txt" ||
            fail "$page: '$command': lightning $sub has no option ${word%%=*}" ;;
    esac
  done
  checked=$((checked + 1))
  # The cheap ones for real.
  case " $sub ${words[*]:2} " in
    " check "* | " config "* | " keys "* | " report "* | " render "* | " displays "* | " export "*" --sheet "*) ;;
    *) continue ;;
  esac
  (cd "$run" && bash -c "$command") >"$WORK/stdout" 2>"$WORK/stderr" ||
    fail "$page: '$command' exited $? (run in $run; stdout: $(head -c 2000 "$WORK/stdout"))"
  echo "ran: $page: $command"
  ran=$((ran + 1))
done <"$WORK/commands.txt"

# The pages show dozens of commands: a change that makes the extraction find few must not pass.
[ "$checked" -ge 30 ] || fail "only $checked command lines found in the README and docs"
[ "$ran" -ge 15 ] || fail "only $ran command lines run for real"
echo "docs commands: $checked checked, $ran run: ok"
