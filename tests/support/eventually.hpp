// Waiting for a worker thread in a test, with a deadline: a broken loader fails its test with a
// message instead of hanging CI until ctest's timeout. No clock is read: the bound counts 1 ms
// sleeps (about ten seconds, far above what any wait here needs on a busy machine).
#pragma once

#include <chrono>
#include <thread>

namespace lightning::test {

// True once `done()` holds; false if it still does not after about `limit_ms` milliseconds.
// Spins briefly first (most waits are microseconds), then sleeps in 1 ms steps.
template <class Done>
bool eventually(Done done, int limit_ms = 10'000) {
    for (int spin = 0; spin < 1000; ++spin) {
        if (done()) return true;
        std::this_thread::yield();
    }
    for (int slept = 0; slept < limit_ms; ++slept) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return done();
}

}  // namespace lightning::test
