#include "core/frame/frame.hpp"

#include "core/time/time_text.hpp"

namespace lightning {

bool only_overlay_differs(const Frame& a, const Frame& b) {
    if (!a.overlay || !b.overlay || a.end_card || b.end_card) return false;
    Frame panel_neutral = b;
    panel_neutral.state = a.state;
    panel_neutral.flash_on = a.flash_on;
    panel_neutral.talk_left = a.talk_left;
    panel_neutral.slide_left = a.slide_left;
    panel_neutral.position = a.position;
    panel_neutral.bar_pixels = a.bar_pixels;
    return panel_neutral == a;
}

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
    frame.overlay = audience_sees_overlay(mode);
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
