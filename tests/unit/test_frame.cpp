#include <doctest/doctest.h>

#include <string>

#include "core/frame/talk_screen.hpp"

using namespace lightning;

namespace {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}

Deck deck_of(int n, TalkFormat format) {
    Deck deck;
    deck.title = "Hard Clock";
    deck.speaker = "Ada L.";
    deck.format = format;
    for (int i = 0; i < n; ++i)
        deck.slides.push_back(SlideEntry{"s.png", "s" + std::to_string(i) + ".png", {}, {}, 0});
    return deck;
}

// The countdown of a slide card (fails the test on any other card).
const SlideCard& slide_card(const Screen& screen) {
    const auto* card = std::get_if<SlideCard>(&screen.card);
    REQUIRE(card != nullptr);
    return *card;
}
const Countdown& countdown(const Screen& screen) {
    return slide_card(screen).countdown;
}
bool is_end(const Screen& screen) {
    return std::holds_alternative<EndCard>(screen.card);
}

struct Fixture {
    Deck deck = deck_of(20, TalkFormat::Ignite);
    Schedule schedule = make_schedule(deck);
    Thresholds thresholds;
    Screen at(Micros elapsed, int bar_width = 100, OverlayMode mode = OverlayMode::Audience) const {
        return talk_screen(deck, schedule, moment_at(schedule, thresholds, elapsed), mode,
                           bar_width);
    }
};

}  // namespace

