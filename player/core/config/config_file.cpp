// Kept apart from settings.cpp because toml++ is heavy to compile.
#include "core/config/config_file.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/deck/toml_values.hpp"

namespace lightning {
namespace fs = std::filesystem;

fs::path config_file_path(const char* xdg_config_home, const char* home) {
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and is to be ignored.
    if (xdg_config_home && *xdg_config_home && fs::path(xdg_config_home).is_absolute())
        return fs::path(xdg_config_home) / "lightning" / "config.toml";
    if (home && *home) return fs::path(home) / ".config" / "lightning" / "config.toml";
    return {};
}

fs::path config_file_path() {
    return config_file_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
}

namespace {

std::string list_of_names(bool per_deck_only) {
    std::string names;
    for (const auto& info : setting_infos()) {
        if (per_deck_only && !info.per_deck) continue;
        if (!names.empty()) names += ", ";
        names += info.name;
    }
    return names;
}

// One key = value of either file, typed by the setting it names.
void apply_value(Settings& settings, std::string_view name, const toml::node& node, Origin origin,
                 const std::string& where) {
    try {
        switch (setting_kind(name)) {
            case SettingKind::Text:
                // overlay-size = 1.5 means the scale "1.5": a number is as natural as a word there.
                if (name == "overlay-size" && node.is_number()) {
                    char text[32];
                    std::snprintf(text, sizeof text, "%g", *node.value<double>());
                    return set_setting(settings, name, std::string(text), origin, where);
                }
                if (!node.is_string()) break;
                return set_setting(settings, name, std::string(*node.value<std::string_view>()),
                                   origin, where);
            case SettingKind::Number:
            case SettingKind::Integer:
                if (!node.is_number()) break;
                return set_setting(settings, name, *node.value<double>(), origin, where);
            case SettingKind::Boolean:
                if (!node.is_boolean()) break;
                return set_setting(settings, name, *node.value<bool>(), origin, where);
        }
        const std::string example = setting_kind(name) == SettingKind::Text
                                        ? "\"" + std::string(name) + "\""
                                    : setting_kind(name) == SettingKind::Boolean ? "true"
                                                                                 : "30";
        throw std::invalid_argument(
            where + ": " + std::string(name) + " is " + toml_type_name(node) + "; write it like " +
            std::string(name) + " = " +
            (setting_kind(name) == SettingKind::Text && !allowed_words(name).empty()
                 ? "\"" + allowed_words(name).front() + "\""
                 : example));
    } catch (const std::invalid_argument& problem) {
        throw DeckError(problem.what());
    }
}

void apply_table(Settings& settings, const toml::table& table, Origin origin,
                 const std::string& file) {
    const bool deck = origin == Origin::DeckToml;
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        const std::string where = toml_where(file, toml_line(node));
        const auto* info = find_setting(name);
        if (!info)
            throw DeckError(where + ": unknown setting '" + name +
                            "' (known: " + list_of_names(deck) + ")");
        if (deck && !info->per_deck)
            throw DeckError(where + ": " + name +
                            " is a setting of the machine, not of a deck: put it in " +
                            "config.toml (lightning config shows where) or give --" + name);
        apply_value(settings, name, node, origin, where);
    }
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DeckError(file.string() + ": cannot read it (check its permissions)");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void read_config_text(Settings& settings, std::string_view text, const fs::path& file) {
    const auto root = parse_toml_text(text, file.string());
    apply_table(settings, root, Origin::ConfigFile, file.string());
}

bool read_config_file(Settings& settings, const fs::path& file) {
    std::error_code error;
    if (file.empty() || !fs::exists(file, error)) return false;
    if (fs::is_directory(file, error))
        throw DeckError(file.string() + " is a folder: config.toml must be a file");
    read_config_text(settings, read_text(file), file);
    return true;
}

void read_deck_settings_text(Settings& settings, std::string_view text, const fs::path& file) {
    const auto root = parse_toml_text(text, file.string());
    // background and font belong to the deck's look as much as its title does, so deck.toml may
    // write them at the top too; [settings] (read after) wins when both are given.
    for (const char* name : {"background", "font"})
        if (const auto* top = root.get(name))
            apply_value(settings, name, *top, Origin::DeckToml,
                        toml_where(file.string(), toml_line(*top)));
    const auto* node = root.get("settings");
    if (!node) return;
    const auto* table = node->as_table();
    if (!table)
        throw DeckError(toml_where(file.string(), toml_line(*node)) +
                        ": settings must be a table: write [settings] and then key = value lines");
    apply_table(settings, *table, Origin::DeckToml, file.string());
}

void read_deck_settings(Settings& settings, const Deck& deck) {
    if (deck.toml_path.empty()) return;
    read_deck_settings_text(settings, read_text(deck.toml_path), deck.toml_path);
}

}  // namespace lightning
