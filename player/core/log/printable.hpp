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

}  // namespace lightning
