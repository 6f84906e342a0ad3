#pragma once
// Where a run is in its deck, on its talk time: the one interface a run reads, pauses and asks
// for the overlay, whichever way its slides move. Two kinds implement it:
//   ScheduledSlides  the hard clock moves the slides (play, paced)
//   ManualSlides     the speaker moves them by hand; the clock only measures (free)
// Talk time is kept here once for both (PausableClock: since the start, less every pause), so the
// two cannot disagree on what a pause does.
#include "core/time/clock.hpp"
#include "core/time/moment.hpp"
#include "core/time/pausable_clock.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

class SlideClock {
public:
    virtual ~SlideClock() = default;
    // A copy would be sliced to the interface, and both copies would share the schedule.
    SlideClock(const SlideClock&) = delete;
    SlideClock& operator=(const SlideClock&) = delete;

    // Anchors talk time at clock time `t0` and begins the slides again.
    void start_at(Micros t0) {
        time_.start_at(t0);
        started_ = true;
        restart();
    }
    bool started() const { return started_; }
    Micros t0() const { return time_.t0(); }

    // Talk time: since the start, less every pause (it stands still while paused). At clock
    // time `at`, and the clock time of talk time `talk` (see PausableClock).
    Micros elapsed() const { return time_.elapsed(); }
    Micros elapsed_at(Micros at) const { return time_.elapsed_at(at); }
    Micros clock_at(Micros talk) const { return time_.clock_at(talk); }

    // Pausing stops talk time (only between the start and the end); resuming moves the start
    // forward by the pause, so whatever is planned as start + offset moves with it. Returns
    // how long the pause lasted.
    void pause() {
        if (started_ && !ended()) time_.pause();
    }
    Micros resume() { return time_.resume(); }
    bool paused() const { return time_.paused(); }
    Micros paused_total() const { return time_.paused_total(); }

    // The slide on screen (count() once past the last one).
    virtual int current() const = 0;
    bool ended() const { return current() >= schedule_.count(); }
    // The overlay's view at talk time `at`, and the next talk time after `from` at which it
    // changes (Micros::max(): nothing moves any more).
    virtual Moment moment_at(Micros at) const = 0;
    virtual Micros next_change(Micros from, int bar_width) const = 0;

    const Schedule& schedule() const { return schedule_; }
    const Thresholds& thresholds() const { return thresholds_; }

protected:
    SlideClock(const Schedule& schedule, const Clock& clock, Thresholds thresholds)
        : schedule_(schedule), time_(clock), thresholds_(thresholds) {}
    // start_at's part for the slides: talk time is already 0.
    virtual void restart() = 0;

    const Schedule& schedule_;
    PausableClock time_;
    Thresholds thresholds_;

private:
    bool started_ = false;
};

}  // namespace lightning
