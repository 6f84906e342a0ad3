// The two ways slides move (the hard clock's ScheduledSlides, the speaker's ManualSlides), driven
// only through the SlideClock interface a run reads: the same talk time, pauses and end for both.
#include <doctest/doctest.h>

#include "../support/plans.hpp"
#include "core/show/manual_slides.hpp"
#include "core/show/scheduled_slides.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}

// 10 s on, a 5 s pause, 2 s on: what every run's talk time does, whoever moves the slides.
void keeps_talk_time(SlideClock& slides, FakeClock& clock) {
    CHECK_FALSE(slides.started());
    const Micros t0 = clock.now();
    slides.start_at(t0);
    CHECK(slides.started());
    CHECK(slides.t0() == t0);
    CHECK(slides.elapsed() == ms(0));

    clock.advance(ms(10'000));
    CHECK(slides.elapsed() == ms(10'000));
    CHECK(slides.elapsed_at(clock.now() + ms(1'000)) == ms(11'000));
    CHECK(slides.clock_at(ms(12'000)) == t0 + ms(12'000));

    slides.pause();
    clock.advance(ms(5'000));
    CHECK(slides.paused());
    CHECK(slides.elapsed() == ms(10'000));  // talk time stands still
    CHECK(slides.elapsed_at(clock.now() + ms(1'000)) == ms(10'000));
    CHECK(slides.resume() == ms(5'000));
    CHECK_FALSE(slides.paused());
    CHECK(slides.paused_total() == ms(5'000));
    CHECK(slides.clock_at(ms(10'000)) == clock.now());  // the rest moved by the pause

    clock.advance(ms(2'000));
    CHECK(slides.elapsed() == ms(12'000));
    const Moment moment = slides.moment_at(ms(12'000));
    CHECK(moment.elapsed == ms(12'000));
    CHECK(moment.slide_count == 20);
    CHECK(moment.talk_left == ms(288'000));
    const Micros next = slides.next_change(ms(12'000), 200);
    CHECK(next > ms(12'000));
    CHECK(next <= ms(13'000));  // the seconds tick at least
    CHECK_FALSE(slides.ended());
}

// Once ended, a pause is refused: there is no talk time left to stop.
void stays_ended(SlideClock& slides) {
    CHECK(slides.ended());
    CHECK(slides.current() == slides.schedule().count());
    slides.pause();
    CHECK_FALSE(slides.paused());
}

}  // namespace

TEST_CASE("the hard clock's slides through the interface: talk time, pauses, the end") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);  // 20 x 15 s
    FakeClock clock;
    ScheduledSlides talk(schedule, clock);
    keeps_talk_time(talk, clock);
    talk.advance();
    CHECK(talk.current() == 0);  // 12 s in: the first slide's time

    clock.advance(ms(300'000));
    talk.advance();  // the clock moved the slides to the end
    stays_ended(talk);
    // Starting again begins the slides again, with talk time from the new start.
    talk.start_at(clock.now());
    CHECK_FALSE(talk.ended());
    CHECK(talk.elapsed() == ms(0));
    CHECK(talk.paused_total() == ms(0));
}

TEST_CASE("the speaker's slides through the interface: talk time, pauses, the end") {
    const Schedule schedule = plan(20, TalkFormat::Ignite);
    FakeClock clock;
    ManualSlides manual(schedule, clock);
    keeps_talk_time(manual, clock);
    CHECK(manual.current() == 0);  // the clock moved nothing
    CHECK(manual.moment_at(ms(12'000)).slide_left == ms(3'000));

    for (int k = 0; k < 20; ++k) manual.next();  // the speaker moved the slides to the end
    stays_ended(manual);
    CHECK(manual.next_change(manual.elapsed(), 200) == Micros::max());  // the end card is still
    manual.start_at(clock.now());
    CHECK(manual.current() == 0);
    CHECK(manual.elapsed() == ms(0));
}
