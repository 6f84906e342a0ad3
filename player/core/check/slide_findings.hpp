#pragma once
// What `check` finds in one slide from what the shell read of it: broken (it would show as a
// placeholder), damaged, small for the projector, invisible on the background, or not ready in
// its slot.
#include <string>
#include <vector>

#include "core/check/deck_findings.hpp"

namespace lightning {

struct SlideFindingContext {
    const PreparedTalk& talk;
    int screen_w, screen_h;
    const std::string& size_text;  // the projector's size as the user wrote it
};

// Adds slide k's findings to `findings` and returns its facts.
SlideFacts slide_findings(const SlideFindingContext& context, int k, const SlideCheck& read,
                          std::vector<CheckFinding>& findings);

}  // namespace lightning
