#pragma once
// How early the show loop starts drawing and presenting so that a frame reaches the screen on its
// instant, learned from the frames before it: the draw margin follows recent draw times (plus
// 3 ms, within 3-50 ms), and the present lead is learned per kind of present (the whole screen,
// or only the countdown's corner), leaning low (core/time/present_lead.hpp).
#include <algorithm>

#include "core/time/moment.hpp"
#include "core/time/present_lead.hpp"

namespace lightning {

class PresentPacing {
public:
    Micros draw_margin() const { return draw_margin_; }
    void drew(Micros took) {
        draw_margin_ =
            std::clamp((draw_margin_ * 3 + took) / 4 + Micros{3000}, Micros{3000}, Micros{50'000});
    }
    PresentLead& lead(bool corner_only) { return corner_only ? lead_corner_ : lead_full_; }

private:
    Micros draw_margin_{8000};
    PresentLead lead_full_;
    PresentLead lead_corner_;
};

}  // namespace lightning
