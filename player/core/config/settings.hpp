#pragma once
// Every setting lightning knows, its default, and where its effective value came from. The
// layers are applied lowest first: default < config.toml < deck.toml's [settings] < a flag, so
// the last set() wins. Pure core: reading the files is config_file.hpp; the commands set flags.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lightning {

enum class Origin { Default, ConfigFile, DeckToml, Flag };
std::string_view origin_name(Origin origin);

// A setting's value and its source. `where` names the source for a person: "config.toml:3"
// (with the file's path), "deck.toml:7", "--warn"; empty for a default.
template <class T>
struct Sourced {
    Sourced() = default;
    Sourced(T default_value) : value(std::move(default_value)) {}  // NOLINT: a default reads as one

    T value{};
    Origin origin = Origin::Default;
    std::string where;

    void set(T new_value, Origin new_origin, std::string new_where) {
        value = std::move(new_value);
        origin = new_origin;
        where = std::move(new_where);
    }
};

// Values are kept in the units and words the user writes: seconds, and names like "both";
// core/frame/slide_look turns background and the overlay's size and corner into drawing values.
struct Settings {
    Sourced<int> display{0};                       // full-screen display index
    Sourced<std::string> window_size{"1280x720"};  // WIDTHxHEIGHT of --window
    Sourced<std::string> renderer{"software"};     // software, accelerated, auto
    Sourced<std::string> overlay{"audience"};      // audience, presenter, both, none
    Sourced<std::string> overlay_size{"medium"};   // small, medium, large, huge, or a scale "1.5"
    Sourced<std::string> overlay_corner{
        "top-right"};                            // top-left, top-right, bottom-left, bottom-right
    Sourced<double> warn{60};                    // seconds left when the overlay turns amber
    Sourced<double> danger{30};                  // ... red
    Sourced<double> flash{10};                   // ... starts flashing
    Sourced<std::string> background{"#000000"};  // around and behind slides, #rrggbb
    Sourced<std::string> font;                   // a .ttf/.otf file; empty: the bundled DejaVu Sans
    Sourced<std::string> log_dir;         // where logs go; empty: $XDG_STATE_HOME/lightning/logs
    Sourced<bool> sound{false};           // sound cues (tick, warn, danger, gong)
    Sourced<double> end_card_seconds{3};  // how long an event's end card stays
    Sourced<std::string> osc_send;        // HOST:PORT[,HOST:PORT...]: OSC out; empty: none
    Sourced<int> osc_listen{0};           // UDP port for OSC commands; 0: none
    Sourced<std::string> osc_bind{"127.0.0.1"};  // the address osc-listen listens on
    Sourced<bool> phone{false};                  // the phone's server (docs/phone.md)
    Sourced<int> phone_port{8765};               // its TCP port
    Sourced<std::string> phone_bind;             // its address; empty: this machine's LAN address
};

// overlay-size's value as a scale: "small" 0.7, "medium" 1, "large" 1.4, "huge" 2, or a number
// ("0.25", "1.5", "2x") from kMinOverlayScale to kMaxOverlayScale; nullopt otherwise.
inline constexpr double kMinOverlayScale = 0.25;
inline constexpr double kMaxOverlayScale = 3.0;
std::optional<double> overlay_scale(const std::string& text);

// What a setting is, for messages and `lightning config`.
struct SettingInfo {
    std::string_view name;  // as written in config.toml and (with --) as the flag
    std::string_view about;
    bool per_deck;             // may be set in deck.toml's [settings]; false: of this machine
    std::string_view allowed;  // for a word setting: its words, "a | b"; empty: any text
};
const std::vector<SettingInfo>& setting_infos();

// One setting as text: "60", "true", "both", "" for an empty path.
struct SettingLine {
    std::string_view name;
    std::string value;
    Origin origin;
    std::string where;
};
std::vector<SettingLine> setting_lines(const Settings& settings);

// The words a word-valued setting accepts, or an empty list when it takes any text.
std::vector<std::string> allowed_words(std::string_view name);

// Checks a value the user gave for `name` (from any layer). Returns the problem and how to fix
// it, or an empty string when the value is fine.
std::string check_text_setting(std::string_view name, const std::string& value);
std::string check_number_setting(std::string_view name, double value);

// Sets `name` from a value; throws std::invalid_argument("<where>: ...") naming the problem.
// The typed overloads are for config files (TOML values) and flags alike.
void set_setting(Settings& settings, std::string_view name, const std::string& value, Origin origin,
                 const std::string& where);
void set_setting(Settings& settings, std::string_view name, double value, Origin origin,
                 const std::string& where);
void set_setting(Settings& settings, std::string_view name, bool value, Origin origin,
                 const std::string& where);

// The kind of value a setting takes: for messages ("a number of seconds") and reading TOML.
enum class SettingKind { Text, Number, Integer, Boolean };
SettingKind setting_kind(std::string_view name);
const SettingInfo* find_setting(std::string_view name);

}  // namespace lightning
