#pragma once
// Where the countdown overlay's parts go on a width x height output. Pure geometry, computed in
// core from the output's size: the painter draws there, tests sample the right pixels, the loop
// redraws only the corner it reaches, and the show knows the progress bar's width.
#include "core/frame/screen.hpp"

namespace lightning {

// A rectangle in output pixels (as SDL_Rect, without SDL).
struct PixelRect {
    int x = 0, y = 0, w = 0, h = 0;
    bool operator==(const PixelRect&) const = default;
};

struct OverlayLayout {
    PixelRect panel;
    PixelRect bar;      // the progress bar's full extent
    PixelRect reach;    // the largest panel any countdown uses: what a corner-only redraw covers
    int talk_font = 0;  // pixel sizes
    int small_font = 0;
    int label_font = 0;  // "slide" / "talk" beside Ignite's two rows
    int inset = 0;       // the digits' distance from the panel's sides
    int margin = 0;
    // slide_first: the slide's countdown on top, as large as the talk's under it.
    PixelRect first_row, second_row;
    bool bottom = false;  // in a bottom corner (a rehearsal's note goes above the panel)
};

// `place`: the corner and the scale (overlay-size); the scale shrinks to what the output holds.
OverlayLayout overlay_layout(int width, int height, bool slide_first = false,
                             const OverlayPlace& place = {});

}  // namespace lightning
