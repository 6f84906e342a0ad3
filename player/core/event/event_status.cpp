// What a remote follower is told of a session (Show::live_status): the talk on stage (its own
// status), or the card the room sees, and when the session ends at this pace.
#include "core/event/event_show.hpp"
#include "core/event/lineup_phone.hpp"

namespace lightning {

LiveStatus EventShow::live_status(Micros at) const {
    using State = LiveStatus::State;
    LiveStatus status;
    if (phase_ == Phase::Talk && stage_) status = stage_->live_status(at);
    status.talks = talks_.size();
    status.talks_done = 0;
    for (const Entry& entry : entries_)
        if (!entry.is_break && (entry.status == RunningOrderEntry::Status::Done ||
                                entry.status == RunningOrderEntry::Status::Skipped))
            ++status.talks_done;
    // What is still to come after the current entry, at its planned length.
    Micros still_planned{0};
    for (size_t e = cursor_ + 1; e < entries_.size(); ++e) {
        const Entry& entry = entries_[e];
        if (entry.is_break)
            still_planned += Micros{lineup_.breaks[entry.index].length};
        else if (entry.status == RunningOrderEntry::Status::Waiting && talks_[entry.index].schedule)
            still_planned += Micros{talks_[entry.index].schedule->total};
    }
    if (phase_ == Phase::Closing || cursor_ >= entries_.size()) {
        status.state = State::Ended;
        status.talk = talks_.empty() ? 0 : talks_.size() - 1;
        status.projected_end.reset();
        return status;
    }
    const Entry& entry = entries_[cursor_];
    if (phase_ == Phase::Talk) {
        status.talk = entry.index;
    } else if (entry.is_break) {
        const auto& pause = lineup_.breaks[entry.index];
        // A held break stands still: to a follower it is paused.
        status.state = break_held_at_ ? State::Paused : State::Break;
        status.title = pause.title;
        status.talk = std::min(pause.before_talk, talks_.empty() ? 0 : talks_.size() - 1);
        status.talk_left = break_left(at);
        status.slide_left = status.talk_left;
    } else {  // a talk's title card: the talk that comes next, whole
        const size_t done = status.talks_done;
        status = title_card_status(talks_, entry.index);
        status.talks_done = done;
    }
    if (phase_ == Phase::Talk) {  // the lineup's names, as the title card showed them
        status.title = talks_[entry.index].display_title;
        status.speaker = talks_[entry.index].display_speaker;
    }
    status.projected_end = wall_.now() + std::chrono::duration_cast<WallTime::duration>(
                                             status.talk_left + still_planned);
    return status;
}

std::vector<PhoneSheet> EventShow::phone_sheets() const {
    return lineup_phone_sheets(talks_, prepared_);
}

}  // namespace lightning
