// `lightning keys` prints one table per mode whose descriptions all start in one column, however
// long a mode's list of keys is (the longest, "Space, Right, PageDown, Return, Left click",
// pushed its rows out of line).
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "core/show/keymap.hpp"

using namespace lightning;

TEST_CASE("keys text: every description starts in the same column") {
    std::istringstream text(keys_text(false));
    std::string line;
    size_t column = 0;
    int rows = 0;
    while (std::getline(text, line)) {
        if (line.size() < 2 || line[0] != ' ') continue;  // a mode's name or a blank line
        // The description starts after the first run of two spaces past the keys.
        const size_t gap = line.find("  ", 2);
        REQUIRE(gap != std::string::npos);
        const size_t start = line.find_first_not_of(' ', gap);
        if (column == 0) column = start;
        CHECK_MESSAGE(start == column, line);
        ++rows;
    }
    CHECK(rows > 20);
}
