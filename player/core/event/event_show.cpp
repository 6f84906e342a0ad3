#include "core/event/event_show.hpp"

#include <algorithm>

#include "core/event/talk_text.hpp"
#include "core/frame/talk_screen.hpp"
#include "core/show/wake_up.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

EventShow::EventShow(const Lineup& lineup, std::vector<CheckedTalk> talks, const Clock& clock,
                     const WallClock& wall, EventLog& log, EventSetup setup)
    : lineup_(lineup),
      talks_(std::move(talks)),
      clock_(clock),
      wall_(wall),
      log_(log),
      setup_(std::move(setup)) {
    for (const auto& talk : talks_)
        prepared_.push_back(event_talk(talk, setup_.presenter,
                                       setup_.config ? &*setup_.config : nullptr, &messages_));
    // The running order: talks in order, each break before the talk it precedes.
    for (size_t t = 0; t <= talks_.size(); ++t) {
        for (size_t b = 0; b < lineup_.breaks.size(); ++b)
            if (lineup_.breaks[b].before_talk == t)
                entries_.push_back(Entry{true, b, RunningOrderEntry::Status::Break, ""});
        if (t < talks_.size())
            entries_.push_back(Entry{false, t, RunningOrderEntry::Status::Waiting, ""});
    }
    if (setup_.resume_talk) {
        log_.write(event_line::SessionResumed{setup_.resume_talk, std::nullopt});
        for (size_t e = 0; e < entries_.size(); ++e)
            if (!entries_[e].is_break && entries_[e].index == *setup_.resume_talk) cursor_ = e;
        ++deck_generation_;  // the talk that was running goes on at once: no title card
        start_talk(true);
    } else if (setup_.resume_card) {
        log_.write(event_line::SessionResumed{std::nullopt, setup_.resume_card});
        size_t entry = entries_.size();  // the closing card, when every talk was done
        for (size_t e = 0; e < entries_.size(); ++e)
            if (!entries_[e].is_break && entries_[e].index == *setup_.resume_card) entry = e;
        // The breaks just before that talk come again (one interrupted mid-way among them).
        while (entry > 0 && entries_[entry - 1].is_break) --entry;
        for (size_t e = 0; e < entry; ++e)  // the talks before it were done or skipped
            if (!entries_[e].is_break && entries_[e].status == RunningOrderEntry::Status::Waiting)
                entries_[e].status = RunningOrderEntry::Status::Done;
        go_to(entry);
    } else {
        event_line::SessionStart start{lineup_.name, {}};
        for (const auto& talk : talks_)
            start.talks.push_back(
                {talk.talk.deck, talk.display_title, talk.display_speaker, talk.problem});
        log_.write(start);
        go_to(0);
    }
}

std::optional<size_t> EventShow::talk_at_cursor() const {
    if (cursor_ >= entries_.size() || entries_[cursor_].is_break) return std::nullopt;
    return entries_[cursor_].index;
}

void EventShow::go_to(size_t entry) {
    cursor_ = std::min(entry, entries_.size());
    card_since_ = clock_.now();
    break_extra_ = Micros{0};
    break_held_at_.reset();
    card_since_wall_ = wall_.now();
    ++deck_generation_;  // the next talk's slides can start decoding under its card
    if (cursor_ >= entries_.size()) {
        phase_ = Phase::Closing;
        messages_.push_back("closing card: hold Esc to end the session");
        return;
    }
    phase_ = Phase::Interlude;
    const Entry& at = entries_[cursor_];
    if (at.is_break) {
        const auto& pause = lineup_.breaks[at.index];
        messages_.push_back("break: " + pause.title + " (" + format_countdown(pause.length) + ")");
        log_.write(event_line::BreakStart{pause.title, pause.length});
    } else {
        recheck_talk(at.index);
        const CheckedTalk& talk = talks_[at.index];
        messages_.push_back(
            "title card " + std::to_string(at.index + 1) + "/" + std::to_string(talks_.size()) +
            ": " + talk.display_title +
            (talk.problem.empty() ? "" : " (cannot be played: " + talk.problem + ")"));
    }
}

// Only the talk's CheckedTalk changes when its deck broke: the deck a loader may be decoding
// (prepared_) stays as it was. A talk broken before has no deck in use, so a fixed one replaces
// it whole.
void EventShow::recheck_talk(size_t index) {
    if (!setup_.recheck) return;
    CheckedTalk fresh = setup_.recheck(index);
    CheckedTalk& talk = talks_[index];
    if (!fresh.problem.empty()) {
        if (talk.problem.empty())
            messages_.push_back("talk " + std::to_string(index + 1) +
                                ": its deck cannot be played any more: " + fresh.problem);
        talk.problem = std::move(fresh.problem);
        talk.schedule.reset();
    } else if (!talk.problem.empty()) {
        messages_.push_back("talk " + std::to_string(index + 1) + ": its deck can be played now");
        talk = std::move(fresh);
        prepared_[index] = event_talk(talk, setup_.presenter,
                                      setup_.config ? &*setup_.config : nullptr, &messages_);
    }
}

