// The event log's lines: what the event writes reads back as the same typed line, and a line
// that is damaged, hand-edited or someone else's is passed over rather than stopping a resume.
#include <doctest/doctest.h>

#include "core/event/event_log_lines.hpp"

using namespace lightning;
using namespace lightning::event_line;

namespace {

// The line written, as it is stored (with a wall time), read back.
EventLine round_trip(const EventLine& line) {
    Json json = event_line_json(line);
    json["wall"] = "2026-11-25T18:00:00.000Z";
    const auto read = parse_event_line(json.dump());
    REQUIRE(read);
    CHECK(read->wall == parse_iso_utc("2026-11-25T18:00:00.000Z"));
    return read->line;
}

}  // namespace

TEST_CASE("event log lines: every line reads back as written, numbers 1-based in the file") {
    const auto start = std::get<SessionStart>(
        round_trip(SessionStart{"Meetup", {{"a", "A talk", "Ann", ""}, {"b", "B", "", "broken"}}}));
    CHECK(start.name == "Meetup");
    REQUIRE(start.talks.size() == 2);
    CHECK(start.talks[1].problem == "broken");
    CHECK(start.talks[0].speaker == "Ann");

    const TalkStart talk{2, "decks/c", "C", Millis{300'000}};
    CHECK(event_line_json(talk)["talk"] == 3);  // the organizer's count
    const auto talk_back = std::get<TalkStart>(round_trip(talk));
    CHECK(talk_back.talk == 2);
    CHECK(talk_back.deck == "decks/c");
    CHECK(talk_back.planned == Millis{300'000});

    const TalkEnd end{0, "finished", "logs/x.jsonl", Millis{300'000}, Millis{302'500}};
    CHECK(event_line_json(end)["overrun_ms"] == 2'500);
    const auto end_back = std::get<TalkEnd>(round_trip(end));
    CHECK(end_back.reason == "finished");
    CHECK(end_back.log == "logs/x.jsonl");
    CHECK(end_back.actual == Millis{302'500});

    CHECK(std::get<TalkSkipped>(round_trip(TalkSkipped{4, "no slides"})).talk == 4);
    CHECK(!event_line_json(TalkSkipped{4, ""}).contains("problem"));
    CHECK(std::get<BreakStart>(round_trip(BreakStart{"Coffee", Millis{600'000}})).planned ==
          Millis{600'000});
    CHECK(std::get<SessionEnd>(round_trip(SessionEnd{"signal"})).reason == "signal");
    const auto resumed = std::get<SessionResumed>(round_trip(SessionResumed{std::nullopt, 3}));
    CHECK(!resumed.talk);
    CHECK(resumed.card == 3u);
}

TEST_CASE("event log lines: damaged and foreign lines are passed over") {
    CHECK(!parse_event_line(""));
    CHECK(!parse_event_line(R"({"event":"talk_start","talk":)"));  // cut short by a crash
    CHECK(!parse_event_line("[1,2]"));
    CHECK(!parse_event_line(R"({"event":"slide","slide":2})"));  // a talk's log, not an event's
    CHECK(!parse_event_line(R"({"event":"talk_start","talk":"two"})"));
    CHECK(!parse_event_line(R"({"event":"talk_end","talk":0})"));  // talks count from 1
    CHECK(!parse_event_line(R"({"event":7})"));
    // A field of the wrong type reads as missing; the line still counts.
    const auto end = parse_event_line(R"({"event":"talk_end","talk":1,"reason":5,"wall":3})");
    REQUIRE(end);
    CHECK(std::get<TalkEnd>(end->line).reason.empty());
    CHECK(!end->wall);
}
