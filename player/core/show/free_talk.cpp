#include "core/show/free_talk.hpp"

#include <algorithm>

namespace lightning {

FreeTalk::FreeTalk(const Schedule& schedule, const Clock& clock, Thresholds thresholds)
    : schedule_(schedule), time_(clock), thresholds_(thresholds) {}

void FreeTalk::start_at(Micros t0) {
    time_.start_at(t0);
    started_ = true;
    current_ = 0;
    slide_since_ = Micros{0};
}

void FreeTalk::next() {
    if (ended()) return;
    ++current_;
    slide_since_ = elapsed();
}

void FreeTalk::back() {
    if (current_ == 0) return;
    --current_;
    slide_since_ = elapsed();
}

void FreeTalk::pause() {
    if (started_ && !ended()) time_.pause();
}

Micros FreeTalk::resume() {
    return time_.resume();
}

Moment FreeTalk::moment_at(Micros elapsed) const {
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
    moment.slide_start = std::chrono::duration_cast<Millis>(slide_since_);
    moment.slide_duration = planned.duration;
    moment.slide_left = Micros{planned.duration} - (elapsed - slide_since_);
    apply_thresholds(moment, thresholds_);
    return moment;
}

Micros FreeTalk::next_change(Micros elapsed, int bar_width) const {
    // Countdowns tick on whole seconds of their own clocks; the bar moves at most 4 times a
    // second. A quarter-second grid from the slide's start covers the slide's digits and bar;
    // the talk's digits tick on the grid from the start.
    const Micros step{250'000};
    auto next_on_grid = [&](Micros origin) {
        const long long since = (elapsed - origin).count();
        const long long steps = since < 0 ? 0 : since / step.count() + 1;
        return origin + step * steps;
    };
    (void)bar_width;
    return std::min(next_on_grid(slide_since_), next_on_grid(Micros{0}));
}

}  // namespace lightning
