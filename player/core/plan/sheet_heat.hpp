#pragma once
// `export --sheet --runs N`: the contact sheet as a heat map. Each cell is tinted by the slide's
// mean over/under across the last N finished runs (each run against its own plan, as in
// report), red over and green under, stronger the further off, with the figure printed on it.
#include <optional>
#include <string>
#include <vector>

#include "core/log/report.hpp"

namespace lightning {

struct SlideHeat {
    std::optional<long long> mean_over_ms;  // none: no run timed it
    bool over = false;                      // tint red (over) or green (under)
    int strength = 0;                       // 0..255: the tint's opacity, 0 when on the plan
    std::string label;                      // "+2.1 s", "-0.8 s", "n/t" (not timed)
};

// Full strength at this far off the plan: a slide 3 s over is as red as it gets.
inline constexpr long long kHeatFullMs = 3'000;
inline constexpr int kHeatMaxStrength = 170;  // the thumbnail still shows through

// Per report row. A missed slide ("no mark") counts with what it is known to have run over
// (at least that much). Throws PlanError when no run finished.
std::vector<SlideHeat> sheet_heat(const Report& report, int last_runs);

}  // namespace lightning
