// find_crashed_event: which event log `event --resume` continues, and at which talk. A session
// ended by a signal (an organizer's stray Ctrl+C) or a closed window during a talk is resumed
// like a crash; one that ended on purpose is not. (Which talk log each talk continues:
// test_choose_resume.cpp.)
#include <doctest/doctest.h>

#include <fstream>

#include "../support/temp_deck.hpp"
#include "core/deck/deck.hpp"
#include "core/event/event_log.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

// Writes an event log named `name` in `folder` with these JSON lines.
void write_log(const std::filesystem::path& folder, const std::string& name,
               const std::string& lines) {
    std::ofstream out(folder / name);
    out << R"({"event":"session_start","name":"Meetup","talks":[1,2]})"
        << "\n"
        << lines;
}

const std::string kTalk2Started = R"({"event":"talk_start","talk":1})"
                                  "\n"
                                  R"({"event":"talk_end","talk":1,"reason":"finished"})"
                                  "\n"
                                  R"({"event":"talk_start","talk":2})"
                                  "\n";

}  // namespace

TEST_CASE("event resume: a session stopped by a signal or a closed window during a talk") {
    for (const std::string reason : {"signal", "closed"}) {
        CAPTURE(reason);
        TempDeck temp;
        write_log(temp.root(), "20261125T180000.000Z-event.jsonl",
                  kTalk2Started + R"({"event":"talk_end","talk":2,"reason":")" + reason + "\"}\n" +
                      R"({"event":"session_end","reason":")" + reason + "\"}\n");
        const CrashedEvent crashed = find_crashed_event("Meetup", temp.root());
        CHECK(crashed.talk == 1);
        CHECK(crashed.log.filename() == "20261125T180000.000Z-event.jsonl");
    }
}

TEST_CASE("event resume: a crash, and a session resumed then stopped by a signal again") {
    TempDeck temp;
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl", kTalk2Started);
    CHECK(find_crashed_event("Meetup", temp.root()).talk == 1);
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl",
              kTalk2Started + R"({"event":"talk_end","talk":2,"reason":"signal"})"
                              "\n"
                              R"({"event":"session_end","reason":"signal"})"
                              "\n"
                              R"({"event":"session_resumed","talk":2})"
                              "\n");
    CHECK(find_crashed_event("Meetup", temp.root()).talk == 1);  // killed after its resume
}

TEST_CASE("event resume: a session ended on purpose is not resumed; one stopped on a card is") {
    TempDeck temp;
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl",
              kTalk2Started + R"({"event":"talk_end","talk":2,"reason":"finished"})"
                              "\n"
                              R"({"event":"session_end","reason":"quit"})"
                              "\n");
    CHECK_THROWS_WITH_AS(find_crashed_event("Meetup", temp.root()),
                         doctest::Contains("nothing to resume"), DeckError);
    // Ctrl+C on talk 2's title card: no talk was running; it goes on at that card.
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl",
              R"({"event":"talk_start","talk":1})"
              "\n"
              R"({"event":"talk_end","talk":1,"reason":"finished"})"
              "\n"
              R"({"event":"session_end","reason":"signal"})"
              "\n");
    const CrashedEvent on_card = find_crashed_event("Meetup", temp.root());
    CHECK(on_card.at_card);
    CHECK(on_card.talk == 1);
    // Killed (no end at all) on the first card, before any talk.
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl", "");
    const CrashedEvent first = find_crashed_event("Meetup", temp.root());
    CHECK(first.at_card);
    CHECK(first.talk == 0);
}

TEST_CASE("event resume: the running talk's start comes with it (its log is no older)") {
    TempDeck temp;
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl",
              R"({"event":"talk_start","talk":1,"wall":"2026-11-25T18:00:05.000Z"})"
              "\n"
              R"({"event":"talk_end","talk":1,"reason":"finished"})"
              "\n"
              R"({"event":"talk_start","talk":2,"wall":"2026-11-25T18:06:00.000Z"})"
              "\n");
    const CrashedEvent crashed = find_crashed_event("Meetup", temp.root());
    CHECK(crashed.talk == 1);
    CHECK(crashed.talk_started == parse_iso_utc("2026-11-25T18:06:00.000Z"));
    write_log(temp.root(), "20261125T180000.000Z-event.jsonl", kTalk2Started);  // no wall
    CHECK_FALSE(find_crashed_event("Meetup", temp.root()).talk_started);
}
