#include "core/frame/running_order_rows.hpp"

#include <algorithm>

namespace lightning {

std::vector<RunningOrderRow> running_order_rows(const std::vector<RunningOrderEntry>& order,
                                                int current, int rows) {
    const int n = static_cast<int>(order.size());
    rows = std::max(rows, 3);
    std::vector<RunningOrderRow> out;
    if (n <= rows) {
        for (int i = 0; i < n; ++i) out.push_back({i, {}});
        return out;
    }
    const int focus = std::clamp(current, 0, n - 1);
    // Rows kept above the current one: what just happened, as far as the column allows.
    const int lead = std::min(2, (rows - 3) / 2);
    int first = std::max(0, focus - lead);
    int end = 0;  // one past the last row shown
    if (n - first <= rows - (first > 0 ? 1 : 0)) {
        // The rest fits below: end on the last row and use the spare lines for earlier rows.
        first = n - (rows - 1);
        end = n;
    } else {
        end = first + rows - (first > 0 ? 1 : 0) - 1;  // one line kept for "… later"
    }
    if (first > 0) out.push_back({-1, "\xE2\x80\xA6 " + std::to_string(first) + " earlier"});
    for (int i = first; i < end; ++i) out.push_back({i, {}});
    if (end < n) out.push_back({-1, "\xE2\x80\xA6 " + std::to_string(n - end) + " later"});
    return out;
}

}  // namespace lightning
