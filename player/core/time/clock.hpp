#pragma once
// The one place the program reads time. Nothing else calls std::chrono::steady_clock,
// so every timing decision can be replayed in tests with FakeClock.
#include <chrono>
#include <cstdint>

namespace lightning {

// Monotonic time in microseconds since an arbitrary epoch (the clock's own).
using Micros = std::chrono::microseconds;
// Planned times (schedule offsets, durations) are whole milliseconds.
using Millis = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Micros now() const = 0;
};

// The real clock: std::chrono::steady_clock, which never jumps with wall-clock changes.
class SteadyClock final : public Clock {
public:
    Micros now() const override {
        return std::chrono::duration_cast<Micros>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
};

// A clock that only moves when a test says so.
class FakeClock final : public Clock {
public:
    explicit FakeClock(Micros start = Micros{1'000'000}) : now_(start) {}
    Micros now() const override { return now_; }
    void advance(Micros by) { now_ += by; }
    void set(Micros to) { now_ = to; }

private:
    Micros now_;
};

}  // namespace lightning
