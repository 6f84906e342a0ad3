#include "play_command.hpp"

#include <algorithm>
#include <cstdio>
#include <thread>

#include "flip_report.hpp"
#include "painter.hpp"
#include "sdl_handles.hpp"
#include "slide_cache.hpp"
#include "slide_loader.hpp"
#include "slide_source.hpp"
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
    command->add_option("--renderer", options.renderer,
                        "software (default: steady, cheap for still slides), accelerated, or auto")
        ->check(CLI::IsMember({"auto", "software", "accelerated"}))
        ->capture_default_str();
}

namespace {

// How long each decode of slide k (1-based) is held up, from LIGHTNING_SLOW_SLIDE="k:ms": a test
// seam that stands in for a slow disk, so tests can show that the clock never waits for pixels.
std::pair<int, int> slow_slide_from_env() {
    const char* text = SDL_getenv("LIGHTNING_SLOW_SLIDE");
    int slide = 0, delay_ms = 0;
    if (text && std::sscanf(text, "%d:%d", &slide, &delay_ms) == 2) return {slide - 1, delay_ms};
    return {-1, 0};
}

// The window loop. Each pass is the same short list: take decoded slides, keep the next ones
// coming, sleep until the next visible change (or input), draw it just before it is due,
// present it on the instant.
class Player {
public:
    Player(const PlayOptions& options, const PreparedTalk& talk)
        : options_(options), prepared_(talk), talk_(talk.schedule, clock_, talk.thresholds),
          loaded_event_(SDL_RegisterEvents(1)),
          loader_(talk.deck, make_decoder(), [this] { wake_loop(); }) {}

    int run() {
        start_decoding_first_slides();
        open_window();
        start_talk();
        while (!quit_) {
            keep_slides_ready();
            if (talk_.ended() && options_.exit_at_end) break;
            if (waiting_for_pixels_ && slides_->ready(last_frame_->slide)) {
                show(talk_.elapsed());  // the late slide arrived: show it at once
                continue;
            }
            const Micros target = next_change();
            if (!wait_for(target)) continue;  // input or a decoded slide arrived first
            show(target);
        }
        finish();
        return 0;
    }

private:
    SlideLoader::Decoder make_decoder() const {
        const auto [slow_slide, delay_ms] = slow_slide_from_env();
        // The source lives inside the decoder, so only the loader's worker thread ever uses it.
        auto source = std::make_shared<SlideSource>(prepared_.deck);
        return [source, slow_slide, delay_ms](int slide, const std::filesystem::path&, int w, int h) {
            if (slide == slow_slide) SDL_Delay(static_cast<Uint32>(delay_ms));
            return source->decode(slide, w, h);
        };
    }

    // Runs on the loader's thread: wakes the loop's SDL_WaitEventTimeout.
    void wake_loop() const {
        SDL_Event event{};
        event.type = loaded_event_;
        SDL_PushEvent(&event);
    }

    // The first slides decode while the window and renderer are being made.
    void start_decoding_first_slides() {
        int w = 0, h = 0;
        if (options_.window) {
            std::tie(w, h) = parse_size(options_.window_size, "--window-size");
        } else {
            SDL_DisplayMode mode;
            if (SDL_GetDesktopDisplayMode(options_.display, &mode) == 0) w = mode.w, h = mode.h;
        }
        if (w > 0 && h > 0) {
            loader_.set_box(w, h);
            loader_.want({0, 1, 2});
        }
    }

    void open_window() {
        const int displays = SDL_GetNumVideoDisplays();
        if (options_.display < 0 || options_.display >= displays)
            throw std::invalid_argument("--display " + std::to_string(options_.display) +
                                        " does not exist: this machine has " +
                                        std::to_string(displays) + " display(s), numbered from 0");
        auto [w, h] = parse_size(options_.window_size, "--window-size");
        int x = SDL_WINDOWPOS_CENTERED_DISPLAY(options_.display), y = x;
        Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
        if (options_.window) {
            flags |= SDL_WINDOW_RESIZABLE;
        } else {
            // A borderless window over the whole display first: going full screen through the
            // window manager can take 100 ms or more, so it happens after the first slide is up.
            SDL_Rect bounds;
            if (SDL_GetDisplayBounds(options_.display, &bounds) == 0)
                x = bounds.x, y = bounds.y, w = bounds.w, h = bounds.h;
            flags |= SDL_WINDOW_BORDERLESS;
        }
        const std::string title = "lightning - " + prepared_.deck.title;
        window_.reset(SDL_CreateWindow(title.c_str(), x, y, w, h, flags));
        if (!window_) throw SdlError("cannot open a window");
        if (!options_.window) SDL_ShowCursor(SDL_DISABLE);
        make_renderer();
    }

