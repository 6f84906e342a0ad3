#include "core/plan/sheet_heat.hpp"

#include <algorithm>

#include "core/plan/slide_measures.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

std::vector<SlideHeat> sheet_heat(const Report& report, int last_runs) {
    const Measures measures = measure_slides(report, last_runs);
    std::vector<SlideHeat> out;
    for (const auto& row : report.rows) {
        SlideHeat heat;
        long long sum = 0, count = 0;
        for (const size_t run : measures.runs)
            if (const auto over = over_of(row, run)) sum += *over, ++count;
        if (count == 0) {
            heat.label = "n/t";
        } else {
            const long long mean = sum / count;
            heat.mean_over_ms = mean;
            heat.over = mean > 0;
            const long long off = std::min(mean < 0 ? -mean : mean, kHeatFullMs);
            heat.strength = static_cast<int>(off * kHeatMaxStrength / kHeatFullMs);
            heat.label = format_signed_seconds(Millis{mean});
        }
        out.push_back(std::move(heat));
    }
    return out;
}

}  // namespace lightning
