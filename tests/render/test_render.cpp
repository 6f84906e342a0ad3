// `render` through the real drawing code: the right slide at each instant, the overlay's colours,
// the end card, placeholders for broken slides, and file names as speakers write them.
#include <doctest/doctest.h>

#include <string>

#include "shell/app/render_command.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

constexpr int kWidth = 320, kHeight = 180;

// Renders `deck` at `at` and returns the picture.
Picture render_at(const TempDeck& deck, const std::string& at, const std::string& overlay = "none",
                  const std::string& extra_total = "") {
    RenderOptions options;
    options.talk.deck = deck.path().string();
    options.talk.overlay = overlay;
    options.talk.total = extra_total;
    options.at = at;
    options.size = std::to_string(kWidth) + "x" + std::to_string(kHeight);
    options.output = (deck.root() / ("frame-" + at + ".png")).string();
    REQUIRE(run_render(options) == 0);
    return read_png(options.output);
}

Colour centre(const Picture& p) {
    return p.at(p.width / 2, p.height / 2);
}

// An Ignite deck of 20 solid slides (16:9, so they fill the frame).
void make_ignite_deck(TempDeck& deck) {
    for (int k = 0; k < 20; ++k)
        write_solid_image(deck.path() / ("s" + std::to_string(k + 1) + ".png"), slide_colour(k));
    deck.toml("title = \"Colours\"\nspeaker = \"Test Speaker\"\nformat = \"ignite\"\n");
}

}  // namespace

TEST_CASE("render shows slide k+1 from k*15 s and slide k until 1 ms before, in an Ignite deck") {
    TempDeck deck;
    make_ignite_deck(deck);
    for (int k = 1; k < 20; ++k) {
        CAPTURE(k);
        const std::string flip = std::to_string(k * 15);
        const std::string before = std::to_string(k * 15 - 1) + ".999";
        CHECK(centre(render_at(deck, flip)) == slide_colour(k));
        CHECK(centre(render_at(deck, before)) == slide_colour(k - 1));
    }
}

TEST_CASE("the end card replaces the slides at the talk's end") {
    TempDeck deck;
    make_ignite_deck(deck);
    const Picture last = render_at(deck, "299.999", "audience");
    CHECK(last.at(2, kHeight - 3) == slide_colour(19));
    const Picture end = render_at(deck, "300", "audience");
    CHECK(end.at(2, kHeight - 3) == Colour{16, 20, 26});
    CHECK(end.at(kWidth - 3, 3) == Colour{16, 20, 26});  // no overlay panel on the end card
    // The title is drawn: some pixels in the middle band are bright.
    int bright = 0;
    for (int x = 0; x < kWidth; ++x)
        for (int y = kHeight / 3; y < kHeight * 2 / 3; ++y)
            if (end.at(x, y).r > 200 && end.at(x, y).g > 200) ++bright;
    CHECK(bright > 50);
}

TEST_CASE("the overlay panel's colour follows the time left") {
    TempDeck deck;
    make_ignite_deck(deck);
    const OverlayLayout layout = overlay_layout(kWidth, kHeight);
    const int x = layout.panel.x + 1, y = layout.panel.y + 1;  // a corner no text reaches
    auto expected = [](Rgba panel, Colour under) {
        auto mix = [&](int top, int bottom) {
            return (top * panel.a + bottom * (255 - panel.a)) / 255;
        };
        return Colour{mix(panel.r, under.r), mix(panel.g, under.g), mix(panel.b, under.b)};
    };
    SUBCASE("normal: dark panel over the slide") {
        CHECK(near(render_at(deck, "100", "audience").at(x, y),
                   expected(overlay_panel_colour(OverlayState::Normal, false), slide_colour(6))));
    }
    SUBCASE("danger: red with 20 s left") {
        const Colour seen = render_at(deck, "280", "audience").at(x, y);
        CHECK(near(seen,
                   expected(overlay_panel_colour(OverlayState::Danger, false), slide_colour(18))));
        CHECK(seen.r > 180);
        CHECK(seen.g < 60);
    }
    SUBCASE("flash: bright red, then white, each half second in the last 10 s") {
        CHECK(near(render_at(deck, "295.2", "audience").at(x, y),
                   expected(overlay_panel_colour(OverlayState::Flash, true), slide_colour(19))));
        CHECK(near(render_at(deck, "295.7", "audience").at(x, y),
                   expected(overlay_panel_colour(OverlayState::Flash, false), slide_colour(19))));
    }
    SUBCASE("--overlay none leaves the slide alone") {
        CHECK(render_at(deck, "280", "none").at(x, y) == slide_colour(18));
    }
}

