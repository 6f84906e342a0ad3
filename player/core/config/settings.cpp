#include "core/config/settings.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <type_traits>

namespace lightning {

namespace {

// The one place that ties a name to its field; the lambda gets the Sourced<T>.
template <class S, class F>
bool visit_setting(S& s, std::string_view name, F&& f) {
    if (name == "display") return f(s.display), true;
    if (name == "window-size") return f(s.window_size), true;
    if (name == "renderer") return f(s.renderer), true;
    if (name == "overlay") return f(s.overlay), true;
    if (name == "overlay-size") return f(s.overlay_size), true;
    if (name == "overlay-corner") return f(s.overlay_corner), true;
    if (name == "warn") return f(s.warn), true;
    if (name == "danger") return f(s.danger), true;
    if (name == "flash") return f(s.flash), true;
    if (name == "background") return f(s.background), true;
    if (name == "font") return f(s.font), true;
    if (name == "log-dir") return f(s.log_dir), true;
    if (name == "sound") return f(s.sound), true;
    if (name == "end-card-seconds") return f(s.end_card_seconds), true;
    if (name == "osc-send") return f(s.osc_send), true;
    if (name == "osc-listen") return f(s.osc_listen), true;
    if (name == "osc-bind") return f(s.osc_bind), true;
    if (name == "phone") return f(s.phone), true;
    if (name == "phone-port") return f(s.phone_port), true;
    if (name == "phone-bind") return f(s.phone_bind), true;
    return false;
}

std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string value_text(int value) {
    return std::to_string(value);
}
std::string value_text(double value) {
    return number_text(value);
}
std::string value_text(bool value) {
    return value ? "true" : "false";
}
std::string value_text(const std::string& value) {
    return value;
}

bool is_hex_colour(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return false;
    for (std::size_t i = 1; i < text.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

bool is_size(const std::string& text) {
    int w = 0, h = 0;
    char x = 0, extra = 0;
    return std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) == 3 &&
           (x == 'x' || x == 'X') && w >= 16 && h >= 16 && w <= 16384 && h <= 16384;
}

std::vector<std::string> split_words(std::string_view allowed) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < allowed.size()) {
        auto end = allowed.find(" | ", start);
        if (end == std::string_view::npos) end = allowed.size();
        words.emplace_back(allowed.substr(start, end - start));
        start = end + 3;
    }
    return words;
}

}  // namespace

std::optional<double> overlay_scale(const std::string& text) {
    if (text == "small") return 0.7;
    if (text == "medium") return 1.0;
    if (text == "large") return 1.4;
    if (text == "huge") return 2.0;
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double scale = std::strtod(text.c_str(), &end);
    // "2x" reads as a scale too: people write it that way.
    if (end && (*end == 'x' || *end == 'X')) ++end;
    if (!end || *end != '\0' || !std::isfinite(scale)) return std::nullopt;
    if (scale < kMinOverlayScale || scale > kMaxOverlayScale) return std::nullopt;
    return scale;
}

std::string_view origin_name(Origin origin) {
    switch (origin) {
        case Origin::Default:
            return "default";
        case Origin::ConfigFile:
            return "config file";
        case Origin::DeckToml:
            return "deck.toml";
        case Origin::Flag:
            return "flag";
    }
    return "?";
}

const std::vector<SettingInfo>& setting_infos() {
    static const std::vector<SettingInfo> infos = {
        {"display", "display index for full screen (lightning displays lists them)", false, ""},
        {"window-size", "size of the window with --window, WIDTHxHEIGHT", false, ""},
        {"renderer", "how the window draws", false, "software | accelerated | auto"},
        {"overlay", "where the countdown is drawn", true, "audience | presenter | both | none"},
        // Words, or a scale (checked in check_text_setting): not an "allowed" list.
        {"overlay-size",
         "how large the countdown is: small, medium, large, huge, or a scale like 1.5", true, ""},
        {"overlay-corner", "which corner the countdown sits in", true,
         "top-left | top-right | bottom-left | bottom-right"},
        {"warn", "seconds left when the countdown turns amber", true, ""},
        {"danger", "seconds left when the countdown turns red", true, ""},
        {"flash", "seconds left when the countdown starts flashing", true, ""},
        {"background", "colour around the slides, #rrggbb", true, ""},
        {"font", "font file for the overlay and cards (empty: the bundled DejaVu Sans)", true, ""},
        {"log-dir", "folder for timing logs (empty: $XDG_STATE_HOME/lightning/logs)", false, ""},
        {"sound",
         "sound cues: a tick per slide in rehearse, tones at warn and danger, a gong at 0:00", true,
         ""},
        {"end-card-seconds", "seconds an event shows a talk's end card", true, ""},
        {"osc-send", "send the show's state over OSC to HOST:PORT (several: comma-separated)",
         false, ""},
        {"osc-listen", "UDP port for the organizer's OSC commands (0: none)", false, ""},
        {"osc-bind", "the address osc-listen listens on (127.0.0.1: this machine only)", false, ""},
        {"phone", "serve the speaker's and the organizer's phone pages (docs/phone.md)", false, ""},
        {"phone-port", "TCP port of the phone pages", false, ""},
        {"phone-bind",
         "the address the phone pages listen on (empty: this machine's address on the network)",
         false, ""},
    };
    return infos;
}

