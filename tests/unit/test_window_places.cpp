// --window --presenter opens the two windows side by side, not the presenter view centred on top
// of the audience window.
#include <doctest/doctest.h>

#include "core/frame/window_places.hpp"

using namespace lightning;

TEST_CASE("window places: side by side, centred as a pair, on a display wide enough") {
    const WindowPlaces p = side_by_side({0, 0, 2560, 1440}, 1280, 720, 960, 540, 16);
    CHECK(p.audience_x == (2560 - 1280 - 16 - 960) / 2);
    CHECK(p.presenter_x == p.audience_x + 1280 + 16);  // beside it, not over it
    CHECK(p.audience_y == (1440 - 720) / 2);
    CHECK(p.presenter_y == (1440 - 540) / 2);
}

TEST_CASE("window places: a second display's offset is kept") {
    const WindowPlaces p = side_by_side({1920, 100, 2560, 1440}, 1280, 720, 960, 540, 16);
    CHECK(p.audience_x >= 1920);
    CHECK(p.presenter_x + 960 <= 1920 + 2560);
    CHECK(p.audience_y >= 100);
}

TEST_CASE("window places: too narrow for both, the windows take the two edges") {
    const WindowPlaces p = side_by_side({0, 0, 1280, 720}, 1280, 720, 960, 540, 16);
    CHECK(p.audience_x == 0);
    CHECK(p.presenter_x == 1280 - 960);  // the least overlap the display allows
    CHECK(p.audience_y == 0);
}
