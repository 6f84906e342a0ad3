#include "core/plan/fit_to_total.hpp"

#include <algorithm>
#include <numeric>

namespace lightning {

std::vector<long long> fit_to_total(const std::vector<long long>& weights_ms, long long total_ms) {
    const size_t n = weights_ms.size();
    std::vector<long long> out(n, 0);
    if (n == 0) return out;
    std::vector<long long> weights = weights_ms;
    long long sum = std::accumulate(weights.begin(), weights.end(), 0LL);
    if (sum <= 0) {
        std::fill(weights.begin(), weights.end(), 1);
        sum = static_cast<long long>(n);
    }
    const long long units = total_ms / 100;
    const long long below_unit = total_ms % 100;
    // Shares in whole units: weight * units / sum, remainders kept to hand out the rest. The
    // products stay far inside 64 bits: a weight of a day times a total of a day is ~7.5e15.
    std::vector<long long> remainder(n, 0);
    long long given = 0;
    for (size_t i = 0; i < n; ++i) {
        out[i] = weights[i] * units / sum;
        remainder[i] = weights[i] * units % sum;
        given += out[i];
    }
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (long long left = units - given, k = 0; left > 0; --left, ++k)
        ++out[order[static_cast<size_t>(k) % n]];
    for (auto& share : out) share *= 100;
    const auto longest = std::max_element(out.begin(), out.end());
    *longest += below_unit;
    return out;
}

long long median_of(std::vector<long long> values) {
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    if (values.size() % 2 == 1) return values[mid];
    const long long sum = values[mid - 1] + values[mid];
    return sum >= 0 ? (sum + 1) / 2 : sum / 2;
}

}  // namespace lightning
