#include <doctest/doctest.h>

#include "core/time/present_lead.hpp"

using namespace lightning;

TEST_CASE("a present lead starts at nothing: the first flips are never early") {
    CHECK(PresentLead().lead() == Micros{0});
}

TEST_CASE("one slow present raises the lead only a little (no early flips after a hiccup)") {
    PresentLead lead;
    lead.learn(Micros{40'000});  // e.g. a present that had to wait for the X server
    CHECK(lead.lead() <= Micros{2500});
    CHECK(lead.lead() > Micros{0});
}

TEST_CASE("a present lead settles on what presents steadily take") {
    PresentLead lead;
    for (int i = 0; i < 60; ++i) lead.learn(Micros{3000});
    CHECK(lead.lead() >= Micros{2900});
    CHECK(lead.lead() <= Micros{3000});
}

TEST_CASE("a faster present brings the lead down at once") {
    PresentLead lead;
    for (int i = 0; i < 60; ++i) lead.learn(Micros{3000});
    lead.learn(Micros{1000});
    CHECK(lead.lead() == Micros{1000});
}

TEST_CASE("the lead never exceeds what the slowest sample took, nor 20 ms") {
    PresentLead lead;
    for (int i = 0; i < 200; ++i) lead.learn(Micros{500'000});
    CHECK(lead.lead() <= Micros{20'000});
}