void EventShow::start_talk(bool resuming) {
    const size_t index = entries_[cursor_].index;
    StageSetup stage;
    stage.mode = RunMode::Play;
    stage.exit_at_end = true;
    stage.linger = setup_.end_card;
    stage.presenter = setup_.presenter;
    stage.sound = setup_.sound;
    stage.deck_path = talks_[index].talk.deck;
    stage.version = setup_.version;
    if (setup_.talk_log) stage.open_log = setup_.talk_log(index);
    if (resuming && setup_.resume_from) stage.resume = setup_.resume_from(index);
    if (resuming && !stage.resume)
        messages_.push_back("no unfinished log for talk " + std::to_string(index + 1) +
                            ": it starts again");
    if (!stage.resume)
        log_.write(event_line::TalkStart{index, talks_[index].talk.deck,
                                         talks_[index].display_title,
                                         talks_[index].schedule->total});
    stage_ = std::make_unique<Stage>(prepared_[index], clock_, wall_, std::move(stage));
    stage_->set_bar_width(bar_width_);
    entries_[cursor_].status = RunningOrderEntry::Status::Running;
    phase_ = Phase::Talk;
    controls_.unblank();
}

// The talk's stage is done: its length goes into the event log and the running order.
void EventShow::talk_over() {
    const size_t index = entries_[cursor_].index;
    const std::string reason = stage_->end_reason().empty() ? "finished" : stage_->end_reason();
    for (auto& line : stage_->take_messages()) messages_.push_back(std::move(line));
    const long long planned = talks_[index].schedule->total.count();
    // The talk's own length (start to end, pauses included, as its log says), from its run.
    const long long actual = std::chrono::duration_cast<Millis>(
                                 stage_->run().lasted().value_or(stage_->run().real_elapsed()))
                                 .count();
    log_.write(
        event_line::TalkEnd{index, reason, stage_->log_written(), Millis{planned}, Millis{actual}});
    entries_[cursor_].status = RunningOrderEntry::Status::Done;
    entries_[cursor_].result =
        talk_result(actual, planned) + (reason == "finished" ? "" : " stopped");
    stage_.reset();
    phase_ = Phase::Interlude;
    if (reason == "signal" || reason == "closed") {
        end_event(reason);
        return;
    }
    go_to(cursor_ + 1);
}

void EventShow::skip_current(const std::string& why) {
    Entry& entry = entries_[cursor_];
    if (!entry.is_break) {
        entry.status = RunningOrderEntry::Status::Skipped;
        entry.result = "skipped";
        log_.write(event_line::TalkSkipped{entry.index, why});
    }
    go_to(cursor_ + 1);
}

void EventShow::end_event(const std::string& reason) {
    if (done_) return;
    end_reason_ = reason;
    log_.write(event_line::SessionEnd{reason});
    messages_.push_back("session log: " + log_.finish().string());
    done_ = true;
}

CommandOutcome EventShow::command(Command command) {
    if (done_) return CommandOutcome::ignored("the session is over");
    if (phase_ == Phase::Talk) {
        // The talk takes it (End ends the talk; the session goes on to the next card).
        const CommandOutcome outcome = stage_->apply(command);
        update();
        return outcome;
    }
    const Micros now = clock_.now();
    if (controls_.take(command, now)) return {};
    switch (command) {
        case Command::Start:
        case Command::Next:
            if (phase_ == Phase::Closing) return CommandOutcome::ignored("the session is over");
            if (entries_[cursor_].is_break) {
                go_to(cursor_ + 1);  // the break ends early
            } else if (const auto talk = talk_at_cursor(); talk && !talks_[*talk].schedule) {
                skip_current(talks_[*talk].problem);  // a broken deck: the organizer moves on
            } else {
                start_talk(false);
            }
            return {};
        case Command::Pause:  // a break: held until released or ended by Start
            if (phase_ != Phase::Interlude || !entries_[cursor_].is_break)
                return CommandOutcome::ignored("no talk or break is on to pause");
            hold_break(now);
            return {};
        case Command::SkipTalk:
            if (phase_ != Phase::Interlude)
                return CommandOutcome::ignored("no talk is waiting to be skipped");
            skip_current(talk_at_cursor() ? talks_[*talk_at_cursor()].problem : "");
            return {};
        case Command::BackTalk:
        case Command::Previous:
            if (cursor_ == 0) return CommandOutcome::ignored("this is the first talk");
            go_to(cursor_ - 1);
            return {};
        case Command::End:  // between talks, the session ends (as a held Esc does)
            controls_.take(Command::HoldStopEnd, now);
            end_event(phase_ == Phase::Closing ? "finished" : "quit");
            return {};
        case Command::CloseRequest:
            controls_.close_request_ignored(now);
            messages_.push_back(
                "a window close request is ignored during an event: hold Esc to end it");
            return CommandOutcome::ignored("an event is ended by holding Esc");
        case Command::WindowClosed:
            end_event("closed");
            return {};
        case Command::Signal:
            end_event("signal");
            return {};
        default:
            return CommandOutcome::ignored("not a command between talks");
    }
}

