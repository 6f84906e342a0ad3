// Sound cues over a whole talk on the fake clock: a tick per slide change, warn and danger once
// each at their thresholds, the gong at 0:00, nothing twice; stalls and restarts.
#include <doctest/doctest.h>

#include "core/show/cue.hpp"

using namespace lightning;

namespace {
// A 5:00 talk of 20 slides, 15 s each, stepped every `step` ms; cues with the time left.
std::vector<std::pair<Cue, long long>> run_talk(long long step, bool ticks) {
    CueTracker tracker(Millis{60'000}, Millis{30'000}, ticks);
    std::vector<std::pair<Cue, long long>> heard;
    for (long long t = 0; t <= 310'000; t += step) {
        const int slide = static_cast<int>(std::min(t / 15'000, 19LL));
        for (Cue cue : tracker.step(slide, Millis{300'000 - t}))
            heard.emplace_back(cue, 300'000 - t);
    }
    return heard;
}
int count(const std::vector<std::pair<Cue, long long>>& heard, Cue cue) {
    int n = 0;
    for (const auto& [c, left] : heard) n += c == cue;
    return n;
}
}  // namespace

TEST_CASE("a whole talk: 19 ticks, one warn, one danger, one gong, each on time") {
    const auto heard = run_talk(1, true);
    CHECK(count(heard, Cue::Tick) == 19);
    REQUIRE(count(heard, Cue::Warn) == 1);
    REQUIRE(count(heard, Cue::Danger) == 1);
    REQUIRE(count(heard, Cue::Gong) == 1);
    for (const auto& [cue, left] : heard) {
        if (cue == Cue::Warn) CHECK(left == 60'000);
        if (cue == Cue::Danger) CHECK(left == 30'000);
        if (cue == Cue::Gong) CHECK(left == 0);
    }
}

TEST_CASE("no ticks unless asked (play), the tones still sound") {
    const auto heard = run_talk(250, false);
    CHECK(count(heard, Cue::Tick) == 0);
    CHECK(count(heard, Cue::Warn) == 1);
    CHECK(count(heard, Cue::Gong) == 1);
}

TEST_CASE("a stall over two thresholds sounds the most urgent one once") {
    CueTracker tracker(Millis{60'000}, Millis{30'000}, false);
    CHECK(tracker.step(0, Millis{70'000}).empty());
    const auto cues = tracker.step(0, Millis{20'000});
    REQUIRE(cues.size() == 1);
    CHECK(cues[0] == Cue::Danger);
    CHECK(tracker.step(0, Millis{10'000}).empty());
}

TEST_CASE("the first step sounds nothing; a restart re-arms the thresholds") {
    CueTracker tracker(Millis{60'000}, Millis{30'000}, true);
    CHECK(tracker.step(3, Millis{20'000}).empty());  // resumed late: no danger for the past
    CHECK(tracker.step(3, Millis{0}) == std::vector<Cue>{Cue::Gong});
    CHECK(tracker.step(0, Millis{300'000}) == std::vector<Cue>{Cue::Tick});  // restart
    CHECK(tracker.step(0, Millis{60'000}) == std::vector<Cue>{Cue::Warn});
}
