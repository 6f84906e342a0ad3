#pragma once
// `lightning plan` for Ignite and PechaKucha decks: their slots are fixed (15 s, 20 s), so there
// is no plan to fit; instead, per slide, how far the words (median of the runs) are from the
// slot: "slide 4: your words take 17.9 s of 15 s; cut 2.9 s".
#include <string>
#include <vector>

#include "core/log/report.hpp"

namespace lightning {

struct SlotAdvice {
    std::vector<std::string> lines;     // slides off by at least 0.5 s, in slide order
    std::vector<std::string> warnings;  // slides untimed, runs disagreeing, left-out runs
    size_t runs_used = 0;
};

// `slot_ms`: every slide's fixed time; `last_runs`: the last N finished runs (0: all). Throws
// PlanError when no run finished.
SlotAdvice slot_advice(const Report& report, long long slot_ms, int last_runs);

}  // namespace lightning