const SettingInfo* find_setting(std::string_view name) {
    for (const auto& info : setting_infos())
        if (info.name == name) return &info;
    return nullptr;
}

SettingKind setting_kind(std::string_view name) {
    Settings probe;
    SettingKind kind = SettingKind::Text;
    visit_setting(probe, name, [&](auto& field) {
        using T = std::decay_t<decltype(field.value)>;
        if constexpr (std::is_same_v<T, bool>)
            kind = SettingKind::Boolean;
        else if constexpr (std::is_same_v<T, int>)
            kind = SettingKind::Integer;
        else if constexpr (std::is_same_v<T, double>)
            kind = SettingKind::Number;
        else
            kind = SettingKind::Text;
    });
    return kind;
}

std::vector<std::string> allowed_words(std::string_view name) {
    const auto* info = find_setting(name);
    return info ? split_words(info->allowed) : std::vector<std::string>{};
}

std::string check_text_setting(std::string_view name, const std::string& value) {
    const auto words = allowed_words(name);
    if (!words.empty()) {
        for (const auto& word : words)
            if (word == value) return "";
        return std::string(name) + " \"" + value + "\" is unknown: use " +
               std::string(find_setting(name)->allowed);
    }
    if (name == "overlay-size" && !overlay_scale(value))
        return "overlay-size \"" + value +
               "\" is unknown: use small | medium | large | huge, or a scale " +
               "from 0.25 to 3 like \"1.5\"";
    if (name == "background" && !is_hex_colour(value))
        return "background \"" + value +
               "\" is not a colour: write #rrggbb, like \"#000000\" for black";
    if (name == "window-size" && !is_size(value))
        return "window-size \"" + value +
               "\" is not a size: write WIDTHxHEIGHT, like \"1920x1080\"";
    return "";
}

std::string check_number_setting(std::string_view name, double value) {
    if (name == "display" &&
        (!std::isfinite(value) || value < 0 || value != std::floor(value) || value > 64))
        return "display must be a display index: 0, 1, ... (lightning displays lists them)";
    if (name == "osc-listen") {
        if (!std::isfinite(value) || value < 0 || value != std::floor(value) || value > 65535)
            return "osc-listen must be a UDP port, 1 to 65535 (0: none)";
        return "";
    }
    if (name == "phone-port") {
        if (!std::isfinite(value) || value < 0 || value != std::floor(value) || value > 65535)
            return "phone-port must be a TCP port, 1 to 65535 (0: any free port)";
        return "";
    }
    if (!std::isfinite(value) || value < 0)
        return std::string(name) + " must be a number of seconds, 0 or more";
    if (name != "display" && value > 24 * 3600)
        return std::string(name) + " " + number_text(value) + " is more than a day: write seconds";
    return "";
}

namespace {

[[noreturn]] void refuse(const std::string& where, const std::string& what) {
    throw std::invalid_argument(where.empty() ? what : where + ": " + what);
}

std::string_view kind_words(SettingKind kind) {
    switch (kind) {
        case SettingKind::Text:
            return "a string in quotes";
        case SettingKind::Number:
            return "a number of seconds";
        case SettingKind::Integer:
            return "a whole number";
        case SettingKind::Boolean:
            return "true or false";
    }
    return "?";
}

void require_known(std::string_view name, const std::string& where) {
    if (!find_setting(name)) refuse(where, "unknown setting '" + std::string(name) + "'");
}

void wrong_type(std::string_view name, const std::string& where) {
    refuse(where, std::string(name) + " takes " + std::string(kind_words(setting_kind(name))));
}

}  // namespace

void set_setting(Settings& settings, std::string_view name, const std::string& value, Origin origin,
                 const std::string& where) {
    require_known(name, where);
    if (setting_kind(name) != SettingKind::Text) wrong_type(name, where);
    if (auto problem = check_text_setting(name, value); !problem.empty()) refuse(where, problem);
    visit_setting(settings, name, [&](auto& field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field.value)>, std::string>)
            field.set(value, origin, where);
    });
}

void set_setting(Settings& settings, std::string_view name, double value, Origin origin,
                 const std::string& where) {
    require_known(name, where);
    const auto kind = setting_kind(name);
    if (kind != SettingKind::Number && kind != SettingKind::Integer) wrong_type(name, where);
    if (auto problem = check_number_setting(name, value); !problem.empty()) refuse(where, problem);
    visit_setting(settings, name, [&](auto& field) {
        using T = std::decay_t<decltype(field.value)>;
        if constexpr (std::is_same_v<T, double>)
            field.set(value, origin, where);
        else if constexpr (std::is_same_v<T, int>)
            field.set(static_cast<int>(value), origin, where);
    });
}

void set_setting(Settings& settings, std::string_view name, bool value, Origin origin,
                 const std::string& where) {
    require_known(name, where);
    if (setting_kind(name) != SettingKind::Boolean) wrong_type(name, where);
    visit_setting(settings, name, [&](auto& field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field.value)>, bool>)
            field.set(value, origin, where);
    });
}

std::vector<SettingLine> setting_lines(const Settings& settings) {
    std::vector<SettingLine> lines;
    for (const auto& info : setting_infos())
        visit_setting(settings, info.name, [&](const auto& field) {
            lines.push_back({info.name, value_text(field.value), field.origin, field.where});
        });
    return lines;
}

}  // namespace lightning
