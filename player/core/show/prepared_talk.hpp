#pragma once
// A talk ready to run: its deck, its schedule, when the overlay warns, and where the countdown
// is drawn. Built once from the deck and the command line (core/config/talk_options), then read by
// every command that shows the talk.
#include "core/config/resolve_settings.hpp"
#include "core/deck/deck.hpp"
#include "core/frame/screen.hpp"
#include "core/time/moment.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

struct PreparedTalk {
    Deck deck;
    Schedule schedule;
    Thresholds thresholds;
    OverlayMode overlay = OverlayMode::Audience;
    // Every effective setting and its source; the thresholds and overlay above come from it.
    ResolvedSettings settings{};
    // Its background and overlay place (from settings; core/frame/slide_look.hpp).
    SlideLook look{};
    // The timing flags (--format, --total, --slide-seconds) as parsed, once, by prepare_talk:
    // warnings and a resumed or recorded plan read them from here.
    TimingOverrides flags{};
};

}  // namespace lightning
