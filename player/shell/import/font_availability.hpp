#pragma once
// Which of a deck's fonts this machine lacks, and what fontconfig draws instead: the lookup is
// here in the shell (fontconfig), the finding it makes is core's (preflight.hpp).
#include <set>
#include <string>
#include <vector>

#include "core/import/preflight.hpp"

namespace lightning {

// The fonts fontconfig answers with another family; empty when fontconfig cannot be loaded.
std::vector<MissingFont> missing_fonts(const std::set<std::string>& fonts);

}  // namespace lightning
