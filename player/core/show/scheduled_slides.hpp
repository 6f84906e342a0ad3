#pragma once
// The slides of a run on the hard clock (play, paced): the schedule anchored to a start instant
// on the clock, and the record of what was actually shown. The schedule wins: slide k is due at t0
// + offset[k]; if the program falls behind (slow disk, suspended laptop) the slide due now is shown
// and the ones in between are recorded as skipped, never shown late one after another.
#include <vector>

#include "core/show/slide_clock.hpp"

namespace lightning {

// One change of what the audience sees, on talk time: a slide shown, a slide whose time came and
// went unseen (skipped), or the end reached. --verbose prints them; the run logs them.
struct Flip {
    enum class Kind { Shown, Skipped, Ended };
    Kind kind;
    int slide;   // slide index; for Ended, the slide count
    Micros due;  // planned time, since t0
    Micros at;   // when it happened (for Shown: when the frame was presented), since t0
    Micros late() const { return at - due; }
};

class ScheduledSlides final : public SlideClock {
public:
    ScheduledSlides(const Schedule& schedule, const Clock& clock, Thresholds thresholds = {});

    // Anchors the schedule: the talk starts now (or at a given clock time, start_at).
    void start();
    Moment moment() const { return moment_at(elapsed()); }
    Moment moment_at(Micros at) const override {
        return lightning::moment_at(schedule_, thresholds_, at);
    }
    // The next instant the countdowns, the bar or the overlay's state change.
    Micros next_change(Micros from, int bar_width) const override {
        return next_visible_change(schedule_, thresholds_, from, bar_width);
    }
    // Clock time at which slide k is due (k == count: the end). A pause moves every deadline
    // after it, so the current slide keeps the time it had left.
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

    int current() const override { return current_; }
    const std::vector<Flip>& flips() const { return flips_; }

private:
    void restart() override;
    void leave_current();

    int current_ = -1;  // slide the talk is on; -1 before start
    bool current_presented_ = false;
    std::vector<Flip> flips_;
};

}  // namespace lightning