void EventShow::update() {
    if (done_) return;
    const Micros now = clock_.now();
    if (phase_ == Phase::Talk) {
        stage_->update();
        for (auto& line : stage_->take_messages()) messages_.push_back(std::move(line));
        if (stage_->done()) talk_over();
        return;
    }
    if (controls_.held_to_stop(now)) {
        end_event(phase_ == Phase::Closing ? "finished" : "quit");
        return;
    }
    if (phase_ == Phase::Interlude && entries_[cursor_].is_break && !break_held_at_ &&
        now - card_since_ >= break_length())
        go_to(cursor_ + 1);
}

void EventShow::hold_break(Micros now) {
    if (!break_held_at_) {
        break_held_at_ = now;
        messages_.push_back("the break is held: Start ends it, pause again lets it run on");
        log_.write(event_line::BreakHeld{});
        return;
    }
    // The held time is not the break's: it starts later by as much, and ends later.
    const Micros held = now - *break_held_at_;
    card_since_ += held;
    card_since_wall_ += std::chrono::duration_cast<WallTime::duration>(held);
    break_held_at_.reset();
    messages_.push_back("the break runs on");
    log_.write(event_line::BreakReleased{std::chrono::duration_cast<Millis>(held)});
}

Micros EventShow::break_left(Micros at) const {
    return std::max(Micros{0},
                    break_length() - ((break_held_at_ ? *break_held_at_ : at) - card_since_));
}

Micros EventShow::break_length() const {
    return Micros{lineup_.breaks[entries_[cursor_].index].length} + break_extra_;
}

CommandOutcome EventShow::extend(Micros by) {
    if (done_ || phase_ != Phase::Interlude || cursor_ >= entries_.size() ||
        !entries_[cursor_].is_break)
        return CommandOutcome::ignored("no break is on");
    break_extra_ += by;
    const std::string by_text = format_countdown(std::chrono::duration_cast<Millis>(by));
    messages_.push_back("break extended by " + by_text);
    log_.write(event_line::BreakExtended{std::chrono::duration_cast<Millis>(by)});
    return {};
}

Micros EventShow::next_change(Micros after) const {
    if (phase_ == Phase::Talk) return stage_->next_change(after);
    WakeUp wake(after, clock_.now());
    controls_.wake_ups(wake);
    wake.consider_next_minute(wall_.now());
    if (phase_ == Phase::Interlude && entries_[cursor_].is_break && !break_held_at_) {
        // The break's countdown ticks each second, and its end moves on to the next card.
        const Micros end = card_since_ + break_length();
        const Micros second{1'000'000};
        wake.consider(std::min(
            end,
            card_since_ + ((std::max(after, card_since_) - card_since_) / second + 1) * second));
    }
    return wake.at();
}

void EventShow::presented(Micros planned, Micros at, bool slide_ready) {
    if (phase_ == Phase::Talk) stage_->presented(planned, at, slide_ready);
}

void EventShow::set_bar_width(int width) {
    bar_width_ = width;
    if (stage_) stage_->set_bar_width(width);
}

KeyMode EventShow::key_mode() const {
    return phase_ == Phase::Talk ? stage_->key_mode() : KeyMode::TitleCard;
}

const Deck& EventShow::deck() const {
    if (phase_ == Phase::Talk) return stage_->deck();
    if (const auto talk = talk_at_cursor(); talk && talks_[*talk].schedule)
        return prepared_[*talk].deck;
    return empty_deck_;
}

std::vector<int> EventShow::wanted_slides() const {
    if (phase_ == Phase::Talk) return stage_->wanted_slides();
    if (const auto talk = talk_at_cursor(); talk && talks_[*talk].schedule)
        return {0, 1};  // ready to start
    return {};
}

std::vector<Cue> EventShow::take_cues() {
    return stage_ ? stage_->take_cues() : std::vector<Cue>{};
}

std::vector<std::string> EventShow::take_messages() {
    for (auto& line : log_.take_messages()) messages_.push_back(std::move(line));
    std::vector<std::string> out;
    out.swap(messages_);
    return out;
}

}  // namespace lightning
