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
// and std::invalid_argument for a flag's bad value. The countdown's thresholds must be in order
// once all layers are applied (order_thresholds): refused as a DeckError when only the
// files (or defaults) set them, as std::invalid_argument when a flag is one of the two.
// The countdown turns amber at `warn` seconds left, red at `danger` and flashes from `flash`, so
// warn >= danger >= flash. Equal is allowed: that colour is then skipped (warn = danger goes
// straight to red). Thresholds the user set (in a file or a flag) that are out of order are a
// problem: returned, naming both settings with where each came from and what to do. A default
// out of order with one the user set follows it (`danger = 5` alone lowers the default flash to
// 5; `lightning config` says so). Returns an empty string when all is in order.
std::string order_thresholds(Settings& settings);

ResolvedSettings resolve_settings(const std::filesystem::path& config_file, const Deck* deck,
                                  const std::vector<FlagSetting>& flags);

}  // namespace lightning