    // The software renderer draws straight into the window's own surface, so a change that
    // touches only the overlay can be pushed to the screen as just that rectangle. No vsync
    // either way: a present happens when we say, which keeps flips on their deadline.
    void make_renderer() {
        if (slides_) slides_->drop_textures();  // textures belong to the old renderer
        painter_.reset();
        renderer_.reset();
        software_ = options_.renderer == "software";
        if (software_) {
            SDL_Surface* surface = SDL_GetWindowSurface(window_.get());
            if (!surface) throw SdlError("cannot get the window's surface");
            renderer_.reset(SDL_CreateSoftwareRenderer(surface));
        } else {
            const Uint32 flags = options_.renderer == "accelerated" ? SDL_RENDERER_ACCELERATED : 0;
            renderer_.reset(SDL_CreateRenderer(window_.get(), -1, flags));
        }
        if (!renderer_) throw SdlError("cannot create a renderer");
        painter_.emplace(renderer_.get());
        if (slides_)
            slides_->rebind(renderer_.get());
        else
            slides_.emplace(renderer_.get(), prepared_.deck);
        update_output_size();
        last_frame_.reset();
    }

    // Shows what was drawn: all of it, or (software renderer) only `area`.
    void present(const SDL_Rect* area) {
        if (!software_) {
            SDL_RenderPresent(renderer_.get());
        } else if (area) {
            SDL_UpdateWindowSurfaceRects(window_.get(), area, 1);
        } else {
            SDL_UpdateWindowSurface(window_.get());
        }
    }

    void update_output_size() {
        SDL_GetRendererOutputSize(renderer_.get(), &width_, &height_);
        slides_->set_output_size(width_, height_);
        loader_.set_box(width_, height_);
        bar_width_ = overlay_layout(width_, height_).bar.w;
    }

