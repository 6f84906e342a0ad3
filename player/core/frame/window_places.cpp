#include "core/frame/window_places.hpp"

#include <algorithm>

namespace lightning {

WindowPlaces side_by_side(const DisplayArea& display, int audience_w, int audience_h,
                          int presenter_w, int presenter_h, int gap) {
    WindowPlaces places;
    const int pair_w = audience_w + gap + presenter_w;
    if (pair_w <= display.w) {
        places.audience_x = display.x + (display.w - pair_w) / 2;
        places.presenter_x = places.audience_x + audience_w + gap;
    } else {
        places.audience_x = display.x;
        places.presenter_x = display.x + std::max(0, display.w - presenter_w);
    }
    places.audience_y = display.y + std::max(0, (display.h - audience_h) / 2);
    places.presenter_y = display.y + std::max(0, (display.h - presenter_h) / 2);
    return places;
}

}  // namespace lightning
