// The slide card: the slide (or its placeholder) with the countdown panel, a rehearsal's note,
// PAUSED banner and notice.
#include <algorithm>

#include "core/config/settings.hpp"
#include "shell/draw/painter.hpp"

namespace lightning {

namespace {

// An opaque slide (drawn without blending) that fills the whole box hides the background.
bool covers(const SlideView& slide, const SDL_Rect& box) {
    if (!slide.texture || !slide.problem.empty()) return false;
    int w = 0, h = 0;
    SDL_BlendMode blend = SDL_BLENDMODE_BLEND;
    SDL_QueryTexture(slide.texture, nullptr, nullptr, &w, &h);
    SDL_GetTextureBlendMode(slide.texture, &blend);
    return blend == SDL_BLENDMODE_NONE && w == box.w && h == box.h;
}

}  // namespace

void Painter::draw(const SlideCard& card, const SlideView& slide, const SDL_Rect& box) {
    // The deck's background shows through transparent slides and around letterboxed ones (a
    // full-screen opaque slide would only paint over it: 8 MB of writes saved at 1080p).
    const Rgb& back = card.look.background;
    if (!covers(slide, box)) fill(box, {back.r, back.g, back.b, 255});
    if (!slide.problem.empty())
        draw_placeholder(slide, box);
    else
        draw_slide(slide, box);
    if (card.overlay) draw_countdown(card.countdown, card.look.overlay, box);
    if (!card.note.empty()) draw_note(card, box);
    if (!card.paused_banner.empty()) draw_paused(card.paused_banner, box);
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

void Painter::draw_countdown(const Countdown& countdown, const OverlayPlace& place,
                             const SDL_Rect& box) {
    OverlayLayout layout = overlay_layout(box.w, box.h, countdown.slide_first, place);
    // The layout is of a screen at (0, 0); the presenter view draws the card in a box of its own.
    for (PixelRect* rect : {&layout.panel, &layout.bar, &layout.first_row, &layout.second_row}) {
        rect->x += box.x;
        rect->y += box.y;
    }
    const Theme theme(box.w, box.h);
    const Rgba text = overlay_text_colour(countdown.state, countdown.flash_on);
    fill(sdl_rect(layout.panel), overlay_panel_colour(countdown.state, countdown.flash_on));
    const int inset = layout.inset;
    // Offsets inside the panel follow its size.
    const auto in_panel = [&](double design) { return layout.inset * design / 20.0; };
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
        const int label = layout.label_font;
        const int right = layout.panel.x + layout.panel.w - inset;
        digits(countdown.slide_left, right, layout.first_row.y, 2);
        text_at("slide", false, label, text, layout.panel.x + static_cast<int>(in_panel(12)),
                layout.first_row.y + static_cast<int>(in_panel(8)), 0);
        digits(countdown.talk_left, right, layout.second_row.y, 2);
        text_at("talk", false, label, text, layout.panel.x + static_cast<int>(in_panel(12)),
                layout.second_row.y + static_cast<int>(in_panel(8)), 0);
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
        const int top =
            countdown.slide_first ? row_y : layout.panel.y + static_cast<int>(in_panel(30));
        const int tall = countdown.slide_first ? layout.small_font : static_cast<int>(in_panel(52));
        draw_pause_sign(
            {layout.panel.x + static_cast<int>(in_panel(14)), top, std::max(3, tall * 5 / 8), tall},
            text);
    }
    fill(sdl_rect(layout.bar), {text.r, text.g, text.b, 70});
    if (countdown.bar_pixels > 0 && countdown.bar_width > 0) {
        // bar_pixels counts out of the medium panel's bar; this panel's bar may be larger or
        // smaller.
        SDL_Rect filled = sdl_rect(layout.bar);
        filled.w =
            std::min(layout.bar.w, static_cast<int>(static_cast<long long>(countdown.bar_pixels) *
                                                    layout.bar.w / countdown.bar_width));
        fill(filled, {text.r, text.g, text.b, 255});
    }
}

// The rehearsal note sits just under the overlay's panel (above it in a bottom corner): red
// while over, green with slack. A note longer than the panel ("slide 12 words +10.4 s") widens
// its band toward the screen's middle rather than shrinking to an unreadable size (a screen
// with a note is always redrawn whole, so the band may leave the panel's corner).
void Painter::draw_note(const SlideCard& card, const SDL_Rect& box) {
    const OverlayLayout layout =
        overlay_layout(box.w, box.h, card.countdown.slide_first, card.look.overlay);
    const int note_h = layout.small_font * 2;
    const int note_y = layout.bottom ? layout.panel.y - layout.margin / 2 - note_h
                                     : layout.panel.y + layout.panel.h + layout.margin / 2;
    const int size = layout.small_font * 3 / 2;
    const int want = text_width(card.note, true, size) + layout.small_font;
    const int note_w =
        std::clamp(want, layout.panel.w, std::max(layout.panel.w, box.w - 2 * layout.margin));
    const bool right = layout.panel.x + layout.panel.w / 2 > box.w / 2;
    const int note_x = right ? layout.panel.x + layout.panel.w - note_w : layout.panel.x;
    const SDL_Rect note{box.x + note_x, box.y + note_y, note_w, note_h};
    const Theme theme(box.w, box.h);
    fill(note, card.note_over ? theme.colour.over_band : theme.colour.under_band);
    text_centered(card.note, true, size, theme.colour.text, note.x + note.w / 2,
                  note.y + layout.small_font / 4, note.w);
}

void Painter::draw_paused(const std::string& banner, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const int band = theme.px(160);
    fill(SDL_Rect{box.x, box.y + box.h / 2 - band / 2, box.w, band}, theme.colour.shade);
    text_centered(banner, true, theme.font(90), theme.colour.accent, box.x + box.w / 2,
                  box.y + box.h / 2 - band / 3, box.w * 9 / 10);
}

}  // namespace lightning
