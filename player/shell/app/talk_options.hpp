#pragma once
// The options every talk-running command shares (play, render, and later rehearse/export), and
// turning them into a ready deck + schedule.
#include <CLI/CLI.hpp>

#include <string>

#include "core/deck/deck.hpp"
#include "core/frame/frame.hpp"
#include "core/time/moment.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

struct TalkOptions {
    std::string deck;
    std::string format;          // empty: from deck.toml
    std::string total;           // "m:ss" or seconds
    std::string slide_seconds;
    std::string overlay;         // audience, presenter, both, none; empty: audience (play
                                 // --presenter makes it both)
    double warn_seconds = 60;
    double danger_seconds = 30;
    double flash_seconds = 10;
};

// Adds DECK, --format, --total, --slide-seconds, --overlay and the threshold flags to `command`.
void add_talk_options(CLI::App& command, TalkOptions& options);

struct PreparedTalk {
    Deck deck;
    Schedule schedule;
    Thresholds thresholds;
    OverlayMode overlay = OverlayMode::Audience;
};

// The timing flags as overrides. Throws std::invalid_argument for a bad value, or for --format
// ignite/pechakucha beside --total/--slide-seconds (as deck.toml refuses format beside total).
TimingOverrides timing_overrides(const TalkOptions& options);

// Timing that plays but is probably not meant (see core/time/timing_warnings.hpp).
std::vector<std::string> talk_timing_warnings(const PreparedTalk& talk, const TalkOptions& options);

// Loads the deck and builds its schedule. Throws DeckError (deck problems) or
// std::invalid_argument (a flag's value is wrong) with a message for the user.
PreparedTalk prepare_talk(const TalkOptions& options);

// Parses "1920x1080". Throws std::invalid_argument naming the flag.
std::pair<int, int> parse_size(const std::string& text, const std::string& flag);

}  // namespace lightning
