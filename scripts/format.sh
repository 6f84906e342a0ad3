#!/usr/bin/env bash
# Lays out every C++ file with .clang-format (clang-format 14, Debian 12); --check only reports
# the files that differ and fails if any does.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = --check ]; then
  clang-format --dry-run --Werror "${files[@]}" || {
    echo "format: run scripts/format.sh to lay these files out" >&2
    exit 1
  }
else
  clang-format -i "${files[@]}"
fi
