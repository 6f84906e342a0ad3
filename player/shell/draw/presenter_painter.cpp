#include "shell/draw/presenter_painter.hpp"

#include <algorithm>
#include <cmath>

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

void PresenterPainter::draw_slides(const PresenterFrame& frame, const SlideView& current,
                                   const SlideView& next, const PresenterLayout& layout,
                                   const Theme& theme) {
    const Palette& c = theme.colour;
    const int label = theme.font(27);
    // Current slide, or the end card's word.
    painter_.fill(layout.current, c.background);
    if (frame.end_card)
        painter_.text_centered("END  " + frame.title, true, std::max(8, layout.current.h / 8),
                               c.alarm, layout.current.x + layout.current.w / 2,
                               layout.current.y + layout.current.h / 3, layout.current.w * 9 / 10);
    else
        painter_.draw_slide_in(current, layout.current);

    // Next slide and the notes.
    painter_.text_at("next", false, label, c.label, layout.next.x, layout.next.y, 0);
    SDL_Rect next_box = layout.next;
    next_box.y += label * 3 / 2;
    next_box.h -= label * 3 / 2;
    painter_.fill(next_box, c.background);
    if (frame.next >= 0)
        painter_.draw_slide_in(next, next_box);
    else
        painter_.text_centered(frame.end_card ? "" : "(last slide)", false, label, c.label,
                               next_box.x + next_box.w / 2, next_box.y + next_box.h / 2 - label,
                               next_box.w);
    painter_.text_at("notes", false, label, c.label, layout.notes.x, layout.notes.y, 0);
    // +/- zoom the notes by steps of 15 %; Down/Up scroll them by whole lines.
    const double zoom = std::pow(1.15, frame.notes_zoom);
    const int size = std::clamp(static_cast<int>(std::lround(theme.font(38) * zoom)), 8, 400);
    const int readable = std::clamp(static_cast<int>(std::lround(theme.font(22) * zoom)), 8, size);
    // The phone's QR code in the notes' bottom-right corner (a phone held near the laptop reads
    // it small), the notes above it.
    const int notes_bottom = layout.notes.y + layout.notes.h - draw_phone_qr(frame, layout, theme);
    // Long notes shrink to a readable minimum, then scroll; never cut without a sign. The sign's
    // row under the text is kept free (drawn over the last line, it hid its end).
    const int mark = std::max(8, label * 3 / 4);
    const SDL_Rect box{layout.notes.x, layout.notes.y + label * 3 / 2, layout.notes.w,
                       std::max(1, notes_bottom - layout.notes.y - label * 3 / 2 - mark * 3 / 2)};
    TextStyle style{false, size, readable, c.light, 0, 0};
    style.skip = std::max(0, frame.notes_scroll);
    const TextLayout notes = painter_.text_box(frame.notes, style, box);
    notes_ = {notes.fit_lines, notes.skipped, notes.cut};
    if (notes.skipped > 0)
        painter_.text_at("\xE2\x96\xB2 " + std::to_string(notes.skipped), true, mark, c.accent,
                         layout.notes.x + layout.notes.w, layout.notes.y, 1);
    if (notes.cut)
        painter_.text_at("\xE2\x96\xBC more", true, mark, c.accent, layout.notes.x + layout.notes.w,
                         notes_bottom - mark * 3 / 2, 1);
}

// The speaker's phone URL as a QR code in the bottom-right corner of the notes, captioned to its
// left; returns the height it takes with the gap above it (0: no URL).
int PresenterPainter::draw_phone_qr(const PresenterFrame& frame, const PresenterLayout& layout,
                                    const Theme& theme) {
    if (frame.phone_url.empty()) return 0;
    const SDL_Rect& notes = layout.notes;
    const int qr =
        painter_.qr_side(frame.phone_url, std::min({notes.h / 2, notes.w / 3, theme.px(200)}));
    if (qr == 0) return 0;
    const int x = notes.x + notes.w - qr, y = notes.y + notes.h - qr;
    painter_.draw_qr(frame.phone_url, x, y, qr);
    const int size = theme.font(theme.type.small), gap = theme.px(16);
    const int row = painter_.line_height(false, size);
    const Palette& c = theme.colour;
    painter_.text_at("your phone:", true, size, c.accent, x - gap, y + qr - 2 * row, 1,
                     notes.w - qr - gap);
    painter_.text_at("scan for timer & notes", false, size, c.label, x - gap, y + qr - row, 1,
                     notes.w - qr - gap);
    return qr + gap;
}

