#include "core/show/lateness.hpp"

#include <algorithm>
#include <cmath>

namespace lightning {

namespace {
double ms(Micros t) {
    return static_cast<double>(t.count()) / 1000.0;
}
}  // namespace

LatenessSummary summarize_lateness(const std::vector<Flip>& flips) {
    LatenessSummary summary;
    std::vector<double> late;
    for (const auto& event : flips) {
        if (event.kind == Flip::Kind::Shown) {
            late.push_back(ms(event.late()));
            summary.final_drift_ms = late.back();
        } else if (event.kind == Flip::Kind::Skipped) {
            ++summary.skipped;
        }
    }
    summary.shown = static_cast<int>(late.size());
    if (late.empty()) return summary;
    double sum = 0, sum_abs = 0;
    for (double v : late) {
        sum += v;
        sum_abs += std::fabs(v);
        summary.max_abs_ms = std::max(summary.max_abs_ms, std::fabs(v));
    }
    summary.mean_ms = sum / static_cast<double>(late.size());
    summary.mean_abs_ms = sum_abs / static_cast<double>(late.size());
    std::sort(late.begin(), late.end());
    // Nearest-rank percentiles.
    auto rank = [&](double p) {
        const auto index = static_cast<size_t>(std::ceil(p * static_cast<double>(late.size()))) - 1;
        return late[std::min(index, late.size() - 1)];
    };
    summary.p50_ms = rank(0.50);
    summary.p99_ms = rank(0.99);
    summary.max_ms = late.back();
    return summary;
}

}  // namespace lightning
