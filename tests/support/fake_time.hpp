#pragma once
// Milliseconds as the clock's Micros, for the tests' fake clocks.
#include "core/time/clock.hpp"

namespace lightning::testing {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}

}  // namespace lightning::testing
