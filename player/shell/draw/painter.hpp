#pragma once
// The one drawing path: turns a Frame into pixels on any SDL_Renderer (a window, or a software
// renderer over a surface for render/export). Runs on the render thread only.
#include <map>
#include <string>
#include <utility>

#include "core/frame/frame.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// Where the overlay's parts go on a width x height screen. Pure geometry, so tests can sample
// the right pixels and the loop knows the progress bar's width.
struct OverlayLayout {
    SDL_Rect panel;
    SDL_Rect bar;        // the progress bar's full extent
    int talk_font = 0;   // pixel sizes
    int small_font = 0;
    int margin = 0;
};
OverlayLayout overlay_layout(int width, int height);

struct Rgba {
    Uint8 r, g, b, a;
};
// The overlay panel's background colour in each state (flash: on and off halves differ).
Rgba overlay_panel_colour(OverlayState state, bool flash_on);
Rgba overlay_text_colour(OverlayState state, bool flash_on);

// Opened fonts by (bold, pixel size), opened on first use.
class Fonts {
public:
    TTF_Font* get(bool bold, int pixel_size);

private:
    std::map<std::pair<bool, int>, FontPtr> open_;
};

// What the painter needs to show the frame's slide: its texture (already fitted to the screen),
// or, when it could not be decoded, why, for the placeholder.
struct SlideView {
    SDL_Texture* texture = nullptr;
    int number = 0;          // 1-based, for the placeholder
    std::string file;
    std::string problem;     // empty: show the texture (or a neutral "loading" card when null)
};

class Painter {
public:
    explicit Painter(SDL_Renderer* renderer);
    // Draws the whole screen for `frame`; the caller presents.
    void draw(const Frame& frame, const SlideView& slide);

    // Drawing helpers, also used by the presenter view.
    void fill(const SDL_Rect& rect, Rgba colour);
    // Draws UTF-8 text with its top centre at (x, y), shrinking the font until it fits max_width.
    // Returns the height drawn.
    int text_centered(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                      int max_width);
    // Draws text with its top-left (align = 0) or top-right (align = 1) corner at (x, y).
    void text_at(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                 int align);
    TexturePtr text_texture(const std::string& text, bool bold, int size, Rgba colour,
                            int wrap_width = 0);
    // The slide (or its placeholder) fitted into `box`, aspect kept.
    void draw_slide_in(const SlideView& slide, const SDL_Rect& box);

private:
    void draw_slide(const SlideView& slide, int width, int height);
    void draw_placeholder(const SlideView& slide, int width, int height);
    void draw_overlay(const Frame& frame, int width, int height);
    void draw_end_card(const Frame& frame, int width, int height);
    void draw_note(const Frame& frame, int width, int height);
    void draw_paused(int width, int height);
    void draw_summary(const Frame& frame, int width, int height);
    void draw_title_card(const Frame& frame, int width, int height);

    SDL_Renderer* renderer_;
    Fonts fonts_;
};

}  // namespace lightning
