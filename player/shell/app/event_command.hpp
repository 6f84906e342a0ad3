#pragma once
// `lightning event LINEUP`: a session of many talks on one projector. Every deck is checked
// first; then, for each talk, a title card holds until the organizer starts it, the talk plays
// on the hard clock (locked down as in play), its end card shows, and the next title card comes.
// Each talk writes its own timing log; the session writes a summary as it goes.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/event/lineup.hpp"
#include "shell/remote/remote_link.hpp"

namespace lightning {

struct EventOptions {
    std::vector<std::string> lineup;  // a lineup .toml, or deck paths in order
    bool window = false;
    // Empty / none: config.toml's, else the default (as play and rehearse take them).
    std::string window_size;
    std::optional<int> display;
    bool presenter = false;
    bool sound = false;
    std::optional<double> end_card_seconds;  // none: config.toml's end-card-seconds (3)
    std::string renderer;
    bool resume = false;  // continue a session that crashed, at the talk that was running
    PhoneOptions phone;   // --phone, --phone-port, --phone-bind
    OscOptions osc;       // --osc-send, --osc-listen, --osc-bind
};

void add_event_command(CLI::App& app, EventOptions& options);
int run_event(const EventOptions& options);

// Every deck of `lineup` checked (check_lineup), saying on stderr the lineup file's warnings and
// a line per talk: its format, or its problem. What `event` and `phone` say before they start.
std::vector<CheckedTalk> check_lineup_aloud(const Lineup& lineup);

}  // namespace lightning
