#pragma once
// Draws the presenter view: the current slide large on the left, the next one and the speaker's
// notes on the right, and a band of big countdowns, the position and the time of day below.
// Between an event's talks, the audience's card takes the place of the slides.
#include "shell/draw/painter.hpp"
#include "core/frame/presenter_frame.hpp"

namespace lightning {

struct PresenterLayout {
    SDL_Rect current, next, notes, band;
};
PresenterLayout presenter_layout(int width, int height);

class PresenterPainter {
public:
    explicit PresenterPainter(SDL_Renderer* renderer) : renderer_(renderer), painter_(renderer) {}
    void draw(const PresenterFrame& frame, const SlideView& current, const SlideView& next);

private:
    void draw_slides(const PresenterFrame& frame, const SlideView& current, const SlideView& next,
                     const PresenterLayout& layout, const Theme& theme);
    void draw_card(const PresenterFrame& frame, const PresenterLayout& layout, const Theme& theme);

    SDL_Renderer* renderer_;
    Painter painter_;  // its fill and text helpers
};

}  // namespace lightning
