#pragma once
// Text as a TOML basic string ("...", with quotes, backslashes and control characters escaped),
// for every file lightning writes TOML into (import's deck.toml, plan --write's entries).
#include <string>
#include <string_view>

namespace lightning {

std::string toml_quoted(std::string_view text);

}  // namespace lightning
