#include "core/frame/talk_screen.hpp"

#include "core/time/time_text.hpp"

namespace lightning {

Screen talk_screen(const Deck& deck, const Schedule& schedule, const Moment& moment,
                   OverlayMode mode, int bar_width, const SlideLook& look) {
    if (moment.ended()) {
        EndCard end;
        end.last_slide = schedule.count() - 1;
        end.title = deck.title;
        end.speaker = deck.speaker;
        end.line = format_countdown(schedule.total) + " \xC2\xB7 " +
                   std::to_string(schedule.count()) +
                   (schedule.count() == 1 ? " slide" : " slides");
        return Screen{end, Blank::None, {}};
    }
    SlideCard card;
    card.slide = moment.slide;
    card.look = look;
    card.overlay = audience_sees_overlay(mode);
    if (card.overlay) {
        Countdown& countdown = card.countdown;
        countdown.state = moment.state;
        countdown.flash_on = moment.flash_on;
        countdown.talk_left =
            format_countdown(std::chrono::duration_cast<Millis>(moment.talk_left + Micros{999}));
        countdown.slide_left =
            format_countdown(std::chrono::duration_cast<Millis>(moment.slide_left + Micros{999}));
        countdown.position =
            std::to_string(moment.slide + 1) + "/" + std::to_string(moment.slide_count);
        countdown.bar_width = bar_width;
        countdown.bar_pixels = moment.bar_fill(bar_width);
        countdown.slide_first =
            schedule.format == TalkFormat::Ignite || schedule.format == TalkFormat::PechaKucha;
    }
    return Screen{card, Blank::None, {}};
}

}  // namespace lightning
