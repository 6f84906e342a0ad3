#pragma once
// Reading and writing talk times as people type them: "5:00", "0:10", "90", "7.5".
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

// Parses "m:ss", "h:mm:ss" or a plain number of seconds (fractions allowed, e.g. "7.5").
// Returns nothing when the text is not a time or is negative; seconds in "m:ss" must be < 60.
std::optional<Millis> parse_duration(std::string_view text);

// "m:ss" for a countdown. Rounds up to the next whole second, so the display reads 0:00 only
// when no time is left at all and 5:00 at the very start of a 5:00 talk.
std::string format_countdown(Millis left);

// The one rounding rule for every time shown to a tenth (summary screen, report, CSV figures
// rounded for people, presenter view, messages): to the nearest tenth of a second, halves away
// from zero. 3993 ms is 4.0, 3949 ms is 3.9, -50 ms is -0.1. (The countdown alone rounds up to
// whole seconds: it must not read 0:00 while time is left.)
long long tenths_of(Millis t);

// "m:ss.d" for reports and messages (tenths by tenths_of; negative gets "-").
std::string format_offset(Millis t);
// "+2.1 s" / "-0.8 s" for an over/under (tenths by tenths_of); "0.0 s" when it rounds to zero,
// so it is neither over nor under.
std::string format_signed_seconds(Millis t);

// "17:45", the local time of day (the presenter view, "Back at 15:30").
std::string clock_text(WallTime time);

}  // namespace lightning
