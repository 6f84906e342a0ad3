#include "shell/draw/presenter_painter.hpp"

#include <algorithm>

namespace lightning {

PresenterLayout presenter_layout(int width, int height) {
    const int margin = std::max(4, width / 80);
    const int band_h = height / 5;
    const int top_h = height - band_h - 3 * margin;
    const int current_w = (width - 3 * margin) * 62 / 100;
    const int right_w = width - 3 * margin - current_w;
    const int next_h = std::min(top_h / 2, right_w * 9 / 16);
    PresenterLayout layout;
    layout.current = {margin, margin, current_w, top_h};
    layout.next = {2 * margin + current_w, margin, right_w, next_h};
    layout.notes = {2 * margin + current_w, 2 * margin + next_h, right_w, top_h - next_h - margin};
    layout.band = {margin, height - band_h - margin, width - 2 * margin, band_h};
    return layout;
}

void PresenterPainter::draw(const PresenterFrame& frame, const SlideView& current, const SlideView& next) {
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_, &width, &height);
    const PresenterLayout layout = presenter_layout(width, height);
    painter_.fill({0, 0, width, height}, {24, 26, 32, 255});
    const Rgba dim{150, 156, 170, 255}, bright{240, 242, 246, 255};
    const int label = std::max(8, height / 40);

    // Current slide, or the end card's word.
    painter_.fill(layout.current, {0, 0, 0, 255});
    if (frame.end_card)
        painter_.text_centered("END  " + frame.title, true, std::max(8, layout.current.h / 8), {255, 80, 70, 255},
                               layout.current.x + layout.current.w / 2, layout.current.y + layout.current.h / 3,
                               layout.current.w * 9 / 10);
    else
        painter_.draw_slide_in(current, layout.current);

    // Next slide and the notes.
    painter_.text_at("next", false, label, dim, layout.next.x, layout.next.y, 0);
    SDL_Rect next_box = layout.next;
    next_box.y += label * 3 / 2;
    next_box.h -= label * 3 / 2;
    painter_.fill(next_box, {0, 0, 0, 255});
    if (frame.next >= 0)
        painter_.draw_slide_in(next, next_box);
    else
        painter_.text_centered(frame.end_card ? "" : "(last slide)", false, label, dim, next_box.x + next_box.w / 2,
                               next_box.y + next_box.h / 2 - label, next_box.w);
    painter_.text_at("notes", false, label, dim, layout.notes.x, layout.notes.y, 0);
    if (auto notes = painter_.text_texture(frame.notes, false, std::max(8, height / 28), bright,
                                           layout.notes.w)) {
        int w = 0, h = 0;
        SDL_QueryTexture(notes.get(), nullptr, nullptr, &w, &h);
        // Notes are wrapped centred; a long note is cut at the box's bottom rather than shrunk.
        const SDL_Rect src{0, 0, w, std::min(h, layout.notes.h - label * 2)};
        const SDL_Rect dst{layout.notes.x, layout.notes.y + label * 3 / 2, w, src.h};
        SDL_RenderCopy(renderer_, notes.get(), &src, &dst);
    }

    // The band: talk and slide countdowns (coloured like the overlay), position, time of day.
    const SDL_Rect& band = layout.band;
    painter_.fill(band, overlay_panel_colour(frame.state, frame.flash_on));
    const Rgba on_panel = overlay_text_colour(frame.state, frame.flash_on);
    const int big = band.h * 3 / 4;
    if (frame.timers) {
        painter_.text_at(frame.talk_left, true, big, on_panel, band.x + band.h / 4, band.y + band.h / 16, 0);
        painter_.text_centered("slide " + frame.slide_left, true, band.h / 3, on_panel, band.x + band.w / 2,
                               band.y + band.h / 8, band.w / 3);
    }
    painter_.text_at(frame.position, false, band.h / 4, on_panel, band.x + band.w * 3 / 4, band.y + band.h / 6, 1);
    painter_.text_at(frame.clock, true, band.h / 3, on_panel, band.x + band.w - band.h / 4, band.y + band.h / 8, 1);
    if (!frame.status.empty())
        painter_.text_at(frame.status, true, std::max(8, band.h / 6), on_panel, band.x + band.w - band.h / 4,
                         band.y + band.h * 5 / 8, 1);
}

}  // namespace lightning
