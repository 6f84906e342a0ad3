#pragma once
// Draws the presenter view: the current slide large on the left, the next one and the speaker's
// notes on the right, and a band of big countdowns, the position and the time of day below
// (while rehearsing, the slide's previous best under its countdown).
// Between an event's talks, the audience's card takes the place of the slides.
#include "core/frame/presenter_frame.hpp"
#include "shell/draw/painter.hpp"

namespace lightning {

struct PresenterLayout {
    SDL_Rect current, next, notes, band;
};
PresenterLayout presenter_layout(int width, int height);

// What the last notes drawing showed, for the keys that scroll them.
struct NotesView {
    int fit_lines = 0;  // lines the notes box holds at the size drawn
    int skipped = 0;    // lines scrolled past
    bool more = false;  // lines below the box
};

class PresenterPainter {
public:
    explicit PresenterPainter(SDL_Renderer* renderer, const std::string& font = "")
        : renderer_(renderer), painter_(renderer, font) {}
    void draw(const PresenterFrame& frame, const SlideView& current, const SlideView& next);
    const NotesView& notes() const { return notes_; }

private:
    void draw_slides(const PresenterFrame& frame, const SlideView& current, const SlideView& next,
                     const PresenterLayout& layout, const Theme& theme);
    void draw_card(const PresenterFrame& frame, const PresenterLayout& layout, const Theme& theme);
    int draw_phone_qr(const PresenterFrame& frame, const PresenterLayout& layout,
                      const Theme& theme);

    SDL_Renderer* renderer_;
    Painter painter_;  // its fill and text helpers
    NotesView notes_;
};

}  // namespace lightning
