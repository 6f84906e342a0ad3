#pragma once
// What the runs say about each slide, for `plan`: the figures of the last N finished runs (a
// paced run's words time, a free or play run's time on screen; see core/log/report.hpp), and why
// a slide has none. Shared by the fitted plan and the fixed-slot advice.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/log/report.hpp"

namespace lightning {

// A plan cannot be made from these runs; the message says what to do.
class PlanError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SlideMeasure {
    std::vector<long long> values_ms;  // one per used run that timed it, oldest first
    // Why there are none: "no run reached it", "every run missed its mark (no mark)"; "" when
    // values_ms has some.
    std::string flag;
};

struct Measures {
    std::vector<size_t> runs;          // the report's runs used (indices, oldest first)
    std::vector<SlideMeasure> slides;  // per report row
};

// How many of the last finished runs `plan` reads unless told (--runs), and the presenter
// view's previous best with it (previous_best.hpp).
inline constexpr int kDefaultRuns = 3;

// The last `last_runs` counted (finished) runs of `report` (0: all of them). A missed slide
// ("no mark") gives no figure: the words ran at least that long, not that long. Throws
// PlanError when no run finished.
Measures measure_slides(const Report& report, int last_runs);

// "8.1 s": milliseconds to tenths of a second (time_text's tenths_of).
std::string seconds_text(long long ms);

// "runs disagree: 8.1 s to 14.3 s" when the runs' figures for a slide spread wildly (the
// longest at least 2 s and half again over the shortest), else "".
std::string disagreement(const SlideMeasure& slide);

}  // namespace lightning
