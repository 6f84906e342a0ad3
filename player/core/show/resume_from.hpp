#pragma once
// How a play run that crashed goes on: its plan, read from its log (core/log/resume_plan.hpp),
// and how to append to that same log.
#include <functional>
#include <memory>
#include <string>

#include "core/deck/deck.hpp"
#include "core/log/resume_plan.hpp"
#include "core/log/talk_log.hpp"

namespace lightning {

// Called (once) when the log cannot be written, with the problem in words.
using LogProblem = std::function<void(const std::string&)>;

// A play run that crashed, continued on its own schedule by the wall clock of its start.
struct ResumeFrom {
    ResumePlan plan;
    std::function<std::unique_ptr<TalkLog>(LogProblem on_problem)>
        reopen_log;  // appends to its log (may be null)
};

// The talk goes on where its own schedule is now, by the wall clock of its start, appending to
// its log (LogFile cuts a line the crash left half-written; the deck's fallback places are kept).
// `plan` and `deck` must outlive the result.
ResumeFrom resume_from(const ResumePlan& plan, const Deck& deck);

}  // namespace lightning
