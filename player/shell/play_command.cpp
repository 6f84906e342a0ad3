#include "play_command.hpp"

#include <algorithm>
#include <cstdio>
#include <thread>

#include "flip_report.hpp"
#include "painter.hpp"
#include "sdl_handles.hpp"
#include "slide_cache.hpp"
#include "talk.hpp"

namespace lightning {

void add_play_command(CLI::App& app, PlayOptions& options) {
    auto* command = app.add_subcommand("play", "Play a deck full screen on the hard clock");
    add_talk_options(*command, options.talk);
    command->add_flag("--window", options.window, "Play in a window instead of full screen");
    command->add_option("--window-size", options.window_size, "Window size WIDTHxHEIGHT")
        ->capture_default_str();
    command->add_option("--display", options.display, "Display index for full screen (see SDL)")
        ->capture_default_str();
    command->add_flag("--exit-at-end", options.exit_at_end, "Quit when the talk ends");
    command->add_flag("-v,--verbose", options.verbose, "Print every flip and a timing summary");
    command->add_option("--renderer", options.renderer, "auto, software or accelerated")
        ->check(CLI::IsMember({"auto", "software", "accelerated"}))
        ->capture_default_str();
}

namespace {

// The window loop. Each pass is the same short list: keep the next slides ready, sleep until the
// next visible change (or input), draw that change just before it is due, present on time.
class Player {
public:
    Player(const PlayOptions& options, const PreparedTalk& talk)
        : options_(options), prepared_(talk), talk_(talk.schedule, clock_, talk.thresholds) {}

    int run() {
        open_window();
        start_talk();
        while (!quit_) {
            keep_slides_ready();
            if (talk_.ended() && options_.exit_at_end) break;
            const Micros target = next_change();
            if (!wait_for(target)) continue;  // input arrived first (or a redraw is needed)
            show(target);
        }
        finish();
        return 0;
    }

private:
    void open_window() {
        const int displays = SDL_GetNumVideoDisplays();
        if (options_.display < 0 || options_.display >= displays)
            throw std::invalid_argument("--display " + std::to_string(options_.display) +
                                        " does not exist: this machine has " +
                                        std::to_string(displays) + " display(s), numbered from 0");
        auto [w, h] = parse_size(options_.window_size, "--window-size");
        Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
        if (options_.window)
            flags |= SDL_WINDOW_RESIZABLE;
        else
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
        const std::string title = "lightning - " + prepared_.deck.title;
        window_.reset(SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED_DISPLAY(options_.display),
                                       SDL_WINDOWPOS_CENTERED_DISPLAY(options_.display), w, h, flags));
        if (!window_) throw SdlError("cannot open a window");
        if (!options_.window) SDL_ShowCursor(SDL_DISABLE);
        // No vsync: a present happens when we say, which is what keeps flips on the deadline.
        Uint32 renderer_flags = 0;
        if (options_.renderer == "software") renderer_flags = SDL_RENDERER_SOFTWARE;
        if (options_.renderer == "accelerated") renderer_flags = SDL_RENDERER_ACCELERATED;
        renderer_.reset(SDL_CreateRenderer(window_.get(), -1, renderer_flags));
        if (!renderer_) throw SdlError("cannot create a renderer");
        painter_.emplace(renderer_.get());
        slides_.emplace(renderer_.get(), prepared_.deck);
        update_output_size();
    }

    void update_output_size() {
        SDL_GetRendererOutputSize(renderer_.get(), &width_, &height_);
        slides_->set_output_size(width_, height_);
        bar_width_ = overlay_layout(width_, height_).bar.w;
    }

    void start_talk() {
        slides_->load(0);
        talk_.start();
        show(Micros{0});
        startup_ = talk_.t0() - options_.process_start;
    }

    // The next instant the screen must change, counted from what is already on screen (a
    // frame drawn ahead of its instant counts as shown, so the loop never re-plans it).
    Micros next_change() const {
        return next_visible_change(prepared_.schedule, prepared_.thresholds,
                                   std::max(talk_.elapsed(), shown_until_), bar_width_);
    }

    // Keeps the current slide and the next two decoded, drops the rest.
    void keep_slides_ready() {
        const int current = std::min(talk_.current(), prepared_.schedule.count() - 1);
        slides_->keep_only(current - 1, current + 2);
        slides_->load(current + 1);
    }

    // Sleeps until `draw_margin_` before the target (elapsed time), handling input meanwhile.
    // Returns false when the loop should run again first (quit, resize).
    bool wait_for(Micros target) {
        const Micros wake = talk_.t0() + target - draw_margin_;
        for (;;) {
            const Micros now = clock_.now();
            if (target == Micros::max() || now < wake) {
                const long long wait_ms =
                    target == Micros::max() ? 1000 : (wake - now).count() / 1000;
                SDL_Event event;
                if (wait_ms <= 0) {
                    if (!SDL_PollEvent(&event)) return true;
                } else if (!SDL_WaitEventTimeout(&event, static_cast<int>(wait_ms))) {
                    if (target == Micros::max()) return false;
                    continue;
                }
                if (!handle(event)) return false;
                continue;
            }
            return true;
        }
    }

