#pragma once
// A run's per-slide results as text: the rehearsal's summary screen and `report` both use it.
#include <string>
#include <vector>

#include "core/log/run_log.hpp"

namespace lightning {

// "+2.1 s" / "-0.8 s" from milliseconds.
std::string format_over_ms(long long ms);
// "0:15.0" from milliseconds.
std::string format_ms(long long ms);

struct RunTable {
    std::vector<std::vector<std::string>> rows;  // first row: headings
    std::vector<std::string> notes;              // totals, the worst slides
};

// slide | planned | actual | over/under, then the total and the three worst overruns.
RunTable run_table(const RunSummary& run);

// The slides (0-based rows) with the largest overruns, worst first, at most `count`.
std::vector<size_t> worst_slides(const RunSummary& run, size_t count);
// How long the run really took against the plan: free mode, the end; paced, the last slide's
// mark (when the words ended); play, the end.
long long run_length_ms(const RunSummary& run);

}  // namespace lightning