    // The clock starts when the first slide can be shown: the talk begins with its first slide.
    void start_talk() {
        loader_.want({0, 1, 2});
        loader_.wait_for(0);
        keep_slides_ready();
        show(Micros{0});  // the talk's clock starts when this frame reaches the screen
        // Start-up ends when the first slide's frame has reached the screen.
        startup_ = clock_.now() - options_.process_start;
        if (!options_.window) SDL_SetWindowFullscreen(window_.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    }

    // The next instant the screen must change, counted from what is already on screen (a
    // frame drawn ahead of its instant counts as shown, so the loop never re-plans it).
    Micros next_change() const {
        return next_visible_change(prepared_.schedule, prepared_.thresholds,
                                   std::max(talk_.elapsed(), shown_until_), bar_width_);
    }

    // Takes what the loader decoded and asks for what comes next: the slide on screen and the
    // next two stay resident (plus the previous one while it is still there), nothing else.
    void keep_slides_ready() {
        const int generation = loader_.generation();
        for (auto& loaded : loader_.take())
            if (loaded.generation == generation) slides_->store(loaded.slide, std::move(loaded.decoded));
        const int last = prepared_.schedule.count() - 1;
        const int current = std::clamp(prepared_.schedule.slide_at(shown_until_), 0, last);
        for (int dropped : slides_->keep_only(current - 1, current + 2)) loader_.forget(dropped);
        loader_.want({current, current + 1, current + 2});
    }

    // Sleeps until `draw_margin_` before the target (elapsed time), handling input meanwhile.
    // Returns false when the loop should run again first (quit, resize, a decoded slide).
    bool wait_for(Micros target) {
        const Micros wake = target == Micros::max() ? Micros::max()
                                                    : talk_.t0() + target - draw_margin_;
        for (;;) {
            const Micros now = clock_.now();
            if (now >= wake) return true;
            const long long wait_ms =
                wake == Micros::max() ? 1000 : (wake - now).count() / 1000;
            SDL_Event event;
            if (wait_ms <= 0) {
                if (!SDL_PollEvent(&event)) return true;
            } else if (!SDL_WaitEventTimeout(&event, static_cast<int>(wait_ms))) {
                if (wake == Micros::max()) return false;
                continue;
            }
            if (!handle(event)) return false;
        }
    }

    // Returns false when the event needs the loop to re-plan.
    bool handle(const SDL_Event& event) {
        if (event.type == loaded_event_) return false;
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
                if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                    make_renderer();  // the window's surface (and so every texture) is new
                    show(talk_.elapsed());
                } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED) {
                    last_frame_.reset();  // repaint now, whatever the clock says
                    show(talk_.elapsed());
                }
                return true;
            default:
                return true;
        }
    }

    // What to draw for `frame`: its slide, or while that is still decoding, the slide that was
    // on screen before (the clock and the overlay go on regardless).
    SlideView slide_for(const Frame& frame, bool& ready) const {
        ready = frame.end_card || slides_->ready(frame.slide);
        if (ready || frame.end_card) return slides_->view(frame.slide);
        if (last_shown_slide_ >= 0 && slides_->ready(last_shown_slide_))
            return slides_->view(last_shown_slide_);
        SlideView empty = slides_->view(frame.slide);
        empty.texture = nullptr;
        return empty;
    }

    // Draws the screen as it must look at `target` (elapsed), presents it at that instant, and
    // tells the talk what reached the screen.
    void show(Micros target) {
        // After a stall, what is due now; before the start, the first instant.
        const Micros at = talk_.started() ? std::max(target, talk_.elapsed()) : Micros{0};
        shown_until_ = at;
        const Moment moment = talk_.moment_at_elapsed(at);
        const Frame frame = make_frame(prepared_.deck, prepared_.schedule, moment,
                                       prepared_.overlay, bar_width_);
        bool ready = false;
        const SlideView slide = slide_for(frame, ready);
        if (last_frame_ && *last_frame_ == frame && ready == !waiting_for_pixels_) {
            talk_.advance_to(at);
            return;
        }
        // Only the overlay changed (a digit, the bar): redraw and push just its corner.
        const bool overlay_only = last_frame_ && frame.overlay && last_frame_->overlay &&
                                  frame.slide == last_frame_->slide && !frame.end_card &&
                                  ready == !waiting_for_pixels_;
        const SDL_Rect corner = overlay_layout(width_, height_).panel;
        const Micros draw_start = clock_.now();
        SDL_RenderSetClipRect(renderer_.get(), overlay_only ? &corner : nullptr);
        painter_->draw(frame, slide);
        const Micros drawn = clock_.now();
        draw_margin_ = std::clamp((draw_margin_ * 3 + (drawn - draw_start)) / 4 + Micros{3000},
                                  Micros{3000}, Micros{50'000});
        // Start presenting early by what presenting takes, so the frame lands on the instant.
        Micros& present_cost = overlay_only ? present_cost_corner_ : present_cost_full_;
        if (talk_.started()) wait_precisely(talk_.t0() + at - present_cost);
        const Micros present_start = clock_.now();
        present(overlay_only ? &corner : nullptr);
        const Micros presented = clock_.now();
        if (!talk_.started()) talk_.start_at(presented);  // every slide gets its full time
        present_cost = std::clamp((present_cost * 3 + (presented - present_start)) / 4,
                                  Micros{0}, Micros{20'000});
        const size_t events_before = talk_.events().size();
        talk_.advance_to(at);
        if (ready && !frame.end_card) {
            talk_.presented(presented);
            last_shown_slide_ = frame.slide;
        }
        waiting_for_pixels_ = !ready;
        if (options_.verbose)
            for (size_t i = events_before; i < talk_.events().size(); ++i)
                if (talk_.events()[i].kind == TalkEvent::Kind::Shown)
                    print_flip(talk_.events()[i], prepared_);
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
        if (options_.verbose) print_summary(talk_, startup_, end_reason_);
    }

    const PlayOptions& options_;
    const PreparedTalk& prepared_;
    SteadyClock clock_;
    Talk talk_;
    Uint32 loaded_event_;
    WindowPtr window_;
    RendererPtr renderer_;
    bool software_ = true;
    std::optional<Painter> painter_;
    std::optional<SlideCache> slides_;
    std::optional<Frame> last_frame_;
    int last_shown_slide_ = -1;      // last slide whose own pixels reached the screen
    bool waiting_for_pixels_ = false;  // the frame on screen lacks its slide (still decoding)
    int width_ = 0, height_ = 0, bar_width_ = 0;
    Micros draw_margin_{8000};
    Micros shown_until_{0};          // elapsed instant of the last frame shown
    Micros present_cost_full_{0};    // running averages of how long a present takes: the
    Micros present_cost_corner_{0};  // whole screen, or only the overlay's corner
    Micros startup_{0};
    bool quit_ = false;
    std::string end_reason_;
    SlideLoader loader_;             // last: its thread stops before the rest is destroyed
};

}  // namespace

int run_play(const PlayOptions& options) {
    const PreparedTalk talk = prepare_talk(options.talk);
    const std::string no_display =
        "no display to play on: run it on a desktop session, under Xvfb (xvfb-run -a "
        "lightning play ...), or see a frame with `lightning render DECK --at SECONDS -o frame.png`";
    if (options.renderer == "software")  // keep the window's own surface off OpenGL too
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
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
