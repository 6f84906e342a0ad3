#pragma once
// Scaling measured slide times so they add up to exactly a total, rounded to tenths of a second
// for people to read and type, without losing a millisecond of the total.
#include <vector>

namespace lightning {

// Durations in ms proportional to `weights_ms` (each >= 0), adding up to exactly `total_ms`
// (>= 0). Rounding: the total's whole 100 ms units are shared by largest remainder (floor each
// share, then one more unit to the largest remainders; ties go to the earlier slide); whatever
// is below 100 ms (a total like 4:59.95) goes to the longest slide (earliest on a tie), where it
// changes the least in proportion. All weights zero shares as if they were equal.
std::vector<long long> fit_to_total(const std::vector<long long>& weights_ms, long long total_ms);

// The median of `values` (not empty): the middle one, or for an even count the mean of the two
// middle ones, halves rounded up.
long long median_of(std::vector<long long> values);

}  // namespace lightning
