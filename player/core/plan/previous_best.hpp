#pragma once
// The previous best of each slide, for the presenter view while rehearsing: of the figures the
// earlier finished rehearsals give a slide (slide_measures.hpp, as `plan` reads them: a paced
// run's words time, a free run's time on screen), the one that fits this rehearsal's plan for
// the slide most closely without running over; when every figure ran over, the one that ran
// over least. On the hard clock a slide's words that run over are cut by the flip, so a take
// that fits is the one worth repeating, even when one that ran over came nearer the plan.
//
// Each figure is a time, so it is held against the plan the speaker rehearses now, whatever plan
// its own run had (a deck replanned since, or a --total): "best 14.2 s (plan 15.0)" then reads
// as "your best take of this slide fits the 15 s it has now". Pure: the shell reads the logs.
#include <optional>
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"
#include "core/plan/slide_measures.hpp"

namespace lightning {

struct SlideBest {
    long long best_ms = 0;  // the chosen figure
    long long plan_ms = 0;  // the plan it was chosen against (this rehearsal's)
    bool operator==(const SlideBest&) const = default;
};

// Per slide of `measures`, its best against `plan_ms` (same order; a slide past the end of
// either has none); none where no run timed the slide (not reached, or every mark missed).
// Equal figures are one text; the newest run's is taken.
std::vector<std::optional<SlideBest>> previous_best(const Measures& measures,
                                                    const std::vector<long long>& plan_ms);

// From a deck's logs as read (oldest first): its rehearsal runs (paced, free; a play run's time
// on screen is the schedule's, not the speaker's), the last `last_runs` of them that finished,
// their bests against `plan_ms`. No such run, or runs of another slide count: one empty entry
// per slide, never an error (a first rehearsal has no previous best).
std::vector<std::optional<SlideBest>> previous_best_of_runs(const std::vector<ReadLog>& logs,
                                                            const std::vector<long long>& plan_ms,
                                                            int last_runs = kDefaultRuns);

// "best 14.2 s (plan 15.0)": tenths of a second as everywhere (time_text's tenths_of).
std::string previous_best_text(const SlideBest& best);

}  // namespace lightning
