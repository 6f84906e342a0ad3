#pragma once
// Talk time: time since the start on a clock that can stand still. Pausing freezes it; resuming
// moves the start forward by the pause, so everything planned as start + offset (a schedule's
// deadlines) moves with it. Every run keeps its talk time on one (in its SlideClock), whoever
// moves its slides.
#include "core/time/clock.hpp"

namespace lightning {

class PausableClock {
public:
    explicit PausableClock(const Clock& clock) : clock_(clock) {}

    void start_at(Micros t0) {
        t0_ = t0;
        paused_ = false;
        paused_total_ = Micros{0};
    }
    Micros now() const { return clock_.now(); }
    Micros t0() const { return t0_; }
    Micros elapsed() const { return elapsed_at(clock_.now()); }
    // Talk time at clock time `at` (while paused: where it stands), and the clock time at which
    // talk time `talk` falls (while running). One reading of the clock each, so a frame planned
    // for an instant and asked about later agree to the microsecond.
    Micros elapsed_at(Micros at) const { return (paused_ ? pause_began_ : at) - t0_; }
    Micros clock_at(Micros talk) const { return t0_ + talk; }

    void pause() {
        if (paused_) return;
        paused_ = true;
        pause_began_ = clock_.now();
    }
    // Returns how long the pause lasted (0 when not paused).
    Micros resume() {
        if (!paused_) return Micros{0};
        const Micros lasted = clock_.now() - pause_began_;
        t0_ += lasted;
        paused_total_ += lasted;
        paused_ = false;
        return lasted;
    }
    bool paused() const { return paused_; }
    Micros paused_total() const { return paused_total_; }

private:
    const Clock& clock_;
    Micros t0_{0};
    bool paused_ = false;
    Micros pause_began_{0};
    Micros paused_total_{0};
};

}  // namespace lightning
