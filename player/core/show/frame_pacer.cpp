#include "core/show/frame_pacer.hpp"

#include <algorithm>

namespace lightning {

FramePacer::FramePacer(Show& show, FrameOutput& output, const Clock& clock)
    : show_(show), output_(output), clock_(clock) {}

void FramePacer::new_deck() {
    last_.reset();
    last_slide_shown_ = -1;
    redraw_now_ = true;
}

void FramePacer::woke(Wake wake) {
    if (wake == Wake::Command) redraw_now_ = true;
    if (wake == Wake::Repaint) {
        last_.reset();
        redraw_now_ = true;
    }
}

// The screen went up without its slide (still decoding), and the slide is here now.
bool FramePacer::slide_arrived() const {
    if (!last_ || last_ready_) return false;
    const auto slide = slide_of(*last_);
    return slide && output_.ready(*slide);
}

FramePacer::Pass FramePacer::pass() {
    // What time alone changed (an end card gone, a summary, the next card) shows at once. (The
    // screen on display may be one drawn a moment ahead: compare from its instant.)
    if (last_ && !(show_.screen_at(std::max(clock_.now(), shown_for_)) == *last_))
        redraw_now_ = true;
    // Never plan before what is already on screen: time only moves forward on the display.
    // Nothing on screen yet (a first slide still decoding, or armed by --wait with no change
    // due): draw as soon as it can be, never at the show's next change.
    const Micros target = redraw_now_ || slide_arrived() || !last_
                              ? std::max(clock_.now(), shown_for_)
                              : show_.next_change(shown_for_);
    redraw_now_ = false;
    const Micros draw_at = target == Micros::max() ? Micros::max() : target - pacing_.draw_margin();
    if (clock_.now() < draw_at) {
        const Wake wake = output_.wait(draw_at);
        woke(wake);
        if (wake != Wake::Due) return {};  // input or a decoded slide came first
    }
    return present(std::max(target, clock_.now()));
}

// Draws the screen as it must look at clock time `planned`, presents it at that instant when the
// show is on the clock, and tells the show when it reached the display.
FramePacer::Pass FramePacer::present(Micros planned) {
    const Screen screen = show_.screen_at(planned);
    const auto slide = slide_of(screen);
    const bool ready = !slide || output_.ready(*slide);
    if (!ready && last_slide_shown_ < 0 && !last_) {  // nothing yet: wait for its pixels
        woke(output_.wait(Micros::max()));
        return {};
    }
    if (last_ && *last_ == screen && ready == last_ready_) {  // nothing to draw: only time
        output_.wait_precisely(planned);
        show_.presented(planned, clock_.now(), ready);
        shown_for_ = planned;
        return {true, false, planned};
    }
    // What stands for a slide still decoding: the slide that was on screen before.
    SlidePixels pixels;
    if (slide) {
        pixels.slide = ready || last_slide_shown_ < 0 ? *slide : last_slide_shown_;
        pixels.decoded = ready || last_slide_shown_ >= 0;
    }
    // Only the countdown changed (a digit, the bar): redraw and push just its corner.
    const bool corner_only = last_ && only_countdown_differs(*last_, screen) && !has_note(screen) &&
                             ready == last_ready_;
    const Micros draw_start = clock_.now();
    output_.draw(screen, pixels, corner_only);
    pacing_.drew(clock_.now() - draw_start);
    // Start presenting early by what presenting takes, so the frame lands on the instant. The
    // lead leans low (see PresentLead): never more than a fraction of a millisecond early.
    PresentLead& lead = pacing_.lead(corner_only);
    if (show_.on_the_clock()) output_.wait_precisely(planned - lead.lead());
    const Micros present_start = clock_.now();
    output_.present(corner_only);
    const Micros presented = clock_.now();
    // A first present on a (new) surface also maps and faults it in: no sample of a flip.
    if (last_) lead.learn(presented - present_start);
    if (!first_slide_at_ && ready && slide) first_slide_at_ = presented;
    show_.presented(planned, presented, ready);
    last_ = screen;
    last_ready_ = ready;
    if (ready && slide) last_slide_shown_ = *slide;
    shown_for_ = planned;
    return {true, true, planned};
}

}  // namespace lightning
