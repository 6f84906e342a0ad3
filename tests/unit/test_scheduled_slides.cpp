#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../support/plans.hpp"
#include "core/show/scheduled_slides.hpp"

using namespace lightning;
using namespace lightning::testing;
using Kind = Flip::Kind;

namespace {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}

std::vector<Kind> kinds(const ScheduledSlides& talk) {
    std::vector<Kind> out;
    for (const auto& event : talk.flips()) out.push_back(event.kind);
    return out;
}

int count_of(const ScheduledSlides& talk, Kind kind) {
    int n = 0;
    for (const auto& event : talk.flips()) n += event.kind == kind;
    return n;
}

// Moves the clock in `step`s until `until` (since t0), presenting each new slide `render` after
// the step that made it due.
void drive(ScheduledSlides& talk, FakeClock& clock, Micros until, Micros step,
           Micros render = Micros{0}) {
    while (clock.now() - talk.t0() <= until) {
        const int before = talk.current();
        if (talk.advance() != before && !talk.ended()) {
            clock.advance(render);
            talk.presented(clock.now());
        }
        clock.advance(step);
    }
}

}  // namespace

TEST_CASE("a whole ignite talk driven in 1 ms steps") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock;  // starts at 1 s on its own epoch
    ScheduledSlides talk(schedule, clock);
    CHECK_FALSE(talk.started());
    talk.start();
    CHECK(talk.started());
    CHECK(talk.t0() == Micros{1'000'000});
    CHECK(talk.current() == -1);

    drive(talk, clock, ms(300'005), ms(1));

    REQUIRE(talk.flips().size() == 21);
    for (int k = 0; k < 20; ++k) {
        CAPTURE(k);
        const Flip& event = talk.flips()[k];
        CHECK(event.kind == Kind::Shown);
        CHECK(event.slide == k);
        CHECK(event.due == ms(k * 15'000));
        CHECK(event.at == ms(k * 15'000));
        CHECK(event.late() == Micros{0});
    }
    const Flip& end = talk.flips()[20];
    CHECK(end.kind == Kind::Ended);
    CHECK(end.slide == 20);
    CHECK(end.due == ms(300'000));
    CHECK(end.at == ms(300'000));
    CHECK(talk.ended());
    CHECK(talk.current() == 20);

    SUBCASE("Ended is recorded once however often advance is called") {
        for (int i = 0; i < 5; ++i) {
            clock.advance(ms(1'000));
            CHECK(talk.advance() == 20);
        }
        talk.presented(clock.now());  // nothing is shown after the end
        CHECK(talk.flips().size() == 21);
        CHECK(count_of(talk, Kind::Ended) == 1);
    }
}

TEST_CASE("stepping to each deadline and one millisecond before it") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock(Micros{5'000'000});
    ScheduledSlides talk(schedule, clock);
    talk.start_at(Micros{7'000'000});  // the talk starts 2 s from now
    CHECK(talk.deadline(0) == Micros{7'000'000});

    clock.set(talk.deadline(0) - ms(1));
    CHECK(talk.advance() == 0);  // before the start the first slide is due
    CHECK(talk.elapsed() == -ms(1));
    clock.set(talk.deadline(0));
    CHECK(talk.advance() == 0);
    talk.presented(clock.now());
    for (int k = 1; k <= 20; ++k) {
        CAPTURE(k);
        CHECK(talk.deadline(k) == Micros{7'000'000} + ms(k * 15'000));
        clock.set(talk.deadline(k) - ms(1));
        CHECK(talk.advance() == k - 1);
        clock.set(talk.deadline(k));
        CHECK(talk.advance() == k);
        talk.presented(clock.now() + ms(2));
    }
    CHECK(talk.ended());
    REQUIRE(talk.flips().size() == 21);
    CHECK(talk.flips()[0].at == ms(0));
    CHECK(talk.flips()[0].late() == Micros{0});
    for (int k = 1; k < 20; ++k) {
        CAPTURE(k);
        CHECK(talk.flips()[k].kind == Kind::Shown);
        CHECK(talk.flips()[k].due == ms(k * 15'000));
        CHECK(talk.flips()[k].late() == ms(2));
    }
    CHECK(talk.flips()[20].kind == Kind::Ended);
}

TEST_CASE("a stall skips the slides whose time passed and shows the one due now") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock;
    ScheduledSlides talk(schedule, clock);
    talk.start();
    drive(talk, clock, ms(30'000), ms(1));  // slides 0, 1, 2 shown on time
    REQUIRE(talk.current() == 2);
    REQUIRE(talk.flips().size() == 3);

    clock.set(talk.deadline(6) + ms(7'500));  // the laptop wakes in the middle of slide 6
    CHECK(talk.advance() == 6);
    talk.presented(clock.now() + ms(20));
    REQUIRE(talk.flips().size() == 7);
    CHECK(kinds(talk) == std::vector<Kind>{Kind::Shown, Kind::Shown, Kind::Shown, Kind::Skipped,
                                           Kind::Skipped, Kind::Skipped, Kind::Shown});
    for (int k = 3; k <= 5; ++k) {
        CAPTURE(k);
        const Flip& skipped = talk.flips()[k];
        CHECK(skipped.slide == k);
        CHECK(skipped.due == ms(k * 15'000));
        CHECK(skipped.at == ms(97'500));
    }
    const Flip& shown = talk.flips()[6];
    CHECK(shown.slide == 6);
    CHECK(shown.due == ms(90'000));
    CHECK(shown.at == ms(97'520));
    CHECK(shown.late() == ms(7'520));

    SUBCASE("the schedule is not shifted by the stall") {
        clock.set(talk.deadline(7) - Micros{1});
        CHECK(talk.advance() == 6);
        clock.set(talk.deadline(7));
        CHECK(talk.advance() == 7);
        CHECK(talk.deadline(7) == talk.t0() + ms(105'000));
    }
    SUBCASE("a stall past the end skips the rest and ends once") {
        clock.set(talk.t0() + ms(400'000));
        CHECK(talk.advance() == 20);
        REQUIRE(talk.flips().size() == 7 + 13 + 1);
        CHECK(talk.flips()[7].kind == Kind::Skipped);
        CHECK(talk.flips()[7].slide == 7);
        CHECK(talk.flips()[19].slide == 19);
        CHECK(talk.flips()[19].due == ms(285'000));
        const Flip& end = talk.flips()[20];
        CHECK(end.kind == Kind::Ended);
        CHECK(end.due == ms(300'000));
        CHECK(end.at == ms(400'000));
        CHECK(end.late() == ms(100'000));
        CHECK(talk.advance() == 20);
        CHECK(count_of(talk, Kind::Ended) == 1);
    }
}

TEST_CASE("a slide that was due but never presented is recorded as skipped") {
    const Schedule schedule = plan(3, TalkFormat::Ignite);
    FakeClock clock;
    ScheduledSlides talk(schedule, clock);
    talk.start();
    talk.presented(clock.now());  // before advance: nothing is current yet, ignored
    CHECK(talk.flips().empty());
    CHECK(talk.advance() == 0);
    talk.presented(clock.now() + ms(3));
    talk.presented(clock.now() + ms(50));  // only the first frame counts
    clock.advance(ms(15'000));
    CHECK(talk.advance() == 1);  // slide 1 is due but its frame never reaches the screen
    clock.advance(ms(15'000));
    CHECK(talk.advance() == 2);
    REQUIRE(talk.flips().size() == 2);
    CHECK(talk.flips()[0].kind == Kind::Shown);
    CHECK(talk.flips()[0].at == ms(3));
    CHECK(talk.flips()[1].kind == Kind::Skipped);
    CHECK(talk.flips()[1].slide == 1);
    CHECK(talk.flips()[1].due == ms(15'000));
    CHECK(talk.flips()[1].at == ms(30'000));
}

TEST_CASE("deadlines are anchored to t0: late frames do not delay the next slide") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock;
    ScheduledSlides talk(schedule, clock);
    talk.start_at(clock.now());
    const Micros t0 = talk.t0();

    SUBCASE("each frame reaches the screen 7 ms late") {
        drive(talk, clock, ms(300'000), ms(1), ms(7));
        REQUIRE(talk.flips().size() == 21);
        for (int k = 0; k < 20; ++k) {
            CAPTURE(k);
            CHECK(talk.flips()[k].kind == Kind::Shown);
            CHECK(talk.flips()[k].due == ms(k * 15'000));
            CHECK(talk.flips()[k].at == ms(k * 15'000 + 7));
            CHECK(talk.deadline(k) == t0 + ms(k * 15'000));
        }
        CHECK(talk.flips()[20].at == ms(300'000));
        CHECK(talk.deadline(20) == t0 + ms(300'000));
    }
    SUBCASE("uneven slides keep their exact offsets") {
        const Schedule seven = plan(7, TalkFormat::FiveMinutes);
        ScheduledSlides uneven(seven, clock);
        uneven.start_at(t0);
        drive(uneven, clock, ms(300'000), ms(1), ms(7));
        REQUIRE(uneven.flips().size() == 8);
        for (int k = 0; k < 7; ++k) {
            CAPTURE(k);
            CHECK(uneven.deadline(k) == t0 + Micros{seven.slides[k].start});
            CHECK(uneven.flips()[k].due == Micros{seven.slides[k].start});
            CHECK(uneven.flips()[k].late() == ms(7));
        }
        CHECK(uneven.flips()[7].at == ms(300'000));
    }
}

TEST_CASE("advance starts the talk if needed; elapsed and moment follow the clock") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock(Micros{42});
    ScheduledSlides talk(schedule, clock);
    CHECK(talk.advance() == 0);
    CHECK(talk.started());
    CHECK(talk.t0() == Micros{42});
    clock.advance(ms(241'000));
    CHECK(talk.elapsed() == ms(241'000));
    const Moment m = talk.moment();
    CHECK(m.slide == 16);
    CHECK(m.state == OverlayState::Warn);
    CHECK(m.talk_left == ms(59'000));
    CHECK(talk.moment_at(ms(295'000)).state == OverlayState::Flash);

    SUBCASE("start_at again resets the record") {
        talk.start_at(clock.now());
        CHECK(talk.flips().empty());
        CHECK(talk.current() == -1);
        CHECK(talk.advance() == 0);
    }
}
