// One command path for an event: the organizer's commands sent as a phone or an OSC desk would
// send them act as the keys do, on a title card and in a talk (fake clock, compared card for
// card); a speaker's key from a remote is refused.
#include <doctest/doctest.h>

#include "../support/event_run.hpp"

using namespace lightning;
using namespace lightning::testing;

TEST_CASE("command path: an event takes every organizer command from OSC or a phone as a key") {
    const Command organizer[] = {Command::Start,      Command::Pause,    Command::BlankBlack,
                                 Command::BlankWhite, Command::SkipTalk, Command::BackTalk,
                                 Command::End};
    for (const Command command : organizer)
        for (const CommandSource remote : {CommandSource::Phone, CommandSource::Osc})
            for (const bool in_talk : {false, true}) {
                CAPTURE(command_name(command));
                CAPTURE(in_talk);
                const auto lineup = [] {
                    return std::vector<CheckedTalk>{talk("one", 2, 10'000), talk("two", 2, 10'000)};
                };
                EventRun by_key(named("Evening"), lineup()), by_remote(named("Evening"), lineup());
                if (in_talk) {
                    by_key.send(Command::Start);
                    by_remote.send(Command::Start);
                    by_key.after(3'000);
                    by_remote.after(3'000);
                }
                const CommandOutcome key = by_key.show->send(command, CommandSource::Key);
                const CommandOutcome other = by_remote.show->send(command, remote);
                by_key.step();
                by_remote.step();
                CHECK(key.done == other.done);
                for (int i = 0; i < 4; ++i) {
                    CHECK(by_key.card() == by_remote.card());
                    CHECK(by_key.show->phase() == by_remote.show->phase());
                    by_key.after(4'000);
                    by_remote.after(4'000);
                }
            }
}

TEST_CASE("command path: OSC skips a talk on its title card and ends a running talk") {
    EventRun run(named("Evening"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    CHECK(run.show->send(Command::SkipTalk, CommandSource::Osc).done);
    run.step();
    CHECK(std::get<TitleCard>(run.card()).title == "two");
    CHECK(run.show->send(Command::Start, CommandSource::Osc).done);
    run.step();
    REQUIRE(run.show->phase() == EventShow::Phase::Talk);
    run.after(2'000);
    CHECK(run.show->send(Command::End, CommandSource::Osc).done);  // the talk ends, not the event
    run.after(3'000);
    CHECK(run.show->phase() != EventShow::Phase::Talk);
    CHECK_FALSE(run.show->done());
    CHECK_FALSE(run.show->send(Command::NotesDown, CommandSource::Osc).done);  // a speaker's key
}
