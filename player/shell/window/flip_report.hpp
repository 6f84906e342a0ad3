#pragma once
// --verbose output of play and rehearse: one line per flip as it happens, and a summary at the
// end (its figures come from core/show/lateness).
#include <string>
#include <vector>

#include "core/show/prepared_talk.hpp"
#include "core/show/scheduled_slides.hpp"

namespace lightning {

void print_flip(const Flip& event, const PreparedTalk& talk);
// `flips`: every flip of the process (TalkRun::flips), every run after a restart included.
void print_summary(const std::vector<Flip>& flips, Micros startup, const std::string& end_reason);

}  // namespace lightning
