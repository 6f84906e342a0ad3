#include "frame.hpp"

#include "time_text.hpp"

namespace lightning {

Frame make_frame(const Deck& deck, const Schedule& schedule, const Moment& moment,
                 OverlayMode mode, int bar_width) {
    Frame frame;
    if (moment.ended()) {
        frame.end_card = true;
        frame.slide = schedule.count() - 1;
        frame.title = deck.title;
        frame.speaker = deck.speaker;
        frame.end_note = format_countdown(schedule.total) + " \xC2\xB7 " +
                         std::to_string(schedule.count()) + " slides";
        return frame;
    }
    frame.slide = moment.slide;
    frame.overlay = mode == OverlayMode::Audience;
    if (!frame.overlay) return frame;
    frame.state = moment.state;
    frame.flash_on = moment.flash_on;
    frame.talk_left = format_countdown(std::chrono::duration_cast<Millis>(moment.talk_left +
                                                                           Micros{999}));
    frame.slide_left = format_countdown(std::chrono::duration_cast<Millis>(moment.slide_left +
                                                                            Micros{999}));
    frame.position = std::to_string(moment.slide + 1) + "/" + std::to_string(moment.slide_count);
    frame.bar_width = bar_width;
    frame.bar_pixels = moment.bar_fill(bar_width);
    return frame;
}

}  // namespace lightning
