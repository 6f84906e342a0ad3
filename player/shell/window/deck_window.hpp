#pragma once
// One window showing a deck: the window, its renderer, the painter, the slide textures and the
// loader that decodes them in the background. It knows nothing of time; the show loop decides what
// to draw and when to present it.
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include "core/deck/deck.hpp"
#include "shell/decode/slide_cache.hpp"
#include "shell/decode/slide_loader.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

struct DeckWindowOptions {
    bool window = false;  // a window instead of full screen
    std::string window_size = "1280x720";
    int display = 0;
    std::string renderer = "software";  // software, accelerated, auto
    std::string title;                  // the window's title
    bool presenter = false;             // the presenter view instead of the audience screen
    std::string font;                   // the font setting (empty: the bundled one)
    std::optional<SDL_Point> position;  // a window's top-left corner; none: centred
};

class DeckWindow {
public:
    // `decoder` turns slides into pixels on the loader's thread; `notify` wakes the event loop
    // when one is ready.
    DeckWindow(const DeckWindowOptions& options, const Deck& deck,
               SlideLoader::AbandonableDecoder decoder, SlideLoader::Notify notify);
    // The same with a decoder that cannot stop early (a template, so that `{}` still means no
    // decoder at all without being ambiguous).
    template <typename PlainDecoder>
    requires std::is_invocable_r_v<DecodedSlide, PlainDecoder, int, const std::filesystem::path&,
                                   int, int>
    DeckWindow(const DeckWindowOptions& options, const Deck& deck, PlainDecoder decoder,
               SlideLoader::Notify notify)
        : DeckWindow(options, deck, abandonable(std::move(decoder)), std::move(notify)) {}

    ~DeckWindow();
    // Shows another deck from now on (an event's next talk): its own loader and textures.
    void load_deck(const Deck& deck, SlideLoader::AbandonableDecoder decoder);
    template <typename PlainDecoder>
    requires std::is_invocable_r_v<DecodedSlide, PlainDecoder, int, const std::filesystem::path&,
                                   int, int>
    void load_deck(const Deck& deck, PlainDecoder decoder) {
        load_deck(deck, abandonable(std::move(decoder)));
    }

    // Starts decoding the first slides at the display's size, before the window exists.
    void start_decoding_first_slides();
    void open();
    bool is_open() const { return window_ != nullptr; }
    // After the first present (the window manager takes its time); also starts decoding the
    // slides wanted after the first (see want()).
    void go_fullscreen();
    // The window's surface is new after a resize: the software renderer follows it (its
    // textures stay), the GPU renderer is made again with every texture.
    void rebuild();
    // A display was plugged in or out: a full-screen window goes back to its display when it is
    // there, or to the first one left (the caller's clock goes on regardless).
    void follow_displays();

    // Takes decoded slides and keeps [first, last] resident (asking for what is missing, in
    // the order given by `wanted`).
    void keep_ready(const std::vector<int>& wanted, int first, int last);
    // Blocks until `slide` (already wanted) is decoded, unless it is in the cache already (a
    // result taken by keep_ready is never queued again: waiting for it would never end).
    void wait_for_slide(int slide) {
        if (!slides_ || !slides_->ready(slide)) loader_->wait_for(slide);
    }
    bool ready(int slide) const { return slides_->ready(slide); }
    SlideView view(int slide) const { return slides_->view(slide); }
    // Keeps each decoded slide's pixels beside its texture for shared_pixels (a software
    // renderer's textures would otherwise be all there is).
    void share_pixels() {
        share_pixels_ = true;
        if (slides_) slides_->keep_pixels(true);
    }
    std::shared_ptr<const SDL_Surface> shared_pixels(int slide) const {
        return slides_ ? slides_->shared_pixels(slide) : nullptr;
    }

    // Draws `screen` (only inside `clip` when given); present() then shows it (only `area`).
    void draw(const Screen& screen, const SlideView& slide, const SDL_Rect* clip);
    void draw(const PresenterFrame& frame);
    void present(const SDL_Rect* area);

    int width() const { return width_; }
    int height() const { return height_; }
    int bar_width() const { return bar_width_; }
    // What a corner-only redraw covers: the overlay's reach at the place of the last slide card
    // drawn. A redraw is corner-only when the new screen differs from that one only in its
    // countdown, so the place (part of the card's look) is the same.
    SDL_Rect overlay_corner() const {
        return sdl_rect(overlay_layout(width_, height_, false, place_).reach);
    }
    Uint32 window_id() const { return SDL_GetWindowID(window_.get()); }
    SDL_Window* window() const { return window_.get(); }

private:
    static SlideLoader::AbandonableDecoder abandonable(SlideLoader::Decoder decoder) {
        if (!decoder) return {};
        return [decoder = std::move(decoder)](int slide, const std::filesystem::path& file, int w,
                                              int h, const std::atomic<bool>&) {
            return decoder(slide, file, w, h);
        };
    }
    void make_renderer();
    void update_output_size();
    void want(const std::vector<int>& wanted);
    void release_deferred();

    DeckWindowOptions options_;
    const Deck* deck_;
    SlideLoader::Notify notify_;
    WindowPtr window_;
    RendererPtr renderer_;
    bool software_ = true;
    bool share_pixels_ = false;  // share_pixels(): a phone follows the slides
    bool released_ = false;      // every wanted slide is decoded now, not only the first (want())
    std::vector<int> deferred_;  // what was wanted before
    std::optional<Painter> painter_;
    std::optional<PresenterPainter> presenter_painter_;
    std::optional<SlideCache> slides_;
    int width_ = 0, height_ = 0, bar_width_ = 0;
    OverlayPlace place_;                   // of the last slide card drawn
    std::unique_ptr<SlideLoader> loader_;  // stopped first (see the destructor)
};

}  // namespace lightning
