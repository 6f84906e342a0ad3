#include "shell/window/show_loop.hpp"

#include <algorithm>
#include <cstdio>

#include "core/log/printable.hpp"
#include "core/show/frame_pacer.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "shell/platform/stop_signals.hpp"
#include "shell/window/precise_wait.hpp"
#include "shell/window/presenter_view.hpp"
#include "shell/window/window_events.hpp"

namespace lightning {

namespace {

// The audience window as the pacer's output; input met while waiting becomes commands here.
class ShowLoop : public FrameOutput {
public:
    ShowLoop(Show& show, DeckWindow& audience, DeckWindow* presenter, Uint32 loaded_event,
             const Clock& clock, const ShowLoopOptions& options)
        : show_(show),
          audience_(audience),
          presenter_(presenter),
          loaded_event_(loaded_event),
          clock_(clock),
          options_(options),
          presenter_view_(presenter),
          pacer_(show, *this, clock) {}

    Micros run() {
        if (options_.remote && options_.remote->wants_pixels()) audience_.share_pixels();
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
            // The remotes are told of the screen on display at least: a flip is presented up
            // to its present lead before its instant, and a status made then from the clock
            // alone still named the slide before, so the new slide's waited for the next pass
            // (the next countdown tick: 250 ms late on a phone, seen in bench.phone).
            if (options_.remote)
                options_.remote->serve(
                    show_, std::max(clock_.now(), on_screen_),
                    [this](int slide) { return audience_.shared_pixels(slide); });
            show_.update();
            say(show_.take_messages());
            if (show_.done()) break;
            if (presenter_) presenter_view_.show(show_.presenter_at(clock_.now()));
            const FramePacer::Pass pass = pacer_.pass();
            if (!pass.presented) continue;
            on_screen_ = std::max(on_screen_, pass.planned);
            for (Cue cue : show_.take_cues())
                if (options_.play_cue) options_.play_cue(cue);
            if (!pass.drew) continue;
            if (options_.after_present) options_.after_present();
            if (presenter_) presenter_view_.show(show_.presenter_at(pass.planned));
            if (!fullscreen) {  // after the first screen is up (it is slow)
                audience_.go_fullscreen();
                fullscreen = true;
            }
        }
        say(show_.take_messages());
        if (options_.remote) say(options_.remote->closing_lines());
        const auto first = pacer_.first_slide_at();
        return first ? *first - options_.process_start : Micros{0};
    }

    bool ready(int slide) const override { return audience_.ready(slide); }

    void draw(const Screen& screen, SlidePixels pixels, bool corner_only) override {
        SlideView view;
        if (pixels.slide >= 0) {
            view = audience_.view(pixels.slide);
            if (!pixels.decoded) view.texture = nullptr;
        }
        const SDL_Rect corner = audience_.overlay_corner();
        audience_.draw(screen, view, corner_only ? &corner : nullptr);
    }

    void present(bool corner_only) override {
        const SDL_Rect corner = audience_.overlay_corner();
        audience_.present(corner_only ? &corner : nullptr);
    }

    // Sleeps until `until`, turning input into commands meanwhile.
    Wake wait(Micros until) override {
        Wake wake = Wake::Replan;  // a wait with no end woken by a signal: plan again
        const bool due = wait_for_events(clock_, until, [&](const SDL_Event& event) {
            // A remote's command waits in the inbox: the next pass takes it and shows it.
            if (options_.remote && options_.remote->wake_event() != 0 &&
                event.type == options_.remote->wake_event()) {
                wake = Wake::Command;
                return false;
            }
            const auto outcome =
                handle_window_event(event, show_, audience_, presenter_, loaded_event_);
            if (outcome == EventOutcome::Command) wake = Wake::Command;
            if (outcome == EventOutcome::Repaint) {
                presenter_view_.forget();
                wake = Wake::Repaint;
            }
            return outcome == EventOutcome::Nothing;
        });
        return due ? Wake::Due : wake;
    }

    void wait_precisely(Micros until) override { lightning::wait_precisely(clock_, until); }

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
        pacer_.new_deck();
        presenter_view_.forget();
    }

    void keep_slides_ready() {
        const std::vector<int> wanted = show_.wanted_slides();
        if (wanted.empty()) return;
        const auto [first, last] = std::minmax_element(wanted.begin(), wanted.end());
        audience_.keep_ready(wanted, *first, *last);
        if (presenter_) presenter_->keep_ready(wanted, *first, *last);
    }

    Show& show_;
    DeckWindow& audience_;
    DeckWindow* presenter_;
    Uint32 loaded_event_;
    const Clock& clock_;
    const ShowLoopOptions& options_;
    PresenterView presenter_view_;
    int deck_generation_ = 0;
    Micros on_screen_{0};  // the instant the screen on display was planned for
    FramePacer pacer_;
};

}  // namespace

Micros run_show(Show& show, DeckWindow& audience, DeckWindow* presenter, Uint32 loaded_event,
                const Clock& clock, const ShowLoopOptions& options) {
    ShowLoop loop(show, audience, presenter, loaded_event, clock, options);
    return loop.run();
}

}  // namespace lightning
