#pragma once
// What the presenter view (the speaker's laptop screen) shows, as a plain value: the current and
// next slide, the notes, big countdowns and the time of day, and what the organizer did (blank,
// pause, a locked key). The loop compares two of them to know whether to redraw.
#include <optional>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/frame/screen.hpp"
#include "core/time/moment.hpp"

namespace lightning {

struct PresenterFrame {
    int slide = 0;  // current slide index
    int next = -1;  // next slide, -1 for none (the last slide, or the end)
    bool end_card = false;
    std::string title;
    std::string notes;
    bool timers = true;  // countdowns drawn here (--overlay presenter|both)
    std::string talk_left, slide_left, position;
    OverlayState state = OverlayState::Normal;
    bool flash_on = false;
    std::string clock;          // "17:45", the time of day
    std::string status;         // "PAUSED", "AUDIENCE: BLACK", "keys are locked ..."
    std::string problem;        // an event's broken deck: why (never on the audience screen)
    std::vector<KeyHelp> keys;  // the current mode's keys (title cards: always; else after F1/?)
    int notes_scroll = 0;       // notes scrolled down by this many lines (Down / Up)
    int notes_zoom = 0;         // notes text bigger (+) or smaller (-) by this many steps
    // While rehearsing, this slide's best of the earlier runs against its plan, "best 14.2 s
    // (plan 15.0)" (core/plan/previous_best.hpp); empty on stage, and for a slide no run timed.
    std::string previous_best;
    // Between an event's talks: the audience's card (title, break, set-up, closing), drawn large
    // in place of the current and next slides.
    std::optional<Card> card;
    // The speaker's phone page of the talk on stage or next (--phone), a small QR code in a corner
    // so the speaker can scan it from the laptop; empty: none.
    std::string phone_url;
    bool operator==(const PresenterFrame&) const = default;
};

// `clock` is the time of day to show; `status` what the organizer should know right now.
PresenterFrame make_presenter_frame(const Deck& deck, const Schedule& schedule,
                                    const Moment& moment, OverlayMode mode, std::string clock,
                                    std::string status);

}  // namespace lightning
