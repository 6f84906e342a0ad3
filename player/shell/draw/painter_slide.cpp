// The slide card: the slide (or its placeholder) with the countdown panel, a rehearsal's note,
// PAUSED banner and notice.
#include <algorithm>

#include "shell/draw/painter.hpp"

namespace lightning {

OverlayLayout overlay_layout(int width, int height, bool slide_first) {
    // Designed at 1920x1080 and scaled, so the overlay covers the same share of any screen.
    const Theme theme(width, height);
    auto px = [&](double v) { return theme.px(v); };
    OverlayLayout layout;
    layout.margin = px(28);
    const int panel_w = px(340), row_h = px(104);
    // Ignite / PechaKucha: a second row of big digits for the slide's countdown.
    const int normal_h = px(176), tall_h = normal_h + row_h;
    const int panel_h = slide_first ? tall_h : normal_h;
    layout.panel = SDL_Rect{width - panel_w - layout.margin, layout.margin, panel_w, panel_h};
    layout.reach = SDL_Rect{layout.panel.x, layout.panel.y, panel_w, tall_h};
    layout.bar = SDL_Rect{layout.panel.x + px(20), layout.panel.y + panel_h - px(24),
                          panel_w - 2 * px(20), px(8)};
    layout.talk_font = theme.font(theme.type.countdown);
    layout.small_font = theme.font(30);
    layout.first_row = SDL_Rect{layout.panel.x, layout.panel.y, panel_w, row_h};
    layout.second_row = SDL_Rect{layout.panel.x, layout.panel.y + row_h, panel_w, row_h};
    return layout;
}

void Painter::draw(const SlideCard& card, const SlideView& slide, const SDL_Rect& box) {
    if (!slide.problem.empty())
        draw_placeholder(slide, box);
    else
        draw_slide(slide, box);
    if (card.overlay) draw_countdown(card.countdown, box);
    if (!card.note.empty()) draw_note(card, box);
    if (card.paused_banner) draw_paused(box);
    if (!card.notice.empty()) {
        const Theme theme(box.w, box.h);
        const int size = theme.font(27);
        fill(SDL_Rect{box.x, box.y + box.h - size * 2, box.w, size * 2}, theme.colour.notice);
        text_centered(card.notice, false, size, theme.colour.text, box.x + box.w / 2,
                      box.y + box.h - size * 2 + size / 3, box.w * 19 / 20);
    }
}

// Two upright bars, the sign every player uses for "paused".
void Painter::draw_pause_sign(const SDL_Rect& where, Rgba colour) {
    const int bar = std::max(1, where.w * 3 / 8);
    fill({where.x, where.y, bar, where.h}, colour);
    fill({where.x + where.w - bar, where.y, bar, where.h}, colour);
}

void Painter::draw_countdown(const Countdown& countdown, const SDL_Rect& box) {
    const OverlayLayout layout = overlay_layout(box.w, box.h, countdown.slide_first);
    const Theme theme(box.w, box.h);
    const Rgba text = overlay_text_colour(countdown.state, countdown.flash_on);
    fill(layout.panel, overlay_panel_colour(countdown.state, countdown.flash_on));
    const int inset = theme.px(20);
    // Big digits carry an outline of the opposite brightness, so they read over any slide even
    // where the panel is see-through.
    const bool light = text.r + text.g + text.b > 382;
    auto digits = [&](const std::string& value, int x, int y, int align) {
        TextStyle style{true, layout.talk_font, 8, text, align, 1};
        style.outline = std::max(1, layout.talk_font / 32);
        style.outline_colour = light ? Rgba{0, 0, 0, 255} : Rgba{255, 255, 255, 255};
        const int w = layout.panel.w - 2 * inset;
        text_box(value, style, {align == 1 ? x - w / 2 : x - w, y, w, 0});
    };
    if (countdown.slide_first) {
        // The slide's time on top, the talk's under it, both at full size and right-aligned so
        // their labels fit on the left.
        const int label = theme.font(theme.type.small);
        const int right = layout.panel.x + layout.panel.w - inset;
        digits(countdown.slide_left, right, layout.first_row.y, 2);
        text_at("slide", false, label, text, layout.panel.x + theme.px(12),
                layout.first_row.y + theme.px(8), 0);
        digits(countdown.talk_left, right, layout.second_row.y, 2);
        text_at("talk", false, label, text, layout.panel.x + theme.px(12),
                layout.second_row.y + theme.px(8), 0);
    } else {
        digits(countdown.talk_left, layout.panel.x + layout.panel.w / 2, layout.panel.y, 1);
    }
    const int row_y = layout.bar.y - layout.small_font - layout.small_font / 2;
    if (!countdown.slide_first)
        text_at("slide " + countdown.slide_left, false, layout.small_font, text, layout.bar.x,
                row_y, 0);
    text_at(countdown.position, false, layout.small_font, text, layout.bar.x + layout.bar.w, row_y,
            1);
    if (countdown.paused) {
        const int top = countdown.slide_first ? row_y : layout.panel.y + theme.px(30);
        const int tall = countdown.slide_first ? layout.small_font : theme.px(52);
        draw_pause_sign({layout.panel.x + theme.px(14), top, std::max(3, tall * 5 / 8), tall},
                        text);
    }
    fill(layout.bar, {text.r, text.g, text.b, 70});
    if (countdown.bar_pixels > 0) {
        SDL_Rect filled = layout.bar;
        filled.w = std::min(countdown.bar_pixels, layout.bar.w);
        fill(filled, {text.r, text.g, text.b, 255});
    }
}

// The rehearsal note sits just under the overlay's corner: red while over, green with slack.
void Painter::draw_note(const SlideCard& card, const SDL_Rect& box) {
    const OverlayLayout layout = overlay_layout(box.w, box.h, card.countdown.slide_first);
    const SDL_Rect note{layout.panel.x, layout.panel.y + layout.panel.h + layout.margin / 2,
                        layout.panel.w, layout.small_font * 2};
    const Theme theme(box.w, box.h);
    fill(note, card.note_over ? theme.colour.over_band : theme.colour.under_band);
    text_centered(std::string(card.note_over ? "words " : "slack ") + card.note, true,
                  layout.small_font * 3 / 2, theme.colour.text, note.x + note.w / 2,
                  note.y + layout.small_font / 4, note.w);
}

void Painter::draw_paused(const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const int band = theme.px(160);
    fill(SDL_Rect{box.x, box.y + box.h / 2 - band / 2, box.w, band}, theme.colour.shade);
    text_centered("PAUSED  (P resumes)", true, theme.font(90), theme.colour.accent,
                  box.x + box.w / 2, box.y + box.h / 2 - band / 3, box.w * 9 / 10);
}

}  // namespace lightning