TEST_CASE("render --keys lays a mode's keys help over the frame, as F1 does on screen") {
    TempDeck deck;
    make_ignite_deck(deck);
    const Picture plain = render_at(deck, "100");
    RenderOptions options;
    options.talk.deck = deck.path().string();
    options.talk.overlay = "none";
    options.at = "100";
    options.size = std::to_string(kWidth) + "x" + std::to_string(kHeight);
    options.keys = "play";
    options.output = (deck.root() / "keys.png").string();
    REQUIRE(run_render(options) == 0);
    const Picture keys = read_png(options.output);
    // The see-through panel darkens the slide in the middle; the slide shows at the edge.
    CHECK(centre(keys) != centre(plain));
    CHECK(centre(keys).r < slide_colour(6).r + 1);
    CHECK(keys.at(2, kHeight - 3) == slide_colour(6));
}

TEST_CASE("render --presenter draws the speaker's view: this slide, the next, a fixed clock") {
    TempDeck deck;
    make_ignite_deck(deck);
    RenderOptions options;
    options.talk.deck = deck.path().string();
    options.at = "100";  // slide 7 of 20
    options.size = std::to_string(kWidth) + "x" + std::to_string(kHeight);
    options.presenter = true;
    options.clock = "17:45";
    options.output = (deck.root() / "presenter.png").string();
    REQUIRE(run_render(options) == 0);
    const Picture view = read_png(options.output);
    const PresenterLayout layout = presenter_layout(kWidth, kHeight);
    CHECK(view.at(layout.current.x + layout.current.w / 2,
                  layout.current.y + layout.current.h / 2) == slide_colour(6));
    CHECK(view.at(layout.next.x + layout.next.w / 2, layout.next.y + layout.next.h * 2 / 3) ==
          slide_colour(7));
    // With --clock the picture is the same on every run (a script can regenerate it).
    options.output = (deck.root() / "again.png").string();
    REQUIRE(run_render(options) == 0);
    CHECK(read_png(options.output).rgba == view.rgba);
    options.clock = "7:5";
    CHECK_THROWS_AS(run_render(options), std::invalid_argument);
}

TEST_CASE("file names as speakers write them sort naturally and show the right slide") {
    TempDeck deck;
    // Natural order: "a b 1.png", "Slide2.jpg", "Slide10.JPG", then the Korean name (UTF-8
    // sorts after ASCII).
    write_solid_image(deck.path() / "Slide10.JPG", slide_colour(2));
    write_solid_image(deck.path() / "\xEC\x8A\xAC\xEB\x9D\xBC\xEC\x9D\xB4\xEB\x93\x9C 1.png",
                      slide_colour(3));  // "슬라이드 1.png"
    write_solid_image(deck.path() / "Slide2.jpg", slide_colour(1));
    write_solid_image(deck.path() / "a b 1.png", slide_colour(0));
    deck.file("notes.txt", "not a slide");
    // 4 slides over 0:40: 10 s each.
    for (int k = 0; k < 4; ++k) {
        CAPTURE(k);
        const Colour seen = centre(render_at(deck, std::to_string(k * 10 + 5), "none", "0:40"));
        CHECK(near(seen, slide_colour(k), 6));  // JPEG is close, not exact
    }
}

TEST_CASE("a broken slide shows a placeholder for its time slot and the clock is unchanged") {
    TempDeck deck;
    write_solid_image(deck.path() / "1.png", slide_colour(0));
    deck.file("2.png", "this is text, not a PNG");
    deck.file("3.png", "");
    write_solid_image(deck.path() / "4.png", slide_colour(3));
    deck.toml("format = \"ignite\"\n");
    const Colour placeholder{48, 20, 24};
    CHECK(centre(render_at(deck, "14.999")) == slide_colour(0));
    CHECK(render_at(deck, "15").at(2, 2) == placeholder);
    CHECK(render_at(deck, "44.999").at(2, 2) == placeholder);
    CHECK(centre(render_at(deck, "45")) == slide_colour(3));
}

TEST_CASE("slides of another shape are letterboxed, not stretched") {
    TempDeck deck;
    write_solid_image(deck.path() / "square.png", slide_colour(1), 100, 100);
    const Picture p = render_at(deck, "1");
    CHECK(centre(p) == slide_colour(1));
    CHECK(p.at(5, kHeight / 2) == Colour{0, 0, 0});           // left bar
    CHECK(p.at(kWidth - 5, kHeight / 2) == Colour{0, 0, 0});  // right bar
}
