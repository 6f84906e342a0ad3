#include "core/plan/plan_fit.hpp"

#include "core/plan/fit_to_total.hpp"

namespace lightning {

namespace {

std::string slide_name(const PlanSlide& slide) {
    return "slide " + std::to_string(slide.slide) + " (" + slide.file + ")";
}

}  // namespace

Plan fit_plan(const Report& report, const std::vector<long long>& now_ms, long long total_ms,
              int last_runs) {
    if (now_ms.size() != report.rows.size())
        throw PlanError("the runs have " + std::to_string(report.rows.size()) +
                        " slides but the deck has " + std::to_string(now_ms.size()) +
                        ": rehearse the deck as it is now");
    const Measures measures = measure_slides(report, last_runs);
    Plan plan;
    plan.total_ms = total_ms;
    plan.runs_used = measures.runs.size();
    plan.warnings = report.warnings;
    std::vector<long long> weights;
    std::vector<size_t> fitted;
    long long kept_ms = 0;
    for (size_t k = 0; k < report.rows.size(); ++k) {
        PlanSlide slide;
        slide.slide = report.rows[k].slide;
        slide.file = report.rows[k].file;
        slide.now_ms = now_ms[k];
        const SlideMeasure& measure = measures.slides[k];
        if (measure.values_ms.empty()) {
            slide.flag = measure.flag;
            slide.proposed_ms = slide.now_ms;
            kept_ms += slide.now_ms;
            plan.warnings.push_back(slide_name(slide) + ": " + slide.flag + "; keeps its " +
                                    seconds_text(slide.now_ms) +
                                    " (rehearse it to the end and mark it to time it)");
        } else {
            slide.median_ms = median_of(measure.values_ms);
            weights.push_back(*slide.median_ms);
            fitted.push_back(k);
            if (const auto spread = disagreement(measure); !spread.empty())
                plan.warnings.push_back(slide_name(slide) + ": " + spread +
                                        " (the median is used; rehearse it again to settle it)");
        }
        plan.slides.push_back(std::move(slide));
    }
    if (fitted.empty())
        throw PlanError("no slide was timed by these runs: rehearse the talk to its end");
    if (kept_ms + static_cast<long long>(fitted.size()) > total_ms)
        throw PlanError("the slides no run timed keep " + seconds_text(kept_ms) +
                        ", which leaves nothing of the total " + seconds_text(total_ms) +
                        " for the others: rehearse them, or give a longer --total");
    const auto shares = fit_to_total(weights, total_ms - kept_ms);
    for (size_t i = 0; i < fitted.size(); ++i) {
        PlanSlide& slide = plan.slides[fitted[i]];
        slide.proposed_ms = shares[i];
        if (slide.proposed_ms < 1'000)
            plan.warnings.push_back(slide_name(slide) + ": " + seconds_text(slide.proposed_ms) +
                                    ", under 1 s: too short to read; merge it or give it more");
    }
    return plan;
}

}  // namespace lightning
