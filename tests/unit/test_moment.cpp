#include <doctest/doctest.h>

#include <string>

#include "../support/plans.hpp"
#include "core/time/moment.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

// Seconds (fractions allowed) to microseconds, rounded to the nearest.
constexpr Micros seconds(double s) {
    return Micros{static_cast<long long>(s * 1e6 + (s < 0 ? -0.5 : 0.5))};
}

}  // namespace

TEST_CASE("overlay state follows the talk time left") {
    const Schedule ignite = plan(20, TalkFormat::Ignite);  // 5:00
    const Thresholds th;
    auto state_at = [&](Micros t) { return moment_at(ignite, th, t).state; };

    CHECK(state_at(Micros{0}) == OverlayState::Normal);
    CHECK(state_at(seconds(240) - Micros{1}) == OverlayState::Normal);  // 60.000001 s left
    CHECK(state_at(seconds(240)) == OverlayState::Warn);                // exactly 60 s left
    CHECK(state_at(seconds(270) - Micros{1}) == OverlayState::Warn);
    CHECK(state_at(seconds(270)) == OverlayState::Danger);  // 30 s left
    CHECK(state_at(seconds(290) - Micros{1}) == OverlayState::Danger);
    CHECK(state_at(seconds(290)) == OverlayState::Flash);  // 10 s left
    CHECK(state_at(seconds(300) - Micros{1}) == OverlayState::Flash);
    CHECK(state_at(seconds(300)) == OverlayState::Ended);
    CHECK(state_at(seconds(1000)) == OverlayState::Ended);
    CHECK(state_at(seconds(-3)) == OverlayState::Normal);

    SUBCASE("flash_on alternates every half second, bright first") {
        auto on = [&](double t) { return moment_at(ignite, th, seconds(t)).flash_on; };
        CHECK(on(290.0));
        CHECK(on(290.499999));
        CHECK_FALSE(on(290.5));
        CHECK_FALSE(on(290.999999));
        CHECK(on(291.0));
        CHECK_FALSE(on(291.7));
        CHECK(on(299.0));
        CHECK_FALSE(on(299.5));
        CHECK_FALSE(on(299.999999));
        CHECK_FALSE(on(289.9));  // not flashing yet
    }
    SUBCASE("custom thresholds") {
        Thresholds custom;
        custom.warn = Millis{120'000};
        custom.danger = Millis{5'000};
        custom.flash = Millis{0};
        CHECK(moment_at(ignite, custom, seconds(179.9)).state == OverlayState::Normal);
        CHECK(moment_at(ignite, custom, seconds(180)).state == OverlayState::Warn);
        CHECK(moment_at(ignite, custom, seconds(295)).state == OverlayState::Danger);
        CHECK(moment_at(ignite, custom, seconds(299.999)).state == OverlayState::Danger);
    }
    SUBCASE("state names") {
        CHECK(state_name(OverlayState::Normal) == "normal");
        CHECK(state_name(OverlayState::Warn) == "warn");
        CHECK(state_name(OverlayState::Danger) == "danger");
        CHECK(state_name(OverlayState::Flash) == "flash");
        CHECK(state_name(OverlayState::Ended) == "ended");
    }
}

TEST_CASE("moment values: slide, time left, progress") {
    const Schedule ignite = plan(20, TalkFormat::Ignite);
    const Thresholds th;
    SUBCASE("inside slide 2 (index 1)") {
        const Moment m = moment_at(ignite, th, seconds(16.5));
        CHECK(m.elapsed == seconds(16.5));
        CHECK(m.slide == 1);
        CHECK(m.slide_count == 20);
        CHECK(m.slide_start == Millis{15'000});
        CHECK(m.slide_duration == Millis{15'000});
        CHECK(m.slide_left == seconds(13.5));
        CHECK(m.talk_left == seconds(283.5));
        CHECK(m.slide_progress() == doctest::Approx(0.1));
        CHECK_FALSE(m.ended());
    }
    SUBCASE("at the start") {
        const Moment m = moment_at(ignite, th, Micros{0});
        CHECK(m.slide == 0);
        CHECK(m.slide_left == seconds(15));
        CHECK(m.talk_left == seconds(300));
        CHECK(m.slide_progress() == 0.0);
    }
    SUBCASE("before the start the first slide waits, full") {
        const Moment m = moment_at(ignite, th, seconds(-2));
        CHECK(m.slide == 0);
        CHECK(m.slide_left == seconds(15));
        CHECK(m.talk_left == seconds(300));
        CHECK(m.slide_progress() == 0.0);
    }
    SUBCASE("one microsecond before a flip") {
        const Moment m = moment_at(ignite, th, seconds(45) - Micros{1});
        CHECK(m.slide == 2);
        CHECK(m.slide_left == Micros{1});
        CHECK(m.slide_progress() == doctest::Approx(1.0));
        CHECK(m.slide_progress() < 1.0);
    }
    SUBCASE("middle of an uneven slide") {
        const Schedule seven = plan(7, TalkFormat::FiveMinutes);  // first slide 42.858 s
        const Moment m = moment_at(seven, th, seconds(21.429));
        CHECK(m.slide == 0);
        CHECK(m.slide_left == seconds(21.429));
        CHECK(m.slide_progress() == 0.5);
    }
    SUBCASE("at and after the end") {
        for (double t : {300.0, 301.0}) {
            const Moment m = moment_at(ignite, th, seconds(t));
            CHECK(m.ended());
            CHECK(m.slide == 20);
            CHECK(m.talk_left == Micros{0});
            CHECK(m.slide_left == Micros{0});
        }
    }
}

TEST_CASE("next_visible_change") {
    const Schedule ignite = plan(20, TalkFormat::Ignite);
    const Schedule seven = plan(7, TalkFormat::FiveMinutes);  // slides of 42.858, 42.857, ... s
    const Thresholds th;
    auto next = [&](const Schedule& s, double t, int bar = 0, Millis step = Millis{100}) {
        return next_visible_change(s, th, seconds(t), bar, step);
    };

    SUBCASE("the next slide start when nothing else intervenes") {
        CHECK(next(seven, 42.5) == seconds(42.858));
        CHECK(next(seven, 42.857999) == seconds(42.858));
    }
    SUBCASE("second ticks of the talk countdown") {
        CHECK(next(ignite, 0) == seconds(1));
        CHECK(next(ignite, 0.3) == seconds(1));
        CHECK(next(ignite, 1) == seconds(2));  // strictly after
        CHECK(next(ignite, 14.5) == seconds(15));
        CHECK(next(ignite, -5) == seconds(1));
    }
    SUBCASE("second ticks of the slide countdown") {
        // Slide 1 of seven ends at 85.715 s: its countdown ticks at 43.715 s, before 44 s.
        CHECK(next(seven, 43.0) == seconds(43.715));
        CHECK(next(seven, 43.715) == seconds(44.0));
        CHECK(next(seven, 44.0) == seconds(44.715));
    }
    SUBCASE("colour thresholds") {
        Thresholds custom;
        custom.warn = Millis{60'250};
        CHECK(next_visible_change(ignite, custom, seconds(239.5), 0) == seconds(239.75));
        CHECK(next(ignite, 289.7) == seconds(290));
    }
    SUBCASE("flash half-period ticks") {
        CHECK(next(ignite, 290) == seconds(290.5));
        CHECK(next(ignite, 290.2) == seconds(290.5));
        CHECK(next(ignite, 290.5) == seconds(291));
        CHECK(next(ignite, 298.9) == seconds(299));
        Thresholds fast;
        fast.flash_period = Millis{400};
        CHECK(next_visible_change(ignite, fast, seconds(290.05), 0) == seconds(290.2));
    }
    SUBCASE("the end") {
        CHECK(next(ignite, 299.7) == seconds(300));
        CHECK(next(ignite, 299.999999) == seconds(300));
    }
    SUBCASE("progress bar pixel steps") {
        // 10 pixels over a 15 s slide: one every 1.5 s.
        CHECK(next(ignite, 1.0, 10) == seconds(1.5));
        CHECK(next(ignite, 0.2, 10) == seconds(1));  // the second tick comes first
        CHECK(next(ignite, 16.0, 10) == seconds(16.5));
        // 1000 pixels: one every 15 ms, but no more often than min_bar_step.
        CHECK(next(ignite, 2.0, 1000, Millis{0}) == seconds(2.01));
        CHECK(next(ignite, 2.0, 1000) == seconds(2.1));
        CHECK(next(ignite, 0, 1000) == seconds(0.1));
        CHECK(next(ignite, 0.95, 1000) == seconds(1));  // min step never skips a tick
        CHECK(next(ignite, 2.0, 1000, Millis{250}) == seconds(2.25));
        // Uneven slide, 7 pixels over 42.858 s: the first pixel at ceil(42858000 / 7) us.
        CHECK(next(seven, 6.0, 7) == Micros{6'122'572});
    }
    SUBCASE("nothing changes once ended") {
        CHECK(next(ignite, 300) == Micros::max());
        CHECK(next(ignite, 500, 1000) == Micros::max());
    }
}
