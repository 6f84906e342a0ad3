// rehearse --record as the Stage decides it, on a fake clock: the microphone starts with the
// run's clock (beside its log), pauses and resumes with the talk, stops when the run ends
// however it ends, and each restarted run gets its own recording. The shell only carries out
// these steps (shell/platform/mic_recorder.hpp).
#include <doctest/doctest.h>

#include <vector>

#include "../support/stage_run.hpp"
#include "core/log/log_paths.hpp"

using namespace lightning;
using lightning::testing::ms;
using lightning::testing::StageRun;
using Kind = RecordStep::Kind;

namespace {

// A stage whose recording steps are kept in `steps`.
struct RecordedRun {
    explicit RecordedRun(RunMode mode, bool wait = false) : run(mode, setup(wait)) {}
    StageSetup setup(bool wait) {
        StageSetup s;
        s.wait = wait;
        s.record = [this](const RecordStep& step) { steps.push_back(step); };
        return s;
    }
    std::vector<Kind> kinds() const {
        std::vector<Kind> out;
        for (const auto& step : steps) out.push_back(step.kind);
        return out;
    }
    std::vector<RecordStep> steps;  // before `run`: the stage records into it from its start
    StageRun run;
};

}  // namespace

TEST_CASE("record: starts with the run's clock, beside its log, at talk time 0") {
    RecordedRun r(RunMode::Paced);
    REQUIRE(r.steps.size() == 1);  // the first present started the clock
    CHECK(r.steps[0].kind == Kind::Start);
    CHECK(r.steps[0].talk_at == Micros{0});
    CHECK(r.steps[0].wav == r.run.folder.path() / "run1.wav");
    CHECK(r.steps[0].wav == recording_path_for(r.run.folder.path() / "run1.jsonl"));
    r.run.at(5'000);
    CHECK(r.steps.size() == 1);  // time alone changes nothing
}

TEST_CASE("record: a waiting start records nothing until the run's clock starts") {
    RecordedRun r(RunMode::Paced, true);
    r.run.at(3'000);
    CHECK(r.steps.empty());
    r.run.send(Command::Next);  // the first Next starts the run on the next present
    CHECK(r.steps.empty());
    r.run.at(3'100);
    REQUIRE(r.kinds() == std::vector{Kind::Start});
    CHECK(r.steps[0].talk_at == Micros{0});
}

TEST_CASE("record: a pause is cut out, at the talk time the key was pressed") {
    RecordedRun r(RunMode::Paced);
    r.run.at(5'000);
    r.run.send(Command::Pause);
    r.run.at(15'000);  // 10 s paused
    r.run.send(Command::Pause);
    r.run.at(20'000);
    REQUIRE(r.kinds() == std::vector{Kind::Start, Kind::Pause, Kind::Resume});
    CHECK(r.steps[1].talk_at == ms(5'000));
    CHECK(r.steps[2].talk_at == ms(5'000));  // talk time did not move while paused
    CHECK(r.run.stage->talk_time_at(r.run.clock.now()) == ms(10'000));
}

TEST_CASE("record: quitting halfway stops it at the talk time reached (also when paused)") {
    RecordedRun r(RunMode::Paced);
    r.run.at(12'000);
    r.run.send(Command::Pause);
    r.run.at(14'000);
    r.run.send(Command::Quit);
    REQUIRE(r.kinds() == std::vector{Kind::Start, Kind::Pause, Kind::Stop});
    CHECK(r.steps[2].talk_at == ms(12'000));
    CHECK(r.run.stage->end_reason() == "quit");
    r.run.send(Command::Quit);  // the summary of the run so far, if there is one, closes
    CHECK(r.run.stage->done());
}

TEST_CASE("record: a signal or a closed window stops it too") {
    for (Command end : {Command::Signal, Command::WindowClosed, Command::CloseRequest}) {
        RecordedRun r(RunMode::Free);
        r.run.at(7'000);
        r.run.send(end);
        REQUIRE(r.kinds() == std::vector{Kind::Start, Kind::Stop});
        CHECK(r.steps[1].talk_at == ms(7'000));
    }
}

TEST_CASE("record: the run's end stops it once; the summary and Esc after it record nothing") {
    RecordedRun r(RunMode::Paced);
    r.run.at(10'000);
    r.run.send(Command::Next);
    r.run.at(20'000);
    r.run.send(Command::Next);
    r.run.at(30'000);
    r.run.send(Command::Next);
    r.run.at(41'000);  // past the end: the run waits for slide 4's mark, still recording
    CHECK(r.kinds() == std::vector{Kind::Start});
    r.run.send(Command::Next);
    REQUIRE(r.kinds() == std::vector{Kind::Start, Kind::Stop});
    CHECK(r.steps[1].talk_at == ms(41'000));
    r.run.at(42'000);
    r.run.send(Command::Pause);  // on the summary: nothing runs
    r.run.send(Command::Quit);
    CHECK(r.steps.size() == 2);
}

TEST_CASE("record: R stops this run's recording and the next run starts its own") {
    RecordedRun r(RunMode::Paced);
    r.run.at(6'000);
    r.run.send(Command::Restart);
    r.run.at(7'000);
    REQUIRE(r.kinds() == std::vector{Kind::Start, Kind::Stop, Kind::Start});
    CHECK(r.steps[1].talk_at == ms(6'000));
    CHECK(r.steps[2].talk_at == Micros{0});
    CHECK(r.steps[2].wav == r.run.folder.path() / "run2.wav");
}

TEST_CASE("record: no log, no recording (it goes beside the log)") {
    std::vector<RecordStep> steps;
    const PreparedTalk talk = lightning::testing::four_slides_40s();
    FakeClock clock;
    FakeWallClock wall;
    StageSetup setup;  // open_log is null: --no-log
    setup.mode = RunMode::Paced;
    setup.record = [&steps](const RecordStep& step) { steps.push_back(step); };
    Stage stage(talk, clock, wall, std::move(setup));
    stage.update();
    stage.presented(clock.now(), clock.now(), true);
    CHECK(stage.phase() == Stage::Phase::Running);
    stage.send(Command::Pause, CommandSource::Key);
    stage.send(Command::Quit, CommandSource::Key);
    CHECK(steps.empty());
}

TEST_CASE("record: a log named .wav gets no recording over it, and a message says why") {
    std::vector<RecordStep> steps;
    const PreparedTalk talk = lightning::testing::four_slides_40s();
    lightning::testing::TempDeck folder;
    FakeClock clock;
    FakeWallClock wall;
    StageSetup setup;
    setup.mode = RunMode::Paced;
    setup.open_log = [&folder](WallTime start, LogProblem problem) {
        return std::make_unique<TalkLog>(LogFile(folder.path() / "take.wav", {}), start,
                                         std::move(problem));
    };
    setup.record = [&steps](const RecordStep& step) { steps.push_back(step); };
    Stage stage(talk, clock, wall, std::move(setup));
    stage.update();
    stage.presented(clock.now(), clock.now(), true);
    CHECK(stage.phase() == Stage::Phase::Running);
    CHECK(steps.empty());
    const auto messages = stage.take_messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].find("is named like a recording; name the log .jsonl") != std::string::npos);
    stage.send(Command::Quit, CommandSource::Key);
    CHECK(steps.empty());
}

TEST_CASE("record: a log to a pipe or device gets no recording beside it (/dev/full.wav)") {
    std::vector<RecordStep> steps;
    const PreparedTalk talk = lightning::testing::four_slides_40s();
    lightning::testing::TempDeck folder;
    const auto device = folder.path() / "full.jsonl";  // a link: nothing is written into /dev
    std::filesystem::create_symlink("/dev/full", device);
    FakeClock clock;
    FakeWallClock wall;
    StageSetup setup;
    setup.mode = RunMode::Paced;
    setup.open_log = [&device](WallTime start, LogProblem problem) {
        return std::make_unique<TalkLog>(LogFile(device, {}, LogFile::Open::New), start,
                                         std::move(problem));
    };
    setup.record = [&steps](const RecordStep& step) { steps.push_back(step); };
    Stage stage(talk, clock, wall, std::move(setup));
    stage.update();
    stage.presented(clock.now(), clock.now(), true);
    CHECK(stage.phase() == Stage::Phase::Running);
    CHECK(steps.empty());
    bool said = false;
    for (const auto& message : stage.take_messages())
        said = said || message.find("is a pipe or device") != std::string::npos;
    CHECK(said);
    CHECK_FALSE(std::filesystem::exists(folder.path() / "full.wav"));
    stage.send(Command::Quit, CommandSource::Key);
}