    // Returns false when the event needs the loop to re-plan (quit, or the screen changed).
    bool handle(const SDL_Event& event) {
        switch (event.type) {
            case SDL_QUIT:
                quit_ = true;
                end_reason_ = "quit";
                return false;
            case SDL_KEYDOWN:
                if (event.key.keysym.sym == SDLK_ESCAPE || event.key.keysym.sym == SDLK_q) {
                    quit_ = true;
                    end_reason_ = "quit";
                    return false;
                }
                return true;
            case SDL_WINDOWEVENT:
                if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                    event.window.event == SDL_WINDOWEVENT_EXPOSED) {
                    update_output_size();
                    last_frame_.reset();  // repaint now, whatever the clock says
                    show(talk_.elapsed());
                }
                return true;
            default:
                return true;
        }
    }

    // Draws the screen as it must look at `target` (elapsed), presents it at that instant, and
    // tells the talk what reached the screen.
    void show(Micros target) {
        const Micros now_elapsed = talk_.elapsed();
        const Micros at = std::max(target, now_elapsed);  // after a stall: what is due now
        shown_until_ = at;
        const Moment moment = talk_.moment_at_elapsed(at);
        const Frame frame = make_frame(prepared_.deck, prepared_.schedule, moment,
                                       prepared_.overlay, bar_width_);
        if (last_frame_ && *last_frame_ == frame) {
            talk_.advance_to(at);
            return;
        }
        const Micros draw_start = clock_.now();
        if (!frame.end_card) slides_->load(frame.slide);
        painter_->draw(frame, slides_->view(frame.slide));
        const Micros drawn = clock_.now();
        draw_margin_ = std::clamp((draw_margin_ * 3 + (drawn - draw_start)) / 4 + Micros{3000},
                                  Micros{3000}, Micros{50'000});
        // Start presenting early by what presenting takes, so the frame lands on the instant.
        wait_precisely(talk_.t0() + at - present_cost_);
        const Micros present_start = clock_.now();
        SDL_RenderPresent(renderer_.get());
        const Micros presented = clock_.now();
        present_cost_ = std::clamp((present_cost_ * 3 + (presented - present_start)) / 4,
                                   Micros{0}, Micros{20'000});
        const size_t events_before = talk_.events().size();
        talk_.advance_to(at);
        talk_.presented(presented);
        if (options_.verbose)
            for (size_t i = events_before; i < talk_.events().size(); ++i)
                if (talk_.events()[i].kind == TalkEvent::Kind::Shown)
                    report_.print_flip(talk_.events()[i], prepared_);
        last_frame_ = frame;
    }

    // Coarse sleep to within a millisecond, then yield-spin to the exact instant.
    void wait_precisely(Micros deadline) {
        for (Micros now = clock_.now(); now < deadline; now = clock_.now()) {
            if (deadline - now > Micros{1500})
                std::this_thread::sleep_for(deadline - now - Micros{1000});
            else
                std::this_thread::yield();
        }
    }

    void finish() {
        if (!talk_.ended() && end_reason_.empty()) end_reason_ = "quit";
        if (options_.verbose) report_.print_summary(talk_, startup_, end_reason_);
    }

    const PlayOptions& options_;
    const PreparedTalk& prepared_;
    SteadyClock clock_;
    Talk talk_;
    WindowPtr window_;
    RendererPtr renderer_;
    std::optional<Painter> painter_;
    std::optional<SlideCache> slides_;
    std::optional<Frame> last_frame_;
    int width_ = 0, height_ = 0, bar_width_ = 0;
    Micros draw_margin_{8000};
    Micros shown_until_{0};
    Micros present_cost_{0};  // running average of SDL_RenderPresent's duration  // elapsed instant of the last frame shown
    Micros startup_{0};
    bool quit_ = false;
    std::string end_reason_;
    FlipReport report_;
};

}  // namespace

int run_play(const PlayOptions& options) {
    const PreparedTalk talk = prepare_talk(options.talk);
    const std::string no_display =
        "no display to play on: run it on a desktop session, under Xvfb (xvfb-run -a "
        "lightning play ...), or see a frame with `lightning render DECK --at SECONDS -o frame.png`";
    std::optional<SdlLibrary> sdl;
    try {
        sdl.emplace(SDL_INIT_VIDEO);
    } catch (const SdlError& error) {
        throw std::runtime_error(std::string(error.what()) + "\n" + no_display);
    }
    // SDL falls back to drivers that show nothing (offscreen, dummy) when there is no screen;
    // only use them when asked to (tests set SDL_VIDEODRIVER=dummy).
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if ((driver == "offscreen" || driver == "dummy") && !SDL_getenv("SDL_VIDEODRIVER"))
        throw std::runtime_error(no_display);
    Player player(options, talk);
    return player.run();
}

}  // namespace lightning
