#include "core/plan/slide_measures.hpp"

#include <algorithm>
#include <cstdio>

#include "core/time/time_text.hpp"

namespace lightning {

Measures measure_slides(const Report& report, int last_runs) {
    Measures out;
    for (size_t i = 0; i < report.runs.size(); ++i)
        if (report.runs[i].counted) out.runs.push_back(i);
    if (out.runs.empty())
        throw PlanError(
            "none of these runs finished (a quit, restart or crash is left out, as in report): "
            "rehearse the talk to its end at least once");
    if (last_runs > 0 && out.runs.size() > static_cast<size_t>(last_runs))
        out.runs.erase(out.runs.begin(), out.runs.end() - last_runs);
    for (const auto& row : report.rows) {
        SlideMeasure slide;
        bool any_missed = false;
        for (const size_t run : out.runs) {
            if (row.note[run] == kNoMark) {
                any_missed = true;
            } else if (row.actual_ms[run]) {
                slide.values_ms.push_back(*row.actual_ms[run]);
            }
        }
        if (slide.values_ms.empty())
            slide.flag = any_missed ? "every run missed its mark (no mark)" : "no run reached it";
        out.slides.push_back(std::move(slide));
    }
    return out;
}

std::string seconds_text(long long ms) {
    const long long tenths = tenths_of(Millis{ms});
    const long long whole = tenths < 0 ? -tenths : tenths;
    char text[40];
    std::snprintf(text, sizeof text, "%s%lld.%lld s", tenths < 0 ? "-" : "", whole / 10,
                  whole % 10);
    return text;
}

std::string disagreement(const SlideMeasure& slide) {
    if (slide.values_ms.size() < 2) return "";
    const auto [low, high] = std::minmax_element(slide.values_ms.begin(), slide.values_ms.end());
    if (*high - *low < 2'000 || *high * 2 < *low * 3) return "";
    return "runs disagree: " + seconds_text(*low) + " to " + seconds_text(*high);
}

}  // namespace lightning
