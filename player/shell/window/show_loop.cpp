#include "shell/window/show_loop.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/log/printable.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "shell/platform/stop_signals.hpp"
#include "shell/window/precise_wait.hpp"
#include "shell/window/present_pacing.hpp"
#include "shell/window/presenter_view.hpp"
#include "shell/window/window_events.hpp"

namespace lightning {

namespace {

class ShowLoop {
public:
    ShowLoop(Show& show, WindowScreen& audience, WindowScreen* presenter, Uint32 loaded_event,
             const Clock& clock, const ShowLoopOptions& options)
        : show_(show),
          audience_(audience),
          presenter_(presenter),
          loaded_event_(loaded_event),
          clock_(clock),
          options_(options),
          presenter_view_(presenter) {}

    Micros run() {
        if (!audience_.is_open()) {
            audience_.start_decoding_first_slides();
            if (presenter_) presenter_->start_decoding_first_slides();
            audience_.open();
            if (presenter_) presenter_->open();
        }
        deck_generation_ = show_.deck_generation();
        SDL_DisableScreenSaver();  // on stage nothing may dim the projector
        bool fullscreen = false;
        while (!show_.done()) {
            follow_deck();
            keep_slides_ready();
            show_.set_bar_width(audience_.bar_width());
            if (StopSignals::received()) show_.send(Command::Signal, CommandSource::Key);
            show_.update();
            say(show_.take_messages());
            if (show_.done()) break;
            // What time alone changed (an end card gone, a summary, the next card) shows at once.
            // (The screen on display may be one drawn a moment ahead: compare from its instant.)
            if (last_ && !(show_.screen_at(std::max(clock_.now(), shown_for_)) == *last_))
                redraw_now_ = true;
            if (presenter_) presenter_view_.show(show_.presenter_at(clock_.now()));
            // Never plan before what is already on screen: time only moves forward on the display.
            // Nothing on screen yet (a first slide still decoding, or armed by --wait with no
            // change due): draw as soon as it can be, never at the show's next change.
            const Micros target = redraw_now_ || slide_arrived() || !last_
                                      ? std::max(clock_.now(), shown_for_)
                                      : show_.next_change(shown_for_);
            redraw_now_ = false;
            if (!wait_until(target)) continue;  // input or a decoded slide came first
            present(std::max(target, clock_.now()));
            if (!fullscreen && last_) {  // after the first screen is up (it is slow)
                audience_.go_fullscreen();
                fullscreen = true;
            }
        }
        say(show_.take_messages());
        return startup_;
    }

private:
    static void say(const std::vector<std::string>& lines) {
        for (const auto& line : lines) std::fprintf(stderr, "%s\n", printable(line, true).c_str());
    }

    // An event's next talk: the windows take its deck (its first slides decode under its card).
    void follow_deck() {
        if (show_.deck_generation() == deck_generation_) return;
        deck_generation_ = show_.deck_generation();
        audience_.load_deck(show_.deck(), make_decoder(show_.deck(), options_.prepared));
        if (presenter_)
            presenter_->load_deck(show_.deck(), make_decoder(show_.deck(), options_.prepared));
        last_.reset();
        last_slide_shown_ = -1;
        presenter_view_.forget();
    }

    void keep_slides_ready() {
        const std::vector<int> wanted = show_.wanted_slides();
        if (wanted.empty()) return;
        const auto [first, last] = std::minmax_element(wanted.begin(), wanted.end());
        audience_.keep_ready(wanted, *first, *last);
        if (presenter_) presenter_->keep_ready(wanted, *first, *last);
    }

    // The screen went up without its slide (still decoding), and the slide is here now.
    bool slide_arrived() const {
        if (!last_ || last_ready_) return false;
        const auto slide = slide_of(*last_);
        return slide && audience_.ready(*slide);
    }

