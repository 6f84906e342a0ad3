// The cards other than a slide: the end card, a rehearsal's summary, an event's title, break,
// set-up and closing cards, and the keys help drawn over any of them. Each fills the box it is
// given, so the presenter view can show the audience's card smaller.
#include <algorithm>

#include "core/frame/running_order_rows.hpp"
#include "shell/draw/painter.hpp"

namespace lightning {

namespace {
SDL_Rect inset(const SDL_Rect& box, int by) {
    return {box.x + by, box.y + by, std::max(1, box.w - 2 * by), std::max(1, box.h - 2 * by)};
}

// Where a card's running order goes: the right part of `box`, beside the card's own `left_w`.
SDL_Rect order_beside(const SDL_Rect& box, int left_w, const Theme& theme) {
    const int x = box.x + left_w + theme.px(40);
    return {x, box.y + box.h * 12 / 100, box.x + box.w - x - theme.px(20),
            box.h * 88 / 100 - theme.px(40)};
}
}  // namespace

void Painter::draw(const EndCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    fill(box, c.card);
    const int cx = box.x + box.w / 2, max_w = box.w * 9 / 10;
    int y = box.y + box.h * 28 / 100;
    y += text_centered("TIME", true, theme.font(40), c.alarm, cx, y, max_w) + theme.px(36);
    // A long title wraps to three lines, shrinking to half size, before an ellipsis.
    const TextLayout title =
        text_box(card.title, {true, theme.font(76), theme.font(38), c.text, 1, 3},
                 {box.x + box.w / 20, y, max_w, box.h * 40 / 100});
    y += title.line_height * static_cast<int>(title.lines.size()) + theme.px(20);
    y += text_centered(card.speaker, false, theme.font(48), c.soft, cx, y, max_w) + theme.px(40);
    y += text_centered(card.line, false, theme.font(32), c.dim, cx, y, max_w) + theme.px(40);
    if (!card.prompt.empty())
        y += text_centered(card.prompt, true, theme.font(40), c.warm, cx, y, max_w) + theme.px(12);
    if (!card.note.empty()) text_centered(card.note, true, theme.font(36), c.over, cx, y, max_w);
}

// Each column gets the width its widest cell needs, and what is left is shared out so the table
// spreads over the screen. When the cells need more than the width, the numbers keep what they
// need (up to 3/5 of it, shrinking in proportion past that) and the file names take the rest, cut.
SummaryLayout Painter::summary_layout(const SummaryCard& card, const SDL_Rect& box) {
    SummaryLayout layout;
    if (card.table.empty()) return layout;
    const int lines = static_cast<int>(card.table.size() + card.notes.size()) + 2;
    layout.size = std::clamp(box.h / (lines + 2) * 3 / 4, 8, std::max(8, box.h / 30));
    layout.row_h = layout.size * 4 / 3;
    const size_t columns = card.table.front().size();
    const int margin = box.w / 30, gap = layout.size;
    const int room = std::max(1, box.w - 2 * margin - gap * static_cast<int>(columns - 1));
    std::vector<int> need(columns, 0);
    for (size_t r = 0; r < card.table.size(); ++r)
        for (size_t col = 0; col < columns && col < card.table[r].size(); ++col)
            need[col] = std::max(need[col], text_width(card.table[r][col], r == 0, layout.size));
    long long numbers = 0;
    for (size_t col = 1; col < columns; ++col) numbers += need[col];
    std::vector<int> width = need;
    if (need[0] + numbers <= room) {
        const int share = (room - need[0] - static_cast<int>(numbers)) / static_cast<int>(columns);
        for (int& w : width) w += share;
    } else {
        const long long numbers_room = std::min<long long>(numbers, room * 3LL / 5);
        long long used = 0;
        for (size_t col = 1; col < columns; ++col) {
            width[col] = static_cast<int>(numbers > 0 ? need[col] * numbers_room / numbers : 0);
            used += width[col];
        }
        width[0] = std::max(1, room - static_cast<int>(used));
    }
    int x = box.x + margin;
    for (size_t col = 0; col < columns; ++col) {
        layout.columns.push_back({x, box.y, std::max(1, width[col]), box.h});
        x += width[col] + gap;
    }
    return layout;
}

// The end of a rehearsal: a table of every slide (the file name left-aligned, the figures
// right-aligned in their columns), then the totals and the worst slides.
void Painter::draw(const SummaryCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    fill(box, c.card);
    if (card.table.empty()) return;
    const SummaryLayout layout = summary_layout(card, box);
    const size_t columns = layout.columns.size();
    int y = box.y + layout.row_h / 2;
    for (size_t r = 0; r < card.table.size(); ++r) {
        const auto& row = card.table[r];
        const bool heading = r == 0;
        for (size_t col = 0; col < row.size() && col < columns; ++col) {
            Rgba colour = heading ? c.label : c.light;
            const std::string& cell = row[col];
            // The over/under column: red for an overrun ("+1.2 s", "no mark, +4.0 s"), green
            // for slack.
            if (!heading && col + 1 == columns && !cell.empty()) {
                if (cell.find('+') != std::string::npos) colour = c.over;
                if (cell[0] == '-') colour = c.under;
            }
            const SDL_Rect& column = layout.columns[col];
            text_at(cell, heading, layout.size, colour, col == 0 ? column.x : column.x + column.w,
                    y, col == 0 ? 0 : 1, column.w);
        }
        y += layout.row_h;
    }
    y += layout.row_h / 2;
    for (const auto& note : card.notes) {
        text_at(note, true, layout.size, c.warm, box.x + box.w / 30, y, 0, box.w - box.w / 15);
        y += layout.row_h;
    }
}

// The running order down a column: a mark and a colour per status, the talk left-aligned and cut
// with an ellipsis, its result right-aligned in a column of its own. Every row is one size (at
// least 26 px at 1080p, read from the back of the room): a longer list shows the rows around
// the current talk instead of shrinking (running_order_rows).
void Painter::draw_running_order(const std::vector<RunningOrderEntry>& order, int current,
                                 const SDL_Rect& column, const Theme& theme) {
    const Palette& c = theme.colour;
    int y = column.y;
    text_at("Running order", true, theme.font(34), c.label, column.x, y, 0);
    y += theme.px(60);
    if (order.empty()) return;
    const int room = column.y + column.h - y;
    const int row_h = std::clamp(room / static_cast<int>(order.size()), theme.px(44), theme.px(52));
    const int size = std::max(8, row_h * 3 / 5), result_size = std::max(8, size * 4 / 5);
    const int mark_w = size * 3 / 2;
    const auto rows = running_order_rows(order, current, std::max(1, room / row_h));
    // The results' column: as wide as the widest result shown, so the titles line up beside it.
    int result_w = 0;
    for (const auto& row : rows)
        if (row.entry >= 0 && !order[static_cast<size_t>(row.entry)].result.empty())
            result_w = std::max(result_w, text_width(order[static_cast<size_t>(row.entry)].result,
                                                     false, result_size));
    const int text_w = std::max(1, column.w - mark_w - (result_w ? result_w + size : 0));
    using Status = RunningOrderEntry::Status;
    for (const auto& row : rows) {
        if (row.entry < 0) {
            text_at(row.elided, false, result_size, c.dim, column.x + mark_w,
                    y + (size - result_size) / 2, 0);
            y += row_h;
            continue;
        }
        const RunningOrderEntry& entry = order[static_cast<size_t>(row.entry)];
        const bool here = row.entry == current;
        if (here)
            fill({column.x - theme.px(12), y - theme.px(4), column.w + theme.px(12), row_h},
                 c.highlight);
        Rgba colour = here ? c.text : c.soft;
        const char* mark = "";
        switch (entry.status) {
            case Status::Done:
                mark = "\xE2\x9C\x93";  // ✓
                colour = c.dim;
                break;
            case Status::Skipped:
                mark = "\xE2\x80\x93";  // –
                colour = c.dim;
                break;
            case Status::Next:
                mark = "\xE2\x96\xB6";  // ▶
                colour = c.text;
                break;
            case Status::Running:
                mark = "\xE2\x97\x8F";  // ●
                colour = c.text;
                break;
            case Status::Break:
                mark = "\xE2\x80\x96";  // ‖
                colour = c.accent;
                break;
            case Status::Waiting:
                break;
        }
        text_at(mark, true, size, entry.status == Status::Done ? c.under : colour, column.x, y, 0);
        if (!entry.result.empty())
            text_at(entry.result, false, result_size,
                    entry.status == Status::Skipped ? c.over : c.dim, column.x + column.w,
                    y + (size - result_size) / 2, 1);
        text_box(entry.text, {here || entry.status == Status::Next, size, size, colour, 0, 1},
                 {column.x + mark_w, y, text_w, row_h});
        y += row_h;
    }
}

// Between talks: the next talk large, the running order down the right. With the speaker's
// phone URL, its QR code goes in the bottom-left corner for the speaker to scan on the way up:
// 28 % of the height (at 1080p about 290 pixels, 7 a module: a phone reads that off a projector
// from the front rows), captioned beside it; the talk's lines stay above it.
void Painter::draw(const TitleCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    fill(box, c.card);
    const int left_w = box.w * 62 / 100, cx = box.x + left_w / 2 + theme.px(40);
    const int max_w = left_w - theme.px(80);
    // In a small box (the presenter view's copy of the card on a 720p laptop) the code may take up
    // to 40 % for 125 pixels, 3 a module, which a phone held at the laptop reads.
    const int qr_want = std::max(box.h * 28 / 100, std::min(box.h * 40 / 100, 125));
    const int qr = card.phone_url.empty() ? 0 : qr_side(card.phone_url, qr_want);
    const int margin = theme.px(50), qr_y = box.y + box.h - margin - qr;
    // The lines under the title: the speaker's and the format's, with their gaps.
    const int below = line_height(false, theme.font(56)) + theme.px(40) +
                      line_height(false, theme.font(36)) + theme.px(40);
    const int heading_h = line_height(true, theme.font(theme.type.heading)) + theme.px(30);
    int y = box.y + box.h * 22 / 100;
    if (qr) {  // as on a card without a code, unless a long title needs to start higher
        const TextLayout natural =
            lay_out(fonts_, card.title, {true, theme.font(84), theme.font(40), max_w, 0, 3});
        const int need = heading_h + natural.line_height * static_cast<int>(natural.lines.size()) +
                         theme.px(20) + below;
        y = std::clamp(qr_y - theme.px(20) - need, box.y + box.h * 12 / 100, y);
    }
    auto line = [&](const std::string& text, bool bold, double size, Rgba colour, int gap) {
        y += text_centered(text, bold, theme.font(size), colour, cx, y, max_w) + theme.px(gap);
    };
    line(card.heading, true, theme.type.heading, c.accent, 30);
    int title_h = box.h * 36 / 100;
    if (qr)  // the title shrinks (then wraps less) so the speaker's lines end above the code
        title_h =
            std::clamp(qr_y - theme.px(20) - below - y, line_height(true, theme.font(40)), title_h);
    const TextLayout title =
        text_box(card.title, {true, theme.font(84), theme.font(40), c.text, 1, 3},
                 {cx - max_w / 2, y, max_w, title_h});
    y += title.line_height * static_cast<int>(title.lines.size()) + theme.px(20);
    line(card.speaker, false, 56, c.soft, 40);
    line(card.line, false, 36, c.dim, 40);
    if (qr) {
        const int x = box.x + margin;
        draw_qr(card.phone_url, x, qr_y, qr);
        // The caption beside the code, its lines centred on the code's middle.
        const int size = theme.font(36), gap = theme.px(30);
        const int text_x = x + qr + gap, text_w = std::max(1, box.x + left_w - text_x);
        const int row = line_height(true, size);
        const int top = qr_y + qr / 2 - row;
        text_at("Speaker:", true, size, c.accent, text_x, top, 0, text_w);
        text_box("scan for your timer & notes", {false, size, theme.font(16), c.soft, 0, 2},
                 {text_x, top + row, text_w, 2 * row});
    }
    draw_running_order(card.order, card.current, order_beside(box, left_w, theme), theme);
}

// A card's heading (a break's title, the event's name): up to two bold lines centred in `box`,
// shrunk to fit. Returns the height it takes with the gap below it.
int Painter::card_heading(const std::string& text, Rgba colour, const Theme& theme,
                          const SDL_Rect& box) {
    const TextLayout heading =
        text_box(text, {true, theme.font(theme.type.title), theme.font(40), colour, 1, 2}, box);
    return heading.line_height * static_cast<int>(heading.lines.size()) + theme.px(30);
}

// A break: its title, when it ends, and the time left as large as the screen allows.
void Painter::draw(const BreakCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    fill(box, c.card);
    const int left_w = card.order.empty() ? box.w : box.w * 62 / 100;
    const int cx = box.x + left_w / 2, max_w = left_w - theme.px(80);
    int y = box.y + box.h * 18 / 100;
    y += card_heading(card.title, c.accent, theme, {cx - max_w / 2, y, max_w, box.h * 25 / 100});
    y += text_centered(card.back_at, false, theme.font(theme.type.subtitle), c.soft, cx, y, max_w) +
         theme.px(40);
    text_centered(card.left, true, theme.font(theme.type.hero), c.text, cx, y, max_w);
    if (card.order.empty()) return;
    draw_running_order(card.order, card.current, order_beside(box, left_w, theme), theme);
}

// A talk whose deck cannot be played: the audience sees only a neutral line.
void Painter::draw(const SetupCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    fill(box, theme.colour.card);
    text_centered(card.line, false, theme.font(theme.type.subtitle), theme.colour.soft,
                  box.x + box.w / 2, box.y + box.h * 45 / 100, box.w * 9 / 10);
}

// After the last talk: the event's name, thanks and what happened.
void Painter::draw(const ClosingCard& card, const SlideView&, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    fill(box, c.card);
    const int cx = box.x + box.w / 2, max_w = box.w * 9 / 10;
    int y = box.y + box.h * 25 / 100;
    y += card_heading(card.name, c.text, theme, {cx - max_w / 2, y, max_w, box.h * 25 / 100});
    y += text_centered(card.thanks, true, theme.font(theme.type.subtitle), c.accent, cx, y, max_w) +
         theme.px(50);
    for (const auto& line : card.summary)
        y += text_centered(line, false, theme.font(theme.type.body), c.soft, cx, y, max_w) +
             theme.px(14);
}

void Painter::draw_help(const std::vector<KeyHelp>& help, const SDL_Rect& box) {
    const Theme theme(box.w, box.h);
    const Palette& c = theme.colour;
    const int rows = static_cast<int>(help.size()) + 1;
    const int size =
        std::min(theme.font(theme.type.body), std::max(8, box.h * 3 / 4 / rows * 3 / 4));
    const int row_h = size * 3 / 2;
    const SDL_Rect panel = inset(box, std::max(theme.px(80), (box.h - rows * row_h) / 2));
    // The panel is as wide as its longest keys and words need (at least 3/4 of the box, at most
    // the box), so a long row like "Space, PageDown, Return, Left click" stays inside it; if the
    // box is too narrow, both columns shrink in proportion.
    int keys_w = 0, what_w = 0;
    for (const auto& row : help) {
        keys_w = std::max(keys_w, text_width(row.keys, true, size));
        what_w = std::max(what_w, text_width(row.what, false, size));
    }
    const int width =
        std::min(box.w - 2 * theme.px(20), std::max(box.w * 3 / 4, keys_w + what_w + 4 * size));
    const SDL_Rect area{box.x + (box.w - width) / 2, panel.y, width, rows * row_h + row_h / 2};
    const int room = std::max(2, width - 4 * size);
    const int keys_room =
        keys_w + what_w <= room
            ? keys_w
            : static_cast<int>(static_cast<long>(room) * keys_w / std::max(1, keys_w + what_w));
    const int what_room = keys_w + what_w <= room ? what_w : room - keys_room;
    const int split = area.x + size + (room - keys_room - what_room) / 2 + keys_room + size;
    fill(area, c.help_panel);
    int y = area.y + row_h / 3;
    text_centered("Keys", true, size, c.label, area.x + area.w / 2, y, area.w);
    y += row_h;
    for (const auto& row : help) {
        text_at(row.keys, true, size, c.accent, split - size, y, 1, keys_room + 2);
        text_at(row.what, false, size, c.text, split + size, y, 0, what_room + 2);
        y += row_h;
    }
}

}  // namespace lightning
