#pragma once
// A free rehearsal: the speaker advances by hand and the clock only measures. Talk time runs
// from the start (less pauses); each slide's own time runs while it is on screen, against its
// planned length, so the overlay can say how far over the plan the current slide is. A slide
// visited again goes on from what its earlier visits left (the log sums the visits the same way).
#include <vector>

#include "core/show/slide_clock.hpp"

namespace lightning {

class ManualSlides final : public SlideClock {
public:
    ManualSlides(const Schedule& schedule, const Clock& clock, Thresholds thresholds = {});

    // Moves to the next slide (past the last one: the end) or back one; both at talk time now.
    void next();
    void back();

    int current() const override { return current_; }
    Micros slide_since() const { return slide_since_; }  // talk time the current visit began
    // How long slide `slide` has been on screen so far, every visit summed, at talk time `at`.
    Micros on_screen(int slide, Micros at) const;
    // The overlay's view at talk time `elapsed`: the slide's planned length counts down while it
    // is on screen, over all its visits (negative once over), the talk's total from the start.
    Moment moment_at(Micros elapsed) const override;
    // The next instant the overlay changes (a second ticks over, or a bar step); none once ended.
    Micros next_change(Micros elapsed, int bar_width) const override;

private:
    void restart() override;
    void leave_current();
    // Where the current slide's countdown would have begun had all its visits been one.
    Micros virtual_start() const;

    int current_ = 0;
    Micros slide_since_{0};
    std::vector<Micros> before_;  // per slide: time on screen in visits already left
};

}  // namespace lightning
