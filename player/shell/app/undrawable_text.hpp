#pragma once
// The words a deck shows besides its slides (title, speaker, notes) that hold characters no
// installed font can draw: they would appear as boxes on the end card, the title card and the
// presenter view. `check` warns, naming the characters and the Debian font package to install.
#include <string>
#include <vector>

#include "core/check/deck_findings.hpp"
#include "core/deck/deck.hpp"

namespace lightning {

// `font`: the deck's font as resolved (empty: the bundled one). Needs SDL_ttf started.
std::vector<UndrawableText> undrawable_text(const Deck& deck, const std::string& font);

}  // namespace lightning
