#pragma once
// How early to start a present so that its pixels reach the screen at the planned instant, learnt
// from how long presents of one kind took. It leans low: a present that took less than the lead
// brings the lead down at once, a slower one raises it only by an eighth of the difference. A
// lead that is too long shows the slide early (which a talk must never do), one too short only a
// fraction of a millisecond late. Pure C++: the caller measures with its clock.
#include <algorithm>

#include "core/time/clock.hpp"

namespace lightning {

class PresentLead {
public:
    Micros lead() const { return lead_; }

    // One present took `took`. The first present of a window is no sample (it also maps the
    // window and faults in its surface): the caller does not pass it.
    void learn(Micros took) {
        const Micros sample = std::clamp(took, Micros{0}, kMaxLead);
        if (sample <= lead_)
            lead_ = sample;
        else
            lead_ += (sample - lead_) / 8;
    }

private:
    static constexpr Micros kMaxLead{20'000};
    Micros lead_{0};
};

}  // namespace lightning
