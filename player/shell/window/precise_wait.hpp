#pragma once
// Waiting for an instant to within a fraction of a millisecond: a coarse sleep to within a
// millisecond, then yielding until the instant. The loop presents frames this way, so a flip
// lands on its deadline without vsync.
#include <thread>

#include "core/time/clock.hpp"

namespace lightning {

inline void wait_precisely(const Clock& clock, Micros deadline) {
    for (Micros now = clock.now(); now < deadline; now = clock.now()) {
        if (deadline - now > Micros{1500})
            std::this_thread::sleep_for(deadline - now - Micros{1000});
        else
            std::this_thread::yield();
    }
}

}  // namespace lightning
