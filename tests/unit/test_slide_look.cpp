// A talk's look from its settings: background colours, the overlay's size (words or a scale)
// and corner, top-level background/font in deck.toml, and when a slide would be invisible.
#include <doctest/doctest.h>

#include "../support/temp_deck.hpp"
#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/deck/deck.hpp"
#include "core/frame/screen.hpp"
#include "core/frame/slide_look.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {
std::string error_of(auto&& action) {
    try {
        action();
    } catch (const std::exception& error) {
        return error.what();
    }
    return "";
}
}  // namespace

TEST_CASE("background colours are read as #rrggbb") {
    CHECK(parse_colour("#ffffff") == Rgb{255, 255, 255});
    CHECK(parse_colour("#1A2b3C") == Rgb{0x1a, 0x2b, 0x3c});
    CHECK_FALSE(parse_colour("white"));
    CHECK_FALSE(parse_colour("#fff"));
    CHECK_FALSE(parse_colour("#gggggg"));
}

TEST_CASE("overlay-size takes words or a scale, and refuses anything else naming the choices") {
    CHECK(overlay_scale("medium") == 1.0);
    CHECK(overlay_scale("huge") == 2.0);
    CHECK(*overlay_scale("small") < 1.0);
    CHECK(*overlay_scale("large") > 1.0);
    CHECK(overlay_scale("0.25") == 0.25);
    CHECK(overlay_scale("1.5x") == 1.5);
    CHECK_FALSE(overlay_scale("0.1"));
    CHECK_FALSE(overlay_scale("9"));
    CHECK_FALSE(overlay_scale("big"));
    CHECK_FALSE(overlay_scale("nan"));
    CHECK(error_of([] {
              resolve_settings("", nullptr, {{"overlay-size", std::string("big")}});
          })
              .find("--overlay-size: overlay-size \"big\" is unknown: use small | medium | large | "
                    "huge, or a scale") != std::string::npos);
    Settings settings;
    read_config_text(settings, "overlay-size = 1.5\n", "c/config.toml");  // a TOML number works too
    CHECK(settings.overlay_size.value == "1.5");
    CHECK(error_of([&] {
              read_config_text(settings, "overlay-size = 12\n", "c/config.toml");
          }).find("c/config.toml:1: overlay-size \"12\" is unknown") != std::string::npos);
}

TEST_CASE("the look follows the settings, flags over deck.toml") {
    TempDeck deck;
    deck.slides(2).toml(
        "title = \"t\"\nbackground = \"#ffffff\"\n[settings]\noverlay-corner = \"bottom-left\"\n"
        "overlay-size = \"huge\"\n");
    const Deck loaded = load_deck(deck.path());
    CHECK(loaded.warnings.empty());  // a top-level background is known, not "ignored"
    auto look = slide_look(resolve_settings("", &loaded, {}).settings);
    CHECK(look.background == Rgb{255, 255, 255});
    CHECK(look.overlay.corner == Corner::BottomLeft);
    CHECK(look.overlay.scale == 2.0);
    look = slide_look(resolve_settings("", &loaded,
                                       {{"background", std::string("#102030")},
                                        {"overlay-corner", std::string("top-left")},
                                        {"overlay-size", std::string("0.5")}})
                          .settings);
    CHECK(look.background == Rgb{0x10, 0x20, 0x30});
    CHECK(look.overlay.corner == Corner::TopLeft);
    CHECK(look.overlay.scale == 0.5);
    CHECK(slide_look(Settings{}) == SlideLook{});  // the defaults: black, top-right, medium
}

TEST_CASE("deck.toml's top-level background names its line when wrong; [settings] wins over it") {
    Settings settings;
    CHECK(error_of([&] {
              read_deck_settings_text(settings, "title = \"x\"\nbackground = \"red\"\n",
                                      "d/deck.toml");
          }).find("d/deck.toml:2: background \"red\" is not a colour") != std::string::npos);
    read_deck_settings_text(settings,
                            "background = \"#ffffff\"\n[settings]\nbackground = \"#000001\"\n",
                            "d/deck.toml");
    CHECK(settings.background.value == "#000001");
}

namespace {
// The ink of a slide of 10000 pixels: the given counts of opaque pixels of each colour, the rest
// fully transparent.
SlideInk ink_of(std::initializer_list<std::pair<Rgb, int>> opaque) {
    InkCounter counter;
    for (const auto& [colour, count] : opaque)
        for (int i = 0; i < count; ++i) counter.add(colour, 1.0);
    return counter.finish(10000);
}
}  // namespace

