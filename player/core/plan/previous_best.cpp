#include "core/plan/previous_best.hpp"

#include "core/log/report.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

namespace {

// True when `figure` is a better take than `than` for a slide planned `plan_ms`: one that fits
// beats one that ran over; of two that fit the longer (nearer the plan), of two over the shorter.
bool better(long long figure, long long than, long long plan_ms) {
    const bool fits = figure <= plan_ms, other_fits = than <= plan_ms;
    if (fits != other_fits) return fits;
    return fits ? figure > than : figure < than;
}

// A log without its events: build_report reads the summary alone, and a rehearsal's events can
// be thousands of lines.
ReadLog summary_only(const ReadLog& log) {
    ReadLog out;
    out.path = log.path;
    out.summary = log.summary;
    out.damaged_lines = log.damaged_lines;
    out.truncated = log.truncated;
    return out;
}

}  // namespace

std::vector<std::optional<SlideBest>> previous_best(const Measures& measures,
                                                    const std::vector<long long>& plan_ms) {
    std::vector<std::optional<SlideBest>> out(plan_ms.size());
    for (size_t k = 0; k < plan_ms.size() && k < measures.slides.size(); ++k) {
        const std::vector<long long>& figures = measures.slides[k].values_ms;
        if (figures.empty()) continue;
        long long best = figures.front();
        // Oldest first: an equal figure later is a newer run's, and replaces it.
        for (const long long figure : figures)
            if (!better(best, figure, plan_ms[k])) best = figure;
        out[k] = SlideBest{best, plan_ms[k]};
    }
    return out;
}

std::vector<std::optional<SlideBest>> previous_best_of_runs(const std::vector<ReadLog>& logs,
                                                            const std::vector<long long>& plan_ms,
                                                            int last_runs) {
    std::vector<ReadLog> rehearsals;
    for (const ReadLog& log : logs)
        if (log.summary.start.mode_is(RunMode::Paced) || log.summary.start.mode_is(RunMode::Free))
            rehearsals.push_back(summary_only(log));
    if (rehearsals.empty()) return std::vector<std::optional<SlideBest>>(plan_ms.size());
    const Report report = build_report(rehearsals);
    if (report.rows.size() != plan_ms.size())
        return std::vector<std::optional<SlideBest>>(plan_ms.size());
    try {
        return previous_best(measure_slides(report, last_runs), plan_ms);
    } catch (const PlanError&) {  // none finished: a first rehearsal has no previous best
        return std::vector<std::optional<SlideBest>>(plan_ms.size());
    }
}

std::string previous_best_text(const SlideBest& best) {
    const long long plan = tenths_of(Millis{best.plan_ms});
    return "best " + seconds_text(best.best_ms) + " (plan " + std::to_string(plan / 10) + "." +
           std::to_string(plan % 10) + ")";
}

}  // namespace lightning
