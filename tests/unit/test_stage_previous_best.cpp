// The previous best on the presenter view, driven through the stage on a fake clock: a
// rehearsal's presenter frame carries the slide's best of the earlier runs (changing with the
// slide), play's never does, and a rehearsal that finishes counts for the next one (R).
#include <doctest/doctest.h>

#include "../support/rehearsal_logs.hpp"
#include "../support/stage_run.hpp"

using namespace lightning;

using lightning::testing::kMissedMark;
using lightning::testing::kNeverReached;
using lightning::testing::on_screen_run;
using lightning::testing::paced_run;
using lightning::testing::StageRun;

namespace {

const std::vector<std::string> kFiles{"a.png", "b.png", "c.png", "d.png"};  // StageRun's deck
const std::vector<long long> kPlan{10'000, 10'000, 10'000, 10'000};

// Two finished runs: slide 1 best 9.5 s, slide 2 best 10.4 s (both ran over), slide 3 missed
// or not reached, slide 4 never reached.
StageSetup with_earlier_runs() {
    StageSetup setup;
    setup.presenter = true;
    setup.earlier_runs = {
        paced_run(kFiles, kPlan, {9'500, 11'000, kMissedMark, kNeverReached}),
        on_screen_run(kFiles, kPlan, {8'000, 10'400, kNeverReached, kNeverReached})};
    return setup;
}

std::string best_shown(const StageRun& run) {
    return run.stage->presenter_at(run.clock.now()).previous_best;
}

}  // namespace

TEST_CASE("presenter best: a paced rehearsal shows each slide's previous best as it comes up") {
    StageRun run(RunMode::Paced, with_earlier_runs());
    CHECK(best_shown(run) == "best 9.5 s (plan 10.0)");
    run.at(9'999);
    CHECK(best_shown(run) == "best 9.5 s (plan 10.0)");
    run.at(10'000);
    CHECK(best_shown(run) == "best 10.4 s (plan 10.0)");
    run.at(20'000);
    CHECK(best_shown(run).empty());  // no run timed slide 3
    run.at(30'000);
    CHECK(best_shown(run).empty());
    run.at(41'000);  // the end card, waiting for the last mark
    CHECK(best_shown(run).empty());
}

TEST_CASE("presenter best: a free rehearsal and a waiting start show it too") {
    StageSetup setup = with_earlier_runs();
    setup.wait = true;
    StageRun run(RunMode::Free, setup);
    CHECK(run.stage->phase() == Stage::Phase::Waiting);
    CHECK(best_shown(run) == "best 9.5 s (plan 10.0)");
    run.send(Command::Next);  // starts the run
    run.at(2'000);
    run.send(Command::Next);
    CHECK(best_shown(run) == "best 10.4 s (plan 10.0)");
    run.send(Command::Previous);
    CHECK(best_shown(run) == "best 9.5 s (plan 10.0)");
}

TEST_CASE("presenter best: never on stage, nor on the audience's screen") {
    StageRun play(RunMode::Play, with_earlier_runs());
    for (long long t : {0, 5'000, 15'000}) {
        play.at(t);
        CHECK(best_shown(play).empty());
    }
    StageRun rehearse(RunMode::Paced, with_earlier_runs());
    const auto& card = rehearse.card<SlideCard>();
    CHECK(card.note.find("best") == std::string::npos);
    CHECK(card.notice.find("best") == std::string::npos);
}

TEST_CASE("presenter best: none without earlier runs") {
    StageRun run(RunMode::Paced);
    CHECK(best_shown(run).empty());
    run.at(10'000);
    CHECK(best_shown(run).empty());
}

TEST_CASE("presenter best: a run that finishes counts for the next (R); one quit does not") {
    StageRun run(RunMode::Paced, with_earlier_runs());
    // Words of 9.8 s for slides 1 and 2: both beat the earlier bests. Slide 3's 9.0 s is its
    // first figure; slide 4's words end after the talk's end.
    for (long long t : {9'800, 19'800, 29'000, 41'000}) {
        run.at(t);
        run.send(Command::Next);
    }
    run.at(41'001);
    REQUIRE(run.stage->phase() == Stage::Phase::Closed);
    REQUIRE(run.stage->end_reason() == "finished");
    run.send(Command::Restart);
    run.at(42'000);  // the new run starts on this present
    CHECK(best_shown(run) == "best 9.8 s (plan 10.0)");
    run.at(51'900);
    run.send(Command::Next);  // slide 1's words in 9.9 s: a better take, in a run to be quit
    run.at(52'000);
    CHECK(best_shown(run) == "best 9.8 s (plan 10.0)");
    run.at(62'000);
    CHECK(best_shown(run) == "best 9.0 s (plan 10.0)");
    run.at(72'000);
    CHECK(best_shown(run) == "best 11.0 s (plan 10.0)");  // over: still the only take

    // This run is quit halfway: the one after it still sees the same bests, not its 9.9 s.
    run.at(73'000);
    run.send(Command::Quit);
    REQUIRE(run.stage->end_reason() == "quit");
    run.send(Command::Restart);
    run.at(74'000);
    CHECK(best_shown(run) == "best 9.8 s (plan 10.0)");
}
