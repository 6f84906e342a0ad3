#include "shell/draw/contact_sheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/time/time_text.hpp"
#include "shell/decode/slide_cache.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"

namespace lightning {

SDL_Rect SheetLayout::thumb(int k) const {
    const int column = k % columns, row = k / columns;
    return SDL_Rect{origin_x + column * cell_w, origin_y + row * cell_h, thumb_w, thumb_h};
}

SheetLayout sheet_layout(int slides, int width, int height) {
    SheetLayout layout;
    const int n = std::max(1, slides);
    layout.margin = std::max(4, std::min(width, height * 16 / 9) / 96);
    const int header_h = std::max(24, height / 10);
    layout.header = SDL_Rect{0, 0, width, header_h};
    // A label under each thumbnail: a fifth of its height, but no bigger than a line of text
    // on the sheet needs.
    const int label_cap = std::max(12, height / 30);
    auto label_for = [&](int thumb_h) { return std::clamp(thumb_h / 5, 8, label_cap); };
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const int cell_w = (width - layout.margin * (columns + 1)) / columns;
        const int cell_h = (height - header_h - layout.margin * rows) / rows;
        const int rough = std::min(cell_w * 9 / 16, cell_h * 5 / 6);
        const int thumb_h = std::min(cell_w * 9 / 16, cell_h - label_for(rough));
        if (thumb_h > layout.thumb_h) {
            layout.columns = columns;
            layout.rows = rows;
            layout.thumb_h = thumb_h;
        }
    }
    layout.thumb_h = std::max(2, layout.thumb_h);
    layout.thumb_w = std::max(2, layout.thumb_h * 16 / 9);
    layout.label_h = label_for(layout.thumb_h);
    layout.label_font = std::max(6, layout.label_h * 7 / 10);
    layout.cell_w = layout.thumb_w + layout.margin;
    layout.cell_h = layout.thumb_h + layout.label_h + layout.margin;
    const int grid_w = layout.columns * layout.cell_w - layout.margin;
    const int grid_h = layout.rows * layout.cell_h - layout.margin;
    layout.origin_x = (width - grid_w) / 2;
    layout.origin_y = header_h + std::max(0, (height - header_h - grid_h) / 2);
    return layout;
}

namespace {

// "0:15" for a planned start; fractions of a second as "0:07.5".
std::string start_text(Millis t) {
    return t.count() % 1000 == 0 ? format_countdown(t) : format_offset(t);
}

// "15 s", "7.5 s", "0.333 s".
std::string duration_text(Millis d) {
    char text[32];
    if (d.count() % 1000 == 0)
        std::snprintf(text, sizeof text, "%lld s", static_cast<long long>(d.count() / 1000));
    else
        std::snprintf(text, sizeof text, "%g s", static_cast<double>(d.count()) / 1000);
    return text;
}

// Text on the sheet: the Painter's, shrunk until the text fits max_width.
class SheetText {
public:
    explicit SheetText(SDL_Renderer* renderer) : painter_(renderer) {}
    // Draws with its left (align 0), centre (1) or right (2) at x, top at y; returns its width.
    int draw(const std::string& text, bool bold, int size, Rgba c, int x, int y, int align,
             int max_width) {
        if (align == 1) {
            painter_.text_centered(text, bold, size, c, x, y, max_width);
            return std::min(max_width, painter_.text_width(text, bold, size));
        }
        return painter_.text_at(text, bold, size, c, x, y, align == 2 ? 1 : 0, max_width);
    }
    // Wrapped into `box` as the cards do: up to `lines` lines, shrinking to half size, then an
    // ellipsis. Returns the height used.
    int wrapped(const std::string& text, bool bold, int size, Rgba c, const SDL_Rect& box,
                int lines) {
        const TextLayout layout = painter_.text_box(text, {bold, size, size / 2, c, 1, lines}, box);
        return layout.line_height * static_cast<int>(layout.lines.size());
    }

private:
    Painter painter_;
};

// One slide as the audience sees it (no overlay), drawn by the Painter at thumbnail size.
class Thumbnailer {
public:
    Thumbnailer(const PreparedTalk& talk, int width, int height)
        : talk_(talk), target_(width, height) {
        slides_.emplace(target_.renderer(), talk.deck);
        slides_->set_output_size(width, height);
        painter_.emplace(target_.renderer(), talk.settings.settings.font.value);
    }
    // Draws slide k; returns the picture and whether the slide could be shown.
    SDL_Surface* draw(int k, bool& broken) {
        slides_->keep_only(k, k);  // one decoded slide at a time
        slides_->load(k);
        const Micros start{talk_.schedule.slides[static_cast<size_t>(k)].start};
        const Screen screen = talk_screen(talk_.deck, talk_.schedule,
                                          moment_at(talk_.schedule, talk_.thresholds, start),
                                          OverlayMode::None, 0, talk_.look);
        const SlideView view = slides_->view(k);
        broken = !view.problem.empty();
        painter_->draw(screen, view);
        return target_.pixels();
    }

private:
    const PreparedTalk& talk_;
    Offscreen target_;
    std::optional<SlideCache> slides_;
    std::optional<Painter> painter_;
};

// A finding on its slide: a red frame, and the note wrapped in a dark band over the foot of the
// thumbnail (up to three lines, shrinking, then an ellipsis).
void mark_slide(SDL_Renderer* renderer, SheetText& text, const SDL_Rect& where,
                const std::string& note, const SheetLayout& layout, const Palette& colour) {
    const int border = std::max(2, layout.thumb_h / 40);
    SDL_SetRenderDrawColor(renderer, colour.over.r, colour.over.g, colour.over.b, 255);
    for (int i = 0; i < border; ++i) {
        const SDL_Rect frame{where.x - i - 1, where.y - i - 1, where.w + 2 * i + 2,
                             where.h + 2 * i + 2};
        SDL_RenderDrawRect(renderer, &frame);
    }
    const int band_h = where.h * 2 / 5;
    const SDL_Rect band{where.x, where.y + where.h - band_h, where.w, band_h};
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 200);
    SDL_RenderFillRect(renderer, &band);
    const int pad = std::max(2, layout.label_font / 4);
    text.wrapped(note, true, layout.label_font, colour.light,
                 {band.x + pad, band.y + pad, band.w - 2 * pad, band.h - 2 * pad}, 3);
}

