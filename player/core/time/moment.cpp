#include "core/time/moment.hpp"

#include <algorithm>
#include <limits>

namespace lightning {

std::string_view state_name(OverlayState state) {
    switch (state) {
        case OverlayState::Normal:
            return "normal";
        case OverlayState::Warn:
            return "warn";
        case OverlayState::Danger:
            return "danger";
        case OverlayState::Flash:
            return "flash";
        case OverlayState::Ended:
            break;
    }
    return "ended";
}

double Moment::slide_progress() const {
    if (slide_duration.count() <= 0) return 1.0;
    const double used = static_cast<double>((slide_duration - slide_left).count()) /
                        static_cast<double>(Micros(slide_duration).count());
    return std::clamp(used, 0.0, 1.0);
}

int Moment::bar_fill(int bar_width) const {
    const Micros duration{slide_duration};
    if (duration.count() <= 0) return bar_width;
    const Micros used = std::clamp(duration - slide_left, Micros{0}, duration);
    return static_cast<int>(used.count() * bar_width / duration.count());
}

Moment moment_at(const Schedule& schedule, const Thresholds& thresholds, Micros elapsed) {
    Moment moment;
    moment.elapsed = elapsed;
    moment.slide_count = schedule.count();
    moment.slide = schedule.slide_at(elapsed);
    const Micros clamped = std::max(elapsed, Micros{0});
    moment.talk_left = std::max(Micros{schedule.total} - clamped, Micros{0});
    if (moment.slide >= schedule.count()) {
        moment.state = OverlayState::Ended;
        return moment;
    }
    const auto& planned = schedule.slides[moment.slide];
    moment.slide_start = planned.start;
    moment.slide_duration = planned.duration;
    moment.slide_left = Micros{planned.start + planned.duration} - clamped;

    apply_thresholds(moment, thresholds);
    return moment;
}

void apply_thresholds(Moment& moment, const Thresholds& thresholds) {
    if (moment.talk_left <= thresholds.flash) {
        moment.state = OverlayState::Flash;
        // Bright for the first half of each period, counted back from the end so the last
        // period ends exactly at 0:00.
        const long long period = Micros(thresholds.flash_period).count();
        const long long phase = period > 0 ? moment.talk_left.count() % period : 0;
        moment.flash_on = period <= 0 || phase == 0 || phase > period / 2;
    } else if (moment.talk_left <= thresholds.danger) {
        moment.state = OverlayState::Danger;
    } else if (moment.talk_left <= thresholds.warn) {
        moment.state = OverlayState::Warn;
    }
}

namespace {

// Smallest t > elapsed with (end - t) a multiple of `step`, i.e. the next tick of a countdown
// to `end`; nothing when end is not after elapsed.
std::optional<Micros> next_tick_before(Micros end, Micros step, Micros elapsed) {
    if (step.count() <= 0 || end <= elapsed) return std::nullopt;
    const long long left = (end - elapsed).count();
    long long ticks_back = (left - 1) / step.count();  // largest k with end - k*step > elapsed
    return end - step * ticks_back;
}

}  // namespace

Micros next_visible_change(const Schedule& schedule, const Thresholds& thresholds, Micros elapsed,
                           int bar_pixels, Millis min_bar_step) {
    // Before the start the screen shows the start (times clamp to 0), so nothing changes
    // until the first change after 0.
    if (elapsed < Micros{0}) elapsed = Micros{0};
    const Moment now = moment_at(schedule, thresholds, elapsed);
    if (now.ended()) return Micros::max();
    const Micros total{schedule.total};
    const Micros slide_end{now.slide_start + now.slide_duration};
    Micros soonest = slide_end;
    auto consider = [&](std::optional<Micros> t) {
        if (t && *t > elapsed && *t < soonest) soonest = *t;
    };
    // Countdowns round up to whole seconds, so a digit changes at each whole second before the end.
    consider(next_tick_before(total, Micros{1'000'000}, elapsed));
    consider(next_tick_before(slide_end, Micros{1'000'000}, elapsed));
    for (const Millis threshold : {thresholds.warn, thresholds.danger, thresholds.flash})
        consider(total - Micros{threshold});
    if (now.state == OverlayState::Flash && thresholds.flash_period.count() > 0)
        consider(next_tick_before(total, Micros{thresholds.flash_period} / 2, elapsed));
    if (bar_pixels > 0) {
        // Find when bar_fill() next grows by a pixel.
        const long long duration = Micros(now.slide_duration).count();
        const long long pixel = now.bar_fill(bar_pixels);
        const long long next_used = ((pixel + 1) * duration + bar_pixels - 1) / bar_pixels;
        Micros next_px = Micros{now.slide_start} + Micros{next_used};
        next_px = std::max(next_px, elapsed + Micros{min_bar_step});
        consider(next_px);
    }
    return soonest;
}

}  // namespace lightning
