#include "shell/window/deck_window.hpp"

#include <stdexcept>

#include "core/config/talk_options.hpp"

namespace lightning {

DeckWindow::DeckWindow(const DeckWindowOptions& options, const Deck& deck,
                       SlideLoader::AbandonableDecoder decoder, SlideLoader::Notify notify)
    : options_(options),
      deck_(&deck),
      notify_(std::move(notify)),
      loader_(std::make_unique<SlideLoader>(deck, std::move(decoder), notify_)) {}

// The loader's threads decode into this screen's deck: it stops before anything else goes.
DeckWindow::~DeckWindow() {
    loader_.reset();
}

void DeckWindow::load_deck(const Deck& deck, SlideLoader::AbandonableDecoder decoder) {
    loader_.reset();
    deck_ = &deck;
    loader_ = std::make_unique<SlideLoader>(deck, std::move(decoder), notify_);
    if (renderer_) {
        slides_.emplace(renderer_.get(), deck);
        slides_->keep_pixels(!software_ || share_pixels_);
        update_output_size();
    }
}

void DeckWindow::start_decoding_first_slides() {
    int w = 0, h = 0;
    if (options_.window) {
        std::tie(w, h) = parse_size(options_.window_size, "--window-size");
    } else {
        SDL_DisplayMode mode;
        if (SDL_GetDesktopDisplayMode(options_.display, &mode) == 0) w = mode.w, h = mode.h;
    }
    if (options_.presenter) {
        const SDL_Rect box = presenter_layout(w, h).current;
        w = box.w, h = box.h;
    }
    if (w > 0 && h > 0) {
        loader_->set_box(w, h);
        want({0, 1, 2});
    }
}

void DeckWindow::open() {
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
        if (options_.position) x = options_.position->x, y = options_.position->y;
    } else {
        // A borderless window over the whole display first: going full screen through the
        // window manager can take 100 ms or more, so it happens after the first slide is up.
        SDL_Rect bounds;
        if (SDL_GetDisplayBounds(options_.display, &bounds) == 0)
            x = bounds.x, y = bounds.y, w = bounds.w, h = bounds.h;
        flags |= SDL_WINDOW_BORDERLESS;
    }
    window_.reset(SDL_CreateWindow(options_.title.c_str(), x, y, w, h, flags));
    if (!window_) throw SdlError("cannot open a window");
    if (!options_.window) SDL_ShowCursor(SDL_DISABLE);
    make_renderer();
}

