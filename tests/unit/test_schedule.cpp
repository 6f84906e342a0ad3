#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../support/plans.hpp"
#include "../support/temp_deck.hpp"
#include "core/time/schedule.hpp"

using namespace lightning;
using namespace lightning::testing;
using lightning::testing::TempDeck;

namespace {

// A deck of n slides built in memory (no folder needed for timing).
Deck deck_of(int n, TalkFormat format = TalkFormat::FiveMinutes) {
    Deck deck;
    deck.folder = "/decks/test";
    deck.format = format;
    for (int i = 0; i < n; ++i) {
        const std::string file = "slide" + std::to_string(i + 1) + ".png";
        deck.slides.push_back(SlideEntry{deck.folder / file, file, std::nullopt, {}, 0});
    }
    return deck;
}

std::vector<long long> durations(const Schedule& schedule) {
    std::vector<long long> out;
    for (const auto& slide : schedule.slides) out.push_back(slide.duration.count());
    return out;
}

// Offsets are the prefix sums of the durations and the talk ends at their sum.
void check_consistent(const Schedule& schedule) {
    Millis at{0};
    for (int k = 0; k < schedule.count(); ++k) {
        CAPTURE(k);
        CHECK(schedule.slides[k].start == at);
        CHECK(schedule.end_of(k) == at + schedule.slides[k].duration);
        at += schedule.slides[k].duration;
    }
    CHECK(schedule.total == at);
}

std::string schedule_error(const Deck& deck, const TimingOverrides& overrides = {}) {
    try {
        make_schedule(deck, overrides);
    } catch (const DeckError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("fixed-pace formats") {
    SUBCASE("ignite: 20 slides of 15 s") {
        const Schedule schedule = make_schedule(deck_of(20, TalkFormat::Ignite));
        CHECK(schedule.format == TalkFormat::Ignite);
        REQUIRE(schedule.count() == 20);
        CHECK(schedule.total == Millis{300'000});
        for (int k = 0; k < 20; ++k) {
            CAPTURE(k);
            CHECK(schedule.slides[k].start == Millis{k * 15'000});
            CHECK(schedule.slides[k].duration == Millis{15'000});
        }
    }
    SUBCASE("pechakucha: 20 s a slide") {
        const Schedule schedule = make_schedule(deck_of(20, TalkFormat::PechaKucha));
        CHECK(schedule.format == TalkFormat::PechaKucha);
        CHECK(schedule.total == Millis{400'000});
        CHECK(schedule.slides[19].start == Millis{380'000});
        CHECK(durations(schedule) == std::vector<long long>(20, 20'000));
    }
}

TEST_CASE("five-minutes splits the total evenly, remainders to the first slides") {
    SUBCASE("default total 5:00 over 7 slides") {
        const Schedule schedule = make_schedule(deck_of(7));
        CHECK(schedule.format == TalkFormat::FiveMinutes);
        // 300000 = 7 * 42857 + 1: the first slide gets one extra millisecond.
        CHECK(durations(schedule) ==
              std::vector<long long>{42'858, 42'857, 42'857, 42'857, 42'857, 42'857, 42'857});
        CHECK(schedule.total == Millis{300'000});
        CHECK(schedule.slides[1].start == Millis{42'858});
        CHECK(schedule.slides[6].start == Millis{257'143});
        check_consistent(schedule);
    }
    SUBCASE("13 slides: 300000 % 13 = 12 slides get the extra millisecond") {
        const Schedule schedule = make_schedule(deck_of(13));
        for (int k = 0; k < 13; ++k) {
            CAPTURE(k);
            CHECK(schedule.slides[k].duration == Millis{k < 12 ? 23'077 : 23'076});
        }
        CHECK(schedule.total == Millis{300'000});
        check_consistent(schedule);
    }
    SUBCASE("explicit total 0:10 over 3 slides") {
        Deck deck = deck_of(3);
        deck.total = Millis{10'000};
        const Schedule schedule = make_schedule(deck);
        CHECK(durations(schedule) == std::vector<long long>{3'334, 3'333, 3'333});
        CHECK(schedule.total == Millis{10'000});
        check_consistent(schedule);
    }
    SUBCASE("split_evenly") {
        CHECK(split_evenly(Millis{10}, 4) ==
              std::vector<Millis>{Millis{3}, Millis{3}, Millis{2}, Millis{2}});
        CHECK(split_evenly(Millis{300'000}, 20) == std::vector<Millis>(20, Millis{15'000}));
        CHECK(split_evenly(Millis{5}, 0).empty());
    }
}

TEST_CASE("per-slide seconds, the rest sharing what is left") {
    Deck deck = deck_of(5);
    deck.slides[1].planned = Millis{100'000};
    deck.slides[3].planned = Millis{50'000};
    SUBCASE("of the default 5:00") {
        const Schedule schedule = make_schedule(deck);
        // 150000 left over 3 slides.
        CHECK(durations(schedule) ==
              std::vector<long long>{50'000, 100'000, 50'000, 50'000, 50'000});
        check_consistent(schedule);
        CHECK(schedule.total == Millis{300'000});
    }
    SUBCASE("of an explicit total, with a remainder") {
        deck.total = Millis{160'001};
        const Schedule schedule = make_schedule(deck);
        // 10001 left over 3 slides: 3334, 3334, 3333.
        CHECK(durations(schedule) == std::vector<long long>{3'334, 100'000, 3'334, 50'000, 3'333});
        CHECK(schedule.total == Millis{160'001});
        check_consistent(schedule);
    }
    SUBCASE("every slide timed and no total: the total is their sum") {
        for (auto& slide : deck.slides) slide.planned = slide.planned.value_or(Millis{10'000});
        const Schedule schedule = make_schedule(deck);
        CHECK(durations(schedule) ==
              std::vector<long long>{10'000, 100'000, 10'000, 50'000, 10'000});
        CHECK(schedule.total == Millis{180'000});
        check_consistent(schedule);
    }
}

TEST_CASE("timing in deck.toml that does not add up is an error naming the line") {
    TempDeck dir;
    dir.slides(3);
    SUBCASE("listed seconds use up the whole total") {
        dir.toml(
            "total = \"1:00\"\n\n[[slide]]\nfile = \"slide1.png\"\nseconds = 40\n\n"
            "[[slide]]\nfile = \"slide2.png\"\nseconds = 20\n\n"
            "[[slide]]\nfile = \"slide3.png\"\n");
        const Deck deck = load_deck(dir.path());
        const auto message = schedule_error(deck);
        INFO(message);
        CHECK(has(message, "deck.toml:7: "));  // the last [[slide]] with seconds
    }
    SUBCASE("listed seconds exceed the default total") {
        dir.toml(
            "[[slide]]\nfile = \"slide1.png\"\nseconds = \"5:01\"\n"
            "[[slide]]\nfile = \"slide2.png\"\n[[slide]]\nfile = \"slide3.png\"\n");
        const auto message = schedule_error(load_deck(dir.path()));
        INFO(message);
        CHECK(has(message, "deck.toml:1: "));
        CHECK(has(message, "5:01.0"));
    }
    SUBCASE("all slides timed but the sum differs from the total") {
        dir.toml(
            "title = \"x\"\ntotal = \"1:00\"\n"
            "[[slide]]\nfile = \"slide1.png\"\nseconds = 20\n"
            "[[slide]]\nfile = \"slide2.png\"\nseconds = 20\n"
            "[[slide]]\nfile = \"slide3.png\"\nseconds = 19\n");
        const auto message = schedule_error(load_deck(dir.path()));
        INFO(message);
        CHECK(has(message, "deck.toml:2: "));  // the total's line
        CHECK(has(message, "0:59.0"));
    }
    SUBCASE("all slides timed and matching the total is fine") {
        dir.toml(
            "total = \"1:00\"\n"
            "[[slide]]\nfile = \"slide1.png\"\nseconds = 20\n"
            "[[slide]]\nfile = \"slide2.png\"\nseconds = 20\n"
            "[[slide]]\nfile = \"slide3.png\"\nseconds = 20\n");
        CHECK(make_schedule(load_deck(dir.path())).total == Millis{60'000});
    }
    SUBCASE("a total with ignite") {
        dir.toml("format = \"ignite\"\n\ntotal = \"5:00\"\n");
        const auto message = schedule_error(load_deck(dir.path()));
        INFO(message);
        CHECK(has(message, "deck.toml:3: "));
        CHECK(has(message, "ignite"));
    }
    SUBCASE("seconds with pechakucha") {
        dir.toml(
            "format = \"pechakucha\"\n[[slide]]\nfile = \"slide1.png\"\n"
            "[[slide]]\nfile = \"slide2.png\"\nseconds = 30\n");
        const auto message = schedule_error(load_deck(dir.path()));
        INFO(message);
        CHECK(has(message, "deck.toml:4: "));
        CHECK(has(message, "slide2.png"));
    }
}

TEST_CASE("command-line overrides replace the deck's timing") {
    Deck deck = deck_of(4, TalkFormat::Ignite);
    SUBCASE("--slide-seconds") {
        TimingOverrides flags;
        flags.slide_seconds = Millis{7'500};
        const Schedule schedule = make_schedule(deck, flags);
        CHECK(durations(schedule) == std::vector<long long>(4, 7'500));
        CHECK(schedule.total == Millis{30'000});
        CHECK(schedule.format == TalkFormat::FiveMinutes);
        check_consistent(schedule);
    }
    SUBCASE("--total ignores per-slide seconds from deck.toml") {
        deck.format = TalkFormat::FiveMinutes;
        deck.slides[0].planned = Millis{100'000};
        deck.total = Millis{200'000};
        TimingOverrides flags;
        flags.total = Millis{10'000};
        const Schedule schedule = make_schedule(deck, flags);
        CHECK(durations(schedule) == std::vector<long long>(4, 2'500));
        CHECK(schedule.total == Millis{10'000});
        CHECK(schedule.format == TalkFormat::FiveMinutes);
    }
    SUBCASE("--total overrides an ignite deck") {
        TimingOverrides flags;
        flags.total = Millis{10'001};
        const Schedule schedule = make_schedule(deck, flags);
        CHECK(durations(schedule) == std::vector<long long>{2'501, 2'500, 2'500, 2'500});
    }
    SUBCASE("--format") {
        deck.format = TalkFormat::FiveMinutes;
        deck.slides[2].planned = Millis{1'000};
        TimingOverrides flags;
        flags.format = TalkFormat::PechaKucha;
        Schedule schedule = make_schedule(deck, flags);
        CHECK(schedule.format == TalkFormat::PechaKucha);
        CHECK(durations(schedule) == std::vector<long long>(4, 20'000));
        flags.format = TalkFormat::FiveMinutes;
        schedule = make_schedule(deck_of(4, TalkFormat::Ignite), flags);
        CHECK(schedule.format == TalkFormat::FiveMinutes);
        CHECK(durations(schedule) == std::vector<long long>(4, 75'000));
    }
    SUBCASE("bad flag values") {
        TimingOverrides flags;
        flags.slide_seconds = Millis{0};
        CHECK(has(schedule_error(deck, flags), "--slide-seconds"));
        flags = {};
        flags.total = Millis{-1};
        CHECK(has(schedule_error(deck, flags), "--total"));
        flags.total = Millis{3};  // less than a millisecond a slide
        CHECK(has(schedule_error(deck, flags), "too short"));
    }
}

TEST_CASE("slide_at finds the slide due at an elapsed time") {
    const Schedule schedule = make_schedule(deck_of(20, TalkFormat::Ignite));
    using std::chrono::microseconds;
    CHECK(schedule.slide_at(microseconds{0}) == 0);
    CHECK(schedule.slide_at(microseconds{14'999'999}) == 0);
    CHECK(schedule.slide_at(microseconds{15'000'000}) == 1);
    CHECK(schedule.slide_at(microseconds{29'999'999}) == 1);
    CHECK(schedule.slide_at(microseconds{30'000'000}) == 2);
    CHECK(schedule.slide_at(microseconds{285'000'000}) == 19);
    CHECK(schedule.slide_at(microseconds{299'999'999}) == 19);
    CHECK(schedule.slide_at(microseconds{300'000'000}) == schedule.count());
    CHECK(schedule.slide_at(microseconds{900'000'000}) == schedule.count());
    CHECK(schedule.slide_at(microseconds{-1}) == 0);
    CHECK(schedule.slide_at(microseconds{-5'000'000}) == 0);

    SUBCASE("uneven slides: boundaries at the exact offsets") {
        const Schedule seven = make_schedule(deck_of(7));
        CHECK(seven.slide_at(microseconds{42'857'999}) == 0);
        CHECK(seven.slide_at(microseconds{42'858'000}) == 1);
        CHECK(seven.slide_at(microseconds{257'142'999}) == 5);
        CHECK(seven.slide_at(microseconds{257'143'000}) == 6);
    }
}
