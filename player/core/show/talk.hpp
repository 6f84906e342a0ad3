#pragma once
// A talk being given: the schedule anchored to a start instant on the clock, and the record of
// what was actually shown. The schedule wins: slide k is due at t0 + offset[k]; if the program
// falls behind (slow disk, suspended laptop) the slide due now is shown and the ones in between
// are recorded as skipped, never shown late one after another.
#include <vector>

#include "core/time/clock.hpp"
#include "core/time/moment.hpp"
#include "core/time/schedule.hpp"
#include "core/time/talk_clock.hpp"

namespace lightning {

struct TalkEvent {
    enum class Kind { Shown, Skipped, Ended };
    Kind kind;
    int slide;   // slide index; for Ended, the slide count
    Micros due;  // planned time, since t0
    Micros at;   // when it happened (for Shown: when the frame was presented), since t0
    Micros late() const { return at - due; }
};

class Talk {
public:
    Talk(const Schedule& schedule, const Clock& clock, Thresholds thresholds = {});

    // Anchors the schedule: the talk starts now (or at a given clock time).
    void start();
    void start_at(Micros t0);
    bool started() const { return started_; }
    Micros t0() const { return time_.t0(); }

    // Talk time: since the start, less every pause (it stands still while paused).
    Micros elapsed() const { return time_.elapsed(); }
    Micros elapsed_at(Micros at) const { return time_.elapsed_at(at); }
    Micros clock_at(Micros talk) const { return time_.clock_at(talk); }
    Moment moment() const { return moment_at(schedule_, thresholds_, elapsed()); }
    Moment moment_at_elapsed(Micros elapsed) const {
        return moment_at(schedule_, thresholds_, elapsed);
    }
    // Clock time at which slide k is due (k == count: the end).
    Micros deadline(int slide) const;

    // Moves to the slide due now. Slides that came and went without being presented are
    // recorded as skipped; reaching the end records Ended once. Returns the slide index due
    // now (count() once ended).
    int advance();
    // The same, for a frame about to be presented for the instant `elapsed` (which may be a
    // moment ahead of the clock: frames are presented so that they land on their instant).
    int advance_to(Micros elapsed);
    // The frame showing the current slide reached the screen at clock time `at`.
    void presented(Micros at);

    // Pausing stops talk time; resuming shifts the rest of the schedule by the pause, so the
    // current slide keeps the time it had left. Returns how long the pause lasted.
    void pause();
    Micros resume();
    bool paused() const { return time_.paused(); }
    Micros paused_total() const { return time_.paused_total(); }

    int current() const { return current_; }
    bool ended() const { return current_ >= schedule_.count(); }
    const Schedule& schedule() const { return schedule_; }
    const Thresholds& thresholds() const { return thresholds_; }
    const std::vector<TalkEvent>& events() const { return events_; }

private:
    void leave_current();

    const Schedule& schedule_;
    TalkClock time_;
    Thresholds thresholds_;
    bool started_ = false;
    int current_ = -1;  // slide the talk is on; -1 before start
    bool current_presented_ = false;
    std::vector<TalkEvent> events_;
};

}  // namespace lightning
