#pragma once
// "did you mean play?" for a mistyped command or flag: the known word nearest to what was typed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lightning {

// Levenshtein distance (insert, delete, substitute; a swap of two neighbours also counts one,
// since "plya" for "play" is the usual typo).
int edit_distance(std::string_view a, std::string_view b);

// The candidate nearest `typed`, when it is close enough to be a typo: at most 1 edit for words
// of up to 4 letters, 2 for longer ones, and never for an empty word. Ties go to the first.
std::optional<std::string> did_you_mean(std::string_view typed,
                                        const std::vector<std::string>& candidates);

}  // namespace lightning
