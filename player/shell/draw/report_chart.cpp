#include "shell/draw/report_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/log/run_table.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

namespace {

class Chart {
public:
    Chart(SDL_Renderer* renderer, int width, int height)
        : painter_(renderer),
          theme_(width, height),
          c_(theme_.colour),
          width_(width),
          height_(height),
          font_(std::max(10, theme_.px(theme_.type.small))) {}

    void fill(const SDL_Rect& rect, Rgba c) { painter_.fill(rect, c); }
    // align: 0 left, 1 right, 2 centre; the text's top at y.
    void text(const std::string& text, int x, int y, Rgba c, int align = 0, bool bold = false) {
        if (align == 2)
            painter_.text_centered(text, bold, font_, c, x, y, width_);
        else
            painter_.text_at(text, bold, font_, c, x, y, align);
    }

    void draw(const Report& report, size_t max_runs) {
        fill({0, 0, width_, height_}, c_.paper);
        const size_t first_run = report.runs.size() > max_runs ? report.runs.size() - max_runs : 0;
        const size_t runs = report.runs.size() - first_run;
        text("\"" + report.title + "\": over / under the plan per slide", width_ / 2, font_ / 2,
             c_.ink, 2, true);

        // The legend first: one swatch and label per run, flowing into as many rows as the width
        // needs (ten runs fit), each label shrunk to a row at most; the plot takes what is left.
        struct Entry {
            std::string label;
            int x, row, width;
        };
        std::vector<Entry> legend;
        const int left = font_, right = width_ - font_, swatch = font_ * 3 / 2;
        int x = left, legend_row = 0;
        for (size_t i = 0; i < runs; ++i) {
            const auto& run = report.runs[first_run + i];
            // An unfinished run's length says nothing about pace: its status instead.
            std::string label = "run " + std::to_string(first_run + i + 1) + " " + run.label + " " +
                                (run.finished ? format_over_ms(run.length_ms - run.total_ms)
                                              : run.status + " (unfinished)");
            const int w = std::min(text_width(label), right - left - swatch);
            if (x > left && x + swatch + w > right) x = left, ++legend_row;
            legend.push_back({std::move(label), x, legend_row, w});
            x += swatch + w + font_ * 2;
        }
        const bool any_missed =
            std::any_of(report.rows.begin(), report.rows.end(), [&](const auto& r) {
                for (size_t i = first_run; i < first_run + runs && i < r.note.size(); ++i)
                    if (r.note[i] == kNoMark) return true;
                return false;
            });
        if (any_missed) {  // missed (no mark) bars are striped: an overrun of at least that much
            std::string label = "no mark (at least)";
            const int w = std::min(text_width(label), right - left - swatch);
            if (x > left && x + swatch + w > right) x = left, ++legend_row;
            legend.push_back({std::move(label), x, legend_row, w});
        }
        const int legend_rows = legend.empty() ? 0 : legend.back().row + 1;
        const int legend_top = height_ - font_ / 2 - legend_rows * font_ * 3 / 2;

        // The scale: the largest over/under, rounded up to whole seconds (at least 1 s).
        long long largest = 1000;
        for (const auto& row : report.rows)
            for (size_t i = first_run; i < report.runs.size(); ++i)
                if (auto over = over_of(row, i)) largest = std::max(largest, std::llabs(*over));
        const long long step = largest <= 3000     ? 500
                               : largest <= 10'000 ? 2000
                               : largest <= 30'000 ? 5000
                                                   : 10'000;
        const long long limit = (largest + step - 1) / step * step;

        const SDL_Rect plot{font_ * 6, font_ * 3, width_ - font_ * 7,
                            std::max(font_ * 2, legend_top - font_ * 4 - font_ * 3)};
        const int zero_y = plot.y + plot.h / 2;
        auto y_of = [&](long long ms) {
            return zero_y - static_cast<int>(std::lround(static_cast<double>(ms) /
                                                         static_cast<double>(limit) * plot.h / 2));
        };
        for (long long v = -limit; v <= limit; v += step) {
            const int y = y_of(v);
            fill({plot.x, y, plot.w, 1}, c_.rule);
            // The zero line is the plan: named in the margin, where no bar can cover it.
            if (v == 0)
                text("planned", plot.x - font_ / 2, y - font_ * 2 / 3, c_.ink, 1, true);
            else
                text(format_over_ms(v), plot.x - font_ / 2, y - font_ * 2 / 3, c_.grey_ink, 1);
        }
        fill({plot.x, zero_y - 1, plot.w, 3}, c_.ink);
        text("over", plot.x + 4, plot.y, c_.over_ink);
        text("under", plot.x + 4, plot.y + plot.h - font_ * 3 / 2, c_.under_ink);

        const int slides = std::max<int>(1, static_cast<int>(report.rows.size()));
        const double group = static_cast<double>(plot.w) / slides;
        const int bar_w = std::max(
            1, static_cast<int>(group * 0.8 / static_cast<double>(std::max<size_t>(runs, 1))));
        for (int k = 0; k < static_cast<int>(report.rows.size()); ++k) {
            const auto& row = report.rows[static_cast<size_t>(k)];
            const int group_x = plot.x + static_cast<int>(group * k + group * 0.1);
            for (size_t i = 0; i < runs; ++i) {
                const auto over = over_of(row, first_run + i);
                if (!over) continue;
                const int y = y_of(*over);
                const SDL_Rect bar{group_x + static_cast<int>(i) * bar_w, std::min(y, zero_y),
                                   std::max(1, bar_w - 1), std::max(1, std::abs(y - zero_y))};
                fill(bar, run_colour(i));
                if (row.note[first_run + i] == kNoMark) hatch(bar);  // missed: at least this long
            }
            text(std::to_string(row.slide), plot.x + static_cast<int>(group * (k + 0.5)),
                 plot.y + plot.h + 4, c_.grey_ink, 2);
        }
        text("slide", plot.x + plot.w / 2, plot.y + plot.h + font_ * 3 / 2, c_.grey_ink, 2);

        for (size_t i = 0; i < legend.size(); ++i) {
            const Entry& entry = legend[i];
            const int y = legend_top + entry.row * font_ * 3 / 2;
            const SDL_Rect box{entry.x, y + font_ / 4, font_, font_};
            if (i < runs) {
                fill(box, run_colour(i));
            } else {
                fill(box, c_.grey_ink);
                hatch(box);
            }
            painter_.text_at(entry.label, false, font_, c_.ink, entry.x + swatch, y, 0,
                             entry.width);
        }
    }

    // White horizontal stripes across a bar.
    void hatch(const SDL_Rect& bar) {
        for (int y = bar.y + 1; y < bar.y + bar.h; y += 4)
            fill({bar.x, y, bar.w, 2}, {255, 255, 255, 255});
    }

private:
    int text_width(const std::string& text) { return painter_.text_width(text, false, font_); }

    Painter painter_;  // its fill and text helpers
    Theme theme_;
    const Palette& c_;
    int width_, height_, font_;
};

}  // namespace

void write_report_chart(const Report& report, const std::string& path, int width, int height,
                        size_t max_runs) {
    SdlLibrary sdl(0);
    Offscreen target(width, height);
    Chart(target.renderer(), width, height).draw(report, max_runs);
    target.write_png(path);
}

}  // namespace lightning
