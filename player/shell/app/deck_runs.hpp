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

// The deck's own runs before a rehearsal starts (`log_dir`: config.toml's, empty for the default
// place), read the same way, for the presenter view's previous best. Never throws and never
// stops the rehearsal: no log is a first rehearsal, logs of another slide list are passed over
// without a word (the deck changed since, as it does while a talk is written), and a log that
// cannot be read is passed over with one line on stderr naming it.
std::vector<ReadLog> earlier_deck_runs(const Deck& deck, const std::string& log_dir);

}  // namespace lightning