    // Sleeps until just before `target` (clock time), turning input into commands meanwhile.
    // Returns false when the loop should run again first (a command, a decoded slide).
    bool wait_until(Micros target) {
        const Micros draw_at =
            target == Micros::max() ? Micros::max() : target - pacing_.draw_margin();
        return wait_for_events(clock_, draw_at, [&](const SDL_Event& event) {
            const auto outcome =
                handle_window_event(event, show_, audience_, presenter_, loaded_event_);
            if (outcome == EventOutcome::Command) redraw_now_ = true;
            if (outcome == EventOutcome::Repaint) repaint();
            return outcome == EventOutcome::Nothing;
        });
    }

    void play_cues() {
        for (Cue cue : show_.take_cues())
            if (options_.play_cue) options_.play_cue(cue);
    }

    void repaint() {
        last_.reset();
        presenter_view_.forget();
        redraw_now_ = true;
    }

    // Draws the screen as it must look at clock time `planned`, presents it at that instant when
    // the show is on the clock, and tells the show when it reached the display.
    void present(Micros planned) {
        const Screen screen = show_.screen_at(planned);
        const auto slide = slide_of(screen);
        const bool ready = !slide || audience_.ready(*slide);
        if (!ready && last_slide_shown_ < 0 && !last_) {  // nothing yet: wait for its pixels
            wait_until(Micros::max());
            return;
        }
        if (last_ && *last_ == screen && ready == last_ready_) {  // nothing to draw: only time
            wait_precisely(clock_, planned);
            show_.presented(planned, clock_.now(), ready);
            play_cues();
            shown_for_ = planned;
            return;
        }
        // What to draw for a slide still decoding: the slide that was on screen before.
        SlideView view;
        if (slide) {
            view = ready || last_slide_shown_ < 0 ? audience_.view(*slide)
                                                  : audience_.view(last_slide_shown_);
            if (!ready && last_slide_shown_ < 0) view.texture = nullptr;
        }
        // Only the countdown changed (a digit, the bar): redraw and push just its corner.
        const bool corner_only = last_ && only_countdown_differs(*last_, screen) &&
                                 !has_note(screen) && ready == last_ready_;
        const SDL_Rect corner = audience_.overlay_corner();
        const Micros draw_start = clock_.now();
        audience_.draw(screen, view, corner_only ? &corner : nullptr);
        pacing_.drew(clock_.now() - draw_start);
        // Start presenting early by what presenting takes, so the frame lands on the instant.
        // The lead leans low (see PresentLead): never more than a fraction of a millisecond early.
        PresentLead& lead = pacing_.lead(corner_only);
        if (show_.on_the_clock()) wait_precisely(clock_, planned - lead.lead());
        const Micros present_start = clock_.now();
        audience_.present(corner_only ? &corner : nullptr);
        const Micros presented = clock_.now();
        // A first present on a (new) surface also maps and faults it in: no sample of a flip.
        if (last_) lead.learn(presented - present_start);
        if (startup_ == Micros{0} && ready && slide) startup_ = presented - options_.process_start;
        show_.presented(planned, presented, ready);
        play_cues();
        if (options_.after_present) options_.after_present();
        last_ = screen;
        last_ready_ = ready;
        if (ready && slide) last_slide_shown_ = *slide;
        shown_for_ = planned;
        if (presenter_) presenter_view_.show(show_.presenter_at(planned));
    }

    Show& show_;
    WindowScreen& audience_;
    WindowScreen* presenter_;
    Uint32 loaded_event_;
    const Clock& clock_;
    const ShowLoopOptions& options_;
    PresenterView presenter_view_;
    std::optional<Screen> last_;  // what the audience screen shows
    bool last_ready_ = true;      // ... with its slide's own pixels
    int last_slide_shown_ = -1;   // last slide whose own pixels reached the screen
    Micros shown_for_{0};         // the clock time the screen on display was planned for
    bool redraw_now_ = true;
    int deck_generation_ = 0;
    PresentPacing pacing_;  // how early drawing and presenting start
    Micros startup_{0};
};

}  // namespace

Micros run_show(Show& show, WindowScreen& audience, WindowScreen* presenter, Uint32 loaded_event,
                const Clock& clock, const ShowLoopOptions& options) {
    ShowLoop loop(show, audience, presenter, loaded_event, clock, options);
    return loop.run();
}

}  // namespace lightning
