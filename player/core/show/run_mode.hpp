#pragma once
// The three ways a talk is run, and the one name each has in the logs (and their file names):
// the run writes it, and whatever reads a log back (report, plan, resume) asks for the mode by
// this enum rather than comparing the words itself.
#include <optional>
#include <string_view>

namespace lightning {

enum class RunMode { Play, Paced, Free };
// "play", "paced", "free".
std::string_view mode_name(RunMode mode);
// The mode a log names; nothing for a word that is none of the three (a damaged or future log).
std::optional<RunMode> mode_named(std::string_view name);

}  // namespace lightning
