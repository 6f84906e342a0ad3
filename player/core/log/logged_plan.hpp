#pragma once
// The plan a run was timed on, read back from its log's start event: `play --resume` continues
// a crashed talk on it, and `export --audio-from` lays a rehearsal's recording under a video
// paced on it (the voice was recorded against that schedule, so the slides change where they
// changed for the speaker).
#include <stdexcept>
#include <string>

#include "core/deck/deck.hpp"
#include "core/log/log_reader.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

// A log that cannot be used so, or flags that contradict it; the message says what to do.
class ResumeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// How the messages name the use: "resume" or "export".
struct LogUse {
    std::string run;     // "the crashed run", "the rehearsal"
    std::string verb;    // "resume", "export"
    std::string remedy;  // what to do when the log's plan is unreadable
};
LogUse resume_use();
LogUse export_use();

// The schedule in the log's start event (each slide's planned start and length, the total, the
// format). ResumeError when it is missing or inconsistent.
Schedule logged_schedule(const ReadLog& log, const LogUse& use);

// Timing flags given now must make the log's plan (the log's plan is used either way);
// ResumeError naming both when they do not.
void check_logged_flags(const ReadLog& log, const Schedule& logged, const TimingOverrides& flags,
                        const LogUse& use);

// export --audio-from: the schedule a rehearsal of `deck` with a recording ran on. Refused
// (ResumeError) for a log of another deck (or of a changed one) and for a --free rehearsal (its
// slides changed by hand, not on a schedule, so the voice would drift off its slides).
Schedule recorded_schedule(const ReadLog& log, const Deck& deck, const TimingOverrides& flags);

}  // namespace lightning
