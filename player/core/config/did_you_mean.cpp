#include "core/config/did_you_mean.hpp"

#include <algorithm>

namespace lightning {

int edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance, three rows of the usual table.
    const std::size_t n = b.size();
    std::vector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (std::size_t j = 0; j <= n; ++j) previous[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[n];
}

std::optional<std::string> did_you_mean(std::string_view typed,
                                        const std::vector<std::string>& candidates) {
    if (typed.empty()) return std::nullopt;
    const int limit = typed.size() <= 4 ? 1 : 2;
    std::optional<std::string> best;
    int best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        const int distance = edit_distance(typed, candidate);
        if (distance < best_distance &&
            distance < static_cast<int>(std::max(typed.size(), candidate.size()))) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace lightning
