#pragma once
// Orders file names the way people number slides: "Slide2.JPG" before "Slide10.JPG".
#include <string_view>

namespace lightning {

// True when a sorts before b. Runs of ASCII digits compare by value (leading zeros ignored,
// then fewer zeros first), letters compare case-insensitively, other bytes (UTF-8 included)
// by value; full ties fall back to plain byte order so the order is total and stable.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace lightning
