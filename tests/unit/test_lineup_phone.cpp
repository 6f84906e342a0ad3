// What a phone is told of a lineup before a talk runs (core/event/lineup_phone): the event's show
// and `lightning phone` build the sheets and the title card's status the same way, so the check
// before the session shows what the session will.
#include <doctest/doctest.h>

#include "../support/event_run.hpp"
#include "core/event/lineup_phone.hpp"
#include "core/event/talk_text.hpp"

using namespace lightning;
using State = LiveStatus::State;

TEST_CASE("lineup phone: the check's title card and sheets are the event's at its start") {
    using namespace testing;
    const std::vector<CheckedTalk> talks = {talk("one", 2, 10'000), broken("gone"),
                                            talk("three", 4, 20'000)};
    EventRun run(named("Evening"), talks);

    LiveStatus card = title_card_status(talks, 0);
    CHECK(card.state == State::Waiting);
    CHECK(card.talk == 0);
    CHECK(card.talks == 3);
    CHECK(card.title == "one");
    CHECK(card.speaker == "Speaker one");
    CHECK(card.slides == 2);
    CHECK(card.talk_left == Micros{10'000'000});
    CHECK(card.slide_left == Micros{5'000'000});
    // The show adds only when the session would end at this pace.
    LiveStatus shown = run.show->live_status(run.clock.now());
    CHECK(shown.projected_end);
    shown.projected_end.reset();
    CHECK(shown == card);

    std::vector<PreparedTalk> prepared;
    for (const CheckedTalk& each : talks) prepared.push_back(event_talk(each, false));
    const std::vector<PhoneSheet> sheets = lineup_phone_sheets(talks, prepared);
    CHECK(sheets == run.show->phone_sheets());
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[2].title == "three");
    CHECK(sheets[2].plan == std::vector<Millis>(4, Millis{5'000}));
    CHECK(sheets[1].title == "gone");  // a deck that cannot be played: its name, no slides
    CHECK(sheets[1].slides == 0);
}

TEST_CASE("lineup phone: a broken talk's title card has its name and nothing to count down") {
    using namespace testing;
    const std::vector<CheckedTalk> talks = {broken("gone"), talk("two", 2, 10'000)};
    const LiveStatus card = title_card_status(talks, 0);
    CHECK(card.state == State::Waiting);
    CHECK(card.title == "gone");
    CHECK(card.slides == 0);
    CHECK(card.talk_left == Micros{0});
    CHECK(card.slide_left == Micros{0});
    CHECK(title_card_status(talks, 1).title == "two");
    // Past the lineup (no talk at all): waiting, nothing named.
    CHECK(title_card_status(talks, 5).title.empty());
    CHECK(title_card_status(talks, 5).talks == 2);
}
