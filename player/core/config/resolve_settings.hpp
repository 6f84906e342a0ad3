#pragma once
// The effective settings of one run: defaults, then config.toml, then the deck's deck.toml
// [settings], then the flags given on the command line; each value remembers which of them set it.
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "core/config/settings.hpp"
#include "core/deck/deck.hpp"

namespace lightning {

// A flag the user gave, by its setting's name ("warn" for --warn). Flags not given are not listed.
struct FlagSetting {
    std::string name;
    std::variant<std::string, double, bool> value;
};

struct ResolvedSettings {
    Settings settings;
    std::filesystem::path config_file;  // the file looked for (it may not exist)
    bool config_file_found = false;
};

// `deck` may be null (no deck given). Throws DeckError for a problem in either file (FILE:LINE)
// and std::invalid_argument for a flag's bad value.
ResolvedSettings resolve_settings(const std::filesystem::path& config_file, const Deck* deck,
                                  const std::vector<FlagSetting>& flags);

}  // namespace lightning
