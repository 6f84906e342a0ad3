#pragma once
// `plan --write`: the plan into the deck's TOML (deck.toml, or talk.pdf.toml beside a PDF),
// the old file kept as <name>.bak, the new one written whole under another name and renamed into
// place; then the deck is loaded again and its schedule must be exactly the plan, or the old
// file is put back and the write fails.
#include <filesystem>

#include "core/deck/deck.hpp"
#include "core/plan/plan_fit.hpp"

namespace lightning {

// The file written. Throws DeckError naming the file when it cannot be written or verified.
std::filesystem::path write_plan(const std::filesystem::path& deck_input, const Deck& deck,
                                 const Plan& plan);

}  // namespace lightning
