#pragma once
// Where the audience and presenter windows open when both are windows on one display (--window
// --presenter, a rehearsal at a desk or a try-out): side by side, never one on top of the other.
namespace lightning {

struct DisplayArea {
    int x = 0, y = 0, w = 0, h = 0;  // the display's usable area, in the desktop's coordinates
};

struct WindowPlaces {
    int audience_x = 0, audience_y = 0;
    int presenter_x = 0, presenter_y = 0;
};

// The pair centred on the display with `gap` between them, each centred vertically; on a display
// too narrow for both, the audience window at the left edge and the presenter view at the right
// edge, overlapping as little as the display allows.
WindowPlaces side_by_side(const DisplayArea& display, int audience_w, int audience_h,
                          int presenter_w, int presenter_h, int gap);

}  // namespace lightning
