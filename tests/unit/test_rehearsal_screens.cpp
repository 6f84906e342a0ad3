// What a speaker sees and reads while rehearsing, driven with the fake clock: the live note names
// the slide it is timing, the end card says which key marks the last slide, a free-mode slide
// visited again counts down from what its earlier visits left, and --verbose's flips go on after
// R, count free-mode slides and do not count a resumed slide late by the outage.
#include <doctest/doctest.h>

#include "../support/stage_run.hpp"
#include "core/show/lateness.hpp"
#include "core/show/rehearsal_notes.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {
int shown(const std::vector<Flip>& flips) {
    return summarize_lateness(flips).shown;
}
}  // namespace

TEST_CASE("paced: the live overrun is the previous slide's and says so; slack is the slide's own") {
    StageRun run(RunMode::Paced);  // 4 x 10 s
    run.at(8'000);
    run.send(Command::Next);  // slide 1 marked 2 s early
    CHECK(run.card<SlideCard>().note == "slack -2.0 s");
    CHECK_FALSE(run.card<SlideCard>().note_over);
    run.at(10'000);  // slide 2 up, unmarked
    run.at(21'200);  // slide 3 up; slide 2's words run on
    CHECK(run.slide() == 2);
    CHECK(run.card<SlideCard>().note == "slide 2 words +1.2 s");
    CHECK(run.card<SlideCard>().note_over);
    CHECK(run.status() == "slide 2 words +1.2 s");  // the presenter view reads the same
}

TEST_CASE("paced: the end card waiting for the last mark names the key from the keymap") {
    StageRun run(RunMode::Paced);
    run.at(41'500);  // 0:00 was at 40 s; slide 4 is not marked
    REQUIRE(run.stage->phase() == Stage::Phase::Running);
    const EndCard end = run.card<EndCard>();
    CHECK(end.prompt == key_for(KeyMode::Paced, Command::Next) + " marks the last slide");
    CHECK(end.prompt == "Space marks the last slide");
    CHECK(end.note == "slide 4 words +1.5 s");
    run.send(Command::Next);
    run.at(41'600);
    CHECK(run.stage->phase() == Stage::Phase::Closed);

    StageRun play(RunMode::Play);  // on stage the end card asks for nothing
    play.at(41'000);
    CHECK(play.card<EndCard>().prompt.empty());
}

TEST_CASE("free: a slide visited again counts down from what its earlier visits left") {
    StageRun run(RunMode::Free);  // 4 x 10 s planned
    run.at(4'000);
    run.send(Command::Next);  // slide 1 had 4 s
    run.at(6'000);
    run.send(Command::Previous);  // back to slide 1: 6 s of its 10 s are left
    run.at(6'000);
    CHECK(run.card<SlideCard>().countdown.slide_left == "0:06");
    run.at(9'500);  // 7.5 s used over two visits
    CHECK(run.card<SlideCard>().countdown.slide_left == "0:03");
    CHECK(run.card<SlideCard>().note.empty());
    run.at(12'500);  // 10.5 s used: over by 0.5 s, "on screen" (free mode has no marks)
    CHECK(run.card<SlideCard>().note == "on screen +0.5 s");
    CHECK(run.card<SlideCard>().note_over);
    CHECK(run.status() == "on screen +0.5 s");
    run.send(Command::Next);  // slide 2 again: it had 2 s
    run.at(13'000);
    CHECK(run.card<SlideCard>().countdown.slide_left == "0:08");
    CHECK(run.card<SlideCard>().note.empty());
}

TEST_CASE("free: a revisit's countdown survives a pause and restarts clean after R") {
    StageRun run(RunMode::Free);
    run.at(5'000);
    run.send(Command::Next);
    run.send(Command::Previous);  // slide 1 again at 5 s used
    run.send(Command::Pause);
    run.at(20'000);  // paused 15 s: talk time stands still
    run.send(Command::Pause);
    run.at(21'000);  // 6 s used
    CHECK(run.card<SlideCard>().countdown.slide_left == "0:04");
    run.send(Command::Restart);
    run.at(22'000);
    run.at(23'000);  // a new run: slide 1 has used 1 s
    CHECK(run.card<SlideCard>().countdown.slide_left == "0:09");
}

TEST_CASE("verbose flips: free-mode slides count, and the flips go on after R") {
    StageRun run(RunMode::Free);
    CHECK(shown(run.stage->run().flips()) == 1);  // the first slide reached the screen
    run.at(2'000);
    run.send(Command::Next);
    run.at(2'010);  // the frame with slide 2 reaches the screen 10 ms after the press
    REQUIRE(run.stage->run().flips().size() == 2);
    CHECK(run.stage->run().flips().back().slide == 1);
    CHECK(run.stage->run().flips().back().late() == ms(10));
    run.send(Command::Restart);
    run.at(3'000);
    run.at(4'000);
    run.send(Command::Next);
    run.at(4'000);
    CHECK(shown(run.stage->run().flips()) == 4);  // two per run: nothing lost at R

    StageRun paced(RunMode::Paced);
    paced.at(10'000);
    paced.send(Command::Restart);
    paced.at(11'000);
    paced.at(21'000);  // the new run's slide 2
    CHECK(shown(paced.stage->run().flips()) == 4);
    CHECK(paced.stage->run().flips().back().slide == 1);
}

TEST_CASE(
    "verbose flips: a resumed run's first slide is due at the resume, not late by the outage") {
    // Slide 2 of 4 x 10 s was due at 10 s; the run resumes at talk time 15 s, its first frame
    // 4 ms later: 4 ms late, not 5 s. Slide 1, before the crash, is not counted as skipped.
    const PreparedTalk talk = four_slides_40s();
    FakeClock clock;
    TalkRun run(talk.deck, talk.schedule, Thresholds{}, clock, RunMode::Play, nullptr, "d", "9.9");
    clock.set(ms(5'000));
    run.start_resumed(ms(5'000), ms(15'000), Micros{0});
    run.advance_to(run.elapsed());
    clock.set(ms(5'004));
    run.presented(clock.now());
    clock.set(ms(10'000));  // talk time 20 s: slide 3, on time
    run.advance_to(run.elapsed());
    run.presented(clock.now());
    const LatenessSummary summary = summarize_lateness(run.flips());
    CHECK(summary.shown == 2);
    CHECK(summary.skipped == 0);
    CHECK(summary.max_ms == doctest::Approx(4.0));
    CHECK(run.flips().front().due == ms(15'000));
}
