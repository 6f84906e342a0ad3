#include "core/show/scheduled_slides.hpp"

namespace lightning {

ScheduledSlides::ScheduledSlides(const Schedule& schedule, const Clock& clock,
                                 Thresholds thresholds)
    : SlideClock(schedule, clock, thresholds) {}

void ScheduledSlides::start() {
    start_at(time_.now());
}

void ScheduledSlides::restart() {
    current_ = -1;
    current_presented_ = false;
    flips_.clear();
}

// Deadlines are t0 + offset: resuming moves t0, so the whole rest of the schedule moves.
Micros ScheduledSlides::deadline(int slide) const {
    if (slide >= schedule_.count()) return time_.t0() + Micros{schedule_.total};
    return time_.t0() + Micros{schedule_.slides[slide].start};
}

void ScheduledSlides::leave_current() {
    if (current_ >= 0 && current_ < schedule_.count() && !current_presented_)
        flips_.push_back(
            {Flip::Kind::Skipped, current_, deadline(current_) - time_.t0(), elapsed()});
}

int ScheduledSlides::advance() {
    if (!started()) start();
    return advance_to(elapsed());
}

int ScheduledSlides::advance_to(Micros at) {
    if (!started()) start();
    const int due = schedule_.slide_at(at);
    if (due == current_) return current_;
    leave_current();
    const Micros now = elapsed();
    // Slides strictly between the old one and the one due now were never on screen.
    for (int k = current_ + 1; k < due; ++k)
        flips_.push_back({Flip::Kind::Skipped, k, deadline(k) - time_.t0(), now});
    current_ = due;
    current_presented_ = false;
    if (ended()) flips_.push_back({Flip::Kind::Ended, due, Micros{schedule_.total}, now});
    return current_;
}

void ScheduledSlides::presented(Micros at) {
    if (current_ < 0 || ended() || current_presented_) return;
    current_presented_ = true;
    flips_.push_back(
        {Flip::Kind::Shown, current_, deadline(current_) - time_.t0(), at - time_.t0()});
}

}  // namespace lightning