// Between an event's talks: the audience's card large across the top, and under it what only
// the organizer should see (why a deck cannot be played, the keys).
void PresenterPainter::draw_card(const PresenterFrame& frame, const PresenterLayout& layout,
                                 const Theme& theme) {
    const Palette& c = theme.colour;
    const int top_h = layout.band.y - layout.current.y;
    const int below = frame.problem.empty() && frame.keys.empty() ? 0 : top_h * 30 / 100;
    const SDL_Rect card{layout.current.x, layout.current.y, layout.band.w,
                        top_h - below - theme.px(12)};
    painter_.draw_card(*frame.card, SlideView{}, card);
    int y = card.y + card.h + theme.px(8);
    const int size = theme.font(theme.type.small);
    if (!frame.problem.empty()) {
        const TextLayout problem =
            painter_.text_box("This deck cannot be played: " + frame.problem,
                              {true, size, theme.font(14), c.over, 1, 3},
                              {layout.band.x, y, layout.band.w, layout.band.y - y});
        y += problem.line_height * static_cast<int>(problem.lines.size()) + theme.px(6);
    }
    // The keys as rows of "keys  what", every row shown: one column when the room under the card
    // holds them, else two; the rows shrink to the room (a 960x540 window holds an event's
    // keys), and the keys column is as wide as its longest entry, never past the band's edge.
    if (frame.keys.empty()) return;
    const int count = static_cast<int>(frame.keys.size()), room = layout.band.y - y;
    const int columns = count * (size * 5 / 4) <= room ? 1 : 2;
    const int rows = (count + columns - 1) / columns;
    const int row_h = std::max(9, std::min(size * 5 / 4, room / rows));
    const int key_size = std::max(8, std::min(size, row_h * 4 / 5));
    const int column_w = layout.band.w / columns;
    int keys_w = 0;
    for (const auto& key : frame.keys)
        keys_w = std::max(keys_w, painter_.text_width(key.keys, true, key_size));
    keys_w = std::min(keys_w, column_w * 45 / 100);
    for (int i = 0; i < count; ++i) {
        const int x = layout.band.x + (i / rows) * column_w + keys_w;
        const int row_y = y + (i % rows) * row_h;
        const KeyHelp& key = frame.keys[static_cast<size_t>(i)];
        painter_.text_at(key.keys, true, key_size, c.accent, x, row_y, 1, keys_w);
        painter_.text_at(key.what, false, key_size, c.light, x + key_size, row_y, 0,
                         column_w - keys_w - 2 * key_size);
    }
}

void PresenterPainter::draw(const PresenterFrame& frame, const SlideView& current,
                            const SlideView& next) {
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_, &width, &height);
    const PresenterLayout layout = presenter_layout(width, height);
    const Theme theme(width, height);
    painter_.fill({0, 0, width, height}, theme.colour.presenter);
    if (frame.card)
        draw_card(frame, layout, theme);
    else
        draw_slides(frame, current, next, layout, theme);

    // The band: talk and slide countdowns (coloured like the overlay), position, time of day.
    const SDL_Rect& band = layout.band;
    painter_.fill(band, overlay_panel_colour(frame.state, frame.flash_on));
    const Rgba on_panel = overlay_text_colour(frame.state, frame.flash_on);
    const int big = band.h * 3 / 4;
    const bool talk_shown = frame.timers && !frame.card;
    // Where the talk countdown's digits end: nothing else in the band's upper rows may reach in.
    const int talk_right =
        band.x + band.h / 4 + (talk_shown ? painter_.text_width(frame.talk_left, true, big) : 0);
    if (talk_shown) {
        painter_.text_at(frame.talk_left, true, big, on_panel, band.x + band.h / 4,
                         band.y + band.h / 16, 0);
        painter_.text_centered("slide " + frame.slide_left, true, band.h / 3, on_panel,
                               band.x + band.w / 2, band.y + band.h / 8, band.w / 3);
    }
    // While rehearsing: the slide's previous best, small under its countdown (where it would be
    // when the countdowns are elsewhere), within the countdown's third of the band so it stays
    // clear of the talk countdown on the left and the position and clock on the right.
    const bool best_shown = !frame.card && !frame.previous_best.empty();
    if (best_shown)
        painter_.text_centered(
            frame.previous_best, false, std::max(8, band.h / 6), on_panel, band.x + band.w / 2,
            band.y + band.h / 8 + painter_.line_height(true, band.h / 3), band.w / 3);
    painter_.text_at(frame.position, false, band.h / 4, on_panel, band.x + band.w * 3 / 4,
                     band.y + band.h / 6, 1);
    painter_.text_at(frame.clock, true, band.h / 3, on_panel, band.x + band.w - band.h / 4,
                     band.y + band.h / 8, 1);
    const int status_size = std::max(8, band.h / 6);
    const int status_right = band.x + band.w - band.h / 4;
    // Beside a previous best the status takes the band's bottom row, below the big countdown's
    // digits, and at most the band's width: a rehearsal's status can be long ("waiting: Space,
    // Right, PageDown, Return or Left click starts the talk") and would run into the best.
    if (!frame.status.empty() && best_shown)
        painter_.text_at(frame.status, true, status_size, on_panel, status_right,
                         band.y + band.h - painter_.line_height(true, status_size) - band.h / 32, 1,
                         band.w - band.h / 2);
    else if (!frame.status.empty())  // beside the clock, shrunk into the room right of the
                                     // talk countdown (a rehearsal's waiting line ran over it)
        painter_.text_at(frame.status, true, status_size, on_panel, status_right,
                         band.y + band.h * 5 / 8, 1,
                         std::max(band.h, status_right - talk_right - band.h / 8));
    if (!frame.card && !frame.problem.empty())
        painter_.text_centered(frame.problem, true, theme.font(theme.type.small), theme.colour.over,
                               band.x + band.w / 2, band.y + band.h * 3 / 4, band.w / 2);
    // Outside the between-talks card, the keys (F1 / ?) cover the view like on stage.
    if (!frame.card && !frame.keys.empty()) painter_.draw_help(frame.keys, {0, 0, width, height});
}

}  // namespace lightning
