#pragma once
// --verbose output of play: one line per flip as it happens, and a summary at the end.
#include <string>

#include "core/config/talk_options.hpp"
#include "core/show/talk.hpp"

namespace lightning {

struct LatenessSummary {
    int shown = 0;
    int skipped = 0;
    double p50_ms = 0, p99_ms = 0, max_ms = 0, mean_ms = 0;
    double mean_abs_ms = 0, max_abs_ms = 0;  // flip error either way (early or late)
    double final_drift_ms = 0;               // lateness of the last slide shown
};
// Slides before `from_slide` are left out (after a resume they belong to the crashed process).
LatenessSummary summarize_lateness(const std::vector<TalkEvent>& events, int from_slide = 0);

void print_flip(const TalkEvent& event, const PreparedTalk& talk);
void print_summary(const Talk& talk, Micros startup, const std::string& end_reason,
                   int from_slide = 0);

}  // namespace lightning