// The heat map's cell: red over, green under, as strong as the slide is off its plan, and the
// figure in the middle on a dark band so it reads on any slide.
void tint(SDL_Renderer* renderer, SheetText& text, const Palette& colour, const SlideHeat& heat,
          const SDL_Rect& where) {
    const Rgba hue = heat.over ? colour.over_band : colour.under_band;
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, hue.r, hue.g, hue.b, static_cast<Uint8>(heat.strength));
    SDL_RenderFillRect(renderer, &where);
    const int size = std::max(8, where.h / 5);
    const SDL_Rect band{where.x, where.y + (where.h - size * 3 / 2) / 2, where.w, size * 3 / 2};
    SDL_SetRenderDrawColor(renderer, colour.shade.r, colour.shade.g, colour.shade.b, 150);
    SDL_RenderFillRect(renderer, &band);
    text.draw(heat.label, true, size, heat.mean_over_ms ? colour.text : colour.dim,
              where.x + where.w / 2, band.y + size / 4, 1, where.w - size / 2);
}

}  // namespace

void write_contact_sheet(const PreparedTalk& talk, int width, int height,
                         const std::filesystem::path& path, const std::vector<std::string>& marks,
                         const std::vector<SlideHeat>& heat) {
    const Schedule& schedule = talk.schedule;
    const SheetLayout layout = sheet_layout(schedule.count(), width, height);
    Offscreen sheet(width, height);
    SDL_Renderer* renderer = sheet.renderer();
    const Palette colour = Theme(width, height).colour;
    SDL_SetRenderDrawColor(renderer, colour.card.r, colour.card.g, colour.card.b, 255);
    SDL_RenderClear(renderer);
    SheetText text(renderer);

    // Header: the title, then speaker, format, slide count and length.
    const int title_size = layout.header.h * 2 / 5;
    const int info_size = layout.header.h / 4;
    const int max_w = width - 2 * layout.margin;
    // A long title wraps to two lines (shrinking), as on the cards, rather than one tiny line.
    const int title_h =
        text.wrapped(talk.deck.title, true, title_size, colour.light,
                     {layout.margin, layout.header.h / 10, max_w, layout.header.h * 3 / 5}, 2);
    std::string info = talk.deck.speaker.empty() ? "" : talk.deck.speaker + "  \xC2\xB7  ";
    info += std::string(format_name(schedule.format)) + "  \xC2\xB7  " +
            std::to_string(schedule.count()) + " slides  \xC2\xB7  " +
            format_countdown(schedule.total);
    text.draw(info, false, info_size, colour.label, width / 2,
              layout.header.h / 10 + std::max(title_h, title_size) + title_size / 5, 1, max_w);

    Thumbnailer thumbnails(talk, layout.thumb_w, layout.thumb_h);
    for (int k = 0; k < schedule.count(); ++k) {
        const SDL_Rect where = layout.thumb(k);
        bool broken = false;
        SDL_Surface* picture = thumbnails.draw(k, broken);
        TexturePtr texture(SDL_CreateTextureFromSurface(renderer, picture));
        if (!texture) throw SdlError("cannot draw a thumbnail");
        SDL_RenderCopy(renderer, texture.get(), nullptr, &where);
        if (static_cast<size_t>(k) < heat.size())
            tint(renderer, text, colour, heat[static_cast<size_t>(k)], where);
        if (static_cast<size_t>(k) < marks.size() && !marks[static_cast<size_t>(k)].empty())
            mark_slide(renderer, text, where, marks[static_cast<size_t>(k)], layout, colour);
        // Label: "3  0:30" on the left, "15 s" on the right.
        const auto& planned = schedule.slides[static_cast<size_t>(k)];
        const int y = where.y + where.h + layout.label_h / 8;
        const int number_w =
            text.draw(std::to_string(k + 1), true, layout.label_font,
                      broken ? colour.over : colour.light, where.x, y, 0, where.w / 3);
        text.draw(start_text(planned.start), false, layout.label_font, colour.label,
                  where.x + number_w + layout.label_font / 2, y, 0, where.w / 3);
        text.draw(duration_text(planned.duration), false, layout.label_font, colour.label,
                  where.x + where.w, y, 2, where.w / 3);
    }
    sheet.write_png(path);
}

}  // namespace lightning
