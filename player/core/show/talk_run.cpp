#include "core/show/talk_run.hpp"

namespace lightning {

TalkRun::TalkRun(const Deck& deck, const Schedule& schedule, Thresholds thresholds,
                 const Clock& clock, RunMode mode, TalkLog* log, std::string deck_path,
                 std::string version)
    : deck_(deck),
      schedule_(schedule),
      clock_(clock),
      policy_(run_policy(mode)),
      log_(log),
      deck_path_(std::move(deck_path)),
      version_(std::move(version)),
      marks_(schedule) {
    if (policy_.clock_moves_slides)
        scheduled_.emplace(schedule, clock, thresholds);
    else
        manual_.emplace(schedule, clock, thresholds);
}

const SlideClock& TalkRun::slides() const {
    if (scheduled_) return *scheduled_;
    return *manual_;
}

SlideClock& TalkRun::slides() {
    if (scheduled_) return *scheduled_;
    return *manual_;
}

void TalkRun::start_at(Micros t0) {
    real_t0_ = t0;
    resumed_from_ = 0;
    resumed_at_.reset();
    slides().start_at(t0);
    logged_flips_ = 0;
    presented_slide_ = -1;
    free_due_ = Micros{0};
    finished_ = false;
    lasted_.reset();
    marks_.reset();
    if (!log_) return;
    RunStart start;
    start.deck = deck_path_;
    start.title = deck_.title;
    start.mode = std::string(mode_name(policy_.mode));
    start.total_ms = schedule_.total.count();
    start.format = std::string(format_name(schedule_.format));
    start.version = version_;
    for (int k = 0; k < schedule_.count(); ++k) {
        start.files.push_back(deck_.slides[static_cast<size_t>(k)].file);
        start.planned_start_ms.push_back(schedule_.slides[static_cast<size_t>(k)].start.count());
        start.planned_ms.push_back(schedule_.slides[static_cast<size_t>(k)].duration.count());
    }
    log_->start(start);
}

void TalkRun::start_resumed(Micros clock_time, Micros at, Micros paused_before) {
    slides().start_at(clock_time - at);
    real_t0_ = clock_time - at - paused_before;
    logged_flips_ = 0;
    finished_ = false;
    lasted_.reset();
    resumed_from_ = schedule_.slide_at(at);
    resumed_at_ = at;
    if (log_) log_->resumed(std::min(resumed_from_, schedule_.count() - 1), at, at + paused_before);
}

Micros TalkRun::real_elapsed() const {
    return clock_.now() - real_t0_;
}

Micros TalkRun::next_change(Micros from, int bar_width) const {
    if (paused()) return Micros::max();  // nothing moves until resumed
    Micros next = slides().next_change(from, bar_width);
    // A live "+2.1 s" counts up in tenths.
    if (const auto live = policy_.marks_words ? note(from) : std::nullopt; live && live->over) {
        const Micros tenth{100'000};
        next = std::min(next, (from / tenth + 1) * tenth);
    }
    return next;
}

void TalkRun::advance_to(Micros at) {
    if (!scheduled_) return;  // the speaker moves the slides
    scheduled_->advance_to(at);
    if (policy_.marks_words) log_closed_windows(false);
    log_new_flips();
    // A paced run whose last slide was marked before its end is done at the end card.
    if (policy_.marks_words && ended() && !finished_ && marks_.over(schedule_.count() - 1))
        end("finished");
}

void TalkRun::presented(Micros clock_time) {
    if (manual_) {
        if (manual_->ended() || presented_slide_ == manual_->current()) return;
        presented_slide_ = manual_->current();
        const Micros talk_time = clock_time - real_t0_ - (real_elapsed() - elapsed());
        flips_.push_back({Flip::Kind::Shown, presented_slide_, free_due_, talk_time});
        if (log_) log_->slide(presented_slide_, free_due_, talk_time, clock_time - real_t0_);
        return;
    }
    scheduled_->presented(clock_time);
    log_new_flips();
}

void TalkRun::log_new_flips() {
    const auto& clock_flips = scheduled_->flips();
    for (; logged_flips_ < clock_flips.size(); ++logged_flips_) {
        const Flip& event = clock_flips[logged_flips_];
        if (event.kind == Flip::Kind::Ended && policy_.ends_with_the_clock) {
            finished_ = true;
            lasted_ = event.due + (real_elapsed() - elapsed());  // on its planned end
        }
        if (event.kind == Flip::Kind::Skipped && event.slide < resumed_from_) continue;
        // The slide the crash left on screen, shown again: due when the run resumed (its own
        // due time is before the crash; the lateness would be the outage's length).
        const bool again =
            event.kind == Flip::Kind::Shown && resumed_at_ && event.due < *resumed_at_;
        if (event.kind != Flip::Kind::Ended)
            flips_.push_back({event.kind, event.slide, again ? *resumed_at_ : event.due, event.at});
        if (!log_) continue;
        // Flips are in talk time; real time adds the pauses so far.
        const Micros real = event.at + (real_elapsed() - elapsed());
        switch (event.kind) {
            case Flip::Kind::Shown:
                if (again)
                    log_->slide(event.slide, *resumed_at_, event.at, real, true);
                else
                    log_->slide(event.slide, event.due, event.at, real);
                break;
            case Flip::Kind::Skipped:
                log_->skip(event.slide, event.due, event.at, real);
                break;
            case Flip::Kind::Ended:
                if (policy_.ends_with_the_clock) log_->end("finished", event.due, real);
                break;
        }
    }
}

void TalkRun::log_closed_windows(bool run_over) {
    const Micros now = elapsed();
    for (const auto& closed : marks_.close_windows(current(), now, run_over))
        if (log_ && closed.reached)
            log_->missed(closed.slide, closed.over, now, real_elapsed());
        else if (log_)
            log_->not_reached(closed.slide, now, real_elapsed());
}

void TalkRun::mark_or_next() {
    if (finished_ || paused()) return;
    const Micros now = elapsed();
    if (manual_) {
        manual_->next();
        free_due_ = now;
        if (manual_->ended()) end("finished");
        return;
    }
    if (!policy_.marks_words) return;  // the speaker's keys are locked: the clock drives
    if (const auto result = marks_.mark(current(), now)) {
        if (log_) log_->mark(result->slide, result->over, now, real_elapsed());
        // The end card waits for the last slide's mark: with it, the rehearsal is done.
        if (ended() && result->slide == schedule_.count() - 1) end("finished");
    }
}

void TalkRun::back() {
    if (finished_ || paused() || !manual_) return;
    manual_->back();
    free_due_ = elapsed();
}

void TalkRun::toggle_pause() {
    if (finished_ || ended()) return;
    if (!paused()) {
        slides().pause();
        if (log_) log_->pause(elapsed(), real_elapsed());
        return;
    }
    const Micros lasted = slides().resume();
    if (log_) log_->resume(lasted, elapsed(), real_elapsed());
}

void TalkRun::end(const std::string& reason) {
    if (finished_) return;
    if (paused()) {  // a run that ends paused: the pause ends with it
        const Micros lasted = slides().resume();
        if (log_) log_->resume(lasted, elapsed(), real_elapsed());
    }
    if (policy_.marks_words) log_closed_windows(true);
    finished_ = true;
    lasted_ = real_elapsed();
    if (log_) log_->end(reason, elapsed(), real_elapsed());
}

std::optional<MarkBook::Note> TalkRun::note(Micros at) const {
    if (policy_.marks_words) return marks_.note(current(), at);
    if (manual_ && !manual_->ended()) {
        const Moment moment = manual_->moment_at(at);
        if (moment.slide_left < Micros{0})
            return MarkBook::Note{format_over(-moment.slide_left), true, manual_->current()};
    }
    return std::nullopt;
}

}  // namespace lightning
