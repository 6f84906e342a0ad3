#pragma once
// `lightning plan`: each slide's time from the rehearsals, fitted to the talk's exact total.
// Per slide the median of the last N finished runs' figures (see slide_measures.hpp), scaled so
// the slides add up to exactly the total and rounded to tenths (fit_to_total.hpp). Slides with
// no figure are flagged and keep their current time, not invented; the others share what is
// left. Pure: the shell reads the logs and the deck, prints the plan and writes deck.toml.
#include <optional>
#include <string>
#include <vector>

#include "core/log/report.hpp"
#include "core/plan/slide_measures.hpp"

namespace lightning {

struct PlanSlide {
    int slide = 0;  // 1-based
    std::string file;
    long long now_ms = 0;                // the deck's current plan
    long long proposed_ms = 0;           // the fitted plan (now_ms for a flagged slide)
    std::optional<long long> median_ms;  // the runs' median, before scaling
    std::string flag;                    // why it kept now_ms ("" when fitted)
};

struct Plan {
    long long total_ms = 0;
    size_t runs_used = 0;
    std::vector<PlanSlide> slides;
    std::vector<std::string>
        warnings;  // flagged slides, under 1 s, runs disagreeing, left-out runs
};

// `now_ms`: the deck's current plan per slide, in the report's slide order (same count);
// `total_ms`: what the plan must add up to; `last_runs`: the last N finished runs (0: all).
// Throws PlanError when no run finished, no slide was timed, or the flagged slides alone take
// the total.
Plan fit_plan(const Report& report, const std::vector<long long>& now_ms, long long total_ms,
              int last_runs);

}  // namespace lightning
