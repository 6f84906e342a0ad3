// A slide's decode against the time play gives it: the two slots before its own.
#include <doctest/doctest.h>

#include "core/deck/slot_readiness.hpp"

using namespace lightning;

namespace {

Schedule even(int n, int ms) {
    Schedule schedule;
    for (int k = 0; k < n; ++k) schedule.slides.push_back({Millis{k * ms}, Millis{ms}});
    schedule.total = Millis{n * ms};
    return schedule;
}

}  // namespace

TEST_CASE("slot readiness: a decode has the two slots before its own") {
    const Schedule ignite = even(20, 15'000);
    CHECK(decode_lead(ignite, 0) == Millis{0});
    CHECK(decode_lead(ignite, 1) == Millis{15'000});
    CHECK(decode_lead(ignite, 5) == Millis{30'000});
    CHECK(!slot_readiness(ignite, 0, 60'000, "decode"));  // the talk starts when slide 1 is up
    CHECK(!slot_readiness(ignite, 5, 29'000, "decode"));
    const auto late = slot_readiness(ignite, 5, 31'000, "decode");
    REQUIRE(late);
    CHECK(late->level == SlotReadiness::Level::Warning);
    CHECK(late->what.find("up to 1.0 s late") != std::string::npos);
    const auto never = slot_readiness(ignite, 1, 30'000, "draw");
    REQUIRE(never);
    CHECK(never->level == SlotReadiness::Level::Error);
    CHECK(never->what.find("takes about 30.0 s to draw") != std::string::npos);
    CHECK(never->what.find("never be shown") != std::string::npos);
}

TEST_CASE("slot readiness: short slots leave little time") {
    const Schedule quick = even(10, 500);
    CHECK(!slot_readiness(quick, 4, 900, "decode"));
    CHECK(slot_readiness(quick, 4, 1'200, "decode")->level == SlotReadiness::Level::Warning);
    CHECK(slot_readiness(quick, 4, 1'600, "decode")->level == SlotReadiness::Level::Error);
}
