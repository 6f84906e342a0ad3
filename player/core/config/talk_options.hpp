#pragma once
// The options every talk-running command shares (play, rehearse, render, export, check), as the
// user wrote them, and turning them once into a ready talk: a deck, a schedule, and enums for the
// rest. Pure: the command line library fills a TalkOptions (shell/app/talk_flags.hpp), nothing
// here knows of it, so every rule below is unit-tested.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/deck/deck.hpp"
#include "core/frame/talk_screen.hpp"
#include "core/show/prepared_talk.hpp"
#include "core/time/moment.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

struct TalkOptions {
    std::string deck;
    std::string format;  // empty: from deck.toml
    std::string total;   // "m:ss" or seconds
    std::string slide_seconds;
    // Not given (empty / nullopt): from deck.toml's [settings], config.toml, or the default
    // (see core/config/settings.hpp); play --presenter makes a default overlay "both".
    std::string overlay;         // audience, presenter, both, none
    std::string overlay_size;    // small, medium, large, huge, or a scale
    std::string overlay_corner;  // top-left, top-right, bottom-left, bottom-right
    std::string background;      // #rrggbb
    std::string font;            // a font file or name
    std::optional<double> warn_seconds;
    std::optional<double> danger_seconds;
    std::optional<double> flash_seconds;
};

// The flags among `options` that were given, as settings (for resolve_settings).
std::vector<FlagSetting> given_flags(const TalkOptions& options);

// The timing flags as overrides. Throws std::invalid_argument for a bad value, or for --format
// ignite/pechakucha beside --total/--slide-seconds (as deck.toml refuses format beside total).
TimingOverrides timing_overrides(const TalkOptions& options);

// Timing that plays but is probably not meant (see core/time/timing_warnings.hpp).
std::vector<std::string> talk_timing_warnings(const PreparedTalk& talk);

// Loads the deck, resolves the settings (default < config.toml < deck.toml [settings] < flag;
// `extra_flags`: the calling command's own, like play's --display) and builds the schedule. Throws
// DeckError (deck problems) or std::invalid_argument (a flag's value is wrong) with a message for
// the user.
// `config`: the config.toml to read (the user's by default; tests give their own).
PreparedTalk prepare_talk(const TalkOptions& options,
                          const std::vector<FlagSetting>& extra_flags = {},
                          const std::filesystem::path& config = config_file_path());

// Sets the talk's thresholds, overlay, look and font from its effective settings (a deck.toml
// font file relative to the deck's folder). Throws std::invalid_argument for a negative threshold.
void apply_settings(PreparedTalk& talk, ResolvedSettings settings);

// Where the countdown goes when a presenter view is up: on both screens, unless the overlay
// setting was chosen (config.toml, deck.toml or a flag). Play, render --presenter and events.
OverlayMode overlay_beside_presenter(const PreparedTalk& talk);

// "both" -> OverlayMode::Both (the names the overlay setting accepts).
OverlayMode overlay_mode(const std::string& name);

// Parses "1920x1080". Throws std::invalid_argument naming the flag.
std::pair<int, int> parse_size(const std::string& text, const std::string& flag);

}  // namespace lightning
