#include "shell/draw/report_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "shell/draw/painter.hpp"
#include "shell/app/render_command.hpp"
#include "core/log/run_table.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

namespace {

// Colour-blind-safe run colours (Okabe-Ito), oldest to newest.
constexpr Rgba kRunColours[] = {{230, 159, 0, 255},  {86, 180, 233, 255}, {0, 158, 115, 255},
                                {240, 228, 66, 255}, {204, 121, 167, 255}};

class Chart {
public:
    Chart(SDL_Renderer* renderer, int width, int height)
        : painter_(renderer), width_(width), height_(height), font_(std::max(10, height / 45)) {}

    void fill(const SDL_Rect& rect, Rgba c) { painter_.fill(rect, c); }
    // align: 0 left, 1 right, 2 centre; the text's top at y.
    void text(const std::string& text, int x, int y, Rgba c, int align = 0, bool bold = false) {
        if (align == 2)
            painter_.text_centered(text, bold, font_, c, x, y, width_);
        else
            painter_.text_at(text, bold, font_, c, x, y, align);
    }

    void draw(const Report& report, size_t max_runs) {
        fill({0, 0, width_, height_}, {250, 250, 252, 255});
        const size_t first_run = report.runs.size() > max_runs ? report.runs.size() - max_runs : 0;
        const size_t runs = report.runs.size() - first_run;
        text("\"" + report.title + "\": over / under the plan per slide", width_ / 2, font_ / 2,
             {20, 24, 32, 255}, 2, true);

        // The scale: the largest over/under, rounded up to whole seconds (at least 1 s).
        long long largest = 1000;
        for (const auto& row : report.rows)
            for (size_t i = first_run; i < report.runs.size(); ++i)
                if (auto over = over_of(row, i)) largest = std::max(largest, std::llabs(*over));
        const long long step = largest <= 3000 ? 500 : largest <= 10'000 ? 2000 : largest <= 30'000 ? 5000 : 10'000;
        const long long limit = (largest + step - 1) / step * step;

        const SDL_Rect plot{font_ * 6, font_ * 3, width_ - font_ * 7, height_ - font_ * 8};
        const int zero_y = plot.y + plot.h / 2;
        auto y_of = [&](long long ms) {
            return zero_y - static_cast<int>(std::lround(static_cast<double>(ms) / static_cast<double>(limit) * plot.h / 2));
        };
        for (long long v = -limit; v <= limit; v += step) {
            const int y = y_of(v);
            fill({plot.x, y, plot.w, 1}, {220, 222, 228, 255});
            text(format_over_ms(v), plot.x - font_ / 2, y - font_ * 2 / 3, {90, 96, 110, 255}, 1);
        }
        fill({plot.x, zero_y - 1, plot.w, 3}, {20, 24, 32, 255});
        text("planned", plot.x + 4, zero_y + 3, {20, 24, 32, 255}, 0, true);
        text("over", plot.x + 4, plot.y, {200, 40, 40, 255});
        text("under", plot.x + 4, plot.y + plot.h - font_ * 3 / 2, {30, 130, 60, 255});

        const int slides = std::max<int>(1, static_cast<int>(report.rows.size()));
        const double group = static_cast<double>(plot.w) / slides;
        const int bar_w = std::max(1, static_cast<int>(group * 0.8 / static_cast<double>(std::max<size_t>(runs, 1))));
        for (int k = 0; k < static_cast<int>(report.rows.size()); ++k) {
            const auto& row = report.rows[static_cast<size_t>(k)];
            const int group_x = plot.x + static_cast<int>(group * k + group * 0.1);
            for (size_t i = 0; i < runs; ++i) {
                const auto over = over_of(row, first_run + i);
                if (!over) continue;
                const int y = y_of(*over);
                const SDL_Rect bar{group_x + static_cast<int>(i) * bar_w, std::min(y, zero_y),
                                   std::max(1, bar_w - 1), std::max(1, std::abs(y - zero_y))};
                fill(bar, kRunColours[i % std::size(kRunColours)]);
                if (row.note[first_run + i] == kNoMark) hatch(bar);  // missed: at least this long
            }
            text(std::to_string(row.slide), plot.x + static_cast<int>(group * (k + 0.5)), plot.y + plot.h + 4,
                 {60, 66, 80, 255}, 2);
        }
        text("slide", plot.x + plot.w / 2, plot.y + plot.h + font_ * 3 / 2, {60, 66, 80, 255}, 2);

        // Legend: one swatch per run, with its total against the plan.
        int x = plot.x;
        const int y = height_ - font_ * 2;
        for (size_t i = 0; i < runs; ++i) {
            const auto& run = report.runs[first_run + i];
            fill({x, y + font_ / 4, font_, font_}, kRunColours[i % std::size(kRunColours)]);
            const std::string label = "run " + std::to_string(first_run + i + 1) + " " + run.label + " " +
                                      format_over_ms(run.length_ms - run.total_ms);
            text(label, x + font_ * 3 / 2, y, {20, 24, 32, 255});
            x += font_ * 3 + text_width(label);
        }
        // Missed (no mark) bars are striped: an overrun of at least that much, not a measure.
        const SDL_Rect swatch{x, y + font_ / 4, font_, font_};
        fill(swatch, {150, 150, 150, 255});
        hatch(swatch);
        text("no mark (at least)", x + font_ * 3 / 2, y, {20, 24, 32, 255});
    }

    // White horizontal stripes across a bar.
    void hatch(const SDL_Rect& bar) {
        for (int y = bar.y + 1; y < bar.y + bar.h; y += 4) fill({bar.x, y, bar.w, 2}, {255, 255, 255, 255});
    }

private:
    int text_width(const std::string& text) {
        int w = 0, h = 0;
        if (auto texture = painter_.text_texture(text, false, font_, {0, 0, 0, 255}))
            SDL_QueryTexture(texture.get(), nullptr, nullptr, &w, &h);
        return w;
    }

    Painter painter_;  // its fill and text helpers
    int width_, height_, font_;
};

}  // namespace

void write_report_chart(const Report& report, const std::string& path, int width, int height,
                        size_t max_runs) {
    SdlLibrary sdl(0);
    SurfacePtr target = make_rgba_surface(width, height);
    RendererPtr renderer(SDL_CreateSoftwareRenderer(target.get()));
    if (!renderer) throw SdlError("cannot create a renderer for the chart");
    Chart(renderer.get(), width, height).draw(report, max_runs);
    SDL_RenderPresent(renderer.get());
    save_png(target.get(), path);
}

}  // namespace lightning
