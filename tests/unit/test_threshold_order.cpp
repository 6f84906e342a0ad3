// The countdown's thresholds in order (warn >= danger >= flash) once every layer is applied:
// inverted ones are refused naming both settings, where each came from, and what to do.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/temp_deck.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/deck/deck.hpp"

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
bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("thresholds: in order, or equal (that colour skipped), are accepted") {
    Settings settings;
    CHECK(threshold_order_problem(settings).empty());  // the defaults: 60, 30, 10
    settings.warn.set(20, Origin::Flag, "--warn");
    settings.danger.set(20, Origin::Flag, "--danger");
    settings.flash.set(20, Origin::Flag, "--flash");
    CHECK(threshold_order_problem(settings).empty());
    settings.flash.set(0, Origin::Flag, "--flash");
    CHECK(threshold_order_problem(settings).empty());
}

TEST_CASE("thresholds: inverted in config.toml are refused naming both, the file and the fix") {
    TempDeck temp;
    const auto config = temp.root() / "config.toml";
    std::ofstream(config) << "warn = 10\ndanger = 30\nflash = 50\n";
    const std::string what = error_of([&] { resolve_settings(config, nullptr, {}); });
    CHECK(has(what, "warn 10 (config file " + config.string() +
                        ":1) is below danger 30 (config file " + config.string() + ":2)"));
    CHECK(has(what, "warn >= danger >= flash"));
    CHECK(has(what, "raise warn or lower danger"));
    CHECK_THROWS_AS(resolve_settings(config, nullptr, {}), DeckError);
}

TEST_CASE("thresholds: a deck's [settings] against a default, and a flag against a file") {
    TempDeck deck;
    deck.slides(2).toml("title = \"t\"\n[settings]\ndanger = 5\n");
    const Deck loaded = load_deck(deck.path());
    const auto none = deck.root() / "no-config.toml";
    const std::string what = error_of([&] { resolve_settings(none, &loaded, {}); });
    CHECK(has(what, "danger 5 ([settings] in " + (deck.path() / "deck.toml").string() +
                        ":3) is below flash 10 (the default)"));
    CHECK(has(what, "raise danger or lower flash"));
    // Setting flash too makes it right.
    CHECK_NOTHROW(resolve_settings(none, &loaded, {{"flash", 3.0}}));
    // A flag in the pair: a usage error (exit 2), naming the flag.
    CHECK_THROWS_AS(resolve_settings(none, &loaded, {{"warn", 2.0}}), std::invalid_argument);
    const std::string flagged = error_of([&] { resolve_settings(none, &loaded, {{"warn", 2.0}}); });
    CHECK(has(flagged, "warn 2 (flag --warn) is below danger 5 ([settings] in"));
    const std::string fraction = error_of([&] {
        resolve_settings(none, nullptr, {{"danger", 7.5}});
    });
    CHECK(has(fraction, "danger 7.5 (flag --danger) is below flash 10 (the default)"));
}
