#pragma once
// The earliest of the instants a show must wake for (a held Esc's second, a notice ending, the
// presenter's clock turning over, a talk's next change). Shared by Stage and EventShow.
#include <algorithm>

#include "core/time/clock.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

class WakeUp {
public:
    // `after`: the clock time of the screen on display (it may be drawn a moment ahead of `now`).
    WakeUp(Micros after, Micros now) : after_(after), now_(now) {}

    // A change still to come that falls at or before `after` still needs a wake-up, just after.
    void consider(Micros t) {
        if (t > after_)
            next_ = std::min(next_, t);
        else if (t > now_)
            next_ = std::min(next_, after_ + Micros{1});
    }
    // The presenter's time of day turns over on the minute.
    void consider_next_minute(WallTime wall) {
        const auto since_minute =
            std::chrono::duration_cast<Micros>(wall.time_since_epoch()) % std::chrono::minutes{1};
        consider(now_ + std::chrono::minutes{1} - since_minute);
    }
    Micros at() const { return next_; }

private:
    Micros after_, now_;
    Micros next_ = Micros::max();
};

}  // namespace lightning
