#pragma once
// After the command line failed to parse: a hint naming the command or flag the user probably
// meant ("unknown command 'plya': did you mean play?"), computed from the commands and flags
// the CLI11 app knows, so a new flag gets hints without a list kept elsewhere.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lightning {

// `args` are argv[1..]. Empty when no typo is recognised (CLI11's own message then stands alone).
std::optional<std::string> usage_hint(CLI::App& app, const std::vector<std::string>& args);

}  // namespace lightning
