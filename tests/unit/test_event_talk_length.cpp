// A finished talk's length in the event's log comes from its run (start to end, pauses
// included), not from reading its log file back, and not counting the end card's linger.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/event_run.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

Json last_talk_end(const EventRun& run) {
    std::ifstream in(run.folder.path() / "event.jsonl");
    Json found;
    for (std::string line; std::getline(in, line);)
        if (const Json json = Json::parse(line); json["event"] == "talk_end") found = json;
    return found;
}

}  // namespace

TEST_CASE("event: a talk's length is its run's, with its pauses and without the end card") {
    EventRun run(named("Evening"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    run.send(Command::Start);
    run.after(4'000);
    run.send(Command::Pause);
    run.after(3'000);
    run.send(Command::Pause);
    for (int i = 0; i < 10; ++i) run.after(1'000);  // its end at 13 s, then the end card
    const Json end = last_talk_end(run);
    REQUIRE(end.is_object());
    CHECK(end["reason"] == "finished");
    CHECK(end["actual_ms"] == 13'000);
    CHECK(end["overrun_ms"] == 3'000);
}

TEST_CASE("event: a talk ended early by the organizer lasted until then") {
    EventRun run(named("Evening"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    run.send(Command::Start);
    run.after(6'500);
    run.show->send(Command::End, CommandSource::Osc);
    for (int i = 0; i < 4; ++i) run.after(1'000);
    const Json end = last_talk_end(run);
    REQUIRE(end.is_object());
    CHECK(end["actual_ms"] == 6'500);
    CHECK(end["overrun_ms"] == -3'500);
}
