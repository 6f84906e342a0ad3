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

TEST_CASE("a slide is invisible when mostly transparent and dark on a dark background") {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    CHECK(looks_invisible({0.8, 0.1}, black));
    CHECK_FALSE(looks_invisible({0.8, 0.1}, white));  // dark ink on white reads
    CHECK_FALSE(looks_invisible({0.8, 0.9}, black));  // light ink on black reads
    CHECK_FALSE(looks_invisible({0.2, 0.1}, black));  // mostly opaque: its own pixels show
    CHECK(looks_invisible({1.0, 0.0}, white));        // nothing at all but the background
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
