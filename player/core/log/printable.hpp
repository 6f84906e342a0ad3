#pragma once
// Text from decks and logs (titles, names, notes, file names) printed to a terminal: control
// characters and escape sequences are shown as \x1b, never passed raw, so a deck whose title
// holds "\x1b[2J" cannot clear the organizer's screen or retitle the window. Valid UTF-8 (Hangul,
// emoji) stays as it is; bytes that are not UTF-8 show as \xNN too.
#include <string>
#include <string_view>

namespace lightning {

// keep_newlines: a multi-line report keeps its line breaks (and only those).
std::string printable(std::string_view text, bool keep_newlines = false);

// A message for "lightning: %s": each of its lines escaped as above, a library's multi-line
// message (ffmpeg's last words, a parser's context) split at its newlines (a "\r\n" too) with the
// continuation lines indented by two spaces, so it reads as lines rather than "\x0a"; blank and
// trailing line ends are dropped.
std::string printable_message(std::string_view text);

}  // namespace lightning
