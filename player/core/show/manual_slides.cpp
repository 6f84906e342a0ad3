#include "core/show/manual_slides.hpp"

#include <algorithm>

namespace lightning {

ManualSlides::ManualSlides(const Schedule& schedule, const Clock& clock, Thresholds thresholds)
    : SlideClock(schedule, clock, thresholds) {}

void ManualSlides::restart() {
    current_ = 0;
    slide_since_ = Micros{0};
    before_.assign(static_cast<size_t>(schedule_.count()), Micros{0});
}

// The visit ending now is added to the slide's time, so a later visit goes on from it.
void ManualSlides::leave_current() {
    if (ended() || before_.empty()) return;
    before_[static_cast<size_t>(current_)] += elapsed() - slide_since_;
}

void ManualSlides::next() {
    if (ended()) return;
    leave_current();
    ++current_;
    slide_since_ = elapsed();
}

void ManualSlides::back() {
    if (current_ == 0) return;
    leave_current();
    --current_;
    slide_since_ = elapsed();
}

Micros ManualSlides::on_screen(int slide, Micros at) const {
    if (slide < 0 || static_cast<size_t>(slide) >= before_.size()) return Micros{0};
    const Micros before = before_[static_cast<size_t>(slide)];
    return slide == current_ ? before + (at - slide_since_) : before;
}

Micros ManualSlides::virtual_start() const {
    return before_.empty() || ended() ? slide_since_
                                      : slide_since_ - before_[static_cast<size_t>(current_)];
}

Moment ManualSlides::moment_at(Micros elapsed) const {
    Moment moment;
    moment.elapsed = elapsed;
    moment.slide_count = schedule_.count();
    moment.slide = current_;
    moment.talk_left = std::max(Micros{schedule_.total} - std::max(elapsed, Micros{0}), Micros{0});
    if (ended()) {
        moment.state = OverlayState::Ended;
        return moment;
    }
    const auto& planned = schedule_.slides[static_cast<size_t>(current_)];
    moment.slide_start = std::chrono::duration_cast<Millis>(virtual_start());
    moment.slide_duration = planned.duration;
    moment.slide_left = Micros{planned.duration} - on_screen(current_, elapsed);
    apply_thresholds(moment, thresholds_);
    return moment;
}

Micros ManualSlides::next_change(Micros elapsed, int bar_width) const {
    if (ended()) return Micros::max();  // the end card stands still
    // Countdowns tick on whole seconds of their own clocks; the bar moves at most 4 times a
    // second. A quarter-second grid from the slide's (virtual) start covers the slide's digits
    // and bar; the talk's digits tick on the grid from the start.
    const Micros step{250'000};
    auto next_on_grid = [&](Micros origin) {
        const long long since = (elapsed - origin).count();
        const long long steps = since < 0 ? 0 : since / step.count() + 1;
        return origin + step * steps;
    };
    (void)bar_width;
    return std::min(next_on_grid(virtual_start()), next_on_grid(Micros{0}));
}

}  // namespace lightning
