#include "core/config/resolve_settings.hpp"

#include <stdexcept>

#include "core/config/config_file.hpp"

namespace lightning {

namespace {

// "warn 10 (config file /home/ada/.config/lightning/config.toml:1)", "danger 30 ([settings] in
// talk/deck.toml:4)", "danger 7.5 (flag --danger)", "flash 10 (the default)"
std::string described(std::string_view name, const Sourced<double>& setting) {
    std::string value = std::to_string(setting.value);
    value.erase(value.find_last_not_of('0') + 1);
    if (value.back() == '.') value.pop_back();
    std::string where = "the default";
    if (setting.origin == Origin::Flag) where = "flag " + setting.where;
    if (setting.origin == Origin::ConfigFile) where = "config file " + setting.where;
    if (setting.origin == Origin::DeckToml) where = "[settings] in " + setting.where;
    return std::string(name) + " " + value + " (" + where + ")";
}

}  // namespace

std::string order_thresholds(Settings& settings) {
    struct Threshold {
        std::string_view name;
        Sourced<double>& setting;
        bool given() const { return setting.origin != Origin::Default; }
    };
    Threshold order[] = {{"warn", settings.warn},
                         {"danger", settings.danger},
                         {"flash", settings.flash}};  // highest first
    // The ones the user gave must be in order among themselves.
    for (size_t high = 0; high < 3; ++high)
        for (size_t low = high + 1; low < 3; ++low) {
            const Threshold& a = order[high];
            const Threshold& b = order[low];
            if (!a.given() || !b.given() || a.setting.value >= b.setting.value) continue;
            return described(a.name, a.setting) + " is below " + described(b.name, b.setting) +
                   ": the countdown turns amber at warn seconds left, red at danger and flashes "
                   "from flash, so warn >= danger >= flash (equal skips that colour); raise " +
                   std::string(a.name) + " or lower " + std::string(b.name);
        }
    // A default follows the given ones around it: at most the lowest given above it, at least
    // the highest given below it (those bounds are in order, so the defaults stay in order).
    for (size_t k = 0; k < 3; ++k) {
        Threshold& t = order[k];
        if (t.given()) continue;
        for (size_t other = 0; other < 3; ++other) {
            const Threshold& o = order[other];
            if (!o.given()) continue;
            const bool above = other < k;
            if (above ? t.setting.value <= o.setting.value : t.setting.value >= o.setting.value)
                continue;
            t.setting.set(
                o.setting.value, Origin::Default,
                std::string(above ? "lowered" : "raised") + " to " + std::string(o.name) + "'s");
        }
    }
    return "";
}

ResolvedSettings resolve_settings(const std::filesystem::path& config_file, const Deck* deck,
                                  const std::vector<FlagSetting>& flags) {
    ResolvedSettings resolved;
    resolved.config_file = config_file;
    // Lowest first: each layer overwrites what it sets and leaves the rest as it was.
    resolved.config_file_found = read_config_file(resolved.settings, config_file);
    if (deck) read_deck_settings(resolved.settings, *deck);
    for (const auto& flag : flags)
        std::visit(
            [&](const auto& value) {
                set_setting(resolved.settings, flag.name, value, Origin::Flag, "--" + flag.name);
            },
            flag.value);
    if (const auto problem = order_thresholds(resolved.settings); !problem.empty()) {
        const Settings& s = resolved.settings;
        const bool flagged = s.warn.origin == Origin::Flag || s.danger.origin == Origin::Flag ||
                             s.flash.origin == Origin::Flag;
        if (flagged) throw std::invalid_argument(problem);
        throw DeckError(problem);
    }
    return resolved;
}

}  // namespace lightning
