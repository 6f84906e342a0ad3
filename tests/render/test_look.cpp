// A talk's look drawn by the real painter: the background behind transparent and letterboxed
// slides (deck.toml and --background, through `render`), the countdown panel in each corner and
// at each size, its progress bar scaled with it, and the font setting reaching the painter.
#include <doctest/doctest.h>

#include <functional>

#include "shell/app/render_command.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

constexpr int kWidth = 640, kHeight = 360;

Picture render(const TempDeck& deck, const std::string& background = "",
               const std::string& size = "320x180") {
    RenderOptions options;
    options.talk.deck = deck.path().string();
    options.talk.overlay = "none";
    options.talk.background = background;
    options.at = "1";
    options.size = size;
    options.output = (deck.root() / "frame.png").string();
    REQUIRE(run_render(options) == 0);
    return read_png(options.output);
}

// Pixels of a screen drawn by the painter over a white background, read back.
struct Drawn {
    int width = 0, height = 0;
    std::vector<Colour> pixels;
    Colour at(int x, int y) const { return pixels[static_cast<size_t>(y * width + x)]; }
    int count(const SDL_Rect& box, const std::function<bool(Colour)>& test) const {
        int n = 0;
        for (int y = std::max(0, box.y); y < std::min(height, box.y + box.h); ++y)
            for (int x = std::max(0, box.x); x < std::min(width, box.x + box.w); ++x)
                if (test(at(x, y))) ++n;
        return n;
    }
};

Screen countdown_screen(OverlayPlace place, int bar_pixels = 0, int bar_width = 0) {
    SlideCard card;
    card.overlay = true;
    card.look.background = Rgb{255, 255, 255};
    card.look.overlay = place;
    card.countdown.talk_left = "4:59";
    card.countdown.slide_left = "0:14";
    card.countdown.position = "1/20";
    card.countdown.bar_pixels = bar_pixels;
    card.countdown.bar_width = bar_width;
    return Screen{card, Blank::None, {}};
}

Drawn draw(const Screen& screen, int width = kWidth, int height = kHeight) {
    SdlLibrary sdl(0);
    Offscreen target(width, height);
    Painter(target.renderer()).draw(screen, SlideView{});
    SDL_Surface* surface = target.pixels();
    Drawn drawn{surface->w, surface->h, {}};
    const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
    for (int y = 0; y < surface->h; ++y)
        for (int x = 0; x < surface->w; ++x) {
            const unsigned char* p = bytes + y * surface->pitch + x * 4;
            drawn.pixels.push_back({p[0], p[1], p[2]});
        }
    return drawn;
}

bool not_white(Colour c) {
    return c.r < 230 || c.g < 230 || c.b < 230;
}

}  // namespace

TEST_CASE(
    "background = \"#ffffff\" shows white behind a transparent slide; the default stays dark") {
    TempDeck deck;
    write_transparent_image(deck.path() / "1.png", {200, 30, 30});
    write_transparent_image(deck.path() / "2.png", {200, 30, 30});
    deck.toml("title = \"Logo\"\nbackground = \"#ffffff\"\n");
    const Picture white = render(deck);
    CHECK(white.at(10, 10) == Colour{255, 255, 255});  // transparent part of the slide
    CHECK(white.at(160, 90) == Colour{200, 30, 30});   // its opaque logo
    CHECK(render(deck, "#204060").at(10, 10) == Colour{0x20, 0x40, 0x60});  // --background wins

    TempDeck plain;
    write_transparent_image(plain.path() / "1.png", {200, 30, 30});
    CHECK(render(plain).at(10, 10) == Colour{0, 0, 0});
}

TEST_CASE("the background fills the letterbox around a slide of another shape") {
    TempDeck deck;
    write_solid_image(deck.path() / "1.png", {40, 200, 60}, 90, 90);  // square on a 16:9 screen
    deck.toml("[settings]\nbackground = \"#336699\"\n");
    const Picture frame = render(deck);
    CHECK(frame.at(3, 90) == Colour{0x33, 0x66, 0x99});
    CHECK(frame.at(316, 90) == Colour{0x33, 0x66, 0x99});
    CHECK(frame.at(160, 90) == Colour{40, 200, 60});
}

