#pragma once
// ISO 8601 durations as ODF writes a slide's presentation:duration: "PT00H00M15S", "PT15S",
// "PT0H0M12.5S", "P0DT0H1M0S". Whole milliseconds (the schedule's unit), rounded.
#include <optional>
#include <string_view>

#include "core/time/clock.hpp"

namespace lightning {

// Empty when `text` is not such a duration (or is longer than a day).
std::optional<Millis> parse_iso_duration(std::string_view text);

}  // namespace lightning
