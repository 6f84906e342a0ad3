#!/usr/bin/env bash
# Writes the man page lightning.1 from the program's own --help (the top level and every
# command's) and its keys from `lightning keys` (the keymaps the windows use), so the page, the
# help and the keys are one text. Run by the build (CMake) after linking:
#   scripts/make_man.sh BUILD/lightning OUT.1 VERSION
set -euo pipefail
lightning=$1 out=$2 version=$3

# roff: a backslash is \e; a line starting with . or ' would be a request, \& keeps it text.
roff() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/" -e 's/-/\\-/g'; }

# The command names, from the Subcommands: section of the top-level help.
commands=$(LC_ALL=C "$lightning" --help | awk '/^Subcommands:/{on=1; next} on && /^  [a-z]/{print $1}')
[ -n "$commands" ] || { echo "make_man.sh: no commands in $lightning --help" >&2; exit 1; }

{
  echo ".TH LIGHTNING 1 \"\" \"lightning $version\" \"User Commands\""
  echo ".SH NAME"
  echo "lightning \\- a lightning\\-talk slide player that keeps time"
  echo ".SH SYNOPSIS"
  echo ".B lightning"
  echo "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIDECK\\fR]"
  echo ".SH DESCRIPTION"
  echo "A deck is a deck folder (slide images, optional deck.toml) or a PDF file."
  echo "Each command's options follow; \\fBlightning\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints the same."
  echo ".PP"
  echo ".nf"
  LC_ALL=C "$lightning" --help | roff
  echo ".fi"
  echo ".SH COMMANDS"
  for command in $commands; do
    echo ".SS $command"
    echo ".nf"
    LC_ALL=C "$lightning" "$command" --help | roff
    echo ".fi"
  done
  echo ".SH KEYS"
  echo "What each key does in each mode, as \\fBlightning keys\\fR prints it."
  echo ".PP"
  echo ".nf"
  LC_ALL=C "$lightning" keys | roff
  echo ".fi"
  echo ".SH FILES"
  echo ".TP"
  echo ".I \$XDG_CONFIG_HOME/lightning/config.toml"
  echo "Settings (default ~/.config/lightning/config.toml); \\fBlightning config\\fR prints them and their sources."
  echo ".TP"
  echo ".I \$XDG_STATE_HOME/lightning/logs/"
  echo "Timing logs of every run (default ~/.local/state/lightning/logs)."
  echo ".SH SEE ALSO"
  echo "README.md and docs/*.md in the doc folder (/usr/share/doc/lightning when installed from the .deb)."
} > "$out.tmp"
mv "$out.tmp" "$out"
