// The stage of one talk, driven command by command on a fake clock, as the window loop drives
// it: hold-Esc, blanking, pause, locked keys, a waiting start, close requests, the end card's
// linger, rehearsal restarts and the summary, the keys help.
#include <doctest/doctest.h>

#include <algorithm>

#include "../support/stage_run.hpp"
#include "core/log/log_reader.hpp"
#include "core/show/stage.hpp"

using namespace lightning;

using lightning::testing::kOpen;
using lightning::testing::ms;
using lightning::testing::StageRun;

TEST_CASE("hold: a tap of Esc does nothing, holding it a second stops the talk") {
    StageRun run(RunMode::Play);
    run.at(5'000);
    run.send(Command::HoldStopBegin);
    CHECK(run.status() == "keep holding Escape to stop the talk");
    CHECK(run.stage->next_change(run.clock.now()) ==
          kOpen + ms(6'000));  // it wakes for the deadline
    run.at(5'500);
    run.send(Command::HoldStopEnd);
    run.at(7'000);
    CHECK(run.stage->phase() == Stage::Phase::Running);
    CHECK_FALSE(run.stage->done());
    run.send(Command::HoldStopBegin);
    run.at(7'999);
    CHECK_FALSE(run.stage->done());
    run.at(8'000);
    CHECK(run.stage->done());
    CHECK(run.stage->end_reason() == "quit");
    const ReadLog log = read_run_log(run.stage->log_written());
    REQUIRE(log.summary.end_reason);
    CHECK(*log.summary.end_reason == "quit");
}

TEST_CASE("hold: a key repeat or a second press does not move the deadline") {
    StageRun run(RunMode::Play);
    run.at(1'000);
    run.send(Command::HoldStopBegin);
    run.at(1'600);
    run.send(Command::HoldStopBegin);  // another Esc down without an up (a lost key-up)
    run.at(2'000);
    CHECK(run.stage->done());
}

TEST_CASE("blank: B turns the audience black and back, W white; the clock goes on underneath") {
    StageRun run(RunMode::Play);
    run.at(2'000);
    run.send(Command::BlankBlack);
    CHECK(run.screen().blank == Blank::Black);
    CHECK(run.status() == "audience sees BLACK (B)");
    run.at(12'000);
    CHECK(run.slide() == 1);  // the talk went on
    run.send(Command::BlankBlack);
    CHECK(run.screen().blank == Blank::None);
    run.send(Command::BlankWhite);
    CHECK(run.screen().blank == Blank::White);
    run.send(Command::BlankBlack);  // from white straight to black
    CHECK(run.screen().blank == Blank::Black);
}

TEST_CASE("pause: talk time stops, the countdown shows a pause sign, the schedule shifts") {
    StageRun run(RunMode::Play);
    run.at(5'000);
    run.send(Command::Pause);
    CHECK(run.status() == "PAUSED: Ctrl+P resumes");
    CHECK_FALSE(run.stage->on_the_clock());
    run.at(15'000);
    const Screen paused = run.screen();
    const auto& card = std::get<SlideCard>(paused.card);
    CHECK(card.slide == 0);
    CHECK(card.countdown.paused);
    CHECK(card.countdown.talk_left == "0:35");
    CHECK(run.stage->next_change(run.clock.now()) > kOpen + ms(40'000));  // nothing moves
    run.send(Command::Pause);                                             // resume after 10 s
    run.at(19'999);
    CHECK(run.slide() == 0);
    run.at(20'000);  // slide 2 was due at 10 s talk time: 20 s on the clock
    CHECK(run.slide() == 1);
    CHECK(run.stage->run().slides().paused_total() == ms(10'000));
}

TEST_CASE(
    "locked keys: on stage a speaker's key does not move the slide, the presenter view says so") {
    StageRun run(RunMode::Play);
    run.at(3'000);
    run.send(Command::Next);
    run.send(Command::Previous);
    run.send(Command::Start);  // the talk runs already: a locked key
    CHECK(run.slide() == 0);
    CHECK(run.status() == "keys are locked: the clock drives the slides");
    run.at(6'100);
    CHECK(run.status().empty());
    run.send(Command::LockedKey);
    CHECK(run.status() == "keys are locked: the clock drives the slides");
}

TEST_CASE("close request: ignored on stage with a message, quits a rehearsal") {
    StageRun play(RunMode::Play);
    play.at(2'000);
    play.send(Command::CloseRequest);
    play.at(2'500);
    CHECK_FALSE(play.stage->done());
    CHECK(play.status() == "close request ignored: hold Escape to stop the talk");
    const auto messages = play.stage->take_messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].find("hold Esc") != std::string::npos);

    StageRun rehearse(RunMode::Free);
    rehearse.at(2'000);
    rehearse.send(Command::CloseRequest);
    CHECK(rehearse.stage->done());
    CHECK(rehearse.stage->end_reason() == "quit");
}

TEST_CASE("close request: a window gone or a signal ends the log with its reason") {
    StageRun closed(RunMode::Play);
    closed.at(2'000);
    closed.send(Command::WindowClosed);
    CHECK(closed.stage->done());
    CHECK(*read_run_log(closed.stage->log_written()).summary.end_reason == "closed");

    StageRun signal(RunMode::Play);
    signal.at(2'000);
    signal.send(Command::Signal);
    CHECK(*read_run_log(signal.stage->log_written()).summary.end_reason == "signal");
}

TEST_CASE(
    "waiting start: the first slide is up, the clock starts on Start, the log's start is then") {
    StageSetup setup;
    setup.wait = true;
    StageRun run(RunMode::Play, setup);
    CHECK(run.stage->phase() == Stage::Phase::Waiting);
    CHECK(run.status() == "waiting: Space, PageDown, Return or Left click starts the talk");
    CHECK(run.stage->next_change(run.clock.now()) > kOpen + ms(50'000));  // nothing until a key
    run.at(30'000);
    CHECK(run.slide() == 0);
    CHECK(run.card<SlideCard>().countdown.talk_left == "0:40");
    CHECK(run.logs == 0);  // no log before the start
    run.send(Command::Start);
    CHECK(run.stage->phase() == Stage::Phase::Starting);
    run.at(30'050);  // the next present starts the clock
    CHECK(run.stage->phase() == Stage::Phase::Running);
    run.at(40'049);
    CHECK(run.slide() == 0);
    run.at(40'050);
    CHECK(run.slide() == 1);
    CHECK(run.logs == 1);
}

TEST_CASE("waiting start: in a rehearsal the first Next starts the run") {
    StageSetup setup;
    setup.wait = true;
    StageRun run(RunMode::Paced, setup);
    run.at(5'000);
    run.send(Command::Next);
    run.at(5'000);
    CHECK(run.stage->phase() == Stage::Phase::Running);
    run.at(15'000);
    CHECK(run.slide() == 1);
}

TEST_CASE("end card: it lingers as long as asked, then the stage is done") {
    StageSetup setup;
    setup.exit_at_end = true;
    setup.linger = ms(2'000);
    StageRun run(RunMode::Play, setup);
    run.at(39'999);
    CHECK(run.slide() == 3);
    run.at(40'000);
    CHECK(std::holds_alternative<EndCard>(run.screen().card));
    run.at(40'001);
    CHECK(run.stage->phase() == Stage::Phase::Closed);
    CHECK(run.card<EndCard>().line == "0:40 \xC2\xB7 4 slides");
    run.at(41'999);
    CHECK_FALSE(run.stage->done());
    run.at(42'001);
    CHECK(run.stage->done());
    CHECK(run.stage->end_reason() == "finished");
}

TEST_CASE(
    "restart: R in a rehearsal ends the run as restarted and starts a new one with its own log") {
    StageRun run(RunMode::Paced);
    run.at(12'000);
    CHECK(run.slide() == 1);
    run.send(Command::Restart);
    CHECK(run.stage->phase() == Stage::Phase::Starting);
    const auto first_log = run.stage->log_written();
    CHECK(*read_run_log(first_log).summary.end_reason == "restart");
    run.at(13'000);
    CHECK(run.slide() == 0);
    run.at(23'000);
    CHECK(run.slide() == 1);
    CHECK(run.logs == 2);
}

TEST_CASE("restart: under --exit-at-end the new run goes on, and ends the program when it ends") {
    StageSetup setup;
    setup.exit_at_end = true;
    StageRun run(RunMode::Paced, setup);
    run.at(12'000);
    run.send(Command::Restart);
    CHECK_FALSE(run.stage->done());
    run.at(13'000);
    CHECK(run.stage->phase() == Stage::Phase::Running);
    CHECK(run.slide() == 0);
    for (long long t : {22'000, 32'000, 42'000, 53'500}) {  // the last mark after the end
        run.at(t);
        run.send(Command::Next);
    }
    run.at(53'501);
    CHECK(run.stage->done());
    CHECK(run.stage->end_reason() == "finished");
    CHECK(run.logs == 2);
}

TEST_CASE("restart: does nothing on stage") {
    StageRun run(RunMode::Play);
    run.at(12'000);
    run.send(Command::Restart);
    CHECK(run.slide() == 1);
    CHECK(run.stage->phase() == Stage::Phase::Running);
}

TEST_CASE(
    "rehearse marks: an early mark shows slack, the last mark ends the run and the summary stays") {
    StageRun run(RunMode::Paced);
    run.at(8'000);
    run.send(Command::Next);
    CHECK(run.card<SlideCard>().note == "slack -2.0 s");
    run.at(10'000);
    run.send(Command::Next);
    run.at(20'000);
    run.send(Command::Next);
    run.at(30'000);
    run.at(41'000);  // the end card waits for slide 4's mark
    CHECK(run.stage->phase() == Stage::Phase::Running);
    run.send(Command::Next);
    run.at(41'001);
    CHECK(run.stage->phase() == Stage::Phase::Closed);
    const Screen screen = run.screen();
    const auto& summary = std::get<SummaryCard>(screen.card);
    CHECK(summary.table.size() == 5);  // headings + 4 slides
    CHECK(summary.notes.back() == "R rehearse again  \xC2\xB7  Escape close");
    run.send(Command::Quit);  // Esc closes the summary
    CHECK(run.stage->done());
}

TEST_CASE("rehearse: Esc halfway shows the summary of the run so far; Esc again closes") {
    StageRun run(RunMode::Paced);
    run.at(12'000);
    run.send(Command::Next);  // slide 1's words done
    run.at(17'000);
    run.send(Command::Quit);
    CHECK(run.stage->phase() == Stage::Phase::Closed);
    CHECK(!run.stage->done());
    CHECK(run.stage->end_reason() == "quit");
    const Screen screen = run.screen();
    REQUIRE(std::holds_alternative<SummaryCard>(screen.card));
    CHECK(std::get<SummaryCard>(screen.card).table.size() == 5);  // headings + 4 slides
    run.send(Command::Quit);
    CHECK(run.stage->done());
}

TEST_CASE("rehearse free: the speaker advances and goes back; past the last slide the run ends") {
    StageRun run(RunMode::Free);
    run.at(3'000);
    run.send(Command::Next);
    CHECK(run.slide() == 1);
    run.send(Command::Previous);
    CHECK(run.slide() == 0);
    run.send(Command::Pause);
    CHECK(run.card<SlideCard>().paused_banner == "PAUSED  (P resumes)");  // the keymap's key
    run.send(Command::Next);                                              // paused: nothing
    CHECK(run.slide() == 0);
    run.send(Command::Pause);
    for (int i = 0; i < 4; ++i) run.send(Command::Next);
    CHECK(run.stage->phase() == Stage::Phase::Closed);
    CHECK(std::holds_alternative<SummaryCard>(run.screen().card));
}

TEST_CASE("keys help: F1 shows the mode's keys for a while, on the presenter view in play") {
    StageSetup setup;
    setup.presenter = true;
    StageRun play(RunMode::Play, setup);
    play.send(Command::ShowKeys);
    CHECK(play.screen().help.empty());  // the audience is not disturbed
    CHECK_FALSE(play.stage->presenter_at(play.clock.now()).keys.empty());
    play.at(kKeysHelpFor.count() / 1000 + 1);
    CHECK(play.stage->presenter_at(play.clock.now()).keys.empty());

    StageRun rehearse(RunMode::Paced);
    rehearse.send(Command::ShowKeys);
    REQUIRE_FALSE(rehearse.screen().help.empty());
    CHECK(rehearse.screen().help[0].keys == "Space, Right, PageDown, Return, Left click");
}

TEST_CASE("notes: scroll and zoom reach the presenter view, never below the top") {
    StageRun run(RunMode::Play);
    run.send(Command::NotesUp);
    CHECK(run.stage->presenter_at(run.clock.now()).notes_scroll == 0);
    run.send(Command::NotesDown);
    run.send(Command::NotesDown);
    run.send(Command::NotesBigger);
    const PresenterFrame frame = run.stage->presenter_at(run.clock.now());
    CHECK(frame.notes_scroll == 2);
    CHECK(frame.notes_zoom == 1);
}

TEST_CASE("slides wanted: the one due, the next two and the one before") {
    StageRun run(RunMode::Play);
    run.at(15'000);
    CHECK(run.stage->wanted_slides() == std::vector<int>{1, 2, 3, 0});
}

TEST_CASE("sound cues: none unless asked; with --sound the danger threshold and 0:00 sound once") {
    StageRun quiet(RunMode::Play);
    quiet.at(40'000);
    CHECK(quiet.stage->take_cues().empty());

    StageSetup setup;
    setup.sound = true;
    StageRun run(RunMode::Play, setup);  // 40 s: warn (60 s left) is already past at the start
    run.at(9'999);
    CHECK(run.stage->take_cues().empty());
    run.at(10'000);  // 30 s left
    CHECK(run.stage->take_cues() == std::vector<Cue>{Cue::Danger});
    run.at(20'000);
    CHECK(run.stage->take_cues().empty());
    run.at(40'000);
    CHECK(run.stage->take_cues() == std::vector<Cue>{Cue::Gong});

    StageRun rehearse(RunMode::Paced, setup);  // a rehearsal ticks at each slide change
    rehearse.at(10'000);
    const auto cues = rehearse.stage->take_cues();
    CHECK(std::count(cues.begin(), cues.end(), Cue::Tick) == 1);
}
