#pragma once
// The deck.toml of an imported talk, in the keys docs/decks.md describes, so play, check, event
// and export read it as they read a hand-written one.
#include <string>

#include "core/import/deck_plan.hpp"
#include "core/import/imported_talk.hpp"

namespace lightning {

// `source` is the imported file's name, written in a comment with where the title came from.
std::string deck_toml_text(const ImportedTalk& talk, const DeckPlan& plan,
                           const std::string& source);

// "metadata (dc:title)", "the first slide's title", "the file's name".
std::string title_source_text(const ImportedTalk& talk);

}  // namespace lightning
