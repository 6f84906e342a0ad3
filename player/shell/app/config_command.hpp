#pragma once
// `lightning config [DECK]`: every effective setting and where it came from (default, the
// config file, the deck's deck.toml, a flag), so a surprising overlay can be traced to its line.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lightning {

struct ConfigOptions {
    std::string deck;  // optional: shows its deck.toml [settings] too
    // Each setting's flag (--warn, --overlay, ...), as text; only those given are set.
    std::vector<std::pair<std::string, std::optional<std::string>>> flags;
};

void add_config_command(CLI::App& app, ConfigOptions& options);
int run_config(const ConfigOptions& options);

}  // namespace lightning
