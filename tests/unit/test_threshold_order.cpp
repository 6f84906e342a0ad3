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
    CHECK(order_thresholds(settings).empty());  // the defaults: 60, 30, 10
    settings.warn.set(20, Origin::Flag, "--warn");
    settings.danger.set(20, Origin::Flag, "--danger");
    settings.flash.set(20, Origin::Flag, "--flash");
    CHECK(order_thresholds(settings).empty());
    settings.flash.set(0, Origin::Flag, "--flash");
    CHECK(order_thresholds(settings).empty());
    CHECK(settings.flash.value == 0);
}

TEST_CASE("thresholds: a default out of order with a given one follows it") {
    Settings settings;
    settings.danger.set(5, Origin::ConfigFile, "config.toml:1");
    CHECK(order_thresholds(settings).empty());
    CHECK(settings.flash.value == 5);  // the default 10 would flash before red
    CHECK(settings.flash.origin == Origin::Default);
    CHECK(settings.flash.where == "lowered to danger's");
    CHECK(settings.warn.value == 60);  // in order already: untouched
    CHECK(settings.warn.where.empty());

    Settings high;
    high.flash.set(90, Origin::Flag, "--flash");
    CHECK(order_thresholds(high).empty());
    CHECK(high.danger.value == 90);
    CHECK(high.warn.value == 90);
    CHECK(high.warn.where == "raised to flash's");

    Settings between;  // warn 8 and danger 5 given: the default flash goes under both
    between.warn.set(8, Origin::DeckToml, "deck.toml:3");
    between.danger.set(5, Origin::DeckToml, "deck.toml:4");
    CHECK(order_thresholds(between).empty());
    CHECK(between.flash.value == 5);
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

TEST_CASE("thresholds: a deck's [settings] against config.toml, and a flag against a file") {
    TempDeck deck;
    deck.slides(2).toml("title = \"t\"\n[settings]\ndanger = 50\n");
    const Deck loaded = load_deck(deck.path());
    const auto config = deck.root() / "config.toml";
    std::ofstream(config) << "warn = 40\n";
    const std::string what = error_of([&] { resolve_settings(config, &loaded, {}); });
    CHECK(has(what, "warn 40 (config file " + config.string() +
                        ":1) is below danger 50 ([settings] in " +
                        (deck.path() / "deck.toml").string() + ":3)"));
    CHECK(has(what, "raise warn or lower danger"));
    CHECK_THROWS_AS(resolve_settings(config, &loaded, {}), DeckError);
    // The flag wins over config.toml and puts it right.
    CHECK_NOTHROW(resolve_settings(config, &loaded, {{"warn", 55.0}}));
    // A flag in the pair: a usage error (exit 2), naming the flag.
    CHECK_THROWS_AS(resolve_settings(config, &loaded, {{"warn", 2.0}}), std::invalid_argument);
    const std::string flagged = error_of([&] {
        resolve_settings(config, &loaded, {{"warn", 2.0}});
    });
    CHECK(has(flagged, "warn 2 (flag --warn) is below danger 50 ([settings] in"));
    const std::string fraction = error_of([&] {
        resolve_settings(config, nullptr, {{"danger", 47.5}});
    });
    CHECK(has(fraction, "warn 40 (config file " + config.string() +
                            ":1) is below danger 47.5 (flag --danger)"));
}