TEST_CASE("contrast is WCAG's: black on white 21:1, a colour on itself 1:1") {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    CHECK(relative_luminance(black) == 0);
    CHECK(relative_luminance(white) == doctest::Approx(1));
    CHECK(contrast_ratio(relative_luminance(black), relative_luminance(white)) ==
          doctest::Approx(21));
    CHECK(contrast_ratio(relative_luminance(white), relative_luminance(black)) ==
          doctest::Approx(21));  // either order
    CHECK(contrast_ratio(0.3, 0.3) == 1);
    // Mid grey #777777 on white is WCAG's well-known 4.48:1.
    CHECK(contrast_ratio(relative_luminance({0x77, 0x77, 0x77}), 1.0) ==
          doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("ink counts the visible content by alpha, whatever the background") {
    InkCounter counter;
    counter.add({255, 255, 255}, 1.0);
    counter.add({255, 255, 255}, 0.5);
    counter.add({0, 0, 0}, 0.5);
    counter.add({0, 0, 0}, 0.0);  // fully transparent: not content
    const SlideInk ink = counter.finish(8);
    CHECK(ink.transparent == doctest::Approx(0.75));
    CHECK(ink.content[255] == doctest::Approx(1.5 / 8));
    CHECK(ink.content[0] == doctest::Approx(0.5 / 8));
    CHECK(unreadable_share(ink, {0, 0, 0}) == doctest::Approx(0.25));  // the black half-pixel
    CHECK(unreadable_share(ink, {255, 255, 255}) == doctest::Approx(0.75));
    CHECK(unreadable_share(SlideInk{}, {0, 0, 0}) == 0);  // nothing shows: nothing unreadable
}

TEST_CASE("a mostly transparent slide is invisible when most of its content does not contrast") {
    const Rgb black{0, 0, 0}, white{255, 255, 255}, grey{128, 128, 128};
    const Rgb dark_text{40, 40, 40}, logo{230, 60, 40};
    SUBCASE("dark text and a small bright logo on black: the logo does not clear it") {
        const SlideInk ink = ink_of({{dark_text, 350}, {logo, 50}});  // 96 % transparent
        CHECK(ink.transparent == doctest::Approx(0.96));
        CHECK(looks_invisible(ink, black));
        CHECK_FALSE(looks_invisible(ink, white));  // dark text on white reads
    }
    SUBCASE("light text on black reads; on white it does not") {
        const SlideInk ink = ink_of({{white, 400}});
        CHECK_FALSE(looks_invisible(ink, black));
        CHECK(looks_invisible(ink, white));
    }
    SUBCASE("yellow on white is light on light, though yellow is a colour") {
        CHECK(looks_invisible(ink_of({{Rgb{255, 255, 0}, 400}}), white));
        CHECK_FALSE(looks_invisible(ink_of({{Rgb{255, 255, 0}, 400}}), black));
    }
    SUBCASE("half the content readable is enough: only most of it unreadable warns") {
        CHECK_FALSE(looks_invisible(ink_of({{dark_text, 200}, {white, 200}}), black));
        CHECK_FALSE(looks_invisible(ink_of({{dark_text, 290}, {white, 110}}), black));
        CHECK(looks_invisible(ink_of({{dark_text, 310}, {white, 90}}), black));
    }
    SUBCASE("a grey background: both black and white content read on it") {
        CHECK_FALSE(looks_invisible(ink_of({{black, 400}}), grey));
        CHECK_FALSE(looks_invisible(ink_of({{white, 400}}), grey));
        CHECK(looks_invisible(ink_of({{Rgb{140, 140, 140}, 400}}), grey));
    }
    SUBCASE("mostly opaque: its own pixels show, whatever they are") {
        CHECK_FALSE(looks_invisible(ink_of({{black, 6000}}), black));
        CHECK_FALSE(looks_invisible(ink_of({{white, 9000}}), white));
    }
    SUBCASE("nothing at all but the background") {
        CHECK(looks_invisible(ink_of({}), white));
        CHECK(looks_invisible(ink_of({}), black));
    }
}

TEST_CASE("a change of look is not a countdown-only change (the corner redraw would miss it)") {
    Screen a{SlideCard{}, Blank::None, {}};
    std::get<SlideCard>(a.card).overlay = true;
    Screen b = a;
    std::get<SlideCard>(b.card).countdown.talk_left = "4:58";
    CHECK(only_countdown_differs(a, b));
    std::get<SlideCard>(b.card).look.overlay.corner = Corner::BottomLeft;
    CHECK_FALSE(only_countdown_differs(a, b));
}
