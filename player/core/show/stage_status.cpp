// What a remote follower is told of one talk (Show::live_status): the run's moment on its own
// clock, the organizer's blank, and when the talk ends at this pace.
#include "core/show/stage.hpp"

namespace lightning {

LiveStatus Stage::live_status(Micros at) const {
    LiveStatus status;
    status.title = talk_.deck.title;
    status.speaker = talk_.deck.speaker;
    status.slides = talk_.schedule.count();
    const Moment moment = run_.moment_at(talk_time_at(at));
    status.slide = std::clamp(moment.slide, 0, std::max(0, status.slides - 1));
    status.talk_left = std::max(Micros{0}, moment.talk_left);
    status.slide_left = std::max(Micros{0}, moment.slide_left);
    using State = LiveStatus::State;
    switch (phase_) {
        case Phase::Waiting:
        case Phase::Starting:
            status.state = State::Waiting;
            status.talk_left = std::chrono::duration_cast<Micros>(talk_.schedule.total);
            break;
        case Phase::Running:
            status.state = run_.ended()             ? State::Ended
                           : run_.paused()          ? State::Paused
                           : blank() != Blank::None ? State::Blanked
                                                    : State::Running;
            break;
        case Phase::Closed:
        case Phase::Stopped:
            status.state = State::Ended;
            break;
    }
    status.talks_done = status.state == State::Ended ? 1 : 0;
    // The hard clock flips the next slide by itself (blanked too: the clock runs on); a free
    // rehearsal's speaker does, and the last slide has none.
    const bool flips = status.state == State::Running || status.state == State::Blanked;
    if (flips && policy().clock_moves_slides && status.slide + 1 < status.slides)
        status.next_flip = status.slide_left;
    if (status.state != State::Ended)
        status.projected_end =
            wall_.now() + std::chrono::duration_cast<WallTime::duration>(status.talk_left);
    return status;
}

std::vector<PhoneSheet> Stage::phone_sheets() const {
    return {phone_sheet(talk_, talk_.deck.title, talk_.deck.speaker, policy().clock_moves_slides)};
}

}  // namespace lightning
