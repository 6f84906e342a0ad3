#include "core/config/talk_options.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "core/config/config_file.hpp"
#include "core/frame/slide_look.hpp"
#include "core/time/time_text.hpp"
#include "core/time/timing_warnings.hpp"

namespace lightning {

namespace {

Millis flag_duration(const std::string& text, const std::string& flag) {
    const auto parsed = parse_duration(text);
    if (parsed && parsed->count() <= 0)
        throw std::invalid_argument(flag + " \"" + text +
                                    "\" is no time at all: give it a length, like 5:00 or 15");
    if (!parsed)
        throw std::invalid_argument(
            flag + " \"" + text + "\" is not a time: write m:ss (like 5:00) or seconds (like 15)");
    return *parsed;
}

Millis flag_seconds(double seconds, const std::string& flag) {
    if (!std::isfinite(seconds) || seconds < 0)
        throw std::invalid_argument(flag + " must be a number of seconds, 0 or more");
    return Millis{std::llround(seconds * 1000)};
}

}  // namespace

OverlayMode overlay_mode(const std::string& name) {
    return name == "none"        ? OverlayMode::None
           : name == "presenter" ? OverlayMode::Presenter
           : name == "both"      ? OverlayMode::Both
                                 : OverlayMode::Audience;
}

OverlayMode overlay_beside_presenter(const PreparedTalk& talk) {
    return talk.settings.settings.overlay.origin == Origin::Default ? OverlayMode::Both
                                                                    : talk.overlay;
}

std::vector<FlagSetting> given_flags(const TalkOptions& options) {
    std::vector<FlagSetting> flags;
    if (!options.overlay.empty()) flags.push_back({"overlay", options.overlay});
    if (!options.overlay_size.empty()) flags.push_back({"overlay-size", options.overlay_size});
    if (!options.overlay_corner.empty())
        flags.push_back({"overlay-corner", options.overlay_corner});
    if (!options.background.empty()) flags.push_back({"background", options.background});
    if (!options.font.empty()) flags.push_back({"font", options.font});
    if (options.warn_seconds) flags.push_back({"warn", *options.warn_seconds});
    if (options.danger_seconds) flags.push_back({"danger", *options.danger_seconds});
    if (options.flash_seconds) flags.push_back({"flash", *options.flash_seconds});
    return flags;
}

TimingOverrides timing_overrides(const TalkOptions& options) {
    TimingOverrides overrides;
    if (!options.format.empty()) {
        overrides.format = parse_format(options.format);
        if (!overrides.format)
            throw std::invalid_argument("--format \"" + options.format +
                                        "\" is unknown: use ignite, pechakucha or five-minutes");
        // As in deck.toml: a format fixes every slide's time, so a length beside it is a mistake.
        if (*overrides.format != TalkFormat::FiveMinutes &&
            (!options.total.empty() || !options.slide_seconds.empty()))
            throw std::invalid_argument(
                "--format " + options.format +
                " gives every slide its own fixed time; "
                "drop --total/--slide-seconds, or use --format five-minutes");
    }
    if (!options.total.empty()) overrides.total = flag_duration(options.total, "--total");
    if (!options.slide_seconds.empty())
        overrides.slide_seconds = flag_duration(options.slide_seconds, "--slide-seconds");
    if (overrides.total && overrides.slide_seconds)
        throw std::invalid_argument(
            "--total and --slide-seconds both set the talk's length: give one of them");
    return overrides;
}

void apply_settings(PreparedTalk& talk, ResolvedSettings settings) {
    talk.settings = std::move(settings);
    const Settings& resolved = talk.settings.settings;
    talk.thresholds.warn = flag_seconds(resolved.warn.value, "--warn");
    talk.thresholds.danger = flag_seconds(resolved.danger.value, "--danger");
    talk.thresholds.flash = flag_seconds(resolved.flash.value, "--flash");
    talk.overlay = overlay_mode(resolved.overlay.value);
    talk.look = slide_look(resolved);
    // A font file named in deck.toml is the deck's own: relative to the deck's folder.
    auto& font = talk.settings.settings.font;
    if (font.origin == Origin::DeckToml && !font.value.empty() && !talk.deck.toml_path.empty()) {
        const auto beside = talk.deck.toml_path.parent_path() / font.value;
        std::error_code error;
        if (std::filesystem::path(font.value).is_relative() &&
            std::filesystem::is_regular_file(beside, error))
            font.value = beside.string();
    }
}

PreparedTalk prepare_talk(const TalkOptions& options, const std::vector<FlagSetting>& extra_flags,
                          const std::filesystem::path& config) {
    const TimingOverrides overrides = timing_overrides(options);
    PreparedTalk talk{load_deck(options.deck), {}, {}, OverlayMode::Audience, {}, {}, overrides};
    talk.schedule = make_schedule(talk.deck, overrides);
    auto flags = given_flags(options);
    flags.insert(flags.end(), extra_flags.begin(), extra_flags.end());
    apply_settings(talk, resolve_settings(config, &talk.deck, flags));
    return talk;
}

std::vector<std::string> talk_timing_warnings(const PreparedTalk& talk) {
    return timing_warnings(talk.deck, talk.schedule, talk.flags);
}

std::pair<int, int> parse_size(const std::string& text, const std::string& flag) {
    int w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') ||
        w < 16 || h < 16 || w > 16384 || h > 16384)
        throw std::invalid_argument(flag + " \"" + text +
                                    "\" is not a size: write WIDTHxHEIGHT, like 1920x1080");
    return {w, h};
}

}  // namespace lightning
