#pragma once
// One look for everything lightning draws: the palette, the type scale and a single scaling rule,
// shared by the audience painter, the presenter painter, the report chart and the contact sheet,
// so a colour or a size is chosen in exactly one place.
#include <SDL.h>

#include <cstddef>

#include "core/frame/design_scale.hpp"
#include "core/frame/overlay_layout.hpp"
#include "core/time/moment.hpp"

namespace lightning {

struct Rgba {
    Uint8 r, g, b, a;
};

// Every colour, by what it is for.
struct Palette {
    Rgba background{0, 0, 0, 255};      // behind slides (letterboxing, loading)
    Rgba card{16, 20, 26, 255};         // behind every card (end, title, break, ...)
    Rgba presenter{24, 26, 32, 255};    // the presenter view's own background
    Rgba text{255, 255, 255, 255};      // titles
    Rgba light{235, 238, 242, 255};     // table cells, labels on a dark sheet
    Rgba soft{200, 205, 215, 255};      // speakers, secondary lines
    Rgba dim{140, 148, 160, 255};       // format lines, labels
    Rgba label{150, 160, 175, 255};     // headings of columns and lists
    Rgba accent{255, 200, 80, 255};     // "Next", keys, a break
    Rgba warm{255, 210, 120, 255};      // file names, rehearsal totals
    Rgba plain{230, 230, 230, 255};     // explanations (why a slide cannot be shown)
    Rgba alarm{255, 80, 70, 255};       // "TIME", the end
    Rgba over{255, 110, 100, 255};      // over the plan, problems
    Rgba under{120, 220, 140, 255};     // under the plan, done
    Rgba highlight{60, 66, 80, 255};    // the current row of a list
    Rgba placeholder{48, 20, 24, 255};  // a slide that cannot be shown
    Rgba over_band{200, 30, 30, 235};   // a rehearsal's "words +2.1 s" under the panel
    Rgba under_band{30, 140, 60, 235};  // a rehearsal's "slack -0.8 s"
    Rgba notice{120, 20, 20, 230};      // a rehearsal's bottom line
    Rgba shade{0, 0, 0, 200};           // bands over slides (PAUSED)
    Rgba help_panel{8, 10, 14, 242};    // the keys help: a slide's big white text must not
                                        // show through its rows (it did at 200)
    Rgba paper{250, 250, 252, 255};     // the report chart's background
    Rgba ink{20, 24, 32, 255};          // text on paper
    Rgba grey_ink{90, 96, 110, 255};    // axis labels on paper
    Rgba rule{220, 222, 228, 255};      // grid lines on paper
    Rgba over_ink{200, 40, 40, 255};    // "over" on paper
    Rgba under_ink{30, 130, 60, 255};   // "under" on paper
};

// A palette and a type scale at the size of one target, scaled by the single rule of
// core/frame/design_scale.
class Theme : public DesignScale {
public:
    using DesignScale::DesignScale;

    Palette colour;
    TypeScale type;
};

// The same rectangle for SDL.
inline SDL_Rect sdl_rect(const PixelRect& rect) {
    return {rect.x, rect.y, rect.w, rect.h};
}

// The report chart's colour for its i-th run, oldest first: colour-blind-safe (Okabe-Ito) for
// the first seven, then three more that stay apart from them; repeats after ten.
Rgba run_colour(size_t i);

// The countdown panel's colours in each state (flash: on and off halves differ). Warn and
// danger change the whole panel, not only the text, so the state reads from across a room.
Rgba overlay_panel_colour(OverlayState state, bool flash_on);
Rgba overlay_text_colour(OverlayState state, bool flash_on);

}  // namespace lightning
