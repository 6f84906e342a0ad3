// One command path for every controller: an organizer's command sent as a phone or an OSC desk
// would send it has exactly the key's effect on a talk (fake clock, both runs compared screen for
// screen); a speaker's key from a remote is refused whole and told on the terminal.
#include <doctest/doctest.h>

#include "../support/stage_run.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

const Command kOrganizer[] = {Command::Start,      Command::Pause,    Command::BlankBlack,
                              Command::BlankWhite, Command::SkipTalk, Command::BackTalk,
                              Command::End};

// Two identical talks, driven alike up to `t` ms, then sent `command`: one from the keys, one
// from `remote`. Both must end up in the same state and say the same.
void same_as_key(Command command, CommandSource remote, bool wait, long long t) {
    StageSetup setup;
    setup.wait = wait;
    StageRun by_key(RunMode::Play, setup), by_remote(RunMode::Play, setup);
    by_key.at(t);
    by_remote.at(t);
    const CommandOutcome key = by_key.stage->send(command, CommandSource::Key);
    const CommandOutcome other = by_remote.stage->send(command, remote);
    CAPTURE(command_name(command));
    CAPTURE(source_name(remote));
    CAPTURE(t);
    CHECK(key.done == other.done);
    CHECK(key.why == other.why);
    for (const long long later : {t, t + 1, t + 1'500, t + 12'000}) {
        by_key.at(later);
        by_remote.at(later);
        CHECK(by_key.screen() == by_remote.screen());
        CHECK(by_key.stage->phase() == by_remote.stage->phase());
        CHECK(by_key.stage->presenter_at(by_key.clock.now()).status ==
              by_remote.stage->presenter_at(by_remote.clock.now()).status);
    }
}

}  // namespace

TEST_CASE("command path: each organizer command from a phone or OSC acts as the key does") {
    for (const Command command : kOrganizer)
        for (const CommandSource remote : {CommandSource::Phone, CommandSource::Osc}) {
            same_as_key(command, remote, true, 500);      // armed (--wait), the first slide up
            same_as_key(command, remote, false, 5'000);   // mid-talk
            same_as_key(command, remote, false, 45'000);  // past the end
        }
}

TEST_CASE("command path: pause, blank and end from OSC change the talk as their keys do") {
    StageRun run(RunMode::Play);
    run.at(5'000);
    CHECK(run.stage->send(Command::Pause, CommandSource::Osc).done);
    run.at(25'000);
    CHECK(run.slide() == 0);  // paused at 5 s: the clock waits
    CHECK(run.stage->send(Command::Pause, CommandSource::Osc).done);
    CHECK(run.stage->send(Command::BlankBlack, CommandSource::Phone).done);
    CHECK(run.screen().blank == Blank::Black);
    CHECK(run.stage->send(Command::End, CommandSource::Osc).done);
    run.at(25'001);
    CHECK(run.stage->end_reason() == "quit");
    CHECK_FALSE(run.stage->send(Command::End, CommandSource::Osc).done);  // nothing left to end
}

TEST_CASE("command path: a speaker's key from a remote is refused whole and told") {
    StageRun run(RunMode::Paced);
    run.send(Command::Next);
    run.at(1'000);
    const Screen before = run.screen();
    for (const Command command :
         {Command::Next, Command::Previous, Command::Quit, Command::Restart, Command::NotesDown,
          Command::ShowKeys, Command::HoldStopBegin, Command::CloseRequest}) {
        const CommandOutcome outcome = run.stage->send(command, CommandSource::Osc);
        CHECK_FALSE(outcome.done);
        CHECK(outcome.why.find("not a command a remote may send") == 0);
    }
    run.at(1'000);
    CHECK(run.screen() == before);
    const auto messages = run.stage->take_messages();
    REQUIRE(!messages.empty());
    CHECK(messages.back().find("from OSC ignored: not a command a remote may send") !=
          std::string::npos);
}

TEST_CASE("command path: a command the state does not allow is ignored with the reason") {
    StageRun run(RunMode::Play);
    run.at(2'000);
    const CommandOutcome start = run.stage->send(Command::Start, CommandSource::Osc);
    CHECK_FALSE(start.done);
    CHECK(start.why == "the talk has already started");
    const CommandOutcome skip = run.stage->send(Command::SkipTalk, CommandSource::Phone);
    CHECK_FALSE(skip.done);
    const auto messages = run.stage->take_messages();
    REQUIRE(messages.size() >= 2);
    CHECK(messages[messages.size() - 2] == "start from OSC ignored: the talk has already started");
}
