#include "core/config/resolve_settings.hpp"

#include "core/config/config_file.hpp"

namespace lightning {

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
    return resolved;
}

}  // namespace lightning
