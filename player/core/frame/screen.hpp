#pragma once
// What the audience screen shows at one instant, as a plain value built entirely in core: one of
// a few cards (a slide with its overlay, the end card, a rehearsal's summary, an event's title,
// break, set-up and closing cards), with the organizer's blanking and a keys help layer on top.
// A Painter draws it; the window loop compares two Screens to decide whether to redraw.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/time/moment.hpp"

namespace lightning {

// Where the countdown is drawn: on the audience screen, on the presenter view, both, or nowhere.
enum class OverlayMode { Audience, Presenter, Both, None };
inline bool audience_sees_overlay(OverlayMode mode) {
    return mode == OverlayMode::Audience || mode == OverlayMode::Both;
}
inline bool presenter_sees_overlay(OverlayMode mode) {
    return mode == OverlayMode::Presenter || mode == OverlayMode::Both;
}

// The organizer's blanking of the audience screen (B / W): the talk's clock goes on underneath.
enum class Blank { None, Black, White };

// The countdown panel over a slide.
struct Countdown {
    OverlayState state = OverlayState::Normal;
    bool flash_on = false;
    std::string talk_left;   // "4:59"
    std::string slide_left;  // "0:14"
    std::string position;    // "3/20"
    int bar_pixels = 0;      // width of the progress bar's filled part, out of bar_width
    int bar_width = 0;
    // Ignite / PechaKucha: the slide countdown is the number those speakers watch, so it is drawn
    // as large as the talk's.
    bool slide_first = false;
    bool paused = false;  // a pause sign in the panel (Ctrl+P on stage, P in rehearse)
    bool operator==(const Countdown&) const = default;
};

// A colour in core (no SDL here): the deck's `background`.
struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

// Which corner of the screen the countdown panel sits in.
enum class Corner { TopRight, TopLeft, BottomRight, BottomLeft };

// Where the countdown panel goes and how large it is: `scale` 1 is "medium" (340 x 176 design
// pixels on a 1080-pixel-high screen); the painter shrinks it to fit a small screen.
struct OverlayPlace {
    Corner corner = Corner::TopRight;
    double scale = 1.0;
    bool operator==(const OverlayPlace&) const = default;
};

// A talk's look, from its settings (background, overlay-size, overlay-corner): carried in every
// slide card so that the painter, the window's corner-only redraw and export agree.
struct SlideLook {
    Rgb background;  // behind transparent and letterboxed slides
    OverlayPlace overlay;
    bool operator==(const SlideLook&) const = default;
};

// A slide of the talk, with the overlay when the audience sees it.
struct SlideCard {
    int slide = 0;  // index of the slide to draw
    SlideLook look;
    bool overlay = false;  // draw `countdown`
    Countdown countdown;
    std::string note;  // rehearsals: "slide 3 words +2.1 s" over (red), "slack -0.8 s" (green)
    bool note_over = false;
    // Rehearsals: a PAUSED banner over the slide, naming the key that resumes ("PAUSED  (P
    // resumes)"); empty: none.
    std::string paused_banner;
    std::string notice;  // a line at the bottom (rehearsals: "the log cannot be written")
    bool operator==(const SlideCard&) const = default;
};

// After the last slide: the talk's title, speaker and "5:00 · 20 slides".
struct EndCard {
    int last_slide = 0;
    std::string title, speaker, line;
    // A paced rehearsal waiting for the last slide's mark: "Space marks the last slide", and
    // how far its words have run over ("slide 20 words +2.1 s").
    std::string prompt, note;
    bool operator==(const EndCard&) const = default;
};

// A rehearsal's end: a table (first row: headings), then lines under it.
struct SummaryCard {
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> notes;
    bool operator==(const SummaryCard&) const = default;
};

// One line of an event's running order.
struct RunningOrderEntry {
    enum class Status { Waiting, Next, Running, Done, Skipped, Break };
    std::string text;  // "3. Title — Speaker"
    Status status = Status::Waiting;
    std::string result;  // Done: "5:02 (+0:02)"; Skipped: "skipped"
    bool operator==(const RunningOrderEntry&) const = default;
};

// Before each talk of an event: "Next", title, speaker, format and length, the running order.
struct TitleCard {
    std::string heading;               // "Next"
    std::string title, speaker, line;  // line: "ignite · 5:00 · 20 slides"
    std::vector<RunningOrderEntry> order;
    int current = -1;  // index in `order` of this talk
    // The speaker's phone page of this talk (--phone), drawn as a QR code for the speaker to scan
    // on the way up; empty: none.
    std::string phone_url;
    bool operator==(const TitleCard&) const = default;
};

// A break in an event: its title, "Back at 15:30" and the time left.
struct BreakCard {
    std::string title;
    std::string back_at;  // "Back at 15:30"
    std::string left;     // "12:34"
    std::vector<RunningOrderEntry> order;
    int current = -1;
    bool operator==(const BreakCard&) const = default;
};

// An event's talk whose deck cannot be played: the audience sees only this neutral card; the
// reason goes to the presenter view and the terminal.
struct SetupCard {
    std::string line;  // "The next talk is being set up"
    bool operator==(const SetupCard&) const = default;
};

// After an event's last talk; stays until Esc is held.
struct ClosingCard {
    std::string name;                  // the event's name
    std::string thanks;                // "Thank you!"
    std::vector<std::string> summary;  // "12 talks · 61:30 · 3 over time"
    bool operator==(const ClosingCard&) const = default;
};

using Card =
    std::variant<SlideCard, EndCard, SummaryCard, TitleCard, BreakCard, SetupCard, ClosingCard>;

// One line of the keys help (F1 / ?): "Hold Esc" -> "stop the talk".
struct KeyHelp {
    std::string keys;
    std::string what;
    bool operator==(const KeyHelp&) const = default;
};

struct Screen {
    Card card;
    Blank blank = Blank::None;  // the audience sees black or white instead
    std::vector<KeyHelp> help;  // non-empty: the current mode's keys drawn over the card
    bool operator==(const Screen&) const = default;
};

// True when `a` and `b` are slide cards that differ only in the countdown panel, so that
// redrawing the panel's corner turns one into the other.
bool only_countdown_differs(const Screen& a, const Screen& b);

// The slide a screen shows, if it shows one.
std::optional<int> slide_of(const Screen& screen);

// True when the screen is a slide with a note on it (a note is drawn over the whole slide).
bool has_note(const Screen& screen);

}  // namespace lightning
