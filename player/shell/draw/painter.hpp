#pragma once
// The one drawing path: turns a Screen into pixels on any SDL_Renderer (a window, or a software
// renderer over a surface for render/export). One draw function per card; the presenter view
// draws the same cards into a box of its own. Runs on the render thread only.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/frame/overlay_layout.hpp"
#include "core/frame/screen.hpp"
#include "core/remote/qr_code.hpp"
#include "shell/draw/font_set.hpp"
#include "shell/draw/text_layout.hpp"
#include "shell/draw/theme.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// How a piece of text is drawn: the wanted size, how small it may shrink, alignment (0 left,
// 1 centre, 2 right), how many lines, an outline (digits over any slide), lines scrolled past.
struct TextStyle {
    bool bold = false;
    int size = 16;
    int min_size = 0;  // 0: never shrinks
    Rgba colour{255, 255, 255, 255};
    int align = 1;
    int max_lines = 1;  // 0: as many as the box holds
    int outline = 0;
    Rgba outline_colour{0, 0, 0, 255};
    int skip = 0;
};

// Where a rehearsal summary's table goes: a text size, a row height, and one rectangle per column
// (x and width; y and height span the table). Columns never overlap, and a cell is drawn no wider
// than its column (shrunk, then cut with an ellipsis), so no two cells can overlap either.
struct SummaryLayout {
    int size = 0;
    int row_h = 0;
    std::vector<SDL_Rect> columns;
};

// What the painter needs to show the screen's slide: its texture (already fitted to the screen),
// or, when it could not be decoded, why, for the placeholder.
struct SlideView {
    SDL_Texture* texture = nullptr;
    int number = 0;  // 1-based, for the placeholder
    std::string file;
    std::string problem;  // empty: show the texture (or a neutral "loading" card when null)
};

// The slide a screen needs decoded, or -1 (cards other than a slide show none).
int slide_on(const Screen& screen);

class Painter {
public:
    // `font`: the deck's font (a file or a fontconfig name), empty for the bundled one.
    explicit Painter(SDL_Renderer* renderer, const std::string& font = "");
    // Draws the whole screen; the caller presents.
    void draw(const Screen& screen, const SlideView& slide);
    // Draws one card filling `box` (the presenter view draws the audience's card smaller).
    void draw_card(const Card& card, const SlideView& slide, const SDL_Rect& box);
    // The keys help: a semi-transparent panel of "keys — what" rows centred in `box`.
    void draw_help(const std::vector<KeyHelp>& help, const SDL_Rect& box);

    // Drawing helpers, also used by the presenter view, the chart and the contact sheet.
    void fill(const SDL_Rect& rect, Rgba colour);
    // Text laid out inside `box` (box.h 0: no height limit), top-aligned: wrapped, shrunk down to
    // style.min_size, then cut with an ellipsis. Returns the layout (how many lines, their height).
    TextLayout text_box(const std::string& text, const TextStyle& style, const SDL_Rect& box);
    // One line with its top centre at (x, y), shrunk to fit max_width (then an ellipsis).
    // Returns the height drawn.
    int text_centered(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                      int max_width);
    // One line with its top-left (align = 0) or top-right (align = 1) corner at (x, y), shrunk to
    // max_width when given; returns its width.
    int text_at(const std::string& text, bool bold, int size, Rgba colour, int x, int y, int align,
                int max_width = 0);
    int text_width(const std::string& text, bool bold, int size);
    // The summary card's table in `box`, measured with the fonts it is drawn with.
    SummaryLayout summary_layout(const SummaryCard& card, const SDL_Rect& box);
    // The distance between two lines of text at this size.
    int line_height(bool bold, int size);
    FontSet& fonts() { return fonts_; }
    // The slide (or its placeholder) fitted into `box`, aspect kept.
    void draw_slide_in(const SlideView& slide, const SDL_Rect& box);
    // `text` as a QR code with its white quiet zone, as large as fits a square of `max_side`
    // pixels with whole pixels per module: qr_side says how large (0: the text cannot be
    // encoded), draw_qr draws it with its top-left corner at (x, y) and returns the same.
    int qr_side(const std::string& text, int max_side);
    int draw_qr(const std::string& text, int x, int y, int max_side);

private:
    void draw(const SlideCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const EndCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const SummaryCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const TitleCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const BreakCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const SetupCard& card, const SlideView& slide, const SDL_Rect& box);
    void draw(const ClosingCard& card, const SlideView& slide, const SDL_Rect& box);

    void draw_slide(const SlideView& slide, const SDL_Rect& box);
    void draw_placeholder(const SlideView& slide, const SDL_Rect& box);
    void draw_countdown(const Countdown& countdown, const OverlayPlace& place, const SDL_Rect& box);
    void draw_pause_sign(const SDL_Rect& where, Rgba colour);
    void draw_note(const SlideCard& card, const SDL_Rect& box);
    void draw_paused(const std::string& banner, const SDL_Rect& box);
    int card_heading(const std::string& text, Rgba colour, const Theme& theme, const SDL_Rect& box);
    void draw_running_order(const std::vector<RunningOrderEntry>& order, int current,
                            const SDL_Rect& column, const Theme& theme);

    // Laid-out text as a texture, kept by content (text, style, box) and reused while unchanged.
    struct TextBlock {
        TexturePtr texture;
        int w = 0, h = 0;
        TextLayout layout;
        unsigned long used = 0;
    };
    const TextBlock& text_block(const std::string& text, const TextStyle& style, int width,
                                int height);
    static constexpr size_t kCacheSize = 96;

    // The last QR code drawn, by its text (one URL is on screen at a time).
    const QrCode& qr_for(const std::string& text);
    std::optional<std::pair<std::string, QrCode>> qr_;

    SDL_Renderer* renderer_;
    FontSet fonts_;
    std::map<std::string, TextBlock> cache_;
    unsigned long use_count_ = 0;
};

}  // namespace lightning
