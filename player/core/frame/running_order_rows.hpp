#pragma once
// Which lines of an event's running order a column shows. Every row is drawn at one size,
// readable from the back of the room; when the list is longer than the column holds, rows are
// not shrunk (500 talks would become a column of ticks): the column shows the rows around the
// current talk, with one line saying how many are left out above and below.
#include <string>
#include <vector>

#include "core/frame/screen.hpp"

namespace lightning {

struct RunningOrderRow {
    int entry = -1;      // index into the order, or -1 for a line standing for left-out rows
    std::string elided;  // for entry -1: "… 12 earlier", "… 30 later"
    bool operator==(const RunningOrderRow&) const = default;
};

// At most `rows` lines (at least 3 are used) for `order`, keeping `current` (-1: the first row)
// and up to two rows before it in view.
std::vector<RunningOrderRow> running_order_rows(const std::vector<RunningOrderEntry>& order,
                                                int current, int rows);

}  // namespace lightning
