// Settings: defaults, config.toml, deck.toml's [settings] and flags, each overriding the one
// before, with the source of every effective value; bad values named with FILE:LINE.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/temp_deck.hpp"
#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/deck/deck.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {
void write(const std::filesystem::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string error_of(auto&& action) {
    try {
        action();
    } catch (const std::exception& error) {
        return error.what();
    }
    return "";
}
}  // namespace

TEST_CASE("every setting has its default and says so") {
    const ResolvedSettings resolved =
        resolve_settings("/nonexistent/lightning/config.toml", nullptr, {});
    CHECK_FALSE(resolved.config_file_found);
    const Settings& s = resolved.settings;
    CHECK(s.warn.value == 60);
    CHECK(s.danger.value == 30);
    CHECK(s.flash.value == 10);
    CHECK(s.overlay.value == "audience");
    CHECK(s.renderer.value == "software");
    CHECK(s.sound.value == false);
    const auto lines = setting_lines(s);
    CHECK(lines.size() == setting_infos().size());
    for (const auto& line : lines) CHECK(line.origin == Origin::Default);
}

TEST_CASE("precedence: default < config.toml < deck.toml < flag") {
    TempDeck deck;
    deck.slides(3).toml("title = \"t\"\n[settings]\nwarn = 45\ndanger = 20\n");
    const auto config = deck.root() / "config.toml";
    write(config, "# mine\nwarn = 50\ndanger = 25\nflash = 5\nsound = true\n");
    const Deck loaded = load_deck(deck.path());

    SUBCASE("config over default") {
        const auto s = resolve_settings(config, nullptr, {}).settings;
        CHECK(s.flash.value == 5);
        CHECK(s.flash.origin == Origin::ConfigFile);
        CHECK(s.flash.where == config.string() + ":4");
        CHECK(s.warn.value == 50);
        CHECK(s.sound.value == true);
        CHECK(s.overlay.origin == Origin::Default);
    }
    SUBCASE("deck.toml over config") {
        const auto s = resolve_settings(config, &loaded, {}).settings;
        CHECK(s.warn.value == 45);
        CHECK(s.warn.origin == Origin::DeckToml);
        CHECK(s.warn.where == (deck.path() / "deck.toml").string() + ":3");
        CHECK(s.flash.value == 5);  // not in deck.toml: the config's stays
        CHECK(s.flash.origin == Origin::ConfigFile);
    }
    SUBCASE("flag over all") {
        const auto s =
            resolve_settings(config, &loaded,
                             {{"warn", 90.0}, {"overlay", std::string("both")}, {"sound", false}})
                .settings;
        CHECK(s.warn.value == 90);
        CHECK(s.warn.origin == Origin::Flag);
        CHECK(s.warn.where == "--warn");
        CHECK(s.danger.value == 20);  // deck.toml's
        CHECK(s.overlay.value == "both");
        CHECK(s.sound.value == false);
        CHECK(s.sound.origin == Origin::Flag);
    }
}

TEST_CASE("the config file is found under XDG_CONFIG_HOME, else ~/.config") {
    CHECK(config_file_path("/x/conf", "/home/me") == "/x/conf/lightning/config.toml");
    CHECK(config_file_path("", "/home/me") == "/home/me/.config/lightning/config.toml");
    CHECK(config_file_path("relative", "/home/me") == "/home/me/.config/lightning/config.toml");
    CHECK(config_file_path(nullptr, nullptr).empty());
}

TEST_CASE("problems in config.toml name the line and the fix") {
    struct Case {
        const char* text;
        const char* says;
    };
    const Case cases[] = {
        {"warn = 60\nwran = 3\n", "config.toml:2: unknown setting 'wran'"},
        {"\n\nwarn = \"soon\"\n", "config.toml:3: warn is a string; write it like warn = 30"},
        {"overlay = \"sideways\"\n",
         "config.toml:1: overlay \"sideways\" is unknown: use audience | presenter | both | none"},
        {"danger = -1\n", "config.toml:1: danger must be a number of seconds, 0 or more"},
        {"background = \"blue\"\n", "config.toml:1: background \"blue\" is not a colour"},
        {"sound = 1\n", "config.toml:1: sound is an integer; write it like sound = true"},
        {"display = 1.5\n", "config.toml:1: display must be a display index"},
        {"osc-listen = 70000\n", "config.toml:1: osc-listen must be a UDP port, 1 to 65535"},
        {"osc-listen = 9.5\n", "config.toml:1: osc-listen must be a UDP port"},
        {"osc-send = 9000\n", "config.toml:1: osc-send is an integer"},
        {"phone-port = 65536\n", "config.toml:1: phone-port must be a TCP port, 1 to 65535"},
        {"phone-port = -1\n", "config.toml:1: phone-port must be a TCP port"},
        {"overlay = \xE2\x80\x9C"
         "both\xE2\x80\x9D\n",
         "config.toml:1: not valid TOML"},
        {"warn = \n", "config.toml:1: not valid TOML"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Settings settings;
        const auto message = error_of(
            [&] { read_config_text(settings, c.text, "/h/.config/lightning/config.toml"); });
        CHECK(message.find(c.says) != std::string::npos);
    }
}

TEST_CASE("phone-port 0 asks for any free port (the one chosen is printed)") {
    Settings settings;
    read_config_text(settings, "phone-port = 0\n", "/h/.config/lightning/config.toml");
    CHECK(settings.phone_port.value == 0);
    CHECK(check_number_setting("phone-port", 0).empty());
    CHECK(check_number_setting("phone-port", 65535).empty());
    CHECK_FALSE(check_number_setting("phone-port", 65536).empty());
}

TEST_CASE("deck.toml [settings] refuses a machine's settings and unknown keys") {
    Settings settings;
    CHECK(error_of([&] {
              read_deck_settings_text(settings, "[settings]\ndisplay = 1\n", "d/deck.toml");
          }).find("d/deck.toml:2: display is a setting of the machine") != std::string::npos);
    CHECK(error_of([&] {
              read_deck_settings_text(settings, "[settings]\nwarm = 1\n", "d/deck.toml");
          }).find("d/deck.toml:2: unknown setting 'warm'") != std::string::npos);
    CHECK(error_of([&] {
              read_deck_settings_text(settings, "settings = 3\n", "d/deck.toml");
          }).find("d/deck.toml:1: settings must be a table") != std::string::npos);
    read_deck_settings_text(
        settings, "title = \"x\"\n[settings]\noverlay-corner = \"bottom-left\"\n", "d/deck.toml");
    CHECK(settings.overlay_corner.value == "bottom-left");
}

TEST_CASE("a flag's bad value is refused naming the flag") {
    CHECK(error_of([] {
              resolve_settings("", nullptr, {{"renderer", std::string("fast")}});
          }).find("--renderer: renderer \"fast\" is unknown") != std::string::npos);
    CHECK(error_of([] {
              resolve_settings("", nullptr, {{"warn", -3.0}});
          }).find("--warn: warn must be a number") != std::string::npos);
}

TEST_CASE("a deck's [settings] does not disturb loading the deck") {
    TempDeck deck;
    deck.slides(2).toml("title = \"t\"\nformat = \"ignite\"\n[settings]\nwarn = 10\n");
    const Deck loaded = load_deck(deck.path());
    CHECK(loaded.warnings.empty());
    CHECK(loaded.format == TalkFormat::Ignite);
}
