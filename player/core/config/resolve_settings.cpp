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

std::string threshold_order_problem(const Settings& settings) {
    struct Pair {
        std::string_view high_name;
        const Sourced<double>& high;
        std::string_view low_name;
        const Sourced<double>& low;
    };
    for (const Pair& pair : {Pair{"warn", settings.warn, "danger", settings.danger},
                             Pair{"danger", settings.danger, "flash", settings.flash}}) {
        if (pair.high.value >= pair.low.value) continue;
        return described(pair.high_name, pair.high) + " is below " +
               described(pair.low_name, pair.low) +
               ": the countdown turns amber at warn seconds left, red at danger and flashes "
               "from flash, so warn >= danger >= flash (equal skips that colour); raise " +
               std::string(pair.high_name) + " or lower " + std::string(pair.low_name);
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
    if (const auto problem = threshold_order_problem(resolved.settings); !problem.empty()) {
        const Settings& s = resolved.settings;
        const bool flagged = s.warn.origin == Origin::Flag || s.danger.origin == Origin::Flag ||
                             s.flash.origin == Origin::Flag;
        if (flagged) throw std::invalid_argument(problem);
        throw DeckError(problem);
    }
    return resolved;
}

}  // namespace lightning
