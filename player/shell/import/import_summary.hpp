#pragma once
// What `lightning import` tells the organizer: a short text (the deck, where the title came from,
// then one line a finding) or, with --json, the same as one JSON object on stdout.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/import/deck_plan.hpp"
#include "core/import/imported_talk.hpp"
#include "core/import/preflight.hpp"

namespace lightning {

struct ImportOutcome {
    std::string source;    // as given
    std::string folder;    // the deck folder written
    std::string pictures;  // "" when none were written, else where they came from
    int width = 0, height = 0;
    std::string next_step;  // how to get pictures, when none were written
};

std::string import_summary_text(const ImportedTalk& talk, const DeckPlan& plan,
                                const std::vector<Finding>& findings, const ImportOutcome& outcome);

nlohmann::json import_summary_json(const ImportedTalk& talk, const DeckPlan& plan,
                                   const std::vector<Finding>& findings,
                                   const ImportOutcome& outcome);

}  // namespace lightning