TEST_CASE("the countdown panel lands in the corner it is given, and nowhere else") {
    const SDL_Rect quarter[] = {{kWidth / 2, 0, kWidth / 2, kHeight / 2},
                                {0, 0, kWidth / 2, kHeight / 2},
                                {kWidth / 2, kHeight / 2, kWidth / 2, kHeight / 2},
                                {0, kHeight / 2, kWidth / 2, kHeight / 2}};
    const Corner corners[] = {Corner::TopRight, Corner::TopLeft, Corner::BottomRight,
                              Corner::BottomLeft};
    for (int c = 0; c < 4; ++c) {
        CAPTURE(c);
        const OverlayPlace place{corners[c], 1.0};
        const Drawn drawn = draw(countdown_screen(place));
        const OverlayLayout layout = overlay_layout(kWidth, kHeight, false, place);
        // All the panel but its white digits and bar.
        CHECK(drawn.count(quarter[c], not_white) >= layout.panel.w * layout.panel.h * 3 / 4);
        for (int other = 0; other < 4; ++other)
            if (other != c) CHECK(drawn.count(quarter[other], not_white) == 0);
        // The corner-only redraw's area holds the panel, tall (Ignite) or not.
        for (bool tall : {false, true}) {
            const OverlayLayout l = overlay_layout(kWidth, kHeight, tall, place);
            SDL_Rect both;
            const SDL_Rect panel = sdl_rect(l.panel), reach = sdl_rect(l.reach);
            CHECK(SDL_IntersectRect(&panel, &reach, &both));
            CHECK(both.w == l.panel.w);
            CHECK(both.h == l.panel.h);
            CHECK(SDL_IntersectRect(&reach, &quarter[c], &both));
            CHECK(both.w == l.reach.w);
        }
    }
}

TEST_CASE(
    "overlay-size scales the panel: huge is 8 times a 0.25 panel, and never outgrows the screen") {
    const OverlayLayout quarter = overlay_layout(1920, 1080, false, {Corner::TopRight, 0.25});
    const OverlayLayout medium = overlay_layout(1920, 1080, false, {Corner::TopRight, 1.0});
    const OverlayLayout huge = overlay_layout(1920, 1080, false, {Corner::TopRight, 2.0});
    CHECK(medium.panel.w == 340);
    CHECK(huge.panel.w == 680);
    CHECK(quarter.panel.w == 85);
    CHECK(huge.talk_font == 2 * medium.talk_font);
    CHECK(huge.panel.x + huge.panel.w == medium.panel.x + medium.panel.w);  // same margin
    // The drawn panel grows with it: about 4 times the dark pixels at twice the size.
    const Drawn medium_drawn = draw(countdown_screen({Corner::TopRight, 1.0}));
    const Drawn huge_drawn = draw(countdown_screen({Corner::TopRight, 2.0}));
    const SDL_Rect whole{0, 0, kWidth, kHeight};
    const double ratio = static_cast<double>(huge_drawn.count(whole, not_white)) /
                         medium_drawn.count(whole, not_white);
    CHECK(ratio > 3.5);
    CHECK(ratio < 4.5);
    // A 3x panel on a small screen shrinks to fit inside it.
    const OverlayLayout fit = overlay_layout(320, 180, true, {Corner::BottomLeft, 3.0});
    CHECK(fit.reach.x >= 0);
    CHECK(fit.reach.y >= 0);
    CHECK(fit.reach.x + fit.reach.w <= 320);
    CHECK(fit.reach.y + fit.reach.h <= 180);
}

TEST_CASE("the progress bar fills the same share of a larger panel") {
    const int medium_bar = overlay_layout(kWidth, kHeight).bar.w;
    const OverlayPlace huge{Corner::TopRight, 2.0};
    const OverlayLayout layout = overlay_layout(kWidth, kHeight, false, huge);
    const Drawn drawn = draw(countdown_screen(huge, medium_bar / 2, medium_bar));
    const SDL_Rect bar_row{layout.bar.x, layout.bar.y + layout.bar.h / 2, layout.bar.w, 1};
    const auto filled = drawn.count(bar_row, [](Colour c) { return c.r > 240 && c.g > 240; });
    CHECK(filled >= layout.bar.w / 2 - 2);
    CHECK(filled <= layout.bar.w / 2 + 2);
}

TEST_CASE("the font setting reaches the painter's fonts") {
    SdlLibrary sdl(0);
    Offscreen target(64, 64);
    Painter own(target.renderer(), "DejaVu Serif");
    Painter bundled(target.renderer());
    CHECK(own.fonts().files(false).front() != bundled.fonts().files(false).front());
}
