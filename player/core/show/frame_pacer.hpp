#pragma once
// The live loop's pacing, without a window (as mpv has a null video output): which screen to draw
// next, when to draw it, when to start presenting it so that it lands on its instant, and what to
// show while its slide is still decoding. The shell's window loop and the unit tests' recording
// fake are two FrameOutputs driven by the same rules, on the injected clock.
//   - A frame is drawn just before it is due (the draw margin follows recent draws) and presented
//     early by what presenting takes (the present lead), so its pixels reach the screen on time.
//   - When only the countdown changed, only the overlay's corner is drawn and presented.
//   - A slide still decoding never holds the clock: its instant shows the slide before (the show
//     is told it went up without its pixels), and the slide itself the moment it arrives.
//   - Nothing is presented before the first slide's pixels exist.
#include <optional>

#include "core/frame/screen.hpp"
#include "core/show/show.hpp"
#include "core/time/clock.hpp"
#include "core/time/present_pacing.hpp"

namespace lightning {

// Why a wait ended.
enum class Wake {
    Due,      // the instant waited for came
    Replan,   // something arrived (a decoded slide, a signal): plan again
    Command,  // the show took a command: show its effect at once
    Repaint,  // the output lost its pixels or changed size: draw everything again
};

// Which picture stands for the screen's slide: its own, the one shown before it (its own still
// decoding), or, before any slide was shown, the slide's place without pixels.
struct SlidePixels {
    int slide = -1;        // -1: the screen shows no slide
    bool decoded = false;  // false: draw the slide's place without its picture
};

// What the pacer draws on: the audience window in the shell, a recording fake in the tests.
class FrameOutput {
public:
    virtual ~FrameOutput() = default;
    // True when slide k's pixels are decoded and can be drawn now.
    virtual bool ready(int slide) const = 0;
    // Draws `screen` (only the overlay's corner when `corner_only`) into the back buffer.
    virtual void draw(const Screen& screen, SlidePixels pixels, bool corner_only) = 0;
    // Presents the back buffer (or its corner); returns when it reached the display.
    virtual void present(bool corner_only) = 0;
    // Waits for input until clock time `until` (Micros::max(): until something happens).
    virtual Wake wait(Micros until) = 0;
    // Waits until exactly clock time `until`, taking no input.
    virtual void wait_precisely(Micros until) = 0;
};

class FramePacer {
public:
    FramePacer(Show& show, FrameOutput& output, const Clock& clock);

    struct Pass {
        bool presented = false;  // a screen reached the display (or its instant passed unchanged)
        bool drew = false;       // ... and it was drawn anew
        Micros planned{0};       // the clock time it was planned for
    };
    // One pass of the loop, after the show was updated: plans the next screen, waits for its
    // instant (returning early for input), draws and presents it.
    Pass pass();

    // A new deck (an event's next talk): nothing on screen belongs to it.
    void new_deck();
    bool anything_shown() const { return last_.has_value(); }
    // The clock time the first slide's own pixels reached the display (the start-up figure).
    std::optional<Micros> first_slide_at() const { return first_slide_at_; }

private:
    Pass present(Micros planned);
    void woke(Wake wake);
    bool slide_arrived() const;

    Show& show_;
    FrameOutput& output_;
    const Clock& clock_;
    std::optional<Screen> last_;  // what the output shows
    bool last_ready_ = true;      // ... with its slide's own pixels
    int last_slide_shown_ = -1;   // last slide whose own pixels reached the display
    Micros shown_for_{0};         // the clock time the screen on display was planned for
    bool redraw_now_ = true;
    PresentPacing pacing_;
    std::optional<Micros> first_slide_at_;
};

}  // namespace lightning
