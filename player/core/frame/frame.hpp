#pragma once
// What one screen shows, as a plain value: which slide, the overlay's text and colour state,
// the progress bar's width, or the end card. A Painter turns it into pixels; the loop compares
// two Frames to decide whether anything needs redrawing.
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/time/moment.hpp"
#include "core/frame/screen.hpp"

namespace lightning {

struct Frame {
    int slide = 0;            // index of the slide to draw (ignored on the end card)
    bool end_card = false;
    std::string title;        // end card text
    std::string speaker;
    std::string end_note;     // e.g. "5:00 · 20 slides"

    bool overlay = false;     // draw the countdown overlay
    OverlayState state = OverlayState::Normal;
    bool flash_on = false;
    std::string talk_left;    // "4:59"
    std::string slide_left;   // "0:14"
    std::string position;     // "3/20"
    int bar_pixels = 0;       // width of the progress bar's filled part, out of bar_width
    int bar_width = 0;

    std::string note;         // rehearsals: "+2.1 s" over (red) or "-0.8 s" slack (green)
    bool note_over = false;
    bool paused = false;      // a PAUSED banner over the slide
    std::string notice;       // a line at the bottom (rehearsals: "the log cannot be written")
    Blank blank = Blank::None;

    // A summary card instead of a slide (a rehearsal's end): a table (first row: headings),
    // then lines under it.
    // A title card between an event's talks: "Next" (heading), title, speaker, the talk's format
    // and length (end_note), a broken deck's problem, and the session's running order.
    bool title_card = false;
    std::string heading;
    std::string problem;
    std::vector<std::string> running_order;
    int running_current = -1;

    std::vector<std::vector<std::string>> table;
    std::vector<std::string> table_notes;
    bool summary() const { return !table.empty(); }

    bool operator==(const Frame&) const = default;
};

// True when `a` and `b` differ only in the overlay panel (countdowns, colour, bar), so that
// redrawing the panel's corner turns one into the other.
bool only_overlay_differs(const Frame& a, const Frame& b);

// `bar_width` is the progress bar's full width in pixels on the target screen (0: no bar).
Frame make_frame(const Deck& deck, const Schedule& schedule, const Moment& moment,
                 OverlayMode mode, int bar_width);

}  // namespace lightning
