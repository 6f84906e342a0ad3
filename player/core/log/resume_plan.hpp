#pragma once
// Where a crashed talk stands now, from its log alone: `play --resume` continues on the crashed
// run's own schedule (the log's start event), at the talk time its wall clock has reached, less
// its pauses; a run that crashed while paused resumes paused where it stopped. Pure: the wall
// clock's "now" comes in as an argument.
#include "core/log/log_reader.hpp"
#include "core/log/logged_plan.hpp"  // ResumeError, the log's plan
#include "core/time/schedule.hpp"

namespace lightning {

struct ResumePlan {
    ReadLog log;                // the crashed run (its events go on in the same file)
    Schedule schedule;          // as the crashed run planned it
    WallTime wall_start{};      // its start event's wall time
    bool paused = false;        // it crashed during a pause: resume paused, at the paused position
    Micros paused_talk{0};      // while paused: the talk time the pause froze
    Micros paused_before{0};    // pauses that ended before the crash (and crash gaps while paused)
    Micros open_pause_real{0};  // while paused: real time (since the start) the pause began

    // Talk time at wall time `now`: real time since the start less the pauses (frozen while
    // paused).
    Micros talk_at(WallTime now) const;
    // Real time since the start that is not talk time, at `now` (the open pause included).
    Micros not_talk_at(WallTime now) const;
    // The slide due at `now` (the last one at most).
    int slide_at(WallTime now) const;
};

// The plan for resuming `log` at wall time `now`. `flags` are the timing flags given now: when
// any is given, the schedule it makes must be the log's (else ResumeError naming both). Refused
// (ResumeError): a log that ended on purpose (finished, quit, restart: see interrupted(); one
// ended by a signal or a closed window is resumed like a crash), a log without a readable start
// (wall time, plan), a start in the future (the clock was set back), a talk whose time has run out
// (not paused and its whole length is past).
ResumePlan plan_resume(ReadLog log, const TimingOverrides& flags, WallTime now);

}  // namespace lightning
