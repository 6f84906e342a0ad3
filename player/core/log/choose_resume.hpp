#pragma once
// Which log a resume continues, for `play --resume` and `event --resume` alike: one decision, so
// the two cannot disagree. Only a play run of the same slides is resumed: a rehearsal (paced or
// free) never is, as its clock was the speaker's, not the audience's; a log of other slides (the
// deck changed, or another deck of the same folder name) would put the talk on wrong slides.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"
#include "core/log/resume_plan.hpp"

namespace lightning {

struct ResumeRequest {
    std::string deck;                            // the deck as named to the command (for messages)
    std::vector<std::string> files;              // its slides now: a log of other slides is refused
    std::filesystem::path folder;                // the deck's logs folder (for messages)
    std::vector<std::filesystem::path> logs;     // the logs in it (any order)
    std::optional<std::filesystem::path> given;  // play --resume LOG: this one, used or refused
    TimingOverrides flags;                       // timing flags given now (an event gives none)
    // An event's talk: when it started, by the event's log. An unfinished play run of the deck
    // begun before then is another run (a crash the day before), not this talk: passed over.
    std::optional<WallTime> not_before;
    std::string when_none;  // what to do when there is no log to resume ("give the log: ...")
};

// Reads one log; throws LogError when it cannot (read_run_log, or a fake in tests).
using LogReader = std::function<ReadLog(const std::filesystem::path&)>;

// The plan for resuming at wall time `now`: the given log, or else the newest of `logs` that is a
// play run and was interrupted (no end, or ended by a signal or a closed window) and did not
// begin before `not_before`; ended logs, rehearsals, older runs and unreadable files are passed
// over. Throws ResumeError saying why there is nothing
// to resume: no such log (how many interrupted rehearsals were passed over), a rehearsal given, a
// log of other slides, or whatever plan_resume refuses. A given log that cannot be read throws
// LogError.
ResumePlan choose_resume(const ResumeRequest& request, WallTime now,
                         const LogReader& read = read_run_log);

}  // namespace lightning
