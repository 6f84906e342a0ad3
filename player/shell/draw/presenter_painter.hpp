#pragma once
// Draws the presenter view: the current slide large on the left, the next one and the speaker's
// notes on the right, and a band of big countdowns, the position and the time of day below.
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
    SDL_Renderer* renderer_;
    Painter painter_;  // its fill and text helpers
};

}  // namespace lightning
