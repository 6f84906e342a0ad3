#include "shell/draw/painter.hpp"

#include <algorithm>
#include <type_traits>

#include "shell/decode/slide_image.hpp"

namespace lightning {

int slide_on(const Screen& screen) {
    const auto* slide = std::get_if<SlideCard>(&screen.card);
    return slide ? slide->slide : -1;
}

Painter::Painter(SDL_Renderer* renderer, const std::string& font)
    : renderer_(renderer), fonts_(font) {}

void Painter::fill(const SDL_Rect& rect, Rgba c) {
    SDL_SetRenderDrawBlendMode(renderer_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(renderer_, &rect);
}

void Painter::draw(const Screen& screen, const SlideView& slide) {
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_, &width, &height);
    const SDL_Rect whole{0, 0, width, height};
    const Theme theme(width, height);
    // A fill, not SDL_RenderClear: a fill honours the clip rectangle, so a caller can redraw
    // just the overlay's corner.
    fill(whole, theme.colour.background);
    if (screen.blank != Blank::None) {  // nothing else: the audience sees a plain screen
        if (screen.blank == Blank::White) fill(whole, {255, 255, 255, 255});
        return;
    }
    draw_card(screen.card, slide, whole);
    if (!screen.help.empty()) draw_help(screen.help, whole);
}

void Painter::draw_card(const Card& card, const SlideView& slide, const SDL_Rect& box) {
    std::visit([&](const auto& one) { draw(one, slide, box); }, card);
}

void Painter::draw_slide(const SlideView& slide, const SDL_Rect& box) {
    if (!slide.texture) return;  // still decoding: the background shows, the clock goes on
    int w = 0, h = 0;
    SDL_QueryTexture(slide.texture, nullptr, nullptr, &w, &h);
    // Textures are made at their display size; centre them (letterboxed) without rescaling.
    const SDL_Rect where{box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h};
    SDL_RenderCopy(renderer_, slide.texture, nullptr, &where);
}

void Painter::draw_slide_in(const SlideView& slide, const SDL_Rect& box) {
    if (!slide.problem.empty()) {
        const Theme theme(box.w, box.h);
        fill(box, theme.colour.placeholder);
        text_centered("Slide " + std::to_string(slide.number) + " cannot be shown", true,
                      std::max(8, box.h / 12), theme.colour.text, box.x + box.w / 2,
                      box.y + box.h / 3, box.w * 9 / 10);
        return;
    }
    if (!slide.texture) return;
    int w = 0, h = 0;
    SDL_QueryTexture(slide.texture, nullptr, nullptr, &w, &h);
    const SDL_Rect fitted = fit_into(w, h, box.w, box.h);
    const SDL_Rect where{box.x + fitted.x, box.y + fitted.y, fitted.w, fitted.h};
    SDL_RenderCopy(renderer_, slide.texture, nullptr, &where);
}

void Painter::draw_placeholder(const SlideView& slide, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    fill(box, theme.colour.placeholder);
    const int cx = box.x + box.w / 2, max_w = box.w * 9 / 10;
    int y = box.y + box.h / 3;
    y += text_centered("Slide " + std::to_string(slide.number) + " cannot be shown", true,
                       theme.font(64), theme.colour.text, cx, y, max_w);
    y += theme.px(24);
    y += text_centered(slide.file, false, theme.font(40), theme.colour.warm, cx, y, max_w);
    y += theme.px(24);
    text_box(slide.problem, {false, theme.font(32), theme.font(20), theme.colour.plain, 1, 0},
             {box.x + box.w / 10, y, box.w * 8 / 10, box.y + box.h - y});
}

}  // namespace lightning
