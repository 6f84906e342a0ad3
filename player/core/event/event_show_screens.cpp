// What an event shows at an instant: the audience's card (title, break, set-up, closing, or the
// running talk's screen), the running order on it, and the presenter view. Pure functions of the
// EventShow's state; the state changes are in event_show.cpp.
#include <algorithm>

#include "core/event/event_show.hpp"
#include "core/event/talk_text.hpp"
#include "core/frame/talk_screen.hpp"
#include "core/log/log_reader.hpp"
#include "core/show/wake_up.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

std::vector<RunningOrderEntry> EventShow::running_order() const {
    std::vector<RunningOrderEntry> order;
    for (size_t e = 0; e < entries_.size(); ++e) {
        const Entry& entry = entries_[e];
        RunningOrderEntry line;
        if (entry.is_break) {
            const auto& pause = lineup_.breaks[entry.index];
            line.text = pause.title + " (" + format_countdown(pause.length) + ")";
            line.status = RunningOrderEntry::Status::Break;
        } else {
            line.text = talk_line(entry.index, talks_[entry.index]);
            line.status = entry.status;
            line.result = entry.result;
            if (!talks_[entry.index].problem.empty() &&
                entry.status == RunningOrderEntry::Status::Waiting)
                line.result = "not ready";
        }
        if (e == cursor_ && phase_ == Phase::Interlude && !entry.is_break)
            line.status = RunningOrderEntry::Status::Next;
        order.push_back(std::move(line));
    }
    return order;
}

Card EventShow::card_at(Micros at) const {
    if (phase_ == Phase::Closing) {
        ClosingCard closing;
        closing.name = lineup_.name;
        closing.thanks = "Thank you!";
        int done = 0, skipped = 0;
        for (const auto& entry : entries_) {
            if (entry.is_break) continue;
            done += entry.status == RunningOrderEntry::Status::Done;
            skipped += entry.status == RunningOrderEntry::Status::Skipped;
        }
        closing.summary.push_back(
            std::to_string(done) + (done == 1 ? " talk" : " talks") +
            (skipped ? " \xC2\xB7 " + std::to_string(skipped) + " skipped" : ""));
        return closing;
    }
    const Entry& entry = entries_[cursor_];
    if (entry.is_break) {
        const auto& pause = lineup_.breaks[entry.index];
        BreakCard card;
        card.title = pause.title;
        const Micros left = break_left(at);
        card.back_at =
            break_held_at_
                ? std::string("On hold")
                : "Back at " +
                      clock_text(card_since_wall_ +
                                 std::chrono::duration_cast<WallTime::duration>(break_length()));
        card.left = format_countdown(std::chrono::duration_cast<Millis>(left + Micros{999}));
        card.order = running_order();
        card.current = static_cast<int>(cursor_);
        return card;
    }
    const CheckedTalk& talk = talks_[entry.index];
    TitleCard card;
    card.heading = "Next";
    card.title = talk.display_title;
    card.speaker = talk.display_speaker;
    card.line = talk_format(talk);
    card.order = running_order();
    card.current = static_cast<int>(cursor_);
    card.phone_url = speaker_link(entry.index);
    return card;
}

Screen EventShow::screen_at(Micros at) const {
    if (phase_ == Phase::Talk) return stage_->screen_at(at);
    Screen screen;
    screen.card = card_at(at);
    // A deck that cannot be played: the audience sees a neutral card, never the error.
    if (const auto talk = talk_at_cursor();
        talk && phase_ == Phase::Interlude && !talks_[*talk].problem.empty())
        screen.card = SetupCard{"The next talk is being set up"};
    screen.blank = controls_.blank();
    if (controls_.keys_up(at)) screen.help = key_help(KeyMode::TitleCard);
    return screen;
}

PresenterFrame EventShow::presenter_at(Micros at) const {
    if (phase_ == Phase::Talk) {
        PresenterFrame frame = stage_->presenter_at(at);
        frame.phone_url = speaker_link(entries_[cursor_].index);
        return frame;
    }
    PresenterFrame frame;
    frame.card = card_at(at);
    frame.clock = clock_text(wall_.now());
    frame.timers = false;
    frame.keys = key_help(KeyMode::TitleCard);
    if (const auto talk = talk_at_cursor()) {
        frame.title = talks_[*talk].display_title;
        frame.problem = talks_[*talk].problem;
        frame.phone_url = speaker_link(*talk);
    }
    frame.status = controls_.urgent_status(at);
    if (frame.status.empty()) frame.status = controls_.blank_status();
    if (frame.status.empty() && phase_ == Phase::Closing)
        frame.status = "the event is over: hold Esc to end the session";
    if (frame.status.empty() && !frame.problem.empty())
        frame.status = "this deck cannot be played: Space or Right skips it";
    return frame;
}

}  // namespace lightning
