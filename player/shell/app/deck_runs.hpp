#pragma once
// The runs of a deck as it is now, read for plan and the sheet's heat map: the logs given, or
// the deck's own (where play and rehearse put them: config.toml's log-dir, else the default
// place), oldest first. Logs of another slide list (another deck, or this one before its slides
// changed) and logs that cannot be read are left out, each with a line on stderr.
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/log/log_reader.hpp"

namespace lightning {

// `deck_arg` is the deck as the user gave it (named in messages). Throws DeckError when no run
// is left.
std::vector<ReadLog> deck_runs(const Deck& deck, const std::string& deck_arg,
                               const std::vector<std::string>& given_logs);

}  // namespace lightning
