#include "shell/app/config_command.hpp"

#include <cstdio>
#include <stdexcept>

#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/log/printable.hpp"
#include "shell/platform/assets.hpp"

namespace lightning {

void add_config_command(CLI::App& app, ConfigOptions& options) {
    auto* command = app.add_subcommand(
        "config",
        "Print every setting in effect and where it comes from: the default, the config file "
        "($XDG_CONFIG_HOME/lightning/config.toml), the deck's deck.toml [settings], or a flag");
    command->add_option("deck", options.deck,
                        "A deck folder or a PDF file, to include its deck.toml [settings]");
    // One flag per setting, as play and rehearse take them, to see what a command line would do.
    options.flags.reserve(setting_infos().size());
    for (const auto& info : setting_infos()) {
        options.flags.emplace_back(std::string(info.name), std::nullopt);
        command->add_option("--" + std::string(info.name), options.flags.back().second,
                            std::string(info.about));
    }
}

namespace {

FlagSetting flag_setting(const std::string& name, const std::string& text) {
    switch (setting_kind(name)) {
        case SettingKind::Text:
            return {name, text};
        case SettingKind::Boolean:
            if (text == "true" || text == "1" || text == "on") return {name, true};
            if (text == "false" || text == "0" || text == "off") return {name, false};
            throw std::invalid_argument("--" + name + " \"" + text + "\": write true or false");
        case SettingKind::Number:
        case SettingKind::Integer:
            break;
    }
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size()) return {name, value};
    } catch (const std::exception&) {
    }
    throw std::invalid_argument("--" + name + " \"" + text + "\" is not a number");
}

}  // namespace

int run_config(const ConfigOptions& options) {
    std::optional<Deck> deck;
    if (!options.deck.empty()) deck = load_deck(options.deck);
    std::vector<FlagSetting> flags;
    for (const auto& [name, text] : options.flags)
        if (text) flags.push_back(flag_setting(name, *text));
    const auto resolved = resolve_settings(config_file_path(), deck ? &*deck : nullptr, flags);

    // Every value and path is printed escaped (printable): a font name or a folder holding an
    // escape sequence must not reach the terminal raw.
    if (resolved.config_file.empty())
        std::printf("config file: none (set HOME or XDG_CONFIG_HOME)\n");
    else
        std::printf("config file: %s%s\n", printable(resolved.config_file.string()).c_str(),
                    resolved.config_file_found ? "" : " (not there: defaults apply)");
    if (deck)
        std::printf("deck.toml:   %s\n", deck->toml_path.empty()
                                             ? "none (the deck has no deck.toml)"
                                             : printable(deck->toml_path.string()).c_str());
    // Where the fonts come from: an installed copy finds its own (share/lightning/assets).
    try {
        std::printf("assets:      %s\n", printable(find_assets_folder().string()).c_str());
    } catch (const std::exception& error) {
        std::printf("assets:      not found: %s\n", printable_message(error.what()).c_str());
    }
    std::printf("\n");
    for (const auto& line : setting_lines(resolved.settings)) {
        const std::string value = line.value.empty() ? "\"\"" : printable(line.value);
        std::string source(origin_name(line.origin));
        if (!line.where.empty()) source += " " + line.where;
        std::printf("%-17s = %-12s # %s\n", std::string(line.name).c_str(), value.c_str(),
                    printable(source).c_str());
    }
    return 0;
}

}  // namespace lightning
