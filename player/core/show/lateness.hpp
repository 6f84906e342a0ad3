#pragma once
// The figures of --verbose's summary line, from the flips a run presented (TalkRun::flips): how
// many slides were shown and skipped, and how late they reached the screen. Kept in core so the
// numbers are tested with the fake clock; the shell only prints them.
#include <vector>

#include "core/show/scheduled_slides.hpp"

namespace lightning {

struct LatenessSummary {
    int shown = 0;
    int skipped = 0;
    double p50_ms = 0, p99_ms = 0, max_ms = 0, mean_ms = 0;
    double mean_abs_ms = 0, max_abs_ms = 0;  // flip error either way (early or late)
    double final_drift_ms = 0;               // lateness of the last slide shown
};

LatenessSummary summarize_lateness(const std::vector<Flip>& flips);

}  // namespace lightning
