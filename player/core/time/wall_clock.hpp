#pragma once
// The time of day, for what people read (log `wall` fields, "Back at 15:30", the presenter's
// clock) and for resuming a crashed run by the wall clock of its start. Injected like Clock, so
// tests can set it; nothing else calls std::chrono::system_clock::now().
#include <chrono>

namespace lightning {

using WallTime = std::chrono::system_clock::time_point;

class WallClock {
public:
    virtual ~WallClock() = default;
    virtual WallTime now() const = 0;
};

class SystemWallClock final : public WallClock {
public:
    WallTime now() const override { return std::chrono::system_clock::now(); }
};

// A wall clock that only moves when a test says so.
class FakeWallClock final : public WallClock {
public:
    explicit FakeWallClock(WallTime start = WallTime{std::chrono::seconds{1'800'000'000}})
        : now_(start) {}
    WallTime now() const override { return now_; }
    void advance(std::chrono::microseconds by) { now_ += by; }
    void set(WallTime to) { now_ = to; }

private:
    WallTime now_;
};

}  // namespace lightning
