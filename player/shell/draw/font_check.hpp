#pragma once
// Whether the font a deck.toml, config.toml or --font names can be used. A font problem never
// stops a talk: FontSet leaves an unusable font out and draws with the bundled DejaVu Sans, play
// says so on stderr, and check reports it as a warning. A font given by name (not a file) is
// fontconfig's best match, which always exists: only files are judged here.
#include <string>

namespace lightning {

// Empty when `font` is empty, a font name, or a font file that opens; else what is wrong and what
// is used instead, e.g. "the font file talk.ttf cannot be opened (...): the bundled DejaVu Sans
// is used instead; ...". `font` is as resolved (a deck's relative file made absolute when it
// exists beside deck.toml).
std::string font_problem(const std::string& font);

// True when `font` is written as a file (a path or a font file's extension) rather than a name.
bool names_font_file(const std::string& font);

}  // namespace lightning
