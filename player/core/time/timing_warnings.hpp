#pragma once
// Timing that plays but is probably not what the speaker meant: slides whose seconds run past
// the format's length, a talk under 30 s ("--total 5" is five seconds), slides under a second.
// `check` lists them as warnings and `play`/`rehearse` print them when they start.
#include <string>
#include <vector>

#include "core/time/schedule.hpp"

namespace lightning {

std::vector<std::string> timing_warnings(const Deck& deck, const Schedule& schedule,
                                         const TimingOverrides& flags);

}  // namespace lightning
