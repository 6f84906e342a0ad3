// The phone's URLs given to a show: each title card carries its own talk's speaker URL, the
// presenter view the URL of the talk next or on stage, and nothing of the phone shows without
// them. The organizer's URL is never put on a screen.
#include <doctest/doctest.h>

#include "../support/event_run.hpp"
#include "../support/stage_run.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {
PhoneLinks three_links() {
    return {{"http://laptop:8765/aaaa/", "http://laptop:8765/bbbb/", "http://laptop:8765/cccc/"},
            "http://laptop:8765/0rganizer/"};
}

std::string card_url(const EventRun& run) {
    return std::get<TitleCard>(run.card()).phone_url;
}
std::string presenter_url(const EventRun& run) {
    return run.show->presenter_at(run.clock.now()).phone_url;
}
}  // namespace

TEST_CASE("phone links: talk k's title card carries speaker k, on screen and presenter view") {
    EventRun run(named("Phones"),
                 {talk("one", 2, 10'000), talk("two", 2, 10'000), talk("three", 2, 10'000)});
    run.show->set_phone_links(three_links());
    CHECK(card_url(run) == "http://laptop:8765/aaaa/");
    CHECK(presenter_url(run) == "http://laptop:8765/aaaa/");
    run.send(Command::SkipTalk);
    CHECK(card_url(run) == "http://laptop:8765/bbbb/");
    run.send(Command::SkipTalk);
    CHECK(card_url(run) == "http://laptop:8765/cccc/");
    const PresenterFrame frame = run.show->presenter_at(run.clock.now());
    REQUIRE(frame.card);
    CHECK(std::get<TitleCard>(*frame.card).phone_url == "http://laptop:8765/cccc/");
    CHECK(frame.phone_url == "http://laptop:8765/cccc/");
    run.send(Command::BackTalk);
    CHECK(card_url(run) == "http://laptop:8765/bbbb/");

    // On stage: the presenter view keeps the talk's URL; the audience sees only its slides.
    run.send(Command::Start);
    REQUIRE(run.show->phase() == EventShow::Phase::Talk);
    CHECK(presenter_url(run) == "http://laptop:8765/bbbb/");
    CHECK(std::holds_alternative<SlideCard>(run.card()));
}

TEST_CASE("phone links: none given, or fewer than the talks: no URL on the card") {
    EventRun run(named("No phones"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    CHECK(card_url(run).empty());
    CHECK(presenter_url(run).empty());
    run.send(Command::Start);
    CHECK(presenter_url(run).empty());

    EventRun some(named("Some"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    some.show->set_phone_links({{"http://laptop:8765/aaaa/"}, ""});
    CHECK(card_url(some) == "http://laptop:8765/aaaa/");
    some.send(Command::SkipTalk);
    CHECK(card_url(some).empty());
}

TEST_CASE("phone links: a break and a deck that cannot be played show no URL to the audience") {
    Lineup lineup = named("Break first");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 0, 0});
    EventRun run(lineup, {broken("lost"), talk("two", 2, 10'000)});
    run.show->set_phone_links(three_links());
    CHECK(std::holds_alternative<BreakCard>(run.card()));
    CHECK(presenter_url(run).empty());
    run.send(Command::Start);  // Space ends the break early
    CHECK(std::holds_alternative<SetupCard>(run.card()));
}

TEST_CASE("phone links: a play's presenter view carries the speaker URL of its one talk") {
    StageRun run(RunMode::Play);
    CHECK(run.stage->presenter_at(run.clock.now()).phone_url.empty());
    run.stage->set_phone_links({{"http://laptop:8765/aaaa/"}, "http://laptop:8765/0rganizer/"});
    run.at(5'000);
    CHECK(run.stage->presenter_at(run.clock.now()).phone_url == "http://laptop:8765/aaaa/");
    const Screen audience = run.screen();
    CHECK(std::holds_alternative<SlideCard>(audience.card));
}
