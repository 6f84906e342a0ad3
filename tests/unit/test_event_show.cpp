// An event driven command by command on a fake clock: title cards (start, skip, back), a broken
// deck's neutral card, a break's countdown, the talks on their stages, the closing card.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/event_run.hpp"
#include "core/event/event_show.hpp"
#include "core/event/talk_text.hpp"

using namespace lightning;
using namespace lightning::testing;

TEST_CASE(
    "title card: Start runs the talk on the hard clock, its end card lingers, then the next card") {
    EventRun run(named("Evening"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    REQUIRE(std::holds_alternative<TitleCard>(run.card()));
    const auto title = std::get<TitleCard>(run.card());
    CHECK(title.heading == "Next");
    CHECK(title.title == "one");
    CHECK(title.order.size() == 2);
    CHECK(title.order[0].status == RunningOrderEntry::Status::Next);
    CHECK(run.show->key_mode() == KeyMode::TitleCard);
    CHECK(run.show->wanted_slides() == std::vector<int>{0, 1});  // decoding under the card
    run.after(60'000);  // a title card waits as long as it takes
    CHECK(std::holds_alternative<TitleCard>(run.card()));

    run.send(Command::Start);
    CHECK(run.show->phase() == EventShow::Phase::Talk);
    CHECK(run.show->key_mode() == KeyMode::Play);
    run.send(Command::Next);  // locked on stage
    CHECK(std::get<SlideCard>(run.card()).slide == 0);
    run.after(5'000);
    CHECK(std::get<SlideCard>(run.card()).slide == 1);
    run.after(5'000);
    CHECK(std::holds_alternative<EndCard>(run.card()));
    run.after(1'999);
    CHECK(std::holds_alternative<EndCard>(run.card()));
    run.after(2);
    REQUIRE(std::holds_alternative<TitleCard>(run.card()));
    const auto next = std::get<TitleCard>(run.card());
    CHECK(next.title == "two");
    CHECK(next.order[0].status == RunningOrderEntry::Status::Done);
    CHECK(next.order[0].result == "0:10 (+0:00)");
    CHECK(next.order[1].status == RunningOrderEntry::Status::Next);
    CHECK(run.event_log() == std::vector<std::string>{"session_start", "talk_start", "talk_end"});
}

TEST_CASE("title card: Right skips the talk (logged), Left goes back to run a skipped talk") {
    EventRun run(named("Skips"),
                 {talk("one", 2, 10'000), talk("two", 2, 10'000), talk("three", 2, 10'000)});
    run.send(Command::SkipTalk);
    CHECK(std::get<TitleCard>(run.card()).title == "two");
    CHECK(std::get<TitleCard>(run.card()).order[0].status == RunningOrderEntry::Status::Skipped);
    run.send(Command::BackTalk);
    CHECK(std::get<TitleCard>(run.card()).title == "one");
    run.send(Command::BackTalk);  // the first card: nothing before it
    CHECK(std::get<TitleCard>(run.card()).title == "one");
    run.send(Command::Start);
    CHECK(run.show->phase() == EventShow::Phase::Talk);
    CHECK(run.event_log() ==
          std::vector<std::string>{"session_start", "talk_skipped", "talk_start"});
}

TEST_CASE("broken deck card: the audience sees a neutral card, the presenter view the reason") {
    EventRun run(named("Broken"), {broken("lost"), talk("two", 2, 10'000)});
    const Screen audience = run.show->screen_at(run.clock.now());
    REQUIRE(std::holds_alternative<SetupCard>(audience.card));
    CHECK(std::get<SetupCard>(audience.card).line == "The next talk is being set up");
    const PresenterFrame presenter = run.show->presenter_at(run.clock.now());
    CHECK(presenter.problem == "decks/lost: no such folder");
    CHECK(presenter.status == "this deck cannot be played: Space or Right skips it");
    CHECK_FALSE(presenter.keys.empty());
    run.send(Command::Start);  // Space on a broken deck moves on
    CHECK(std::get<TitleCard>(run.card()).title == "two");
    CHECK(run.event_log() == std::vector<std::string>{"session_start", "talk_skipped"});
}

TEST_CASE("break card: counts down to its end, says when the session is back, then the next card") {
    Lineup lineup = named("With a break");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 1, 3});
    EventRun run(lineup, {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    run.send(Command::SkipTalk);
    REQUIRE(std::holds_alternative<BreakCard>(run.card()));
    auto pause = std::get<BreakCard>(run.card());
    CHECK(pause.title == "Coffee");
    CHECK(pause.left == "1:00");
    CHECK(pause.back_at.starts_with("Back at "));
    run.after(10'500);
    CHECK(std::get<BreakCard>(run.card()).left == "0:50");
    CHECK(run.show->next_change(run.clock.now()) == run.clock.now() + ms(500));  // the next second
    run.after(49'499);
    CHECK(std::holds_alternative<BreakCard>(run.card()));
    run.after(1);
    CHECK(std::get<TitleCard>(run.card()).title == "two");
}

TEST_CASE("resume between talks: the session goes on at the card it stopped on") {
    // Ctrl+C on talk two's title card (or in the break before it): `event --resume` shows the
    // break again, then talk two's card; the talks before it count as done.
    Lineup lineup = named("With a break");
    lineup.breaks.push_back(LineupBreak{"Coffee", Millis{60'000}, 1, 3});
    EventRun run(lineup, {talk("one", 2, 10'000), talk("two", 2, 10'000)}, {}, size_t{1});
    REQUIRE(std::holds_alternative<BreakCard>(run.card()));
    CHECK(run.event_log().front() == "session_resumed");
    run.send(Command::Start);  // Space ends the break
    CHECK(std::get<TitleCard>(run.card()).title == "two");
    run.send(Command::Start);
    CHECK(run.show->phase() == EventShow::Phase::Talk);

    EventRun closing(named("Done"), {talk("one", 2, 10'000)}, {}, size_t{1});
    CHECK(closing.show->phase() == EventShow::Phase::Closing);
}

TEST_CASE("break card: Space ends a break early") {
    Lineup lineup = named("Short break");
    lineup.breaks.push_back(LineupBreak{"Break", Millis{600'000}, 0, 2});
    EventRun run(lineup, {talk("one", 2, 10'000)});
    REQUIRE(std::holds_alternative<BreakCard>(run.card()));
    run.send(Command::Start);
    CHECK(std::get<TitleCard>(run.card()).title == "one");
}

TEST_CASE("closing card: after the last talk it stays until Esc is held a second") {
    EventRun run(named("Closing"), {talk("one", 2, 10'000)});
    run.send(Command::SkipTalk);
    REQUIRE(std::holds_alternative<ClosingCard>(run.card()));
    CHECK(std::get<ClosingCard>(run.card()).name == "Closing");
    run.after(3'600'000);
    CHECK_FALSE(run.show->done());
    run.send(Command::HoldStopBegin);
    run.after(500);
    run.send(Command::HoldStopEnd);
    run.after(2'000);
    CHECK_FALSE(run.show->done());
    run.send(Command::HoldStopBegin);
    run.after(1'000);
    CHECK(run.show->done());
    CHECK(run.show->end_reason() == "finished");
    CHECK(run.event_log().back() == "session_end");
}

TEST_CASE("close request: ignored on a title card and during a talk; a signal ends the event") {
    EventRun run(named("Close"), {talk("one", 2, 10'000), talk("two", 2, 10'000)});
    run.send(Command::CloseRequest);
    CHECK_FALSE(run.show->done());
    run.send(Command::Start);
    run.send(Command::CloseRequest);
    CHECK(run.show->phase() == EventShow::Phase::Talk);
    run.send(Command::Signal);
    CHECK(run.show->done());
    CHECK(run.show->end_reason() == "signal");
    CHECK(run.event_log() ==
          std::vector<std::string>{"session_start", "talk_start", "talk_end", "session_end"});
}

TEST_CASE("a whole event: three talks, one broken deck, a talk stopped by holding Esc") {
    EventRun run(named("Whole"),
                 {talk("one", 3, 15'000), broken("lost"), talk("three", 2, 10'000)});
    run.send(Command::Start);
    run.after(15'000);  // the end card
    run.after(2'001);
    CHECK(std::holds_alternative<SetupCard>(run.card()));
    run.send(Command::SkipTalk);
    REQUIRE(std::holds_alternative<TitleCard>(run.card()));
    run.send(Command::Start);
    run.after(3'000);
    run.send(Command::HoldStopBegin);  // the organizer stops this talk
    run.after(1'000);
    REQUIRE(std::holds_alternative<ClosingCard>(run.card()));
    CHECK(std::get<ClosingCard>(run.card()).summary[0] == "2 talks \xC2\xB7 1 skipped");
    CHECK(run.event_log() == std::vector<std::string>{"session_start", "talk_start", "talk_end",
                                                      "talk_skipped", "talk_start", "talk_end"});
}

TEST_CASE("talk settings: each deck's deck.toml [settings] and config.toml give its talk's look") {
    TempDeck deck;
    deck.slides(2).toml("[settings]\nbackground = \"#102030\"\nwarn = 20\n");
    const auto config = deck.root() / "config.toml";
    std::ofstream(config) << "danger = 12\n";
    CheckedTalk checked;
    checked.display_title = "Clocks";
    checked.deck = load_deck(deck.path().string());
    TimingOverrides overrides;
    overrides.total = Millis{20'000};
    checked.schedule = make_schedule(*checked.deck, overrides);

    std::vector<std::string> problems;
    PreparedTalk prepared = event_talk(checked, false, &config, &problems);
    CHECK(problems.empty());
    CHECK(prepared.look.background == Rgb{0x10, 0x20, 0x30});
    CHECK(prepared.thresholds.warn == Millis{20'000});    // deck.toml
    CHECK(prepared.thresholds.danger == Millis{12'000});  // config.toml
    CHECK(prepared.overlay == OverlayMode::Audience);
    CHECK(event_talk(checked, true, &config).overlay == OverlayMode::Both);  // a presenter view
    CHECK(event_talk(checked, false).look.background == Rgb{});  // no config given: the defaults

    SUBCASE("a deck that chose its overlay keeps it beside a presenter view") {
        deck.toml("[settings]\noverlay = \"none\"\n");
        checked.deck = load_deck(deck.path().string());
        CHECK(event_talk(checked, true, &config).overlay == OverlayMode::None);
    }
    SUBCASE("settings that cannot be used: the defaults, and a line saying why") {
        std::ofstream(config) << "warn = -5\n";
        prepared = event_talk(checked, false, &config, &problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].find("Clocks: its settings are not used") == 0);
        CHECK(prepared.thresholds.warn == Thresholds{}.warn);
    }
}

TEST_CASE("a deck broken after the session started gets the neutral card when its card comes up") {
    bool deleted = false;  // the speaker's folder, as the recheck finds it
    const auto recheck = [&](size_t index) {
        if (index == 1 && deleted) return broken("two");
        return index == 0 ? talk("one", 2, 10'000) : talk("two", 2, 10'000);
    };
    EventRun run(named("Later"), {talk("one", 2, 10'000), talk("two", 2, 10'000)}, recheck);
    CHECK(std::get<TitleCard>(run.card()).title == "one");
    deleted = true;  // during talk one, talk two's deck goes
    run.send(Command::Start);
    run.after(10'000);  // talk one ends: its end card
    run.after(2'001);
    REQUIRE(run.show->phase() == EventShow::Phase::Interlude);
    REQUIRE(std::holds_alternative<SetupCard>(run.card()));
    CHECK(run.show->presenter_at(run.clock.now()).problem == "decks/two: no such folder");
    CHECK(run.show->deck().slides.empty());  // nothing of it is decoded under the card
    run.send(Command::Start);                // Space moves on, as for a deck broken from the start
    CHECK(run.show->phase() == EventShow::Phase::Closing);
    CHECK(run.event_log() ==
          std::vector<std::string>{"session_start", "talk_start", "talk_end", "talk_skipped"});
}

TEST_CASE("a deck fixed after the session started can run when its card comes up again") {
    bool fixed = false;
    const auto recheck = [&](size_t index) {
        if (index == 0) return fixed ? talk("lost", 2, 10'000) : broken("lost");
        return talk("two", 2, 10'000);
    };
    EventRun run(named("Fixed"), {broken("lost"), talk("two", 2, 10'000)}, recheck);
    REQUIRE(std::holds_alternative<SetupCard>(run.card()));
    run.send(Command::SkipTalk);
    CHECK(std::get<TitleCard>(run.card()).title == "two");
    fixed = true;  // the organizer copies the deck in, and goes back to it
    run.send(Command::BackTalk);
    REQUIRE(std::holds_alternative<TitleCard>(run.card()));
    CHECK(std::get<TitleCard>(run.card()).title == "lost");
    CHECK(run.show->deck().slides.size() == 2);
    run.send(Command::Start);
    CHECK(run.show->phase() == EventShow::Phase::Talk);
}

TEST_CASE("a finished talk's result: length and overrun follow one rounding rule") {
    CHECK(talk_result(3'040, 6'000) == "0:03 (-0:03)");  // not "0:04 (-0:03)"
    CHECK(talk_result(302'400, 300'000) == "5:02 (+0:02)");
    CHECK(talk_result(297'600, 300'000) == "4:58 (-0:02)");
    CHECK(talk_result(300'499, 300'000) == "5:00 (+0:00)");
    CHECK(talk_result(300'500, 300'000) == "5:01 (+0:01)");
}

TEST_CASE("a talk's line on its title card: Ignite and PechaKucha by name, others by length") {
    Deck deck;
    for (int i = 0; i < 12; ++i) deck.slides.push_back(SlideEntry{"s.png", "s.png", {}, {}, 0});
    CheckedTalk talk;
    TimingOverrides three_minutes;
    three_minutes.total = Millis{180'000};
    talk.schedule = make_schedule(deck, three_minutes);
    CHECK(talk_format(talk) == "3:00 \xC2\xB7 12 slides");  // not "five-minutes · 3:00"
    TimingOverrides ignite;
    ignite.format = TalkFormat::Ignite;
    deck.slides.resize(20, deck.slides.front());
    talk.schedule = make_schedule(deck, ignite);
    CHECK(talk_format(talk) == "ignite \xC2\xB7 5:00 \xC2\xB7 20 slides");
    talk.schedule.reset();
    CHECK(talk_format(talk).empty());  // a deck that cannot play: its problem is said instead
}
