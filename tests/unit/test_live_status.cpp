// What an AV desk or a phone is told (Show::live_status): a talk's slide, time left, state and
// next flip on the fake clock, and a session's talk, cards, breaks and projected end.
#include <doctest/doctest.h>

#include "../support/event_run.hpp"
#include "../support/stage_run.hpp"

using namespace lightning;
using State = LiveStatus::State;

TEST_CASE("live status: a play's slide, time left, next flip, pause, blank and end") {
    using testing::StageRun;
    StageRun run(RunMode::Play);  // 4 slides x 10 s, started by its first frame at 0
    run.at(13'500);
    LiveStatus s = run.stage->live_status(run.clock.now());
    CHECK(s.state == State::Running);
    CHECK(s.slide == 1);
    CHECK(s.slides == 4);
    CHECK(s.title == "Stage talk");
    CHECK(s.talk_left == Micros{26'500'000});
    CHECK(s.slide_left == Micros{6'500'000});
    CHECK(s.next_flip == Micros{6'500'000});
    CHECK(s.talks == 1);
    CHECK(s.talks_done == 0);
    REQUIRE(s.projected_end);
    CHECK(*s.projected_end == run.wall.now() + std::chrono::milliseconds{26'500});

    run.send(Command::BlankBlack);
    s = run.stage->live_status(run.clock.now());
    CHECK(s.state == State::Blanked);
    CHECK(s.next_flip);  // the clock runs on under a blank
    run.send(Command::BlankBlack);
    run.send(Command::Pause);
    run.at(20'000);
    s = run.stage->live_status(run.clock.now());
    CHECK(s.state == State::Paused);
    CHECK(!s.next_flip);
    CHECK(s.talk_left == Micros{26'500'000});  // a pause stops talk time
    run.send(Command::Pause);
    run.at(38'000);  // 31.5 s of talk time (6.5 s paused): the last slide, no flip after it
    s = run.stage->live_status(run.clock.now());
    CHECK(s.slide == 3);
    CHECK(!s.next_flip);
    run.at(60'000);
    s = run.stage->live_status(run.clock.now());
    CHECK(s.state == State::Ended);
    CHECK(s.talks_done == 1);
    CHECK(s.talk_left == Micros{0});
}

TEST_CASE("live status: a free rehearsal never promises a flip") {
    testing::StageRun run(RunMode::Free);
    run.send(Command::Next);
    run.at(3'000);
    const LiveStatus s = run.stage->live_status(run.clock.now());
    CHECK(s.state == State::Running);
    CHECK(!s.next_flip);
}

TEST_CASE("live status: a session's title card, talk, break and close") {
    using namespace testing;
    Lineup lineup = named("Evening");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 1, 0});
    EventRun run(lineup, {talk("one", 2, 10'000), talk("two", 4, 20'000)});
    LiveStatus s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Waiting);
    CHECK(s.talk == 0);
    CHECK(s.talks == 2);
    CHECK(s.title == "one");
    CHECK(s.speaker == "Speaker one");
    CHECK(s.slides == 2);
    CHECK(s.talk_left == Micros{10'000'000});
    // Projected: this talk, the break and the next talk, from now.
    CHECK(*s.projected_end == run.wall.now() + std::chrono::seconds{10 + 60 + 20});

    run.send(Command::Start);
    run.after(4'000);
    s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Running);
    CHECK(s.talk == 0);
    CHECK(s.title == "one");
    CHECK(s.next_flip == Micros{1'000'000});
    CHECK(s.talk_left == Micros{6'000'000});

    run.after(6'000);  // the talk ends: its end card
    run.after(3'000);  // and the event goes on: the break
    s = run.show->live_status(run.clock.now());
    REQUIRE(s.state == State::Break);
    CHECK(s.title == "Coffee");
    CHECK(s.talks_done == 1);
    CHECK(s.talk == 1);  // the talk after the break
    run.after(10'000);
    CHECK(run.show->live_status(run.clock.now()).talk_left < Micros{51'000'000});

    run.send(Command::SkipTalk);  // leave the break for the title card
    run.send(Command::SkipTalk);  // and skip the last talk
    s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Ended);
    CHECK(s.talks_done == 2);
    CHECK(!s.projected_end);
}

TEST_CASE("extend: the organizer adds time to the break on screen, and only to a break") {
    using namespace testing;
    Lineup lineup = named("Evening");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 0, 0});
    EventRun run(lineup, {talk("one", 2, 10'000)});
    run.after(50'000);
    REQUIRE(run.show->live_status(run.clock.now()).state == State::Break);
    CHECK(run.show->extend_break(ms(120'000), CommandSource::Osc).done);
    run.after(20'000);  // past the planned 60 s: still the break, 110 s left
    const LiveStatus s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Break);
    CHECK(s.talk_left == ms(110'000));
    CHECK(std::get<BreakCard>(run.card()).left == "1:50");
    run.after(110'000);
    CHECK(run.show->live_status(run.clock.now()).state == State::Waiting);  // the title card
    const CommandOutcome outside = run.show->extend_break(ms(60'000), CommandSource::Osc);
    CHECK(!outside.done);
    CHECK(outside.why == "no break is on");
    CHECK(run.event_log().back() == "break_extended");
}

TEST_CASE("hold: the organizer holds a break (its countdown stands), releases it, or ends it") {
    using namespace testing;
    Lineup lineup = named("Evening");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 0, 0});
    EventRun run(lineup, {talk("one", 2, 10'000)});
    run.after(20'000);  // 40 s of the break left
    CHECK(run.show->send(Command::Pause, CommandSource::Phone).done);
    run.after(300'000);  // five minutes on hold: still the break, still 40 s left
    LiveStatus s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Paused);
    CHECK(s.title == "Coffee");
    CHECK(s.talk_left == ms(40'000));
    BreakCard card = std::get<BreakCard>(run.card());
    CHECK(card.left == "0:40");
    CHECK(card.back_at == "On hold");
    // Nothing to wake for while held but the minute of the clock on the card.
    CHECK(run.show->next_change(run.clock.now()) > run.clock.now() + ms(1'000));

    run.show->send(Command::Pause, CommandSource::Phone);  // released: it runs on from 0:40
    run.after(10'000);
    s = run.show->live_status(run.clock.now());
    CHECK(s.state == State::Break);
    CHECK(s.talk_left == ms(30'000));
    CHECK(std::get<BreakCard>(run.card()).back_at.rfind("Back at ", 0) == 0);
    run.after(30'000);
    CHECK(run.show->live_status(run.clock.now()).state == State::Waiting);  // the title card

    const std::vector<std::string> log = run.event_log();
    CHECK(std::find(log.begin(), log.end(), "break_held") != log.end());
    CHECK(std::find(log.begin(), log.end(), "break_released") != log.end());
    // On a title card a pause means nothing.
    CHECK(!run.show->send(Command::Pause, CommandSource::Phone).done);
}