TEST_CASE("overlay text and the progress bar") {
    const Fixture f;
    SUBCASE("the very start") {
        const Screen frame = f.at(Micros{0});
        CHECK(slide_card(frame).slide == 0);
        CHECK_FALSE(is_end(frame));
        CHECK(slide_card(frame).overlay);
        CHECK(countdown(frame).state == OverlayState::Normal);
        CHECK(countdown(frame).talk_left == "5:00");
        CHECK(countdown(frame).slide_left == "0:15");
        CHECK(countdown(frame).position == "1/20");
        CHECK(countdown(frame).bar_width == 100);
        CHECK(countdown(frame).bar_pixels == 0);
        CHECK(countdown(f.at(Micros{1})).talk_left == "5:00");  // rounds up, even by a microsecond
        CHECK(countdown(f.at(Micros{1})).slide_left == "0:15");
    }
    SUBCASE("one second in") {
        const Screen frame = f.at(ms(1'000));
        CHECK(countdown(frame).talk_left == "4:59");
        CHECK(countdown(frame).slide_left == "0:14");
        CHECK(countdown(frame).position == "1/20");
        CHECK(countdown(frame).bar_pixels == 6);  // floor(1/15 * 100)
        CHECK(countdown(f.at(ms(1'000) - Micros{1})).talk_left == "5:00");
    }
    SUBCASE("third slide") {
        const Screen frame = f.at(ms(31'200));
        CHECK(slide_card(frame).slide == 2);
        CHECK(countdown(frame).position == "3/20");
        CHECK(countdown(frame).talk_left == "4:29");   // 268.8 s left
        CHECK(countdown(frame).slide_left == "0:14");  // 13.8 s left
        CHECK(countdown(frame).bar_pixels == 8);       // floor(1.2/15 * 100)
    }
    SUBCASE("last microsecond of a slide: full bar but for the last pixel") {
        const Screen frame = f.at(ms(45'000) - Micros{1});
        CHECK(slide_card(frame).slide == 2);
        CHECK(countdown(frame).slide_left == "0:01");
        CHECK(countdown(frame).bar_pixels == 99);
        CHECK(countdown(f.at(ms(45'000))).position == "4/20");
        CHECK(countdown(f.at(ms(45'000))).bar_pixels == 0);
    }
    SUBCASE("colour state and flash carry through") {
        CHECK(countdown(f.at(ms(240'000))).state == OverlayState::Warn);
        CHECK(countdown(f.at(ms(240'000))).talk_left == "1:00");
        CHECK(countdown(f.at(ms(270'000))).state == OverlayState::Danger);
        const Screen bright = f.at(ms(290'100));
        CHECK(countdown(bright).state == OverlayState::Flash);
        CHECK(countdown(bright).flash_on);
        CHECK(countdown(bright).talk_left == "0:10");
        const Screen dim = f.at(ms(290'600));
        CHECK_FALSE(countdown(dim).flash_on);
        CHECK(countdown(dim).talk_left == "0:10");
        CHECK(dim != bright);
        CHECK(countdown(f.at(ms(299'999))).talk_left == "0:01");
        CHECK(countdown(f.at(ms(299'999))).position == "20/20");
    }
    SUBCASE("no bar") {
        const Screen frame = f.at(ms(7'000), 0);
        CHECK(countdown(frame).bar_width == 0);
        CHECK(countdown(frame).bar_pixels == 0);
        CHECK(slide_card(frame).overlay);
    }
}

TEST_CASE("overlay none shows the slide alone") {
    const Fixture f;
    const Screen frame = f.at(ms(31'200), 100, OverlayMode::None);
    CHECK(slide_card(frame).slide == 2);
    CHECK_FALSE(slide_card(frame).overlay);
    CHECK_FALSE(is_end(frame));
    CHECK(countdown(frame).talk_left.empty());
    CHECK(countdown(frame).slide_left.empty());
    CHECK(countdown(frame).position.empty());
    CHECK(countdown(frame).bar_pixels == 0);
    // Only slide flips change such a frame.
    CHECK(frame == f.at(ms(44'999), 100, OverlayMode::None));
    CHECK(frame != f.at(ms(45'000), 100, OverlayMode::None));
}

TEST_CASE("the end card at the total") {
    const Fixture f;
    for (Micros t : {ms(300'000), ms(360'000)}) {
        const Screen frame = f.at(t);
        REQUIRE(is_end(frame));
        const EndCard& end = std::get<EndCard>(frame.card);
        CHECK(end.last_slide == 19);
        CHECK(end.title == "Hard Clock");
        CHECK(end.speaker == "Ada L.");
        CHECK(end.line == "5:00 \xC2\xB7 20 slides");
        CHECK(frame.blank == Blank::None);
        CHECK(frame.help.empty());
    }
    CHECK_FALSE(is_end(f.at(ms(300'000) - Micros{1})));
    CHECK(is_end(f.at(ms(300'000), 100, OverlayMode::None)));

    SUBCASE("uneven talk") {
        const Deck deck = deck_of(7, TalkFormat::FiveMinutes);
        const Schedule schedule = make_schedule(deck);
        const Screen frame = talk_screen(deck, schedule, moment_at(schedule, {}, ms(300'000)),
                                         OverlayMode::Audience, 100);
        REQUIRE(is_end(frame));
        CHECK(std::get<EndCard>(frame.card).line == "5:00 \xC2\xB7 7 slides");
        CHECK(std::get<EndCard>(frame.card).last_slide == 6);
    }
}

TEST_CASE("ignite and pechakucha put the slide countdown first; five-minute talks do not") {
    const Fixture f;
    CHECK(countdown(f.at(ms(1'000))).slide_first);
    Deck pecha = deck_of(20, TalkFormat::PechaKucha);
    const Schedule pecha_schedule = make_schedule(pecha);
    CHECK(countdown(talk_screen(pecha, pecha_schedule, moment_at(pecha_schedule, {}, ms(1'000)),
                                OverlayMode::Audience, 100))
              .slide_first);
    const Deck five = deck_of(7, TalkFormat::FiveMinutes);
    const Schedule five_schedule = make_schedule(five);
    CHECK_FALSE(countdown(talk_screen(five, five_schedule, moment_at(five_schedule, {}, ms(1'000)),
                                      OverlayMode::Audience, 100))
                    .slide_first);
}

TEST_CASE("only_countdown_differs: the panel alone changed on the same slide") {
    const Fixture f;
    CHECK(only_countdown_differs(f.at(ms(1'000)), f.at(ms(2'000))));            // 4:59 -> 4:58
    CHECK_FALSE(only_countdown_differs(f.at(ms(14'000)), f.at(ms(15'000))));    // a flip
    CHECK_FALSE(only_countdown_differs(f.at(ms(299'000)), f.at(ms(300'000))));  // the end card
    CHECK_FALSE(only_countdown_differs(f.at(ms(1'000), 100, OverlayMode::None),
                                       f.at(ms(2'000), 100, OverlayMode::None)));  // no panel
    Screen blanked = f.at(ms(2'000));
    blanked.blank = Blank::Black;
    CHECK_FALSE(only_countdown_differs(f.at(ms(1'000)), blanked));
    Screen noted = f.at(ms(2'000));
    std::get<SlideCard>(noted.card).note = "+1.0 s";
    CHECK_FALSE(only_countdown_differs(f.at(ms(1'000)), noted));
    Screen helped = f.at(ms(2'000));
    helped.help.push_back({"F1", "keys"});
    CHECK_FALSE(only_countdown_differs(f.at(ms(1'000)), helped));
}

TEST_CASE("frames compare equal exactly when nothing visible changed") {
    const Fixture f;
    CHECK(f.at(ms(1'200), 0) == f.at(ms(1'700), 0));
    CHECK(f.at(ms(1'000), 0) == f.at(ms(2'000) - Micros{1}, 0));
    CHECK(f.at(ms(2'000) - Micros{1}, 0) != f.at(ms(2'000), 0));  // 4:59 -> 4:58
    CHECK(f.at(ms(1'200), 100) == f.at(ms(1'300), 100));          // same pixel (8 px)
    CHECK(f.at(ms(1'200), 100) != f.at(ms(1'350), 100));          // 8 px -> 9 px
    CHECK(f.at(ms(1'200), 100) != f.at(ms(1'200), 99));           // another bar
}

// Walks a whole talk from change to change: between two predicted changes the frame must not
// change, and at each predicted change it must (min_bar_step 0: every pixel step is asked for).
static void check_changes_match_frames(const Deck& deck, int bar_width) {
    const Schedule schedule = make_schedule(deck);
    const Thresholds thresholds;
    auto frame_at = [&](Micros t) {
        return talk_screen(deck, schedule, moment_at(schedule, thresholds, t),
                           OverlayMode::Audience, bar_width);
    };
    long long changes = 0;
    long long missed = 0;    // the frame changed before the predicted time
    long long spurious = 0;  // nothing changed at the predicted time
    Micros first_bad{-1};
    Micros t{0};
    Screen shown = frame_at(t);
    while (t < Micros{schedule.total}) {
        const Micros next = next_visible_change(schedule, thresholds, t, bar_width, Millis{0});
        REQUIRE(next > t);
        const bool steady =
            frame_at(next - Micros{1}) == shown && frame_at(t + (next - t) / 2) == shown;
        const Screen after = frame_at(next);
        const bool changed = after != frame_at(next - Micros{1});
        if (!steady) ++missed;
        if (!changed) ++spurious;
        if ((!steady || !changed) && first_bad < Micros{0}) first_bad = next;
        shown = after;
        t = next;
        ++changes;
    }
    CAPTURE(bar_width);
    CAPTURE(changes);
    CAPTURE(first_bad.count());
    CHECK(missed == 0);
    CHECK(spurious == 0);
    CHECK(t == Micros{schedule.total});
    CHECK(next_visible_change(schedule, thresholds, t, bar_width, Millis{0}) == Micros::max());
}

TEST_CASE("next_visible_change predicts exactly when the frame changes") {
    SUBCASE("ignite, no bar") {
        check_changes_match_frames(deck_of(20, TalkFormat::Ignite), 0);
    }
    SUBCASE("ignite, 49 px bar") {
        check_changes_match_frames(deck_of(20, TalkFormat::Ignite), 49);
    }
    SUBCASE("ignite, 1000 px bar") {
        check_changes_match_frames(deck_of(20, TalkFormat::Ignite), 1000);
    }
    SUBCASE("five-minutes over 7 slides, 49 px bar") {
        check_changes_match_frames(deck_of(7, TalkFormat::FiveMinutes), 49);
    }
    SUBCASE("five-minutes over 13 slides, 1920 px bar") {
        check_changes_match_frames(deck_of(13, TalkFormat::FiveMinutes), 1920);
    }
}
