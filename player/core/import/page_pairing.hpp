#pragma once
// Which page of the talk's PDF becomes each shown slide's picture. A PDF exported without hidden
// slides has a page per shown slide, paired in order; one exported with them (PowerPoint's
// "Include hidden slides", or LibreOffice here, which is asked for every slide so that its own
// idea of "hidden" cannot shift the pairing) has a page per slide, and the hidden ones' pages are
// skipped. Any other count would put every later note on the wrong picture: an error.
#include <string>
#include <vector>

#include "core/import/deck_plan.hpp"
#include "core/import/imported_talk.hpp"

namespace lightning {

// 0-based page of each of plan.shown. Throws ImportError naming `pdf`, `source` and both counts.
std::vector<int> pdf_pages_for(const ImportedTalk& talk, const DeckPlan& plan, int pages,
                               const std::string& pdf, const std::string& source);

}  // namespace lightning
