// An event's running order keeps one readable size: a list longer than the column shows the rows
// around the current talk, with a line for how many are left out above and below.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/frame/running_order_rows.hpp"

using namespace lightning;

namespace {

std::vector<RunningOrderEntry> talks(int n) {
    return std::vector<RunningOrderEntry>(static_cast<size_t>(n));
}

// The rows as text: "3" for entry 3, the elision line as it is.
std::vector<std::string> shown(const std::vector<RunningOrderRow>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(row.entry >= 0 ? std::to_string(row.entry) : row.elided);
    return out;
}

}  // namespace

TEST_CASE("running order rows: a list that fits is shown whole") {
    CHECK(shown(running_order_rows(talks(5), 2, 8)) ==
          std::vector<std::string>{"0", "1", "2", "3", "4"});
    CHECK(running_order_rows(talks(0), -1, 8).empty());
}

TEST_CASE("running order rows: a long list keeps the current talk and two before it in view") {
    CHECK(shown(running_order_rows(talks(12), 0, 6)) ==
          std::vector<std::string>{"0", "1", "2", "3", "4", "\xE2\x80\xA6 7 later"});
    CHECK(shown(running_order_rows(talks(12), 6, 6)) ==
          std::vector<std::string>{"\xE2\x80\xA6 5 earlier", "5", "6", "7", "8",
                                   "\xE2\x80\xA6 3 later"});
    CHECK(shown(running_order_rows(talks(12), 11, 6)) ==
          std::vector<std::string>{"\xE2\x80\xA6 7 earlier", "7", "8", "9", "10", "11"});
    const auto big = shown(running_order_rows(talks(500), 250, 10));
    CHECK(big == std::vector<std::string>{"\xE2\x80\xA6 248 earlier", "248", "249", "250", "251",
                                          "252", "253", "254", "255", "\xE2\x80\xA6 244 later"});
}

TEST_CASE("running order rows: any length, column and position: in view, in order, all counted") {
    for (int n = 1; n <= 30; ++n)
        for (int rows = 1; rows <= 12; ++rows)
            for (int current = -1; current < n; ++current) {
                const auto lines = running_order_rows(talks(n), current, rows);
                CAPTURE(n);
                CAPTURE(rows);
                CAPTURE(current);
                REQUIRE(static_cast<int>(lines.size()) <= std::max(rows, 3));
                int counted = 0, previous = -1;
                bool focus_seen = false;
                for (const auto& line : lines) {
                    if (line.entry < 0) {
                        counted += std::stoi(line.elided.substr(4));  // after "… "
                        continue;
                    }
                    if (previous >= 0) CHECK(line.entry == previous + 1);  // no gap
                    if (previous < 0) CHECK(line.entry == counted);  // "… k earlier" is exact
                    previous = line.entry;
                    ++counted;
                    focus_seen = focus_seen || line.entry == std::max(current, 0);
                }
                CHECK(counted == n);
                CHECK(focus_seen);
            }
}