void DeckWindow::go_fullscreen() {
    if (!options_.window) SDL_SetWindowFullscreen(window_.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    release_deferred();
}

void DeckWindow::release_deferred() {
    if (released_) return;
    released_ = true;
    if (!deferred_.empty()) loader_->want(deferred_);
}

void DeckWindow::rebuild() {
    // The software renderer follows the window's new surface by itself and its textures stay
    // (it keeps no decoded pixels to make them again): only the size may have changed.
    if (software_ && renderer_)
        update_output_size();
    else
        make_renderer();
}

void DeckWindow::follow_displays() {
    if (options_.window || !window_) return;
    const int displays = SDL_GetNumVideoDisplays();
    if (displays <= 0) return;  // nothing to move to: wait for the next display event
    const int target = options_.display < displays ? options_.display : 0;
    if (SDL_GetWindowDisplayIndex(window_.get()) == target) return;
    SDL_Rect bounds;
    if (SDL_GetDisplayBounds(target, &bounds) != 0) return;
    SDL_SetWindowFullscreen(window_.get(), 0);
    SDL_SetWindowPosition(window_.get(), bounds.x, bounds.y);
    SDL_SetWindowSize(window_.get(), bounds.w, bounds.h);
    SDL_SetWindowFullscreen(window_.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    rebuild();  // a new size means a new surface
}

// The software renderer draws straight into the window's own surface, so a change that touches
// only the overlay can be pushed to the screen as just that rectangle. It is made for the window
// (not for one surface of it): when a resize or going full screen replaces the surface, SDL points
// it at the new one and its textures stay, so a slide's decoded pixels can go once its texture is
// made (a 1080p slide is 8 MB; they were kept twice). No vsync either way: a present happens when
// the Player says, which keeps flips on their deadline.
void DeckWindow::make_renderer() {
    if (slides_) slides_->drop_textures();  // textures belong to the old renderer
    painter_.reset();
    presenter_painter_.reset();
    renderer_.reset();
    software_ = options_.renderer == "software";
    if (software_) {
        if (!SDL_GetWindowSurface(window_.get())) throw SdlError("cannot get the window's surface");
        renderer_.reset(SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_SOFTWARE));
    } else {
        const Uint32 flags = options_.renderer == "accelerated" ? SDL_RENDERER_ACCELERATED : 0;
        renderer_.reset(SDL_CreateRenderer(window_.get(), -1, flags));
    }
    if (!renderer_) throw SdlError("cannot create a renderer");
    painter_.emplace(renderer_.get(), options_.font);
    if (options_.presenter) {
        presenter_painter_.emplace(renderer_.get(), options_.font);
        // Scaled copies (the next slide) look smooth rather than blocky.
        SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    }
    if (slides_)
        for (int dropped : slides_->rebind(renderer_.get())) loader_->forget(dropped);
    else
        slides_.emplace(renderer_.get(), *deck_);
    // The GPU renderer's textures are made again on a rebuild; a phone's thumbnails are made
    // from the pixels.
    slides_->keep_pixels(!software_ || share_pixels_);
    update_output_size();
}

void DeckWindow::update_output_size() {
    SDL_GetRendererOutputSize(renderer_.get(), &width_, &height_);
    // The presenter view shows slides at the size of its "current" box (the next one is a
    // smaller copy of the same picture).
    const SDL_Rect box = options_.presenter ? presenter_layout(width_, height_).current
                                            : SDL_Rect{0, 0, width_, height_};
    slides_->set_output_size(box.w, box.h);
    loader_->set_box(box.w, box.h);
    bar_width_ = overlay_layout(width_, height_).bar.w;
}

void DeckWindow::keep_ready(const std::vector<int>& wanted, int first, int last) {
    const int generation = loader_->generation();
    for (auto& loaded : loader_->take())
        if (loaded.generation == generation)
            slides_->store(loaded.slide, std::move(loaded.decoded));
    for (int dropped : slides_->keep_only(first, last)) loader_->forget(dropped);
    want(wanted);
}

// Until the first screen is up, only the most urgent slide is decoded: on two cores the second
// worker would take half a core from the first slide, and the window, SDL and the X server want
// the other. The rest is asked for once the first screen is up and settled: in a window at once,
// full screen after going full screen (the display server and a compositor are busy showing the
// first frame meanwhile; two decodes then would make it reach the screen late, and the schedule,
// which starts at that present, would look early by as much).
void DeckWindow::want(const std::vector<int>& wanted) {
    if (released_ || wanted.empty()) {
        loader_->want(wanted);
    } else {
        deferred_ = wanted;
        loader_->want({wanted.front()});
    }
}

void DeckWindow::draw(const Screen& screen, const SlideView& slide, const SDL_Rect* clip) {
    SDL_RenderSetClipRect(renderer_.get(), clip);
    if (const auto* card = std::get_if<SlideCard>(&screen.card)) place_ = card->look.overlay;
    painter_->draw(screen, slide);
    // The renderer batches its commands: they run now, so that drawing is over before present()
    // starts (the loop times presents alone, to start them early by what they take).
    SDL_RenderFlush(renderer_.get());
}

void DeckWindow::draw(const PresenterFrame& frame) {
    SDL_RenderSetClipRect(renderer_.get(), nullptr);
    SlideView current = slides_->view(frame.slide), next;
    if (frame.next >= 0) next = slides_->view(frame.next);
    presenter_painter_->draw(frame, current, next);
    SDL_RenderFlush(renderer_.get());
}

void DeckWindow::present(const SDL_Rect* area) {
    if (!software_) {
        SDL_RenderPresent(renderer_.get());
    } else {
        if (area)
            SDL_UpdateWindowSurfaceRects(window_.get(), area, 1);
        else
            SDL_UpdateWindowSurface(window_.get());
    }
    // (The presenter view is never sent full screen by the loop: its first present settles it.)
    if (options_.window || options_.presenter) release_deferred();
}

}  // namespace lightning
