#include "talk.hpp"

namespace lightning {

Talk::Talk(const Schedule& schedule, const Clock& clock, Thresholds thresholds)
    : schedule_(schedule), clock_(clock), thresholds_(thresholds) {}

void Talk::start() { start_at(clock_.now()); }

void Talk::start_at(Micros t0) {
    t0_ = t0;
    started_ = true;
    current_ = -1;
    current_presented_ = false;
    paused_ = false;
    paused_total_ = Micros{0};
    events_.clear();
}

void Talk::pause() {
    if (!started_ || paused_ || ended()) return;
    paused_ = true;
    pause_began_ = clock_.now();
}

Micros Talk::resume() {
    if (!paused_) return Micros{0};
    const Micros lasted = clock_.now() - pause_began_;
    t0_ += lasted;  // deadlines are t0 + offset: the whole rest of the schedule moves
    paused_total_ += lasted;
    paused_ = false;
    return lasted;
}

Micros Talk::deadline(int slide) const {
    if (slide >= schedule_.count()) return t0_ + Micros{schedule_.total};
    return t0_ + Micros{schedule_.slides[slide].start};
}

void Talk::leave_current() {
    if (current_ >= 0 && current_ < schedule_.count() && !current_presented_)
        events_.push_back({TalkEvent::Kind::Skipped, current_, deadline(current_) - t0_, elapsed()});
}

int Talk::advance() {
    if (!started_) start();
    return advance_to(elapsed());
}

int Talk::advance_to(Micros at) {
    if (!started_) start();
    const int due = schedule_.slide_at(at);
    if (due == current_) return current_;
    leave_current();
    const Micros now = elapsed();
    // Slides strictly between the old one and the one due now were never on screen.
    for (int k = current_ + 1; k < due; ++k)
        events_.push_back({TalkEvent::Kind::Skipped, k, deadline(k) - t0_, now});
    current_ = due;
    current_presented_ = false;
    if (ended())
        events_.push_back({TalkEvent::Kind::Ended, due, Micros{schedule_.total}, now});
    return current_;
}

void Talk::presented(Micros at) {
    if (current_ < 0 || ended() || current_presented_) return;
    current_presented_ = true;
    events_.push_back(
        {TalkEvent::Kind::Shown, current_, deadline(current_) - t0_, at - t0_});
}

}  // namespace lightning
