#include "core/frame/presenter_frame.hpp"

#include "core/time/time_text.hpp"

namespace lightning {

PresenterFrame make_presenter_frame(const Deck& deck, const Schedule& schedule,
                                    const Moment& moment, OverlayMode mode, std::string clock,
                                    std::string status) {
    PresenterFrame frame;
    frame.title = deck.title;
    frame.clock = std::move(clock);
    frame.status = std::move(status);
    frame.timers = presenter_sees_overlay(mode);
    frame.state = moment.state;
    frame.flash_on = moment.flash_on;
    frame.talk_left =
        format_countdown(std::chrono::duration_cast<Millis>(moment.talk_left + Micros{999}));
    if (moment.ended()) {
        frame.end_card = true;
        frame.slide = schedule.count() - 1;
        frame.position = "end";
        return frame;
    }
    frame.slide = moment.slide;
    frame.next = moment.slide + 1 < schedule.count() ? moment.slide + 1 : -1;
    frame.notes = deck.slides[static_cast<size_t>(moment.slide)].notes;
    frame.slide_left =
        format_countdown(std::chrono::duration_cast<Millis>(moment.slide_left + Micros{999}));
    frame.position = std::to_string(moment.slide + 1) + "/" + std::to_string(moment.slide_count);
    return frame;
}

}  // namespace lightning
