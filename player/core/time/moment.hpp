#pragma once
// What the talk looks like at one instant: a pure function of the schedule and the elapsed time.
// play, render and export all ask this same question, so they cannot disagree.
#include "core/time/clock.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

enum class OverlayState { Normal, Warn, Danger, Flash, Ended };

std::string_view state_name(OverlayState state);

// When the overlay changes colour, measured as talk time left.
struct Thresholds {
    Millis warn{60'000};
    Millis danger{30'000};
    Millis flash{10'000};
    Millis flash_period{1'000};  // one on + off cycle while flashing
    bool operator==(const Thresholds&) const = default;
};

struct Moment {
    Micros elapsed{0};
    int slide = 0;  // index due now; == slide_count once ended
    int slide_count = 0;
    Millis slide_start{0};
    Millis slide_duration{0};
    Micros slide_left{0};
    Micros talk_left{0};
    OverlayState state = OverlayState::Normal;
    bool flash_on = false;  // in the Flash state: whether this half-period is the bright one
    bool ended() const { return state == OverlayState::Ended; }
    // Fraction of the current slide's time used, 0..1.
    double slide_progress() const;
    // How many of `bar_width` pixels of the progress bar are filled, in whole-number arithmetic
    // (the one formula both drawing and wake-up prediction use, so they never disagree).
    int bar_fill(int bar_width) const;
};

Moment moment_at(const Schedule& schedule, const Thresholds& thresholds, Micros elapsed);
// Sets moment.state and flash_on from moment.talk_left (warn, danger, flash).
void apply_thresholds(Moment& moment, const Thresholds& thresholds);

// The earliest elapsed time after `elapsed` at which something visible changes: a slide flip,
// a countdown digit, a colour or flash change, or the slide progress bar moving by one of its
// `bar_pixels` (but not more often than every `min_bar_step`). Returns the talk's total when
// nothing changes before the end, and a far-future time once the talk has ended.
Micros next_visible_change(const Schedule& schedule, const Thresholds& thresholds, Micros elapsed,
                           int bar_pixels, Millis min_bar_step = Millis{250});

}  // namespace lightning
