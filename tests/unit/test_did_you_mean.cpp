// "did you mean": the nearest command or flag to a typo, and nothing for a word far from all.
#include <doctest/doctest.h>

#include "core/config/did_you_mean.hpp"

using namespace lightning;

TEST_CASE("edit distance counts inserts, deletes, substitutions and neighbour swaps") {
    CHECK(edit_distance("play", "play") == 0);
    CHECK(edit_distance("plya", "play") == 1);  // swap
    CHECK(edit_distance("pla", "play") == 1);
    CHECK(edit_distance("plays", "play") == 1);
    CHECK(edit_distance("plat", "play") == 1);
    CHECK(edit_distance("", "play") == 4);
    CHECK(edit_distance("rehearse", "reharse") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("the nearest known word when it is close enough") {
    const std::vector<std::string> commands = {"play",   "rehearse", "render",   "check", "export",
                                               "report", "event",    "displays", "config"};
    CHECK(did_you_mean("plya", commands) == "play");
    CHECK(did_you_mean("rehaerse", commands) == "rehearse");
    CHECK(did_you_mean("exprot", commands) == "export");
    CHECK(did_you_mean("reprot", commands) == "report");
    CHECK_FALSE(did_you_mean("banana", commands));
    CHECK_FALSE(did_you_mean("", commands));
    CHECK_FALSE(did_you_mean("xy", {"a", "b"}));  // every short word is "close" to a one-letter one
    const std::vector<std::string> flags = {"--window", "--warn", "--danger", "--flash",
                                            "--overlay"};
    CHECK(did_you_mean("--windwo", flags) == "--window");
    CHECK(did_you_mean("--overlya", flags) == "--overlay");
}
