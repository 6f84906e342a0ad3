#pragma once
// The organizer's command words, one table for every remote: OSC's /lightning/WORD and the
// phone's POSTed WORD mean the same command, and a break is extended within the same bounds.
#include <optional>
#include <string_view>

#include "core/show/command.hpp"
#include "core/time/clock.hpp"

namespace lightning {

// start, skip, back, end, pause, blank: the command, or nullopt for any other word.
std::optional<Command> remote_command_word(std::string_view word);
// A break extended by `seconds`: 1 to 3600 (an hour at a time); nullopt for zero, a negative, a
// NaN or more.
std::optional<Micros> break_extension(double seconds);

}  // namespace lightning
