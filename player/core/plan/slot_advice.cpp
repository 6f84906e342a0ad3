#include "core/plan/slot_advice.hpp"

#include "core/plan/fit_to_total.hpp"
#include "core/plan/slide_measures.hpp"

namespace lightning {

namespace {

// "15 s", or "15.5 s" when the slot is not whole seconds.
std::string slot_text(long long ms) {
    return ms % 1'000 == 0 ? std::to_string(ms / 1'000) + " s" : seconds_text(ms);
}

// Advice is given below half a second of difference no more: that is within a breath.
constexpr long long kWorthSaying = 500;

}  // namespace

SlotAdvice slot_advice(const Report& report, long long slot_ms, int last_runs) {
    const Measures measures = measure_slides(report, last_runs);
    SlotAdvice advice;
    advice.runs_used = measures.runs.size();
    advice.warnings = report.warnings;
    for (size_t k = 0; k < report.rows.size(); ++k) {
        const std::string name = "slide " + std::to_string(report.rows[k].slide);
        const SlideMeasure& measure = measures.slides[k];
        if (measure.values_ms.empty()) {
            advice.warnings.push_back(name + " (" + report.rows[k].file + "): " + measure.flag);
            continue;
        }
        if (const auto spread = disagreement(measure); !spread.empty())
            advice.warnings.push_back(name + " (" + report.rows[k].file + "): " + spread);
        const long long words = median_of(measure.values_ms);
        const long long off = words - slot_ms;
        if (off < kWorthSaying && -off < kWorthSaying) continue;
        advice.lines.push_back(
            name + ": your words take " + seconds_text(words) + " of " + slot_text(slot_ms) + "; " +
            (off > 0 ? "cut " + seconds_text(off) : seconds_text(-off) + " to spare"));
    }
    return advice;
}

}  // namespace lightning
