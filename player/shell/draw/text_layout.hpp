#pragma once
// The one text layout routine every card uses: wrap at word boundaries (between characters for
// Chinese and Japanese, and inside a word too long for a line), shrink from the wanted size down
// to a minimum, and when even that does not fit, cut with an ellipsis. Lines past `skip` are
// laid out only as far as they can be seen, so 200 KB of notes cost what one screenful costs.
#include <string>
#include <vector>

#include "shell/draw/font_set.hpp"

namespace lightning {

struct TextFit {
    bool bold = false;
    int size = 16;       // the wanted pixel size
    int min_size = 0;    // 0: never smaller than `size`
    int max_width = 0;   // 0: no limit (one line per paragraph)
    int max_height = 0;  // 0: no limit
    int max_lines = 1;   // 0: no limit
    int skip = 0;        // lines scrolled past (notes); they are measured, not drawn
};

struct TextLayout {
    int size = 0;  // the size chosen
    int line_height = 0;
    std::vector<std::string> lines;  // the visible lines, the last one cut with "…" if `cut`
    bool cut = false;                // text was left out (ellipsis, or lines below the box)
    int skipped = 0;                 // lines actually scrolled past (at most fit.skip)
    int fit_lines = 0;               // lines the box holds at this size
};

TextLayout lay_out(FontSet& fonts, const std::string& text, const TextFit& fit);

// The width of one line of text, face by face.
int text_width(FontSet& fonts, const std::string& line, bool bold, int size);
// The height of a line at `size`: the tallest face the text uses.
int line_height(FontSet& fonts, const std::string& text, bool bold, int size);

// One line drawn face by face onto a transparent RGBA surface (baselines aligned; right-to-left
// runs shaped by HarfBuzz). outline > 0: the glyphs' outline that wide, in `outline_colour`,
// under the text.
SurfacePtr render_line(FontSet& fonts, const std::string& line, bool bold, int size,
                       SDL_Color colour, int outline = 0,
                       SDL_Color outline_colour = {0, 0, 0, 255});

}  // namespace lightning
