// Timing that plays but is probably not meant: warnings, never errors.
#include <doctest/doctest.h>

#include "core/time/timing_warnings.hpp"

using namespace lightning;

namespace {
Deck listed(int slides, Millis each) {
    Deck deck;
    deck.toml_path = "talk/deck.toml";
    for (int k = 0; k < slides; ++k) {
        SlideEntry slide{"s.png", "s.png", {}, {}, 0};
        slide.planned = each;
        deck.slides.push_back(slide);
    }
    return deck;
}
}  // namespace

TEST_CASE("timing warnings: listed seconds past a five-minutes talk") {
    const Deck deck = listed(20, Millis{20'000});  // 6:40 with no total
    const auto warnings = timing_warnings(deck, make_schedule(deck), {});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] ==
          "talk/deck.toml: the slides' seconds add up to 6:40.0, past a five-minutes talk's "
          "5:00.0; shorten slides, or write total = \"6:40\" if the talk really is that long");
    const Deck fits = listed(20, Millis{15'000});
    CHECK(timing_warnings(fits, make_schedule(fits), {}).empty());
    TimingOverrides flags;  // a flag replaces deck.toml's timing: nothing to warn about then
    flags.total = Millis{300'000};
    CHECK(timing_warnings(deck, make_schedule(deck, flags), flags).empty());
}

TEST_CASE("timing warnings: a talk under 30 s and slides under 1 s") {
    Deck deck = listed(20, Millis{0});
    for (auto& slide : deck.slides) slide.planned.reset();
    TimingOverrides five_seconds;
    five_seconds.total = Millis{5'000};
    const auto warnings = timing_warnings(deck, make_schedule(deck, five_seconds), five_seconds);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("the talk is only 0:05.0 long: did you mean 5:00?") == 0);
    CHECK(warnings[1].find("20 slides get under 1 s each (slide 1: 0:00.3)") == 0);
    TimingOverrides thirty;
    thirty.total = Millis{30'000};
    const auto fine = timing_warnings(deck, make_schedule(deck, thirty), thirty);
    CHECK(fine.empty());
}

TEST_CASE("timing warnings: 'did you mean 5:00?' only for a total written as bare minutes") {
    Deck deck = listed(10, Millis{0});
    for (auto& slide : deck.slides) slide.planned.reset();
    TimingOverrides two_seconds_a_slide;  // 10 x 2 s = 0:20, not a mistyped total
    two_seconds_a_slide.slide_seconds = Millis{2'000};
    const auto plain =
        timing_warnings(deck, make_schedule(deck, two_seconds_a_slide), two_seconds_a_slide);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0] ==
          "the talk is only 0:20.0 long (10 slides); give the slides more seconds if "
          "that is not meant");
    TimingOverrides three;
    three.total = Millis{3'000};
    const auto minutes = timing_warnings(deck, make_schedule(deck, three), three);
    REQUIRE(!minutes.empty());
    CHECK(minutes[0].find("did you mean 3:00? (3 alone means 3 seconds") != std::string::npos);
}
