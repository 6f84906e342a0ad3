#include "shell/draw/painter.hpp"

#include <algorithm>
#include <cmath>

#include "shell/platform/assets.hpp"
#include "shell/decode/slide_image.hpp"

namespace lightning {

OverlayLayout overlay_layout(int width, int height) {
    // Designed at 1920x1080 and scaled, so the overlay covers the same share of any screen.
    const double s = std::min(width / 1920.0, height / 1080.0);
    auto px = [s](double v) { return std::max(1, static_cast<int>(std::lround(v * s))); };
    OverlayLayout layout;
    layout.margin = px(28);
    const int panel_w = px(340), panel_h = px(176);
    layout.panel = SDL_Rect{width - panel_w - layout.margin, layout.margin, panel_w, panel_h};
    layout.bar = SDL_Rect{layout.panel.x + px(20), layout.panel.y + panel_h - px(24),
                          panel_w - 2 * px(20), px(8)};
    layout.talk_font = px(96);
    layout.small_font = px(30);
    return layout;
}

Rgba overlay_panel_colour(OverlayState state, bool flash_on) {
    switch (state) {
        case OverlayState::Warn: return {24, 20, 8, 200};
        case OverlayState::Danger: return {205, 32, 32, 235};
        case OverlayState::Flash: return flash_on ? Rgba{255, 40, 40, 255} : Rgba{255, 255, 255, 245};
        case OverlayState::Normal:
        case OverlayState::Ended: break;
    }
    return {0, 0, 0, 170};
}

Rgba overlay_text_colour(OverlayState state, bool flash_on) {
    switch (state) {
        case OverlayState::Warn: return {255, 184, 40, 255};
        case OverlayState::Flash: return flash_on ? Rgba{255, 255, 255, 255} : Rgba{210, 0, 0, 255};
        default: return {255, 255, 255, 255};
    }
}

namespace {

constexpr Rgba kBackground{0, 0, 0, 255};

}  // namespace

TTF_Font* Fonts::get(bool bold, int pixel_size) {
    auto key = std::make_pair(bold, pixel_size);
    auto found = open_.find(key);
    if (found != open_.end()) return found->second.get();
    const auto path = font_path(bold);  // looks for the assets folder on disk: once per font
    FontPtr font(TTF_OpenFont(path.c_str(), pixel_size));
    if (!font) throw SdlError("cannot open font " + path.string());
    return open_.emplace(key, std::move(font)).first->second.get();
}

Painter::Painter(SDL_Renderer* renderer) : renderer_(renderer) {}

void Painter::fill(const SDL_Rect& rect, Rgba c) {
    SDL_SetRenderDrawBlendMode(renderer_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(renderer_, &rect);
}

TexturePtr Painter::text_texture(const std::string& text, bool bold, int size, Rgba c,
                                 int wrap_width) {
    if (text.empty()) return nullptr;
    const SDL_Color colour{c.r, c.g, c.b, c.a};
    TTF_Font* font = fonts_.get(bold, size);
    if (wrap_width > 0) TTF_SetFontWrappedAlign(font, TTF_WRAPPED_ALIGN_CENTER);
    SurfacePtr surface(wrap_width > 0
                           ? TTF_RenderUTF8_Blended_Wrapped(font, text.c_str(), colour,
                                                            static_cast<Uint32>(wrap_width))
                           : TTF_RenderUTF8_Blended(font, text.c_str(), colour));
    if (!surface) return nullptr;  // a glyph problem must not stop the talk
    return TexturePtr(SDL_CreateTextureFromSurface(renderer_, surface.get()));
}

int Painter::text_centered(const std::string& text, bool bold, int size, Rgba colour, int x,
                           int y, int max_width) {
    if (text.empty()) return 0;
    int w = 0, h = 0;
    while (size > 8 && TTF_SizeUTF8(fonts_.get(bold, size), text.c_str(), &w, &h) == 0 &&
           w > max_width)
        size = size * 9 / 10;
    auto texture = text_texture(text, bold, size, colour);
    if (!texture) return 0;
    SDL_QueryTexture(texture.get(), nullptr, nullptr, &w, &h);
    const SDL_Rect where{x - w / 2, y, w, h};
    SDL_RenderCopy(renderer_, texture.get(), nullptr, &where);
    return h;
}

void Painter::text_at(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                      int align) {
    auto texture = text_texture(text, bold, size, colour);
    if (!texture) return;
    int w = 0, h = 0;
    SDL_QueryTexture(texture.get(), nullptr, nullptr, &w, &h);
    const SDL_Rect where{align == 1 ? x - w : x, y, w, h};
    SDL_RenderCopy(renderer_, texture.get(), nullptr, &where);
}

void Painter::draw(const Frame& frame, const SlideView& slide) {
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_, &width, &height);
    // A fill, not SDL_RenderClear: a fill honours the clip rectangle, so a caller can redraw
    // just the overlay's corner.
    fill(SDL_Rect{0, 0, width, height}, kBackground);
    if (frame.blank != Blank::None) {  // nothing else: the audience sees a plain screen
        if (frame.blank == Blank::White) fill(SDL_Rect{0, 0, width, height}, {255, 255, 255, 255});
        return;
    }
    if (frame.summary()) {
        draw_summary(frame, width, height);
        return;
    }
    if (frame.title_card) {
        draw_title_card(frame, width, height);
        return;
    }
    if (frame.end_card) {
        draw_end_card(frame, width, height);
    } else {
        if (!slide.problem.empty())
            draw_placeholder(slide, width, height);
        else
            draw_slide(slide, width, height);
        if (frame.overlay) draw_overlay(frame, width, height);
    }
    if (!frame.note.empty()) draw_note(frame, width, height);
    if (frame.paused) draw_paused(width, height);
    if (!frame.notice.empty()) {
        const int size = std::max(8, height / 40);
        fill(SDL_Rect{0, height - size * 2, width, size * 2}, {120, 20, 20, 230});
        text_centered(frame.notice, false, size, {255, 255, 255, 255}, width / 2,
                      height - size * 2 + size / 3, width * 19 / 20);
    }
}

void Painter::draw_slide(const SlideView& slide, int width, int height) {
    if (!slide.texture) return;  // still decoding: the background shows, the clock goes on
    int w = 0, h = 0;
    SDL_QueryTexture(slide.texture, nullptr, nullptr, &w, &h);
    // Textures are made at their display size; centre them (letterboxed) without rescaling.
    const SDL_Rect where{(width - w) / 2, (height - h) / 2, w, h};
    SDL_RenderCopy(renderer_, slide.texture, nullptr, &where);
}

void Painter::draw_slide_in(const SlideView& slide, const SDL_Rect& box) {
    if (!slide.problem.empty()) {
        fill(box, {48, 20, 24, 255});
        text_centered("Slide " + std::to_string(slide.number) + " cannot be shown", true,
                      std::max(8, box.h / 12), {255, 255, 255, 255}, box.x + box.w / 2,
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

void Painter::draw_placeholder(const SlideView& slide, int width, int height) {
    const double s = std::min(width / 1920.0, height / 1080.0);
    auto px = [s](double v) { return std::max(1, static_cast<int>(std::lround(v * s))); };
    fill(SDL_Rect{0, 0, width, height}, {48, 20, 24, 255});
    const int cx = width / 2;
    int y = height / 3;
    y += text_centered("Slide " + std::to_string(slide.number) + " cannot be shown", true, px(64),
                       {255, 255, 255, 255}, cx, y, width * 9 / 10);
    y += px(24);
    y += text_centered(slide.file, false, px(40), {255, 210, 120, 255}, cx, y, width * 9 / 10);
    y += px(24);
    if (auto reason = text_texture(slide.problem, false, px(32), {230, 230, 230, 255},
                                   width * 8 / 10)) {
        int w = 0, h = 0;
        SDL_QueryTexture(reason.get(), nullptr, nullptr, &w, &h);
        const SDL_Rect where{cx - w / 2, y, w, h};
        SDL_RenderCopy(renderer_, reason.get(), nullptr, &where);
    }
}

void Painter::draw_overlay(const Frame& frame, int width, int height) {
    const OverlayLayout layout = overlay_layout(width, height);
    const Rgba text = overlay_text_colour(frame.state, frame.flash_on);
    fill(layout.panel, overlay_panel_colour(frame.state, frame.flash_on));
    const int cx = layout.panel.x + layout.panel.w / 2;
    text_centered(frame.talk_left, true, layout.talk_font, text, cx, layout.panel.y,
                  layout.panel.w);
    const int row_y = layout.bar.y - layout.small_font - layout.small_font / 2;
    text_at("slide " + frame.slide_left, false, layout.small_font, text, layout.bar.x, row_y, 0);
    text_at(frame.position, false, layout.small_font, text, layout.bar.x + layout.bar.w, row_y, 1);
    fill(layout.bar, {text.r, text.g, text.b, 70});
    if (frame.bar_pixels > 0) {
        SDL_Rect filled = layout.bar;
        filled.w = std::min(frame.bar_pixels, layout.bar.w);
        fill(filled, {text.r, text.g, text.b, 255});
    }
}

// The rehearsal note sits just under the overlay's corner: red while over, green with slack.
void Painter::draw_note(const Frame& frame, int width, int height) {
    const OverlayLayout layout = overlay_layout(width, height);
    const SDL_Rect box{layout.panel.x, layout.panel.y + layout.panel.h + layout.margin / 2,
                       layout.panel.w, layout.small_font * 2};
    fill(box, frame.note_over ? Rgba{200, 30, 30, 235} : Rgba{30, 140, 60, 235});
    text_centered(std::string(frame.note_over ? "words " : "slack ") + frame.note, true,
                  layout.small_font * 3 / 2, {255, 255, 255, 255}, box.x + box.w / 2,
                  box.y + layout.small_font / 4, box.w);
}

void Painter::draw_paused(int width, int height) {
    const double s = std::min(width / 1920.0, height / 1080.0);
    const int band = std::max(1, static_cast<int>(160 * s));
    fill(SDL_Rect{0, height / 2 - band / 2, width, band}, {0, 0, 0, 200});
    text_centered("PAUSED  (P resumes)", true, std::max(8, static_cast<int>(90 * s)),
                  {255, 210, 80, 255}, width / 2, height / 2 - band / 3, width * 9 / 10);
}

// The end of a rehearsal: a table of every slide, its columns spread over the width (the first
// column, the file name, gets the most room), then the totals and the worst slides.
void Painter::draw_summary(const Frame& frame, int width, int height) {
    fill(SDL_Rect{0, 0, width, height}, {16, 20, 26, 255});
    const int lines = static_cast<int>(frame.table.size() + frame.table_notes.size()) + 2;
    const int size = std::clamp(height / (lines + 2) * 3 / 4, 8, std::max(8, height / 30));
    const int row_h = size * 4 / 3;
    int y = row_h / 2;
    const size_t columns = frame.table.front().size();
    const int margin = width / 30;
    const int first_w = (width - 2 * margin) * 2 / 5;
    const int other_w = columns > 1 ? (width - 2 * margin - first_w) / static_cast<int>(columns - 1) : 0;
    for (size_t r = 0; r < frame.table.size(); ++r) {
        const auto& row = frame.table[r];
        const bool heading = r == 0;
        for (size_t c = 0; c < row.size() && c < columns; ++c) {
            Rgba colour = heading ? Rgba{150, 160, 175, 255} : Rgba{235, 238, 242, 255};
            if (!heading && c + 1 == columns && !row[c].empty() && (row[c][0] == '+' || row[c][0] == '-'))
                colour = row[c][0] == '+' ? Rgba{255, 110, 100, 255} : Rgba{120, 220, 140, 255};
            if (c == 0)
                text_at(row[c], heading, size, colour, margin, y, 0);
            else
                text_at(row[c], heading, size, colour, margin + first_w + other_w * static_cast<int>(c), y, 1);
        }
        y += row_h;
    }
    y += row_h / 2;
    for (const auto& note : frame.table_notes) {
        text_at(note, true, size, {255, 210, 120, 255}, margin, y, 0);
        y += row_h;
    }
}

// Between talks: the next talk large, the running order down the right.
void Painter::draw_title_card(const Frame& frame, int width, int height) {
    const double s = std::min(width / 1920.0, height / 1080.0);
    auto px = [s](double v) { return std::max(1, static_cast<int>(std::lround(v * s))); };
    fill(SDL_Rect{0, 0, width, height}, {16, 20, 26, 255});
    const int left_w = width * 62 / 100, cx = left_w / 2 + px(40), max_w = left_w - px(80);
    int y = height * 22 / 100;
    y += text_centered(frame.heading, true, px(44), {255, 200, 80, 255}, cx, y, max_w) + px(30);
    y += text_centered(frame.title, true, px(84), {255, 255, 255, 255}, cx, y, max_w) + px(20);
    y += text_centered(frame.speaker, false, px(56), {200, 205, 215, 255}, cx, y, max_w) + px(40);
    y += text_centered(frame.end_note, false, px(36), {140, 148, 160, 255}, cx, y, max_w) + px(40);
    if (!frame.problem.empty())
        if (auto problem = text_texture("This deck cannot be played: " + frame.problem, true, px(32),
                                        {255, 110, 100, 255}, max_w)) {
            int w = 0, h = 0;
            SDL_QueryTexture(problem.get(), nullptr, nullptr, &w, &h);
            const SDL_Rect where{cx - w / 2, y, w, h};
            SDL_RenderCopy(renderer_, problem.get(), nullptr, &where);
        }
    // The running order.
    const int x = left_w + px(40);
    int row_y = height * 12 / 100;
    text_at("Running order", true, px(34), {150, 160, 175, 255}, x, row_y, 0);
    row_y += px(60);
    const int row_h = std::min(px(52), (height - row_y - px(40)) / std::max<int>(1, static_cast<int>(frame.running_order.size())));
    for (size_t i = 0; i < frame.running_order.size(); ++i) {
        const bool current = static_cast<int>(i) == frame.running_current;
        if (current) fill({x - px(12), row_y - px(4), width - x - px(20), row_h}, {60, 66, 80, 255});
        text_at(frame.running_order[i], current, std::max(8, row_h * 3 / 5),
                current ? Rgba{255, 255, 255, 255} : Rgba{170, 176, 190, 255}, x, row_y, 0);
        row_y += row_h;
    }
}

void Painter::draw_end_card(const Frame& frame, int width, int height) {
    const double s = std::min(width / 1920.0, height / 1080.0);
    auto px = [s](double v) { return std::max(1, static_cast<int>(std::lround(v * s))); };
    fill(SDL_Rect{0, 0, width, height}, {16, 20, 26, 255});
    const int cx = width / 2, max_w = width * 9 / 10;
    int y = height * 28 / 100;
    y += text_centered("TIME", true, px(40), {255, 80, 70, 255}, cx, y, max_w) + px(36);
    y += text_centered(frame.title, true, px(76), {255, 255, 255, 255}, cx, y, max_w) + px(20);
    y += text_centered(frame.speaker, false, px(48), {200, 205, 215, 255}, cx, y, max_w) + px(40);
    text_centered(frame.end_note, false, px(32), {140, 148, 160, 255}, cx, y, max_w);
}

}  // namespace lightning
