// A rehearsal's summary table drawn by the real Painter: no cell's ink may reach into another
// column (a paced run's "no mark, +4.0 s" drawn over the "0:08.0" beside it was the bug), at
// window and full-screen sizes, with long file names that must be cut rather than spill over.
// Also the end card of a paced run waiting for the last mark, which says what to press.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

const Colour kCard{16, 20, 26};

SummaryCard paced_summary() {
    SummaryCard card;
    card.table.push_back({"slide", "planned", "on screen", "words", "over/under"});
    card.table.push_back({"1  intro.png", "0:15.0", "0:15.0", "0:14.2", "-0.8 s"});
    card.table.push_back({"2  a-very-long-file-name-for-the-slide-about-results-2024-final.png",
                          "0:04.0", "0:04.0", "0:08.0", "no mark, +4.0 s"});
    card.table.push_back({"3  chart.png", "0:04.0", "0:04.0", "0:05.3", "+1.3 s"});
    card.table.push_back({"4  end.png", "0:15.0", "0:15.0", "-", "not reached"});
    card.notes = {"total: planned 0:38.0, took 0:41.5 (+3.5 s)", "worst: slide 2 +4.0 s",
                  "R rehearse again  \xC2\xB7  Escape close"};
    return card;
}

struct Ink {
    int width = 0, height = 0;
    std::vector<bool> on;  // differs from the card's background
    bool at(int x, int y) const { return on[static_cast<size_t>(y * width + x)]; }
};

// Draws `card` at width x height and returns where there is ink, and the layout it used.
Ink draw_summary(const SummaryCard& card, int width, int height, SummaryLayout& layout) {
    SdlLibrary sdl(0);
    Offscreen target(width, height);
    Painter painter(target.renderer());
    painter.draw(Screen{card, Blank::None, {}}, SlideView{});
    layout = painter.summary_layout(card, {0, 0, width, height});
    SDL_Surface* surface = target.pixels();
    Ink ink{surface->w, surface->h, {}};
    const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
    for (int y = 0; y < surface->h; ++y)
        for (int x = 0; x < surface->w; ++x) {
            const unsigned char* p = bytes + y * surface->pitch + x * 4;
            ink.on.push_back(!(Colour{p[0], p[1], p[2]} == kCard));
        }
    return ink;
}

}  // namespace

TEST_CASE("the rehearsal summary's cells never overlap: every cell stays inside its column") {
    const SummaryCard card = paced_summary();
    for (const auto& [width, height] : std::vector<std::pair<int, int>>{
             {1280, 720}, {1920, 1080}, {960, 540}, {640, 360}, {480, 270}}) {
        CAPTURE(width);
        SummaryLayout layout;
        const Ink ink = draw_summary(card, width, height, layout);
        REQUIRE(layout.columns.size() == card.table.front().size());
        // The columns are apart from each other and on the screen.
        for (size_t col = 0; col < layout.columns.size(); ++col) {
            const SDL_Rect& c = layout.columns[col];
            CHECK(c.x >= 0);
            CHECK(c.x + c.w <= width);
            if (col > 0) CHECK(c.x > layout.columns[col - 1].x + layout.columns[col - 1].w);
        }
        // Every pixel of ink in a table row is inside a column: none in the gaps between them,
        // where a cell too wide for its column would run into its neighbour.
        const int top = layout.row_h / 2;
        const int bottom = top + layout.row_h * static_cast<int>(card.table.size());
        int strays = 0, first_stray = -1;
        for (int y = top; y < std::min(bottom, height); ++y)
            for (int x = 0; x < width; ++x) {
                if (!ink.at(x, y)) continue;
                bool inside = false;
                for (const SDL_Rect& c : layout.columns) inside |= x >= c.x && x < c.x + c.w;
                if (!inside && strays++ == 0) first_stray = x;
            }
        CAPTURE(first_stray);
        CHECK(strays == 0);
        // ... and every cell is drawn: each column has ink in each row.
        for (size_t r = 0; r < card.table.size(); ++r)
            for (size_t col = 0; col < layout.columns.size(); ++col) {
                const SDL_Rect& c = layout.columns[col];
                int n = 0;
                for (int y = top + layout.row_h * static_cast<int>(r);
                     y < top + layout.row_h * static_cast<int>(r + 1) && y < height; ++y)
                    for (int x = c.x; x < c.x + c.w; ++x) n += ink.at(x, y) ? 1 : 0;
                CAPTURE(r);
                CAPTURE(col);
                CHECK(n > 0);
            }
    }
}

TEST_CASE("a paced end card waiting for the last mark says which key marks it") {
    EndCard card{3, "A talk", "A speaker", "5:00 \xC2\xB7 4 slides", {}, {}};
    SdlLibrary sdl(0);
    auto warm_pixels = [&](const EndCard& end) {
        Offscreen target(640, 360);
        Painter(target.renderer()).draw(Screen{end, Blank::None, {}}, SlideView{});
        SDL_Surface* surface = target.pixels();
        int n = 0;
        const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
        for (int y = 0; y < surface->h; ++y)
            for (int x = 0; x < surface->w; ++x) {
                const unsigned char* p = bytes + y * surface->pitch + x * 4;
                n += p[0] > 200 && p[1] > 170 && p[2] < 160 ? 1 : 0;  // the prompt's warm yellow
            }
        return n;
    };
    CHECK(warm_pixels(card) == 0);
    card.prompt = "Space marks the last slide";
    card.note = "slide 4 words +2.1 s";
    CHECK(warm_pixels(card) > 100);
}
