#pragma once
// Values as lightning writes them into TOML (import's deck.toml, plan --write's entries): text
// as a basic string ("...", with quotes, backslashes and control characters escaped), and a
// duration as a number of seconds exact to the millisecond ("15", "12.5", "61.805").
#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace lightning {

std::string toml_quoted(std::string_view text);
std::string toml_seconds(Millis duration);

}  // namespace lightning
